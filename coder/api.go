package coder

// This file fixes the coder's public API so that other packages (eval,
// cmd/sitrep) can be written against it while the engine is built.

// Actor is a coded actor mention in a sentence.
type Actor struct {
	Code  string // full code, e.g. "ARNGOV"; "---" when the actor is unknown
	Text  string // the words as they appear in the text
	Start int    // byte offsets into the article text
	End   int
}

// Triple is one coded event: who did what to whom.
type Triple struct {
	Source Actor
	Target Actor
	Code   string // CAMEO (or other scheme) event code, e.g. "064"
	// VerbStart and VerbEnd are the byte offsets of the verb that
	// triggered the event.
	VerbStart, VerbEnd int
}

// Discard says whether a sentence or its whole story must not be coded.
type Discard int

// Discard kinds.
const (
	Keep            Discard = iota
	DiscardSentence         // a sentence-level discard phrase matched
	DiscardStory            // a story-level discard phrase matched
	// Complex: a TABARI "+++" code matched (Options.SpecialCodes): the
	// sentence is too complex to code reliably and is not coded.
	Complex
)

// Result is what the coder found in one sentence.
type Result struct {
	Events  []Triple
	Discard Discard
	Phrase  string // the discard phrase, when Discard != Keep
}

// The engine (coder.go) provides:
//
//	func New(m *dict.Matcher, o Options) *Coder
//	func (c *Coder) Code(text string, s text.Sentence, date int) Result
//
// where date is the article date as YYYYMMDD (0 if unknown), used for
// date-restricted actor codes.
