// Package ingest reads news articles from files and streams.
//
// An input is one plain-text article, one JSON object, JSON lines (one
// object per line), or a JSON array of objects; NewReader tells them apart
// from the content. Input is never trusted: a bad record gives a positioned
// *Error, is counted, and does not stop the reading or lose the good records
// around it. Sizes are bounded (MaxArticleBytes, MaxRecordBytes), so a huge
// or endless line costs an error, not the process's memory.
//
// The article text is kept exactly as given (line endings included), because
// every later stage points into it by byte offset. The only changes are
// those needed to make it UTF-8: a byte-order mark is dropped, UTF-16 (with
// a byte-order mark) is decoded, and invalid UTF-8 bytes are replaced by
// U+FFFD and counted (Counts.Replaced).
package ingest

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep"
)

// MaxArticleBytes is the largest article text accepted. The longest news
// reports run to some 100 KB; 8 MiB leaves room for transcripts and long
// documents, while a larger "article" is almost surely a mis-framed dump
// that would cost the coder minutes and the process its memory. Larger
// articles are reported as errors and skipped.
const MaxArticleBytes = 8 << 20

// MaxRecordBytes is the largest JSON record (one object: one line of JSON
// lines, one element of an array) accepted. It is twice MaxArticleBytes
// because JSON escaping can double the size of a text ("\n", "\"", and
// "\u00e9" for a two-byte letter). A longer record is reported as an error
// as soon as the limit is passed and the rest of it is skipped without being
// kept in memory.
const MaxRecordBytes = 2 * MaxArticleBytes

// Format is an input format.
type Format int

// Input formats.
const (
	Auto Format = iota // detect from the content: see NewReader
	Text               // the whole input is one plain-text article
	JSON               // one JSON object, JSON lines, or a JSON array of objects
)

// String returns the name of the format.
func (f Format) String() string {
	switch f {
	case Auto:
		return "auto"
	case Text:
		return "text"
	case JSON:
		return "json"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// Error is a problem with one input record. Reading goes on with the next
// record.
type Error struct {
	File   string // the input's name
	Line   int    // line (1-based) where the record starts; 0 for a plain-text article
	Offset int64  // byte offset of the record's start in the input (after decoding UTF-16)
	ID     string // the article id, if known
	Msg    string
	Err    error // the underlying error, if any (a *json.SyntaxError, ...)
}

// Error formats the error as "file:line (offset N): article "id": message".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d (offset %d)", e.Line, e.Offset)
	}
	b.WriteString(": ")
	if e.ID != "" {
		fmt.Fprintf(&b, "article %q: ", e.ID)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Counts says how much a Reader has read.
type Counts struct {
	Read     int // articles returned
	Skipped  int // records that gave an *Error
	Replaced int // invalid UTF-8 bytes (or unpaired UTF-16 surrogates) replaced by U+FFFD
}

// Open opens a file for reading articles; path "-" means standard input. A
// ".txt" file is read as text and a ".json", ".jsonl" or ".ndjson" file as
// JSON; otherwise the format is detected from the content. Close the Reader
// when done.
func Open(path string) (*Reader, error) {
	if path == "-" {
		return NewReader(os.Stdin, "stdin"), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	format := Auto
	switch strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.TrimSuffix(path, ".gz"), ".GZ"))) {
	case ".txt", ".text":
		format = Text
	case ".json", ".jsonl", ".ndjson", ".jl":
		format = JSON
	}
	r := NewReaderFormat(f, path, format)
	r.closer = f
	return r, nil
}

// ReadFile reads all articles of a file (path "-" for standard input). It
// returns the good articles, the errors of the bad records (each an *Error),
// and a non-nil error only if the file could not be opened or read.
func ReadFile(path string) ([]sitrep.Article, []error, error) {
	r, err := Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	var arts []sitrep.Article
	var bad []error
	for {
		a, err := r.Next()
		if err == io.EOF {
			return arts, bad, nil
		}
		var e *Error
		if errors.As(err, &e) {
			bad = append(bad, err)
			continue
		}
		if err != nil {
			return arts, bad, err
		}
		arts = append(arts, a)
	}
}

// idBase returns the file's base name without extensions, the prefix of
// derived article ids.
func idBase(name string) string {
	if name == "" || name == "-" {
		return "stdin"
	}
	base := filepath.Base(name)
	base = strings.TrimSuffix(base, ".gz")
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if base == "" || base == "." || base == string(filepath.Separator) {
		return "input"
	}
	return base
}
