package dict

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/native")

// normalized returns a copy of d without positions, with empty slices and
// maps as nil: what WriteNative writes, and so what a round trip keeps.
func normalized(d *Dictionary) *Dictionary {
	out := &Dictionary{}
	phrases := func(ps []Phrase) []Phrase {
		var out []Phrase
		for _, p := range ps {
			var q Phrase
			q = append(q, p...)
			out = append(out, q)
		}
		return out
	}
	elems := func(es []Elem) []Elem {
		var out []Elem
		return append(out, es...)
	}
	for _, a := range d.Actors {
		var codes []DatedCode
		out.Actors = append(out.Actors, Actor{Names: phrases(a.Names), Codes: append(codes, a.Codes...)})
	}
	for _, a := range d.Agents {
		out.Agents = append(out.Agents, Agent{Names: phrases(a.Names), Code: a.Code, Prefix: a.Prefix})
	}
	for _, v := range d.Verbs {
		nv := Verb{Code: v.Code}
		for _, f := range v.Forms {
			nv.Forms = append(nv.Forms, VerbForm{Words: phrases([]Phrase{f.Words})[0], Head: f.Head, Code: f.Code})
		}
		for _, p := range v.Patterns {
			p.Before, p.After, p.Pos = elems(p.Before), elems(p.After), Pos{}
			nv.Patterns = append(nv.Patterns, p)
		}
		out.Verbs = append(out.Verbs, nv)
	}
	for k, s := range d.Synsets {
		if out.Synsets == nil {
			out.Synsets = map[string]*Synset{}
		}
		ns := &Synset{Name: s.Name}
		for _, ph := range s.Phrases {
			ns.Phrases = append(ns.Phrases, elems(ph))
		}
		out.Synsets[k] = ns
	}
	for _, dc := range d.Discards {
		dc.Pos = Pos{}
		out.Discards = append(out.Discards, dc)
	}
	out.Nouns, out.Adjectives = phrases(d.Nouns), phrases(d.Adjectives)
	for k, v := range d.Options {
		if out.Options == nil {
			out.Options = map[string]string{}
		}
		out.Options[k] = v
	}
	return out
}

// firstDifference describes where a and b (normalised) first differ.
func firstDifference(a, b *Dictionary) string {
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for i := 0; i < va.NumField(); i++ {
		fa, fb := va.Field(i), vb.Field(i)
		if reflect.DeepEqual(fa.Interface(), fb.Interface()) {
			continue
		}
		name := va.Type().Field(i).Name
		if fa.Kind() == reflect.Slice {
			for j := 0; j < max(fa.Len(), fb.Len()); j++ {
				if j >= fa.Len() || j >= fb.Len() {
					return fmt.Sprintf("%s: %d entries, then %d", name, fa.Len(), fb.Len())
				}
				if !reflect.DeepEqual(fa.Index(j).Interface(), fb.Index(j).Interface()) {
					return fmt.Sprintf("%s[%d]:\n  %+v\n  %+v", name, j, fa.Index(j).Interface(), fb.Index(j).Interface())
				}
			}
		}
		if fa.Kind() == reflect.Map {
			for _, k := range fa.MapKeys() {
				x, y := fa.MapIndex(k), fb.MapIndex(k)
				if !y.IsValid() || !reflect.DeepEqual(x.Interface(), y.Interface()) {
					return fmt.Sprintf("%s[%v]:\n  %+v\n  %+v", name, k, x, y)
				}
			}
			return fmt.Sprintf("%s: %d entries, then %d", name, fa.Len(), fb.Len())
		}
		return name
	}
	return ""
}

// roundTrip writes d in the native format and reads it back.
func roundTrip(t *testing.T, d *Dictionary) (*Dictionary, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteNative(&buf, d); err != nil {
		t.Fatal(err)
	}
	back, errs := ReadNative(bytes.NewReader(buf.Bytes()), "back.sitrep")
	if len(errs) > 0 {
		t.Fatalf("reading back what WriteNative wrote: %v", errs)
	}
	return back, buf.Bytes()
}

func checkRoundTrip(t *testing.T, what string, d *Dictionary) []byte {
	t.Helper()
	back, text := roundTrip(t, d)
	if a, b := normalized(d), normalized(back); !reflect.DeepEqual(a, b) {
		t.Errorf("%s: the native round trip changes the dictionary; first difference in %s", what, firstDifference(a, b))
	}
	return text
}

// TestNativeRoundTripShared: every dictionary of the shared data, read
// with LoadFile, written in the native format and read back, is the same.
func TestNativeRoundTripShared(t *testing.T) {
	var paths []string
	for _, f := range sharedFiles {
		if !strings.HasSuffix(f.path, ".project") {
			paths = append(paths, filepath.Join(sharedData, f.path))
		}
	}
	phoenix, _ := filepath.Glob(filepath.Join(sharedData, "phoenix-dictionaries", "*.txt"))
	for _, p := range phoenix {
		if KindOf(p) != KindUnknown && !strings.Contains(filepath.Base(p), "CAMEO.2.0") && !containsString(paths, p) {
			paths = append(paths, p)
		}
	}
	n := 0
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		d, _, err := LoadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkRoundTrip(t, p, d)
		n++
	}
	if n == 0 {
		t.Skip("no shared dictionaries in", sharedData)
	}
	t.Logf("%d shared dictionaries round-trip", n)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestNativeGolden converts the test dictionaries in testdata/petrarch and
// testdata/tabari; the results are kept in testdata/native for review
// (go test -update rewrites them).
func TestNativeGolden(t *testing.T) {
	for _, dir := range []string{"petrarch", "tabari"} {
		d, errs, err := LoadDir(filepath.Join("testdata", dir))
		if err != nil || len(errs) > 0 {
			t.Fatal(err, errs)
		}
		text := checkRoundTrip(t, dir, d)
		golden := filepath.Join("testdata", "native", dir+".golden.sitrep")
		if *update {
			if err := os.WriteFile(golden, text, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err, "(go test -update writes it)")
		}
		if !bytes.Equal(text, want) {
			t.Errorf("%s: WriteNative output differs from %s (go test -update rewrites it):\n%s", dir, golden, text)
		}
		// The golden file loads as a native dictionary.
		g, errs, err := LoadFile(golden)
		if err != nil || len(errs) > 0 {
			t.Fatal(err, errs)
		}
		if !reflect.DeepEqual(normalized(g), normalized(d)) {
			t.Errorf("%s: LoadFile(%s) differs: %s", dir, golden, firstDifference(normalized(d), normalized(g)))
		}
	}
}

func TestReadNative(t *testing.T) {
	const src = `# a test dictionary
format 1

option actor_usage TRUE
option "odd key" "  spaced value "
option empty

actor UNITED STATES   # the country
	name AMERICA
	name ITHILEN .. TELEVISION
	code USA
	code USAGOV 2017-01-20..2021-01-20
	code USAMIL 2021-01-21..
	code USAELI ..2001-01-01
actor "THE_SHIRE"
	code FRO
	code BIL

agent FOREIGN MINISTER
	name FOREIGN MINISTERS
	code ~GOVFRM
agent NGO
	code NGO~

synset &WEAPON
	phrase GUN
	phrase ROCKET_LAUNCHER
	phrase &OTHER LAUNCHER*
synset &"{A|B C}"
	phrase "A B"

verb ATTACK
	form ATTACKED
	form WIRE +TAP [172]
	code 190
	pattern $ * + WITH &WEAPON [190]
	pattern - SUGGESTED_+ * DEMAND [111]
	pattern X_* [---]
	pattern *_"A B"* &"{A|B C}"_% ^ [042:043]

discard sentence FOOTBALL*
discard story WORLD CUP
noun BEES
adjective "BLUE_"
`
	d, errs := ReadNative(strings.NewReader(src), "t.sitrep")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	w := func(s string) Word { return Word{Text: s} }
	want := &Dictionary{
		Actors: []Actor{
			{Names: []Phrase{{w("UNITED"), w("STATES")}, {w("AMERICA")}, {w("ITHILEN"), {Text: "TELEVISION", Gap: true}}},
				Codes: []DatedCode{{"USA", 0, 0}, {"USAGOV", 20170120, 20210120}, {"USAMIL", 20210121, 0}, {"USAELI", 0, 20010101}}},
			{Names: []Phrase{{w("THE_SHIRE")}}, Codes: []DatedCode{{Code: "FRO"}, {Code: "BIL"}}},
		},
		Agents: []Agent{
			{Names: []Phrase{{w("FOREIGN"), w("MINISTER")}, {w("FOREIGN"), w("MINISTERS")}}, Code: "GOVFRM"},
			{Names: []Phrase{{w("NGO")}}, Code: "NGO", Prefix: true},
		},
		Synsets: map[string]*Synset{
			"&WEAPON": {Name: "&WEAPON", Phrases: [][]Elem{
				{{Kind: ElemWord, Word: w("GUN")}},
				{{Kind: ElemWord, Word: w("ROCKET")}, {Kind: ElemWord, Word: w("LAUNCHER"), Adjacent: true}},
				{{Kind: ElemSynset, Synset: "&OTHER"}, {Kind: ElemWord, Word: Word{Text: "LAUNCHER", Stem: true}}},
			}},
			"&{A|B C}": {Name: "&{A|B C}", Phrases: [][]Elem{{{Kind: ElemWord, Word: w("A B")}}}},
		},
		Verbs: []Verb{{
			Forms: []VerbForm{{Words: Phrase{w("ATTACK")}}, {Words: Phrase{w("ATTACKED")}},
				{Words: Phrase{w("WIRE"), w("TAP")}, Head: 1, Code: "172"}},
			Code: "190",
			Patterns: []Pattern{
				{Before: []Elem{{Kind: ElemSource}}, After: []Elem{{Kind: ElemTarget}, {Kind: ElemWord, Word: w("WITH")}, {Kind: ElemSynset, Synset: "&WEAPON"}}, Code: "190"},
				{Before: []Elem{{Kind: ElemWord, Word: w("-")}, {Kind: ElemWord, Word: w("SUGGESTED")}, {Kind: ElemTarget, Adjacent: true}},
					After: []Elem{{Kind: ElemWord, Word: w("DEMAND")}}, Code: "111"},
				{Before: []Elem{{Kind: ElemWord, Word: w("X")}}, VerbAdjacentBefore: true, Code: "---"},
				{After: []Elem{{Kind: ElemWord, Word: Word{Text: "A B", Stem: true}, Adjacent: true}, {Kind: ElemSynset, Synset: "&{A|B C}"},
					{Kind: ElemCompound, Adjacent: true}, {Kind: ElemSkip}}, VerbAdjacentAfter: true, Code: "042:043"},
			},
		}},
		Discards:   []Discard{{Text: "FOOTBALL"}, {Text: "WORLD CUP", Story: true, WholeWord: true}},
		Nouns:      []Phrase{{w("BEES")}},
		Adjectives: []Phrase{{w("BLUE_")}},
		Options:    map[string]string{"actor_usage": "TRUE", "odd key": "  spaced value ", "empty": ""},
	}
	if got := normalized(d); !reflect.DeepEqual(got, normalized(want)) {
		t.Errorf("ReadNative: first difference in %s", firstDifference(got, normalized(want)))
	}
	// Positions: entries at their first line, patterns at theirs.
	if p := d.Actors[1].Pos; p != (Pos{"t.sitrep", 15}) {
		t.Errorf("second actor at %v", p)
	}
	if p := d.Verbs[0].Patterns[1].Pos; p.Line != 37 {
		t.Errorf("second pattern at %v", p)
	}
	if p := d.Synsets["&WEAPON"].Pos; p.Line != 25 {
		t.Errorf("synset at %v", p)
	}
	if p := d.Discards[1].Pos; p.Line != 42 {
		t.Errorf("discard at %v", p)
	}
	checkRoundTrip(t, "TestReadNative", d)
}

// TestReadNativeErrors: a bad line is reported at its position and
// skipped; the rest is kept.
func TestReadNativeErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		errs []string // "line: part of the message"
		// What is kept, as counts of actors, agents, verbs, synsets,
		// discards and options.
		kept [6]int
	}{
		{"unknown keyword", "actor A\n\tcode X\nACTOR B\n", []string{"3: unknown keyword"}, [6]int{1}},
		{"bad actor skips its lines", "actor A*\ncode ~X\nactor +B\n\tname C\n\tcode X\nactor D\n", []string{"2: bad actor code", "3: starts with +"}, [6]int{2}},
		{"name outside an entry", "name A\nactor B\n", []string{"1: not inside an actor"}, [6]int{1}},
		{"bad date", "actor A\n\tcode X 2020-13-01..\n\tcode Y 2020-01-01\n\tcode Z 20200101..\n\tcode W\n",
			[]string{"2: month or day", "3: bad date range", "4: want YYYY-MM-DD"}, [6]int{1}},
		{"reversed range is kept", "actor A\n\tcode X 2021-01-01..2020-01-01\n", nil, [6]int{1}},
		{"agent code", "agent A\n\tcode GOV\nagent B\n\tcode ~GOV\n\tcode ~MIL\n", []string{"2: want ~CODE", "5: one code"}, [6]int{0, 2}},
		{"quotes", "actor \"A\n actor A\"B\"\nactor \"\"\nactor \"A\"x\n", []string{"1: quote not closed", "2: quote inside word", "3: empty word", "4: text after quoted word"}, [6]int{}},
		{"underscore in a name", "actor UNITED_STATES\n", []string{"1: underscore in word"}, [6]int{}},
		{"gaps", "actor .. A\nactor A ..\nactor A .. B\n", []string{"1: before the first word", "2: after the last word"}, [6]int{1}},
		{"patterns", "verb V\n\tpattern * X\n\tpattern X [1]\n\tpattern * * [1]\n\tpattern *__X [1]\n\tpattern * X [1\n\tpattern & * [1]\n\tpattern * X [1]\n",
			[]string{"2: no [CODE]", "3: no verb marker", "4: more than one verb", "5: stray _", "6: bad code", "7: & without"}, [6]int{0, 0, 1}},
		{"verb code", "verb V\n\tcode 1\n\tcode 2\n\tcode [3]\n", []string{"3: one code", "4: one code"}, [6]int{0, 0, 1}},
		{"heads", "verb A +B +C\nverb +A\nnoun +A\n", []string{"1: more than one head", "3: starts with +"}, [6]int{0, 0, 1}},
		{"synsets", "synset &A\n\tphrase X * Y\n\tphrase $\nsynset &A\n\tphrase Z\nsynset B\nphrase Q\n",
			[]string{"2: only words", "3: only words", "4: already defined", "6: want synset &NAME"}, [6]int{0, 0, 0, 1}},
		{"discards", "discard A\ndiscard sentence\ndiscard story A* B\ndiscard story A .. B\ndiscard sentence X\n",
			[]string{"1: want discard sentence", "2: want discard sentence", "3: only the last word", "4: no gaps"}, [6]int{0, 0, 0, 0, 1}},
		{"options", "option\noption a 1\noption a 2\noption \"\" 1\noption b \"x\" y\noption c \"x\"y\n",
			[]string{"1: want option", "3: set twice", "4: bad option name", "6: text after quoted value"}, [6]int{0, 0, 0, 0, 0, 2}},
		{"format", "format 2\nformat 1\nactor A\n", []string{"1: unknown format version"}, [6]int{1}},
		{"encoding", "actor A\xff\nactor B\x01\nactor C\r\n", []string{"1: not UTF-8", "2: control character"}, [6]int{1}},
		{"binary", "actor A\n\x00\n", []string{"2: NUL byte"}, [6]int{}},
		{"comments", "# actor A\n  #actor B\nactor C # D\n\tcode ### # a code\nactor #E\n",
			[]string{"5: starts with #"}, [6]int{1}},
		{"long line", "actor " + strings.Repeat("A", maxLineBytes) + "\nactor B\n", []string{"1: line is"}, [6]int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, errs := ReadNative(strings.NewReader(tt.src), "e.sitrep")
			checkErrorLines(t, errs, "e.sitrep", strings.Count(tt.src, "\n")+1)
			ok := len(errs) == len(tt.errs)
			for i := 0; ok && i < len(errs); i++ {
				line, msg, _ := strings.Cut(tt.errs[i], ": ")
				ok = strings.HasPrefix(errs[i].Error(), "e.sitrep:"+line+": ") && strings.Contains(errs[i].Msg, msg)
			}
			if !ok {
				t.Errorf("errors:\n%v\nwant %q", errorLines(errs), tt.errs)
			}
			got := [6]int{len(d.Actors), len(d.Agents), len(d.Verbs), len(d.Synsets), len(d.Discards), len(d.Options)}
			if got != tt.kept {
				t.Errorf("kept actors, agents, verbs, synsets, discards, options = %v, want %v", got, tt.kept)
			}
			checkRoundTrip(t, tt.name, d)
		})
	}
}

func errorLines(errs ErrorList) string {
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintf(&b, "  %v\n", e)
	}
	return b.String()
}

// TestWriteNativeErrors: what the format cannot hold is an error, not a
// silently different file.
func TestWriteNativeErrors(t *testing.T) {
	w := Word{Text: "A"}
	tests := []struct {
		name string
		d    Dictionary
		want string
	}{
		{"actor without names", Dictionary{Actors: []Actor{{Codes: []DatedCode{{Code: "A"}}}}}, "no names"},
		{"empty word", Dictionary{Actors: []Actor{{Names: []Phrase{{{}}}}}}, "empty word"},
		{"bad actor code", Dictionary{Actors: []Actor{{Names: []Phrase{{w}}, Codes: []DatedCode{{Code: "A B"}}}}}, "bad code"},
		{"bad date", Dictionary{Actors: []Actor{{Names: []Phrase{{w}}, Codes: []DatedCode{{Code: "A", From: 20201301}}}}}, "bad date"},
		{"agent prefix without code", Dictionary{Agents: []Agent{{Names: []Phrase{{w}}, Prefix: true}}}, "bad code"},
		{"verb head", Dictionary{Verbs: []Verb{{Forms: []VerbForm{{Words: Phrase{w}, Head: 1}}, Code: "1"}}}, "head 1"},
		{"verb code", Dictionary{Verbs: []Verb{{Forms: []VerbForm{{Words: Phrase{w}}}}}}, "--- for none"},
		{"pattern adjacency", Dictionary{Verbs: []Verb{{Forms: []VerbForm{{Words: Phrase{w}}}, Code: "1",
			Patterns: []Pattern{{VerbAdjacentAfter: true, Code: "1"}}}}}, "nothing after"},
		{"synset name", Dictionary{Synsets: map[string]*Synset{"X": {Name: "X"}}}, "bad synset name"},
		{"gap first", Dictionary{Nouns: []Phrase{{{Text: "A", Gap: true}}}}, "starts with a gap"},
		{"discard", Dictionary{Discards: []Discard{{}}}, "empty text"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		err := WriteNative(&buf, &tt.d)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one about %q", tt.name, err, tt.want)
		}
	}
}

// TestWriteNativeQuoting: words, names, codes and options that look like
// syntax are quoted and read back as they were.
func TestWriteNativeQuoting(t *testing.T) {
	var words []Word
	for _, s := range []string{"A B", "+A", "&A", "*", "A*", "..", "#", "#A", "[A]", "A_B", "a", "\"", "\t", "ß", "É", "A\u00a0B", "$", "%", "^", "\u200b", "N'T", "'S", "U.S."} {
		words = append(words, Word{Text: s}, Word{Text: s, Stem: true})
	}
	d := &Dictionary{Options: map[string]string{}, Synsets: map[string]*Synset{}}
	for i, w := range words {
		g := w
		g.Gap = true
		d.Actors = append(d.Actors, Actor{Names: []Phrase{{w}, {{Text: "X"}, g}}, Codes: []DatedCode{{Code: "X"}}})
		d.Verbs = append(d.Verbs, Verb{Forms: []VerbForm{{Words: Phrase{{Text: "X"}, w}, Head: 1}}, Code: NullCode,
			Patterns: []Pattern{{Before: []Elem{{Kind: ElemWord, Word: w}}, After: []Elem{{Kind: ElemWord, Word: w, Adjacent: true}}, VerbAdjacentAfter: true, Code: "1"}}})
		name := "&" + w.Text
		d.Synsets[name] = &Synset{Name: name, Phrases: [][]Elem{{{Kind: ElemWord, Word: w}, {Kind: ElemSynset, Synset: name, Adjacent: true}}}}
		d.Options[w.Text] = w.Text
		d.Options[fmt.Sprint("k", i)] = " " + w.Text
		if !w.Stem {
			d.Discards = append(d.Discards, Discard{Text: "X " + w.Text, WholeWord: true})
		}
	}
	d.Options["v"] = "a # b"
	d.Options["w"] = "# b"
	d.Options["x"] = "\"q\""
	checkRoundTrip(t, "quoting", d)
}

func ExampleReadNative() {
	const src = `actor UNITED STATES
	name AMERICA
	code USA
	code USAGOV 2021-01-20..
verb ATTACK
	code 190
	pattern * + WITH &WEAPON [195]
`
	d, errs := ReadNative(strings.NewReader(src), "example.sitrep")
	fmt.Println(len(errs), "errors")
	fmt.Println(d.Actors[0].Codes)
	fmt.Println(d.Verbs[0].Patterns[0].Code, d.Verbs[0].Patterns[0].After[2].Synset)
	// Output:
	// 0 errors
	// [{USA 0 0} {USAGOV 20210120 0}]
	// 195 &WEAPON
}

// writePhoenixNative writes the Phoenix dictionaries in the native format
// into dir, one file each, and returns their paths.
func writePhoenixNative(tb testing.TB, dir string) []string {
	tb.Helper()
	var out []string
	for _, f := range phoenixFiles {
		d, _, err := LoadFile(filepath.Join(sharedData, "phoenix-dictionaries", f))
		if err != nil {
			tb.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteNative(&buf, d); err != nil {
			tb.Fatal(err)
		}
		p := filepath.Join(dir, strings.TrimSuffix(f, ".txt")+NativeExt)
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			tb.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

func loadNative(tb testing.TB, paths []string) *Dictionary {
	d := &Dictionary{}
	for _, p := range paths {
		fd, errs, err := LoadFile(p)
		if err != nil || len(errs) > 0 {
			tb.Fatal(err, errs)
		}
		d.Merge(fd)
	}
	return d
}

// TestLoadNativePhoenixFast: the native form of all Phoenix dictionaries
// loads in well under a second.
func TestLoadNativePhoenixFast(t *testing.T) {
	skipWithoutPhoenix(t)
	paths := writePhoenixNative(t, t.TempDir())
	var d *Dictionary
	took := time.Hour
	for range 3 {
		start := time.Now()
		d = loadNative(t, paths)
		took = min(took, time.Since(start))
	}
	var size int64
	for _, p := range paths {
		fi, _ := os.Stat(p)
		size += fi.Size()
	}
	t.Logf("Phoenix, native (%d bytes): %v for %d actors, %d agents, %d verbs, %d synsets, %d discards",
		size, took, len(d.Actors), len(d.Agents), len(d.Verbs), len(d.Synsets), len(d.Discards))
	if limit := time.Second * time.Duration(raceSlowdown); took > limit {
		t.Errorf("loading native Phoenix took %v, want under %v", took, limit)
	}
}

func BenchmarkLoadNativePhoenix(b *testing.B) {
	skipWithoutPhoenix(b)
	paths := writePhoenixNative(b, b.TempDir())
	b.ReportAllocs()
	for b.Loop() {
		loadNative(b, paths)
	}
}

// TestNativeDocExample: the complete example of docs/dictionary-format.md
// reads without errors and lints clean.
func TestNativeDocExample(t *testing.T) {
	const doc = "../docs/dictionary-format.md"
	b, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), "## A complete example\n\n```\n")
	example, _, ok2 := strings.Cut(rest, "```\n")
	if !ok || !ok2 {
		t.Fatalf("%s: no complete example", doc)
	}
	d, errs := ReadNative(strings.NewReader(example), doc)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(d.Actors) != 3 || len(d.Agents) != 2 || len(d.Verbs) != 2 || len(d.Synsets) != 1 || len(d.Discards) != 2 {
		t.Errorf("example: %d actors, %d agents, %d verbs, %d synsets, %d discards", len(d.Actors), len(d.Agents), len(d.Verbs), len(d.Synsets), len(d.Discards))
	}
	for _, f := range Lint(d, LintOptions{}) {
		t.Errorf("example: %v", f)
	}
	checkRoundTrip(t, "example", d)
}
