package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// pentaData is the directory of the small penta file and its tiny
// dictionaries (invented actors; one verb per class).
var pentaData = filepath.Join("..", "..", "eval", "testdata", "penta")

func TestEvalPenta(t *testing.T) {
	tsv := filepath.Join(pentaData, "sentences.tsv")
	r := runArgs("", "eval", "penta", "--dict", pentaData, tsv)
	if r.code != exitOK {
		t.Fatalf("exit status %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{
		"0 statement             01-02  2        1          1        1.000      0.500   0.667",
		"1 verbal cooperation    03-05  1        2          1        0.500      1.000   0.667",
		"2 input rows skipped as unreadable",
		"n 9, coded 8 (coverage 0.889), correct 7 (accuracy 0.778)",
		"macro-F1 0.827, micro-F1 0.824 (micro precision 0.875, micro recall 0.778)",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("report lacks %q:\n%s", want, r.stdout)
		}
	}
	for _, want := range []string{
		"sentences.tsv:11: want 2 tab-separated fields",
		`sentences.tsv:12: column 24: label "seven" is not a class 0 to 4`,
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q: %q", want, r.stderr)
		}
	}

	// -v lists the mistakes with their events; the row with an attack
	// and then praise is right (the first verb wins) and not listed.
	r = runArgs("", "eval", "penta", "-v", "--dict", pentaData, tsv)
	for _, want := range []string{
		"MISS line 9: gold 0 statement, predicted none\n  text:  The weather in the capital was fine.\n",
		"WRONG line 10: gold 4 material conflict, predicted 1 verbal cooperation\n",
		"  event: ARN -> GON 051 \"praised\" (1 event in the sentence)\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("-v report lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "then praised") || strings.Count(r.stdout, "text:") != 2 {
		t.Errorf("-v lists rows that are right:\n%s", r.stdout)
	}

	r = runArgs("", "eval", "penta", "--json", "--dict", pentaData, tsv)
	var m map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &m); err != nil {
		t.Fatalf("--json output is not one JSON object: %v\n%s", err, r.stdout)
	}
	for k, want := range map[string]float64{"n": 9, "coverage": 0.889, "macro_f1": 0.827, "micro_f1": 0.824, "skipped": 2} {
		if m[k] != want {
			t.Errorf("%s = %v, want %v", k, m[k], want)
		}
	}
	if _, ok := m["mistakes"]; ok {
		t.Errorf("--json without -v lists mistakes")
	}

	r = runArgs("", "eval", "penta", "--min-macro-f1", "0.9", "--dict", pentaData, tsv)
	if r.code != exitFailure || !strings.Contains(r.stderr, "macro-F1 0.8267 is below --min-macro-f1 0.9") {
		t.Errorf("--min-macro-f1 0.9: status %d, stderr %q", r.code, r.stderr)
	}
	if r := runArgs("", "eval", "penta", "--min-macro-f1", "0.8", "--dict", pentaData, tsv); r.code != exitOK {
		t.Errorf("--min-macro-f1 0.8: status %d, stderr %q", r.code, r.stderr)
	}
}

func TestEvalPentaStdinDefaultDictionaries(t *testing.T) {
	old := defaultDictionary
	defaultDictionary = testDictionary // ARNOR, GONDOR and RESTORED (064, material cooperation)
	defer func() { defaultDictionary = old }()
	// The second row splits into two sentences; the event of the second
	// is the prediction.
	in := "Arnor restored ties with Gondor.\t2\nThe talks were long. Then Gondor restored ties with Arnor.\t2\nNothing here.\t4\n"
	r := runArgs(in, "eval", "penta", "--json", "-v", "-")
	if r.code != exitOK {
		t.Fatalf("exit status %d\n%s", r.code, r.stderr)
	}
	var m struct {
		N        int     `json:"n"`
		Coded    int     `json:"coded"`
		Correct  int     `json:"correct"`
		MacroF1  float64 `json:"macro_f1"`
		Mistakes []struct {
			Line      int  `json:"line"`
			Predicted *int `json:"predicted"`
		} `json:"mistakes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &m); err != nil {
		t.Fatal(err)
	}
	if m.N != 3 || m.Coded != 2 || m.Correct != 2 || m.MacroF1 != 0.5 ||
		len(m.Mistakes) != 1 || m.Mistakes[0].Line != 3 || m.Mistakes[0].Predicted != nil {
		t.Errorf("report %+v\n%s", m, r.stdout)
	}
}

func TestEvalPentaUsage(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args   []string
		stdin  string
		code   int
		stderr string
	}{
		{[]string{"eval", "penta"}, "", exitUsage, "want one file, got 0"},
		{[]string{"eval", "penta", "a.tsv", "b.tsv"}, "", exitUsage, "want one file, got 2"},
		{[]string{"eval", "penta", "--min-macro-f1", "2", "a.tsv"}, "", exitUsage, "--min-macro-f1 2"},
		{[]string{"eval", "penta", "--bogus", "a.tsv"}, "", exitUsage, "flag provided but not defined"},
		{[]string{"eval", "penta", filepath.Join(dir, "none.tsv")}, "", exitFailure, "no such file"},
		{[]string{"eval", "penta", "-"}, "no labels\nat all\n", exitFailure, "no rows to score"},
		{[]string{"eval", "penta", "-"}, "", exitFailure, "no rows to score"},
		{[]string{"eval", "penta", "--dict", filepath.Join(dir, "none"), "-"}, "a\t1\n", exitFailure, "--dict"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runArgs(tt.stdin, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("status %d, stderr %q; want %d and %q", r.code, r.stderr, tt.code, tt.stderr)
			}
		})
	}
}

func TestEvalPentaHelp(t *testing.T) {
	for _, args := range [][]string{{"eval", "penta", "--help"}, {"help", "eval", "penta"}} {
		r := runArgs("", args...)
		if r.code != exitOK || r.stderr != "" {
			t.Errorf("%q: status %d, stderr %q", args, r.code, r.stderr)
		}
		for _, want := range []string{"Usage: sitrep eval penta", "--json", "-v", "--dict DIR|FILE", "--min-macro-f1 X", "macro-F1", "EXAMPLES"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%q: help lacks %q:\n%s", args, want, r.stdout)
			}
		}
		if f, ex := strings.Index(r.stdout, "Flags:"), strings.Index(r.stdout, "EXAMPLES"); f < 0 || f > ex {
			t.Errorf("flags missing or after EXAMPLES:\n%s", r.stdout)
		}
	}
}
