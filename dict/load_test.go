package dict

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sharedData is the team's shared data directory, seen from this package;
// tests that use it skip when it is absent.
const sharedData = "../../shared/data"

func TestLoadKindOf(t *testing.T) {
	tests := []struct {
		name string
		want Kind
	}{
		{"PETR.Validate.actors.txt", KindActors},
		{"Phoenix.Countries.actors.txt", KindActors},
		{"TABARI.Demo.actors", KindActors},
		{"dir/CountryCodes.fixed.actors", KindActors},
		{"Phoenix.agents.txt", KindAgents},
		{"PLOVER_agents.txt", KindAgents},
		{"PETR.Validate.verbs.txt", KindVerbs},
		{"CAMEO.verbpatterns.150430.txt", KindVerbs},
		{"TABARI.Demo.verbs", KindVerbs},
		{"Phoenix.discards.txt", KindDiscards},
		{"TABARI.Demo.options", KindOptions},
		{"TABARI.Demo.project", KindProject},
		{"TABARI.Demo.text", KindUnknown},
		{"CAMEO.2.0.petrarch2.txt", KindUnknown},
		{"LICENSE", KindUnknown},
	}
	for _, tt := range tests {
		if got := KindOf(tt.name); got != tt.want {
			t.Errorf("KindOf(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLoadIsTabari(t *testing.T) {
	tests := []struct {
		name, data string
		want       bool
	}{
		{"x.actors", "FOO [BAR]\n~FINISH\n", true},
		{"x.actors", "<NOUN>\nBEES\n</NOUN>\n", true},
		{"x.actors.txt", "FOO [BAR]\n", false},
		{"TABARI.x.actors", "FOO [BAR]\n", true},
		{"x.verbs.txt", "--- GRANT [070] ---\nGRANT\n", false},
		{"x.verbs", "GRANT [070]\n- * LOAN [071]\n", true},
		{"x.verbs", "<SYNSETS>\n&A\n+B\n</SYNSETS>\n--- X ---\n", true},
	}
	for _, tt := range tests {
		if got := IsTabari(tt.name, []byte(tt.data), KindOf(tt.name)); got != tt.want {
			t.Errorf("IsTabari(%q, %q) = %v, want %v", tt.name, tt.data, got, tt.want)
		}
	}
}

func TestLoadFile(t *testing.T) {
	tests := []struct {
		path                                            string
		actors, agents, verbs, synsets, discards, nouns int
	}{
		{"testdata/petrarch/Mini.actors.txt", 5, 0, 0, 0, 0, 0},
		{"testdata/petrarch/Mini.agents.txt", 0, 6, 0, 0, 0, 0},
		{"testdata/petrarch/Mini.verbs.txt", 0, 0, 2, 1, 0, 0},
		{"testdata/petrarch/Mini.discards.txt", 0, 0, 0, 0, 3, 0},
		{"testdata/tabari/MINI.actors", 4, 0, 0, 0, 0, 3},
		{"testdata/tabari/MINI.agents", 0, 2, 0, 0, 0, 0},
		{"testdata/tabari/MINI.verbs", 0, 0, 2, 2, 0, 0},
		{"testdata/tabari/MINI.options", 0, 0, 0, 0, 0, 0},
		{"testdata/tabari/MINI.project", 4, 2, 2, 2, 0, 3},
	}
	for _, tt := range tests {
		d, errs, err := LoadFile(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		if len(errs) > 0 {
			t.Errorf("%s: %v", tt.path, errs)
		}
		got := []int{len(d.Actors), len(d.Agents), len(d.Verbs), len(d.Synsets), len(d.Discards), len(d.Nouns)}
		want := []int{tt.actors, tt.agents, tt.verbs, tt.synsets, tt.discards, tt.nouns}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: actors, agents, verbs, synsets, discards, nouns = %v, want %v", tt.path, got, want)
				break
			}
		}
	}
	d, _, err := LoadFile("testdata/tabari/MINI.project")
	if err != nil {
		t.Fatal(err)
	}
	if d.Options["label:057"] != "FEAST" || d.Options["label"] != "TRUE" {
		t.Errorf("project options = %v", d.Options)
	}
	// The PETRARCH actor file: date restrictions and a compound actor.
	d, _, _ = LoadFile("testdata/petrarch/Mini.actors.txt")
	var got []string
	for _, a := range d.Actors {
		got = append(got, renderActor(a))
	}
	checkLines(t, "Mini.actors.txt", got, []string{
		"2 [ROH] ROHAN | ROHIRRIM | EDORAS",
		"6 [ROHGOV<30190315, ---] THEODEN",
		"10 [ROHMIL 30010101-30190315, ROHGOV>30190316] EOMER | EOMER KING",
		"15 [FRO, SAM, ARA] FELLOWSHIP OF THE RING",
		"16 [ISE] ISENGARD | ORTHANC",
	})
}

func TestLoadFileErrors(t *testing.T) {
	if _, _, err := LoadFile("testdata/petrarch/nothing.txt"); err == nil || !strings.Contains(err.Error(), "kind") {
		t.Errorf("unknown kind: err = %v", err)
	}
	if _, _, err := LoadFile("testdata/petrarch/Missing.actors.txt"); err == nil {
		t.Error("missing file: no error")
	}
	if _, _, err := LoadDir("testdata/missing"); err == nil {
		t.Error("missing dir: no error")
	}
}

func TestLoadDir(t *testing.T) {
	d, errs, err := LoadDir("testdata/petrarch")
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	if len(d.Actors) != 5 || len(d.Agents) != 6 || len(d.Verbs) != 2 || len(d.Discards) != 3 || len(d.Synsets) != 1 {
		t.Errorf("LoadDir: %d actors, %d agents, %d verbs, %d discards, %d synsets",
			len(d.Actors), len(d.Agents), len(d.Verbs), len(d.Discards), len(d.Synsets))
	}
	// The project file in testdata/tabari is skipped: each dictionary is
	// read once.
	d, errs, err = LoadDir("testdata/tabari")
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	if len(d.Actors) != 4 || len(d.Verbs) != 2 {
		t.Errorf("LoadDir tabari: %d actors, %d verbs", len(d.Actors), len(d.Verbs))
	}
}

// sharedFiles are the real dictionaries the readers must cope with, and
// how many problems each is known to have (bad dates, unbalanced
// brackets, patterns without a code, ...).
var sharedFiles = []struct {
	path      string
	maxErrors int
}{
	{"petrarch-unittest/PETR.Validate.actors.txt", 0},
	{"petrarch-unittest/PETR.Validate.agents.txt", 0},
	{"petrarch-unittest/PETR.Validate.verbs.txt", 1},
	{"petrarch-unittest/PETR.Validate.discards.txt", 0},
	{"phoenix-dictionaries/Phoenix.Countries.actors.txt", 20},
	{"phoenix-dictionaries/Phoenix.International.actors.txt", 10},
	{"phoenix-dictionaries/Phoenix.MilNonState.actors.txt", 0},
	{"phoenix-dictionaries/Phoenix.agents.txt", 1},
	{"phoenix-dictionaries/Phoenix.discards.txt", 0},
	{"phoenix-dictionaries/CAMEO.verbpatterns.150430.txt", 10},
	{"tabari/TABARI.Demo.actors", 0},
	{"tabari/TABARI.Demo.verbs", 1},
	{"tabari/TABARI.Demo.options", 0},
	{"tabari/TABARI.Demo.project", 1},
}

func TestLoadSharedFiles(t *testing.T) {
	for _, f := range sharedFiles {
		path := filepath.Join(sharedData, f.path)
		if _, err := os.Stat(path); err != nil {
			t.Logf("skip %s: %v", f.path, err)
			continue
		}
		d, errs, err := LoadFile(path)
		if err != nil {
			t.Errorf("%s: %v", f.path, err)
			continue
		}
		t.Logf("%s: %d errors; %d actors, %d agents, %d verbs, %d synsets, %d discards, %d nouns, %d options",
			f.path, len(errs), len(d.Actors), len(d.Agents), len(d.Verbs), len(d.Synsets), len(d.Discards), len(d.Nouns), len(d.Options))
		for _, e := range errs {
			t.Logf("  %v", e)
		}
		if len(errs) > f.maxErrors {
			t.Errorf("%s: %d errors, want at most %d", f.path, len(errs), f.maxErrors)
		}
		checkDictionary(t, d, "", 1<<30)
	}
}

// phoenixFiles are the dictionaries of the Phoenix coder.
var phoenixFiles = []string{
	"Phoenix.Countries.actors.txt",
	"Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt",
	"Phoenix.agents.txt",
	"Phoenix.discards.txt",
	"CAMEO.verbpatterns.150430.txt",
}

func loadPhoenix(tb testing.TB) *Dictionary {
	d := &Dictionary{}
	for _, f := range phoenixFiles {
		fd, _, err := LoadFile(filepath.Join(sharedData, "phoenix-dictionaries", f))
		if err != nil {
			tb.Fatal(err)
		}
		d.Merge(fd)
	}
	return d
}

func skipWithoutPhoenix(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(sharedData, "phoenix-dictionaries", phoenixFiles[0])); err != nil {
		tb.Skip("Phoenix dictionaries not present:", err)
	}
}

// TestLoadPhoenixFast: loading the whole Phoenix dictionary set must take
// well under a second, as it happens at every start.
func TestLoadPhoenixFast(t *testing.T) {
	skipWithoutPhoenix(t)
	// The best of three runs: the first warms the file cache, and a busy
	// machine should not fail the test.
	var d *Dictionary
	took := time.Hour
	for range 3 {
		start := time.Now()
		d = loadPhoenix(t)
		took = min(took, time.Since(start))
	}
	t.Logf("Phoenix: %v for %d actors, %d agents, %d verbs, %d synsets, %d discards",
		took, len(d.Actors), len(d.Agents), len(d.Verbs), len(d.Synsets), len(d.Discards))
	if limit := time.Second * time.Duration(raceSlowdown); took > limit {
		t.Errorf("loading Phoenix took %v, want under %v", took, limit)
	}
}

func BenchmarkLoadPhoenix(b *testing.B) {
	skipWithoutPhoenix(b)
	b.ReportAllocs()
	for b.Loop() {
		loadPhoenix(b)
	}
}
