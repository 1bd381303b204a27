package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/dict"
)

type result struct {
	code           int
	stdout, stderr string
}

func runArgs(stdin string, args ...string) result {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string // part of standard output ("" : must be empty)
		stderr string // part of standard error ("" : must be empty)
	}{
		{nil, exitUsage, "", "Usage:"},
		{[]string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{[]string{"--help"}, exitOK, "Commands:", ""},
		{[]string{"help"}, exitOK, "Commands:", ""},
		{[]string{"help", "nope"}, exitUsage, "", `unknown command "nope"`},
		{[]string{"version"}, exitOK, "sitrep ", ""},
		{[]string{"--version"}, exitOK, "sitrep ", ""},
		{[]string{"version", "x"}, exitUsage, "", "takes no arguments"},
		{[]string{"code"}, exitUsage, "", "no input"},
		{[]string{"code", "--bogus", "x"}, exitUsage, "", "flag provided but not defined: -bogus"},
		{[]string{"code", "--published", "yesterday", "x"}, exitUsage, "", `--published "yesterday"`},
		{[]string{"code", "--workers", "-1", "x"}, exitUsage, "", "--workers -1"},
		{[]string{"code", "--workers", "many", "x"}, exitUsage, "", "invalid value"},
		{[]string{"code", "-", "-"}, exitUsage, "", "more than once"},
		{[]string{"code", "--dict", "x", "/no/such/file.jsonl"}, exitFailure, "", "no such file"},
		{[]string{"eval"}, exitUsage, "", "no suite"},
		{[]string{"eval", "gold"}, exitUsage, "", `unknown suite "gold"`},
		{[]string{"eval", "petrarch"}, exitUsage, "", "want one file, got 0"},
		{[]string{"eval", "petrarch", "a.xml", "b.xml"}, exitUsage, "", "want one file, got 2"},
		{[]string{"eval", "petrarch", "--min-rate", "2", "a.xml"}, exitUsage, "", "--min-rate 2"},
		{[]string{"eval", "petrarch", "/no/such/file.xml"}, exitFailure, "", "no such file"},
		{[]string{"eval", "tabari", "/no/such/file.project"}, exitFailure, "", "no such file"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runArgs("", tt.args...)
			if r.code != tt.code {
				t.Errorf("exit status %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.code, r.stdout, r.stderr)
			}
			check := func(name, got, want string) {
				if want == "" && got != "" {
					t.Errorf("%s not empty: %q", name, got)
				}
				if !strings.Contains(got, want) {
					t.Errorf("%s %q does not contain %q", name, got, want)
				}
			}
			check("stdout", r.stdout, tt.stdout)
			check("stderr", r.stderr, tt.stderr)
			if tt.code == exitUsage && tt.args != nil && !strings.Contains(r.stderr, "sitrep help") && !strings.Contains(r.stderr, "--help") {
				t.Errorf("usage error does not say where to get help: %q", r.stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"code", "--help"}, []string{"Usage: sitrep code", "--dict DIR|FILE", "--published DATE", "--workers N", "EXAMPLES", "records skipped"}},
		{[]string{"code", "-h"}, []string{"Usage: sitrep code"}},
		{[]string{"help", "code"}, []string{"Usage: sitrep code", "--dict DIR|FILE"}},
		{[]string{"eval", "--help"}, []string{"Usage: sitrep eval SUITE", "petrarch", "tabari", "EXAMPLES"}},
		{[]string{"help", "eval"}, []string{"Usage: sitrep eval SUITE"}},
		{[]string{"eval", "petrarch", "--help"}, []string{"Usage: sitrep eval petrarch", "--json", "-v", "--id ID", "--min-rate R", "EXAMPLES"}},
		{[]string{"help", "eval", "petrarch"}, []string{"Usage: sitrep eval petrarch"}},
		{[]string{"eval", "tabari", "--help"}, []string{"Usage: sitrep eval tabari", "--json", "EXAMPLES"}},
		{[]string{"help", "eval", "tabari"}, []string{"Usage: sitrep eval tabari"}},
		{[]string{"version", "--help"}, []string{"Usage: sitrep version", "EXAMPLES"}},
		{[]string{"help", "version"}, []string{"Usage: sitrep version"}},
		{[]string{"help", "help"}, []string{"Usage: sitrep help", "EXAMPLES"}},
		{[]string{"help", "--help"}, []string{"Usage: sitrep help"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runArgs("", tt.args...)
			if r.code != exitOK || r.stderr != "" {
				t.Errorf("exit status %d, stderr %q", r.code, r.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("help does not contain %q:\n%s", w, r.stdout)
				}
			}
			// The flags come before the examples.
			if f, ex := strings.Index(r.stdout, "Flags:"), strings.Index(r.stdout, "EXAMPLES"); f > ex {
				t.Errorf("Flags after EXAMPLES:\n%s", r.stdout)
			}
		})
	}
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args []string
		pos  []string
		dict string
	}{
		{[]string{"a", "--dict", "d", "b"}, []string{"a", "b"}, "d"},
		{[]string{"--dict=d", "-"}, []string{"-"}, "d"},
		{[]string{"a", "--", "--dict", "b"}, []string{"a", "--dict", "b"}, ""},
		{nil, nil, ""},
	}
	for _, tt := range tests {
		fs := newFlagSet("t")
		d := fs.String("dict", "", "")
		pos, err := parseArgs(fs, tt.args)
		if err != nil || strings.Join(pos, " ") != strings.Join(tt.pos, " ") || *d != tt.dict {
			t.Errorf("parseArgs(%q) = %q, dict %q, %v; want %q, dict %q", tt.args, pos, *d, err, tt.pos, tt.dict)
		}
	}
}

func TestCodeDefaultDictionaries(t *testing.T) {
	// the embedded dictionaries code the sample article with no --dict
	r := runArgs("", "code", "../../testdata/sample/article.json")
	if r.code != exitOK || !strings.Contains(r.stdout, `"cameo":`) {
		t.Fatalf("code with the embedded dictionaries: status %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	// and a broken default set is reported, telling the user what to do
	saved := defaultDictionary
	defer func() { defaultDictionary = saved }()
	defaultDictionary = func() (*dict.Dictionary, error) { return nil, errors.New("embedded dictionaries unreadable") }
	r = runArgs("", "code", "-")
	if r.code != exitFailure || !strings.Contains(r.stderr, "embedded dictionaries unreadable") {
		t.Errorf("code with broken defaults: status %d, stderr %q", r.code, r.stderr)
	}
}

// testDictionary is a tiny dictionary: ARNOR and GONDOR, and RESTORED.
func testDictionary() (*dict.Dictionary, error) {
	actor := func(name, code string) dict.Actor {
		return dict.Actor{Names: []dict.Phrase{{{Text: name}}}, Codes: []dict.DatedCode{{Code: code}}}
	}
	return &dict.Dictionary{
		Actors: []dict.Actor{actor("ARNOR", "ARN"), actor("GONDOR", "GON")},
		Verbs:  []dict.Verb{{Code: "064", Forms: []dict.VerbForm{{Words: dict.Phrase{{Text: "RESTORED"}}}}}},
	}, nil
}

func TestCode(t *testing.T) {
	old := defaultDictionary
	defaultDictionary = testDictionary
	defer func() { defaultDictionary = old }()

	dir := t.TempDir()
	file := filepath.Join(dir, "a.jsonl")
	os.WriteFile(file, []byte(`{"id":"f1","published":"2024-03-05","text":"Gondor restored ties with Arnor."}`+"\n"), 0o644)
	stdin := `{"id":"s1","text":"Arnor restored ties with Gondor on Monday. Nothing here."}
this is not JSON
{"id":"s2","text":"No event."}
`
	for _, workers := range []string{"1", "3"} {
		r := runArgs(stdin, "code", "--workers", workers, "--published", "20240301", "-", file)
		if r.code != exitOK {
			t.Fatalf("exit status %d, stderr %q", r.code, r.stderr)
		}
		var evs []sitrep.Event
		sc := bufio.NewScanner(strings.NewReader(r.stdout))
		for sc.Scan() {
			var ev sitrep.Event
			if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
				t.Fatalf("output line %q: %v", sc.Text(), err)
			}
			evs = append(evs, ev)
		}
		if len(evs) != 2 || evs[0].ArticleID != "s1" || evs[1].ArticleID != "f1" ||
			evs[0].Source.Code != "ARN" || evs[1].Source.Code != "GON" || evs[0].CAMEO != "064" {
			t.Errorf("events:\n%s", r.stdout)
		}
		if !strings.Contains(r.stderr, "coded 3 articles, 4 sentences, 2 events; 1 records skipped") {
			t.Errorf("summary missing: %q", r.stderr)
		}
		if !strings.Contains(r.stderr, "stdin:2") {
			t.Errorf("bad record not reported with its position: %q", r.stderr)
		}
	}

	// Nothing but bad records: failure.
	r := runArgs(`{"id":"no text"}`+"\n", "code", "-")
	if r.code != exitFailure || !strings.Contains(r.stderr, "coded 0 articles") {
		t.Errorf("bad input only: status %d, stderr %q", r.code, r.stderr)
	}
	// Empty input is not a failure.
	if r := runArgs("", "code", "-"); r.code != exitOK || r.stdout != "" {
		t.Errorf("empty input: status %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func sharedFile(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return p
}

func TestEvalPetrarchJSON(t *testing.T) {
	path := sharedFile(t, "petrarch-unittest/PETR.UnitTest.records.xml")
	r := runArgs("", "eval", "petrarch", "--json", path)
	if r.code != exitOK {
		t.Fatalf("exit status %d, stderr %q", r.code, r.stderr)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &m); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, r.stdout)
	}
	for _, k := range []string{"records", "correct", "wrong", "skipped"} {
		if _, ok := m[k].(float64); !ok {
			t.Errorf("key %q missing or not a number: %v", k, m[k])
		}
	}
	if m["records"] != 281.0 {
		t.Errorf("records = %v, want 281", m["records"])
	}

	r = runArgs("", "eval", "petrarch", "-v", "--id", "DEMO-01", path)
	if r.code != exitOK || !strings.Contains(r.stdout, "1 records, ") {
		t.Errorf("eval petrarch --id: status %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	r = runArgs("", "eval", "petrarch", "--min-rate", "1", path)
	if rate := m["rate"].(float64); rate < 1 && (r.code != exitFailure || !strings.Contains(r.stderr, "below --min-rate")) {
		t.Errorf("--min-rate 1 with rate %v: status %d, stderr %q", rate, r.code, r.stderr)
	}
}

func TestEvalTabari(t *testing.T) {
	path := sharedFile(t, "tabari/TABARI.Demo.project")
	r := runArgs("", "eval", "tabari", path)
	if r.code != exitOK || !strings.Contains(r.stdout, "46 records, ") {
		t.Errorf("eval tabari: status %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
}

func TestCodeSetOption(t *testing.T) {
	// a bad --set is a usage error that says what to write
	r := runArgs("", "code", "--set", "require_dyad", "../../testdata/sample/article.json")
	if r.code != exitUsage || !strings.Contains(r.stderr, "NAME=VALUE") {
		t.Errorf("--set without '=': status %d, stderr %q", r.code, r.stderr)
	}
	r = runArgs("", "code", "--set", "no_such_option=1", "../../testdata/sample/article.json")
	if r.code != exitUsage || !strings.Contains(r.stderr, "no_such_option") {
		t.Errorf("--set unknown option: status %d, stderr %q", r.code, r.stderr)
	}
	// a good one changes the coding: without require_dyad more events come out
	base := runArgs("", "code", "../../testdata/sample/article.json")
	loose := runArgs("", "code", "--set", "require_dyad=false", "../../testdata/sample/article.json")
	if base.code != exitOK || loose.code != exitOK {
		t.Fatalf("status %d / %d: %s %s", base.code, loose.code, base.stderr, loose.stderr)
	}
	if strings.Count(loose.stdout, "\n") <= strings.Count(base.stdout, "\n") {
		t.Errorf("require_dyad=false gave %d events, default %d", strings.Count(loose.stdout, "\n"), strings.Count(base.stdout, "\n"))
	}
}
