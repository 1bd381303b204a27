package dict

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// The PETRARCH-1 dictionary formats are described in PETRARCH's
// documentation ("PETRARCH Dictionary Formats"); they extend the TABARI
// formats. In every file, <!-- ... --> (possibly over several lines), '#'
// and ';' start comments ('#' and ';' only outside [...], so that the codes
// [###] survive), and blank lines are ignored. A bad line is reported as an
// Error with its position and skipped; reading goes on. A few defects that
// leave the line usable (text after the codes, a control character in a
// name, a second code in a verb block header) are reported too, and the
// line is kept.

// ReadPetrarchActors reads a PETRARCH-1 actors dictionary:
//
//	PHRASE [CODE]              a primary phrase, optionally with codes
//	+PHRASE                    a synonym of the actor above
//		[CODE restriction]     an indented code, restricted to <date, >date,
//		                       date-date, or unrestricted
//	ALBRIGHT [USAGOV 991201-010114] [---]   TABARI style: codes on one line
//	THE_SHIRE [FRO/BIL/SAM]    a compound actor: one code per part
//
// Words are separated by blanks or underscores and matched exactly.
func ReadPetrarchActors(r io.Reader, file string) (*Dictionary, ErrorList) {
	return readActors(r, file, false)
}

// ReadPetrarchAgents reads a PETRARCH-1 agents dictionary:
//
//	!PERSON! = MAN, MEN, WOMAN   a substitution set
//	PHRASE [~CODE]               an agent whose code follows the actor code
//	PHRASE [CODE~]               one whose code precedes it (NGO~)
//	PHRASE {PLURAL ...} [~CODE]  irregular plurals; {} means none
//	CONGRESS!PERSON! [~LEG]      one phrase per member of the set
//
// Without {...} the regular plural of the last word is added.
func ReadPetrarchAgents(r io.Reader, file string) (*Dictionary, ErrorList) {
	return readAgents(r, file, false)
}

// ReadPetrarchDiscards reads a PETRARCH-1 discard list: one phrase a line;
// a leading '+' discards the whole story, a trailing '_' requires the match
// to end at a word boundary.
func ReadPetrarchDiscards(r io.Reader, file string) (*Dictionary, ErrorList) {
	sc := newScanner(r, file)
	d := &Dictionary{}
	for sc.next() {
		l := sc.line
		t := l.text
		dc := Discard{Pos: sc.pos(l.n)}
		if strings.HasPrefix(t, "+") {
			dc.Story = true
			t = t[1:]
		}
		t = strings.TrimSpace(t)
		if strings.HasSuffix(t, "_") {
			dc.WholeWord = true
		}
		if strings.ContainsAny(t, "[]{}") {
			sc.errorf(l.n, "discard phrase contains brackets: %q", t)
			continue
		}
		dc.Text = strings.Join(upperWords(t), " ")
		if dc.Text == "" {
			sc.errorf(l.n, "empty discard phrase")
			continue
		}
		d.Discards = append(d.Discards, dc)
	}
	return d, sc.errors()
}

// phraseOf parses a dictionary phrase in PETRARCH (exact words) or TABARI
// (stems unless followed by '_') syntax and returns it with the variants
// that the format implies: in TABARI the regular plural of an exact last
// word, which TABARI recognises by itself.
func phraseOf(s string, tabari bool) []Phrase {
	if !tabari {
		p := exactPhrase(s)
		if p == nil {
			return nil
		}
		return []Phrase{p}
	}
	p, noEndings := tabariPhrase(s)
	if p == nil {
		return nil
	}
	out := []Phrase{p}
	if !noEndings && !p[len(p)-1].Stem {
		out = append(out, pluralVariants(p)...)
	}
	return out
}

func readActors(r io.Reader, file string, tabari bool) (*Dictionary, ErrorList) {
	sc := newScanner(r, file)
	sc.tildeEnds, sc.slash = tabari, tabari
	d := &Dictionary{}
	var cur *Actor
	// codeless: cur has no codes and no code line so far. A codeless
	// primary line directly below such an actor is its synonym: the
	// Phoenix files list a person's names on consecutive lines, then the
	// codes.
	codeless := false
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.Codes) == 0 {
			sc.errorf(cur.Pos.Line, "actor %s has no code", phraseKey(cur.Names[0]))
		} else {
			d.Actors = append(d.Actors, *cur)
		}
		cur = nil
	}
	addCodes := func(n int, blocks []string) {
		for _, b := range blocks {
			codeless = false
			cs, err := parseActorCode(b)
			if err != nil {
				sc.errorf(n, "%v", err)
				continue
			}
			for _, c := range cs {
				if !slices.Contains(cur.Codes, c) {
					cur.Codes = append(cur.Codes, c)
				}
			}
		}
	}
	var section string // TABARI <NOUN> or <ADJECTIVE>
	for sc.next() {
		l := sc.line
		t := l.text
		if tabari {
			if tag, ok := sectionTag(t); ok {
				flush()
				section = sectionChange(sc, l.n, section, tag)
				continue
			}
			if section != "" {
				addWordList(sc, d, section, l)
				continue
			}
		}
		sg, err := splitLine(strings.TrimPrefix(t, "+"))
		if err == nil && sg.after != "" {
			sc.errorf(l.n, "text between or after codes ignored: %q", sg.after)
		}
		if err == nil && sg.hasForms {
			err = errors.New("{...} in an actor line")
		}
		if err != nil {
			sc.errorf(l.n, "%v", err)
			if t[0] != '+' && t[0] != '[' {
				// A bad primary line: what follows is not the actor above.
				flush()
			}
			continue
		}
		switch {
		case t[0] == '[':
			// An (indented) code line for the actor above.
			if cur == nil {
				sc.errorf(l.n, "code line with no actor before it")
				continue
			}
			addCodes(l.n, sg.codes)
		case t[0] == '+':
			if cur == nil {
				sc.errorf(l.n, "synonym with no actor before it")
				continue
			}
			names := phraseOf(sg.text, tabari)
			if names == nil {
				sc.errorf(l.n, "empty synonym")
				continue
			}
			cur.Names = append(cur.Names, names...)
			addCodes(l.n, sg.codes)
		default:
			names := phraseOf(sg.text, tabari)
			if names == nil {
				sc.errorf(l.n, "empty actor phrase")
				continue
			}
			if cur != nil && codeless && !l.afterBlank && len(sg.codes) == 0 {
				cur.Names = append(cur.Names, names...)
				continue
			}
			flush()
			cur = &Actor{Names: names, Pos: sc.pos(l.n)}
			codeless = true
			addCodes(l.n, sg.codes)
		}
	}
	flush()
	if section != "" {
		sc.errorf(sc.n, "<%s> section not closed by </%s>", section, section)
	}
	return d, sc.errors()
}

// agentLine is an agent entry kept until the substitution sets are known.
type agentLine struct {
	n    int
	text string
}

func readAgents(r io.Reader, file string, tabari bool) (*Dictionary, ErrorList) {
	sc := newScanner(r, file)
	sc.tildeEnds, sc.slash = tabari, tabari
	d := &Dictionary{}
	subst := map[string][]string{}
	var lines []agentLine
	for sc.next() {
		l := sc.line
		if name, items, ok, err := substitution(l.text); ok {
			if err != nil {
				sc.errorf(l.n, "%v", err)
				continue
			}
			subst[name] = items
			continue
		}
		lines = append(lines, agentLine{l.n, l.text})
	}
	for _, al := range lines {
		a, err := parseAgent(al.text, subst, tabari)
		if err != nil {
			sc.errorf(al.n, "%v", err)
			continue
		}
		a.Pos = sc.pos(al.n)
		d.Agents = append(d.Agents, a)
	}
	return d, sc.errors()
}

// substitution parses "!NAME! = A, B, C". ok reports whether the line is a
// substitution set at all.
func substitution(t string) (name string, items []string, ok bool, err error) {
	lhs, rhs, found := strings.Cut(t, "=")
	lhs = strings.TrimSpace(lhs)
	if !found || len(lhs) < 3 || lhs[0] != '!' || lhs[len(lhs)-1] != '!' || strings.ContainsAny(lhs, "[{") {
		return "", nil, false, nil
	}
	name = strings.ToUpper(lhs)
	if strings.ContainsAny(name[1:len(name)-1], "! \t") {
		return "", nil, true, fmt.Errorf("bad substitution marker %q", lhs)
	}
	for _, it := range strings.Split(rhs, ",") {
		it = strings.ToUpper(strings.Join(strings.Fields(it), ""))
		if strings.ContainsAny(it, "![]{}") {
			return "", nil, true, fmt.Errorf("substitution set %s: bad item %q", name, it)
		}
		if it != "" {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return "", nil, true, fmt.Errorf("substitution set %s is empty", name)
	}
	return name, items, true, nil
}

// parseAgent parses "PHRASE {PLURALS} [~CODE]".
func parseAgent(t string, subst map[string][]string, tabari bool) (Agent, error) {
	var a Agent
	sg, err := splitLine(t)
	if err != nil {
		return a, err
	}
	if sg.after != "" {
		return a, fmt.Errorf("text after the code or plurals: %q", sg.after)
	}
	switch len(sg.codes) {
	case 0:
		return a, errors.New("agent has no [code]")
	case 1:
	default:
		return a, errors.New("agent has more than one [code]")
	}
	code := strings.ToUpper(strings.Join(strings.Fields(sg.codes[0]), ""))
	switch {
	case len(code) > 1 && code[0] == '~' && !strings.Contains(code[1:], "~"):
		a.Code = code[1:]
	case len(code) > 1 && code[len(code)-1] == '~' && !strings.Contains(code[:len(code)-1], "~"):
		a.Code, a.Prefix = code[:len(code)-1], true
	default:
		return a, fmt.Errorf("agent code [%s] needs one ~ before or after it", sg.codes[0])
	}
	if !validActorCode(a.Code) {
		return a, fmt.Errorf("bad agent code %q", a.Code)
	}
	texts, err := expand(sg.text, subst)
	if err != nil {
		return a, err
	}
	expanded := len(texts) > 1 || texts[0] != sg.text
	for _, s := range texts {
		ps := phraseOf(s, tabari)
		if ps == nil {
			return a, errors.New("empty agent phrase")
		}
		a.Names = append(a.Names, ps[0])
		// Regular plurals, unless {...} gives them or the phrase comes
		// from a substitution set. TABARI stems match plurals anyway.
		switch {
		case sg.hasForms || expanded:
		case tabari:
			a.Names = append(a.Names, ps[1:]...)
		default:
			a.Names = append(a.Names, pluralVariants(ps[0])...)
		}
	}
	if sg.hasForms {
		for _, f := range strings.Fields(sg.forms) {
			fs, err := expand(f, subst)
			if err != nil {
				return a, err
			}
			for _, s := range fs {
				if ps := phraseOf(s, tabari); ps != nil {
					a.Names = append(a.Names, ps[0])
				}
			}
		}
	}
	a.Names = dedupPhrases(a.Names)
	return a, nil
}

// expand replaces every !MARKER! in s by each member of its substitution
// set.
func expand(s string, subst map[string][]string) ([]string, error) {
	out := []string{s}
	for range maxExpansions {
		var next []string
		changed := false
		for _, t := range out {
			i := strings.IndexByte(t, '!')
			if i < 0 {
				next = append(next, t)
				continue
			}
			j := strings.IndexByte(t[i+1:], '!')
			if j < 0 {
				return nil, fmt.Errorf("unclosed substitution marker in %q", s)
			}
			marker := strings.ToUpper(t[i : i+j+2])
			items, ok := subst[marker]
			if !ok {
				return nil, fmt.Errorf("undefined substitution marker %s", marker)
			}
			for _, it := range items {
				next = append(next, t[:i]+it+t[i+j+2:])
			}
			changed = true
		}
		if len(next) > maxExpansions {
			return nil, fmt.Errorf("%q expands to more than %d phrases", s, maxExpansions)
		}
		out = next
		if !changed {
			return out, nil
		}
	}
	return nil, fmt.Errorf("%q expands to more than %d phrases", s, maxExpansions)
}

func dedupPhrases(ps []Phrase) []Phrase {
	seen := map[string]bool{}
	out := ps[:0]
	for _, p := range ps {
		k := phraseKey(p)
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}
