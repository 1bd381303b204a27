// Package coder turns sentences into who-did-what-to-whom events by sparse
// parsing: actor and agent recognition, verb patterns, source and target
// assignment, compounds, passive voice and discards, following the TABARI
// manual. No external parser is used.
//
// The steps for one sentence are:
//
//  1. discard phrases are checked;
//  2. actors (longest match, date-restricted codes) and agents are found;
//  3. actors and agents are grouped into noun-phrase mentions ("Gondor's
//     main opposition group", "the ambassadors of Arnor, Osgiliath and
//     Gondor"), compounds included;
//  4. verb forms are found, ignoring words that follow a determiner;
//  5. the sentence is cut into clauses at conjunctions and commas, after
//     short comma-delimited asides are deleted (the comma_* options);
//  6. in each clause the verbs are tried in order: the longest verb pattern
//     that matches gives the code and possibly the source and target; the
//     rest are found by TABARI's default search rules and passive voice.
package coder

import (
	"strings"
	"sync"

	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/text"
)

// Coder codes sentences with one compiled dictionary and one set of
// options. It is immutable and safe for concurrent use.
type Coder struct {
	m   *dict.Matcher
	opt Options
}

// New returns a Coder.
func New(m *dict.Matcher, o Options) *Coder { return &Coder{m: m, opt: o} }

// Options returns the coder's options.
func (c *Coder) Options() Options { return c.opt }

// MaxTokens bounds the work done on one sentence: a "sentence" longer than
// this is almost always a table or a run-on list, and pattern matching is
// quadratic in sentence length.
const MaxTokens = 400

// mention is a noun phrase that names one or more actors.
type mention struct {
	start, end int      // token indices
	codes      []string // one code per actor (several for a compound)
	starts     []int    // token start of each actor's own words, for evidence
	ends       []int
	base       []string // the actor codes before agents were added
}

// sentence is the working state for coding one sentence.
type sentence struct {
	c            *Coder
	txt          string
	toks         []text.Token
	norm         []string
	date         int
	actor        []int // per token: actor index covering it, -1 if none
	actorEnd     []int // per token where an actor match starts: its end; else 0
	agentEnd     []int // per token where an agent match starts: its end; else 0
	agentIdx     []int
	inNP         []int // per token: index of the mention covering it, -1
	verbs        []verbAt
	mentions     []mention
	deleted      []bool
	tk           dict.Tokens
	idBits       []uint64 // bitset of the word ids in the sentence
	cls          []uint8  // word-class bits per token
	wordIDs      []int32  // vocabulary ids of the distinct tokens
	cands        []int32  // scratch for pattern candidates
	pos          []int    // scratch: clause position of each token
	clbuf        cl       // scratch: the clause being coded
	isVerbBuf    []bool
	kindBuf      []int
	clauseBuf    []clause
	clauseToks   []int
	groupBuf     []group
	verbMatchBuf []dict.Match[dict.VerbRef]
	refBuf       []dict.VerbRef // backing array of every verbAt.refs
}

type verbAt struct {
	start, end int
	refs       []dict.VerbRef // every verb block with this form
}

// Code codes one sentence of txt. date is the article date as YYYYMMDD (0
// if unknown), used for date-restricted actor codes.
func (c *Coder) Code(txt string, s text.Sentence, date int) Result {
	toks := s.Tokens
	if len(toks) > MaxTokens {
		toks = toks[:MaxTokens]
	}
	st := sentencePool.Get().(*sentence)
	defer sentencePool.Put(st)
	st.reset(c, txt, toks, date)
	if d, phrase := st.discard(); d != Keep {
		return Result{Discard: d, Phrase: phrase}
	}
	st.classify()
	st.findActorsAgents()
	st.findVerbs()
	if c.opt.SpecialCodes {
		if d, phrase := st.specialCodes(); d != Keep {
			return Result{Discard: d, Phrase: phrase}
		}
	}
	st.buildMentions()
	st.deleteCommaClauses()
	return Result{Events: st.codeClauses()}
}

// sentencePool recycles the scratch space of coding one sentence; a
// sentence keeps nothing after Code returns (events copy what they need).
var sentencePool = sync.Pool{New: func() any { return &sentence{} }}

func ints(buf []int, n, fill int) []int {
	if cap(buf) < n {
		buf = make([]int, n)
	}
	buf = buf[:n]
	for i := range buf {
		buf[i] = fill
	}
	return buf
}

func (st *sentence) reset(c *Coder, txt string, toks []text.Token, date int) {
	st.c, st.txt, st.toks, st.date = c, txt, toks, date
	n := len(toks)
	st.norm = st.norm[:0]
	for _, t := range toks {
		st.norm = append(st.norm, t.Norm)
	}
	st.tk = c.m.Prepare(st.norm, st.tk.IDs)
	// the set of the sentence's word ids, as a bitset over the vocabulary
	if nb := (c.m.VocabSize() + 63) / 64; len(st.idBits) != nb {
		st.idBits = make([]uint64, nb)
	} else {
		for _, id := range st.wordIDs {
			st.idBits[id>>6] = 0
		}
	}
	st.wordIDs = st.wordIDs[:0]
	for _, id := range st.tk.IDs {
		if id >= 0 && st.idBits[id>>6]&(1<<(id&63)) == 0 {
			st.idBits[id>>6] |= 1 << (id & 63)
			st.wordIDs = append(st.wordIDs, id)
		}
	}
	st.actor = ints(st.actor, n, -1)
	st.actorEnd = ints(st.actorEnd, n, 0)
	st.agentEnd = ints(st.agentEnd, n, 0)
	st.agentIdx = ints(st.agentIdx, n, -1)
	st.inNP = ints(st.inNP, n, -1)
	st.pos = ints(st.pos, n, -1)
	st.verbs = st.verbs[:0]
	st.refBuf = st.refBuf[:0]
	st.mentions = st.mentions[:0]
	if cap(st.deleted) < n {
		st.deleted = make([]bool, n)
	}
	st.deleted = st.deleted[:n]
	clear(st.deleted)
}

// discard checks the discard phrases against the sentence.
func (st *sentence) discard() (Discard, string) {
	m := st.c.m
	ds := m.Discards()
	if len(ds) == 0 {
		return Keep, ""
	}
	best := Keep
	phrase := ""
	for i := range st.norm {
		m.DiscardAt(st.tk, i, func(k int) {
			kind := DiscardSentence
			if ds[k].Story {
				kind = DiscardStory
			}
			if kind > best {
				best, phrase = kind, ds[k].Text
			}
		})
	}
	return best, phrase
}

func (st *sentence) findActorsAgents() {
	n := len(st.toks)
	m := st.c.m
	for i := 0; i < n; {
		if mt, ok := m.Actor(st.tk, i); ok {
			for k := i; k < mt.End; k++ {
				st.actor[k] = mt.Val
			}
			st.actorEnd[i] = mt.End
			i = mt.End
			continue
		}
		i++
	}
	for i := 0; i < n; i++ {
		if st.actor[i] >= 0 {
			continue
		}
		if mt, ok := m.Agent(st.tk, i); ok {
			end := mt.End
			for k := i; k < mt.End; k++ {
				if st.actor[k] >= 0 {
					end = k
					break
				}
			}
			if end > i {
				st.agentEnd[i] = end
				st.agentIdx[i] = mt.Val
			}
		}
	}
}

// covered reports whether token i is part of an actor or agent phrase.
func (st *sentence) covered(i int) bool {
	if st.actor[i] >= 0 {
		return true
	}
	for k := i; k >= 0 && k > i-8; k-- {
		if st.agentEnd[k] > i {
			return true
		}
	}
	return false
}

var determiners = map[string]bool{
	"THE": true, "A": true, "AN": true, "ITS": true, "THEIR": true, "HIS": true,
	"HER": true, "OUR": true, "MY": true, "YOUR": true, "THESE": true, "THOSE": true,
	"EACH": true, "EVERY": true, "NO": true, "'S": true, "'": true,
}

// findVerbs marks verb forms that are not part of a name and are not used
// as nouns (after a determiner) or as names (capitalised inside the
// sentence).
func (st *sentence) findVerbs() {
	m := st.c.m
	for i := 0; i < len(st.toks); {
		if st.toks[i].Kind != text.Word || st.covered(i) {
			i++
			continue
		}
		mts := m.VerbsInto(st.verbMatchBuf, st.tk, i)
		st.verbMatchBuf = mts
		if len(mts) == 0 {
			i++
			continue
		}
		end := mts[0].End
		for k := i; k < end; k++ {
			if st.covered(k) {
				end = k
				break
			}
		}
		if end == i {
			i++
			continue
		}
		if st.nounContext(i) {
			i = end
			continue
		}
		a := len(st.refBuf)
		for _, mt := range mts {
			st.refBuf = append(st.refBuf, mt.Val)
		}
		refs := st.refBuf[a:len(st.refBuf):len(st.refBuf)]
		st.verbs = append(st.verbs, verbAt{start: i, end: end, refs: refs})
		for k := i; k < end; k++ {
			st.cls[k] |= clsVerb
		}
		i = end
	}
}

// nounContext reports whether the word at i is used as a noun or name:
// after a determiner, or capitalised in the middle of a mixed-case
// sentence.
func (st *sentence) nounContext(i int) bool {
	if st.cls[i]&clsModal != 0 {
		return true
	}
	// a determiner shortly before, with only modifiers between: "a brief
	// private visit", "his first official foreign visit", "an anti-
	// Gondor parade"
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := st.norm[k]
		if st.cls[k]&clsDet != 0 {
			return true
		}
		if k == i-1 && st.agentHead(k) {
			// "a senior official said": the role noun is the head and this
			// is its verb -- unless a singular noun meets a base form,
			// which is a compound noun: "a military clash"
			if !strings.HasSuffix(w, "S") && baseForm(st.norm[i]) {
				return true
			}
			break
		}
		if st.actor[k] >= 0 {
			// "anti- Gondor": a name used as a modifier
			s := k
			for s > 0 && st.actor[s-1] == st.actor[k] {
				s--
			}
			if s > 0 && strings.HasSuffix(st.norm[s-1], "-") {
				k = s - 1
				continue
			}
			break
		}
		if !st.modifier(k) {
			break
		}
	}
	if m := st.c.m; m.IsNoun(st.norm[i]) || m.IsAdjective(st.norm[i]) {
		return true
	}
	if i > 0 && st.mixedCase() {
		w := st.txt[st.toks[i].Start:st.toks[i].End]
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
	}
	return false
}

// modals are never the verb of an event ("should" is listed as a verb in
// some dictionaries; a parser would tag it MD).
var modals = map[string]bool{"WILL": true, "WOULD": true, "SHOULD": true, "CAN": true,
	"COULD": true, "MAY": true, "MIGHT": true, "MUST": true, "SHALL": true, "WO": true, "CA": true}

// commonAdjectives are frequent news adjectives and determiners-like
// modifiers that a noun phrase may contain before its head.
var commonAdjectives = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`NEW OLD FIRST SECOND THIRD FOURTH FIFTH LAST NEXT FINAL BRIEF
		PRIVATE PUBLIC OFFICIAL FOREIGN JOINT MAJOR MINOR SMALL LARGE BIG GREAT HIGH LOW FULL
		COMPLETE FORMAL INFORMAL RECENT LATE EARLY SENIOR JUNIOR TOP KEY MAIN CHIEF GENERAL
		SPECIAL SOCIAL POLITICAL MILITARY ECONOMIC DIPLOMATIC NATIONAL INTERNATIONAL REGIONAL
		LOCAL FEDERAL CIVIL HUMAN GOOD BAD EVIL AWFUL COOL NEAT REAL STRONG WEAK LONG SHORT
		HEAVY LIGHT DEEP OPEN SECRET FREE FRESH FURTHER OTHER SAME SUCH WHOLE OWN ENTIRE
		POSSIBLE SEVERAL MANY FEW VARIOUS ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN
		RARE ANNUAL DAILY WEEKLY MONTHLY BORDER PEACE TRADE SECURITY ARMED ANTI- PRO- NUCLEAR
		GLOBAL WORLD CROSS-BORDER IMMEDIATE FORMER CURRENT PRESENT FUTURE PAST PREVIOUS
		BILATERAL MULTILATERAL UNILATERAL SUDDEN SURPRISE FATAL DEADLY VIOLENT PEACEFUL
		NORTHERN SOUTHERN EASTERN WESTERN CENTRAL NORTHEASTERN NORTHWESTERN SOUTHEASTERN
		SOUTHWESTERN NORTH SOUTH EAST WEST NORTHEAST NORTHWEST SOUTHEAST SOUTHWEST UPPER LOWER
		REMOTE RURAL COASTAL OCCUPIED BESIEGED DISPUTED`) {
		commonAdjectives[w] = true
	}
}

// modifier reports whether token k can stand between a determiner and the
// head noun of its phrase.
func (st *sentence) modifier(k int) bool {
	t := st.toks[k]
	if t.Kind == text.Number {
		return true
	}
	if t.Kind != text.Word {
		return false
	}
	if st.cls[k]&clsAdj != 0 {
		return true
	}
	// hyphenated modifiers: "eight-country tour", "12-year rift"
	if w := st.norm[k]; strings.Contains(w, "-") && !strings.HasPrefix(w, "-") {
		return true
	}
	// a role noun used as a modifier: "official visit"
	for j := k; j >= 0 && j > k-6; j-- {
		if st.agentEnd[j] > k {
			return true
		}
	}
	return false
}

// irregularPast are common irregular past forms, which agree with any
// subject.
var irregularPast = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`SAID MET STRUCK FOUGHT SHOT HELD LED TOLD SENT BEGAN WON LOST
		TOOK GAVE LEFT BROKE THREW HIT CAUGHT FLED SOUGHT BROUGHT BOUGHT KEPT MADE SAW CAME WENT
		FELL RAN SPOKE STOOD TORE WROTE DREW FLEW GREW KNEW HUNG SET PUT CUT LET SHUT SPREAD BEAT
		PAID LAID SOLD WITHHELD WITHDREW SHOOK SWORE BLEW FORBADE OVERTOOK UPHELD BOUND`) {
		irregularPast[w] = true
	}
}

// baseForm reports whether a verb token looks uninflected (no -s, -ed,
// -ing; not an irregular past).
func baseForm(w string) bool {
	if irregularPast[w] {
		return false
	}
	if strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "ING") {
		return false
	}
	return !strings.HasSuffix(w, "S") || strings.HasSuffix(w, "SS")
}

// agentHead reports whether an agent phrase ends at token k.
func (st *sentence) agentHead(k int) bool {
	for j := k; j >= 0 && j > k-6; j-- {
		if st.agentEnd[j] == k+1 {
			return true
		}
	}
	return false
}

func (st *sentence) mixedCase() bool {
	for _, t := range st.toks {
		w := st.txt[t.Start:t.End]
		for j := 0; j < len(w); j++ {
			if w[j] >= 'a' && w[j] <= 'z' {
				return true
			}
		}
	}
	return false
}

// Word-class bits of a token, computed once per sentence (see classify).
const (
	clsStop uint8 = 1 << iota
	clsDet
	clsAux
	clsModal
	clsAdj  // a modifier: common adjective, adjective suffix, "anti-"
	clsVerb // part of a verb form found by findVerbs
)

// classify sets the word-class bits of every token.
func (st *sentence) classify() {
	n := len(st.norm)
	if cap(st.cls) < n {
		st.cls = make([]uint8, n)
	}
	st.cls = st.cls[:n]
	for i, w := range st.norm {
		var c uint8
		if stopwords[w] {
			c |= clsStop
		}
		if determiners[w] {
			c |= clsDet
		}
		if auxiliaries[w] {
			c |= clsAux
		}
		if modals[w] {
			c |= clsModal
		}
		if commonAdjectives[w] || st.isAdjective(w) || strings.HasSuffix(w, "-") {
			c |= clsAdj
		}
		st.cls[i] = c
	}
}

// hasID reports whether the sentence contains the dictionary word id.
func (st *sentence) hasID(id int32) bool {
	return id >= 0 && int(id>>6) < len(st.idBits) && st.idBits[id>>6]&(1<<(id&63)) != 0
}

// specialCodes applies TABARI's "###" (discard) and "+++" (complex) codes
// of the actors and verbs found in the sentence.
func (st *sentence) specialCodes() (Discard, string) {
	m := st.c.m
	kind := func(code, phrase string) (Discard, string) {
		switch code {
		case dict.DiscardCode:
			return DiscardSentence, phrase
		case "+++":
			return Complex, phrase
		}
		return Keep, ""
	}
	for i := range st.toks {
		if st.actorEnd[i] == 0 {
			continue
		}
		for _, code := range m.ActorCodes(st.actor[i], st.date) {
			if d, p := kind(code, st.norm[i]); d != Keep {
				return d, p
			}
		}
	}
	for _, v := range st.verbs {
		for _, ref := range v.refs {
			verb := &m.Dict.Verbs[ref.Verb]
			code := verb.Forms[ref.Form].Code
			if code == "" {
				code = verb.Code
			}
			if d, p := kind(code, st.norm[v.start]); d != Keep {
				return d, p
			}
		}
	}
	return Keep, ""
}
