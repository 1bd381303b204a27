package dict

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regular English inflection, used by the readers to expand the dictionary
// conventions ("regular plurals and verb forms are generated
// automatically"). The rules are deliberately simple: irregular forms are
// given in the dictionaries themselves.

// Plurals returns the regular plural of a noun: +S; consonant+Y -> IES;
// words ending in S, SH, CH, X or Z take +ES. The suffix follows the case of
// the word's last letter. Words that do not end in a letter (numbers,
// abbreviations such as "U.S.") have no plural and give nil.
func Plurals(word string) []string {
	last, ok := lastLetter(word)
	if !ok {
		return nil
	}
	u := strings.ToUpper(word)
	switch {
	case endsConsonantY(u):
		return []string{word[:len(word)-1] + suffix(last, "IES")}
	case strings.HasSuffix(u, "S"), strings.HasSuffix(u, "SH"), strings.HasSuffix(u, "CH"),
		strings.HasSuffix(u, "X"), strings.HasSuffix(u, "Z"):
		return []string{word + suffix(last, "ES")}
	}
	return []string{word + suffix(last, "S")}
}

// VerbForms returns the regular forms of a verb: the base, the third person
// singular, the past tense and the gerund, in that order and without
// duplicates. Words that do not end in a letter give only the base.
//
//	third:  +S; consonant+Y -> IES; S, SH, CH, X, Z, O -> +ES
//	past:   +ED; final E -> +D; consonant+Y -> IED; BAN -> BANNED
//	gerund: +ING; final E dropped unless EE, YE, OE; IE -> YING; STOP -> STOPPING
//
// The final consonant is doubled in one-syllable words ending in
// consonant-vowel-consonant other than W, X or Y.
func VerbForms(base string) []string {
	f, ok := verbForms(base)
	if !ok {
		if base == "" {
			return nil
		}
		return []string{base}
	}
	out := make([]string, 0, 4)
	for _, s := range []string{base, f.third, f.past, f.gerund} {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

type regularForms struct{ third, past, gerund string }

func verbForms(base string) (regularForms, bool) {
	last, ok := lastLetter(base)
	if !ok {
		return regularForms{}, false
	}
	u := strings.ToUpper(base)
	var f regularForms
	stem := base[:len(base)-1]
	switch {
	case endsConsonantY(u):
		f.third = stem + suffix(last, "IES")
	case strings.HasSuffix(u, "S"), strings.HasSuffix(u, "SH"), strings.HasSuffix(u, "CH"),
		strings.HasSuffix(u, "X"), strings.HasSuffix(u, "Z"), strings.HasSuffix(u, "O"):
		f.third = base + suffix(last, "ES")
	default:
		f.third = base + suffix(last, "S")
	}
	double := doublesFinal(u)
	switch {
	case strings.HasSuffix(u, "E"):
		f.past = base + suffix(last, "D")
	case endsConsonantY(u):
		f.past = stem + suffix(last, "IED")
	case double:
		f.past = base + base[len(base)-1:] + suffix(last, "ED")
	default:
		f.past = base + suffix(last, "ED")
	}
	switch {
	case strings.HasSuffix(u, "EE"), strings.HasSuffix(u, "YE"), strings.HasSuffix(u, "OE"):
		f.gerund = base + suffix(last, "ING")
	case strings.HasSuffix(u, "IE") && len(u) > 2:
		f.gerund = base[:len(base)-2] + suffix(last, "YING")
	case strings.HasSuffix(u, "E") && len(u) > 2:
		f.gerund = stem + suffix(last, "ING")
	case double:
		f.gerund = base + base[len(base)-1:] + suffix(last, "ING")
	default:
		f.gerund = base + suffix(last, "ING")
	}
	return f, true
}

// lastLetter returns the last rune of s if it is a letter.
func lastLetter(s string) (rune, bool) {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLetter(r) {
		return 0, false
	}
	return r, true
}

// suffix returns suf in the case of the letter it follows.
func suffix(last rune, suf string) string {
	if unicode.IsLower(last) {
		return strings.ToLower(suf)
	}
	return suf
}

func isVowel(b byte) bool {
	switch b {
	case 'A', 'E', 'I', 'O', 'U':
		return true
	}
	return false
}

func isASCIIUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

// endsConsonantY reports whether upper-case u ends in a consonant and Y.
func endsConsonantY(u string) bool {
	n := len(u)
	return n >= 2 && u[n-1] == 'Y' && isASCIIUpper(u[n-2]) && !isVowel(u[n-2])
}

// doublesFinal reports whether upper-case u is a one-syllable word ending in
// consonant-vowel-consonant whose final consonant is doubled before -ED and
// -ING (BAN, STOP, PLAN; not FIX, SAW, PLAY, DEPART, VISIT).
func doublesFinal(u string) bool {
	n := len(u)
	if n < 3 {
		return false
	}
	c1, v, c2 := u[n-3], u[n-2], u[n-1]
	if !isASCIIUpper(c1) || !isASCIIUpper(v) || !isASCIIUpper(c2) {
		return false
	}
	if isVowel(c1) || !isVowel(v) || isVowel(c2) || c2 == 'W' || c2 == 'X' || c2 == 'Y' {
		return false
	}
	return syllables(u) == 1
}

// syllables counts the groups of vowels in upper-case u; Y counts as a
// vowel except as the first letter.
func syllables(u string) int {
	n, in := 0, false
	for i := 0; i < len(u); i++ {
		c := u[i]
		v := isVowel(c) || (c == 'Y' && i > 0)
		if v && !in {
			n++
		}
		in = v
	}
	return n
}
