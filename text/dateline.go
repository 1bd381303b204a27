package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDatelineBytes is how far into a text Dateline looks. Real datelines
// ("CEBU CITY, Philippines, Jan. 5, 2023 (Xinhua) --") are well under 100
// bytes; looking further only finds false ones.
const maxDatelineBytes = 160

// Dateline finds a leading news dateline such as "BEIRUT (Reuters) -",
// "WASHINGTON, July 9 (AP) —", "CEBU CITY: --" or "KABUL, Afghanistan —".
// It returns the place words ("BEIRUT", "KABUL, Afghanistan"; without the
// date or the agency) and the end offset just past the separator, or ("", 0)
// if the text does not start with a dateline.
//
// A dateline is a place (capitalised words), then optional comma-separated
// parts (a region, a date), an optional agency in parentheses, and a dash
// or colon. To tell it from an ordinary sentence, the place must be written
// in capitals, or be followed by a comma part or an agency; a colon alone
// (no dash after it) needs both; and the text after the separator must not
// start with a lower-case letter.
func Dateline(text string) (place string, end int) {
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] != cSpace {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isSpaceRune(r) {
			break
		}
		i += size
	}
	lim := min(len(text), i+maxDatelineBytes)
	lx := dlLexer{s: text[:lim], pos: i}

	var (
		placeStart, placeEnd = i, i
		words, segs          int
		agency, allCaps      = false, true
		dateSeen             bool
		letters              int
	)
	k, ws, we := lx.next()
	for k == lxWord {
		w := text[ws:we]
		if !placeWord(w, words == 0) {
			return "", 0
		}
		for _, r := range w {
			if unicode.IsLower(r) {
				allCaps = false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		words++
		placeEnd = we
		if words > 6 {
			return "", 0
		}
		k, ws, we = lx.next()
	}
	if words == 0 {
		return "", 0
	}
	allCaps = allCaps && letters >= 2
	for {
		switch k {
		case lxComma:
			if agency || segs >= 4 {
				return "", 0
			}
			n, date, segEnd := 0, false, 0
			for k, ws, we = lx.next(); k == lxWord; k, ws, we = lx.next() {
				w := text[ws:we]
				if isDateWord(w) {
					date = true
				} else if !placeWord(w, n == 0) {
					return "", 0
				}
				n++
				segEnd = we
			}
			if n == 0 || n > 6 {
				return "", 0
			}
			segs++
			if date {
				dateSeen = true
			} else if !dateSeen {
				placeEnd = segEnd
			}
			continue
		case lxOpen:
			if agency {
				return "", 0
			}
			n := 0
			for k, _, _ = lx.next(); k == lxWord; k, _, _ = lx.next() {
				n++
			}
			if k != lxClose || n == 0 || n > 6 {
				return "", 0
			}
			agency = true
			k, _, we = lx.next()
			continue
		case lxDash:
			if !(allCaps || segs > 0 || agency) {
				return "", 0
			}
			end = we
		case lxColon:
			end = we
			save := lx.pos
			if k2, _, we2 := lx.next(); k2 == lxDash {
				end = we2
			} else {
				lx.pos = save
				if !(allCaps && (segs > 0 || agency)) {
					return "", 0
				}
			}
			if !(allCaps || segs > 0 || agency) {
				return "", 0
			}
		default:
			return "", 0
		}
		break
	}
	// What follows must look like the start of a sentence.
	rest := strings.TrimLeft(text[end:], " \t\r\n")
	if rest != "" {
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsLower(r) {
			return "", 0
		}
		if k == lxDash && text[end-1] == '-' && end < len(text) && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' && text[end] != '\r' {
			return "", 0 // "SOMETHING -word": a hyphen, not a dateline dash
		}
	}
	return text[placeStart:placeEnd], end
}

// placeWord says whether w can be a word of a place name; first says
// whether it is the first word.
func placeWord(w string, first bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	if first {
		return false
	}
	switch w {
	case "de", "da", "do", "del", "della", "di", "la", "le", "el", "al", "of", "the", "on", "upon", "en", "du", "des", "y", "es":
		return true
	}
	return false
}

// isDateWord says whether w is part of a date: a number, a month or a
// weekday.
func isDateWord(w string) bool {
	if w == "" {
		return false
	}
	if isDigitASCII(w[0]) {
		return true
	}
	w = strings.TrimSuffix(w, ".")
	if len(w) > len("SEPTEMBER") {
		return false
	}
	return dateWords[strings.ToUpper(w)]
}

// Lexeme kinds of a dateline.
const (
	lxEnd = iota // end of line or of the window
	lxWord
	lxComma
	lxOpen
	lxClose
	lxColon
	lxDash
)

// dlLexer splits the first line of a text into dateline lexemes.
type dlLexer struct {
	s   string
	pos int
}

func isDashRune(r rune) bool {
	switch r {
	case '-', 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
		return true
	}
	return false
}

// next returns the kind and the bounds of the next lexeme.
func (lx *dlLexer) next() (kind, start, end int) {
	s := lx.s
	i := lx.pos
	for i < len(s) {
		if s[i] == ' ' || s[i] == '\t' {
			i++
		} else if strings.HasPrefix(s[i:], "\u00a0") {
			i += 2
		} else {
			break
		}
	}
	if i >= len(s) || s[i] == '\n' || s[i] == '\r' {
		lx.pos = i
		return lxEnd, i, i
	}
	j := i + 1
	switch s[i] {
	case ',':
		kind = lxComma
	case '(':
		kind = lxOpen
	case ')':
		kind = lxClose
	case ':':
		kind = lxColon
	default:
		r, size := utf8.DecodeRuneInString(s[i:])
		if isDashRune(r) {
			j = i + size
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !isDashRune(r) {
					break
				}
				j += size
			}
			kind = lxDash
			break
		}
	word:
		for j < len(s) {
			switch c := s[j]; {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '(' || c == ')' || c == ':':
				break word
			case c == '-' && j+1 < len(s) && s[j+1] == '-':
				break word
			case c >= utf8.RuneSelf:
				r, size := utf8.DecodeRuneInString(s[j:])
				if r == 0xA0 || isDashRune(r) {
					break word
				}
				j += size
			default:
				j++
			}
		}
		kind = lxWord
	}
	lx.pos = j
	return kind, i, j
}
