package coder

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/dict/defaults"
	"github.com/sitrep/sitrep/text"
)

// phoenixFiles are the full Phoenix dictionaries from ../shared (not part
// of the repository; benchmarks that need them skip when absent).
var phoenixFiles = []string{
	"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt",
	"CAMEO.verbpatterns.150430.txt",
}

var (
	phoenixOnce sync.Once
	phoenixM    *dict.Matcher
)

func phoenix(tb testing.TB) *dict.Matcher {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "data", "phoenix-dictionaries")
	if _, err := os.Stat(dir); err != nil {
		tb.Skip("../shared absent: Phoenix dictionaries not available")
	}
	phoenixOnce.Do(func() {
		d := &dict.Dictionary{}
		for _, f := range phoenixFiles {
			dd, _, err := dict.LoadFile(filepath.Join(dir, f))
			if err != nil {
				tb.Fatal(err)
			}
			d.Merge(dd)
		}
		phoenixM = dict.Compile(d)
	})
	return phoenixM
}

func benchSentences(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open("testdata/bench-sentences.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// BenchmarkCodePhoenix measures the text layer plus the coder on a mix of
// news sentences with the full Phoenix dictionaries loaded. The figure to
// quote is sentences/s = 1e9 / (ns/op).
func BenchmarkCodePhoenix(b *testing.B) {
	benchCode(b, phoenix(b))
}

// BenchmarkCodeDefaults is BenchmarkCodePhoenix with the embedded default
// dictionaries, which need nothing outside the repository.
func BenchmarkCodeDefaults(b *testing.B) {
	d, err := defaults.Load()
	if err != nil {
		b.Fatal(err)
	}
	benchCode(b, dict.Compile(d))
}

// benchCode times text.Split plus Code over the benchmark sentences.
func benchCode(b *testing.B, m *dict.Matcher) {
	c := New(m, DefaultOptions())
	sents := benchSentences(b)
	for _, s := range sents { // warm up: scratch buffers, caches
		for _, sent := range text.Split(s) {
			c.Code(s, sent, 20240101)
		}
	}
	runtime.GC() // do not charge the garbage of loading the dictionaries to coding
	b.ReportAllocs()
	b.ResetTimer()
	events := 0
	for i := 0; i < b.N; i++ {
		s := sents[i%len(sents)]
		for _, sent := range text.Split(s) {
			events += len(c.Code(s, sent, 20240101).Events)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	if events == 0 {
		b.Fatal("no events coded: the benchmark is not exercising the coder")
	}
}
