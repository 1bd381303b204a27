package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunPetrarchShared(t *testing.T) {
	path := sharedFile(t, "petrarch-unittest/PETR.UnitTest.records.xml")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadPetrarch(f, path)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := RunPetrarch(s, RunOptions{})
	if err != nil {
		t.Fatalf("RunPetrarch: %v", err)
	}
	if rep.Records != 281 || rep.Correct+rep.Wrong+rep.Skipped != rep.Records {
		t.Errorf("report counts %d records: %d correct, %d wrong, %d skipped", rep.Records, rep.Correct, rep.Wrong, rep.Skipped)
	}
	// 5 valid="false" and 2 bad_input_parse records.
	if rep.Skipped < 7 {
		t.Errorf("%d skipped, want at least 7", rep.Skipped)
	}
	if !strings.Contains(strings.Join(rep.Notes, "\n"), "stop_on_error") {
		t.Errorf("no note about stop_on_error: %q", rep.Notes)
	}
	t.Logf("PETRARCH unit tests: %d records, %d correct, %d wrong, %d skipped (rate %.3f)",
		rep.Records, rep.Correct, rep.Wrong, rep.Skipped, rep.Rate())

	one, err := RunPetrarch(s, RunOptions{IDs: []string{"DEMO-01", "FINAL-RECORD"}})
	if err != nil {
		t.Fatal(err)
	}
	if one.Records != 2 {
		t.Errorf("run with IDs: %d records, want 2", one.Records)
	}
}

func TestRunTabariShared(t *testing.T) {
	path := sharedFile(t, "tabari/TABARI.Demo.project")
	rep, err := RunTabari(path, RunOptions{})
	if err != nil {
		t.Fatalf("RunTabari: %v", err)
	}
	if rep.Records != 46 || rep.Correct+rep.Wrong+rep.Skipped != rep.Records {
		t.Errorf("report counts %d records: %d correct, %d wrong, %d skipped", rep.Records, rep.Correct, rep.Wrong, rep.Skipped)
	}
	t.Logf("TABARI demo: %d records, %d correct, %d wrong, %d skipped (rate %.3f); notes %q",
		rep.Records, rep.Correct, rep.Wrong, rep.Skipped, rep.Rate(), rep.Notes)
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := RunPetrarch(&PetrarchSuite{Path: "x.xml"}, RunOptions{}); err == nil {
		t.Error("RunPetrarch without dictionaries: no error")
	}
	s := &PetrarchSuite{Path: "x.xml", Env: Environment{Verbfile: filepath.Join(dir, "missing.verbs.txt")}}
	if _, err := RunPetrarch(s, RunOptions{}); err == nil || !strings.Contains(err.Error(), "missing.verbs.txt") {
		t.Errorf("RunPetrarch with a missing dictionary: %v", err)
	}
	if _, err := RunTabari(filepath.Join(dir, "none.project"), RunOptions{}); err == nil {
		t.Error("RunTabari with a missing project: no error")
	}
	p := filepath.Join(dir, "empty.project")
	os.WriteFile(p, []byte("<actorsfile> x.actors\n"), 0o644)
	if _, err := RunTabari(p, RunOptions{}); err == nil || !strings.Contains(err.Error(), "no text files") {
		t.Errorf("RunTabari without texts: %v", err)
	}
}

func TestOnly(t *testing.T) {
	recs := []Record{
		{ID: "A", Options: []KV{{Name: "a", Value: "1"}}},
		{ID: "B", Options: []KV{{Name: "b", Value: "2"}}},
		{ID: "C", Options: []KV{{Name: "c", Value: "3"}}},
	}
	got := only(recs, []string{"C"})
	if len(got) != 1 || len(got[0].Options) != 3 || got[0].Options[2].Name != "c" {
		t.Errorf("only: %+v", got)
	}
	if len(recs[2].Options) != 1 {
		t.Errorf("only changed its input: %+v", recs[2])
	}
}

func TestCheckOptions(t *testing.T) {
	base := []KV{{Name: "stop_on_error", Value: "True", Line: 45}, {Name: "label:031", Value: "MEET"}, {Name: "label:032", Value: "VISIT"}}
	recs := []Record{{Options: []KV{{Name: "require_dyad", Value: "maybe", Line: 7}, {Name: "comma_min", Value: "2", Line: 8}}}}
	notes := checkOptions(base, recs)
	want := []string{
		"options the coder does not have, ignored: stop_on_error (line 45), label:*",
		`line 7: option require_dyad ignored:`,
	}
	if len(notes) != len(want) {
		t.Fatalf("notes %q, want %d", notes, len(want))
	}
	for i := range want {
		if !strings.HasPrefix(notes[i], want[i]) {
			t.Errorf("note %q, want prefix %q", notes[i], want[i])
		}
	}
}
