package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"

	"github.com/sitrep/sitrep"
)

// bufSize is the size of the read buffer; lines longer than this are read
// in pieces.
const bufSize = 64 << 10

// Reading modes, decided by the first call to Next.
const (
	modeStart  = iota // not started
	modeText          // one plain-text article
	modeValues        // JSON values one after another: one object, JSON lines
	modeArray         // JSON array(s) of objects
	modeDone          // nothing more to read
)

// Reader reads articles from one input stream. It is not safe for
// concurrent use.
type Reader struct {
	name   string // input name, for errors
	base   string // prefix of derived ids
	src    io.Reader
	closer io.Closer
	format Format
	mode   int
	br     *bufio.Reader
	bom    int64 // bytes of UTF-8 byte-order mark dropped, added to offsets
	err    error // a sticky read error
	counts Counts

	// JSON scanning state; see json.go.
	js jsonState
}

// NewReader returns a Reader of r; name (a file name, or "" or "-" for
// standard input) is used in errors and to derive article ids. The format
// is detected from the content: if the first non-space byte is '{' (and a
// '"' or '}' follows) the input is one JSON object or JSON lines; if it is
// '[' (and a '{' or ']' follows) it is a JSON array of articles; anything
// else makes the whole input one plain-text article. Gzip-compressed input
// is decompressed.
func NewReader(r io.Reader, name string) *Reader {
	return NewReaderFormat(r, name, Auto)
}

// NewReaderFormat is like NewReader but forces the format unless it is
// Auto.
func NewReaderFormat(r io.Reader, name string, f Format) *Reader {
	if name == "" || name == "-" {
		name = "stdin"
	}
	return &Reader{name: name, base: idBase(name), src: &stickyReader{r: r}, format: f}
}

// stickyReader returns the first error of its reader again and again, so
// that an error met while peeking at the input is not lost.
type stickyReader struct {
	r   io.Reader
	err error
}

func (s *stickyReader) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.r.Read(p)
	s.err = err
	return n, err
}

// Close closes the file opened by Open; for a Reader made by NewReader it
// does nothing.
func (r *Reader) Close() error {
	r.mode = modeDone
	if r.closer != nil {
		c := r.closer
		r.closer = nil
		return c.Close()
	}
	return nil
}

// Counts returns how many articles were read, how many records were
// skipped, and how many invalid bytes were replaced so far.
func (r *Reader) Counts() Counts { return r.counts }

// Next returns the next article, or io.EOF at the end of the input. A bad
// record gives an *Error (and a zero Article); the next call goes on with
// the following record. Any other error is a read error and is returned
// again by later calls.
func (r *Reader) Next() (sitrep.Article, error) {
	if r.err != nil {
		return sitrep.Article{}, r.err
	}
	if r.mode == modeStart {
		if err := r.start(); err != nil {
			r.err = fmt.Errorf("read %s: %w", r.name, err)
			return sitrep.Article{}, r.err
		}
	}
	switch r.mode {
	case modeText:
		r.mode = modeDone
		return r.nextText()
	case modeValues, modeArray:
		return r.nextJSON()
	}
	return sitrep.Article{}, io.EOF
}

// start sets up decoding and detects the format.
func (r *Reader) start() error {
	br := bufio.NewReaderSize(r.src, bufSize)
	// Errors met while peeking come back on the next read.
	head, _ := br.Peek(4)
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return err
		}
		br = bufio.NewReaderSize(&stickyReader{r: gz}, bufSize)
		head, _ = br.Peek(4)
	}
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		r.bom = 3
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		br.Discard(2)
		br = bufio.NewReaderSize(&utf16Reader{r: br, big: false, replaced: &r.counts.Replaced}, bufSize)
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		br.Discard(2)
		br = bufio.NewReaderSize(&utf16Reader{r: br, big: true, replaced: &r.counts.Replaced}, bufSize)
	}
	r.br = br
	first, second := firstBytes(br)
	switch {
	case first == 0:
		r.mode = modeDone // empty, or only white space
	case r.format == Text:
		r.mode = modeText
	case r.format == JSON && first == '[':
		r.mode = modeArray
	case r.format == JSON:
		r.mode = modeValues
	case first == '{' && (second == '"' || second == '}'):
		r.mode = modeValues
	case first == '[' && (second == '{' || second == ']' || second == 0):
		r.mode = modeArray
	default:
		r.mode = modeText
	}
	r.js.line = 1
	r.js.lineStart = true
	return nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// firstBytes returns the first two non-space bytes of the input, 0 for
// none. It looks no further than the buffer holds.
func firstBytes(br *bufio.Reader) (first, second byte) {
	buf, _ := br.Peek(bufSize) // errors come back on the next read
	for _, c := range buf {
		if isSpace(c) {
			continue
		}
		if first == 0 {
			first = c
			continue
		}
		second = c
		break
	}
	return first, second
}

// nextText reads the whole input as one article.
func (r *Reader) nextText() (sitrep.Article, error) {
	data, err := io.ReadAll(io.LimitReader(r.br, MaxArticleBytes+1))
	if err != nil {
		r.err = fmt.Errorf("read %s: %w", r.name, err)
		return sitrep.Article{}, r.err
	}
	if len(data) > MaxArticleBytes {
		return sitrep.Article{}, r.fail(&Error{Msg: fmt.Sprintf("article too large: more than %d bytes", MaxArticleBytes)})
	}
	text := r.validUTF8(data)
	a := sitrep.Article{ID: r.base, Text: text}
	if h, body, ok := parseHeader(text); ok {
		a.Text = body
		a.Title, a.Published, a.URL, a.Source = h.title, h.published, h.url, h.source
		if h.id != "" {
			a.ID = h.id
		}
	}
	return r.finish(a, 0, 0)
}

// fail counts a skipped record and fills in the file name of its error.
func (r *Reader) fail(e *Error) *Error {
	r.counts.Skipped++
	e.File = r.name
	return e
}

// finish checks an article and counts it.
func (r *Reader) finish(a sitrep.Article, line int, off int64) (sitrep.Article, error) {
	if msg := check(&a); msg != "" {
		return sitrep.Article{}, r.fail(&Error{Line: line, Offset: off, ID: a.ID, Msg: msg})
	}
	r.counts.Read++
	return a, nil
}
