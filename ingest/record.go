package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// jsonRecord is an article as found in JSON input. Besides the names of
// sitrep.Article it accepts common aliases: "date" for "published",
// "headline" for "title", "body" or "content" for "text", "link" for "url".
// Ids and dates may be JSON numbers (20230709).
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Link      string          `json:"link"`
	Source    string          `json:"source"`
	Title     string          `json:"title"`
	Headline  string          `json:"headline"`
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
	Text      string          `json:"text"`
	Body      string          `json:"body"`
	Content   string          `json:"content"`
}

// article decodes one JSON record (the bytes of one JSON value).
func (r *Reader) article(raw []byte, line int, off int64, n int) (sitrep.Article, error) {
	fail := func(id, msg string, err error) (sitrep.Article, error) {
		return sitrep.Article{}, r.fail(&Error{Line: line, Offset: off, ID: id, Msg: msg, Err: err})
	}
	if len(raw) == 0 || raw[0] != '{' {
		return fail("", "record is not a JSON object", nil)
	}
	r.countInvalid(raw)
	var rec jsonRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		msg := "invalid JSON: " + err.Error()
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			msg = fmt.Sprintf("field %q: want a %s, not a JSON %s", te.Field, te.Type, te.Value)
		}
		return fail(rawID(raw), msg, err)
	}
	id, ok := scalar(rec.ID)
	if !ok {
		return fail("", "id is not a string or number", nil)
	}
	id = strings.TrimSpace(id)
	if id == "" {
		id = fmt.Sprintf("%s-%d", r.base, n)
	}
	pub, ok := scalar(rec.Published)
	if !ok {
		return fail(id, "published is not a string or number", nil)
	}
	if pub == "" {
		if pub, ok = scalar(rec.Date); !ok {
			return fail(id, "date is not a string or number", nil)
		}
	}
	a := sitrep.Article{
		ID:        id,
		URL:       first(rec.URL, rec.Link),
		Source:    rec.Source,
		Title:     first(rec.Title, rec.Headline),
		Published: strings.TrimSpace(pub),
		Text:      rec.Text,
	}
	// An empty (or blank) "text" gives way to an alias.
	for _, t := range []string{rec.Body, rec.Content} {
		if strings.TrimSpace(a.Text) == "" && t != "" {
			a.Text = t
		}
	}
	return r.finish(a, line, off)
}

// check returns what is wrong with an article, or "".
func check(a *sitrep.Article) string {
	switch {
	case strings.TrimSpace(a.Text) == "":
		return "missing text"
	case len(a.Text) > MaxArticleBytes:
		return fmt.Sprintf("article too large: text of %d bytes, more than %d", len(a.Text), MaxArticleBytes)
	case a.Published != "" && !validDate(a.Published):
		return fmt.Sprintf("published: unrecognised date %q (want e.g. YYYY-MM-DD, YYYYMMDD, RFC 3339 or an RSS date like Mon, 02 Jan 2006 15:04:05 GMT)", a.Published)
	}
	return ""
}

// first returns the first non-empty string, trimmed of space.
func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// scalar returns a JSON string or number as a string ("" for null or
// absent); ok is false for other values.
func scalar(raw json.RawMessage) (s string, ok bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	if raw[0] == '"' {
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", false
		}
		return s, true
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", false
	}
	return n.String(), true
}

// rawID finds the id of a record that does not decode, for its error
// message: the first top-level "id" string, if the record gets that far.
func rawID(raw []byte) string {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return ""
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return ""
		}
		if k, _ := key.(string); strings.EqualFold(k, "id") {
			s, _ := scalar(v)
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// validDate reports whether s is a publication date sitrep understands.
func validDate(s string) bool {
	_, ok := sitrep.ParseDate(s)
	return ok
}

// header is the header block of a plain-text article.
type header struct {
	id, title, published, url, source string
}

// maxHeaderLines bounds the header block of a plain-text article.
const maxHeaderLines = 16

// parseHeader reads a header block at the start of a plain-text article:
// lines "Title: ...", "Date: ..." (or "Published:"), "URL: ...",
// "Source: ...", "ID: ..." ended by a blank line. It returns the header and
// the text after the blank line; ok is false if the text does not start
// with such a block (every line before the first blank line must be a
// header line, and text must follow).
func parseHeader(text string) (h header, body string, ok bool) {
	rest := text
	for n := 0; ; n++ {
		if n > maxHeaderLines {
			return header{}, "", false
		}
		line, after, found := strings.Cut(rest, "\n")
		if !found {
			return header{}, "", false
		}
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			if n == 0 || strings.TrimSpace(after) == "" {
				return header{}, "", false
			}
			return h, after, true
		}
		key, value, found := strings.Cut(line, ":")
		if !found {
			return header{}, "", false
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title", "headline":
			h.title = value
		case "date", "published":
			h.published = value
		case "url", "link":
			h.url = value
		case "source":
			h.source = value
		case "id":
			h.id = value
		default:
			return header{}, "", false
		}
		rest = after
	}
}

// validUTF8 returns data as a string with each invalid UTF-8 byte replaced
// by U+FFFD, and counts the replacements.
func (r *Reader) validUTF8(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	for len(data) > 0 {
		c, size := utf8.DecodeRune(data)
		if c == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			r.counts.Replaced++
		} else {
			b.Write(data[:size])
		}
		data = data[size:]
	}
	return b.String()
}

// countInvalid counts the invalid UTF-8 bytes of a JSON record, which
// encoding/json replaces by U+FFFD.
func (r *Reader) countInvalid(data []byte) {
	if utf8.Valid(data) {
		return
	}
	for len(data) > 0 {
		c, size := utf8.DecodeRune(data)
		if c == utf8.RuneError && size == 1 {
			r.counts.Replaced++
		}
		data = data[size:]
	}
}

// utf16Reader decodes UTF-16 (without its byte-order mark) to UTF-8.
// Unpaired surrogates and a trailing odd byte become U+FFFD.
type utf16Reader struct {
	r        io.Reader
	big      bool // big-endian
	in       [4096]byte
	n        int    // bytes in in
	out      []byte // decoded bytes not yet returned
	buf      []byte // backing store of out
	eof      bool
	replaced *int
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 {
		if u.eof && u.n == 0 {
			return 0, io.EOF
		}
		if !u.eof {
			m, err := u.r.Read(u.in[u.n:])
			u.n += m
			if err == io.EOF {
				u.eof = true
			} else if err != nil {
				return 0, err
			}
		}
		u.decode()
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	return n, nil
}

// decode decodes the complete units in u.in into u.out.
func (u *utf16Reader) decode() {
	unit := func(i int) rune {
		if u.big {
			return rune(u.in[i])<<8 | rune(u.in[i+1])
		}
		return rune(u.in[i+1])<<8 | rune(u.in[i])
	}
	out := u.buf[:0]
	i := 0
	for ; i+1 < u.n; i += 2 {
		c := unit(i)
		if utf16.IsSurrogate(c) {
			if c < 0xDC00 { // high surrogate: needs the low one after it
				if i+3 >= u.n && !u.eof {
					break // wait for more input
				}
				if i+3 < u.n {
					if d := unit(i + 2); 0xDC00 <= d && d < 0xE000 {
						out = utf8.AppendRune(out, utf16.DecodeRune(c, d))
						i += 2
						continue
					}
				}
			}
			c = utf8.RuneError
			*u.replaced++
		}
		out = utf8.AppendRune(out, c)
	}
	if u.eof && i < u.n && i+1 >= u.n {
		// A trailing odd byte.
		out = utf8.AppendRune(out, utf8.RuneError)
		*u.replaced++
		i = u.n
	}
	u.n = copy(u.in[:], u.in[i:u.n])
	u.buf = out
	u.out = out
}
