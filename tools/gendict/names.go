package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/text"
)

// Reasons a name is left out, as reported.
const (
	whyChars       = "characters no token has"
	whyShort       = "single word of one or two letters"
	whyNoLetter    = "no letter"
	whyDescription = "made of ordinary words only"
	whyCommon      = "single ordinary word"
	whyPlace       = "place other than a capital"
	whyDropList    = "drop list"
	whyHand        = "defined by a hand-written file"
	whyCountry     = "name of a country"
	whyAmbiguous   = "same name, different actors"
	whyDuplicate   = "duplicate"
	whyNotName     = "not a name of the country"
	whyNoCountry   = "listed as never a country name"
)

// badChars are characters that the text layer never puts inside a word
// token, or that the dictionary syntax gives a meaning.
const badChars = ",;:!?\"$%*/\\|[]{}<>=~#+@&"

// cleanPhrase turns a phrase read from a source into the words the text
// layer makes of it: possessives split off ("PEOPLE'S" -> "PEOPLE" "'S"),
// a parenthesised part and a leading "THE" dropped ("ARMY_(AAIA)" ->
// "ARMY"), every word exact and consecutive. ok is false when the phrase keeps characters that no
// token has.
func cleanPhrase(p dict.Phrase) (dict.Phrase, bool) {
	var words []string
	paren := false
	for _, w := range p {
		t := strings.ToUpper(w.Text)
		if strings.HasPrefix(t, "(") {
			paren = true
		}
		if paren {
			if strings.HasSuffix(t, ")") {
				paren = false
			}
			continue
		}
		if t == "" || strings.ContainsAny(t, badChars+"()") || !cleanRunes(t) {
			return nil, false
		}
		words = append(words, t)
	}
	if len(words) > 1 && words[0] == "THE" {
		// "the" is not part of a name: a name that starts with it
		// would take the word a longer name after it starts with ("the
		// U.N. envoy" is "the" + "U.N. envoy")
		words = words[1:]
	}
	if len(words) == 0 || paren {
		return nil, false
	}
	return tokenized(words)
}

// tokenized returns words written as text and split again by the text
// layer, with a word after them so that nothing is taken for the end of a
// sentence.
func tokenized(words []string) (dict.Phrase, bool) {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && w != "'S" && w != "'" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteString(" X")
	s := b.String()
	toks := text.Tokenize(s, 0, len(s))
	if len(toks) < 2 || toks[len(toks)-1].Norm != "X" {
		return nil, false
	}
	out := make(dict.Phrase, 0, len(toks)-1)
	for _, t := range toks[:len(toks)-1] {
		out = append(out, dict.Word{Text: t.Norm})
	}
	return out, true
}

// cleanRunes reports whether s is valid UTF-8 made of printable runes.
func cleanRunes(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) || unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// key is the form under which two phrases count as the same name: words
// split at hyphens, so that "AL-QAEDA" and "AL_QAEDA" (which the matcher
// also finds as "al-Qaeda") collide.
func key(p dict.Phrase) string {
	var b strings.Builder
	for _, w := range p {
		for _, part := range strings.Split(w.Text, "-") {
			if part == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(part)
		}
	}
	return b.String()
}

// written is p as written in a PETRARCH file: words joined by '_'.
func written(p dict.Phrase) string {
	var b strings.Builder
	for i, w := range p {
		if i > 0 {
			b.WriteByte('_')
		}
		b.WriteString(w.Text)
	}
	return b.String()
}

// phrase parses a name written with '_' or blanks between words.
func phrase(s string) dict.Phrase {
	var p dict.Phrase
	for _, w := range strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == '_' || r == ' ' || r == '\t' }) {
		p = append(p, dict.Word{Text: w})
	}
	return p
}

// foldTable maps accented Latin letters to ASCII, for the forms of names
// that English news also writes without accents ("Bogotá", "Bogota").
var foldTable = map[rune]string{
	'À': "A", 'Á': "A", 'Â': "A", 'Ã': "A", 'Ä': "A", 'Å': "A", 'Ā': "A", 'Ă': "A", 'Ą': "A",
	'Ç': "C", 'Ć': "C", 'Č': "C", 'Ď': "D", 'Đ': "D",
	'È': "E", 'É': "E", 'Ê': "E", 'Ë': "E", 'Ē': "E", 'Ė': "E", 'Ę': "E", 'Ě': "E",
	'Ğ': "G", 'Ì': "I", 'Í': "I", 'Î': "I", 'Ï': "I", 'Ī': "I", 'İ': "I",
	'Ł': "L", 'Ñ': "N", 'Ń': "N", 'Ň': "N",
	'Ò': "O", 'Ó': "O", 'Ô': "O", 'Õ': "O", 'Ö': "O", 'Ø': "O", 'Ō': "O", 'Ő': "O",
	'Ř': "R", 'Ś': "S", 'Ş': "S", 'Š': "S", 'Ș': "S", 'Ť': "T", 'Ţ': "T", 'Ț': "T",
	'Ù': "U", 'Ú': "U", 'Û': "U", 'Ü': "U", 'Ū': "U", 'Ů': "U", 'Ű': "U",
	'Ý': "Y", 'Ÿ': "Y", 'Ź': "Z", 'Ż': "Z", 'Ž': "Z", 'Æ': "AE", 'Œ': "OE", 'ß': "SS",
}

// fold returns s (upper case) with accented Latin letters replaced by
// their ASCII base letters.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldPhrase returns p with every word folded.
func foldPhrase(p dict.Phrase) dict.Phrase {
	out := make(dict.Phrase, len(p))
	for i, w := range p {
		out[i] = dict.Word{Text: fold(w.Text)}
	}
	return out
}

// withFolded returns ps followed by the folded form of each phrase that
// has accents.
func withFolded(ps []dict.Phrase) []dict.Phrase {
	out := append([]dict.Phrase(nil), ps...)
	for _, p := range ps {
		if f := foldPhrase(p); key(f) != key(p) {
			out = append(out, f)
		}
	}
	return out
}

// letters reports whether w is made of letters only.
func letters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// hasLetter reports whether some word of p has a letter.
func hasLetter(p dict.Phrase) bool {
	for _, w := range p {
		for _, r := range w.Text {
			if unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}
