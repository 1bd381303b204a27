package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/coder"
	"github.com/sitrep/sitrep/dict"
)

func word(w string) dict.Phrase { return dict.Phrase{{Text: w}} }

// testMatcher is a small dictionary: three actors, two verbs, a sentence
// discard and a story discard.
func testMatcher() *dict.Matcher {
	actor := func(name, code string) dict.Actor {
		return dict.Actor{Names: []dict.Phrase{word(name)}, Codes: []dict.DatedCode{{Code: code}}}
	}
	verb := func(code string, forms ...string) dict.Verb {
		v := dict.Verb{Code: code}
		for _, f := range forms {
			v.Forms = append(v.Forms, dict.VerbForm{Words: word(f)})
		}
		return v
	}
	return dict.Compile(&dict.Dictionary{
		Actors: []dict.Actor{actor("ARNOR", "ARN"), actor("GONDOR", "GON"), actor("MORDOR", "MOR")},
		Verbs:  []dict.Verb{verb("064", "RESTORED", "RESTORES"), verb("190", "ATTACKED")},
		Discards: []dict.Discard{
			{Text: "SOCCER", WholeWord: true},
			{Text: "TYPHOON", WholeWord: true, Story: true},
		},
	})
}

func TestArticle(t *testing.T) {
	p := New(testMatcher(), coder.DefaultOptions())
	a := sitrep.Article{
		ID:        "a1",
		Published: "2024-03-05",
		Text:      "Arnor restored ties with Gondor on Monday. The soccer team of Mordor attacked Gondor. Mordor attacked Arnor.",
	}
	evs, st := p.Article(a)
	if want := (Stats{Articles: 1, Sentences: 3, Events: 2, DiscardedSentences: 1}); st != want {
		t.Errorf("stats %+v, want %+v", st, want)
	}
	if len(evs) != 2 {
		t.Fatalf("got %d events, want 2: %+v", len(evs), evs)
	}
	e := evs[0]
	s0 := "Arnor restored ties with Gondor on Monday."
	want := sitrep.Event{
		ID:        e.ID,
		ArticleID: "a1",
		Sentence:  0,
		Start:     0,
		End:       len(s0),
		Text:      s0,
		Source:    &sitrep.Mention{Text: "Arnor", Code: "ARN", Start: 0, End: 5},
		Target:    &sitrep.Mention{Text: "Gondor", Code: "GON", Start: 25, End: 31},
		Verb:      &sitrep.Mention{Text: "restored", Code: "064", Start: 6, End: 14},
		CAMEO:     "064",
		CAMEORoot: "06",
	}
	if !reflect.DeepEqual(e, want) {
		g, _ := json.Marshal(e)
		w, _ := json.Marshal(want)
		t.Errorf("event\n got %s\nwant %s", g, w)
	}
	if len(e.ID) != 16 || strings.Trim(e.ID, "0123456789abcdef") != "" {
		t.Errorf("ID %q is not 16 hex digits", e.ID)
	}
	if e2 := evs[1]; e2.Sentence != 2 || e2.CAMEO != "190" || e2.CAMEORoot != "19" || e2.Source.Code != "MOR" || e2.Target.Code != "ARN" {
		t.Errorf("second event %+v", e2)
	}
	if e2 := evs[1]; a.Text[e2.Start:e2.End] != e2.Text || a.Text[e2.Verb.Start:e2.Verb.End] != "attacked" {
		t.Errorf("second event offsets %+v", e2)
	}

	// Same input, same output; another article ID gives other event IDs.
	again, _ := p.Article(a)
	if !reflect.DeepEqual(evs, again) {
		t.Error("coding the same article twice gives different events")
	}
	a.ID = "a2"
	other, _ := p.Article(a)
	if other[0].ID == evs[0].ID {
		t.Error("event ID does not depend on the article ID")
	}
}

func TestArticleStoryDiscard(t *testing.T) {
	p := New(testMatcher(), coder.DefaultOptions())
	evs, st := p.Article(sitrep.Article{ID: "x", Text: "Arnor restored ties with Gondor. A typhoon hit Gondor."})
	if len(evs) != 0 || st.DiscardedStories != 1 || st.Events != 0 || st.Sentences != 2 {
		t.Errorf("story discard: %d events, stats %+v", len(evs), st)
	}
}

func TestArticleEmpty(t *testing.T) {
	p := New(testMatcher(), coder.DefaultOptions())
	for _, txt := range []string{"", "   ", "No actors here at all."} {
		evs, st := p.Article(sitrep.Article{ID: "e", Text: txt})
		if len(evs) != 0 || st.Events != 0 {
			t.Errorf("%q: got %d events", txt, len(evs))
		}
	}
}

func TestDate(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"2024-03-05", 20240305},
		{" 20240305 ", 20240305},
		{"2024-03-05T23:30:00-05:00", 20240305},
		{"2024-03-05T23:30:00.123Z", 20240305},
		{"2024-02-30", 0},
		{"05/03/2024", 0},
		{"2024-3-5", 0},
		{"", 0},
		{"0001-01-01", 0},
		{"yesterday", 0},
	}
	for _, tt := range tests {
		if got := Date(tt.in); got != tt.want {
			t.Errorf("Date(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestCAMEORoot(t *testing.T) {
	tests := map[string]string{
		"064": "06", "20": "20", "1823": "18", "0874": "08",
		"": "", "0": "", "000": "", "210": "", "12345": "", "06a": "", "---": "", "a:b": "",
	}
	for in, want := range tests {
		if got := cameoRoot(in); got != want {
			t.Errorf("cameoRoot(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEventID(t *testing.T) {
	tr := coder.Triple{Source: coder.Actor{Code: "ARN"}, Target: coder.Actor{Code: "GON"}, Code: "064", VerbStart: 6, VerbEnd: 14}
	id := EventID("a1", 0, tr)
	if id != EventID("a1", 0, tr) {
		t.Error("EventID is not stable")
	}
	variants := []string{EventID("a2", 0, tr), EventID("a1", 1, tr), EventID("a10", 0, tr)}
	tr2 := tr
	tr2.Code = "065"
	variants = append(variants, EventID("a1", 0, tr2))
	tr2 = tr
	tr2.VerbStart = 7
	variants = append(variants, EventID("a1", 0, tr2))
	for _, v := range variants {
		if v == id {
			t.Errorf("EventID collision: %s", v)
		}
	}
}

func articles(n int) []sitrep.Article {
	as := make([]sitrep.Article, n)
	for i := range as {
		as[i] = sitrep.Article{
			ID:   fmt.Sprintf("art-%03d", i),
			Text: strings.Repeat("Arnor restored ties with Gondor. Mordor attacked Arnor. ", i%5),
		}
	}
	return as
}

func TestRunOrder(t *testing.T) {
	p := New(testMatcher(), coder.DefaultOptions())
	in := articles(200)
	for _, workers := range []int{0, 1, 2, 7} {
		t.Run(fmt.Sprint("workers=", workers), func(t *testing.T) {
			var got []Result
			for r := range p.Run(context.Background(), slices.Values(in), workers) {
				got = append(got, r)
			}
			if len(got) != len(in) {
				t.Fatalf("got %d results, want %d", len(got), len(in))
			}
			for i, r := range got {
				evs, st := p.Article(in[i])
				if r.Article.ID != in[i].ID || !reflect.DeepEqual(r.Events, evs) || r.Stats != st {
					t.Fatalf("result %d: %s with %d events, want %s with %d", i, r.Article.ID, len(r.Events), in[i].ID, len(evs))
				}
			}
		})
	}
}

// counting yields the articles and counts how many were taken.
func counting(as []sitrep.Article, taken *int) iter.Seq[sitrep.Article] {
	return func(yield func(sitrep.Article) bool) {
		for _, a := range as {
			*taken++
			if !yield(a) {
				return
			}
		}
	}
}

func TestRunStopEarly(t *testing.T) {
	p := New(testMatcher(), coder.DefaultOptions())
	for _, workers := range []int{1, 4} {
		taken, n := 0, 0
		for range p.Run(context.Background(), counting(articles(1000), &taken), workers) {
			n++
			if n == 10 {
				break
			}
		}
		// Run has returned, so its producer is done with taken.
		if taken > 10+3*workers+1 {
			t.Errorf("workers=%d: %d articles taken for 10 results", workers, taken)
		}
	}
}

func TestRunCancel(t *testing.T) {
	p := New(testMatcher(), coder.DefaultOptions())
	for _, workers := range []int{1, 4} {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		taken, n := 0, 0
		for range p.Run(ctx, counting(articles(1000), &taken), workers) {
			n++
			if n == 5 {
				cancel()
			}
		}
		if n > 5+3*workers || ctx.Err() == nil {
			t.Errorf("workers=%d: %d results after cancel at 5", workers, n)
		}
	}
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"2024-03-05", "20240305", "2024-03-05T23:30:00-05:00", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Date(s)
		if d != 0 && (d < 10000101 || d > 99991231 || d%100 == 0 || d/100%100 == 0 || d/100%100 > 12) {
			t.Fatalf("Date(%q) = %d", s, d)
		}
	})
}

func BenchmarkArticle(b *testing.B) {
	p := New(testMatcher(), coder.DefaultOptions())
	a := sitrep.Article{ID: "b", Text: strings.Repeat("Arnor restored ties with Gondor on Monday. Mordor attacked Arnor. ", 20)}
	b.ReportAllocs()
	for b.Loop() {
		p.Article(a)
	}
}
