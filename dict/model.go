// Package dict holds event-coding dictionaries: one internal model for
// actors, agents, verbs with their patterns, synonym sets and discards; the
// readers that fill it from PETRARCH-1 and TABARI files; and Compile, which
// turns a Dictionary into an immutable Matcher that the coder uses.
//
// All words are stored upper-case. Phrases are sequences of words; readers
// normalise the dictionary conventions (underscores, trailing underscores,
// {irregular forms}, !substitution! markers, generated plurals and verb
// forms) so that the model carries no file syntax.
package dict

import "fmt"

// Pos is a position in a dictionary file.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Word is one word of a phrase.
type Word struct {
	Text string // upper-case, e.g. "GONDOR", "N'T", "'S"
	// Stem: the word matches any token that begins with Text (TABARI words
	// without a trailing underscore). PETRARCH words are never stems.
	Stem bool
	// Gap: other words may come between this word and the one before it
	// (up to MaxGap). PETRARCH actor and agent phrases written with a
	// blank rather than an underscore: "ITHILEN TELEVISION" matches
	// "Ithilen state-run television".
	Gap bool
}

// MaxGap is how many words a Gap may skip: enough for a modifier or two
// ("state-run", "main opposition"), not enough to reach another phrase.
const MaxGap = 2

// Phrase is a sequence of consecutive words.
type Phrase []Word

// Null codes that mean "no event" / "no actor".
const (
	NullCode    = "---"
	DiscardCode = "###"
)

// DatedCode is an actor code that applies between From and To (inclusive,
// as YYYYMMDD integers). Zero means unbounded on that side; a code with both
// zero is the default code.
type DatedCode struct {
	Code     string
	From, To int
}

// Default reports whether c carries no date restriction.
func (c DatedCode) Default() bool { return c.From == 0 && c.To == 0 }

// Actor is a named actor: a primary name, synonyms and codes. Several codes
// without date restriction (e.g. "[FRO/BIL/SAM]" in PETRARCH files) make a
// compound actor that yields one event per code.
type Actor struct {
	Names []Phrase
	Codes []DatedCode
	Pos   Pos
}

// Agent is a role noun such as "foreign minister" -> GOVFRM. Prefix agents
// ("NGO~") put their code before the actor code; the usual ones ("~GOV")
// put it after.
type Agent struct {
	Names  []Phrase // singular and plural forms, already expanded
	Code   string
	Prefix bool
	Pos    Pos
}

// ElemKind says what a pattern element matches.
type ElemKind int

// Pattern element kinds.
const (
	ElemWord     ElemKind = iota // a literal word (Elem.Word)
	ElemSynset                   // any phrase of synset Elem.Synset
	ElemSource                   // "$": the source actor
	ElemTarget                   // "+": the target actor
	ElemCompound                 // "%": a compound actor, source and target
	ElemSkip                     // "^": an actor that is skipped
)

// Elem is one element of a verb pattern.
type Elem struct {
	Kind   ElemKind
	Word   Word   // for ElemWord
	Synset string // for ElemSynset: the name including '&', e.g. "&CURRENCY"
	// Adjacent: this element must immediately follow the previous element
	// (or, for the first element after the verb, the verb itself; for the
	// last element before the verb, the verb must immediately follow it).
	// Written with '_' in dictionary files.
	Adjacent bool
}

// Pattern is a verb phrase pattern: "- SUGGESTED_+ * DEMAND [111]".
type Pattern struct {
	Before []Elem // elements before the verb ("*"), in text order
	After  []Elem // elements after the verb, in text order
	// VerbAdjacentAfter: the first After element must immediately follow
	// the verb ("*_X"); VerbAdjacentBefore: the last Before element must
	// immediately precede the verb ("X_*").
	VerbAdjacentAfter, VerbAdjacentBefore bool
	Code                                  string // event code; "---" for null; may be "a:b"
	Pos                                   Pos
}

// VerbForm is one surface form of a verb: "BROKE", "CORDONED OFF".
type VerbForm struct {
	Words Phrase
	Head  int    // index in Words of the word a parser would tag as the verb
	Code  string // the form's own code, or "" to use the block code
}

// Verb is a block of synonymous verbs sharing one pattern list.
type Verb struct {
	Forms    []VerbForm // every inflected form, already generated
	Code     string     // default code for the isolated verb; "---" if none
	Patterns []Pattern
	Pos      Pos
}

// Synset is a named set of phrases, used in patterns as "&NAME". Elements
// of a phrase may themselves be synsets, as TABARI allows.
type Synset struct {
	Name    string // including '&'
	Phrases [][]Elem
	Pos     Pos
}

// Discard is a phrase whose presence discards a sentence, or with Story set
// the whole story.
type Discard struct {
	Text      string // upper-case, words separated by single spaces
	Story     bool   // "+": discard the story, not only the sentence
	WholeWord bool   // "_": must end at a word boundary; otherwise a stem
	Pos       Pos
}

// Dictionary is the whole set of dictionaries used to code a text.
type Dictionary struct {
	Actors   []Actor
	Agents   []Agent
	Verbs    []Verb
	Synsets  map[string]*Synset
	Discards []Discard
	// Nouns and Adjectives are TABARI's <NOUN> and <ADJECTIVE> lists: words
	// known not to be verbs, used to recognise compound noun phrases.
	Nouns, Adjectives []Phrase
	// Options are coder options given by files (TABARI .options, PETRARCH
	// <Config>), keyed by lower-case name with spaces as '_'.
	Options map[string]string
}

// Merge appends the entries of o to d.
func (d *Dictionary) Merge(o *Dictionary) {
	d.Actors = append(d.Actors, o.Actors...)
	d.Agents = append(d.Agents, o.Agents...)
	d.Verbs = append(d.Verbs, o.Verbs...)
	d.Discards = append(d.Discards, o.Discards...)
	d.Nouns = append(d.Nouns, o.Nouns...)
	d.Adjectives = append(d.Adjectives, o.Adjectives...)
	if len(o.Synsets) > 0 && d.Synsets == nil {
		d.Synsets = map[string]*Synset{}
	}
	for k, v := range o.Synsets {
		d.Synsets[k] = v
	}
	if len(o.Options) > 0 && d.Options == nil {
		d.Options = map[string]string{}
	}
	for k, v := range o.Options {
		d.Options[k] = v
	}
}

// Error is a problem with one line of a dictionary file. Readers skip the
// line and go on; they return all such problems as an ErrorList.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is the list of line problems found while reading.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil if it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
