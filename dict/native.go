package dict

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The native format is sitrep's own dictionary format, made to be read and
// reviewed in a diff: one fact a line, a keyword at the start of every
// line, no column positions. docs/dictionary-format.md describes it in
// full; in short:
//
//	format 1
//	actor UNITED STATES              an actor and its first name
//		name AMERICA                 another name
//		code USA                     a code for all dates
//		code USAGOV 2021-01-20..     a code from a date on (..TO, FROM..TO)
//	agent FOREIGN MINISTER           an agent (role noun)
//		name FOREIGN MINISTERS
//		code ~GOVFRM                 ~X after the actor code, X~ before it
//	synset &WEAPON                   a synonym set
//		phrase ROCKET_LAUNCHER       words joined by _ are consecutive
//	verb ATTACK                      a verb block and its first form
//		form ATTACKED
//		form CORDON +OFF [172]       +: the head word; [CODE]: the form's own
//		code 190                     the block's code (--- if none)
//		pattern $ * + WITH &WEAPON [190]
//	discard sentence FOOTBALL*       WORD*: a stem; story: the whole story
//	noun BEES
//	adjective BLUE
//	option actor_usage TRUE
//
// Words are upper-cased. A word that holds blanks, quotes or other syntax
// is written as a Go string literal, taken as it is: "A B", "+1". '#'
// starts a comment at the start of a line, or as a token of its own
// ("code USA # the country").

// NativeExt is the file name extension of native dictionaries.
const NativeExt = ".sitrep"

// NativeVersion is the version of the native format that ReadNative reads
// and WriteNative writes ("format 1").
const NativeVersion = 1

// IsNative reports whether path names a native dictionary, from its
// extension.
func IsNative(path string) bool { return strings.EqualFold(filepath.Ext(path), NativeExt) }

// ntok is one blank-separated token of a native line.
type ntok struct {
	s        string // as written, quotes included
	off, end int    // byte offsets of its start and end in the line
}

// tokens splits a line into tokens: runs of characters other than blanks
// and tabs, where a double quote opens a Go string literal that may hold
// blanks. A token "#" ends the line (a comment). The line must be free of
// control characters other than tabs.
func tokens(line string, buf []ntok) ([]ntok, error) {
	toks := buf[:0]
	i := 0
	for i < len(line) {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i == len(line) {
			break
		}
		start := i
		for i < len(line) && line[i] != ' ' && line[i] != '\t' {
			if line[i] != '"' {
				i++
				continue
			}
			j, err := quoteEnd(line, i)
			if err != nil {
				return toks, err
			}
			i = j
		}
		t := line[start:i]
		if t == "#" || (len(toks) == 0 && t[0] == '#') {
			break
		}
		toks = append(toks, ntok{s: t, off: start, end: i})
	}
	return toks, nil
}

// quoteEnd returns the offset just after the string literal that starts
// with the '"' at s[i].
func quoteEnd(s string, i int) (int, error) {
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '"':
			return j + 1, nil
		}
	}
	return 0, fmt.Errorf("quote not closed: %s", s[i:])
}

// unquote decodes the string literal at the start of s and returns it and
// the rest of s.
func unquote(s string) (text, rest string, err error) {
	end, err := quoteEnd(s, 0)
	if err != nil {
		return "", "", err
	}
	text, err = strconv.Unquote(s[:end])
	if err != nil {
		return "", "", fmt.Errorf("bad quoted text %s", s[:end])
	}
	return text, s[end:], nil
}

// wordStart are the characters a word written without quotes may not start
// with: they are syntax ("+" marks a head word, "&" a synset, "*", "$",
// "+", "%" and "^" are pattern tokens) or could be taken for it.
const wordStart = "*$+%^&#["

// word parses one word: plain text, upper-cased, or a string literal, taken
// as it is; a '*' after either makes it a stem.
func word(s string) (Word, error) {
	var w Word
	if s[0] == '"' {
		text, rest, err := unquote(s)
		if err != nil {
			return w, err
		}
		switch rest {
		case "":
		case "*":
			w.Stem = true
		default:
			return w, fmt.Errorf("text after quoted word %s", s[:len(s)-len(rest)])
		}
		if text == "" {
			return w, fmt.Errorf("empty word %s", s)
		}
		w.Text = text
		return w, nil
	}
	switch {
	case s == "..":
		return w, fmt.Errorf(".. (a gap) is not a word here")
	case strings.IndexByte(wordStart, s[0]) >= 0:
		return w, fmt.Errorf("word %s starts with %c: write it in quotes if it is a word", s, s[0])
	case strings.IndexByte(s, '"') >= 0:
		return w, fmt.Errorf("quote inside word %s: quote the whole word", s)
	case strings.IndexByte(s, '_') >= 0:
		return w, fmt.Errorf("underscore in word %s: blanks separate words; write it in quotes if it is one word", s)
	}
	if text, ok := strings.CutSuffix(s, "*"); ok {
		w.Stem = true
		s = text
		if s == "" {
			return w, fmt.Errorf("* alone is not a word")
		}
	}
	w.Text = strings.ToUpper(s)
	return w, nil
}

// phrase parses the words of a name, form, noun, adjective or discard:
// blanks separate consecutive words, ".." between two words lets up to
// MaxGap others come between them (Word.Gap), and with heads set a leading
// '+' marks the head word of a verb form. head is -1 when no word is
// marked.
func phrase(toks []ntok, heads bool) (p Phrase, head int, err error) {
	head = -1
	gap := false
	for _, t := range toks {
		s := t.s
		if s == ".." {
			if len(p) == 0 {
				return nil, 0, fmt.Errorf(".. (a gap) before the first word")
			}
			gap = true
			continue
		}
		marked := false
		if s[0] == '+' && heads && len(s) > 1 {
			marked, s = true, s[1:]
		}
		w, err := word(s)
		if err != nil {
			return nil, 0, err
		}
		w.Gap = gap
		gap = false
		if marked {
			if head >= 0 {
				return nil, 0, fmt.Errorf("more than one head word marked with +")
			}
			head = len(p)
		}
		p = append(p, w)
	}
	switch {
	case gap:
		return nil, 0, fmt.Errorf(".. (a gap) after the last word")
	case len(p) == 0:
		return nil, 0, fmt.Errorf("no words")
	}
	return p, head, nil
}

// pieces splits a pattern token on the underscores outside string literals.
func pieces(s string, buf []string) ([]string, error) {
	out := buf[:0]
	start := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '"':
			j, err := quoteEnd(s, i)
			if err != nil {
				return nil, err
			}
			i = j
		case '_':
			out = append(out, s[start:i])
			i++
			start = i
		default:
			i++
		}
	}
	return append(out, s[start:]), nil
}

// synsetName parses "&NAME" or &"NAME" into the name with its '&'.
func synsetName(s string) (string, error) {
	rest := s[1:]
	if rest == "" {
		return "", fmt.Errorf("& without a synset name")
	}
	if rest[0] == '"' {
		text, after, err := unquote(rest)
		if err != nil {
			return "", err
		}
		if after != "" || text == "" {
			return "", fmt.Errorf("bad synset name %s", s)
		}
		return "&" + text, nil
	}
	if strings.IndexByte(rest, '"') >= 0 {
		return "", fmt.Errorf("quote inside synset name %s: quote the whole name", s)
	}
	return "&" + strings.ToUpper(rest), nil
}

// pitem is one element of a pattern or synset phrase, or the verb.
type pitem struct {
	e    Elem
	verb bool
	adj  bool // joined to the item before by '_'
}

// elems parses pattern elements: tokens separated by blanks (other words
// may come between) whose pieces are joined by '_' (consecutive).
func elems(toks []ntok, buf []pitem) ([]pitem, error) {
	items := buf[:0]
	var pbuf [8]string
	for _, t := range toks {
		ps, err := pieces(t.s, pbuf[:0])
		if err != nil {
			return nil, err
		}
		for k, s := range ps {
			if s == "" {
				return nil, fmt.Errorf("stray _ in %s", t.s)
			}
			it := pitem{adj: k > 0}
			switch s {
			case "*":
				it.verb = true
			case "$":
				it.e.Kind = ElemSource
			case "+":
				it.e.Kind = ElemTarget
			case "%":
				it.e.Kind = ElemCompound
			case "^":
				it.e.Kind = ElemSkip
			default:
				if s[0] == '&' {
					name, err := synsetName(s)
					if err != nil {
						return nil, err
					}
					it.e.Kind, it.e.Synset = ElemSynset, name
					break
				}
				w, err := word(s)
				if err != nil {
					return nil, err
				}
				it.e.Kind, it.e.Word = ElemWord, w
			}
			it.e.Adjacent = it.adj
			items = append(items, it)
		}
	}
	return items, nil
}

// bracketCode parses a "[CODE]" token; ok is false if t is not one.
func bracketCode(t string) (code string, ok bool, err error) {
	if t[0] != '[' {
		return "", false, nil
	}
	if len(t) < 3 || t[len(t)-1] != ']' {
		return "", true, fmt.Errorf("bad code %s: want [CODE]", t)
	}
	code = strings.ToUpper(t[1 : len(t)-1])
	if !validEventCode(code) {
		return "", true, fmt.Errorf("bad code %s", t)
	}
	return code, true, nil
}

// validEventCode: a verb or pattern code that the native format can
// hold: printable, without blanks, brackets or quotes, upper-case.
func validEventCode(c string) bool {
	if c == "" || c == "#" || !utf8.ValidString(c) || strings.ToUpper(c) != c {
		return false
	}
	for _, r := range c {
		if !strconv.IsPrint(r) || r == ' ' || r == '[' || r == ']' || r == '"' {
			return false
		}
	}
	return true
}

// isoDate parses YYYY-MM-DD into a YYYYMMDD integer, with the checks
// parseDate makes on the older forms.
func isoDate(s string) (int, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			continue
		}
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
		}
		n = n*10 + int(s[i]-'0')
	}
	if !validDate(n) {
		return 0, fmt.Errorf("bad date %q: month or day out of range", s)
	}
	return n, nil
}

// validDate: a YYYYMMDD integer with month 1..12 and day 1..31.
func validDate(n int) bool {
	m, d := n/100%100, n%100
	return n > 0 && n <= 99991231 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// dateRange parses FROM..TO, FROM.. or ..TO. A range that ends before it
// starts is read as written; Lint reports it.
func dateRange(s string) (from, to int, err error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok || (a == "" && b == "") {
		return 0, 0, fmt.Errorf("bad date range %q: want FROM..TO, FROM.. or ..TO (YYYY-MM-DD)", s)
	}
	if a != "" {
		if from, err = isoDate(a); err != nil {
			return 0, 0, err
		}
	}
	if b != "" {
		if to, err = isoDate(b); err != nil {
			return 0, 0, err
		}
	}
	return from, to, nil
}

// nblock is the kind of entry whose sub-lines (name, code, form, ...)
// come next.
type nblock int

const (
	inNothing nblock = iota
	inActor
	inAgent
	inVerb
	inSynset
	inBadEntry // an entry whose first line was bad: its lines are skipped
)

// nativeReader reads one native file.
type nativeReader struct {
	lineErrors
	d *Dictionary

	n        int    // current line
	in       nblock // the entry being read
	cur      int    // its index in d.Actors, d.Agents or d.Verbs
	synset   *Synset
	codeSeen bool // the agent or verb has its code line

	toks  []ntok
	items []pitem
}

// ReadNative reads a dictionary in the native format (see
// docs/dictionary-format.md). A line that cannot be read is reported with
// its position and skipped, and reading goes on; a bad first line of an
// entry skips the whole entry. Facts that are readable but doubtful
// (an actor without a code, a date range that ends before it starts, a
// pattern naming a synset that no file defines) are kept: Lint reports
// them.
func ReadNative(r io.Reader, file string) (*Dictionary, ErrorList) {
	nr := &nativeReader{lineErrors: lineErrors{file: file}, d: &Dictionary{}}
	b, err := io.ReadAll(r)
	data := string(b)
	if i := strings.IndexByte(data[:min(len(data), binarySniffBytes)], 0); i >= 0 {
		nr.errorf(strings.Count(data[:i], "\n")+1, "NUL byte: binary file, not a dictionary")
		return nr.d, nr.errs
	}
	for off := 0; off < len(data) && !nr.stopped; {
		l := data[off:]
		if i := strings.IndexByte(l, '\n'); i >= 0 {
			l = l[:i]
			off += i + 1
		} else {
			off = len(data)
		}
		nr.n++
		nr.line(strings.TrimSuffix(l, "\r"))
	}
	if err != nil {
		nr.errorf(max(nr.n, 1), "read: %v", err)
	}
	if len(nr.d.Synsets) == 0 {
		nr.d.Synsets = nil
	}
	if len(nr.d.Options) == 0 {
		nr.d.Options = nil
	}
	return nr.d, nr.errs
}

func (nr *nativeReader) pos() Pos { return Pos{nr.file, nr.n} }

// line reads one line.
func (nr *nativeReader) line(l string) {
	if nr.n == 1 {
		l = strings.TrimPrefix(l, "\uFEFF")
	}
	switch {
	case len(l) > maxLineBytes:
		nr.errorf(nr.n, "line is %d bytes long (limit %d)", len(l), maxLineBytes)
		return
	case !utf8.ValidString(l):
		nr.errorf(nr.n, "not UTF-8")
		return
	}
	if c := controlChar(l); c >= 0 {
		nr.errorf(nr.n, "control character %#02x", c)
		return
	}
	toks, err := tokens(l, nr.toks)
	nr.toks = toks
	if err != nil {
		nr.errorf(nr.n, "%v", err)
		return
	}
	if len(toks) == 0 {
		return
	}
	if err := nr.entry(toks[0].s, toks[1:], l); err != nil {
		nr.errorf(nr.n, "%s: %v", toks[0].s, err)
	}
}

// starts reports whether keyword starts an entry.
func starts(keyword string) bool {
	switch keyword {
	case "actor", "agent", "verb", "synset", "discard", "noun", "adjective", "option", "format":
		return true
	}
	return false
}

// entry reads a line with its keyword and arguments.
func (nr *nativeReader) entry(keyword string, args []ntok, l string) error {
	d := nr.d
	if starts(keyword) {
		nr.in = inBadEntry // until the line is read
		nr.synset = nil
	}
	switch keyword {
	case "format":
		nr.in = inNothing
		if len(args) != 1 || args[0].s != strconv.Itoa(NativeVersion) {
			return fmt.Errorf("unknown format version: this sitrep reads format %d", NativeVersion)
		}
	case "actor":
		p, _, err := phrase(args, false)
		if err != nil {
			return fmt.Errorf("%v; the actor is skipped", err)
		}
		d.Actors = append(d.Actors, Actor{Names: []Phrase{p}, Pos: nr.pos()})
		nr.in, nr.cur = inActor, len(d.Actors)-1
	case "agent":
		p, _, err := phrase(args, false)
		if err != nil {
			return fmt.Errorf("%v; the agent is skipped", err)
		}
		d.Agents = append(d.Agents, Agent{Names: []Phrase{p}, Pos: nr.pos()})
		nr.in, nr.cur, nr.codeSeen = inAgent, len(d.Agents)-1, false
	case "verb":
		f, err := verbForm(args)
		if err != nil {
			return fmt.Errorf("%v; the verb block is skipped", err)
		}
		d.Verbs = append(d.Verbs, Verb{Forms: []VerbForm{f}, Code: NullCode, Pos: nr.pos()})
		nr.in, nr.cur, nr.codeSeen = inVerb, len(d.Verbs)-1, false
	case "synset":
		if len(args) != 1 || args[0].s[0] != '&' {
			return fmt.Errorf("want synset &NAME; the synset is skipped")
		}
		name, err := synsetName(args[0].s)
		if err != nil {
			return fmt.Errorf("%v; the synset is skipped", err)
		}
		if s := d.Synsets[name]; s != nil {
			return fmt.Errorf("synset %s is already defined at line %d; this one is skipped", args[0].s, s.Pos.Line)
		}
		if d.Synsets == nil {
			d.Synsets = map[string]*Synset{}
		}
		nr.synset = &Synset{Name: name, Pos: nr.pos()}
		d.Synsets[name] = nr.synset
		nr.in = inSynset
	case "discard":
		nr.in = inNothing
		return nr.discard(args)
	case "noun", "adjective":
		nr.in = inNothing
		p, _, err := phrase(args, false)
		if err != nil {
			return err
		}
		if keyword == "noun" {
			d.Nouns = append(d.Nouns, p)
		} else {
			d.Adjectives = append(d.Adjectives, p)
		}
	case "option":
		nr.in = inNothing
		return nr.option(args, l)
	case "name", "code", "form", "pattern", "phrase":
		return nr.sub(keyword, args)
	default:
		return fmt.Errorf("unknown keyword (want actor, agent, verb, synset, discard, noun, adjective, option or format, or name, code, form, pattern or phrase inside an entry)")
	}
	return nil
}

// sub reads a line that belongs to the entry above.
func (nr *nativeReader) sub(keyword string, args []ntok) error {
	d := nr.d
	in := nr.in
	if in == inBadEntry {
		return nil // reported with the entry's first line
	}
	var ok bool
	var want string
	switch keyword {
	case "name":
		ok, want = in == inActor || in == inAgent, "an actor or agent"
	case "code":
		ok, want = in == inActor || in == inAgent || in == inVerb, "an actor, agent or verb"
	case "form", "pattern":
		ok, want = in == inVerb, "a verb"
	case "phrase":
		ok, want = in == inSynset, "a synset"
	}
	if !ok {
		return fmt.Errorf("not inside %s", want)
	}
	switch {
	case keyword == "name":
		p, _, err := phrase(args, false)
		if err != nil {
			return err
		}
		if in == inActor {
			a := &d.Actors[nr.cur]
			a.Names = append(a.Names, p)
		} else {
			a := &d.Agents[nr.cur]
			a.Names = append(a.Names, p)
		}
	case keyword == "code" && in == inActor:
		c, err := actorCode(args)
		if err != nil {
			return err
		}
		a := &d.Actors[nr.cur]
		a.Codes = append(a.Codes, c)
	case keyword == "code" && in == inAgent:
		if nr.codeSeen {
			return fmt.Errorf("an agent has one code")
		}
		code, prefix, err := agentCode(args)
		if err != nil {
			return err
		}
		a := &d.Agents[nr.cur]
		a.Code, a.Prefix = code, prefix
		nr.codeSeen = true
	case keyword == "code":
		if nr.codeSeen {
			return fmt.Errorf("a verb block has one code")
		}
		if len(args) != 1 {
			return fmt.Errorf("want code CODE")
		}
		c := strings.ToUpper(args[0].s)
		if !validEventCode(c) {
			return fmt.Errorf("bad code %q", args[0].s)
		}
		d.Verbs[nr.cur].Code = c
		nr.codeSeen = true
	case keyword == "form":
		f, err := verbForm(args)
		if err != nil {
			return err
		}
		v := &d.Verbs[nr.cur]
		v.Forms = append(v.Forms, f)
	case keyword == "pattern":
		p, err := nr.pattern(args)
		if err != nil {
			return err
		}
		v := &d.Verbs[nr.cur]
		v.Patterns = append(v.Patterns, p)
	case keyword == "phrase":
		ph, err := nr.synsetPhrase(args)
		if err != nil {
			return err
		}
		nr.synset.Phrases = append(nr.synset.Phrases, ph)
	}
	return nil
}

// actorCode parses "CODE" or "CODE FROM..TO".
func actorCode(args []ntok) (DatedCode, error) {
	var c DatedCode
	if len(args) < 1 || len(args) > 2 {
		return c, fmt.Errorf("want code CODE or code CODE FROM..TO")
	}
	if !validActorCode(args[0].s) {
		return c, fmt.Errorf("bad actor code %q", args[0].s)
	}
	c.Code = strings.ToUpper(args[0].s)
	if len(args) == 2 {
		var err error
		if c.From, c.To, err = dateRange(args[1].s); err != nil {
			return c, err
		}
	}
	return c, nil
}

// agentCode parses "~CODE" (after the actor code) or "CODE~" (before it).
func agentCode(args []ntok) (code string, prefix bool, err error) {
	if len(args) != 1 {
		return "", false, fmt.Errorf("want code ~CODE or code CODE~")
	}
	s := args[0].s
	switch {
	case len(s) > 1 && s[0] == '~':
		code = s[1:]
	case len(s) > 1 && s[len(s)-1] == '~':
		code, prefix = s[:len(s)-1], true
	default:
		return "", false, fmt.Errorf("agent code %q: want ~CODE (after the actor code) or CODE~ (before it)", s)
	}
	if !validActorCode(code) {
		return "", false, fmt.Errorf("bad agent code %q", s)
	}
	return strings.ToUpper(code), prefix, nil
}

// verbForm parses "WORDS [CODE]" with an optional head mark.
func verbForm(args []ntok) (VerbForm, error) {
	var f VerbForm
	if n := len(args); n > 0 {
		code, ok, err := bracketCode(args[n-1].s)
		if err != nil {
			return f, err
		}
		if ok {
			f.Code = code
			args = args[:n-1]
		}
	}
	p, head, err := phrase(args, true)
	if err != nil {
		return f, err
	}
	f.Words, f.Head = p, max(head, 0)
	return f, nil
}

// pattern parses "ELEMENTS [CODE]".
func (nr *nativeReader) pattern(args []ntok) (Pattern, error) {
	var p Pattern
	if len(args) == 0 {
		return p, fmt.Errorf("empty pattern")
	}
	code, ok, err := bracketCode(args[len(args)-1].s)
	if err != nil {
		return p, err
	}
	if !ok {
		return p, fmt.Errorf("no [CODE] at the end")
	}
	items, err := elems(args[:len(args)-1], nr.items)
	nr.items = items
	if err != nil {
		return p, err
	}
	verb := -1
	for i, it := range items {
		if it.verb {
			if verb >= 0 {
				return p, fmt.Errorf("more than one verb marker *")
			}
			verb = i
		}
	}
	if verb < 0 {
		return p, fmt.Errorf("no verb marker *")
	}
	for i, it := range items {
		switch {
		case i < verb:
			p.Before = append(p.Before, it.e)
		case i == verb:
			p.VerbAdjacentBefore = it.adj
		default:
			if i == verb+1 {
				p.VerbAdjacentAfter = it.adj
			}
			p.After = append(p.After, it.e)
		}
	}
	p.Code, p.Pos = code, nr.pos()
	return p, nil
}

// synsetPhrase parses the words and synsets of a synset phrase.
func (nr *nativeReader) synsetPhrase(args []ntok) ([]Elem, error) {
	items, err := elems(args, nr.items)
	nr.items = items
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("empty phrase")
	}
	ph := make([]Elem, len(items))
	for i, it := range items {
		if it.verb || (it.e.Kind != ElemWord && it.e.Kind != ElemSynset) {
			return nil, fmt.Errorf("a synset phrase holds only words and &SYNSETS")
		}
		ph[i] = it.e
	}
	return ph, nil
}

// discard parses "sentence PHRASE" or "story PHRASE"; a '*' after the last
// word makes the phrase a stem.
func (nr *nativeReader) discard(args []ntok) error {
	dc := Discard{Pos: nr.pos()}
	if len(args) > 0 {
		switch args[0].s {
		case "sentence":
		case "story":
			dc.Story = true
		default:
			args = nil
		}
	}
	if len(args) < 2 {
		return fmt.Errorf("want discard sentence PHRASE or discard story PHRASE")
	}
	p, _, err := phrase(args[1:], false)
	if err != nil {
		return err
	}
	words := make([]string, len(p))
	for i, w := range p {
		if w.Gap {
			return fmt.Errorf("no gaps (..) in a discard phrase")
		}
		if w.Stem && i < len(p)-1 {
			return fmt.Errorf("only the last word of a discard phrase may be a stem (*)")
		}
		words[i] = w.Text
	}
	dc.WholeWord = !p[len(p)-1].Stem
	dc.Text = strings.Join(words, " ")
	nr.d.Discards = append(nr.d.Discards, dc)
	return nil
}

// option parses "KEY VALUE": the value is the rest of the line, or one
// string literal.
func (nr *nativeReader) option(args []ntok, l string) error {
	if len(args) == 0 {
		return fmt.Errorf("want option NAME VALUE")
	}
	key := args[0].s
	if key[0] == '"' {
		k, rest, err := unquote(key)
		if err != nil {
			return err
		}
		if rest != "" || k == "" {
			return fmt.Errorf("bad option name %s", key)
		}
		key = k
	}
	val, err := optionValue(args[1:], l)
	if err != nil {
		return err
	}
	if _, dup := nr.d.Options[key]; dup {
		return fmt.Errorf("option %s is set twice", key)
	}
	if nr.d.Options == nil {
		nr.d.Options = map[string]string{}
	}
	nr.d.Options[key] = val
	return nil
}

// optionValue is the text of the value tokens of line l.
func optionValue(toks []ntok, l string) (string, error) {
	if len(toks) == 0 {
		return "", nil
	}
	if len(toks) == 1 && toks[0].s[0] == '"' {
		v, rest, err := unquote(toks[0].s)
		if err == nil && rest != "" {
			err = fmt.Errorf("text after quoted value %s", toks[0].s)
		}
		return v, err
	}
	return l[toks[0].off:toks[len(toks)-1].end], nil
}
