package dict

import (
	"errors"
	"io"
	"slices"
	"sort"
	"strings"
)

// ReadPetrarchVerbs reads a PETRARCH-1 verbs dictionary (the format of
// CAMEO.verbpatterns.150430.txt): synsets "&NAME" with "+phrase" lines, and
// verb blocks "--- NAME [CODE] ---" with synonymous verbs and "- pattern
// [CODE]" lines. Bad lines are reported and skipped.
func ReadPetrarchVerbs(r io.Reader, file string) (*Dictionary, ErrorList) {
	vr := newVerbReader(r, file, false)
	vr.read()
	return vr.finish()
}

// verbReader reads PETRARCH and TABARI verbs files into one Dictionary.
type verbReader struct {
	sc     *scanner
	tabari bool
	d      *Dictionary

	cur     int  // index of the current verb block in d.Verbs, or -1
	skip    bool // TABARI: the current root was bad; skip its patterns
	rest    []Elem
	forms   map[string]bool // forms of the current block, for duplicates
	synset  *Synset         // synset being defined, or nil
	synNoPl bool            // its label ends in '_': no plurals
	// phraseLines[name][i] is the line of phrase i of synset name.
	phraseLines map[string][]int
}

func newVerbReader(r io.Reader, file string, tabari bool) *verbReader {
	sc := newScanner(r, file)
	sc.tildeEnds, sc.slash = tabari, tabari
	return &verbReader{
		sc: sc, tabari: tabari, cur: -1,
		d:           &Dictionary{Synsets: map[string]*Synset{}},
		phraseLines: map[string][]int{},
	}
}

// read reads a PETRARCH verbs file.
func (vr *verbReader) read() {
	sc := vr.sc
	for sc.next() {
		l := sc.line
		t := l.text
		if vr.synset != nil && t[0] != '+' {
			vr.synset = nil
		}
		switch {
		case strings.HasPrefix(t, "---"):
			vr.header(l)
		case t[0] == '&':
			vr.synsetLabel(l)
		case t[0] == '+' && vr.synset != nil:
			vr.synsetPhrase(l)
		case t[0] == '-':
			vr.pattern(l)
		default:
			vr.verbLine(l)
		}
	}
}

// header starts a verb block: "--- NAME [CODE] ---".
func (vr *verbReader) header(l line) {
	t := strings.Trim(l.text, "- \t")
	code := NullCode
	sg, err := splitLine(t)
	if err != nil {
		vr.sc.errorf(l.n, "verb block header: %v", err)
	} else if len(sg.codes) > 0 {
		c, err := eventCode(sg.codes[0])
		if err != nil {
			vr.sc.errorf(l.n, "verb block header: %v", err)
		} else {
			code = c
		}
		if len(sg.codes) > 1 {
			vr.sc.errorf(l.n, "verb block header has %d codes; using the first, [%s]", len(sg.codes), code)
		}
	}
	vr.startBlock(Verb{Code: code, Pos: vr.sc.pos(l.n)})
}

func (vr *verbReader) startBlock(v Verb) {
	vr.d.Verbs = append(vr.d.Verbs, v)
	vr.cur = len(vr.d.Verbs) - 1
	vr.forms = map[string]bool{}
	vr.rest = nil
	vr.skip = false
}

// synsetLabel starts a synset definition "&NAME".
func (vr *verbReader) synsetLabel(l line) {
	f := strings.Fields(l.text)
	label := strings.ToUpper(f[0])
	name := strings.TrimRight(label, "_")
	if len(name) < 2 || strings.ContainsAny(name[1:], "&*$%^{}|[]+") {
		vr.sc.errorf(l.n, "bad synset name %q", f[0])
		return
	}
	if len(f) > 1 {
		vr.sc.errorf(l.n, "text after synset name %s ignored", name)
	}
	s := vr.d.Synsets[name]
	if s == nil {
		s = &Synset{Name: name, Pos: vr.sc.pos(l.n)}
		vr.d.Synsets[name] = s
	}
	vr.synset = s
	vr.synNoPl = strings.HasSuffix(label, "_")
}

// synsetPhrase adds "+phrase" to the current synset, with the regular
// plural of its last word unless the label or the phrase ends in '_'.
func (vr *verbReader) synsetPhrase(l line) {
	s := vr.synset
	text := strings.TrimSpace(l.text[1:])
	ph, err := parseSynsetPhrase(text, vr.tabari)
	if err != nil {
		vr.sc.errorf(l.n, "synset %s: %v", s.Name, err)
		return
	}
	vr.addSynsetPhrase(s, ph, l.n)
	last := ph[len(ph)-1]
	switch {
	case last.Kind != ElemWord:
		return
	case vr.tabari && (last.Word.Stem || strings.HasSuffix(text, "=")):
		// A stem already matches the plural; "=" forbids endings. In
		// TABARI a final '_' only means "not a stem".
		return
	case !vr.tabari && (vr.synNoPl || strings.HasSuffix(text, "_")):
		return
	}
	for _, pl := range Plurals(last.Word.Text) {
		q := append([]Elem(nil), ph...)
		q[len(q)-1].Word.Text = pl
		vr.addSynsetPhrase(s, q, l.n)
	}
}

func (vr *verbReader) addSynsetPhrase(s *Synset, ph []Elem, n int) {
	s.Phrases = append(s.Phrases, ph)
	vr.phraseLines[s.Name] = append(vr.phraseLines[s.Name], n)
}

// pattern adds "- pattern [CODE]" to the current verb block.
func (vr *verbReader) pattern(l line) {
	if vr.skip {
		return
	}
	if vr.cur < 0 {
		vr.sc.errorf(l.n, "pattern before any verb")
		return
	}
	text := strings.TrimSpace(l.text[1:])
	open := strings.LastIndexByte(text, '[')
	if open < 0 {
		vr.sc.errorf(l.n, "pattern has no [code]")
		return
	}
	sg, err := splitLine(text[open:])
	if err == nil && (len(sg.codes) != 1 || sg.after != "" || sg.hasForms) {
		err = errors.New("want one [code] at the end")
	}
	if err != nil {
		vr.sc.errorf(l.n, "pattern code: %v", err)
		return
	}
	code, err := eventCode(sg.codes[0])
	if err != nil {
		vr.sc.errorf(l.n, "pattern: %v", err)
		return
	}
	body := text[:open]
	if strings.ContainsAny(body, "[]") {
		vr.sc.errorf(l.n, "pattern has more than one [code]")
		return
	}
	p, err := parsePattern(body, vr.tabari, vr.anonymous(l.n))
	if err != nil {
		vr.sc.errorf(l.n, "pattern: %v", err)
		return
	}
	p.Code = code
	p.Pos = vr.sc.pos(l.n)
	if len(vr.rest) > 0 {
		// TABARI multi-word root "A B [code]": its other words come first.
		p.After = append(append([]Elem(nil), vr.rest...), p.After...)
		p.VerbAdjacentAfter = vr.rest[0].Adjacent
	}
	v := &vr.d.Verbs[vr.cur]
	v.Patterns = append(v.Patterns, p)
}

// anonymous returns the function that records TABARI alternatives found on
// line n as synsets.
func (vr *verbReader) anonymous(n int) altFunc {
	return func(name string, phrases [][]Elem) {
		if _, ok := vr.d.Synsets[name]; ok {
			return
		}
		s := &Synset{Name: name, Phrases: phrases, Pos: vr.sc.pos(n)}
		vr.d.Synsets[name] = s
		for range phrases {
			vr.phraseLines[name] = append(vr.phraseLines[name], n)
		}
	}
}

// verbLine adds the forms of a PETRARCH verb synonym line to the current
// block: "VERB", "VERB {FORMS}", "VERB [CODE]", "WIRE_+TAP {WIRE_+TAPS}".
// A verb line after patterns, or before any block, starts a new block.
func (vr *verbReader) verbLine(l line) {
	sg, err := splitLine(l.text)
	if err == nil && sg.after != "" {
		err = errors.New("text after [code] or {forms}: " + sg.after)
	}
	if err == nil && len(sg.codes) > 1 {
		err = errors.New("more than one [code]")
	}
	if err != nil {
		vr.sc.errorf(l.n, "verb: %v", err)
		return
	}
	code := ""
	if len(sg.codes) == 1 {
		if code, err = eventCode(sg.codes[0]); err != nil {
			vr.sc.errorf(l.n, "verb: %v", err)
			return
		}
	}
	words, head, err := headedPhrase(sg.text)
	if err != nil {
		vr.sc.errorf(l.n, "verb: %v", err)
		return
	}
	var forms []VerbForm
	switch {
	case !sg.hasForms:
		forms = regularVerbForms(words, head)
	case strings.TrimSpace(sg.forms) == "":
		forms = []VerbForm{{Words: words, Head: head}}
	default:
		forms = []VerbForm{{Words: words, Head: head}}
		for _, f := range strings.Fields(sg.forms) {
			fw, fh, err := headedPhrase(f)
			if err != nil {
				vr.sc.errorf(l.n, "verb form %q: %v", f, err)
				continue
			}
			if !strings.ContainsAny(f, "+") && len(fw) > 1 {
				fh = min(head, len(fw)-1)
			}
			forms = append(forms, VerbForm{Words: fw, Head: fh})
		}
		// For safety the regular third person and gerund: dictionaries
		// often list only the past forms.
		if rf, ok := verbForms(words[head].Text); ok {
			forms = append(forms, withHead(words, head, rf.third), withHead(words, head, rf.gerund))
		}
	}
	if vr.cur < 0 || len(vr.d.Verbs[vr.cur].Patterns) > 0 {
		bc := code
		if bc == "" {
			bc = NullCode
		}
		vr.startBlock(Verb{Code: bc, Pos: vr.sc.pos(l.n)})
	}
	for _, f := range forms {
		f.Code = code
		vr.addForm(f)
	}
}

func (vr *verbReader) addForm(f VerbForm) {
	key := phraseKey(f.Words)
	if vr.forms[key] {
		return
	}
	vr.forms[key] = true
	v := &vr.d.Verbs[vr.cur]
	v.Forms = append(v.Forms, f)
}

func phraseKey(p Phrase) string {
	var b strings.Builder
	for i, w := range p {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text)
		if w.Stem {
			b.WriteByte('~')
		}
	}
	return b.String()
}

// headedPhrase parses a PETRARCH multi-word verb such as "WIRE_+TAP": words
// joined by '_' or blanks, the head marked by a '+' before (or, as a typo,
// after) it; without a '+' the head is the first word.
func headedPhrase(s string) (Phrase, int, error) {
	var p Phrase
	head := -1
	for _, w := range upperWords(s) {
		marked := strings.HasPrefix(w, "+") || strings.HasSuffix(w, "+")
		w = strings.Trim(w, "+")
		if w == "" {
			continue
		}
		if strings.ContainsAny(w, "*&$%^") {
			return nil, 0, errors.New("bad verb " + s)
		}
		if marked && head < 0 {
			head = len(p)
		}
		p = append(p, Word{Text: w})
	}
	if len(p) == 0 {
		return nil, 0, errors.New("no verb")
	}
	return p, max(head, 0), nil
}

// regularVerbForms returns words with the head word in each of its regular
// forms.
func regularVerbForms(words Phrase, head int) []VerbForm {
	var out []VerbForm
	for _, f := range VerbForms(words[head].Text) {
		out = append(out, withHead(words, head, f))
	}
	if len(out) == 0 {
		out = append(out, VerbForm{Words: words, Head: head})
	}
	return out
}

func withHead(words Phrase, head int, text string) VerbForm {
	w := slices.Clone(words)
	w[head] = Word{Text: text, Stem: words[head].Stem}
	return VerbForm{Words: w, Head: head}
}

// finish checks synset references once the whole file is read: patterns and
// synset phrases naming undefined synsets are dropped, as are synset phrases
// that would make a synset contain itself.
func (vr *verbReader) finish() (*Dictionary, ErrorList) {
	d, sc := vr.d, vr.sc
	names := make([]string, 0, len(d.Synsets))
	for n := range d.Synsets {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s := d.Synsets[n]
		lines := vr.phraseLines[n]
		keep := s.Phrases[:0]
		var keepLines []int
		reported := map[int]bool{} // one error a line, not one per plural
		for i, ph := range s.Phrases {
			if u := undefinedSynset(ph, d.Synsets); u != "" {
				if !reported[lines[i]] {
					sc.errorf(lines[i], "synset %s: undefined synset %s", n, u)
				}
				reported[lines[i]] = true
				continue
			}
			keep = append(keep, ph)
			keepLines = append(keepLines, lines[i])
		}
		s.Phrases = keep
		vr.phraseLines[n] = keepLines
	}
	// Remove cycles: a phrase of S that refers to a synset from which S is
	// reachable.
	for _, n := range names {
		s := d.Synsets[n]
		lines := vr.phraseLines[n]
		keep := s.Phrases[:0]
		reported := map[int]bool{}
		for i, ph := range s.Phrases {
			if c := cycleVia(n, ph, d.Synsets); c != "" {
				if !reported[lines[i]] {
					sc.errorf(lines[i], "synset %s contains itself through %s", n, c)
				}
				reported[lines[i]] = true
				continue
			}
			keep = append(keep, ph)
		}
		s.Phrases = keep
	}
	for _, n := range names {
		if s := d.Synsets[n]; len(s.Phrases) == 0 {
			sc.errorf(s.Pos.Line, "synset %s has no phrases", n)
		}
	}
	verbs := d.Verbs[:0]
	for _, v := range d.Verbs {
		keep := v.Patterns[:0]
		for _, p := range v.Patterns {
			if u := undefinedSynset(p.Before, d.Synsets) + undefinedSynset(p.After, d.Synsets); u != "" {
				sc.errorf(p.Pos.Line, "pattern uses undefined synset %s", u)
				continue
			}
			keep = append(keep, p)
		}
		v.Patterns = keep
		if len(v.Forms) == 0 {
			sc.errorf(v.Pos.Line, "verb block has no verbs")
			continue
		}
		verbs = append(verbs, v)
	}
	d.Verbs = verbs
	if len(d.Synsets) == 0 {
		d.Synsets = nil
	}
	return d, sc.errors()
}

func undefinedSynset(es []Elem, sets map[string]*Synset) string {
	for _, e := range es {
		if e.Kind == ElemSynset && sets[e.Synset] == nil {
			return e.Synset
		}
	}
	return ""
}

// cycleVia returns the synset of ph from which synset name can be reached,
// or "".
func cycleVia(name string, ph []Elem, sets map[string]*Synset) string {
	for _, e := range ph {
		if e.Kind != ElemSynset {
			continue
		}
		seen := map[string]bool{}
		var reach func(n string) bool
		reach = func(n string) bool {
			if n == name {
				return true
			}
			if seen[n] {
				return false
			}
			seen[n] = true
			s := sets[n]
			if s == nil {
				return false
			}
			for _, p := range s.Phrases {
				for _, e := range p {
					if e.Kind == ElemSynset && reach(e.Synset) {
						return true
					}
				}
			}
			return false
		}
		if reach(e.Synset) {
			return e.Synset
		}
	}
	return ""
}
