package dict

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// checkDictionary checks what every reader promises, whatever the input
// (file "" accepts any file name):
// positions inside the file (lines 1..lines), no empty phrases or words,
// actors and agents with codes, verb heads inside their forms, synset
// references that resolve and do not loop.
func checkDictionary(t *testing.T, d *Dictionary, file string, lines int) {
	t.Helper()
	pos := func(what string, p Pos) {
		if (file != "" && filepath.Base(p.File) != file) || p.Line < 1 || p.Line > lines {
			t.Fatalf("%s at %v: outside %s lines 1..%d", what, p, file, lines)
		}
	}
	phrase := func(what string, p Phrase) {
		if len(p) == 0 {
			t.Fatalf("%s: empty phrase", what)
		}
		for _, w := range p {
			if w.Text == "" || strings.ContainsFunc(w.Text, unicode.IsSpace) || strings.Contains(w.Text, "_") {
				t.Fatalf("%s: bad word %q in %q", what, w.Text, renderPhrase(p))
			}
		}
	}
	for _, a := range d.Actors {
		pos("actor", a.Pos)
		if len(a.Names) == 0 || len(a.Codes) == 0 {
			t.Fatalf("actor at %v: %d names, %d codes", a.Pos, len(a.Names), len(a.Codes))
		}
		for _, n := range a.Names {
			phrase("actor", n)
		}
		for _, c := range a.Codes {
			if !validActorCode(c.Code) || (c.From != 0 && c.To != 0 && c.From > c.To) {
				t.Fatalf("actor at %v: bad code %+v", a.Pos, c)
			}
		}
	}
	for _, a := range d.Agents {
		pos("agent", a.Pos)
		if len(a.Names) == 0 || a.Code == "" || strings.Contains(a.Code, "~") {
			t.Fatalf("agent at %v: %+v", a.Pos, a)
		}
		for _, n := range a.Names {
			phrase("agent", n)
		}
	}
	elems := func(what string, es []Elem) {
		for _, e := range es {
			switch e.Kind {
			case ElemWord:
				phrase(what, Phrase{e.Word})
			case ElemSynset:
				if d.Synsets[e.Synset] == nil {
					t.Fatalf("%s: undefined synset %s", what, e.Synset)
				}
			}
		}
	}
	for _, v := range d.Verbs {
		pos("verb", v.Pos)
		if len(v.Forms) == 0 || v.Code == "" {
			t.Fatalf("verb at %v: %d forms, code %q", v.Pos, len(v.Forms), v.Code)
		}
		for _, f := range v.Forms {
			phrase("verb form", f.Words)
			if f.Head < 0 || f.Head >= len(f.Words) {
				t.Fatalf("verb at %v: head %d of %q", v.Pos, f.Head, renderPhrase(f.Words))
			}
		}
		for _, p := range v.Patterns {
			pos("pattern", p.Pos)
			if p.Code == "" {
				t.Fatalf("pattern at %v: no code", p.Pos)
			}
			elems("pattern", p.Before)
			elems("pattern", p.After)
		}
	}
	for name, s := range d.Synsets {
		pos("synset", s.Pos)
		if name != s.Name || !strings.HasPrefix(name, "&") {
			t.Fatalf("synset %q named %q", name, s.Name)
		}
		for _, p := range s.Phrases {
			if len(p) == 0 {
				t.Fatalf("synset %s: empty phrase", name)
			}
			elems("synset "+name, p)
			if c := cycleVia(name, p, d.Synsets); c != "" {
				t.Fatalf("synset %s contains itself through %s", name, c)
			}
		}
	}
	for _, dc := range d.Discards {
		pos("discard", dc.Pos)
		if dc.Text == "" || dc.Text != strings.Join(strings.Fields(dc.Text), " ") {
			t.Fatalf("discard at %v: %q", dc.Pos, dc.Text)
		}
	}
	for _, ps := range [][]Phrase{d.Nouns, d.Adjectives} {
		for _, p := range ps {
			phrase("noun or adjective", p)
		}
	}
}

// checkErrorLines checks that every error names the file and a line of it.
func checkErrorLines(t *testing.T, errs ErrorList, file string, lines int) {
	t.Helper()
	for _, e := range errs {
		if e.Pos.File != file || e.Pos.Line < 1 || e.Pos.Line > lines || e.Msg == "" {
			t.Fatalf("error %q: not at a line of %s (1..%d)", e, file, lines)
		}
	}
	if len(errs) > maxErrors+1 {
		t.Fatalf("%d errors, limit %d", len(errs), maxErrors)
	}
}

type readFunc func(io.Reader, string) (*Dictionary, ErrorList)

// fuzzReader fuzzes read with the given seeds and the files of
// testdata/<dir>.
func fuzzReader(f *testing.F, read readFunc, dir, suffix string, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", dir, "*"+suffix))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		const file = "fuzz.txt"
		var d *Dictionary
		var errs ErrorList
		done := make(chan bool)
		go func() {
			d, errs = read(strings.NewReader(src), file)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatalf("reading %d bytes takes more than 2s", len(src))
		}
		lines := strings.Count(src, "\n") + 1
		checkErrorLines(t, errs, file, lines)
		checkDictionary(t, d, file, lines)
	})
}

func FuzzReadPetrarchActors(f *testing.F) {
	fuzzReader(f, ReadPetrarchActors, "petrarch", ".actors.txt",
		"GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 950601-990815]\n",
		"A [B/C] [D >20000101]\nE_\nF\n\t[G]\n", "<!-- x\n", "X [Y}\n")
}

func FuzzReadPetrarchAgents(f *testing.F) {
	fuzzReader(f, ReadPetrarchAgents, "petrarch", ".agents.txt",
		"!P! = A, B\nX!P!!P! {Y_Z} [~C]\n", "A {} [ C~]\n", "!A! = !A!\nX!A! [~B]\n")
}

func FuzzReadPetrarchVerbs(f *testing.F) {
	fuzzReader(f, ReadPetrarchVerbs, "petrarch", ".verbs.txt", petrarchVerbs,
		"&A\n+&B\n&B\n+&A_X\n--- V ---\nV\n- * &A [1]\n", "- * [1]\n--- X [1] [2] ---\nWIRE_+TAP {+A_B C}\n")
}

func FuzzReadPetrarchDiscards(f *testing.F) {
	fuzzReader(f, ReadPetrarchDiscards, "petrarch", ".discards.txt", "+A B_\n_\n+\n")
}

// TestReadJunk feeds every reader binary junk, text junk and truncated
// dictionaries: the readers report positioned errors and never panic.
func TestReadJunk(t *testing.T) {
	readers := map[string]readFunc{
		"PetrarchActors": ReadPetrarchActors, "PetrarchAgents": ReadPetrarchAgents,
		"PetrarchVerbs": ReadPetrarchVerbs, "PetrarchDiscards": ReadPetrarchDiscards,
		"TabariActors": ReadTabariActors, "TabariAgents": ReadTabariAgents,
		"TabariVerbs": ReadTabariVerbs, "TabariOptions": ReadTabariOptions,
	}
	rng := rand.New(rand.NewPCG(1, 2))
	binary := make([]byte, 100000)
	for i := range binary {
		binary[i] = byte(rng.IntN(256))
	}
	binary[5000] = 0
	text := make([]byte, 200000) // printable junk with newlines, no NUL
	const alphabet = "ab[]{}~_-+*&$%^!#;<>= \t\n\x01\xff"
	for i := range text {
		text[i] = alphabet[rng.IntN(len(alphabet))]
	}
	for name, read := range readers {
		d, errs := read(bytes.NewReader(binary), "junk.bin")
		lines := bytes.Count(binary, []byte("\n")) + 1
		checkErrorLines(t, errs, "junk.bin", lines)
		checkDictionary(t, d, "junk.bin", lines)
		if len(errs) != 1 || !strings.Contains(errs[0].Msg, "binary") {
			t.Errorf("%s, binary junk: errors %v, want one about a binary file", name, errs)
		}
		d, errs = read(bytes.NewReader(text), "junk.txt")
		lines = bytes.Count(text, []byte("\n")) + 1
		checkErrorLines(t, errs, "junk.txt", lines)
		checkDictionary(t, d, "junk.txt", lines)
		if len(errs) == 0 {
			t.Errorf("%s, text junk: no errors", name)
		}
	}
	truncated := []struct {
		name string
		read readFunc
		src  string
		want []string
	}{
		{"actors cut in a code", ReadPetrarchActors, "A [X]\nB\n\t[ROHGOV <3019", []string{"2: B has no code", "3: missing ]"}},
		{"actors cut in a comment", ReadPetrarchActors, "A [X]\n<!-- a comment\nB [Y]\nC [", []string{"2: comment is not closed"}},
		{"verbs cut in a pattern", ReadPetrarchVerbs, "--- V [1] ---\nV\n- * TO_WAR [1", []string{"3: missing ]"}},
		{"verbs cut in a synset", ReadPetrarchVerbs, "--- V [1] ---\nV\n- * &S [1]\n&S\n+", []string{"4: synset &S has no phrases", "5: empty synset phrase"}},
		{"TABARI verbs cut in alternatives", ReadTabariVerbs, "V [1]\n- * { A | B", []string{"2: no [code]"}},
		{"TABARI verbs cut in a section", ReadTabariVerbs, "<SYNSETS>\n&A\n+B", []string{"3: <SYNSETS> section not closed"}},
	}
	for _, tt := range truncated {
		d, errs := tt.read(strings.NewReader(tt.src), "cut.txt")
		checkDictionary(t, d, "cut.txt", strings.Count(tt.src, "\n")+1)
		ok := len(errs) == len(tt.want)
		for i := 0; ok && i < len(errs); i++ {
			line, msg, _ := strings.Cut(tt.want[i], ": ")
			ok = strings.HasPrefix(errs[i].Error(), "cut.txt:"+line+": ") && strings.Contains(errs[i].Msg, msg)
		}
		if !ok {
			t.Errorf("%s: errors %v, want %q", tt.name, errs, tt.want)
		}
	}
}
