package pipeline

import (
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/coder"
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/dict/defaults"
)

var (
	defaultsOnce sync.Once
	defaultsP    *Pipeline
)

// FuzzArticle codes arbitrary text with the embedded default dictionaries:
// no panic, and every piece of evidence points inside the article.
func FuzzArticle(f *testing.F) {
	defaultsOnce.Do(func() {
		d, err := defaults.Load()
		if err != nil {
			f.Fatal(err)
		}
		defaultsP = New(dict.Compile(d), coder.DefaultOptions())
	})
	for _, s := range []string{
		"The US military said on Sunday it had conducted a drone strike in eastern Syria, killing an ISIS leader.",
		"Russian jets harassed US drones, CENTCOM said. Russia denied it.",
		"Turkish and Russian foreign ministers met in Ankara , , and and its forces",
		"\xff\xfe\x00 ISIS ISIS ISIS by by by the the drones harassed",
		strings.Repeat("Iran and Iraq and ", 200),
	} {
		f.Add(s, "2024-01-02")
	}
	f.Fuzz(func(t *testing.T, txt, published string) {
		evs, _ := defaultsP.Article(sitrep.Article{ID: "fuzz", Published: published, Text: txt})
		for _, ev := range evs {
			if ev.Start < 0 || ev.End > len(txt) || ev.Start > ev.End || txt[ev.Start:ev.End] != ev.Text {
				t.Fatalf("sentence offsets %d..%d wrong for %q", ev.Start, ev.End, ev.Text)
			}
			for _, m := range []*sitrep.Mention{ev.Source, ev.Target, ev.Verb} {
				if m != nil && (m.Start < 0 || m.End > len(txt) || txt[m.Start:m.End] != m.Text) {
					t.Fatalf("mention %+v does not point at its text", m)
				}
			}
		}
	})
}
