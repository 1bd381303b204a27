package coder

import (
	"strings"

	"github.com/sitrep/sitrep/text"
)

// stopwords end a noun phrase: function words that a name or role noun is
// never made of.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`AND OR BUT NOR TO WITH FOR ON AT BY IN OF FROM INTO ONTO
		ABOUT AGAINST AFTER BEFORE SINCE UNTIL THAT WHICH WHO WHOM WHOSE WHILE WHEN WHERE
		IS ARE WAS WERE BE BEEN BEING HAS HAVE HAD WILL WOULD CAN COULD MAY MIGHT SHOULD
		MUST SHALL DO DOES DID NOT N'T THE A AN IT ITS THEY THEM THEIR HE HIM HIS SHE HER
		WE US OUR I ME MY YOU YOUR THIS THESE THOSE THERE THAN AS IF SO ALSO ALMOST
		BETWEEN AMONG DURING OVER UNDER THROUGH NEAR WITHOUT WITHIN ACROSS TOWARD TOWARDS
		PER VIA 'S ' YESTERDAY TODAY TOMORROW MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
		SATURDAY SUNDAY`) {
		stopwords[w] = true
	}
}

// possessives are possessive pronouns that point back to an actor.
var possessives = map[string]bool{"ITS": true, "THEIR": true, "HIS": true, "HER": true}

// group is a noun phrase built around actors and agents, before
// compounds are joined.
type group struct {
	start, end int
	actors     [][]string // codes of each actor named, in text order
	astart     []int      // token span of each actor
	aend       []int
	agents     []agentUse // in text order
	glued      bool       // actors came after "of/in/from" (agent of actor)
	former     bool       // "former ...": agents become elites (ELI)
}

type agentUse struct {
	code   string
	prefix bool
}

// component reports whether an actor or agent phrase starts at i, and where
// it ends.
func (st *sentence) component(i int) (end int, ok bool) {
	if i >= len(st.toks) {
		return 0, false
	}
	if st.actorEnd[i] > 0 {
		return st.actorEnd[i], true
	}
	if st.agentEnd[i] > 0 {
		return st.agentEnd[i], true
	}
	return 0, false
}

// filler reports whether token i may sit inside a noun phrase between its
// actor and agent words ("Dagolath's first Deputy Prime Minister").
func (st *sentence) filler(i int) bool {
	t := st.toks[i]
	if t.Kind != text.Word && t.Kind != text.Number {
		return false
	}
	if st.cls[i]&(clsStop|clsVerb) != 0 {
		return false
	}
	return true
}

func (st *sentence) isVerb(i int) bool { return st.cls[i]&clsVerb != 0 }

// addComponent adds the actor or agent phrase at i to g.
func (st *sentence) addComponent(g *group, i int) int {
	if st.actorEnd[i] > 0 {
		end := st.actorEnd[i]
		codes := st.c.m.ActorCodes(st.actor[i], st.date)
		g.actors = append(g.actors, codes)
		g.astart = append(g.astart, i)
		g.aend = append(g.aend, end)
		return end
	}
	// Every agent phrase that starts inside this one counts too ("human
	// rights activists" is both HUMAN_RIGHTS_ACTIVIST and RIGHTS_ACTIVIST).
	end := st.agentEnd[i]
	for k := i; k < end; k++ {
		if st.agentEnd[k] > 0 {
			a := st.c.m.Dict.Agents[st.agentIdx[k]]
			g.agents = append(g.agents, agentUse{code: a.Code, prefix: a.Prefix})
			if st.agentEnd[k] > end {
				end = st.agentEnd[k]
			}
		}
	}
	return end
}

// parseGroup reads one noun phrase starting at the component at i.
func (st *sentence) parseGroup(i int) group {
	g := group{start: i}
	g.former = i > 0 && st.norm[i-1] == "FORMER"
	lastWasActor := st.actorEnd[i] > 0
	j := st.addComponent(&g, i)
	for {
		k := j
		// possessive
		poss := false
		if k < len(st.toks) && (st.norm[k] == "'S" || st.norm[k] == "'") {
			k++
			poss = true
		}
		// fillers: modifiers after a name or a possessive ("Calenardhon
		// leader Calimehtar", "Dagolath's first Deputy Prime Minister");
		// after a role noun only names and titles ("Prime Minister
		// Falastur"), so that "the security council makes Russia ..." is
		// not one phrase
		f := 0
		for k < len(st.toks) && f < 3 && st.filler(k) {
			if _, ok := st.component(k); ok {
				break
			}
			if !lastWasActor && !poss && !st.capitalised(k) {
				break
			}
			k++
			f++
		}
		// adjective coordination inside the phrase: "awful and evil"
		if f > 0 && k+1 < len(st.toks) && st.norm[k] == "AND" && st.filler(k+1) {
			if _, ok := st.component(k + 1); !ok {
				k++
				for k < len(st.toks) && f < 5 && st.filler(k) {
					if _, ok := st.component(k); ok {
						break
					}
					k++
					f++
				}
			}
		}
		if k < len(st.toks) && st.norm[k] == "FORMER" && k+1 < len(st.toks) && st.isComponent(k+1) {
			g.former = true
			k++
		}
		if _, ok := st.component(k); ok && k < len(st.toks) {
			// two names side by side are two phrases ("gave Marroway
			// Tessinese weapons"), unless a role noun joins them
			if k == j && st.actorEnd[k] > 0 && lastWasActor {
				break
			}
			lastWasActor = st.actorEnd[k] > 0
			j = st.addComponent(&g, k)
			continue
		}
		// agent of/in/from actor(s)
		if len(g.actors) == 0 && len(g.agents) > 0 && k == j && k < len(st.toks) {
			switch st.norm[k] {
			case "OF", "IN", "FROM":
				q := k + 1
				for q < len(st.toks) && !st.isComponent(q) && (st.norm[q] == "THE" || st.filler(q)) && q < k+4 {
					q++
				}
				if q < len(st.toks) && st.actorEnd[q] > 0 {
					sub := st.parseCompound(q, true)
					for _, sg := range sub.groups {
						g.actors = append(g.actors, sg.codes())
						g.astart = append(g.astart, sg.start)
						g.aend = append(g.aend, sg.end)
					}
					g.glued = true
					j = sub.end
				}
			}
		}
		break
	}
	g.end = j
	return g
}

func (st *sentence) isComponent(i int) bool {
	_, ok := st.component(i)
	return ok
}

// codes returns the full codes of a group: each actor code (the first
// actor's, or with "of/in/from" every actor's) combined with the agents.
func (g *group) codes() []string {
	var bases []string
	switch {
	case len(g.actors) == 0:
		bases = []string{"---"}
	case g.glued:
		for _, a := range g.actors {
			bases = append(bases, a...)
		}
	default:
		bases = g.actors[0]
	}
	agents := g.agents
	if g.former && len(agents) > 0 {
		agents = []agentUse{{code: "ELI"}}
	}
	var out []string
	for _, b := range bases {
		out = appendUnique(out, combine(b, agents))
	}
	return out
}

// combine adds agent codes to an actor code, skipping an agent code that
// the actor code already contains on a 3-character boundary.
func combine(code string, agents []agentUse) string {
	for _, a := range agents {
		if a.code == "" || containsAligned(code, a.code) {
			continue
		}
		// an international militarized group (CAMEO IMG...) is armed
		// already: "Islamic State fighters" stay IMGMUSISI
		if strings.HasPrefix(code, "IMG") && !a.prefix && armedRoles[a.code] {
			continue
		}
		if a.prefix {
			if code == "---" {
				code = a.code
			} else {
				code = a.code + code
			}
		} else {
			code += a.code
		}
	}
	return code
}

// armedRoles are agent codes that only say "armed".
var armedRoles = map[string]bool{"REB": true, "MIL": true, "UAF": true, "INS": true}

func containsAligned(code, part string) bool {
	for i := 0; i+len(part) <= len(code); i += 3 {
		if code[i:i+len(part)] == part {
			return true
		}
	}
	return false
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

type compound struct {
	groups []group
	end    int
}

// parseCompound reads "A, B and C" starting at the component at i. With
// actorsOnly, only groups that name an actor are joined.
func (st *sentence) parseCompound(i int, actorsOnly bool) compound {
	return st.parseCompoundInto(nil, i, actorsOnly)
}

// parseCompoundInto is parseCompound appending the groups to buf.
func (st *sentence) parseCompoundInto(buf []group, i int, actorsOnly bool) compound {
	c := compound{groups: buf[:0]}
	g := st.parseGroup(i)
	c.groups = append(c.groups, g)
	c.end = g.end
	sawAnd := false
	for {
		k := c.end
		sawSep, comma, and := false, false, false
		if k < len(st.toks) && st.norm[k] == "," {
			k++
			sawSep, comma = true, true
		}
		if k < len(st.toks) && (st.norm[k] == "AND" || st.norm[k] == "OR" || st.norm[k] == "NOR") {
			k++
			sawSep, and = true, true
		}
		// "A and B, and C and D": the list "A and B" is complete
		if !sawSep || (sawAnd && comma) {
			break
		}
		q := k
		for q < len(st.toks) && q < k+4 && !st.isComponent(q) && (st.norm[q] == "THE" || st.filler(q)) {
			q++
		}
		if !st.isComponent(q) || (actorsOnly && st.actorEnd[q] == 0) {
			break
		}
		ng := st.parseGroup(q)
		// ", the Osgiliath newspaper said": after a bare comma, a phrase
		// with its own verb starts a clause, it does not extend the list
		if comma && !and && ng.end < len(st.toks) && st.isVerb(ng.end) {
			break
		}
		c.groups = append(c.groups, ng)
		c.end = ng.end
		sawAnd = sawAnd || and
	}
	return c
}

// buildMentions groups actors and agents into noun-phrase mentions.
func (st *sentence) buildMentions() {
	for i := 0; i < len(st.toks); {
		if !st.isComponent(i) {
			i++
			continue
		}
		c := st.parseCompoundInto(st.groupBuf, i, false)
		st.groupBuf = c.groups[:0] // reused once this mention is built
		// Agent-only groups take their actors from their neighbours:
		// "lawmakers and officials in Fornost and Gondor", "the Danish
		// media and government".
		for gi := range c.groups {
			g := &c.groups[gi]
			if len(g.actors) > 0 {
				continue
			}
			if gi+1 < len(c.groups) && c.groups[gi+1].glued {
				g.actors, g.glued = c.groups[gi+1].actors, true
				continue
			}
			if gi > 0 && len(c.groups[gi-1].actors) > 0 && !c.groups[gi-1].glued {
				prev := c.groups[gi-1]
				g.actors = prev.actors[:1]
				if len(prev.agents) > 1 {
					g.agents = append(append([]agentUse(nil), prev.agents[:len(prev.agents)-1]...), g.agents...)
				}
			}
		}
		// "its forces", "their troops": a possessive pronoun points back to
		// the first actor of the sentence, as a subject pronoun does
		if g := &c.groups[0]; len(g.actors) == 0 && g.start > 0 && possessives[st.norm[g.start-1]] {
			for _, m := range st.mentions {
				if len(m.base) > 0 {
					g.actors = [][]string{m.base}
					break
				}
			}
		}
		// "Ukrainian and Russian negotiators": a nationality adjective
		// shares the role noun of the phrase it is coordinated with
		if last := c.groups[len(c.groups)-1]; len(last.agents) > 0 {
			for gi := range c.groups[:len(c.groups)-1] {
				g := &c.groups[gi]
				if len(g.agents) == 0 && len(g.actors) == 1 && g.end-g.start == 1 && demonym(st.norm[g.start]) {
					g.agents = last.agents
				}
			}
		}
		// A role noun used as a modifier ("his first official foreign
		// visit", "a police station") names nobody: drop agent-only
		// phrases followed by more of their noun phrase.
		// (In a subject, "the official news agency said", the role noun
		// still tells who acted, as PETRARCH codes it.)
		if len(c.groups) == 1 && len(c.groups[0].actors) == 0 && st.nounMaterial(c.end) {
			e := c.end
			for e < len(st.toks) && e < c.end+6 && st.nounMaterial(e) {
				e++
			}
			if e >= len(st.toks) || st.cls[e]&clsVerb == 0 {
				i = c.end
				continue
			}
		}
		m := mention{start: c.groups[0].start, end: c.end}
		if g := c.groups[0]; len(g.actors) > 0 && !g.glued {
			m.base = g.actors[0]
		}
		for _, g := range c.groups {
			for _, code := range g.codes() {
				m.codes = appendUnique(m.codes, code)
				m.starts = append(m.starts, g.start)
				m.ends = append(m.ends, g.end)
			}
		}
		// A mention that is only null-coded actors names nobody.
		if len(m.codes) > 0 {
			idx := len(st.mentions)
			st.mentions = append(st.mentions, m)
			for k := m.start; k < m.end; k++ {
				st.inNP[k] = idx
			}
		}
		i = c.end
	}
	// Drop null codes ("---" actors such as BOROMIR [---]) from mentions.
	for mi := range st.mentions {
		m := &st.mentions[mi]
		var codes []string
		var ss, es []int
		for k, code := range m.codes {
			if code == "---" || code == "" {
				continue
			}
			codes = append(codes, code)
			ss = append(ss, m.starts[k])
			es = append(es, m.ends[k])
		}
		m.codes, m.starts, m.ends = codes, ss, es
	}
}

// isAdjective is a light test for words that modify nouns.
func (st *sentence) isAdjective(w string) bool {
	if st.c.m.IsAdjective(w) {
		return true
	}
	for _, suf := range []string{"FUL", "OUS", "IVE", "IC", "ABLE", "IBLE", "LESS", "ISH", "IAL", "AL"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// demonym reports whether w looks like a nationality adjective
// ("UKRAINIAN", "BRITISH", "CHINESE", "IRAQI", "GERMAN").
func demonym(w string) bool {
	for _, suf := range []string{"IAN", "ISH", "ESE", "AN", "I"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nounMaterial reports whether token i can continue a noun phrase.
func (st *sentence) nounMaterial(i int) bool {
	if i >= len(st.toks) {
		return false
	}
	t := st.toks[i]
	w := st.norm[i]
	if strings.HasSuffix(w, "ED") && len(w) > 4 {
		return false // a participle: "the drones involved in the attack"
	}
	return (t.Kind == text.Word || t.Kind == text.Number) && st.cls[i]&(clsStop|clsVerb) == 0 && w != "'S"
}

// capitalised reports whether token i starts with an upper-case letter in
// the text.
func (st *sentence) capitalised(i int) bool {
	w := st.txt[st.toks[i].Start:st.toks[i].End]
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
