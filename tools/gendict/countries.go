package main

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/dict"
)

// roleCodes are the CAMEO role and sector codes. A six-letter code whose
// last three letters are one of them names part of a country (USAGOV); one
// whose last three are not names a territory (USAPRI, GBRGIB).
var roleCodes = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`GOV MIL REB OPP COP JUD LEG PTY SPY ELI BUS MED CVL EDU HLH REF
		LAB AGR ENV HRI DEV UAF CRM INS SEP MOD RAD IGO NGO MNC NGM IMG UIS RES AMN MUS CHR JEW
		HIN BUD REL SHI SUN`) {
		roleCodes[c] = true
	}
}

// territorial reports whether the code an entry holds today names a
// country or a territory, not a part of one (its earlier codes may name
// the country it was part of: Eritrea was ETHERIAUT).
func territorial(cs []dict.DatedCode) bool {
	c, ok := currentCode(cs)
	switch {
	case !ok:
		return false
	case len(c.Code) == 3 && c.Code != dict.NullCode:
		return true
	case len(c.Code) == 6 && !roleCodes[c.Code[3:]]:
		return true
	}
	return false
}

// currentCode is the code a country block holds today: its default code,
// else the one restricted to "from a date on".
func currentCode(cs []dict.DatedCode) (dict.DatedCode, bool) {
	for _, c := range cs {
		if c.Default() {
			return c, true
		}
	}
	for _, c := range cs {
		if c.From > 0 && c.To == 0 {
			return c, true
		}
	}
	return dict.DatedCode{}, false
}

// stateWords may stand beside a country's name in a longer form of it:
// "Islamic Republic of Iran", "Kingdom of Saudi Arabia".
var stateWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`REPUBLIC OF THE KINGDOM STATE STATES FEDERAL FEDERATION
		FEDERATIVE DEMOCRATIC PEOPLE PEOPLES 'S ' ISLAMIC ARAB SOCIALIST UNITED EMIRATE EMIRATES
		SULTANATE PRINCIPALITY GRAND DUCHY COMMONWEALTH UNION PLURINATIONAL BOLIVARIAN HASHEMITE
		AND ISLANDS ISLAND INDEPENDENT NATION CONFEDERATION SOVEREIGN TERRITORY TERRITORIES`) {
		stateWords[w] = true
	}
}

// demonymEndings end a regular demonym or adjective made from a country's
// name ("SYRIA" -> "SYRIAN", "CHINA" -> "CHINESE"); the plural forms are
// for nouns ("Syrians").
var demonymEndings = []string{"", "N", "AN", "IAN", "I", "ESE", "ISH", "ER", "EAN", "IEN",
	"NS", "ANS", "IANS", "IS", "ERS", "EANS"}

// nameTails may be dropped from a country's name to make its demonym
// ("GERMANY" -> "GERMAN", "AFGHANISTAN" -> "AFGHAN").
var nameTails = []string{"Y", "ISTAN", "STAN", "IA", "E", "A", "S"}

// demonym reports whether c is a regular demonym of the country name f,
// and how many leading letters their last words share.
func demonym(c, f dict.Phrase) (int, bool) {
	if len(c) != len(f) || len(c) == 0 {
		return 0, false
	}
	for i := range len(c) - 1 {
		if c[i].Text != f[i].Text {
			return 0, false
		}
	}
	lc, lf := c[len(c)-1].Text, f[len(f)-1].Text
	if !letters(lc) || !letters(lf) || lc == lf {
		return 0, false
	}
	p := 0
	for p < len(lc) && p < len(lf) && lc[p] == lf[p] {
		p++
	}
	if p < 4 || p < len(lf)-5 {
		return 0, false
	}
	rest := lc[p:]
	if !slices.Contains(demonymEndings, rest) {
		return 0, false
	}
	if rest == "" && !slices.Contains(nameTails, lf[p:]) {
		return 0, false
	}
	return p, true
}

// stateForm reports whether c is made of the words of the country's names
// and state words, with at least one name word: "ISLAMIC_REPUBLIC_OF_IRAN".
func stateForm(c dict.Phrase, words map[string]bool) bool {
	if len(c) < 2 {
		return false
	}
	named := false
	for _, w := range c {
		switch {
		case words[w.Text] && !stateWords[w.Text]:
			named = true
		case words[w.Text] || stateWords[w.Text]:
		default:
			return false
		}
	}
	return named
}

// claim is a country's claim on a name; the strongest claim wins.
type claim struct {
	iso   string
	score float64
	p     dict.Phrase
}

// Claim strengths.
const (
	scoreCurated  = 4 // curated.txt names the country
	scoreOfficial = 3 // the GeoNames name or the Phoenix entry's primary name
	scoreCapital  = 2 // the capital (plus a tiny share of the population, to break ties)
	scoreDerived  = 1 // a Phoenix synonym that is a demonym or a longer form of the name
)

// countries builds one entry per GeoNames country or territory: its names,
// demonyms and capital, with the code and the date-restricted history of
// the Phoenix country entry that names it. It returns the entries, the
// keys of the names they own, and the indices of the Phoenix actors used.
func (g *gen) countries() ([]*entry, map[string]bool, map[int]bool) {
	const stage = "countries"
	cur := g.in.cur
	official := map[string][]dict.Phrase{}
	index := map[string][]string{} // GeoNames name key -> ISO3s
	addIndex := func(k, iso string) {
		if !slices.Contains(index[k], iso) {
			index[k] = append(index[k], iso)
		}
	}
	for _, c := range g.in.geo {
		if p, ok := cleanPhrase(phrase(c.Name)); ok {
			official[c.ISO3] = withFolded([]dict.Phrase{p})
			for _, f := range official[c.ISO3] {
				addIndex(key(f), c.ISO3)
			}
		}
	}
	// Phoenix country entries, by the country their names match.
	geoISO := map[string]bool{}
	for _, c := range g.in.geo {
		geoISO[c.ISO3] = true
	}
	blocks := map[string][]dict.Actor{}
	used := map[int]bool{}
	if g.in.countries != nil {
		for i, a := range g.in.countries.Actors {
			if !territorial(a.Codes) {
				continue
			}
			var isos []string
			if p, ok := cleanPhrase(a.Names[0]); ok && len(index[key(p)]) == 1 {
				isos = index[key(p)]
			}
			for _, n := range a.Names {
				if len(isos) == 1 {
					break
				}
				if p, ok := cleanPhrase(n); ok {
					for _, iso := range index[key(p)] {
						if !slices.Contains(isos, iso) {
							isos = append(isos, iso)
						}
					}
				}
			}
			iso := ""
			cc, hasCC := currentCode(a.Codes)
			switch {
			case hasCC && slices.Contains(isos, cc.Code[:3]):
				iso = cc.Code[:3]
			case len(isos) == 1:
				iso = isos[0]
			case len(isos) == 0 && hasCC && len(cc.Code) == 3 && geoISO[cc.Code]:
				iso = cc.Code // a second entry of a country, under another name
			}
			if iso == "" {
				if len(isos) > 1 {
					g.rep.notes = append(g.rep.notes, "countries: Phoenix entry "+written(a.Names[0])+" names several countries ("+strings.Join(isos, " ")+"); kept as an ordinary entry")
				}
				continue
			}
			blocks[iso] = append(blocks[iso], a)
			used[i] = true
		}
	}
	claims := map[string][]claim{}
	add := func(iso string, p dict.Phrase, score float64) {
		k := key(p)
		for i, c := range claims[k] {
			if c.iso == iso {
				if score > c.score {
					claims[k][i].score = score
				}
				return
			}
		}
		claims[k] = append(claims[k], claim{iso, score, p})
	}
	codes := map[string][]dict.DatedCode{}
	for _, c := range g.in.geo {
		iso := c.ISO3
		for _, p := range official[iso] {
			add(iso, p, scoreOfficial)
		}
		for _, p := range cur.names[iso] {
			add(iso, p, scoreCurated)
		}
		if cp, ok := cleanPhrase(phrase(c.Capital)); ok {
			for _, p := range withFolded([]dict.Phrase{cp}) {
				add(iso, p, scoreCapital+float64(c.Population)*1e-12)
			}
		}
		// the names the candidates are judged against
		forms := append([]dict.Phrase(nil), official[iso]...)
		forms = append(forms, cur.names[iso]...)
		for _, a := range blocks[iso] {
			if p, ok := cleanPhrase(a.Names[0]); ok {
				forms = append(forms, p)
				add(iso, p, scoreOfficial)
			}
		}
		words := map[string]bool{}
		for _, f := range forms {
			for _, w := range f {
				words[w.Text] = true
			}
		}
		type cand struct {
			p      dict.Phrase
			prefix int // letters shared with the name it is a demonym of; -1 if none
			exact  bool
		}
		var cands []cand
		for _, a := range blocks[iso] {
			for _, n := range a.Names[1:] {
				p, ok := cleanPhrase(n)
				if !ok {
					g.rep.drop(stage, whyChars)
					continue
				}
				c := cand{p: p, prefix: -1}
				for _, f := range forms {
					if key(f) == key(p) {
						c.exact = true
					}
					if n, ok := demonym(p, f); ok && n > c.prefix {
						c.prefix = n
					}
				}
				if c.prefix >= 0 {
					for _, w := range p {
						words[w.Text] = true
					}
				}
				cands = append(cands, c)
			}
		}
		for _, c := range cands {
			switch {
			case c.exact:
				add(iso, c.p, scoreOfficial)
			case c.prefix >= 0:
				add(iso, c.p, scoreDerived+float64(c.prefix)*0.01)
			case stateForm(c.p, words):
				add(iso, c.p, scoreDerived)
			default:
				g.rep.drop(stage, whyNotName)
			}
		}
		// the code: curated, else the Phoenix entry's, else the ISO code;
		// the Phoenix entry's earlier codes stay with their dates
		code := dict.DatedCode{Code: iso}
		var history []dict.DatedCode
		if len(blocks[iso]) > 0 {
			if cc, ok := currentCode(blocks[iso][0].Codes); ok {
				code = dict.DatedCode{Code: cc.Code}
			}
			for _, a := range blocks[iso] {
				for _, cd := range a.Codes {
					if cd.Default() || (cd.From > 0 && cd.To == 0) {
						continue
					}
					if !slices.Contains(history, cd) {
						history = append(history, cd)
					}
				}
			}
		}
		if cc, ok := cur.code[iso]; ok {
			code = dict.DatedCode{Code: cc}
		}
		codes[iso] = append([]dict.DatedCode{code}, history...)
	}
	// every name goes to its strongest claim; a tie leaves it out
	names := map[string][]dict.Phrase{}
	owned := map[string]bool{}
	for _, k := range sortedKeys(claims) {
		cs := claims[k]
		best := 0
		for i, c := range cs {
			if c.score > cs[best].score {
				best = i
			}
		}
		tie := false
		for i, c := range cs {
			if i != best && c.score == cs[best].score {
				tie = true
			}
		}
		w := cs[best]
		switch {
		case g.hand[k]:
			g.rep.drop(stage, whyHand)
		case cur.drop[k]:
			g.rep.drop(stage, whyDropList)
		case cur.notCountry[k] && w.score < scoreCurated:
			g.rep.drop(stage, whyNoCountry)
		case tie:
			g.rep.drop(stage, whyAmbiguous)
			g.rep.notes = append(g.rep.notes, "countries: "+k+" left out: claimed by "+isos(cs))
		default:
			names[w.iso] = append(names[w.iso], w.p)
			owned[k] = true
			for i := range cs {
				if i != best {
					g.rep.drop(stage, "name of another country")
				}
			}
		}
	}
	var out []*entry
	for _, c := range g.in.geo {
		ns := names[c.ISO3]
		if len(ns) == 0 {
			g.rep.drop(stage+" actors", "no name left")
			g.rep.notes = append(g.rep.notes, "countries: no name left for "+c.ISO3+" "+c.Name)
			continue
		}
		// the GeoNames name first
		if len(official[c.ISO3]) > 0 {
			pk := key(official[c.ISO3][0])
			for i, n := range ns {
				if key(n) == pk {
					ns[0], ns[i] = ns[i], ns[0]
					break
				}
			}
		}
		out = append(out, &entry{names: ns, codes: codes[c.ISO3]})
	}
	for _, e := range out {
		e.sortNames()
		sortCodes(e.codes)
	}
	slices.SortStableFunc(out, func(a, b *entry) int { return strings.Compare(written(a.names[0]), written(b.names[0])) })
	return out, owned, used
}

func isos(cs []claim) string {
	var s []string
	for _, c := range cs {
		s = append(s, c.iso)
	}
	return strings.Join(s, " ")
}
