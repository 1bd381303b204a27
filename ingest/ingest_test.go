package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/sitrep/sitrep"
)

// readAll reads everything from a Reader: articles, and errors as strings.
func readAll(t testing.TB, r *Reader) ([]sitrep.Article, []string) {
	t.Helper()
	var arts []sitrep.Article
	var errs []string
	for range 10000 {
		a, err := r.Next()
		if err == io.EOF {
			return arts, errs
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Next: non-record error %v", err)
			}
			errs = append(errs, err.Error())
			continue
		}
		arts = append(arts, a)
	}
	t.Fatal("Next did not reach io.EOF")
	return nil, nil
}

// brief is a short form of an article for comparison.
func brief(a sitrep.Article) string {
	s := a.ID + "|" + a.Text
	if a.Title != "" {
		s += "|title=" + a.Title
	}
	if a.Published != "" {
		s += "|published=" + a.Published
	}
	if a.URL != "" {
		s += "|url=" + a.URL
	}
	if a.Source != "" {
		s += "|source=" + a.Source
	}
	return s
}

func utf16Bytes(s string, big bool) []byte {
	var b []byte
	if big {
		b = []byte{0xFE, 0xFF}
	} else {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestReader(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		format Format
		in     string
		want   []string // brief(article)
		errs   []string // substrings of the errors, in order
	}{
		// Plain text.
		{name: "plain text", file: "reports/siege-of-gondor.txt",
			in:   "Orcs attacked the city.\nRohan answered.\n",
			want: []string{"siege-of-gondor|Orcs attacked the city.\nRohan answered.\n"}},
		{name: "plain text keeps CRLF and leading space", file: "a.txt",
			in:   "  Orcs attacked.\r\nRohan answered.\r\n",
			want: []string{"a|  Orcs attacked.\r\nRohan answered.\r\n"}},
		{name: "plain text from stdin", file: "-",
			in:   "Orcs attacked.",
			want: []string{"stdin|Orcs attacked."}},
		{name: "plain text starting with a bracket", file: "b.txt",
			in:   "[Photo] Orcs attacked.",
			want: []string{"b|[Photo] Orcs attacked."}},
		{name: "plain text starting with a brace", file: "c",
			in:   "{Update} Orcs attacked.",
			want: []string{"c|{Update} Orcs attacked."}},
		{name: "header block", file: "h.txt",
			in:   "Title: Orcs attack\nDate: 2024-03-01\nURL: https://example.org/orcs\nSource: Gondor Herald\n\nOrcs attacked the city.",
			want: []string{"h|Orcs attacked the city.|title=Orcs attack|published=2024-03-01|url=https://example.org/orcs|source=Gondor Herald"}},
		{name: "header block with id and CRLF", file: "h.txt",
			in:   "ID: gh-7\r\nPublished: 20240301\r\n\r\nOrcs attacked.",
			want: []string{"gh-7|Orcs attacked.|published=20240301"}},
		{name: "not a header block", file: "h.txt",
			in:   "Warning: graphic content\n\nOrcs attacked.",
			want: []string{"h|Warning: graphic content\n\nOrcs attacked."}},
		{name: "header without blank line", file: "h.txt",
			in:   "Title: Orcs attack\nOrcs attacked.",
			want: []string{"h|Title: Orcs attack\nOrcs attacked."}},
		{name: "header with a bad date", file: "h.txt",
			in:   "Date: last Tuesday\n\nOrcs attacked.",
			errs: []string{`h.txt: article "h": published: unrecognised date "last Tuesday"`}},
		{name: "empty input", file: "e.txt", in: ""},
		{name: "blank input", file: "e.txt", in: " \n\t\r\n "},
		{name: "forced text", file: "x", format: Text,
			in:   `{"id":"a","text":"Orcs."}`,
			want: []string{`x|{"id":"a","text":"Orcs."}`}},

		// Encodings.
		{name: "UTF-8 BOM", file: "bom.txt",
			in:   "\xEF\xBB\xBFOrcs attacked.",
			want: []string{"bom|Orcs attacked."}},
		{name: "UTF-8 BOM before JSON", file: "bom.json",
			in:   "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"Orcs.\"}",
			want: []string{"a|Orcs."}},
		{name: "UTF-16 LE", file: "u.txt",
			in:   string(utf16Bytes("Orcs attacked Minas Tirith — again. 😀", false)),
			want: []string{"u|Orcs attacked Minas Tirith — again. 😀"}},
		{name: "UTF-16 BE JSON", file: "u.json",
			in:   string(utf16Bytes(`[{"id":"é","text":"Orcs — again."}]`, true)),
			want: []string{"é|Orcs — again."}},
		{name: "UTF-16 unpaired surrogate and odd byte", file: "u.txt",
			in:   string(append(utf16Bytes("Orcs", false), 0x00, 0xD8, 0x41, 0x00, 0x42)),
			want: []string{"u|Orcs\uFFFDA\uFFFD"}},
		{name: "invalid UTF-8 replaced", file: "bad.txt",
			in:   "Orcs \xff\xfe attacked.",
			want: []string{"bad|Orcs \uFFFD\uFFFD attacked."}},
		{name: "invalid UTF-8 in JSON replaced", file: "bad.jsonl",
			in:   "{\"id\":\"a\",\"text\":\"Orcs \xff attacked.\"}",
			want: []string{"a|Orcs \uFFFD attacked."}},

		// One JSON object.
		{name: "one object", file: "one.json",
			in:   `{"id": "gh-1", "url": "https://example.org/1", "source": "Gondor Herald", "title": "Orcs", "published": "2024-03-01T10:00:00Z", "text": "Orcs attacked."}`,
			want: []string{"gh-1|Orcs attacked.|title=Orcs|published=2024-03-01T10:00:00Z|url=https://example.org/1|source=Gondor Herald"}},
		{name: "pretty-printed object", file: "one.json",
			in:   "{\n  \"id\": \"gh-1\",\n  \"tags\": [\"war\", {\"k\": 1}],\n  \"text\": \"Orcs attacked.\\nRohan answered.\"\n}\n",
			want: []string{"gh-1|Orcs attacked.\nRohan answered."}},
		{name: "aliases", file: "al.json",
			in: `{"id": 17, "headline": "Orcs", "date": 20240301, "body": "Orcs attacked."}
{"id": "x", "content": "Rohan answered.", "link": "https://example.org/x"}
{"id": "y", "text": " ", "body": "Blank text gives way."}`,
			want: []string{"17|Orcs attacked.|title=Orcs|published=20240301", "x|Rohan answered.|url=https://example.org/x", "y|Blank text gives way."}},
		{name: "dates", file: "d.jsonl",
			in: `{"id":"1","published":"2024-03-01","text":"t"}
{"id":"2","published":"20240301","text":"t"}
{"id":"3","published":"2024-03-01T10:00:00+02:00","text":"t"}
{"id":"4","published":"2024-03-01T10:00:00.123Z","text":"t"}
{"id":"5","published":"2024-03-01 10:00:00","text":"t"}
{"id":"6","published":"March 1, 2024","text":"t"}
{"id":"7","published":"2024-02-30","text":"t"}
{"id":"8","published":true,"text":"t"}`,
			want: []string{"1|t|published=2024-03-01", "2|t|published=20240301", "3|t|published=2024-03-01T10:00:00+02:00",
				"4|t|published=2024-03-01T10:00:00.123Z", "5|t|published=2024-03-01 10:00:00", "6|t|published=March 1, 2024"},
			errs: []string{`d.jsonl:7 (offset 321): article "7": published: unrecognised date`,
				`d.jsonl:8 (offset 368): article "8": published is not a string or number`}},

		// JSON lines.
		{name: "JSON lines with blank lines", file: "feed.jsonl",
			in:   "{\"id\":\"a\",\"text\":\"One.\"}\n\n  \r\n{\"id\":\"b\",\"text\":\"Two.\"}\r\n{\"text\":\"Three.\"}\n",
			want: []string{"a|One.", "b|Two.", "feed-3|Three."}},
		{name: "missing text", file: "m.jsonl",
			in:   "{\"id\":\"a\",\"title\":\"No text\"}\n{\"id\":\"b\",\"text\":\"Two.\"}",
			want: []string{"b|Two."},
			errs: []string{`m.jsonl:1 (offset 0): article "a": missing text`}},
		{name: "good, broken, good", file: "g.jsonl",
			in:   "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Tw\n{\"id\":\"c\",\"text\":\"Three.\"}\n",
			want: []string{"a|One.", "c|Three."},
			errs: []string{`g.jsonl:2 (offset 25): article "b": line break inside a string`}},
		{name: "record not closed", file: "g.jsonl",
			in:   "{\"id\":\"a\",\"text\":\"One.\"\n{\"id\":\"b\",\"text\":\"Two.\"}\n",
			want: []string{"b|Two."},
			errs: []string{`g.jsonl:1 (offset 0): article "a": record not closed before the next one`}},
		{name: "bad syntax inside a line", file: "g.jsonl",
			in:   "{\"id\":\"a\" \"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n",
			want: []string{"b|Two."},
			errs: []string{`g.jsonl:1 (offset 0): article "a": invalid JSON: invalid character '"' after object key`}},
		{name: "stray text", file: "g.jsonl", format: JSON,
			in:   "Not JSON at all\n{\"id\":\"b\",\"text\":\"Two.\"}\nnull\n",
			want: []string{"b|Two."},
			errs: []string{`g.jsonl:1 (offset 0): unexpected 'N' outside a record`, `g.jsonl:3 (offset 41): unexpected 'n' outside a record`}},
		{name: "cut short at the end", file: "g.jsonl",
			in:   "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Tw",
			want: []string{"a|One."},
			errs: []string{`g.jsonl:2 (offset 25): article "b": unexpected end of input inside a record`}},
		{name: "a line holding an array", file: "g.jsonl", format: JSON,
			in:   "{\"id\":\"a\",\"text\":\"One.\"}\n[{\"id\":\"b\",\"text\":\"Two.\"}]\n",
			want: []string{"a|One."},
			errs: []string{`g.jsonl:2 (offset 25): record is not a JSON object`}},
		{name: "escapes", file: "g.jsonl",
			in:   `{"id":"a","text":"Say \"no\" \\ \u00e9\ud83d\ude00 {[,:"}`,
			want: []string{"a|Say \"no\" \\ é😀 {[,:"}},

		// JSON arrays.
		{name: "array", file: "arr.json",
			in:   "[\n  {\"id\": \"a\", \"text\": \"One.\"},\n  {\"id\": \"b\", \"text\": \"Two.\"}\n]\n",
			want: []string{"a|One.", "b|Two."}},
		{name: "empty array", file: "arr.json", in: "[ ]"},
		{name: "array, bad elements", file: "arr.json",
			in:   `[{"id":"a","text":"One."},{"id":"b","text":7},"x",null,42,{"text":"Five."},{"id":"f","text":"Six." "x":1},{"id":"g","text":"Seven."}]`,
			want: []string{"a|One.", "arr-6|Five.", "g|Seven."},
			errs: []string{
				`arr.json:1 (offset 26): article "b": field "text": want a string, not a JSON number`,
				`arr.json:1 (offset 46): record is not a JSON object`,
				`arr.json:1 (offset 50): record is not a JSON object`,
				`arr.json:1 (offset 55): record is not a JSON object`,
				`arr.json:1 (offset 75): article "f": invalid JSON`,
			}},
		{name: "array, broken element in pretty print", file: "arr.json",
			in:   "[\n  {\"id\": \"a\", \"text\": \"One.\"},\n  {\"id\": \"b\", \"text\": \"Tw\n  o.\"},\n  {\"id\": \"c\", \"text\": \"Three.\"}\n]\n",
			want: []string{"a|One.", "c|Three."},
			errs: []string{`arr.json:3 (offset 35): article "b": line break inside a string`}},
		{name: "array, garbage after", file: "arr.json",
			in:   "[{\"id\":\"a\",\"text\":\"One.\"}] trailing\n",
			want: []string{"a|One."},
			errs: []string{`arr.json:1 (offset 27): unexpected 't' outside a record`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReaderFormat(strings.NewReader(tt.in), tt.file, tt.format)
			arts, errs := readAll(t, r)
			var got []string
			for _, a := range arts {
				got = append(got, brief(a))
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("articles\n got %q\nwant %q", got, tt.want)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors\n got %q\nwant %q", errs, tt.errs)
			}
			for i := range errs {
				if !strings.Contains(errs[i], tt.errs[i]) {
					t.Errorf("error %d\n got %q\nwant %q", i, errs[i], tt.errs[i])
				}
			}
			c := r.Counts()
			if c.Read != len(arts) || c.Skipped != len(errs) {
				t.Errorf("Counts = %+v, want Read %d Skipped %d", c, len(arts), len(errs))
			}
		})
	}
}

func TestCountsReplaced(t *testing.T) {
	r := NewReader(strings.NewReader("{\"id\":\"a\",\"text\":\"x\xff\xfey\"}\n{\"id\":\"b\",\"text\":\"ok\"}"), "c.jsonl")
	readAll(t, r)
	if got := r.Counts(); got != (Counts{Read: 2, Replaced: 2}) {
		t.Errorf("Counts = %+v", got)
	}
}

func TestError(t *testing.T) {
	r := NewReader(strings.NewReader("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\"}\n"), "feed.jsonl")
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	_, err := r.Next()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Next error %v (%T), want *Error", err, err)
	}
	want := Error{File: "feed.jsonl", Line: 2, Offset: 25, ID: "b", Msg: "missing text"}
	if *e != want {
		t.Errorf("error = %+v, want %+v", *e, want)
	}
	if s := e.Error(); s != `feed.jsonl:2 (offset 25): article "b": missing text` {
		t.Errorf("Error() = %q", s)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next after the last record = %v, want io.EOF", err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next after io.EOF = %v, want io.EOF", err)
	}

	// The underlying JSON error is kept.
	r = NewReader(strings.NewReader(`{"id":"a","text":1}`), "x.json")
	_, err = r.Next()
	if !errors.As(err, &e) || e.Err == nil {
		t.Errorf("type error %v: no underlying error", err)
	}
}

func TestArticleTooLarge(t *testing.T) {
	big := strings.Repeat("Orcs attacked. ", MaxArticleBytes/15+1)
	in := `{"id":"a","text":"` + big + "\"}\n" + `{"id":"b","text":"Two."}` + "\n"
	arts, errs := readAll(t, NewReader(strings.NewReader(in), "big.jsonl"))
	if len(arts) != 1 || arts[0].ID != "b" {
		t.Errorf("articles %d, want only b", len(arts))
	}
	if len(errs) != 1 || !strings.Contains(errs[0], `big.jsonl:1 (offset 0): article "a": article too large`) {
		t.Errorf("errors %q", errs)
	}

	arts, errs = readAll(t, NewReader(strings.NewReader(big), "big.txt"))
	if len(arts) != 0 || len(errs) != 1 || !strings.Contains(errs[0], "big.txt: article too large: more than 8388608 bytes") {
		t.Errorf("plain text: %d articles, errors %q", len(arts), errs)
	}
}

// hugeLine generates a JSON line of n bytes of text, then a good record,
// without holding them in memory.
type hugeLine struct {
	head, tail string
	n          int // filler bytes left
}

func (h *hugeLine) Read(p []byte) (int, error) {
	if h.head != "" {
		n := copy(p, h.head)
		h.head = h.head[n:]
		return n, nil
	}
	if h.n > 0 {
		m := min(len(p), h.n)
		for i := range p[:m] {
			p[i] = 'a'
		}
		h.n -= m
		return m, nil
	}
	if h.tail != "" {
		n := copy(p, h.tail)
		h.tail = h.tail[n:]
		return n, nil
	}
	return 0, io.EOF
}

func TestHugeLine(t *testing.T) {
	const size = 50 << 20
	tests := []struct {
		name string
		in   *hugeLine
		want []string // article ids
		errs []string
	}{
		{"JSON lines", &hugeLine{head: `{"id":"big","text":"`, n: size, tail: "\"}\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n"},
			[]string{"ok"}, []string{"huge.jsonl:1 (offset 0): line too long: more than 16777216 bytes"}},
		{"unterminated to the end", &hugeLine{head: `{"id":"big","text":"`, n: size},
			nil, []string{"huge.jsonl:1 (offset 0): line too long: more than 16777216 bytes"}},
		{"array", &hugeLine{head: `[{"id":"ok","text":"Fine."},{"text":"`, n: size, tail: `"},{"id":"ok2","text":"Fine."}]`},
			[]string{"ok", "ok2"}, []string{"huge.jsonl:1 (offset 28): line too long: more than 16777216 bytes"}},
		{"plain text", &hugeLine{head: "Orcs ", n: size},
			nil, []string{"huge.jsonl: article too large: more than 8388608 bytes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			arts, errs := readAll(t, NewReader(tt.in, "huge.jsonl"))
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			var ids []string
			for _, a := range arts {
				ids = append(ids, a.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tt.want) {
				t.Errorf("articles %q, want %q", ids, tt.want)
			}
			if fmt.Sprintf("%q", errs) != fmt.Sprintf("%q", tt.errs) {
				t.Errorf("errors\n got %q\nwant %q", errs, tt.errs)
			}
			// The record buffer grows by doubling to at most
			// MaxRecordBytes: nothing near the input's 50 MB.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 2*MaxRecordBytes+4<<20 {
				t.Errorf("allocated %d MB reading a %d MB line", alloc>>20, size>>20)
			}
			if testing.Verbose() {
				t.Logf("allocated %d MB in %v", (after.TotalAlloc-before.TotalAlloc)>>20, elapsed)
			}
			if elapsed > 20*time.Second {
				t.Errorf("took %v", elapsed)
			}
		})
	}
}

func TestHugeLineErrorIsQuick(t *testing.T) {
	// The error comes as soon as the limit is passed, before the line ends.
	in := &hugeLine{head: `{"id":"big","text":"`, n: 50 << 20}
	r := NewReader(in, "huge.jsonl")
	_, err := r.Next()
	if err == nil || !strings.Contains(err.Error(), "line too long") {
		t.Fatalf("Next = %v", err)
	}
	if in.n < 30<<20 {
		t.Errorf("read %d MB before reporting the long line", (50<<20-in.n)>>20)
	}
}

func TestGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	io.WriteString(zw, "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n")
	zw.Close()
	arts, errs := readAll(t, NewReader(&buf, "feed.jsonl.gz"))
	if len(arts) != 2 || len(errs) != 0 {
		t.Errorf("got %d articles, errors %q", len(arts), errs)
	}
}

func TestOpenAndReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, content string
		want          []string
		errs          int
	}{
		// A .txt file is text even if it looks like JSON.
		{"brace.txt", `{"id":"a","text":"x"}`, []string{`brace|{"id":"a","text":"x"}`}, 0},
		{"feed.jsonl", "{\"text\":\"One.\"}\n{\"id\":\"b\"}\n{\"text\":\"Three.\"}\n", []string{"feed-1|One.", "feed-3|Three."}, 1},
		// A .json file is JSON even if it does not look like it.
		{"odd.json", "hello", nil, 1},
		{"story", "Orcs attacked.", []string{"story|Orcs attacked."}, 0},
	}
	for _, tt := range tests {
		arts, errs, err := ReadFile(write(tt.name, tt.content))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var got []string
		for _, a := range arts {
			got = append(got, brief(a))
		}
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) || len(errs) != tt.errs {
			t.Errorf("%s: articles %q errors %q, want %q and %d errors", tt.name, got, errs, tt.want, tt.errs)
		}
	}
	if _, _, err := ReadFile(filepath.Join(dir, "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile of a missing file: %v", err)
	}
	r, err := Open(write("c.txt", "x"))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next after Close = %v, want io.EOF", err)
	}
}

// errReader fails after its data.
type errReader struct{ data string }

func (e *errReader) Read(p []byte) (int, error) {
	if e.data == "" {
		return 0, errors.New("disk on fire")
	}
	n := copy(p, e.data)
	e.data = e.data[n:]
	return n, nil
}

func TestReadError(t *testing.T) {
	r := NewReader(&errReader{data: "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\""}, "f.jsonl")
	if a, err := r.Next(); err != nil || a.ID != "a" {
		t.Fatalf("Next = %v, %v", a.ID, err)
	}
	_, err := r.Next()
	var e *Error
	if err == nil || errors.As(err, &e) || !strings.Contains(err.Error(), "read f.jsonl: disk on fire") {
		t.Fatalf("Next = %v, want a read error", err)
	}
	if _, err2 := r.Next(); err2 != err {
		t.Errorf("the read error is not sticky: %v", err2)
	}
}

func ExampleReader() {
	in := `{"id": "gh-1", "published": "2024-03-01", "text": "Orcs attacked Osgiliath."}
{"id": "gh-2", "text": "Rohan answ
{"id": "gh-3", "headline": "Rohan rides", "body": "Rohan rode to Gondor."}
`
	r := NewReader(strings.NewReader(in), "feed.jsonl")
	for {
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("skipped:", err)
			continue
		}
		fmt.Printf("%s %q %q\n", a.ID, a.Title, a.Text)
	}
	fmt.Printf("%+v\n", r.Counts())
	// Output:
	// gh-1 "" "Orcs attacked Osgiliath."
	// skipped: feed.jsonl:2 (offset 78): article "gh-2": line break inside a string (unterminated string?)
	// gh-3 "Rohan rides" "Rohan rode to Gondor."
	// {Read:2 Skipped:1 Replaced:0}
}

func FuzzReader(f *testing.F) {
	for _, s := range []string{
		"Orcs attacked.",
		"Title: T\nDate: 2024-03-01\n\nBody.",
		`{"id":"a","text":"One."}`,
		"{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Tw\n{\"text\":\"x\"}",
		`[{"id":"a","text":"One."},7,{"body":"x","date":20240101}]`,
		"[\n {\"id\": 1,\n  \"text\": \"a\\\"b\"},\n {\"x\":\n",
		"\xEF\xBB\xBF{\"text\":\"\xff\"}",
		string(utf16Bytes(`{"text":"x"}`, false)),
		"{\"text\":\"x\"} junk\n{\"text\":\"y\"",
	} {
		f.Add([]byte(s), uint8(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		r := NewReaderFormat(bytes.NewReader(data), "fuzz.json", Format(format%3))
		for n := 0; ; n++ {
			if n > len(data)+4 {
				t.Fatalf("more results (%d) than input bytes", n)
			}
			a, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("non-record error %v", err)
				}
				if e.File != "fuzz.json" || e.Msg == "" || e.Offset < 0 || e.Offset > int64(len(data))*2 {
					t.Fatalf("bad error %+v", e)
				}
				continue
			}
			if a.ID == "" || strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article with empty id or text: %+v", a)
			}
		}
		c := r.Counts()
		if c.Read < 0 || c.Skipped < 0 || c.Replaced < 0 {
			t.Fatalf("Counts = %+v", c)
		}
	})
}
