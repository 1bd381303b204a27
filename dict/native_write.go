package dict

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// WriteNative writes d in the native format, which ReadNative reads back
// into the same Dictionary (but for positions). Actors, agents, verbs,
// discards, nouns and adjectives keep their order, which the matcher may
// depend on; synsets and options are sorted by name. Comments and
// positions are not written.
//
// What the format cannot hold is an error naming the entry: an empty
// phrase or word, a code with blanks or brackets, a verb head outside its
// form, a pattern whose adjacency flags disagree. The readers in this
// package never produce these.
func WriteNative(w io.Writer, d *Dictionary) error {
	nw := &nativeWriter{w: bufio.NewWriterSize(w, 64<<10)}
	nw.write(d)
	if nw.err != nil {
		return nw.err
	}
	if err := nw.w.Flush(); err != nil {
		return fmt.Errorf("write native dictionary: %w", err)
	}
	return nil
}

type nativeWriter struct {
	w     *bufio.Writer
	b     []byte // the line being built
	err   error
	blank bool // a blank line is due before the next entry
}

func (nw *nativeWriter) failf(p Pos, what string, format string, args ...any) {
	if nw.err == nil {
		at := ""
		if p.File != "" || p.Line != 0 {
			at = " (from " + p.String() + ")"
		}
		nw.err = fmt.Errorf("write native dictionary: %s%s: %s", what, at, fmt.Sprintf(format, args...))
	}
}

// line writes b as a line, indented by a tab if sub.
func (nw *nativeWriter) line(sub bool, b []byte) {
	if nw.err != nil {
		return
	}
	if nw.blank && !sub {
		nw.w.WriteByte('\n')
		nw.blank = false
	}
	if sub {
		nw.w.WriteByte('\t')
	}
	nw.w.Write(b)
	nw.w.WriteByte('\n')
}

// group starts a new group of entries: a blank line comes before it.
func (nw *nativeWriter) group() { nw.blank = true }

func (nw *nativeWriter) write(d *Dictionary) {
	nw.w.WriteString("# sitrep dictionary: the format is described in docs/dictionary-format.md\n")
	nw.line(false, fmt.Appendf(nw.b[:0], "format %d", NativeVersion))
	if len(d.Options) > 0 {
		nw.group()
		for _, k := range slices.Sorted(maps.Keys(d.Options)) {
			nw.option(k, d.Options[k])
		}
	}
	for i := range d.Actors {
		nw.group()
		nw.actor(&d.Actors[i])
	}
	for i := range d.Agents {
		nw.group()
		nw.agent(&d.Agents[i])
	}
	for _, k := range slices.Sorted(maps.Keys(d.Synsets)) {
		nw.group()
		nw.synset(k, d.Synsets[k])
	}
	for i := range d.Verbs {
		nw.group()
		nw.verb(&d.Verbs[i])
	}
	nw.group()
	for _, dc := range d.Discards {
		nw.discard(dc)
	}
	nw.group()
	for _, p := range d.Nouns {
		nw.words("noun", p)
	}
	nw.group()
	for _, p := range d.Adjectives {
		nw.words("adjective", p)
	}
}

func (nw *nativeWriter) actor(a *Actor) {
	if len(a.Names) == 0 {
		nw.failf(a.Pos, "actor", "no names")
		return
	}
	for i, n := range a.Names {
		b, err := appendPhrase(nw.b[:0], n, -1)
		if err != nil {
			nw.failf(a.Pos, "actor", "%v", err)
			return
		}
		nw.b = b
		if i == 0 {
			nw.line(false, append([]byte("actor "), b...))
		} else {
			nw.line(true, append([]byte("name "), b...))
		}
	}
	for _, c := range a.Codes {
		if !validActorCode(c.Code) || strings.ToUpper(c.Code) != c.Code {
			nw.failf(a.Pos, "actor", "bad code %q", c.Code)
			return
		}
		b := append(nw.b[:0], "code "...)
		b = append(b, c.Code...)
		if !c.Default() {
			if (c.From != 0 && !validDate(c.From)) || (c.To != 0 && !validDate(c.To)) {
				nw.failf(a.Pos, "actor", "bad date in %+v", c)
				return
			}
			b = append(b, ' ')
			b = appendISODate(b, c.From)
			b = append(b, ".."...)
			b = appendISODate(b, c.To)
		}
		nw.b = b
		nw.line(true, b)
	}
}

func appendISODate(b []byte, n int) []byte {
	if n == 0 {
		return b
	}
	return fmt.Appendf(b, "%04d-%02d-%02d", n/10000, n/100%100, n%100)
}

func (nw *nativeWriter) agent(a *Agent) {
	if len(a.Names) == 0 {
		nw.failf(a.Pos, "agent", "no names")
		return
	}
	for i, n := range a.Names {
		b, err := appendPhrase(nw.b[:0], n, -1)
		if err != nil {
			nw.failf(a.Pos, "agent", "%v", err)
			return
		}
		nw.b = b
		if i == 0 {
			nw.line(false, append([]byte("agent "), b...))
		} else {
			nw.line(true, append([]byte("name "), b...))
		}
	}
	switch {
	case a.Code == "" && !a.Prefix:
	case !validActorCode(a.Code) || strings.ToUpper(a.Code) != a.Code:
		nw.failf(a.Pos, "agent", "bad code %q", a.Code)
	case a.Prefix:
		nw.line(true, []byte("code "+a.Code+"~"))
	default:
		nw.line(true, []byte("code ~"+a.Code))
	}
}

func (nw *nativeWriter) synset(name string, s *Synset) {
	switch {
	case s == nil:
		nw.failf(Pos{}, "synset "+name, "nil")
		return
	case s.Name != name:
		nw.failf(s.Pos, "synset "+name, "named %q", s.Name)
		return
	}
	b, err := appendSynsetName(append(nw.b[:0], "synset "...), name)
	if err != nil {
		nw.failf(s.Pos, "synset", "%v", err)
		return
	}
	nw.line(false, b)
	for _, ph := range s.Phrases {
		if len(ph) == 0 {
			nw.failf(s.Pos, "synset "+name, "empty phrase")
			return
		}
		b := append(nw.b[:0], "phrase "...)
		for i, e := range ph {
			if e.Kind != ElemWord && e.Kind != ElemSynset {
				nw.failf(s.Pos, "synset "+name, "a phrase holds only words and synsets")
				return
			}
			if i == 0 && e.Adjacent {
				nw.failf(s.Pos, "synset "+name, "the first element of a phrase cannot be adjacent to anything")
				return
			}
			if i > 0 {
				b = append(b, sep(e.Adjacent))
			}
			if b, err = appendElem(b, e); err != nil {
				nw.failf(s.Pos, "synset "+name, "%v", err)
				return
			}
		}
		nw.b = b
		nw.line(true, b)
	}
}

func sep(adjacent bool) byte {
	if adjacent {
		return '_'
	}
	return ' '
}

func (nw *nativeWriter) verb(v *Verb) {
	if len(v.Forms) == 0 {
		nw.failf(v.Pos, "verb", "no forms")
		return
	}
	for i, f := range v.Forms {
		if f.Head < 0 || f.Head >= len(f.Words) {
			nw.failf(v.Pos, "verb", "head %d outside form of %d words", f.Head, len(f.Words))
			return
		}
		kw := "form "
		if i == 0 {
			kw = "verb "
		}
		b, err := appendPhrase(append(nw.b[:0], kw...), f.Words, f.Head)
		if err != nil {
			nw.failf(v.Pos, "verb", "%v", err)
			return
		}
		if f.Code != "" {
			if !validEventCode(f.Code) {
				nw.failf(v.Pos, "verb", "bad code %q", f.Code)
				return
			}
			b = append(append(append(b, " ["...), f.Code...), ']')
		}
		nw.b = b
		nw.line(i > 0, b)
	}
	if !validEventCode(v.Code) {
		nw.failf(v.Pos, "verb", "bad code %q (--- for none)", v.Code)
		return
	}
	nw.line(true, append(append(nw.b[:0], "code "...), v.Code...))
	for i := range v.Patterns {
		b, err := appendPattern(append(nw.b[:0], "pattern "...), &v.Patterns[i])
		if err != nil {
			nw.failf(v.Patterns[i].Pos, "pattern", "%v", err)
			return
		}
		nw.b = b
		nw.line(true, b)
	}
}

// appendPattern appends the elements of p and its code.
func appendPattern(b []byte, p *Pattern) ([]byte, error) {
	switch {
	case len(p.Before) > 0 && p.Before[0].Adjacent:
		return nil, fmt.Errorf("the first element cannot be adjacent to anything")
	case p.VerbAdjacentBefore && len(p.Before) == 0:
		return nil, fmt.Errorf("adjacent to nothing before the verb")
	case p.VerbAdjacentAfter && len(p.After) == 0:
		return nil, fmt.Errorf("adjacent to nothing after the verb")
	case len(p.After) > 0 && p.After[0].Adjacent != p.VerbAdjacentAfter:
		return nil, fmt.Errorf("the first element after the verb disagrees with VerbAdjacentAfter")
	case !validEventCode(p.Code):
		return nil, fmt.Errorf("bad code %q", p.Code)
	}
	var err error
	for i, e := range p.Before {
		if i > 0 {
			b = append(b, sep(e.Adjacent))
		}
		if b, err = appendElem(b, e); err != nil {
			return nil, err
		}
	}
	if len(p.Before) > 0 {
		b = append(b, sep(p.VerbAdjacentBefore))
	}
	b = append(b, '*')
	for _, e := range p.After {
		b = append(b, sep(e.Adjacent))
		if b, err = appendElem(b, e); err != nil {
			return nil, err
		}
	}
	return append(append(append(b, " ["...), p.Code...), ']'), nil
}

// appendElem appends a pattern element.
func appendElem(b []byte, e Elem) ([]byte, error) {
	switch e.Kind {
	case ElemWord:
		if e.Word.Gap {
			return nil, fmt.Errorf("word %q: no gaps (..) in patterns", e.Word.Text)
		}
		return appendWord(b, e.Word)
	case ElemSynset:
		return appendSynsetName(b, e.Synset)
	case ElemSource:
		return append(b, '$'), nil
	case ElemTarget:
		return append(b, '+'), nil
	case ElemCompound:
		return append(b, '%'), nil
	case ElemSkip:
		return append(b, '^'), nil
	}
	return nil, fmt.Errorf("unknown element kind %d", e.Kind)
}

func appendSynsetName(b []byte, name string) ([]byte, error) {
	if len(name) < 2 || name[0] != '&' {
		return nil, fmt.Errorf("bad synset name %q", name)
	}
	b = append(b, '&')
	if plainName(name[1:]) {
		return append(b, name[1:]...), nil
	}
	return strconv.AppendQuote(b, name[1:]), nil
}

// plainName reports whether a synset name (without '&') can be written
// without quotes.
func plainName(s string) bool {
	if !utf8.ValidString(s) || strings.ToUpper(s) != s {
		return false
	}
	for _, r := range s {
		if r == '"' || r == '_' || unicode.IsSpace(r) || !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}

// plainWord reports whether a word can be written without quotes: read
// back, it gives the same word in every context.
func plainWord(s string) bool {
	if s == "" || s == ".." || strings.IndexByte(wordStart, s[0]) >= 0 || s[len(s)-1] == '*' {
		return false
	}
	return plainName(s)
}

func appendWord(b []byte, w Word) ([]byte, error) {
	if w.Text == "" {
		return nil, fmt.Errorf("empty word")
	}
	if plainWord(w.Text) {
		b = append(b, w.Text...)
	} else {
		b = strconv.AppendQuote(b, w.Text)
	}
	if w.Stem {
		b = append(b, '*')
	}
	return b, nil
}

// appendPhrase appends the words of p, marking word head with '+' when
// it is not the first.
func appendPhrase(b []byte, p Phrase, head int) ([]byte, error) {
	if len(p) == 0 {
		return nil, fmt.Errorf("empty phrase")
	}
	var err error
	for i, w := range p {
		if i > 0 {
			b = append(b, ' ')
		}
		if w.Gap {
			if i == 0 {
				return nil, fmt.Errorf("phrase %q starts with a gap", w.Text)
			}
			b = append(b, ".. "...)
		}
		if i == head && head > 0 {
			b = append(b, '+')
		}
		if b, err = appendWord(b, w); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func (nw *nativeWriter) discard(dc Discard) {
	if dc.Text == "" {
		nw.failf(dc.Pos, "discard", "empty text")
		return
	}
	b := append(nw.b[:0], "discard sentence "...)
	if dc.Story {
		b = append(nw.b[:0], "discard story "...)
	}
	words := strings.Split(dc.Text, " ")
	var err error
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		if b, err = appendWord(b, Word{Text: w, Stem: i == len(words)-1 && !dc.WholeWord}); err != nil {
			nw.failf(dc.Pos, "discard", "%q: %v", dc.Text, err)
			return
		}
	}
	nw.b = b
	nw.line(false, b)
}

func (nw *nativeWriter) words(kw string, p Phrase) {
	b, err := appendPhrase(append(append(nw.b[:0], kw...), ' '), p, -1)
	if err != nil {
		nw.failf(Pos{}, kw, "%v", err)
		return
	}
	nw.b = b
	nw.line(false, b)
}

func (nw *nativeWriter) option(k, v string) {
	b := append(nw.b[:0], "option "...)
	if plainOptionName(k) {
		b = append(b, k...)
	} else if k == "" {
		nw.failf(Pos{}, "option", "empty name")
		return
	} else {
		b = strconv.AppendQuote(b, k)
	}
	b = append(b, ' ')
	if plainOptionValue(v) {
		b = append(b, v...)
	} else {
		b = strconv.AppendQuote(b, v)
	}
	nw.b = b
	nw.line(false, b)
}

func plainOptionName(s string) bool {
	if s == "" || s == "#" || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r == '"' || unicode.IsSpace(r) || !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}

// plainOptionValue reports whether ReadNative reads v back from an
// option line as it is.
func plainOptionValue(v string) bool {
	if v == "" || !utf8.ValidString(v) || controlChar(v) >= 0 || strings.ContainsRune(v, '"') {
		return false
	}
	toks, err := tokens(v, nil)
	if err != nil || len(toks) == 0 {
		return false
	}
	got, err := optionValue(toks, v)
	return err == nil && got == v
}
