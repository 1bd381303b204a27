package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Flags the scanner records for each token; the sentence splitter reads
// them.
const (
	fSpace  uint8 = 1 << iota // white space precedes the token
	fPara                     // a blank line (paragraph break) precedes the token
	fTerm                     // sentence punctuation: . ! ? ... …
	fClose                    // may close a quote or bracket: ) ] } ” ’ » " '
	fOpen                     // may open a quote or bracket: ( [ { “ ‘ « " '
	fCanEnd                   // an abbreviation that may also end a sentence: "U.S.", "Inc."
)

// Character classes of ASCII bytes.
const (
	cOther uint8 = iota
	cSpace       // white space and control characters, skipped
	cWord        // letters, digits, '_'
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c < ' ' || c == 0x7f || c == ' ':
			t[c] = cSpace
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '_':
			t[c] = cWord
		}
	}
	return t
}()

// Constant Norm forms, so that normalising a curly quote or a clitic does
// not allocate.
const (
	normApos   = "'"
	normQuote  = `"`
	normHyphen = "-"
	normDash   = "--"
	normDots   = "..."
)

// scanner cuts s[pos:] into tokens, appending them to toks and their
// flags to flags.
type scanner struct {
	s     string // the text, cut at the end of the range to tokenize
	up    string // s[base:] with ASCII letters upper-cased; ASCII tokens share it as Norm
	base  int
	toks  []Token
	flags []uint8
}

func newScanner(text string, start, end int) scanner {
	s := text[:end]
	est := (end-start)/5 + 8
	return scanner{
		s:     s,
		up:    upperASCII(s[start:]),
		base:  start,
		toks:  make([]Token, 0, est),
		flags: make([]uint8, 0, est),
	}
}

// upperASCII returns s with ASCII letters upper-cased; other bytes, valid
// UTF-8 or not, are copied unchanged, so the result has the same length and
// offsets as s.
func upperASCII(s string) string {
	i := 0
	for i < len(s) && !isLowerASCII(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	s = s[i:]
	var buf [512]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		for k, c := range buf[:n] {
			if c-'a' < 26 {
				buf[k] = c - ('a' - 'A')
			}
		}
		b.Write(buf[:n])
		s = s[n:]
	}
	return b.String()
}

// isWordRune says whether a non-ASCII rune belongs in a word. Invalid
// UTF-8 (RuneError) counts as a word character so that it is never lost.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == cWord
	}
	switch r {
	case utf8.RuneError, 0xAD, 0x200C, 0x200D: // soft hyphen, zero-width (non-)joiner
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isSpaceRune says whether a non-ASCII rune is white space (or an invisible
// character that separates nothing, which is skipped like space).
func isSpaceRune(r rune) bool {
	switch r {
	case 0x200B, 0x2060, 0xFEFF: // zero-width space, word joiner, BOM
		return true
	}
	return unicode.IsSpace(r)
}

// wordAt says whether a word character starts at s[i].
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c] == cWord
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// letterAt says whether a letter starts at s[i].
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func isDigitASCII(c byte) bool { return '0' <= c && c <= '9' }
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

// apostropheAt returns the width of an apostrophe (' or ’) at s[i], or 0.
func apostropheAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == '\'' {
		return 1
	}
	if s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
		return 3 // ’
	}
	return 0
}

// run scans the whole range.
func (sc *scanner) run() {
	s := sc.s
	i := sc.base
	// Whether white space precedes the first token.
	spaced := i == 0
	if !spaced {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		spaced = r < utf8.RuneSelf && asciiClass[r] == cSpace || r >= utf8.RuneSelf && isSpaceRune(r)
	}
	for {
		from := i
		newlines := 0
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if asciiClass[c] != cSpace {
					break
				}
				if c == '\n' {
					newlines++
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isSpaceRune(r) {
				break
			}
			switch r {
			case 0x2029: // paragraph separator
				newlines += 2
			case 0x2028, 0x85:
				newlines++
			}
			i += size
		}
		if i >= len(s) {
			return
		}
		var flag uint8
		if i > from {
			flag = fSpace
			spaced = true
		}
		if newlines >= 2 {
			flag |= fPara
		}
		end, norm, kind, f := sc.scan(i, spaced)
		sc.toks = append(sc.toks, Token{Start: i, End: end, Norm: norm, Kind: kind})
		sc.flags = append(sc.flags, flag|f)
		i = end
		spaced = false
	}
}

// scan reads the token that starts at s[i]; spaced says whether white space
// (or the start of the text) precedes it.
func (sc *scanner) scan(i int, spaced bool) (int, string, Kind, uint8) {
	s := sc.s
	c := s[i]
	if c < utf8.RuneSelf {
		if asciiClass[c] == cWord {
			return sc.word(i, spaced)
		}
		switch c {
		case '.', '!', '?':
			return sc.terminal(i)
		case '-':
			j := i + 1
			for j < len(s) && s[j] == '-' {
				j++
			}
			if j-i == 1 {
				return j, normHyphen, Punct, 0
			}
			return j, normDash, Punct, 0
		case '\'':
			return sc.apostrophe(i, 1, spaced)
		case '"':
			if spaced {
				return i + 1, normQuote, Punct, fOpen
			}
			return i + 1, normQuote, Punct, fClose
		case '(', '[', '{':
			return i + 1, sc.s[i : i+1], Punct, fOpen
		case ')', ']', '}':
			return i + 1, sc.s[i : i+1], Punct, fClose
		case '@':
			if j := handleEnd(s, i+1); j > i+1 {
				return j, sc.norm(i, j, true), Word, 0
			}
		case '#':
			if letterAt(s, i+1) {
				j := i + 1
				for wordAt(s, j) {
					_, size := utf8.DecodeRuneInString(s[j:])
					j += size
				}
				return j, sc.norm(i, j, isASCII(s[i:j])), Word, 0
			}
		}
		return i + 1, sc.s[i : i+1], Punct, 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if isWordRune(r) {
		return sc.word(i, spaced)
	}
	j := i + size
	switch r {
	case 0x2026: // …
		return sc.terminal(i)
	case 0x2019: // ’ apostrophe or closing single quote
		return sc.apostrophe(i, size, spaced)
	case 0x2018, 0x201A, 0x201B, 0x2039: // ‘ ‚ ‛ ‹
		return j, normApos, Punct, fOpen
	case 0x203A: // ›
		return j, normApos, Punct, fClose
	case 0x201C, 0x201E, 0x201F, 0xAB: // “ „ ‟ «
		return j, normQuote, Punct, fOpen
	case 0x201D, 0xBB: // ” »
		return j, normQuote, Punct, fClose
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63, 0xFF0D: // hyphens, en dash, minus
		return j, normHyphen, Punct, 0
	case 0x2014, 0x2015, 0x2E3A, 0xFE58: // em dash, horizontal bar
		return j, normDash, Punct, 0
	case 0xFF08, 0xFF3B: // fullwidth ( [
		return j, sc.s[i:j], Punct, fOpen
	case 0xFF09, 0xFF3D: // fullwidth ) ]
		return j, sc.s[i:j], Punct, fClose
	case 0x3002, 0xFF01, 0xFF1F, 0xFF0E: // ideographic and fullwidth full stops, ! and ?
		return j, sc.s[i:j], Punct, fTerm
	}
	norm := s[i:j]
	if u := unicode.ToUpper(r); u != r {
		norm = string(u)
	}
	return j, norm, Punct, 0
}

// terminal reads a run of sentence punctuation: ".", "!", "?!", "...", "…".
func (sc *scanner) terminal(i int) (int, string, Kind, uint8) {
	s := sc.s
	j := i
	ascii := true
	for j < len(s) {
		switch s[j] {
		case '.', '!', '?':
			j++
			continue
		}
		if strings.HasPrefix(s[j:], "\u2026") {
			ascii = false
			j += 3
			continue
		}
		break
	}
	norm := s[i:j]
	if !ascii {
		if norm == "\u2026" {
			norm = normDots
		} else {
			norm = strings.ReplaceAll(norm, "\u2026", normDots)
		}
	}
	return j, norm, Punct, fTerm
}

// apostrophe reads a token that starts with an apostrophe of width w at
// s[i]: a clitic ("'s", "'re", "’ll") directly after a word, or a quote.
func (sc *scanner) apostrophe(i, w int, spaced bool) (int, string, Kind, uint8) {
	s := sc.s
	if !spaced {
		// After a word, or an abbreviation: "U.S.'s".
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) || r == '.' && i >= 2 && letterAt(s, i-2) {
			k := i + w
			m := k
			for m < len(s) && m-k <= 2 && letterAt(s, m) && s[m] < utf8.RuneSelf {
				m++
			}
			if norm := clitic(s[k:m]); norm != "" && !wordAt(s, m) {
				return m, norm, Word, 0
			}
		}
	}
	f := fOpen
	if !spaced {
		f = fClose
	}
	return i + w, normApos, Punct, f
}

// clitic returns the Norm of the clitic whose letters (after the
// apostrophe) are l, or "" if l is not a clitic.
func clitic(l string) string {
	switch len(l) {
	case 1:
		switch l[0] | 0x20 {
		case 's':
			return "'S"
		case 'm':
			return "'M"
		case 'd':
			return "'D"
		}
	case 2:
		switch strings.ToLower(l) {
		case "re":
			return "'RE"
		case "ve":
			return "'VE"
		case "ll":
			return "'LL"
		}
	}
	return ""
}

// handleEnd returns the end of the @handle name that starts at s[i], or i.
func handleEnd(s string, i int) int {
	j := i
	for j < len(s) && (asciiClass[s[j]&0x7f] == cWord && s[j] < utf8.RuneSelf) {
		j++
	}
	return j
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// norm returns the Norm of the word s[i:j]; ascii says whether it is all
// ASCII.
func (sc *scanner) norm(i, j int, ascii bool) string {
	if ascii {
		return sc.up[i-sc.base : j-sc.base]
	}
	return normalise(sc.s[i:j])
}

// word reads a word or number that starts at s[i].
func (sc *scanner) word(i int, spaced bool) (int, string, Kind, uint8) {
	s := sc.s
	c := s[i]
	if c == 'h' || c == 'H' || c == 'w' || c == 'W' {
		if j := urlEnd(s, i); j > i {
			return j, sc.norm(i, j, isASCII(s[i:j])), Word, 0
		}
	}
	// "n't" after the rest of its word: "did" + "n't".
	if (c == 'n' || c == 'N') && !spaced {
		if w := apostropheAt(s, i+1); w > 0 && i+1+w < len(s) && (s[i+1+w]|0x20) == 't' && !wordAt(s, i+2+w) {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) {
				return i + 2 + w, "N'T", Word, 0
			}
		}
	}
	j := i
	ascii := true
	var flag uint8
	if c >= utf8.RuneSelf || i+1 < len(s) && s[i+1] == '.' {
		if k, n := acronymEnd(s, i); n >= 2 {
			// "U.S.", "a.m.", "e.g."; go on if a hyphen follows: "U.S.-led".
			j = k
			if !(j+1 < len(s) && s[j] == '-' && wordAt(s, j+1)) {
				norm := sc.norm(i, j, isASCII(s[i:j]))
				if norm != "E.G." && norm != "I.E." {
					flag = fCanEnd
				}
				return j, norm, Word, flag
			}
			j++
		}
	}
	for {
		runStart := j
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if asciiClass[c] != cWord {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			ascii = false
			j += size
		}
		if j >= len(s) || j == runStart {
			break
		}
		c := s[j]
		if c == '.' {
			if !wordAt(s, j+1) {
				break
			}
			prev, next := s[j-1], s[j+1]
			if isDigitASCII(prev) && isDigitASCII(next) {
				j++ // 11.8
				continue
			}
			if letterAt(s, j+1) && j-runStart == 1 && isUpperASCII(prev) {
				j++ // U.S without its final period
				continue
			}
			if isLowerASCII(next) && j+2 < len(s) && isLowerASCII(s[j+2]) && !isDigitASCII(prev) {
				j++ // example.com
				continue
			}
			break
		}
		if c == '-' {
			if wordAt(s, j+1) {
				j++ // al-Muhajer, 12-year
				continue
			}
			if j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '\n' || s[j+1] == '\t' || s[j+1] == '\r' || s[j+1] == ',' {
				j++ // a dangling hyphen: "anti- Gondor"
			}
			break
		}
		if c == ',' {
			if j+3 < len(s) && allDigits(s[runStart:j]) && isDigitASCII(s[j+1]) && isDigitASCII(s[j+2]) && isDigitASCII(s[j+3]) && !(j+4 < len(s) && isDigitASCII(s[j+4])) {
				j++ // 50,000
				continue
			}
			break
		}
		if c == '/' || c == ':' {
			if isDigitASCII(s[j-1]) && j+1 < len(s) && isDigitASCII(s[j+1]) {
				j++ // 24/7, 10:30
				continue
			}
			break
		}
		if c == '&' {
			if isUpperASCII(s[j-1]) && j+1 < len(s) && isUpperASCII(s[j+1]) {
				j++ // AT&T
				continue
			}
			break
		}
		if c == '@' {
			if k := domainEnd(s, j+1); k > j+1 {
				j = k // an e-mail address
			}
			break
		}
		if w := apostropheAt(s, j); w > 0 {
			k := j + w
			m := k
			for m < len(s) && wordAt(s, m) {
				_, size := utf8.DecodeRuneInString(s[m:])
				m += size
			}
			if m == k || clitic(s[k:m]) != "" {
				break // "Jones'", "Gondor's"
			}
			if (s[k]|0x20) == 't' && m == k+1 && (s[j-1]|0x20) == 'n' && j-1 > i {
				j-- // "did" + "n't"
				break
			}
			if w > 1 {
				ascii = false
			}
			j = k // O'Brien
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[j:])
			switch r {
			case 0x2010, 0x2011, 0x2012, 0x2013: // hyphens, en dash between words
				if wordAt(s, j+size) {
					ascii = false
					j += size
					continue
				}
			}
		}
		break
	}
	// A period after an abbreviation or an initial belongs to it.
	if j < len(s) && s[j] == '.' && ascii {
		if f, ok := sc.abbreviation(i, j); ok {
			return j + 1, sc.up[i-sc.base : j+1-sc.base], Word, f
		}
	}
	kind := Word
	if isDigitASCII(c) && isNumber(s[i:j]) {
		kind = Number
	}
	return j, sc.norm(i, j, ascii), kind, flag
}

// abbreviation says whether the ASCII word s[i:j], followed by a period,
// is an abbreviation that keeps the period, and with what flag.
func (sc *scanner) abbreviation(i, j int) (uint8, bool) {
	s := sc.s
	if j-i == 1 {
		// An initial, as in "George W. Bush".
		return fCanEnd, isUpperASCII(s[i])
	}
	if j-i > 6 {
		return 0, false
	}
	a, ok := abbreviations[sc.up[i-sc.base:j-sc.base]]
	if !ok {
		return 0, false
	}
	if a&aCap != 0 && !isUpperASCII(s[i]) {
		return 0, false
	}
	if a&aNum != 0 {
		k := j + 1
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k >= len(s) || !isDigitASCII(s[k]) {
			return 0, false
		}
	}
	if a&aEnd != 0 {
		return fCanEnd, true
	}
	return 0, true
}

// acronymEnd reads single letters each followed by a period ("U.S.",
// "a.m.") from s[i]; it returns the end and the number of letters.
func acronymEnd(s string, i int) (end, n int) {
	j := i
	for j < len(s) {
		size := 1
		if c := s[j]; c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
		} else if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			break
		}
		if j+size >= len(s) || s[j+size] != '.' {
			break
		}
		n++
		j += size + 1
	}
	return j, n
}

// urlEnd returns the end of a URL starting at s[i] ("http://", "https://"
// or "www."), or i if none starts there.
func urlEnd(s string, i int) int {
	p := 0
	switch {
	case hasPrefixFold(s[i:], "https://"):
		p = 8
	case hasPrefixFold(s[i:], "http://"):
		p = 7
	case hasPrefixFold(s[i:], "www.") && wordAt(s, i+4):
		p = 4
	default:
		return i
	}
	j := i + p
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiClass[c] == cSpace || c == '"' || c == '<' || c == '>' || c == '`' {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if isSpaceRune(r) || r == 0x201C || r == 0x201D || r == 0x2018 || r == 0x2019 || r == 0xAB || r == 0xBB {
			break
		}
		j += size
	}
	// Trailing punctuation belongs to the sentence, not the URL, except a
	// closing parenthesis that matches one in the URL.
	for j > i+p {
		c := s[j-1]
		if c == ')' && strings.Count(s[i:j], "(") >= strings.Count(s[i:j], ")") {
			break
		}
		if !strings.ContainsRune(".,;:!?')]}", rune(c)) {
			break
		}
		j--
	}
	if j == i+p {
		return i
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// domainEnd returns the end of a domain name ("example.org") at s[i], or i
// if there is none.
func domainEnd(s string, i int) int {
	j, dots, last := i, 0, i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf && (asciiClass[c] == cWord || c == '-') {
			j++
			continue
		}
		if c == '.' && j > i && j+1 < len(s) && s[j-1] != '.' && (asciiClass[s[j+1]&0x7f] == cWord && s[j+1] < utf8.RuneSelf) {
			dots++
			last = j
			j++
			continue
		}
		break
	}
	if dots == 0 || j-last < 3 {
		return i
	}
	return j
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigitASCII(s[i]) {
			return false
		}
	}
	return true
}

// isNumber says whether the word w is a number: ASCII digits with "," ".",
// "/" or ":" between them and an optional ordinal or plural suffix ("12th",
// "1990s").
func isNumber(w string) bool {
	if w == "" || !isDigitASCII(w[0]) {
		return false
	}
	n := len(w)
	if n > 2 {
		switch strings.ToLower(w[n-2:]) {
		case "st", "nd", "rd", "th":
			n -= 2
		}
	}
	if n == len(w) && n > 1 && w[n-1] == 's' {
		n--
	}
	for k := 0; k < n; k++ {
		c := w[k]
		if !isDigitASCII(c) && c != ',' && c != '.' && c != '/' && c != ':' {
			return false
		}
	}
	return isDigitASCII(w[n-1])
}

// normalise returns the Norm of a word that contains non-ASCII bytes.
func normalise(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteByte(c) // keep invalid bytes as they are
		case r == 0x2019 || r == 0x2018:
			b.WriteByte('\'')
		case r == 0x2010 || r == 0x2011 || r == 0x2012 || r == 0x2013 || r == 0x2212:
			b.WriteByte('-')
		case r == 0x2014 || r == 0x2015:
			b.WriteString(normDash)
		case r == 0xAD: // a soft hyphen is invisible: drop it
		default:
			b.WriteRune(unicode.ToUpper(r))
		}
		i += size
	}
	if b.Len() == 0 {
		return w
	}
	return b.String()
}

// startsUpperOrDigit says whether the token begins with an upper-case or
// uncased letter (as in scripts without case) or a digit.
func startsUpperOrDigit(text string, t Token) bool {
	c := text[t.Start]
	if c < utf8.RuneSelf {
		return isUpperASCII(c) || isDigitASCII(c)
	}
	r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
	if unicode.IsLetter(r) {
		return !unicode.IsLower(r)
	}
	return unicode.IsDigit(r)
}

// capitalisedWord says whether the token is a word like "The": an upper-case
// letter followed by a lower-case one.
func capitalisedWord(text string, t Token) bool {
	return t.Kind == Word && t.End-t.Start >= 2 && isUpperASCII(text[t.Start]) && isLowerASCII(text[t.Start+1])
}
