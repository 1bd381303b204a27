package pipeline_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/coder"
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/dict/defaults"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

// corpusDir holds the corpus cases: one directory per case with the input
// (article.json, one article, or article.jsonl, several) and the events
// coded from it with the embedded dictionaries (events.golden.jsonl). The
// goldens record what the coder does now, not what is right: the README
// next to them says what a careful human coder would extract.
var corpusDir = filepath.Join("..", "testdata", "corpus")

// corpusInputs are the names a case's input may have; a case has exactly
// one of them.
var corpusInputs = []string{"article.json", "article.jsonl"}

const corpusGolden = "events.golden.jsonl"

// TestCorpus codes every corpus case with the embedded dictionaries and the
// default coder options and compares the events, one JSON object a line,
// with the case's golden file byte for byte. Run with -update to rewrite
// the goldens, then review them in the diff.
func TestCorpus(t *testing.T) {
	d, err := defaults.Load()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(dict.Compile(d), coder.DefaultOptions())

	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{} // event id -> case, across the whole corpus
	cases := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		cases++
		dir := filepath.Join(corpusDir, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			arts := readCase(t, dir)
			got := codeCorpus(t, p, arts, true)
			if again := codeCorpus(t, p, arts, false); !bytes.Equal(got, again) {
				t.Errorf("coding twice gave different output:\n%s", lineDiff(got, again))
			}
			for _, line := range lines(got) {
				var ev sitrep.Event
				if err := json.Unmarshal([]byte(line), &ev); err != nil {
					t.Fatalf("event line %q: %v", line, err)
				}
				if c, ok := ids[ev.ID]; ok {
					t.Errorf("event id %s of case %s already used in case %s", ev.ID, e.Name(), c)
				}
				ids[ev.ID] = e.Name()
			}

			golden := filepath.Join(dir, corpusGolden)
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./pipeline -run TestCorpus -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs (- golden, + got):\n%s\nIf the change is right, run go test ./pipeline -run TestCorpus -update and review the diff.",
					golden, lineDiff(want, got))
			}
		})
	}
	if cases == 0 {
		t.Fatalf("no corpus cases under %s", corpusDir)
	}
}

// readCase reads the articles of the corpus case in dir.
func readCase(t *testing.T, dir string) []sitrep.Article {
	t.Helper()
	var path string
	for _, name := range corpusInputs {
		p := filepath.Join(dir, name)
		_, err := os.Stat(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if path != "" {
			t.Fatalf("%s has both %s and %s", dir, filepath.Base(path), name)
		}
		path = p
	}
	if path == "" {
		t.Fatalf("%s has none of %s", dir, strings.Join(corpusInputs, ", "))
	}
	arts, bad, err := ingest.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range bad {
		t.Errorf("bad record: %v", e)
	}
	if len(arts) == 0 {
		t.Fatalf("%s holds no articles", path)
	}
	return arts
}

// codeCorpus codes arts and returns their events as JSON lines. With check,
// it also checks the invariants every event must keep.
func codeCorpus(t *testing.T, p *pipeline.Pipeline, arts []sitrep.Article, check bool) []byte {
	t.Helper()
	var b bytes.Buffer
	ids := map[string]bool{}
	for _, a := range arts {
		evs, st := p.Article(a)
		if check && st.Events != len(evs) {
			t.Errorf("article %s: stats say %d events, got %d", a.ID, st.Events, len(evs))
		}
		for _, ev := range evs {
			if check {
				checkEvent(t, a, ev)
				if ids[ev.ID] {
					t.Errorf("article %s: event id %s repeated", a.ID, ev.ID)
				}
				ids[ev.ID] = true
			}
			line, err := json.Marshal(ev)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(line)
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// checkEvent checks that the offsets of ev and of its mentions point at
// their text in a, and that the mentions lie in the event's sentence.
func checkEvent(t *testing.T, a sitrep.Article, ev sitrep.Event) {
	t.Helper()
	where := fmt.Sprintf("article %s event %s (sentence %d)", a.ID, ev.ID, ev.Sentence)
	if ev.ArticleID != a.ID {
		t.Errorf("%s: article_id %q", where, ev.ArticleID)
	}
	if ev.Start < 0 || ev.Start >= ev.End || ev.End > len(a.Text) {
		t.Errorf("%s: sentence offsets [%d:%d] outside the text (%d bytes)", where, ev.Start, ev.End, len(a.Text))
		return
	}
	if s := a.Text[ev.Start:ev.End]; s != ev.Text {
		t.Errorf("%s: text[%d:%d] = %q, event text %q", where, ev.Start, ev.End, s, ev.Text)
	}
	for _, m := range []struct {
		role string
		m    *sitrep.Mention
	}{{"source", ev.Source}, {"target", ev.Target}, {"verb", ev.Verb}} {
		if m.m == nil {
			continue
		}
		if m.m.Start < ev.Start || m.m.Start >= m.m.End || m.m.End > ev.End {
			t.Errorf("%s: %s offsets [%d:%d] outside the sentence [%d:%d]", where, m.role, m.m.Start, m.m.End, ev.Start, ev.End)
			continue
		}
		if s := a.Text[m.m.Start:m.m.End]; s != m.m.Text {
			t.Errorf("%s: %s text[%d:%d] = %q, mention text %q", where, m.role, m.m.Start, m.m.End, s, m.m.Text)
		}
	}
	if ev.Verb != nil && ev.Verb.Code != ev.CAMEO {
		t.Errorf("%s: verb code %q, event code %q", where, ev.Verb.Code, ev.CAMEO)
	}
}

// lines splits b into lines without their newlines.
func lines(b []byte) []string {
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// lineDiff returns the lines of want and got that differ, as a diff over
// their longest common subsequence: "-" for a line only in want, "+" for a
// line only in got, each with its line number (from 1) and, for an event,
// a one-line summary above the JSON.
func lineDiff(want, got []byte) string {
	w, g := lines(want), lines(got)
	// lcs[i][j] is the length of the longest common subsequence of w[i:]
	// and g[j:].
	lcs := make([][]int, len(w)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(g)+1)
	}
	for i := len(w) - 1; i >= 0; i-- {
		for j := len(g) - 1; j >= 0; j-- {
			if w[i] == g[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b strings.Builder
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i] == g[j]:
			i++
			j++
		case j == len(g) || (i < len(w) && lcs[i+1][j] >= lcs[i][j+1]):
			fmt.Fprintf(&b, "-%d: %s\n    %s\n", i+1, summary(w[i]), w[i])
			i++
		default:
			fmt.Fprintf(&b, "+%d: %s\n    %s\n", j+1, summary(g[j]), g[j])
			j++
		}
	}
	if b.Len() == 0 {
		return "(the lines are equal; the files differ only in a final newline)\n"
	}
	return b.String()
}

// summary returns who did what to whom in an event line, such as
// `corpus-x s0: "Israel" ISR -[112 "accused"]-> "Iran" IRN`, or "(not an
// event)" when line is not one.
func summary(line string) string {
	var ev sitrep.Event
	if err := json.Unmarshal([]byte(line), &ev); err != nil {
		return "(not an event)"
	}
	actor := func(m *sitrep.Mention) string {
		if m == nil {
			return "-"
		}
		return fmt.Sprintf("%q %s", m.Text, m.Code)
	}
	verb := ""
	if ev.Verb != nil {
		verb = fmt.Sprintf(" %q", ev.Verb.Text)
	}
	return fmt.Sprintf("%s s%d: %s -[%s%s]-> %s", ev.ArticleID, ev.Sentence, actor(ev.Source), ev.CAMEO, verb, actor(ev.Target))
}
