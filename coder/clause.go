package coder

import (
	"strings"

	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/text"
)

// deleteCommaClauses removes short comma-delimited asides, as PETRARCH's
// comma_* options describe. Commas inside a compound actor ("Mordor, Rohan
// and Bree") are never used.
func (st *sentence) deleteCommaClauses() {
	var commas []int
	for i, n := range st.norm {
		if n == "," && st.inNP[i] < 0 && !st.listComma(i) {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return
	}
	o := st.c.opt
	words := func(a, b int) int { // word tokens in [a, b), adverbs in -ly not counted
		n := 0
		for k := a; k < b; k++ {
			if st.toks[k].Kind != text.Punct && !strings.HasSuffix(st.norm[k], "LY") {
				n++
			}
		}
		return n
	}
	// a segment with a subject and its verb is a clause of its own, not an
	// aside: "Hours earlier, Russian forces shelled Kharkiv, killing ..."
	clauseIn := func(a, b int) bool {
		for _, v := range st.verbs {
			if v.start <= a || v.start >= b {
				continue
			}
			for _, m := range st.mentions {
				if m.start > a && m.end <= v.start && len(m.codes) > 0 {
					return true
				}
			}
		}
		return false
	}
	del := func(a, b int) {
		for k := a; k < b; k++ {
			st.deleted[k] = true
		}
	}
	end := len(st.toks)
	for end > 0 && st.toks[end-1].Kind == text.Punct && st.norm[end-1] != "," {
		end--
	}
	// beginning
	if o.CommaBMax > 0 {
		if n := words(0, commas[0]); n >= o.CommaBMin && n <= o.CommaBMax {
			del(0, commas[0]+1)
		}
	}
	// middle
	if o.CommaMax > 0 {
		for k := 0; k+1 < len(commas); k++ {
			a, b := commas[k], commas[k+1]
			if st.deleted[a] {
				continue
			}
			if n := words(a+1, b); n >= o.CommaMin && n <= o.CommaMax && !clauseIn(a, b) {
				del(a, b+1)
				k++
			}
		}
	}
	// end
	if o.CommaEMax > 0 {
		last := commas[len(commas)-1]
		// "..., killing three civilians" goes on with the event: keep it
		if !st.deleted[last] && !st.participle(last+1) {
			if n := words(last+1, end); n >= o.CommaEMin && n <= o.CommaEMax {
				del(last, end)
			}
		}
	}
}

func growBools(buf *[]bool, n int) []bool {
	if cap(*buf) < n {
		*buf = make([]bool, n)
	}
	b := (*buf)[:n]
	clear(b)
	*buf = b
	return b
}

// participle reports whether token i is a present participle opening a
// clause ("killing", "resulting").
func (st *sentence) participle(i int) bool {
	return i < len(st.toks) && st.toks[i].Kind == text.Word && len(st.norm[i]) > 5 && strings.HasSuffix(st.norm[i], "ING")
}

// listComma reports whether the comma at i separates modifiers ("complete,
// full diplomatic ties") rather than clauses.
func (st *sentence) listComma(i int) bool {
	return i > 0 && i+1 < len(st.toks) && st.modifier(i-1) && st.modifier(i+1) && !st.isVerb(i-1)
}

// clause is a run of kept tokens between clause boundaries.
type clause struct {
	toks     []int // token indices
	conjunct bool  // starts after "and"/"but": may share the last subject
}

func (st *sentence) clauses() []clause {
	n := len(st.toks)
	isVerb := growBools(&st.isVerbBuf, n)
	for _, v := range st.verbs {
		for k := v.start; k < v.end; k++ {
			isVerb[k] = true
		}
	}
	// boundary kinds per token: 0 none, 1 punctuation, 2 conjunction
	kind := ints(st.kindBuf, n, 0)
	st.kindBuf = kind
	for i := range st.toks {
		if st.deleted[i] || st.inNP[i] >= 0 {
			continue
		}
		switch st.norm[i] {
		case "AND", "BUT", "OR", "NOR":
			kind[i] = 2
		case ",":
			if st.listComma(i) {
				continue
			}
			kind[i] = 1
		case ";", ":", "--":
			kind[i] = 1
		}
	}
	// A conjunction joins clauses only when there is a verb on both sides
	// ("condemned ... and promised ..."); otherwise it joins words ("death
	// and injury toll", "heavily and unjustly criticized").
	hasVerb := func(a, b int) bool {
		for k := a; k < b; k++ {
			if isVerb[k] && !st.deleted[k] {
				return true
			}
		}
		return false
	}
	for i := range kind {
		if kind[i] != 2 {
			continue
		}
		a := i - 1
		for a >= 0 && kind[a] == 0 {
			a--
		}
		b := i + 1
		for b < n && kind[b] == 0 {
			b++
		}
		if !hasVerb(a+1, i) || !hasVerb(i+1, b) {
			kind[i] = 0
		}
	}
	// all clauses share one backing array of token indices
	out := st.clauseBuf[:0]
	all := st.clauseToks[:0]
	start := 0
	conj := false
	flush := func() {
		if len(all) > start {
			out = append(out, clause{toks: all[start:len(all):len(all)], conjunct: conj})
		}
		start = len(all)
	}
	for i := range st.toks {
		if st.deleted[i] {
			continue
		}
		if kind[i] != 0 {
			flush()
			conj = kind[i] == 2
			continue
		}
		all = append(all, i)
	}
	flush()
	st.clauseBuf, st.clauseToks = out, all
	return out
}

// cl is a clause being coded, in clause positions.
type cl struct {
	st       *sentence
	toks     []int
	norm     []string
	ments    []int // mention indices, in order
	mstart   []int // clause position of each mention's start
	mend     []int
	verbs    []verbAt // clause positions
	consumed []bool
	cont     []int // sentence mentions of a following participle clause
}

func (st *sentence) newCl(c clause) *cl {
	x := &st.clbuf
	*x = cl{st: st, toks: c.toks, norm: x.norm[:0], consumed: x.consumed[:0],
		ments: x.ments[:0], mstart: x.mstart[:0], mend: x.mend[:0], verbs: x.verbs[:0]}
	pos := st.pos
	for range c.toks {
		x.norm = append(x.norm, "")
		x.consumed = append(x.consumed, false)
	}
	for p, ti := range c.toks {
		pos[ti] = p
		x.norm[p] = st.norm[ti]
	}
	defer func() {
		for _, ti := range c.toks {
			pos[ti] = -1
		}
	}()
	for mi, m := range st.mentions {
		s := pos[m.start]
		if s < 0 || len(m.codes) == 0 {
			continue
		}
		e := s
		for e < len(c.toks) && c.toks[e] < m.end {
			e++
		}
		x.ments = append(x.ments, mi)
		x.mstart = append(x.mstart, s)
		x.mend = append(x.mend, e)
	}
	for _, v := range st.verbs {
		s := pos[v.start]
		if s < 0 {
			continue
		}
		e := s
		for e < len(c.toks) && c.toks[e] < v.end {
			e++
		}
		x.verbs = append(x.verbs, verbAt{start: s, end: e, refs: v.refs})
	}
	return x
}

// binding is what a pattern match assigns.
type binding struct {
	src, tgt, comp int // index into cl.ments, -1 when unset
	used           []int
}

// mentionFrom returns the first mention starting at or after p and ending
// by limit; with exact, it must start at p (a determiner may intervene).
func (x *cl) mentionFrom(p, limit int, exact bool) int {
	for k := range x.ments {
		s := x.mstart[k]
		if s < p {
			continue
		}
		if exact && s != p && !(s == p+1 && determiners[x.norm[p]]) {
			return -1
		}
		if x.mend[k] > limit {
			return -1
		}
		return k
	}
	return -1
}

// matchElems matches elems[k:] from clause position p, never past limit;
// done is called with the end position and decides success.
func (x *cl) matchElems(elems []dict.Elem, syn []*dict.CompiledSynset, k, p, limit int, adjFirst bool, b *binding, done func(int) bool) bool {
	if k == len(elems) {
		return done(p)
	}
	e := elems[k]
	adj := e.Adjacent || (k == 0 && adjFirst)
	switch e.Kind {
	case dict.ElemSkip:
		// try the shortest noun phrase first, so that literal words after
		// "^" can still match ("$ * + ^ WEAPONS")
		for _, end := range x.skipNP(p, limit, adj) {
			if x.matchElems(elems, syn, k+1, end, limit, false, b, done) {
				return true
			}
		}
		return false
	case dict.ElemSource, dict.ElemTarget, dict.ElemCompound:
		m := x.mentionFrom(p, limit, adj)
		if m < 0 {
			return false
		}
		save := *b
		switch e.Kind {
		case dict.ElemSource:
			b.src = m
		case dict.ElemTarget:
			b.tgt = m
		case dict.ElemCompound:
			if len(x.st.mentions[x.ments[m]].codes) < 2 {
				return false
			}
			b.comp = m
		}
		if x.matchElems(elems, syn, k+1, x.mend[m], limit, false, b, done) {
			return true
		}
		*b = save
		return false
	}
	last := limit - 1
	if adj {
		last = p
	}
	for q := p; q <= last && q < limit; q++ {
		if e.Kind == dict.ElemWord {
			if dict.WordMatches(e.Word, x.norm[q]) {
				n := len(b.used)
				b.used = append(b.used, q)
				if x.matchElems(elems, syn, k+1, q+1, limit, false, b, done) {
					return true
				}
				b.used = b.used[:n]
			}
			continue
		}
		// synset
		s := syn[k]
		if s == nil {
			return false
		}
		if !s.MayStart(x.st.tk.IDs[x.toks[q]]) {
			continue
		}
		for pi, ph := range s.Phrases {
			if end, ok := x.matchPhrase(ph, s.Syn[pi], q, limit, 0); ok {
				n := len(b.used)
				for u := q; u < end; u++ {
					b.used = append(b.used, u)
				}
				if x.matchElems(elems, syn, k+1, end, limit, false, b, done) {
					return true
				}
				b.used = b.used[:n]
			}
		}
	}
	return false
}

// skipNP finds the noun phrase at p (actor mentions and content words
// after an optional determiner) and returns the positions where it may
// end, shortest first; nil if there is none. Without adj the phrase may
// start later.
func (x *cl) skipNP(p, limit int, adj bool) []int {
	for start := p; start < limit; start++ {
		q := start
		if determiners[x.norm[q]] {
			q++
		}
		var ends []int
		end := q
		for end < limit {
			if mi := x.mentionAt(end); mi >= 0 {
				end = x.mend[mi]
				ends = append(ends, end)
				continue
			}
			w := x.norm[end]
			t := x.st.toks[x.toks[end]]
			if t.Kind == text.Punct || stopwords[w] || x.isVerbPos(end) {
				break
			}
			end++
			ends = append(ends, end)
		}
		if len(ends) > 0 {
			return ends
		}
		if adj {
			return nil
		}
	}
	return nil
}

func (x *cl) mentionAt(p int) int {
	for k := range x.ments {
		if x.mstart[k] == p {
			return k
		}
	}
	return -1
}

func (x *cl) isVerbPos(p int) bool { return x.st.cls[x.toks[p]]&clsVerb != 0 }

// matchPhrase matches a synset phrase (consecutive words and synsets) at q.
func (x *cl) matchPhrase(ph []dict.Elem, syn []*dict.CompiledSynset, q, limit, depth int) (int, bool) {
	if depth > 8 {
		return 0, false
	}
	p := q
	for i, e := range ph {
		switch e.Kind {
		case dict.ElemWord:
			if p >= limit || !dict.WordMatches(e.Word, x.norm[p]) {
				return 0, false
			}
			p++
		case dict.ElemSynset:
			s := syn[i]
			if s == nil {
				return 0, false
			}
			ok := false
			for si, sub := range s.Phrases {
				if end, m := x.matchPhrase(sub, s.Syn[si], p, limit, depth+1); m {
					p, ok = end, true
					break
				}
			}
			if !ok {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	return p, true
}

// matchPattern tries pattern pt on verb v whose clause starts at from.
func (x *cl) matchPattern(pt dict.CompiledPattern, v verbAt, from int) (binding, bool) {
	b := binding{src: -1, tgt: -1, comp: -1}
	okBefore := x.matchElems(pt.Before, pt.BeforeSyn, 0, from, v.start, false, &b, func(end int) bool {
		if len(pt.Before) == 0 {
			return true
		}
		return end <= v.start && (!pt.VerbAdjacentBefore || end == v.start)
	})
	if !okBefore {
		return b, false
	}
	okAfter := x.matchElems(pt.After, pt.AfterSyn, 0, v.end, len(x.norm), pt.VerbAdjacentAfter, &b, func(int) bool { return true })
	return b, okAfter
}

var beForms = map[string]bool{"IS": true, "ARE": true, "WAS": true, "WERE": true, "BE": true, "BEEN": true, "BEING": true, "'S": false}

// passive reports whether verb v is in the passive voice with an agent
// phrase "by X" and returns X, and for a reduced relative ("the regime
// led by X") the noun phrase it modifies.
func (x *cl) passive(v verbAt) (by, object int) {
	object = -1
	be := false
	for p := v.start - 1; p >= 0 && p >= v.start-4; p-- {
		w := x.norm[p]
		if beForms[w] {
			be = true
			break
		}
		if !(strings.HasSuffix(w, "LY") || w == "NOT" || w == "N'T" || w == "ALSO") {
			break
		}
	}
	if !be {
		// a reduced relative: "the regime led by Assad" -- a participle
		// right after a noun phrase and right before "by"
		w := x.norm[v.start]
		if !(strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "EN")) || v.end >= len(x.norm) || x.norm[v.end] != "BY" {
			return -1, -1
		}
		for k := range x.ments {
			if x.mend[k] == v.start {
				object = k
			}
		}
		if object < 0 {
			return -1, -1
		}
	}
	for p := v.end; p < len(x.norm) && p < v.end+4; p++ {
		if x.norm[p] == "BY" {
			return x.mentionFrom(p+1, len(x.norm), true), object
		}
	}
	return -1, -1
}

func (x *cl) codesOf(k int) []string {
	if k < 0 {
		return nil
	}
	return x.st.mentions[x.ments[k]].codes
}

func sameCodes(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// codeClauses codes every clause of the sentence.
func (st *sentence) codeClauses() []Triple {
	var out []Triple
	prevSource := -1 // mention index of the last clause's source
	cs := st.clauses()
	for ci, c := range cs {
		x := st.newCl(c)
		if ci+1 < len(cs) && !cs[ci+1].conjunct {
			if t := cs[ci+1].toks[0]; st.participle(t) {
				for mi, m := range st.mentions {
					if len(m.codes) > 0 && m.start >= t && m.start <= cs[ci+1].toks[len(cs[ci+1].toks)-1] {
						x.cont = append(x.cont, mi)
					}
				}
			}
		}
		from := 0
		coded := false
		for _, v := range x.verbs {
			if x.consumed[v.start] {
				continue
			}
			subjFrom := from
			if coded {
				// a later verb needs its own subject right before it
				// ("... and said Dagolath and Osgiliath can cope"), and no
				// "to" (an infinitive shares the earlier subject)
				if v.start == 0 || x.norm[v.start-1] == "TO" {
					continue
				}
				k := x.subjectBefore(from, v.start)
				switch by, _ := x.passive(v); {
				case k >= 0:
					subjFrom = x.mstart[k]
				case by >= 0:
					// "the drones involved in the attack had been harassed
					// by Russian warplanes": a passive names its own agent
				case x.antecedent(v.start) >= 0:
					subjFrom = v.start // the pronoun stands for the subject
				default:
					continue
				}
			}
			evs, end, ok := x.codeVerb(v, subjFrom, c.conjunct && !coded, prevSource)
			if !ok {
				continue
			}
			for p := v.start; p < v.end; p++ {
				x.consumed[p] = true
			}
			if len(evs) > 0 {
				out = append(out, evs...)
			}
			// a reduced relative ("troops backed by Tessin") modifies the
			// subject; the clause's own verb is still to come
			if by, obj := x.passive(v); by >= 0 && obj >= 0 {
				continue
			}
			coded = true
			from = end
		}
		if src := x.firstSourceIdx(); src >= 0 {
			prevSource = src
		}
	}
	return dedupe(out)
}

// usedBy reports whether clause mention k covers words a pattern matched.
func (x *cl) usedBy(b binding, k int) bool {
	for _, u := range b.used {
		if u >= x.mstart[k] && u < x.mend[k] {
			return true
		}
	}
	return false
}

// roleOnly reports whether clause mention k names only roles, no actor
// ("---MIL" for "the drones").
func (x *cl) roleOnly(k int) bool {
	for _, c := range x.codesOf(k) {
		if !strings.HasPrefix(c, "---") {
			return false
		}
	}
	return true
}

// verbBetween reports whether a verb form lies in clause positions [a, b).
// A participle followed by "by" modifies the noun before it ("rebels
// backed by Turkey attacked ...") and does not count.
func (x *cl) verbBetween(a, b int) bool {
	for p := a; p < b; p++ {
		if x.isVerbPos(p) && !(p+1 < len(x.norm) && x.norm[p+1] == "BY") {
			return true
		}
	}
	return false
}

// subordinators open a subordinate clause.
var subordinators = map[string]bool{"AFTER": true, "BEFORE": true, "WHEN": true, "WHILE": true,
	"BECAUSE": true, "SINCE": true, "ALTHOUGH": true, "THOUGH": true, "UNTIL": true, "UNLESS": true,
	"IF": true, "WHEREAS": true, "ONCE": true}

// subordinateClause returns the clause position of the first subordinate
// clause after p that has a subject actor and its own verb ("after Russia
// brokered a deal"), or the clause length. Its actors are not the main
// verb's target. A clause whose subject is not an actor ("after a hafling
// was reported on the pass of Cirith Ungol") does not count, as in
// PETRARCH's suite.
func (x *cl) subordinateClause(p int) int {
	for q := p; q < len(x.norm); q++ {
		if !subordinators[x.norm[q]] {
			continue
		}
		m := x.mentionFrom(q+1, len(x.norm), true)
		if m < 0 || x.roleOnly(m) {
			continue
		}
		r := x.mend[m]
		for r < len(x.norm) && (auxiliaries[x.norm[r]] || strings.HasSuffix(x.norm[r], "LY")) {
			r++
		}
		if r < len(x.norm) && x.isVerbPos(r) {
			return q
		}
	}
	return len(x.norm)
}

// locativePreps introduce the place of an event rather than a party to it.
var locativePreps = map[string]bool{"IN": true, "AT": true, "NEAR": true, "INSIDE": true,
	"THROUGHOUT": true, "ACROSS": true, "AROUND": true, "OUTSIDE": true, "WITHIN": true}

// locative reports whether sentence mention mi is the object of a locative
// preposition ("in eastern Syria", "near the border of X").
func (st *sentence) locative(mi int) bool {
	k := st.mentions[mi].start - 1
	for k >= 0 && st.cls[k]&(clsDet|clsAdj) != 0 && !locativePreps[st.norm[k]] {
		k--
	}
	return k >= 0 && locativePreps[st.norm[k]]
}

// subjectPronouns stand for an actor named earlier in the sentence.
var subjectPronouns = map[string]bool{"IT": true, "THEY": true, "HE": true, "SHE": true}

// antecedent returns the sentence mention that a subject pronoun right
// before clause position p stands for: the first actor of the sentence
// ("The US military announced that it had conducted a strike"), or -1.
func (x *cl) antecedent(p int) int {
	q := p - 1
	for q >= 0 && (auxiliaries[x.norm[q]] || strings.HasSuffix(x.norm[q], "LY")) {
		q--
	}
	if q < 0 || !subjectPronouns[x.norm[q]] {
		return -1
	}
	pron := x.toks[q]
	for mi, m := range x.st.mentions {
		if m.start < pron && len(m.codes) > 0 {
			return mi
		}
	}
	return -1
}

// auxiliaries may stand between a subject and its verb.
var auxiliaries = map[string]bool{
	"IS": true, "ARE": true, "WAS": true, "WERE": true, "BE": true, "BEEN": true, "BEING": true,
	"HAS": true, "HAVE": true, "HAD": true, "WILL": true, "WOULD": true, "CAN": true, "COULD": true,
	"MAY": true, "MIGHT": true, "SHOULD": true, "MUST": true, "SHALL": true, "DO": true, "DOES": true,
	"DID": true, "NOT": true, "N'T": true, "ALSO": true, "THEN": true, "STILL": true, "NOW": true,
	"WO": true, "CA": true, "NEVER": true, "EVER": true, "JUST": true, "ALREADY": true,
}

// subjectBefore returns the mention that ends right before clause position
// p (only auxiliaries and adverbs between), starting no earlier than from.
func (x *cl) subjectBefore(from, p int) int {
	best := -1
	for k := range x.ments {
		if x.mstart[k] < from || x.mend[k] > p {
			continue
		}
		ok := true
		for q := x.mend[k]; q < p; q++ {
			w := x.norm[q]
			if !auxiliaries[w] && !strings.HasSuffix(w, "LY") {
				ok = false
				break
			}
		}
		if ok {
			best = k
		}
	}
	return best
}

func (x *cl) firstSourceIdx() int {
	if len(x.ments) == 0 {
		return -1
	}
	return x.ments[0]
}

// codeVerb codes verb v. It returns the events, the clause position after
// the verb's phrase, and whether the verb counted as coded (it had a code
// or a matching pattern, even a null one).
func (x *cl) codeVerb(v verbAt, from int, conjunct bool, prevSource int) ([]Triple, int, bool) {
	m := x.st.c.m
	code := ""
	b := binding{src: -1, tgt: -1, comp: -1}
	matched := false
patterns:
	for _, ref := range v.refs {
		pts := m.Patterns(ref.Verb)
		x.st.cands = m.Candidates(ref.Verb, x.st.wordIDs, x.st.cands)
	next:
		for _, pi := range x.st.cands {
			pt := pts[pi]
			for _, id := range pt.RequiredIDs {
				if !x.st.hasID(id) {
					continue next
				}
			}
			if bb, ok := x.matchPattern(pt, v, from); ok {
				code, b, matched = pt.Code, bb, true
				break patterns
			}
		}
	}
	if !matched {
		for _, ref := range v.refs {
			verb := &m.Dict.Verbs[ref.Verb]
			c := verb.Forms[ref.Form].Code
			if c == "" {
				c = verb.Code
			}
			if c != "" && c != dict.NullCode {
				code = c
				break
			}
			if code == "" {
				code = c
			}
		}
	}
	end := v.end
	for _, u := range b.used {
		x.consumed[u] = true
		if u+1 > end {
			end = u + 1
		}
	}
	if code == "" || code == dict.NullCode {
		return nil, end, matched
	}
	// source and target
	src, tgt := b.src, b.tgt
	if b.comp >= 0 {
		if x.mstart[b.comp] < v.start {
			src = b.comp
		} else {
			tgt = b.comp
		}
	}
	if src < 0 && tgt < 0 && b.comp < 0 {
		if by, obj := x.passive(v); by >= 0 {
			src, tgt = by, obj
			for k := range x.ments {
				if tgt < 0 && x.mstart[k] >= from && x.mend[k] <= v.start {
					tgt = k
					break
				}
			}
		}
	}
	if src < 0 {
		for k := range x.ments {
			if x.mstart[k] < from || x.mend[k] > v.start {
				continue
			}
			if tgt >= 0 && (k == tgt || sameCodes(x.codesOf(k), x.codesOf(tgt))) {
				continue
			}
			src = k
			break
		}
		// "The Pentagon said Russian jets flew close to the drones": after
		// a verb that made no event, the subject is the actor right
		// before this verb
		if k := x.subjectBefore(from, v.start); src >= 0 && k >= 0 && k != src && k != tgt && x.verbBetween(x.mend[src], x.mstart[k]) {
			src = k
		}
	}
	var srcs, tgts []Actor
	if src >= 0 {
		srcs = x.st.actors(srcs, x.ments[src])
		srcs = append(srcs, x.conjuncts(src, v.start)...)
	} else if conjunct && prevSource >= 0 {
		srcs = x.st.actors(srcs, prevSource)
	} else if a := x.antecedent(v.start); a >= 0 {
		srcs = x.st.actors(srcs, a)
	}
	srcCodes := codesOfActors(srcs)
	if tgt < 0 {
		// the first mention after the verb, preferring one that is not a
		// place where the event happened ("struck a convoy in Syria")
		// or a bare role noun ("the drones"); never words the pattern used
		// ("a drone strike")
		locTgt, roleTgt := -1, -1
		stop := x.subordinateClause(v.end)
		for k := range x.ments {
			if x.mstart[k] < v.end || k == src || (x.usedBy(b, k) && x.roleOnly(k)) {
				continue
			}
			if x.mstart[k] >= stop {
				break // "arrive in Geneva ... after Russia brokered a deal"
			}
			if sameCodes(x.codesOf(k), srcCodes) {
				continue
			}
			if x.st.locative(x.ments[k]) {
				if locTgt < 0 {
					locTgt = k
				}
				continue
			}
			if x.roleOnly(k) {
				if roleTgt < 0 {
					roleTgt = k
				}
				continue
			}
			tgt = k
			break
		}
		if tgt < 0 {
			// "..., killing a leader of ISIS": a participle clause goes on
			// with the same event
			for _, mi := range x.cont {
				if !sameCodes(x.st.mentions[mi].codes, srcCodes) && !x.st.locative(mi) {
					tgts = x.st.actors(tgts, mi)
					break
				}
			}
		}
		if tgt < 0 && len(tgts) == 0 {
			tgt = roleTgt
			if tgt < 0 {
				tgt = locTgt
			}
		}
	}
	if tgt >= 0 {
		tgts = x.st.actors(nil, x.ments[tgt])
	}
	// a compound named by "%" with nobody else in the other role acts on
	// itself: "Gondor and Osgiliath agreed" -> GON-OSG, OSG-GON
	if b.comp >= 0 && len(tgts) == 0 {
		tgts = srcs
	}
	if b.comp >= 0 && len(srcs) == 0 {
		srcs = tgts
	}
	// TABARI: with no target, a compound source found in the clause is
	// also the target ("Gondor and Osgiliath renewed diplomatic ties").
	// With a symmetric code ("meet" 040:040) the compound is the dyad even
	// when some other actor follows: "Turkish and Russian ministers met
	// in Ankara to discuss Syria".
	if src >= 0 && len(srcs) > 1 && b.tgt < 0 && (b.comp < 0 || b.comp == src) {
		if a, bcode, paired := strings.Cut(code, ":"); len(tgts) == 0 || (paired && a == bcode) {
			tgts = srcs
		}
	}
	if n := x.st.c.opt.NewActorLength; n > 0 {
		if len(srcs) == 0 {
			if a, ok := x.newActorBefore(from, v.start, n); ok {
				srcs = []Actor{a}
			}
		}
		if len(tgts) == 0 {
			if a, ok := x.newActorAfter(v.end, n); ok {
				tgts = []Actor{a}
			}
		}
	}
	if len(srcs) == 0 || len(tgts) == 0 {
		if x.st.c.opt.RequireDyad {
			return nil, end, true
		}
		if len(srcs) == 0 {
			srcs = []Actor{{Code: "---"}}
		}
		if len(tgts) == 0 {
			tgts = []Actor{{Code: "---"}}
		}
	}
	codeA, codeB, paired := strings.Cut(code, ":")
	var out []Triple
	vs, ve := x.st.toks[x.toks[v.start]].Start, x.st.toks[x.toks[v.end-1]].End
	for _, sa := range srcs {
		for _, ta := range tgts {
			if sa.Code == ta.Code {
				continue
			}
			if codeA != "" && codeA != dict.NullCode {
				out = append(out, Triple{Source: sa, Target: ta, Code: codeA, VerbStart: vs, VerbEnd: ve})
			}
			if paired && codeB != "" && codeB != dict.NullCode {
				out = append(out, Triple{Source: ta, Target: sa, Code: codeB, VerbStart: vs, VerbEnd: ve})
			}
		}
	}
	return out, end, true
}

func codesOfActors(as []Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Code
	}
	return out
}

// conjuncts returns the further actors of a compound subject that the
// noun-phrase grouping left apart: "Ithilen's sheep and goats of Gondor
// warned" (GON), and with new_actor_length, uncoded conjuncts: "Eriador's
// death and injury toll has risen" ("INJURY TOLL").
func (x *cl) conjuncts(src, v int) []Actor {
	var out []Actor
	p := x.mend[src]
	for p < v {
		if x.norm[p] != "AND" {
			p++
			continue
		}
		a := p + 1
		e := a
		for e < v && x.norm[e] != "AND" && x.norm[e] != "," && !auxiliaries[x.norm[e]] {
			e++
		}
		found := false
		for k := range x.ments {
			if x.mstart[k] >= a && x.mend[k] <= e {
				out = x.st.actors(out, x.ments[k])
				found = true
				break
			}
		}
		if !found {
			if n := x.st.c.opt.NewActorLength; n > 0 {
				q := a
				for q < e && determiners[x.norm[q]] {
					q++
				}
				ok := q < e
				for r := q; r < e; r++ {
					ok = ok && x.npWord(r)
				}
				if ok {
					if na, good := x.newActor(q, e, n); good {
						out = append(out, na)
					}
				}
			}
		}
		p = e
	}
	return out
}

// actors appends to out one Actor per code of sentence mention mi, each
// with the words that name it as evidence.
func (st *sentence) actors(out []Actor, mi int) []Actor {
	m := st.mentions[mi]
	for i, code := range m.codes {
		a := Actor{Code: code}
		s, e := m.start, m.end
		if i < len(m.starts) {
			s, e = m.starts[i], m.ends[i]
		}
		if s < e && e <= len(st.toks) {
			a.Start, a.End = st.toks[s].Start, st.toks[e-1].End
			a.Text = st.txt[a.Start:a.End]
		}
		out = append(out, a)
	}
	return out
}

func dedupe(ts []Triple) []Triple {
	seen := map[[3]string]bool{}
	out := ts[:0]
	for _, t := range ts {
		k := [3]string{t.Source.Code, t.Target.Code, t.Code}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, t)
	}
	return out
}

// newActor makes an actor from an uncoded noun phrase (clause positions
// [a, b)), as PETRARCH does with new_actor_length: the code is the phrase
// itself, upper-case, in double quotes, without possessive markers.
func (x *cl) newActor(a, b, maxWords int) (Actor, bool) {
	var words []string
	for p := a; p < b; p++ {
		if w := x.norm[p]; w != "'S" && w != "'" {
			words = append(words, w)
		}
	}
	if len(words) == 0 || len(words) > maxWords {
		return Actor{}, false
	}
	ta, tb := x.st.toks[x.toks[a]], x.st.toks[x.toks[b-1]]
	return Actor{
		Code:  "\"" + strings.Join(words, " ") + "\"",
		Text:  x.st.txt[ta.Start:tb.End],
		Start: ta.Start,
		End:   tb.End,
	}, true
}

// npWord reports whether clause position p can be part of a noun phrase.
func (x *cl) npWord(p int) bool {
	t := x.st.toks[x.toks[p]]
	w := x.norm[p]
	if w == "'S" || w == "'" {
		return true
	}
	return (t.Kind == text.Word || t.Kind == text.Number) && x.st.cls[x.toks[p]]&(clsStop|clsVerb) == 0
}

// newActorBefore is the subject noun phrase right before the verb.
func (x *cl) newActorBefore(from, v, maxWords int) (Actor, bool) {
	b := v
	for b > from && (auxiliaries[x.norm[b-1]] || strings.HasSuffix(x.norm[b-1], "LY")) {
		b--
	}
	a := b
	for a > from && x.npWord(a-1) {
		a--
	}
	if a > from && x.norm[a-1] == "THE" {
		a--
	}
	if a == b {
		return Actor{}, false
	}
	return x.newActor(a, b, maxWords)
}

// newActorAfter is the object noun phrase after the verb, after an
// optional preposition: "left for the Ministry of Magic".
func (x *cl) newActorAfter(v, maxWords int) (Actor, bool) {
	p := v
	if p < len(x.norm) && stopwords[x.norm[p]] && !determiners[x.norm[p]] {
		p++
	}
	a := p
	if p < len(x.norm) && determiners[x.norm[p]] {
		p++
	}
	for p < len(x.norm) {
		if x.npWord(p) {
			p++
			continue
		}
		if x.norm[p] == "OF" && p+1 < len(x.norm) && x.npWord(p+1) {
			p++
			continue
		}
		break
	}
	if p == a || (p == a+1 && determiners[x.norm[a]]) {
		return Actor{}, false
	}
	return x.newActor(a, p, maxWords)
}
