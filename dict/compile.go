package dict

import (
	"slices"
	"sort"
	"strings"
)

// Matcher is a compiled, immutable Dictionary, safe for concurrent use.
// It indexes every phrase by its first word so that matching a sentence
// costs a map lookup per token.
type Matcher struct {
	Dict *Dictionary

	actors    index[int] // value: index into Dict.Actors
	agents    index[int] // value: index into Dict.Agents
	verbs     index[VerbRef]
	synsets   map[string]*CompiledSynset
	discards  []Discard
	nouns     map[string]bool
	adjs      map[string]bool
	patterns  [][]CompiledPattern // per verb: patterns sorted longest first
	keyed     []map[int32][]int32 // per verb: pattern indices by the id of their key word
	unkeyed   [][]int32           // per verb: patterns with no required word
	discardIx index[int]
	vocab     *Vocab
	dated     []bool     // per actor: has date-restricted codes
	defaults  [][]string // per actor: default codes
}

// VerbRef names one form of one verb block.
type VerbRef struct {
	Verb int // index into Dict.Verbs
	Form int // index into Dict.Verbs[Verb].Forms
}

// CompiledSynset is a synset with its phrases sorted longest first.
type CompiledSynset struct {
	Name    string
	Phrases [][]Elem
	// Syn resolves the synset elements of Phrases (nil for other elements).
	Syn [][]*CompiledSynset
	// First holds the vocabulary ids of the exact first words of the
	// phrases; AnyFirst is set when some phrase starts with a stem or a
	// nested synset, so First cannot rule a token out.
	First    map[int32]bool
	AnyFirst bool
}

// MayStart reports whether some phrase of s may start with the token whose
// vocabulary id is id.
func (s *CompiledSynset) MayStart(id int32) bool { return s.AnyFirst || (id >= 0 && s.First[id]) }

// CompiledPattern is a pattern with the literal words it needs, so that a
// pattern whose words are not in the sentence is never tried.
type CompiledPattern struct {
	*Pattern
	Required []string // exact literal words
	// RequiredIDs are the vocabulary ids of Required.
	RequiredIDs []int32
	// BeforeSyn and AfterSyn resolve the synset elements of Before and
	// After (nil for other elements).
	BeforeSyn, AfterSyn []*CompiledSynset
}

// VocabSize is the number of distinct dictionary words; word ids are in
// [0, VocabSize).
func (m *Matcher) VocabSize() int { return len(m.vocab.ids) }

// index is a word trie over phrases: a phrase costs one lookup per token
// matched, however many phrases share its first words. Words are interned
// to integer ids (Vocab), so a sentence's tokens are hashed once; stem
// words (TABARI) are edges probed with token prefixes.
type index[T any] struct {
	vocab *Vocab
	root  []*trieNode[T] // by word id
	rootN trieNode[T]    // holds the stem edges of the root
}

type trieNode[T any] struct {
	next  map[int32]*trieNode[T]
	gap   map[int32]*trieNode[T]   // words that may follow after up to MaxGap others
	stems map[string][]stemEdge[T] // by the stem's first two bytes (or one, for 1-byte stems)
	vals  []T                      // phrases ending here, in insertion order
	// frozen, built by freeze for nodes with many stems, indexes stems by
	// their first bytes.
	frozen *stemTable[T]
}

// stemTable indexes stem edges by their first two bytes (two) or, for
// one-byte stems, their only byte (one).
type stemTable[T any] struct {
	two [][]stemEdge[T]
	one [256][]stemEdge[T]
}

// freeze builds the stem array of n, when it has enough stems to pay.
func (n *trieNode[T]) freeze() {
	if len(n.stems) < 16 {
		return
	}
	t := &stemTable[T]{two: make([][]stemEdge[T], 1<<16)}
	for k, es := range n.stems {
		if len(k) == 1 {
			t.one[k[0]] = es
			continue
		}
		t.two[int(k[0])<<8|int(k[1])] = es
	}
	n.frozen = t
}

type stemEdge[T any] struct {
	stem string
	node *trieNode[T]
}

func stemKey(w string) string { return w[:min(2, len(w))] }

// Vocab interns dictionary words to dense integer ids.
type Vocab struct {
	ids map[string]int32
}

func (v *Vocab) intern(w string) int32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := int32(len(v.ids))
	v.ids[w] = id
	return id
}

// Tokens is a sentence prepared for matching: token texts and their word
// ids (-1 for words no dictionary phrase contains).
type Tokens struct {
	Text []string
	IDs  []int32
}

// Prepare returns norm as Tokens, reusing ids' storage.
func (m *Matcher) Prepare(norm []string, ids []int32) Tokens {
	ids = ids[:0]
	for _, w := range norm {
		id, ok := m.vocab.ids[w]
		if !ok {
			id = -1
		}
		ids = append(ids, id)
	}
	return Tokens{Text: norm, IDs: ids}
}

func stemChild[T any](n *trieNode[T], w string) *trieNode[T] {
	if n.stems == nil {
		n.stems = map[string][]stemEdge[T]{}
	}
	k := stemKey(w)
	for _, e := range n.stems[k] {
		if e.stem == w {
			return e.node
		}
	}
	c := &trieNode[T]{}
	n.stems[k] = append(n.stems[k], stemEdge[T]{stem: w, node: c})
	return c
}

// stemMatches calls f with every stem child of n that token w begins with.
func (n *trieNode[T]) stemMatches(w string, f func(*trieNode[T])) {
	if n.stems == nil || w == "" {
		return
	}
	if t := n.frozen; t != nil {
		for _, e := range t.one[w[0]] {
			if strings.HasPrefix(w, e.stem) {
				f(e.node)
			}
		}
		if len(w) >= 2 {
			for _, e := range t.two[int(w[0])<<8|int(w[1])] {
				if strings.HasPrefix(w, e.stem) {
					f(e.node)
				}
			}
		}
		return
	}
	for _, k := range [2]string{w[:1], w[:min(2, len(w))]} {
		for _, e := range n.stems[k] {
			if strings.HasPrefix(w, e.stem) {
				f(e.node)
			}
		}
		if len(w) < 2 {
			break
		}
	}
}

func (ix *index[T]) add(p Phrase, v T) {
	if len(p) == 0 {
		return
	}
	var n *trieNode[T]
	if w := p[0]; w.Stem {
		n = stemChild(&ix.rootN, w.Text)
	} else {
		id := ix.vocab.intern(w.Text)
		for int(id) >= len(ix.root) {
			ix.root = append(ix.root, nil)
		}
		if ix.root[id] == nil {
			ix.root[id] = &trieNode[T]{}
		}
		n = ix.root[id]
	}
	for _, w := range p[1:] {
		if w.Stem {
			n = stemChild(n, w.Text)
			continue
		}
		id := ix.vocab.intern(w.Text)
		next := &n.next
		if w.Gap {
			next = &n.gap
		}
		if *next == nil {
			*next = map[int32]*trieNode[T]{}
		}
		c := (*next)[id]
		if c == nil {
			c = &trieNode[T]{}
			(*next)[id] = c
		}
		n = c
	}
	n.vals = append(n.vals, v)
}

// freeze builds the stem table of the root, once every phrase is added.
func (ix *index[T]) freeze() { ix.rootN.freeze() }

// Match is a phrase found in a token sequence.
type Match[T any] struct {
	End int // index just past the last token matched
	Val T
}

// WordMatches reports whether token tok matches dictionary word w.
func WordMatches(w Word, tok string) bool {
	if w.Stem {
		return strings.HasPrefix(tok, w.Text)
	}
	return tok == w.Text
}

// walk calls f for every trie node with phrases reached from t at i.
func (ix *index[T]) walk(t Tokens, i int, f func(end int, n *trieNode[T])) {
	if id := t.IDs[i]; id >= 0 && int(id) < len(ix.root) && ix.root[id] != nil {
		ix.root[id].walk(t, i+1, f)
	}
	if ix.rootN.stems != nil {
		ix.rootN.stemMatches(t.Text[i], func(c *trieNode[T]) { c.walk(t, i+1, f) })
	}
}

// walk continues a match at node n with token j.
func (n *trieNode[T]) walk(t Tokens, j int, f func(end int, n *trieNode[T])) {
	for {
		if len(n.vals) > 0 {
			f(j, n)
		}
		if j >= len(t.Text) {
			return
		}
		if n.stems != nil {
			n.stemMatches(t.Text[j], func(c *trieNode[T]) { c.walk(t, j+1, f) })
		}
		if n.gap != nil {
			for k := j; k < len(t.Text) && k <= j+MaxGap; k++ {
				if k > j && !wordish(t.Text[k-1]) {
					break
				}
				if id := t.IDs[k]; id >= 0 {
					if c := n.gap[id]; c != nil {
						c.walk(t, k+1, f)
					}
				}
			}
		}
		// the common path, consecutive words, as a loop
		id := t.IDs[j]
		if id < 0 || n.next == nil {
			return
		}
		c := n.next[id]
		if c == nil {
			return
		}
		n, j = c, j+1
	}
}

// wordish reports whether a skipped token is a word or number, not
// punctuation.
func wordish(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// longest returns the longest phrase of ix that matches t at i.
func (ix *index[T]) longest(t Tokens, i int) (Match[T], bool) {
	var best Match[T]
	found := false
	if i >= len(t.Text) {
		return best, false
	}
	ix.walk(t, i, func(end int, n *trieNode[T]) {
		if !found || end > best.End {
			best, found = Match[T]{End: end, Val: n.vals[0]}, true
		}
	})
	return best, found
}

// all calls f for every phrase of ix that matches t at i.
func (ix *index[T]) all(t Tokens, i int, f func(Match[T])) {
	if i >= len(t.Text) {
		return
	}
	ix.walk(t, i, func(end int, n *trieNode[T]) {
		for _, v := range n.vals {
			f(Match[T]{End: end, Val: v})
		}
	})
}

// Compile builds the Matcher for d. d must not be modified afterwards.
func Compile(d *Dictionary) *Matcher {
	vocab := &Vocab{ids: map[string]int32{}}
	m := &Matcher{
		Dict:   d,
		vocab:  vocab,
		actors: index[int]{vocab: vocab},
		agents: index[int]{vocab: vocab},
		verbs:  index[VerbRef]{vocab: vocab},

		discardIx: index[int]{vocab: vocab},
		synsets:   map[string]*CompiledSynset{},
		nouns:     map[string]bool{},
		adjs:      map[string]bool{},
	}
	m.dated = make([]bool, len(d.Actors))
	m.defaults = make([][]string, len(d.Actors))
	for i, a := range d.Actors {
		for _, c := range a.Codes {
			if c.Default() {
				m.defaults[i] = append(m.defaults[i], c.Code)
			} else {
				m.dated[i] = true
			}
		}
		for _, n := range a.Names {
			for _, v := range variants(n) {
				m.actors.add(v, i)
			}
		}
	}
	for i, a := range d.Agents {
		for _, n := range a.Names {
			for _, v := range variants(n) {
				m.agents.add(v, i)
			}
		}
	}
	for name, s := range d.Synsets {
		cs := &CompiledSynset{Name: name, Phrases: append([][]Elem(nil), s.Phrases...), First: map[int32]bool{}}
		for _, ph := range s.Phrases {
			if len(ph) == 0 || ph[0].Kind != ElemWord || ph[0].Word.Stem {
				cs.AnyFirst = true
				continue
			}
			cs.First[vocab.intern(ph[0].Word.Text)] = true
		}
		sort.SliceStable(cs.Phrases, func(a, b int) bool { return elemsLen(cs.Phrases[a]) > elemsLen(cs.Phrases[b]) })
		m.synsets[name] = cs
	}
	for _, cs := range m.synsets {
		cs.Syn = make([][]*CompiledSynset, len(cs.Phrases))
		for i, ph := range cs.Phrases {
			cs.Syn[i] = m.resolve(ph)
		}
	}
	m.patterns = make([][]CompiledPattern, len(d.Verbs))
	for i := range d.Verbs {
		v := &d.Verbs[i]
		for j, f := range v.Forms {
			for _, w := range variants(f.Words) {
				m.verbs.add(w, VerbRef{Verb: i, Form: j})
			}
		}
		ps := make([]CompiledPattern, len(v.Patterns))
		for j := range v.Patterns {
			p := &v.Patterns[j]
			cp := CompiledPattern{Pattern: p, BeforeSyn: m.resolve(p.Before), AfterSyn: m.resolve(p.After)}
			for _, es := range [][]Elem{p.Before, p.After} {
				for _, e := range es {
					if e.Kind == ElemWord && !e.Word.Stem {
						cp.Required = append(cp.Required, e.Word.Text)
					}
				}
			}
			ps[j] = cp
		}
		sort.SliceStable(ps, func(a, b int) bool { return PatternLen(ps[a].Pattern) > PatternLen(ps[b].Pattern) })
		keyed := map[int32][]int32{}
		var unkeyed []int32
		for j, cp := range ps {
			if len(cp.Required) == 0 {
				unkeyed = append(unkeyed, int32(j))
				continue
			}
			key := cp.Required[0]
			for _, w := range cp.Required[1:] {
				if len(w) > len(key) {
					key = w
				}
			}
			kid := vocab.intern(key)
			keyed[kid] = append(keyed[kid], int32(j))
		}
		for j := range ps {
			for _, w := range ps[j].Required {
				ps[j].RequiredIDs = append(ps[j].RequiredIDs, vocab.intern(w))
			}
		}
		m.keyed = append(m.keyed, keyed)
		m.unkeyed = append(m.unkeyed, unkeyed)
		m.patterns[i] = ps
	}
	m.actors.freeze()
	m.agents.freeze()
	m.verbs.freeze()
	m.discards = d.Discards
	for i, dc := range d.Discards {
		var p Phrase
		for _, w := range strings.Fields(dc.Text) {
			p = append(p, Word{Text: w})
		}
		if len(p) > 0 && !dc.WholeWord {
			p[len(p)-1].Stem = true
		}
		m.discardIx.add(p, i)
	}
	m.discardIx.freeze()
	for _, p := range d.Nouns {
		if len(p) == 1 {
			m.nouns[p[0].Text] = true
		}
	}
	for _, p := range d.Adjectives {
		if len(p) == 1 {
			m.adjs[p[0].Text] = true
		}
	}
	return m
}

// variants returns p and, for phrases written as separate words, the form
// in which the text joins them with hyphens ("AL QAEDA" ~ "AL-QAEDA"), and
// for hyphenated words the split form.
func variants(p Phrase) []Phrase {
	out := []Phrase{p}
	if len(p) < 2 || len(p) > 6 {
		return out
	}
	parts := make([]string, len(p))
	for i, w := range p {
		parts[i] = w.Text
	}
	out = append(out, Phrase{{Text: strings.Join(parts, "-"), Stem: p[len(p)-1].Stem}})
	// one pair written as one word: "Dol_Amroth", "al-Wazir"
	for i := 0; i+1 < len(p); i++ {
		for _, sep := range []string{"-", "_"} {
			if len(p) == 2 && sep == "-" {
				continue // same as the full join
			}
			v := make(Phrase, 0, len(p)-1)
			v = append(v, p[:i]...)
			v = append(v, Word{Text: p[i].Text + sep + p[i+1].Text, Stem: p[i+1].Stem})
			v = append(v, p[i+2:]...)
			out = append(out, v)
		}
	}
	return out
}

func elemsLen(es []Elem) int {
	n := 0
	for _, e := range es {
		switch e.Kind {
		case ElemWord:
			n += len(e.Word.Text)
		case ElemSynset:
			n += 4
		}
	}
	return n
}

// PatternLen is TABARI's pattern length: the number of letters in its
// literal words (slots and gaps do not count), used to try longer patterns
// first.
func PatternLen(p *Pattern) int { return elemsLen(p.Before) + elemsLen(p.After) }

// Actor returns the longest actor phrase matching toks at i.
func (m *Matcher) Actor(toks Tokens, i int) (Match[int], bool) { return m.actors.longest(toks, i) }

// Agent returns the longest agent phrase matching toks at i.
func (m *Matcher) Agent(toks Tokens, i int) (Match[int], bool) { return m.agents.longest(toks, i) }

// VerbsInto returns, in buf[:0], every verb form of the greatest length
// matching toks at i: the same word may head several verb blocks (each with
// its patterns).
func (m *Matcher) VerbsInto(buf []Match[VerbRef], toks Tokens, i int) []Match[VerbRef] {
	out := buf[:0]
	best := 0
	m.verbs.all(toks, i, func(mt Match[VerbRef]) {
		switch {
		case mt.End > best:
			out, best = append(out[:0], mt), mt.End
		case mt.End == best:
			out = append(out, mt)
		}
	})
	return out
}

// Patterns returns the patterns of verb block v, longest first.
func (m *Matcher) Patterns(v int) []CompiledPattern { return m.patterns[v] }

// resolve maps the synset elements of es to their compiled synsets.
func (m *Matcher) resolve(es []Elem) []*CompiledSynset {
	out := make([]*CompiledSynset, len(es))
	for i, e := range es {
		if e.Kind == ElemSynset {
			out[i] = m.synsets[e.Synset]
		}
	}
	return out
}

// Candidates appends to buf, in trying order, the indices (into
// Patterns(v)) of the patterns of verb block v whose key word is among
// words (the vocabulary ids of the distinct tokens of a sentence) or that
// need no word.
func (m *Matcher) Candidates(v int, words []int32, buf []int32) []int32 {
	buf = append(buf[:0], m.unkeyed[v]...)
	if k := m.keyed[v]; len(k) > 0 {
		for _, w := range words {
			if w >= 0 {
				buf = append(buf, k[w]...)
			}
		}
	}
	slices.Sort(buf)
	return buf
}

// DiscardAt calls f with the index of every discard phrase matching toks
// at i.
func (m *Matcher) DiscardAt(toks Tokens, i int, f func(int)) {
	m.discardIx.all(toks, i, func(mt Match[int]) { f(mt.Val) })
}

// Discards returns the discard phrases.
func (m *Matcher) Discards() []Discard { return m.discards }

// IsNoun reports whether w is in the TABARI <NOUN> list.
func (m *Matcher) IsNoun(w string) bool { return m.nouns[w] }

// IsAdjective reports whether w is in the TABARI <ADJECTIVE> list.
func (m *Matcher) IsAdjective(w string) bool { return m.adjs[w] }

// ActorCodes returns the codes of actor a on date (YYYYMMDD; 0 = unknown):
// the first date restriction that contains the date, else the default
// codes. A nil result means the actor has no code on that date.
func (m *Matcher) ActorCodes(a int, date int) []string {
	act := &m.Dict.Actors[a]
	if !m.dated[a] {
		return m.defaults[a]
	}
	var defaults []string
	var dated []string
	var datedFrom DatedCode
	for _, c := range act.Codes {
		if c.Default() {
			defaults = append(defaults, c.Code)
			continue
		}
		if date == 0 {
			continue
		}
		if (c.From == 0 || date >= c.From) && (c.To == 0 || date <= c.To) {
			if dated == nil {
				dated, datedFrom = []string{c.Code}, c
			} else if c == datedFrom {
				dated = append(dated, c.Code)
			} else if c.From == datedFrom.From && c.To == datedFrom.To {
				dated = append(dated, c.Code)
			}
		}
	}
	if dated != nil {
		return dated
	}
	return defaults
}
