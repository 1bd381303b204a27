package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"

	"github.com/sitrep/sitrep"
)

// JSON input is cut into records by a small structural scanner rather than
// by encoding/json's Decoder, for two reasons: a Decoder buffers a whole
// value however large it is, and after a syntax error it cannot go on. The
// scanner tracks only strings and brackets; it keeps at most MaxRecordBytes
// of a record, and finds the next record after a broken one using two facts
// of JSON: a string cannot hold a raw line break, and inside an object or
// array a '{' comes only after '[', ',' or ':'. So in JSON lines a record
// that is cut short ends at its line, and in pretty-printed input a record
// starts at a line whose first byte is '{'. Each record is then decoded on
// its own with encoding/json.

// jsonState is the state of the structural scanner.
type jsonState struct {
	chunk     []byte // the current piece of input (valid until the next read)
	pos       int    // the next byte to scan in chunk
	off       int64  // offset of chunk[0] in the input
	eof       bool   // chunk is the last piece
	readErr   error  // the read error met after chunk
	line      int    // the current line, 1-based
	lineStart bool   // only white space so far on the current line

	skipLine bool // skipping a line of stray text
	resync   bool // after a broken record: skipping to a line that starts with '{'
	inArray  bool // in array mode: inside a top-level array

	// The current record.
	inValue   bool
	scalar    bool // a bare string, number or literal as an array element
	inStr     bool
	esc       bool
	depth     int
	last      byte // the last byte outside strings and white space
	multiLine bool // the record spans more than one line
	tooBig    bool // the record outgrew MaxRecordBytes and was reported; its bytes are not kept
	rec       []byte
	recLine   int
	recOff    int64
	recNo     int // number of records started, for derived ids
}

// nextJSON returns the next article of a JSON input.
func (r *Reader) nextJSON() (sitrep.Article, error) {
	s := &r.js
	for {
		if s.pos >= len(s.chunk) {
			if s.readErr != nil {
				r.err = fmt.Errorf("read %s: %w", r.name, s.readErr)
				return sitrep.Article{}, r.err
			}
			if s.eof {
				r.mode = modeDone
				if s.inValue {
					if a, ok, err := r.broken("unexpected end of input inside a record"); ok {
						return a, err
					}
				}
				return sitrep.Article{}, io.EOF
			}
			s.off += int64(len(s.chunk))
			chunk, err := r.br.ReadSlice('\n')
			s.chunk, s.pos = chunk, 0
			switch err {
			case nil, bufio.ErrBufferFull:
			case io.EOF:
				s.eof = true
			default:
				s.readErr = err // after the bytes read before it
			}
			continue
		}
		if a, ok, err := r.scan(); ok {
			return a, err
		}
	}
}

// scan scans the current chunk; it returns ok when a record is complete or
// there is an error to report, and !ok at the end of the chunk.
func (r *Reader) scan() (a sitrep.Article, ok bool, err error) {
	s := &r.js
	b := s.chunk
	for s.pos < len(b) {
		c := b[s.pos]

		if s.inValue && s.inStr {
			if s.esc {
				if c == '\n' {
					return r.brokenString()
				}
				s.esc = false
				s.lineStart = false
				if r.keep(b[s.pos : s.pos+1]) {
					return r.tooLong()
				}
				continue
			}
			k := s.pos
			for k < len(b) && b[k] != '"' && b[k] != '\\' && b[k] != '\n' {
				k++
			}
			if k > s.pos {
				s.lineStart = false
				if r.keep(b[s.pos:k]) {
					return r.tooLong()
				}
				continue
			}
			switch c {
			case '"':
				s.inStr = false
				s.last = '"'
			case '\\':
				s.esc = true
			case '\n':
				return r.brokenString()
			}
			s.lineStart = false
			if r.keep(b[s.pos : s.pos+1]) {
				return r.tooLong()
			}
			continue
		}

		if s.inValue {
			switch c {
			case ' ', '\t', '\r', '\n':
				if s.scalar {
					a, ok, err = r.complete()
					if ok {
						return a, true, err
					}
					continue
				}
				s.pos++
				if c == '\n' {
					s.newline()
				}
				continue
			case ',', ']':
				if s.scalar {
					a, ok, err = r.complete()
					if ok {
						return a, true, err
					}
					continue
				}
			case '{':
				if s.lineStart && !s.scalar && s.last != '[' && s.last != ',' && s.last != ':' {
					// A new record begins while this one is still open.
					// Leave the '{' to start the next record.
					return r.broken("record not closed before the next one")
				}
			}
			s.lineStart = false
			switch c {
			case '"':
				s.inStr = true
			case '{', '[':
				s.depth++
				s.last = c
			case '}', ']':
				s.depth--
				s.last = c
			default:
				s.last = c
			}
			if r.keep(b[s.pos : s.pos+1]) {
				return r.tooLong()
			}
			if !s.scalar && s.depth <= 0 {
				a, ok, err = r.complete()
				if ok {
					return a, true, err
				}
			}
			continue
		}

		// Between records.
		if s.skipLine {
			if i := bytes.IndexByte(b[s.pos:], '\n'); i >= 0 {
				s.pos += i + 1
				s.skipLine = false
				s.newline()
			} else {
				s.pos = len(b)
			}
			continue
		}
		if isSpace(c) {
			s.pos++
			if c == '\n' {
				s.newline()
			}
			continue
		}
		if s.resync {
			if !s.lineStart || c != '{' {
				s.lineStart = false
				s.pos++
				continue
			}
			s.resync = false
		}
		if r.mode == modeArray {
			switch {
			case c == '[' && !s.inArray:
				s.inArray = true
			case c == ']' && s.inArray:
				s.inArray = false
			case c == ',' && s.inArray:
			case s.inArray:
				if r.begin() {
					return r.tooLong()
				}
				continue
			default:
				return r.stray(c)
			}
			s.lineStart = false
			s.pos++
			continue
		}
		if c != '{' && c != '[' {
			return r.stray(c)
		}
		if r.begin() {
			return r.tooLong()
		}
	}
	return sitrep.Article{}, false, nil
}

// newline counts a line break.
func (s *jsonState) newline() {
	s.line++
	s.lineStart = true
	if s.inValue {
		s.multiLine = true
	}
}

// begin starts a record at the current byte and consumes it; it returns
// true if the record is already too long (it never is).
func (r *Reader) begin() bool {
	s := &r.js
	c := s.chunk[s.pos]
	s.inValue = true
	s.scalar = c != '{' && c != '['
	s.inStr = c == '"'
	s.esc = false
	s.depth = 0
	if !s.scalar {
		s.depth = 1
	}
	s.last = c
	s.multiLine = false
	s.tooBig = false
	s.rec = s.rec[:0]
	s.recLine = s.line
	s.recOff = s.off + int64(s.pos) + r.bom
	s.recNo++
	s.lineStart = false
	return r.keep(s.chunk[s.pos : s.pos+1])
}

// keep adds p to the current record and consumes it. It returns true when
// the record has just outgrown MaxRecordBytes; from then on its bytes are
// dropped.
func (r *Reader) keep(p []byte) bool {
	s := &r.js
	s.pos += len(p)
	if s.tooBig {
		return false
	}
	if len(s.rec)+len(p) > MaxRecordBytes {
		s.tooBig = true
		s.rec = nil
		return true
	}
	if len(s.rec)+len(p) > cap(s.rec) {
		// Grow by doubling (append grows big slices by only a quarter,
		// which would allocate some five times the final size).
		n := max(2*cap(s.rec), len(s.rec)+len(p), 4096)
		if n > MaxRecordBytes/2 {
			n = MaxRecordBytes // not nearly the limit and then the limit
		}
		s.rec = append(make([]byte, 0, n), s.rec...)
	}
	s.rec = append(s.rec, p...)
	return false
}

// endValue forgets the current record.
func (s *jsonState) endValue() {
	s.inValue, s.scalar, s.inStr, s.esc = false, false, false, false
	s.depth = 0
	s.tooBig = false
	if cap(s.rec) > 1<<20 {
		s.rec = nil // do not hold on to a big buffer
	} else {
		s.rec = s.rec[:0]
	}
}

// complete decodes the record just ended. ok is false when the record was
// already reported as too long.
func (r *Reader) complete() (a sitrep.Article, ok bool, err error) {
	s := &r.js
	raw, tooBig := s.rec, s.tooBig
	line, off, n := s.recLine, s.recOff, s.recNo
	s.endValue()
	if tooBig {
		return sitrep.Article{}, false, nil
	}
	a, err = r.article(raw, line, off, n)
	return a, true, err
}

// tooLong reports a record that outgrew MaxRecordBytes.
func (r *Reader) tooLong() (sitrep.Article, bool, error) {
	s := &r.js
	msg := fmt.Sprintf("line too long: more than %d bytes", MaxRecordBytes)
	if s.multiLine {
		msg = fmt.Sprintf("record too long: more than %d bytes", MaxRecordBytes)
	}
	return sitrep.Article{}, true, r.fail(&Error{Line: s.recLine, Offset: s.recOff, Msg: msg})
}

// broken reports a record that cannot be complete and forgets it; a record
// already reported as too long is not reported again.
func (r *Reader) broken(msg string) (sitrep.Article, bool, error) {
	s := &r.js
	reported := s.tooBig
	e := &Error{Line: s.recLine, Offset: s.recOff, Msg: msg}
	if id := rawID(append(s.rec[:len(s.rec):len(s.rec)], '}')); id != "" && !reported {
		e.ID = id
	}
	s.endValue()
	if reported {
		return sitrep.Article{}, false, nil
	}
	return sitrep.Article{}, true, r.fail(e)
}

// brokenString reports a record with a line break inside a string, and
// skips to the next line that starts a record.
func (r *Reader) brokenString() (sitrep.Article, bool, error) {
	s := &r.js
	s.pos++ // the line break
	a, ok, err := r.broken("line break inside a string (unterminated string?)")
	s.newline()
	s.resync = true
	return a, ok, err
}

// stray reports text between records and skips the rest of its line.
func (r *Reader) stray(c byte) (sitrep.Article, bool, error) {
	s := &r.js
	e := &Error{Line: s.line, Offset: s.off + int64(s.pos) + r.bom, Msg: fmt.Sprintf("unexpected %q outside a record", c)}
	s.skipLine = true
	s.lineStart = false
	s.pos++
	if c == '\n' {
		s.skipLine = false
		s.newline()
	}
	return sitrep.Article{}, true, r.fail(e)
}
