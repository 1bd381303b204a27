package main

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/dict"
)

// inputs are the parsed sources of one generation.
type inputs struct {
	// Phoenix actor dictionaries: Phoenix.Countries, .International and
	// .MilNonState; nil ones are skipped.
	countries, international, nonState *dict.Dictionary
	agents                             *dict.Dictionary // Phoenix.agents
	skipped                            map[string]int   // source -> lines its reader could not read
	geo                                []country        // GeoNames countryInfo
	places                             map[string]bool  // keys of GeoNames city and region names
	common                             map[string]bool  // ordinary words (lower case in news text)
	hand                               *dict.Dictionary // the team's hand-written files in the output directory
	cur                                *curated
	// since leaves out the Phoenix people whose dated codes all end
	// before it (YYYYMMDD; 0 keeps everyone).
	since int
	// companies keeps the actors whose codes are all MNC codes.
	companies bool
}

// entry is one actor to write.
type entry struct {
	names []dict.Phrase // the first is the primary name
	codes []dict.DatedCode
}

// agentEntry is one agent to write.
type agentEntry struct {
	names  []dict.Phrase // singular first, then the other forms
	code   string
	prefix bool
}

// output is what one generation writes: the content of each file, and
// the report.
type output struct {
	actorFiles map[string][]*entry
	agents     []*agentEntry
	rep        *report
}

// Output file names.
const (
	fileCountries     = "countries.actors.sitrep"
	fileNational      = "national.actors.sitrep"
	filePeople        = "people.actors.sitrep"
	fileInternational = "international.actors.sitrep"
	fileNonState      = "nonstate.actors.sitrep"
	fileAgents        = "phoenix.agents.sitrep"
)

// report counts what generation kept and left out, by stage and reason.
type report struct {
	dropped map[string]map[string]int // stage -> reason -> names or entries
	notes   []string
}

func newReport() *report { return &report{dropped: map[string]map[string]int{}} }

func (r *report) drop(stage, why string) {
	m := r.dropped[stage]
	if m == nil {
		m = map[string]int{}
		r.dropped[stage] = m
	}
	m[why]++
}

// lines returns the report as sorted lines.
func (r *report) lines() []string {
	var out []string
	stages := make([]string, 0, len(r.dropped))
	for s := range r.dropped {
		stages = append(stages, s)
	}
	sort.Strings(stages)
	for _, s := range stages {
		whys := make([]string, 0, len(r.dropped[s]))
		for w := range r.dropped[s] {
			whys = append(whys, w)
		}
		sort.Strings(whys)
		for _, w := range whys {
			out = append(out, fmt.Sprintf("%s: left out %d (%s)", s, r.dropped[s][w], w))
		}
	}
	return append(out, r.notes...)
}

// generate derives the actor and agent entries from the inputs. It is
// deterministic: the same inputs give the same entries in the same order.
func generate(in *inputs) *output {
	rep := newReport()
	for src, n := range in.skipped {
		for range n {
			rep.drop(src, "line the reader could not use")
		}
	}
	hand := map[string]bool{}
	handAgents := map[string]bool{}
	if in.hand != nil {
		for _, a := range in.hand.Actors {
			for _, n := range a.Names {
				hand[key(n)] = true
			}
		}
		for _, a := range in.hand.Agents {
			for _, n := range a.Names {
				handAgents[key(n)] = true
			}
		}
	}
	// a role noun the team lists as an agent is never a generated actor
	for k := range handAgents {
		hand[k] = true
	}
	g := &gen{in: in, rep: rep, hand: hand, iso: map[string]bool{}}
	for _, c := range in.geo {
		g.iso[c.ISO3] = true
	}
	countries, owned, used := g.countries()
	files := map[string][]*entry{fileCountries: countries}
	if in.countries != nil {
		h := horizon(in.countries)
		for i, a := range in.countries.Actors {
			if used[i] {
				continue
			}
			e := g.entry(a, h, "Phoenix.Countries")
			if e == nil {
				continue
			}
			f := fileNational
			if dated(a.Codes) {
				f = filePeople
				if in.since > 0 && lastDate(e.codes) < in.since {
					g.rep.drop(filePeople+" actors", "no office since the -since date")
					continue
				}
			}
			files[f] = append(files[f], e)
		}
	}
	for _, src := range []struct {
		d    *dict.Dictionary
		name string
		file string
	}{{in.international, "Phoenix.International", fileInternational}, {in.nonState, "Phoenix.MilNonState", fileNonState}} {
		if src.d == nil {
			continue
		}
		h := horizon(src.d)
		for _, a := range src.d.Actors {
			if !in.companies && company(a.Codes) {
				g.rep.drop(src.name+" actors", "company (MNC code)")
				continue
			}
			if src.file == fileNonState {
				a = g.withoutDescriptions(a, src.name)
			}
			if e := g.entry(a, h, src.name); e != nil {
				files[src.file] = append(files[src.file], e)
			}
		}
	}
	g.resolve(files, owned)
	out := &output{actorFiles: files, rep: rep}
	if in.agents != nil {
		out.agents = g.agents(in.agents, handAgents)
	}
	return out
}

type gen struct {
	in   *inputs
	rep  *report
	hand map[string]bool
	iso  map[string]bool // the country codes of the GeoNames countries
}

// dated reports whether some code has a date restriction.
func dated(cs []dict.DatedCode) bool {
	for _, c := range cs {
		if !c.Default() {
			return true
		}
	}
	return false
}

// maxDate is the latest date a dictionary may mention (YYYYMMDD); later
// ones are typing errors.
const maxDate = 21000000

// horizon is the last date a dictionary mentions: its facts are known up
// to then and no further.
func horizon(d *dict.Dictionary) int {
	h := 0
	for _, a := range d.Actors {
		for _, c := range a.Codes {
			for _, x := range []int{c.From, c.To} {
				if x < maxDate && x > h {
					h = x
				}
			}
		}
	}
	return h
}

// entry cleans a Phoenix actor that is not a country: its names go
// through the name filters, and a code that holds "from a date on"
// (">date") is closed at the source's horizon, because the source does not
// know whether it still held afterwards (Phoenix lists ministers of 2010
// as ministers "from 2010").
func (g *gen) entry(a dict.Actor, h int, stage string) *entry {
	e := &entry{}
	for _, n := range a.Names {
		if p, why := g.filter(n); why != "" {
			g.rep.drop(stage, why)
		} else {
			e.names = append(e.names, p)
		}
	}
	closed := ""
	for _, c := range a.Codes {
		if c.From > 0 && c.To == 0 {
			if c.From > h {
				continue
			}
			c.To = h
			closed = c.Code
		}
		if c.To >= maxDate || c.From >= maxDate {
			g.rep.drop(stage, "code with a date after 2100")
			continue
		}
		if !slices.Contains(e.codes, c) {
			e.codes = append(e.codes, c)
		}
	}
	if closed != "" {
		// after the horizon only the country is known, not the office
		after := dict.DatedCode{Code: dict.NullCode, From: nextDay(h)}
		if len(closed) >= 3 && g.iso[closed[:3]] {
			after.Code = closed[:3]
		}
		e.codes = append(e.codes, after)
	}
	if len(e.codes) == 0 {
		g.rep.drop(stage+" actors", "no code left")
		return nil
	}
	return e
}

// nextDay is the day after the YYYYMMDD date d.
func nextDay(d int) int {
	t, err := time.Parse("20060102", fmt.Sprintf("%08d", d))
	if err != nil {
		return d + 1
	}
	n, _ := strconv.Atoi(t.AddDate(0, 0, 1).Format("20060102"))
	return n
}

// filter cleans one name of a non-country actor and tells why it is left
// out, if it is.
func (g *gen) filter(n dict.Phrase) (dict.Phrase, string) {
	p, ok := cleanPhrase(n)
	if !ok {
		return nil, whyChars
	}
	k := key(p)
	cur := g.in.cur
	switch {
	case g.hand[k]:
		return nil, whyHand
	case cur.drop[k]:
		return nil, whyDropList
	case cur.keep[k]:
		return p, ""
	case !hasLetter(p):
		return nil, whyNoLetter
	case len(p) == 1 && len([]rune(p[0].Text)) <= 2:
		return nil, whyShort
	case len(p) == 1 && g.in.common[p[0].Text]:
		return nil, whyCommon
	case g.in.places[k]:
		return nil, whyPlace
	}
	return p, ""
}

// resolve removes names that several entries share: a country's name
// stays with the country; the same name under entries whose codes agree
// on the first three letters stays with the first; a name under entries
// with different codes is removed from all of them. Entries left without
// names are removed, and every file is sorted by primary name.
func (g *gen) resolve(files map[string][]*entry, owned map[string]bool) {
	order := []string{fileNational, filePeople, fileInternational, fileNonState}
	type use struct {
		e    *entry
		file string
	}
	uses := map[string][]use{}
	for _, f := range order {
		for _, e := range files[f] {
			seen := map[string]bool{}
			var names []dict.Phrase
			for _, n := range e.names {
				k := key(n)
				if seen[k] {
					continue
				}
				seen[k] = true
				names = append(names, n)
				uses[k] = append(uses[k], use{e, f})
			}
			e.names = names
		}
	}
	remove := map[*entry]map[string]bool{}
	mark := func(e *entry, k string) {
		if remove[e] == nil {
			remove[e] = map[string]bool{}
		}
		remove[e][k] = true
	}
	for k, us := range uses {
		switch {
		case owned[k]:
			for _, u := range us {
				mark(u.e, k)
				g.rep.drop(u.file, whyCountry)
			}
		case len(us) > 1 && sameOwner(us[0].e, us[1:], func(u use) *entry { return u.e }):
			for _, u := range us[1:] {
				mark(u.e, k)
				g.rep.drop(u.file, whyDuplicate)
			}
		case len(us) > 1:
			for _, u := range us {
				mark(u.e, k)
				g.rep.drop(u.file, whyAmbiguous)
			}
		}
	}
	for _, f := range order {
		var kept []*entry
		for _, e := range files[f] {
			if rm := remove[e]; rm != nil {
				var names []dict.Phrase
				for _, n := range e.names {
					if !rm[key(n)] {
						names = append(names, n)
					}
				}
				e.names = names
			}
			if len(e.names) == 0 {
				g.rep.drop(f+" actors", "no name left")
				continue
			}
			kept = append(kept, e)
		}
		files[f] = kept
	}
	for _, f := range sortedKeys(files) {
		es := files[f]
		cut := 0
		for _, e := range es {
			e.sortNames()
			sortCodes(e.codes)
			var changed bool
			if e.codes, changed = clipRanges(e.codes); changed {
				cut++
			}
		}
		if cut > 0 {
			g.rep.notes = append(g.rep.notes, fmt.Sprintf("%s: overlapping date ranges cut to the days no earlier range covers, in %d actors", f, cut))
		}
		sort.SliceStable(es, func(i, j int) bool { return written(es[i].names[0]) < written(es[j].names[0]) })
	}
}

// sameOwner reports whether the entries of us have the codes of first, or
// codes that all begin with the same three letters as first's.
func sameOwner[T any](first *entry, us []T, e func(T) *entry) bool {
	root := codeRoot(first.codes)
	if root == "" {
		return false
	}
	for _, u := range us {
		if codeRoot(e(u).codes) != root {
			return false
		}
	}
	return true
}

// codeRoot is the common first three letters of codes, or "".
func codeRoot(cs []dict.DatedCode) string {
	root := ""
	for _, c := range cs {
		if len(c.Code) < 3 {
			return ""
		}
		switch r := c.Code[:3]; {
		case root == "":
			root = r
		case r != root:
			return ""
		}
	}
	return root
}

// sortNames keeps the primary name first and sorts the synonyms.
func (e *entry) sortNames() {
	if len(e.names) < 2 {
		return
	}
	rest := e.names[1:]
	sort.Slice(rest, func(i, j int) bool { return written(rest[i]) < written(rest[j]) })
}

// sortCodes orders codes as they are written: default codes first, then
// date restrictions by start and end date.
func sortCodes(cs []dict.DatedCode) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Default() != b.Default() {
			return a.Default()
		}
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Code < b.Code
	})
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// agents keeps the Phoenix agent phrases of more than one word (a single
// role word such as "deputy", "actor" or "school" is too often something
// else; the team's hand-written agents file lists the single words it
// trusts), minus the curated drop list and the phrases the hand-written
// agents define.
func (g *gen) agents(d *dict.Dictionary, hand map[string]bool) []*agentEntry {
	const stage = "Phoenix.agents"
	var out []*agentEntry
	uses := map[string][]*agentEntry{}
	for _, a := range d.Agents {
		e := &agentEntry{code: a.Code, prefix: a.Prefix}
		first := true
		dropAll := false
		for _, n := range a.Names {
			p, ok := cleanPhrase(n)
			switch {
			case !ok:
				g.rep.drop(stage, whyChars)
			case first && g.in.cur.dropAgent[key(p)]:
				g.rep.drop(stage, whyDropList)
				dropAll = true
			case len(p) < 2:
				g.rep.drop(stage, "single word")
			case hand[key(p)]:
				g.rep.drop(stage, whyHand)
			default:
				e.names = append(e.names, p)
			}
			first = false
			if dropAll {
				break
			}
		}
		if dropAll || len(e.names) == 0 {
			continue
		}
		var names []dict.Phrase
		for _, n := range e.names {
			k := key(n)
			if slices.Contains(uses[k], e) {
				continue
			}
			uses[k] = append(uses[k], e)
			names = append(names, n)
		}
		e.names = names
		out = append(out, e)
	}
	remove := map[*agentEntry]map[string]bool{}
	for k, es := range uses {
		if len(es) < 2 {
			continue
		}
		same := true
		for _, e := range es[1:] {
			if e.code != es[0].code || e.prefix != es[0].prefix {
				same = false
			}
		}
		from := 1
		why := whyDuplicate
		if !same {
			from, why = 0, whyAmbiguous
		}
		for _, e := range es[from:] {
			if remove[e] == nil {
				remove[e] = map[string]bool{}
			}
			remove[e][k] = true
			g.rep.drop(stage, why)
		}
	}
	var kept []*agentEntry
	for _, e := range out {
		var names []dict.Phrase
		for _, n := range e.names {
			if !remove[e][key(n)] {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			continue
		}
		e.names = names
		kept = append(kept, e)
	}
	sort.SliceStable(kept, func(i, j int) bool { return written(kept[i].names[0]) < written(kept[j].names[0]) })
	return kept
}

// lastDate is the last date the dated codes of an entry cover, not
// counting the code that only says the country after the source's horizon.
func lastDate(cs []dict.DatedCode) int {
	last := 0
	for _, c := range cs {
		if c.Default() || (c.To == 0 && len(c.Code) <= 3) {
			continue
		}
		end := c.To
		if end == 0 {
			end = maxDate
		}
		last = max(last, end)
	}
	return last
}

// company reports whether every code is a company (MNC) code.
func company(cs []dict.DatedCode) bool {
	for _, c := range cs {
		if !strings.HasPrefix(c.Code, "MNC") {
			return false
		}
	}
	return len(cs) > 0
}

// functionWords may join the ordinary words of a description.
var functionWords = map[string]bool{"THE": true, "OF": true, "AND": true, "FOR": true, "IN": true,
	"TO": true, "A": true, "'S": true, "'": true}

// withoutDescriptions drops the names of a in which every word is an
// ordinary word: "Red Line", "New Order", "Popular Resistance", "Direct
// Action" name militant groups in the START list, but in news text they
// are far more often just words.
func (g *gen) withoutDescriptions(a dict.Actor, stage string) dict.Actor {
	var names []dict.Phrase
	for _, n := range a.Names {
		p, ok := cleanPhrase(n)
		if ok && len(p) > 1 && !g.in.cur.keep[key(p)] && g.ordinary(p) {
			g.rep.drop(stage, whyDescription)
			continue
		}
		names = append(names, n)
	}
	a.Names = names
	return a
}

// ordinary reports whether every word of p is an ordinary word.
func (g *gen) ordinary(p dict.Phrase) bool {
	for _, w := range p {
		if !g.in.common[w.Text] && !functionWords[w.Text] {
			return false
		}
	}
	return true
}
