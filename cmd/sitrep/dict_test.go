package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/dict"
)

func TestDictUsage(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"dict"}, exitUsage, "no command"},
		{[]string{"dict", "frob"}, exitUsage, `unknown command "frob"`},
		{[]string{"dict", "import"}, exitUsage, "no input"},
		{[]string{"dict", "check"}, exitUsage, "no input"},
		{[]string{"dict", "check", "--bogus", "x"}, exitUsage, "flag provided but not defined"},
		{[]string{"dict", "import", "/no/such/dir"}, exitFailure, "no such file"},
		{[]string{"dict", "check", "/no/such/file.sitrep"}, exitFailure, "no such file"},
		{[]string{"dict", "check", "--codes", "/no/such/codes.txt", "x"}, exitFailure, "--codes"},
		{[]string{"dict", "import", "../../dict/testdata/petrarch/nothing.txt"}, exitFailure, "no such file"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runArgs("", tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("exit status %d, stderr %q; want %d and %q", r.code, r.stderr, tt.code, tt.stderr)
			}
		})
	}
}

func TestDictHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"dict", "--help"}, []string{"Usage: sitrep dict COMMAND", "import", "check", "EXAMPLES"}},
		{[]string{"help", "dict"}, []string{"Usage: sitrep dict COMMAND"}},
		{[]string{"dict", "import", "--help"}, []string{"Usage: sitrep dict import", "--out FILE|DIR", "lines skipped", "EXAMPLES"}},
		{[]string{"help", "dict", "import"}, []string{"Usage: sitrep dict import"}},
		{[]string{"dict", "check", "--help"}, []string{"Usage: sitrep dict check", "--json", "--codes FILE", "unreachable", "EXAMPLES"}},
		{[]string{"help", "dict", "check"}, []string{"Usage: sitrep dict check"}},
		{[]string{"--help"}, []string{"dict "}},
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
			if f, ex := strings.Index(r.stdout, "Flags:"), strings.Index(r.stdout, "EXAMPLES"); f > ex {
				t.Errorf("Flags after EXAMPLES:\n%s", r.stdout)
			}
		})
	}
}

// nativeText is d in the native format: two dictionaries are the same
// (but for positions) when their native texts are.
func nativeText(t *testing.T, d *dict.Dictionary) string {
	t.Helper()
	var b bytes.Buffer
	if err := dict.WriteNative(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func loadPath(t *testing.T, path string) *dict.Dictionary {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	var d *dict.Dictionary
	var errs dict.ErrorList
	if fi.IsDir() {
		d, errs, err = dict.LoadDir(path)
	} else {
		d, errs, err = dict.LoadFile(path)
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Logf("%s: %v", path, e)
	}
	return d
}

func writeFile(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDictImport(t *testing.T) {
	const src = "../../dict/testdata/petrarch"
	want := nativeText(t, loadPath(t, src))

	// To standard output: one merged dictionary.
	r := runArgs("", "dict", "import", src)
	if r.code != exitOK || r.stdout != want {
		t.Fatalf("exit status %d, stderr %s\nstdout:\n%s\nwant:\n%s", r.code, r.stderr, r.stdout, want)
	}
	if !strings.Contains(r.stderr, "imported 4 files: 5 actors, 6 agents, 2 verbs, 1 synsets, 3 discards; 0 lines skipped") {
		t.Errorf("summary: %q", r.stderr)
	}

	// To a file, and to a directory: one file per input file.
	dir := t.TempDir()
	out := filepath.Join(dir, "all.sitrep")
	if r := runArgs("", "dict", "import", "--out", out, src); r.code != exitOK {
		t.Fatal(r.stderr)
	}
	if got := nativeText(t, loadPath(t, out)); got != want {
		t.Errorf("--out FILE: %s differs", out)
	}
	outDir := filepath.Join(dir, "native") + "/"
	if r := runArgs("", "dict", "import", "--out", outDir, src, "../../dict/testdata/tabari/MINI.project"); r.code != exitOK {
		t.Fatal(r.stderr)
	}
	ents, _ := os.ReadDir(outDir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, " "); got != "MINI.actors.sitrep MINI.agents.sitrep MINI.options.sitrep MINI.verbs.sitrep Mini.actors.sitrep Mini.agents.sitrep Mini.discards.sitrep Mini.verbs.sitrep" {
		t.Errorf("--out DIR wrote %s", got)
	}
	for _, n := range []string{"Mini.verbs", "MINI.verbs", "MINI.options"} {
		orig := filepath.Join(src, n+".txt")
		if strings.HasPrefix(n, "MINI") {
			orig = filepath.Join("../../dict/testdata/tabari", n)
		}
		if got, w := nativeText(t, loadPath(t, filepath.Join(outDir, n+".sitrep"))), nativeText(t, loadPath(t, orig)); got != w {
			t.Errorf("%s: the native file differs from %s:\n%s\nwant:\n%s", n, orig, got, w)
		}
	}

	// Bad lines: reported with their positions and counted; the rest is
	// converted.
	bad := writeFile(t, filepath.Join(dir, "Bad.actors.txt"), "GONDOR [GON]\nMORDOR [MOR\nROHAN [ROH]\n")
	r = runArgs("", "dict", "import", bad)
	if r.code != exitOK || !strings.Contains(r.stderr, bad+":2: missing ]") || !strings.Contains(r.stderr, "1 line skipped") {
		t.Errorf("bad line: exit status %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "actor GONDOR") || !strings.Contains(r.stdout, "actor ROHAN") {
		t.Errorf("bad line: output\n%s", r.stdout)
	}

	// Two inputs that would give the same output file.
	other := filepath.Join(dir, "other")
	os.Mkdir(other, 0o755)
	writeFile(t, filepath.Join(other, "Bad.actors.txt"), "X [Y]\n")
	if r := runArgs("", "dict", "import", "--out", dir+"/out/", bad, filepath.Join(other, "Bad.actors.txt")); r.code != exitFailure || !strings.Contains(r.stderr, "would both become") {
		t.Errorf("name clash: exit status %d, stderr %q", r.code, r.stderr)
	}
}

// TestDictImportDefaults: the built-in dictionaries convert to native
// files that load into the same dictionary.
func TestDictImportDefaults(t *testing.T) {
	const src = "../../dict/defaults/"
	out := t.TempDir() + "/"
	r := runArgs("", "dict", "import", "--out", out, src)
	if r.code != exitOK {
		t.Fatalf("exit status %d: %s", r.code, r.stderr)
	}
	t.Log(strings.TrimSpace(r.stderr))
	if got, want := nativeText(t, loadPath(t, out)), nativeText(t, loadPath(t, src)); got != want {
		t.Errorf("the native defaults differ from dict/defaults")
	}
}

func TestDictCheck(t *testing.T) {
	dir := t.TempDir()
	clean := writeFile(t, filepath.Join(dir, "clean.sitrep"), `
actor RUSSIA
	name MOSCOW
	code RUS
verb STRIKE
	code 190
	pattern * + [190]
`)
	r := runArgs("", "dict", "check", clean)
	if r.code != exitOK || r.stdout != "0 errors, 0 warnings\n" {
		t.Errorf("clean: exit status %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}

	warn := writeFile(t, filepath.Join(dir, "warn.sitrep"), "actor A\n\tcode X\n\tcode X\n")
	r = runArgs("", "dict", "check", warn)
	if r.code != exitOK || !strings.Contains(r.stdout, warn+":1: warning: actor A lists the code X twice [duplicate]") {
		t.Errorf("warnings only: exit status %d, stdout %q", r.code, r.stdout)
	}

	// Problems in two files, a legacy one among them, checked together.
	bad := writeFile(t, filepath.Join(dir, "bad.sitrep"), `actor GEORGIA
	code GEO
verb ATTACK
	code 190
	pattern * + [190]
	pattern * + [1901]
	pattern * &WEAPON [195]
bogus line
`)
	legacy := writeFile(t, filepath.Join(dir, "More.actors.txt"), "GEORGIA [USA]\nMORDOR [MOR\n")
	codes := writeFile(t, filepath.Join(dir, "codes.txt"), "LABEL: 190= Use conventional military force\n195\tEmploy aerial weapons\n")
	r = runArgs("", "dict", "check", "--codes", codes, bad, legacy)
	want := []string{
		legacy + ":1: error: name GEORGIA is USA here but GEO in the actor at " + bad + ":1, at the same time [conflict]",
		legacy + ":2: error: missing ] after [ [syntax]",
		bad + ":6: error: pattern: 1901 is not in the event code list [event-code]",
		bad + ":6: error: pattern * + [1901] can never match",
		bad + ":7: error: pattern * &WEAPON [195] uses the undefined synset &WEAPON [undefined-synset]",
		bad + ":8: error: bogus: unknown keyword",
		"6 errors, 0 warnings",
	}
	for _, w := range want {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("output lacks %q:\n%s", w, r.stdout)
		}
	}
	if r.code != exitFailure {
		t.Errorf("errors: exit status %d", r.code)
	}

	r = runArgs("", "dict", "check", "--json", bad, legacy)
	var rep struct {
		Errors, Warnings int
		Findings         []struct {
			File, Severity, Rule, Message string
			Line                          int
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("--json: %v\n%s", err, r.stdout)
	}
	if r.code != exitFailure || rep.Errors != 5 || rep.Warnings != 0 || len(rep.Findings) != 5 {
		t.Errorf("--json: exit status %d, %+v", r.code, rep)
	} else if f := rep.Findings[0]; f.File != legacy || f.Line != 1 || f.Severity != "error" || f.Rule != "conflict" {
		t.Errorf("--json: first finding %+v", f)
	}
	r = runArgs("", "dict", "check", "--json", clean)
	if r.code != exitOK || !strings.Contains(r.stdout, `"findings": []`) {
		t.Errorf("--json clean: %d %s", r.code, r.stdout)
	}
}

// TestDictCheckPhoenix checks the Phoenix dictionaries, which have known
// problems: errors, exit status 1.
func TestDictCheckPhoenix(t *testing.T) {
	dir := sharedFile(t, "phoenix-dictionaries")
	r := runArgs("", "dict", "check", "--json", dir)
	var rep struct{ Errors, Warnings int }
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	t.Logf("Phoenix: %d errors, %d warnings", rep.Errors, rep.Warnings)
	if r.code != exitFailure || rep.Errors == 0 || rep.Warnings == 0 {
		t.Errorf("exit status %d, %+v", r.code, rep)
	}
}
