// Package text splits news article text into sentences and tokens, keeping
// the byte offsets of every piece in the article text.
//
// It is news-aware: it skips a leading dateline ("BEIRUT (Reuters) -"),
// keeps abbreviations such as "U.S.", "Gen." and "a.m." whole, and does not
// end a sentence inside them. Tokens follow the Penn Treebank conventions
// that event-coding dictionaries are written against: punctuation is split
// off, possessives and contractions are split ("Gondor's" -> "GONDOR" "'S",
// "didn't" -> "DID" "N'T"), hyphenated words and numbers stay whole.
//
// Every Token carries a Norm, its matching form: upper-cased, with curly
// quotes and Unicode dashes replaced by their ASCII forms. Dictionary
// phrases are matched against Norm; Start and End point into the text so
// that evidence can be shown exactly as written.
//
// The functions never panic on any input, including invalid UTF-8: invalid
// bytes are treated as word characters.
package text

import (
	"strconv"
	"unicode/utf8"
)

// Kind says what a token is.
type Kind int

// Kinds of token.
const (
	Word   Kind = iota // a word, abbreviation, clitic ("'S", "N'T"), URL, e-mail, @handle or #hashtag
	Number             // digits with optional separators and ordinal suffix: "50,000", "11.8", "12th"
	Punct              // punctuation or a symbol: "," "." "--" "$" "%" ...
)

// String returns the name of the kind.
func (k Kind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Punct:
		return "Punct"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Token is one token of a text.
type Token struct {
	Start, End int // byte offsets into the full text; text[Start:End] is the token's surface
	// Norm is the matching form: upper-case; curly quotes and apostrophes
	// normalised (’ ‘ -> ', “ ” « » -> "); Unicode dashes (– ‒ − -> "-",
	// — ― -> "--"); "…" -> "...". Norm is never empty.
	Norm string
	Kind Kind
}

// Sentence is one sentence of a text.
type Sentence struct {
	Start, End int     // byte offsets of the sentence in the text, without surrounding space
	Tokens     []Token // the sentence's tokens, in order
}

// MaxSentenceTokens is the most tokens a sentence may hold. Text without
// sentence punctuation (tables, lists, scraped navigation) would otherwise
// make one huge sentence, and the coder's work grows faster than linearly
// with sentence length; a longer run is cut into sentences of this size.
// Real news sentences are far shorter (a 25-word sentence has about 30
// tokens).
const MaxSentenceTokens = 400

// Split splits an article text into sentences with tokens. It skips a
// leading dateline (see Dateline). A sentence ends at ".", "!", "?" or an
// ellipsis (with any closing quotes or brackets after it) followed by a
// capitalised word, a number or an opening quote; at a blank line; and after
// an abbreviation that can end a sentence ("U.S.", "a.m.", "Inc.") when the
// next word is one that typically starts a sentence ("The", "He", "But" ...).
//
// The sentences share one slice of tokens (each Tokens slice is capped, so
// appending to it copies), and the Norm of every ASCII token is a slice of
// one upper-cased copy of the text: a Split costs a handful of allocations
// however long the text.
func Split(text string) []Sentence {
	_, start := Dateline(text)
	sc := newScanner(text, start, len(text))
	sc.run()
	return group(text, sc.toks, sc.flags)
}

// Tokenize tokenizes text[start:end]; the offsets of the tokens are offsets
// in the full text. Out-of-range bounds are clamped to the text.
func Tokenize(text string, start, end int) []Token {
	if end > len(text) {
		end = len(text)
	}
	if start < 0 {
		start = 0
	}
	if start >= end {
		return nil
	}
	sc := newScanner(text, start, end)
	sc.run()
	return sc.toks
}

// group cuts the tokens of a text into sentences.
func group(text string, toks []Token, flags []uint8) []Sentence {
	n := len(toks)
	if n == 0 {
		return nil
	}
	sents := make([]Sentence, 0, n/24+1)
	emit := func(a, b int) {
		if b > a {
			sents = append(sents, Sentence{Start: toks[a].Start, End: toks[b-1].End, Tokens: toks[a:b:b]})
		}
	}
	s0 := 0
	for i := 0; i < n; i++ {
		if i > s0 && (flags[i]&fPara != 0 || i-s0 >= MaxSentenceTokens) {
			emit(s0, i)
			s0 = i
		}
		f := flags[i]
		if f&(fTerm|fCanEnd) == 0 {
			continue
		}
		// Closing quotes and brackets attached to the terminator belong
		// to the sentence it ends.
		j := i + 1
		for j < n && flags[j]&fClose != 0 && flags[j]&fSpace == 0 && j-s0 < MaxSentenceTokens {
			j++
		}
		if j >= n {
			break
		}
		if flags[j]&fPara != 0 {
			i = j - 1
			continue
		}
		if endsBefore(text, toks, flags, i, j) {
			emit(s0, j)
			s0 = j
			i = j - 1
		}
	}
	emit(s0, n)
	return sents
}

// endsBefore says whether the terminator or abbreviation toks[i] ends a
// sentence and toks[j] starts the next one.
func endsBefore(text string, toks []Token, flags []uint8, i, j int) bool {
	if flags[i]&fTerm != 0 {
		if flags[j]&fSpace != 0 {
			return startsSentence(text, toks, flags, j)
		}
		// "said.The": a missing space, common in scraped text; and
		// "。" needs no space after it.
		return capitalisedWord(text, toks[j]) || text[toks[i].Start] >= utf8.RuneSelf && startsSentence(text, toks, flags, j)
	}
	// An abbreviation that can end a sentence.
	if flags[j]&fSpace == 0 {
		return false
	}
	if starters[toks[j].Norm] && isUpperASCII(text[toks[j].Start]) {
		return true
	}
	return flags[j]&fOpen != 0 && isQuote(toks[j].Norm) && j+1 < len(toks) && startsUpperOrDigit(text, toks[j+1])
}

// startsSentence says whether toks[j] can be the first token of a sentence.
func startsSentence(text string, toks []Token, flags []uint8, j int) bool {
	t := toks[j]
	switch t.Kind {
	case Word, Number:
		return startsUpperOrDigit(text, t)
	}
	if flags[j]&fOpen != 0 || t.Norm == "$" {
		return j+1 < len(toks) && startsUpperOrDigit(text, toks[j+1])
	}
	return false
}

func isQuote(norm string) bool { return norm == `"` || norm == "'" }
