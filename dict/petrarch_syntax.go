package dict

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Input limits for dictionary files.
const (
	// maxLineBytes bounds one line. Real dictionary lines are a few hundred
	// bytes at most (TABARI refused lines over 255); a longer line is junk.
	maxLineBytes = 1 << 16
	// maxErrors stops reading a file that is clearly not a dictionary
	// (a binary file, the wrong kind of file) after this many bad lines.
	maxErrors = 1000
	// binarySniffBytes: a NUL byte this early means a binary file (the
	// test git uses); later ones are damage in a text file.
	binarySniffBytes = 8000
	// maxExpansions bounds the phrases one agent line may expand to through
	// !substitution! markers, so that a few markers cannot explode.
	maxExpansions = 1000
)

// line is one dictionary line with its comments removed.
type line struct {
	n          int    // 1-based line number
	text       string // without comments, trimmed of surrounding blanks
	afterBlank bool   // a blank line (not a comment line) comes before it
}

// scanner splits a dictionary file into lines, removes comments and blank
// lines, and collects positioned errors.
type scanner struct {
	lineErrors
	data string
	off  int
	n    int
	line line

	semicolon bool // ';' starts a comment (always, for legacy files)
	tildeEnds bool // TABARI: a line starting with '~' ends the file
	slash     bool // TABARI: a line starting with '/' is a comment

	inComment    bool // inside a multi-line <!-- comment
	commentStart int  // line where that comment started
}

func newScanner(r io.Reader, file string) *scanner {
	sc := &scanner{lineErrors: lineErrors{file: file}, semicolon: true}
	b, err := io.ReadAll(r)
	sc.data = string(b)
	if err != nil {
		sc.errs = append(sc.errs, &Error{Pos{file, strings.Count(sc.data, "\n") + 1},
			"read: " + err.Error()})
	}
	return sc
}

// lineErrors collects the problems a reader finds in one file, each at
// its line, and tells the reader to stop after maxErrors of them.
type lineErrors struct {
	file    string
	errs    ErrorList
	stopped bool
}

// errorf records a problem at line n. After maxErrors problems the reader
// stops.
func (le *lineErrors) errorf(n int, format string, args ...any) {
	if le.stopped {
		return
	}
	le.errs = append(le.errs, &Error{Pos{le.file, n}, fmt.Sprintf(format, args...)})
	if len(le.errs) >= maxErrors {
		le.errs = append(le.errs, &Error{Pos{le.file, n},
			fmt.Sprintf("too many errors (%d); is this a dictionary file? stopped reading", maxErrors)})
		le.stopped = true
	}
}

func (sc *scanner) pos(n int) Pos { return Pos{sc.file, n} }

// errors returns the problems found, in line order.
func (sc *scanner) errors() ErrorList {
	sort.SliceStable(sc.errs, func(i, j int) bool { return sc.errs[i].Pos.Line < sc.errs[j].Pos.Line })
	return sc.errs
}

// next advances to the next non-blank line and reports whether there is one.
func (sc *scanner) next() bool {
	if sc.n == 0 && sc.off == 0 {
		if i := strings.IndexByte(sc.data[:min(len(sc.data), binarySniffBytes)], 0); i >= 0 {
			sc.errorf(strings.Count(sc.data[:i], "\n")+1, "NUL byte: binary file, not a dictionary")
			sc.stopped = true
			return false
		}
	}
	blank := false
	for !sc.stopped && sc.off < len(sc.data) {
		raw := sc.data[sc.off:]
		if i := strings.IndexByte(raw, '\n'); i >= 0 {
			raw = raw[:i]
			sc.off += i + 1
		} else {
			sc.off = len(sc.data)
		}
		sc.n++
		raw = strings.TrimSuffix(raw, "\r")
		if len(raw) > maxLineBytes {
			sc.errorf(sc.n, "line is %d bytes long (limit %d)", len(raw), maxLineBytes)
			continue
		}
		if !utf8.ValidString(raw) {
			raw = latin1(raw)
		}
		if hasNonASCII(raw) {
			// Other blanks (no-break space, ...) separate words too.
			raw = strings.Map(func(r rune) rune {
				if r > 0x7f && unicode.IsSpace(r) {
					return ' '
				}
				return r
			}, raw)
		}
		if sc.tildeEnds && !sc.inComment && strings.HasPrefix(strings.TrimSpace(raw), "~") {
			sc.off = len(sc.data)
			break
		}
		if strings.TrimSpace(raw) == "" && !sc.inComment {
			blank = true
			continue
		}
		text := sc.strip(raw)
		text = strings.TrimSpace(text)
		if text == "" || (sc.slash && text[0] == '/') {
			continue
		}
		if c := controlChar(text); c >= 0 {
			sc.errorf(sc.n, "control character %#02x replaced by U+FFFD", c)
			text = strings.Map(func(r rune) rune {
				if (r < 0x20 && r != '\t') || r == 0x7f {
					return utf8.RuneError
				}
				return r
			}, text)
		}
		sc.line = line{n: sc.n, text: text, afterBlank: blank}
		return true
	}
	if sc.inComment {
		sc.errorf(sc.commentStart, "<!-- comment is not closed by -->")
		sc.inComment = false
	}
	return false
}

// strip removes comments from raw: <!-- ... --> anywhere (possibly spanning
// lines), and '#' or ';' to the end of the line when they are outside
// [...] (so that the codes [###] and [+++] survive).
func (sc *scanner) strip(raw string) string {
	var out strings.Builder
	depth := 0
	i := 0
	for i < len(raw) {
		if sc.inComment {
			j := strings.Index(raw[i:], "-->")
			if j < 0 {
				return out.String()
			}
			i += j + 3
			sc.inComment = false
			out.WriteByte(' ')
			continue
		}
		j := i
		for ; j < len(raw); j++ {
			c := raw[j]
			if c == '<' && commentOpen(raw[j:]) > 0 {
				break
			}
			if depth == 0 && (c == '#' || (c == ';' && sc.semicolon)) {
				out.WriteString(raw[i:j])
				return out.String()
			}
			switch c {
			case '[':
				depth++
			case ']':
				if depth > 0 {
					depth--
				}
			}
		}
		out.WriteString(raw[i:j])
		if j == len(raw) {
			break
		}
		sc.inComment = true
		sc.commentStart = sc.n
		i = j + commentOpen(raw[j:])
	}
	return out.String()
}

// commentOpen returns the length of the comment opener at the start of s
// ("<!--", or the sloppy "<! --"), or 0.
func commentOpen(s string) int {
	if !strings.HasPrefix(s, "<!") {
		return 0
	}
	i := 2
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if strings.HasPrefix(s[i:], "--") {
		return i + 2
	}
	return 0
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// controlChar returns the first control character of s other than tab, or -1.
func controlChar(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\t') || c == 0x7f {
			return int(c)
		}
	}
	return -1
}

// latin1 converts s, which is not valid UTF-8, byte by byte from ISO 8859-1:
// old dictionaries were written in 8-bit encodings.
func latin1(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}

// segments is a dictionary line split into the text outside brackets, the
// contents of its [...] blocks and of its {...} block.
type segments struct {
	text     string   // text before the first bracket or brace
	after    string   // other text outside brackets and braces
	codes    []string // contents of each [...]
	forms    string   // contents of {...}
	hasForms bool
}

// splitLine splits s into segments. A '}' closes an open '[' when no ']'
// follows on the line (the typo "[~LEG}" occurs in the PETRARCH files and
// their documentation).
func splitLine(s string) (segments, error) {
	var sg segments
	var outside []string
	i, start := 0, 0
	first := true
	flush := func(end int) {
		t := strings.TrimSpace(s[start:end])
		if first {
			sg.text = t
			first = false
		} else if t != "" {
			outside = append(outside, t)
		}
	}
	for i < len(s) {
		switch s[i] {
		case '[':
			flush(i)
			rest := s[i+1:]
			j := strings.IndexByte(rest, ']')
			if o := strings.IndexByte(rest, '['); o >= 0 && (j < 0 || o < j) {
				return sg, fmt.Errorf("missing ] after [")
			}
			if j < 0 {
				j = strings.IndexByte(rest, '}')
				if j < 0 {
					return sg, fmt.Errorf("missing ] after [")
				}
			}
			sg.codes = append(sg.codes, rest[:j])
			i += j + 2
			start = i
		case '{':
			flush(i)
			j := strings.IndexAny(s[i+1:], "{}")
			if j < 0 || s[i+1+j] == '{' {
				return sg, fmt.Errorf("missing } after {")
			}
			if sg.hasForms {
				return sg, fmt.Errorf("more than one {...}")
			}
			sg.forms, sg.hasForms = s[i+1:i+1+j], true
			i += j + 2
			start = i
		case ']':
			return sg, fmt.Errorf("] without [")
		case '}':
			return sg, fmt.Errorf("} without {")
		default:
			i++
		}
	}
	flush(len(s))
	sg.after = strings.Join(outside, " ")
	return sg, nil
}

// upperWords splits s on blanks and underscores into upper-case words.
func upperWords(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '_'
	})
}

// exactPhrase is a PETRARCH phrase: words separated by blanks or
// underscores, matched exactly.
func exactPhrase(s string) Phrase {
	var p Phrase
	gap := false
	i := 0
	s = strings.ToUpper(s)
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' {
			gap = true
			i++
			continue
		}
		if c == '_' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '_' {
			j++
		}
		p = append(p, Word{Text: s[i:j], Gap: gap && len(p) > 0})
		gap = false
		i = j
	}
	return p
}

// tabariPhrase is a TABARI phrase: hyphens are underscores; a word directly
// followed by '_' or ending in '=' is matched exactly, other words are
// stems. noEndings reports a final '=' (no regular endings on the last
// word).
func tabariPhrase(s string) (p Phrase, noEndings bool) {
	s = strings.ReplaceAll(strings.ToUpper(s), "-", "_")
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == '_' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '_' {
			j++
		}
		w := Word{Text: s[i:j]}
		noEndings = false
		switch {
		case strings.HasSuffix(w.Text, "="):
			w.Text = strings.TrimRight(w.Text, "=")
			noEndings = true
		case j < len(s) && s[j] == '_':
		default:
			w.Stem = true
		}
		if w.Text != "" {
			p = append(p, w)
		}
		i = j
	}
	return p, noEndings
}

// pluralVariants returns p with its last word replaced by each of its
// regular plurals.
func pluralVariants(p Phrase) []Phrase {
	if len(p) == 0 {
		return nil
	}
	last := p[len(p)-1]
	var out []Phrase
	for _, pl := range Plurals(last.Text) {
		q := append(Phrase(nil), p...)
		q[len(q)-1] = Word{Text: pl, Stem: last.Stem}
		out = append(out, q)
	}
	return out
}

// parseActorCode parses the inside of an actor code block: "CODE",
// "CODE <date", "CODE >date", "CODE date-date"; compound codes "A/B/C"
// give one DatedCode per part.
func parseActorCode(block string) ([]DatedCode, error) {
	b := strings.TrimSpace(block)
	end := strings.IndexAny(b, " \t<>")
	if end < 0 {
		end = len(b)
	}
	code, rest := b[:end], strings.TrimSpace(b[end:])
	if code == "" {
		return nil, fmt.Errorf("no code in [%s]", block)
	}
	from, to, err := parseRestriction(rest)
	if err != nil {
		return nil, err
	}
	var out []DatedCode
	for _, part := range strings.Split(code, "/") {
		if !validActorCode(part) {
			return nil, fmt.Errorf("bad code %q in [%s]", part, block)
		}
		out = append(out, DatedCode{Code: strings.ToUpper(part), From: from, To: to})
	}
	return out, nil
}

// validActorCode: letters and digits, or one of the special codes.
func validActorCode(c string) bool {
	switch c {
	case NullCode, DiscardCode, "+++":
		return true
	case "":
		return false
	}
	for _, r := range c {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// parseRestriction parses "", "<date", ">date" or "date-date".
func parseRestriction(s string) (from, to int, err error) {
	switch {
	case s == "":
		return 0, 0, nil
	case s[0] == '<':
		to, err = parseDate(s[1:])
		return 0, to, err
	case s[0] == '>':
		from, err = parseDate(s[1:])
		return from, 0, err
	}
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, fmt.Errorf("bad date restriction %q: want <date, >date or date-date", s)
	}
	if from, err = parseDate(a); err != nil {
		return 0, 0, err
	}
	if to, err = parseDate(b); err != nil {
		return 0, 0, err
	}
	if from > to {
		return 0, 0, fmt.Errorf("date range %q ends before it starts", s)
	}
	return from, to, nil
}

// parseDate parses YYYYMMDD or YYMMDD (YY < 30 is 20YY, else 19YY) into a
// YYYYMMDD integer.
func parseDate(s string) (int, error) {
	s = strings.TrimSpace(s)
	if len(s) != 6 && len(s) != 8 {
		return 0, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || strings.ContainsAny(s, "+-") {
		return 0, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	if len(s) == 6 {
		if n/10000 < 30 {
			n += 20000000
		} else {
			n += 19000000
		}
	}
	if m, d := n/100%100, n%100; m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("bad date %q: month or day out of range", s)
	}
	return n, nil
}

// eventCode normalises a verb or pattern code: blanks removed, upper-case.
func eventCode(block string) (string, error) {
	c := strings.ToUpper(strings.Join(strings.Fields(block), ""))
	if c == "" {
		return "", fmt.Errorf("empty code []")
	}
	return c, nil
}
