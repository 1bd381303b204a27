// Package eval scores the coder against the standard validation suites:
// the PETRARCH unit-test records (XML) and TABARI validation texts. It
// reads the suites into one Record type, runs every record through the
// same coder engine and compares the events produced with the expected
// ones. Nothing here is suite-specific coding logic: only reading and
// scoring.
package eval

import (
	"fmt"
	"strings"
)

// Coding is one expected or produced event: source actor code, target
// actor code and event code, as the suites write them.
type Coding struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

// String returns "SOURCE TARGET CODE".
func (c Coding) String() string { return c.Source + " " + c.Target + " " + c.Code }

// KV is one option setting, e.g. {"require_dyad", "false"}.
type KV struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	Line  int    `json:"line,omitempty"` // where it was set; 0 if unknown
}

// Expected errors (Record.Error) that the scorer understands.
const (
	ErrSentenceDiscard = "sentencediscard" // a sentence-level discard phrase
	ErrStoryDiscard    = "storydiscard"    // a story-level discard phrase
	ErrDiscard         = "discard"         // TABARI {###}: either kind of discard
	ErrDateline        = "dateline"        // the text starts with a dateline
	ErrBadParse        = "bad_input_parse" // PETRARCH: broken Treebank parse
	ErrComplex         = "complex"         // TABARI {+++}: complexity rejection
)

// Record is one validation record of a suite.
type Record struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Date     int    `json:"date"` // YYYYMMDD
	Valid    bool   `json:"valid"`
	Text     string `json:"text"` // whitespace-collapsed
	// Expected are the events the record must produce. Nil when the record
	// expects no events, an error, or is not checked.
	Expected []Coding `json:"expected,omitempty"`
	// Partial (TABARI "-{"): the coder may produce events beyond Expected.
	Partial  bool   `json:"partial,omitempty"`
	NoEvents bool   `json:"noevents,omitempty"`
	Error    string `json:"error,omitempty"` // one of the Err* constants, or what the suite says
	// Options are the option changes to apply before this record; they stay
	// in force for the records that follow.
	Options []KV `json:"options,omitempty"`
	// Skip, when not empty, says why the suite itself does not check this
	// record (a TABARI record without validation codings, a PETRARCH
	// category left out of <Include>).
	Skip string `json:"skip,omitempty"`
	Line int    `json:"line"` // line of the record in its file
}

// Error is a problem with one record of a suite file. Readers skip the
// record and go on; they return all such problems as an ErrorList.
type Error struct {
	File string
	Line int
	Msg  string
}

// Error formats the error as "file:line: message".
func (e *Error) Error() string {
	if e.File == "" {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// ErrorList is the list of record problems found while reading a suite.
type ErrorList []*Error

// Error returns the first error and how many more there are.
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

// collapse replaces every run of white space in s by one blank and trims
// the ends.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
