package dict

import (
	"errors"
	"fmt"
	"strings"
)

// ptok is one token of a verb pattern or synset phrase. Tokens are
// separated by blanks (gap allowed) or underscores (consecutive).
type ptok struct {
	text  string
	off   int  // byte offset of the token in the pattern
	eq    bool // TABARI "XXXX=": no regular endings
	adj   bool // joined to the previous token by '_' alone: consecutive
	exact bool // TABARI: directly followed by '_' or ending in '=': no stemming
	tilde bool // TABARI "XXXX~": a stem the next token must follow directly
}

// lexPattern splits a pattern into tokens. In TABARI syntax hyphens are
// underscores and '{', '|' and '}' are tokens of their own.
func lexPattern(s string, tabari bool) []ptok {
	if tabari {
		s = strings.ReplaceAll(s, "-", "_")
	}
	var toks []ptok
	sepSpace, sepUnd, justEnded := false, false, false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			sepSpace, justEnded = true, false
			i++
			continue
		case c == '_':
			if justEnded {
				toks[len(toks)-1].exact = true
			}
			sepUnd, justEnded = true, false
			i++
			continue
		}
		start := i
		var text string
		if tabari && isAltChar(c) {
			text = s[i : i+1]
			i++
		} else {
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '_' && !(tabari && isAltChar(s[j])) {
				j++
			}
			text = s[i:j]
			i = j
		}
		t := ptok{text: text, off: start, adj: len(toks) > 0 && sepUnd && !sepSpace}
		if len(toks) > 0 && toks[len(toks)-1].tilde {
			t.adj = true
		}
		if tabari && len(t.text) > 1 {
			switch {
			case strings.HasSuffix(t.text, "~"):
				t.text, t.tilde = strings.TrimRight(t.text, "~"), true
			case strings.HasSuffix(t.text, "="):
				t.text, t.exact, t.eq = strings.TrimRight(t.text, "="), true, true
			}
		}
		toks = append(toks, t)
		sepSpace, sepUnd, justEnded = false, false, true
	}
	return toks
}

func isAltChar(c byte) bool { return c == '{' || c == '|' || c == '}' }

func isVerbToken(s string) bool { return s == "*" || s == "**" }

// elem converts a token other than the verb and '{', '|', '}'.
func (t ptok) elem(tabari bool) (Elem, error) {
	switch t.text {
	case "$":
		return Elem{Kind: ElemSource, Adjacent: t.adj}, nil
	case "+":
		return Elem{Kind: ElemTarget, Adjacent: t.adj}, nil
	case "%":
		return Elem{Kind: ElemCompound, Adjacent: t.adj}, nil
	case "^":
		return Elem{Kind: ElemSkip, Adjacent: t.adj}, nil
	case "@":
		return Elem{}, errors.New("attribution token @ is not supported")
	}
	if strings.HasPrefix(t.text, "&") {
		name := strings.ToUpper(t.text)
		if len(name) < 2 || strings.ContainsAny(name[1:], "&*$%^{}|[]") {
			return Elem{}, fmt.Errorf("bad synset name %q", t.text)
		}
		return Elem{Kind: ElemSynset, Synset: name, Adjacent: t.adj}, nil
	}
	if strings.Contains(t.text, "*") {
		return Elem{}, fmt.Errorf("verb marker * must stand alone, not in %q", t.text)
	}
	if strings.ContainsAny(t.text, "{|}") {
		return Elem{}, fmt.Errorf("{ a | b } alternatives in %q are TABARI syntax; use a synset", t.text)
	}
	w := Word{Text: strings.ToUpper(t.text), Stem: tabari && (!t.exact || t.tilde)}
	return Elem{Kind: ElemWord, Word: w, Adjacent: t.adj}, nil
}

// alternatives turns TABARI "{ A | B_C }" alternatives into an anonymous
// synset; it is given the name and the phrases and returns nothing.
type altFunc func(name string, phrases [][]Elem)

// parsePattern parses the text of a pattern (without the leading '-' and
// the code). alt receives the anonymous synsets made from TABARI
// alternatives.
func parsePattern(s string, tabari bool, alt altFunc) (Pattern, error) {
	toks := lexPattern(s, tabari)
	type item struct {
		e    Elem
		verb bool
		adj  bool
	}
	var items []item
	verbs := 0
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		switch {
		case isVerbToken(t.text):
			verbs++
			items = append(items, item{verb: true, adj: t.adj})
		case tabari && t.text == "{":
			end, e, err := alternatives(toks, k, alt)
			if err != nil {
				return Pattern{}, err
			}
			items = append(items, item{e: e, adj: t.adj})
			k = end
		case tabari && (t.text == "|" || t.text == "}"):
			return Pattern{}, fmt.Errorf("%s outside { ... }", t.text)
		default:
			e, err := t.elem(tabari)
			if err != nil {
				return Pattern{}, err
			}
			items = append(items, item{e: e, adj: e.Adjacent})
		}
	}
	switch {
	case verbs == 0:
		return Pattern{}, errors.New("no verb marker * in pattern")
	case verbs > 1:
		return Pattern{}, errors.New("more than one verb marker * in pattern")
	}
	var p Pattern
	after := false
	for i, it := range items {
		switch {
		case it.verb:
			after = true
			p.VerbAdjacentBefore = i > 0 && it.adj
		case after:
			e := it.e
			e.Adjacent = it.adj
			if len(p.After) == 0 {
				p.VerbAdjacentAfter = it.adj
			}
			p.After = append(p.After, e)
		default:
			e := it.e
			e.Adjacent = it.adj && len(p.Before) > 0
			p.Before = append(p.Before, e)
		}
	}
	return p, nil
}

// alternatives parses toks[k] == "{" up to the matching "}" and returns the
// index of the "}" and the synset element standing for the alternatives.
func alternatives(toks []ptok, k int, alt altFunc) (int, Elem, error) {
	var phrases [][]Elem
	var names []string
	var cur []Elem
	var name strings.Builder
	end := func() error {
		if len(cur) == 0 {
			return errors.New("empty alternative in { ... }")
		}
		phrases = append(phrases, cur)
		names = append(names, name.String())
		cur = nil
		name.Reset()
		return nil
	}
	for i := k + 1; i < len(toks); i++ {
		t := toks[i]
		switch t.text {
		case "{":
			return 0, Elem{}, errors.New("nested { in alternatives")
		case "|", "}":
			if err := end(); err != nil {
				return 0, Elem{}, err
			}
			if t.text == "|" {
				continue
			}
			n := "&{" + strings.Join(names, "|") + "}"
			if alt != nil {
				alt(n, phrases)
			}
			return i, Elem{Kind: ElemSynset, Synset: n}, nil
		}
		if isVerbToken(t.text) {
			return 0, Elem{}, errors.New("verb marker * inside { ... }")
		}
		e, err := t.elem(true)
		if err != nil {
			return 0, Elem{}, err
		}
		if e.Kind != ElemWord && e.Kind != ElemSynset {
			return 0, Elem{}, fmt.Errorf("%s inside { ... }", t.text)
		}
		if len(cur) == 0 {
			e.Adjacent = false
		} else if e.Adjacent {
			name.WriteByte('_')
		} else {
			name.WriteByte(' ')
		}
		name.WriteString(elemText(e))
		if t.exact && e.Kind == ElemWord && (i+1 >= len(toks) || !toks[i+1].adj) {
			name.WriteByte('_')
		}
		cur = append(cur, e)
	}
	return 0, Elem{}, errors.New("missing } after {")
}

func elemText(e Elem) string {
	if e.Kind == ElemSynset {
		return e.Synset
	}
	return e.Word.Text
}

// parseSynsetPhrase parses a synset member: words and other synsets. In
// PETRARCH files all its words are consecutive; TABARI marks consecutive
// words with '_' as in patterns.
func parseSynsetPhrase(s string, tabari bool) ([]Elem, error) {
	var out []Elem
	for _, t := range lexPattern(s, tabari) {
		if tabari && isAltChar(t.text[0]) && len(t.text) == 1 {
			return nil, errors.New("{ a | b } alternatives are not allowed in a synset")
		}
		if isVerbToken(t.text) {
			return nil, errors.New("verb marker * is not allowed in a synset")
		}
		e, err := t.elem(tabari)
		if err != nil {
			return nil, err
		}
		if e.Kind != ElemWord && e.Kind != ElemSynset {
			return nil, fmt.Errorf("%s is not allowed in a synset", t.text)
		}
		e.Adjacent = len(out) > 0 && (e.Adjacent || !tabari)
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil, errors.New("empty synset phrase")
	}
	return out, nil
}
