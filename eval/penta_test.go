package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/sitrep/sitrep"
)

func TestReadPenta(t *testing.T) {
	long := strings.Repeat("word ", maxPentaLine/5+1) + "\t1\n"
	tests := []struct {
		name string
		in   string
		want []PentaRow
		errs []string // messages of the ErrorList, in order
	}{
		{
			name: "plain",
			in:   "Arnor praised Gondor.\t1\nGondor attacked Mordor.\t4\n",
			want: []PentaRow{{1, "Arnor praised Gondor.", 1}, {2, "Gondor attacked Mordor.", 4}},
		},
		{
			name: "BOM, CRLF, blank lines, no final newline",
			in:   "\ufeffArnor praised Gondor.\t1\r\n\r\n   \r\nGondor attacked Mordor.\t4",
			want: []PentaRow{{1, "Arnor praised Gondor.", 1}, {4, "Gondor attacked Mordor.", 4}},
		},
		{
			name: "header",
			in:   "\ufeffsentence\tlabel\r\nArnor praised Gondor.\t1\r\n",
			want: []PentaRow{{2, "Arnor praised Gondor.", 1}},
		},
		{
			name: "header after blank lines",
			in:   "\n\nText\tClass\nArnor praised Gondor.\t1\n",
			want: []PentaRow{{4, "Arnor praised Gondor.", 1}},
		},
		{
			name: "header names the columns",
			in:   "id\tlabel\ttext\nx1\t3\tMordor accused Gondor.\nx2\t0\tArnor denied it.\nx3\t2\n",
			want: []PentaRow{{2, "Mordor accused Gondor.", 3}, {3, "Arnor denied it.", 0}},
			errs: []string{"f.tsv:4: want 3 tab-separated fields (sentence<TAB>label), got 2"},
		},
		{
			name: "header with unknown names",
			in:   "a\tb\nArnor praised Gondor.\t1\n",
			want: []PentaRow{{2, "Arnor praised Gondor.", 1}},
		},
		{
			name: "label first",
			in:   "3\tMordor accused Gondor.\n4 \tGondor attacked Mordor.\nArnor praised Gondor.\t1\n",
			want: []PentaRow{{1, "Mordor accused Gondor.", 3}, {2, "Gondor attacked Mordor.", 4}},
			errs: []string{`f.tsv:3: column 1: label "Arnor praised Gondor." is not a class 0 to 4`},
		},
		{
			name: "a sentence of one label digit is data, not a header",
			in:   "2\t1\n",
			want: []PentaRow{{1, "2", 1}},
		},
		{
			name: "CSV quoting",
			in: "\"Mordor \"\"firmly\"\" accused Gondor.\"\t3\n" +
				"\"A tab\there.\"\t0\n" +
				"\"Stop,\" Arnor said.\t0\n" +
				"\"Unclosed quote\t0\n" +
				"\"Quoted label\"\t\"2\"\n",
			want: []PentaRow{
				{1, `Mordor "firmly" accused Gondor.`, 3},
				{2, "A tab here.", 0},
				{3, `"Stop," Arnor said.`, 0},
				{4, `"Unclosed quote`, 0},
				{5, "Quoted label", 2},
			},
		},
		{
			name: "white space is collapsed",
			in:   "  Arnor   praised\u00a0 Gondor.  \t 1 \n",
			want: []PentaRow{{1, "Arnor praised Gondor.", 1}},
		},
		{
			name: "bad rows are left out, good rows kept",
			in: "Arnor praised Gondor.\t1\n" +
				"no label here\n" +
				"Gondor attacked Mordor.\t5\n" +
				"Gondor attacked Mordor.\tfour\n" +
				"Gondor attacked Mordor.\t\n" +
				"   \t2\n" +
				"a\tb\t3\n" +
				"Bad \xff byte.\t3\n" +
				long +
				"Mordor accused Gondor.\t3\n",
			want: []PentaRow{{1, "Arnor praised Gondor.", 1}, {10, "Mordor accused Gondor.", 3}},
			errs: []string{
				"f.tsv:2: want 2 tab-separated fields (sentence<TAB>label), got 1",
				`f.tsv:3: column 25: label "5" is not a class 0 to 4`,
				`f.tsv:4: column 25: label "four" is not a class 0 to 4`,
				`f.tsv:5: column 25: label "" is not a class 0 to 4`,
				"f.tsv:6: column 1: empty sentence",
				"f.tsv:7: want 2 tab-separated fields (sentence<TAB>label), got 3",
				"f.tsv:8: column 5: not UTF-8 text",
				"f.tsv:9: line longer than 65536 bytes",
			},
		},
		{
			name: "label first: error names the layout",
			in:   "1\tArnor praised Gondor.\nGondor attacked Mordor.\n",
			want: []PentaRow{{1, "Arnor praised Gondor.", 1}},
			errs: []string{"f.tsv:2: want 2 tab-separated fields (label<TAB>sentence), got 1"},
		},
		{name: "empty", in: ""},
		{name: "header only", in: "sentence\tlabel\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := ReadPenta(strings.NewReader(tt.in), "f.tsv")
			if !reflect.DeepEqual(rows, tt.want) {
				t.Errorf("rows:\n got %+v\nwant %+v", rows, tt.want)
			}
			var got []string
			var list ErrorList
			switch {
			case errors.As(err, &list):
				for _, e := range list {
					got = append(got, e.Error())
				}
			case err != nil:
				t.Fatalf("error %v is not an ErrorList", err)
			}
			if !reflect.DeepEqual(got, tt.errs) {
				t.Errorf("errors:\n got %q\nwant %q", got, tt.errs)
			}
		})
	}
}

func TestReadPentaReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader("Arnor praised Gondor.\t1\nGondor att"), iotest.ErrReader(boom))
	rows, err := ReadPenta(r, "f.tsv")
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "f.tsv line 2") {
		t.Errorf("error = %v, want the read error at line 2", err)
	}
	if len(rows) != 1 {
		t.Errorf("rows read before the error: %+v", rows)
	}
}

func TestPentaClass(t *testing.T) {
	tests := []struct {
		code  string
		class int
		ok    bool
	}{
		{"01", 0, true}, {"010", 0, true}, {"0214", 0, true}, {"02", 0, true},
		{"03", 1, true}, {"036", 1, true}, {"046", 1, true}, {"057", 1, true},
		{"06", 2, true}, {"070", 2, true}, {"0874", 2, true},
		{"09", 3, true}, {"112", 3, true}, {"1384", 3, true}, {"13", 3, true},
		{"14", 4, true}, {"150", 4, true}, {"173", 4, true}, {"1952", 4, true}, {"20", 4, true}, {"204", 4, true},
		{" 190 ", 4, true},
		{"00", 0, false}, {"21", 0, false}, {"99", 0, false}, {"---", 0, false}, {"", 0, false},
		{"1", 0, false}, {"19522", 0, false}, {"19a", 0, false}, {"-19", 0, false},
	}
	for _, tt := range tests {
		c, ok := PentaClass(tt.code)
		if c != tt.class || ok != tt.ok {
			t.Errorf("PentaClass(%q) = %d, %v; want %d, %v", tt.code, c, ok, tt.class, tt.ok)
		}
	}
}

func TestPentaNames(t *testing.T) {
	var got []string
	for c := -1; c <= PentaClasses; c++ {
		got = append(got, PentaName(c)+" "+PentaRoots(c))
	}
	want := []string{"none ", "statement 01-02", "verbal cooperation 03-05", "material cooperation 06-08",
		"verbal conflict 09-13", "material conflict 14-20", "none "}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("names %q, want %q", got, want)
	}
}

// pev is an event of sentence s with its verb at byte verb (no verb if
// verb < 0) and CAMEO code.
func pev(s, verb int, code string) sitrep.Event {
	e := sitrep.Event{Sentence: s, Start: 100 * s, End: 100*s + 99, CAMEO: code}
	if verb >= 0 {
		e.Verb = &sitrep.Mention{Text: "v", Code: code, Start: verb, End: verb + 1}
	}
	return e
}

func TestSalient(t *testing.T) {
	tests := []struct {
		name  string
		evs   []sitrep.Event
		want  int // index into evs; -1 for none
		class int
	}{
		{"no events", nil, -1, PentaNone},
		{"one event", []sitrep.Event{pev(0, 5, "190")}, 0, 4},
		{"earliest verb wins over a higher class", []sitrep.Event{pev(0, 20, "190"), pev(0, 5, "051")}, 1, 1},
		{"earlier sentence wins", []sitrep.Event{pev(1, 103, "190"), pev(0, 60, "112")}, 1, 3},
		{"same verb: higher class", []sitrep.Event{pev(0, 5, "112"), pev(0, 5, "190"), pev(0, 5, "057")}, 1, 4},
		{"same verb and class: more digits", []sitrep.Event{pev(0, 5, "19"), pev(0, 5, "1952")}, 1, 4},
		{"same verb, class and length: smaller code", []sitrep.Event{pev(0, 5, "193"), pev(0, 5, "190")}, 1, 4},
		{"a tie keeps the first", []sitrep.Event{pev(0, 5, "190"), pev(0, 5, "190")}, 0, 4},
		{"codes without a class are left out", []sitrep.Event{pev(0, 1, "---"), pev(0, 9, "036")}, 1, 1},
		{"only codes without a class", []sitrep.Event{pev(0, 1, "---"), pev(0, 2, "XYZ")}, -1, PentaNone},
		{"no verb counts as the sentence end", []sitrep.Event{pev(0, -1, "190"), pev(0, 10, "051")}, 1, 1},
		{"no verb beats the next sentence", []sitrep.Event{pev(1, 101, "051"), pev(0, -1, "190")}, 1, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, class, ok := Salient(tt.evs)
			if ok != (tt.want >= 0) || class != tt.class {
				t.Fatalf("Salient = class %d, ok %v; want class %d, ok %v", class, ok, tt.class, tt.want >= 0)
			}
			if ok && !reflect.DeepEqual(ev, tt.evs[tt.want]) {
				t.Errorf("Salient = %+v, want event %d %+v", ev, tt.want, tt.evs[tt.want])
			}
		})
	}
}

// scoreRows are ten rows with the predictions below: a small confusion
// matrix to score by hand.
//
//	gold \ pred  0  1  2  3  4  none
//	0            1  .  .  1  .  .
//	1            .  1  .  .  .  1
//	2            .  .  .  .  .  1
//	3            .  .  .  2  .  .
//	4            .  .  .  1  1  1
func scoreRows() ([]PentaRow, PentaCoder) {
	type row struct {
		gold int
		code string // "" for no event
	}
	rs := []row{{0, "010"}, {0, "112"}, {1, "051"}, {1, ""}, {2, ""}, {3, "111"}, {3, "130"}, {4, "190"}, {4, "120"}, {4, ""}}
	var rows []PentaRow
	codes := map[string]string{}
	for i, r := range rs {
		text := "row " + string(rune('a'+i))
		rows = append(rows, PentaRow{Line: i + 1, Text: text, Label: r.gold})
		codes[text] = r.code
	}
	return rows, func(text string) []sitrep.Event {
		if c := codes[text]; c != "" {
			// A reporting verb first (no class), then the event.
			return []sitrep.Event{pev(0, 1, "---"), pev(0, 3, c)}
		}
		return nil
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestRunPentaScores(t *testing.T) {
	rows, code := scoreRows()
	rep := RunPenta(rows, code)
	wantConf := [PentaClasses][PentaClasses + 1]int{
		{1, 0, 0, 1, 0, 0},
		{0, 1, 0, 0, 0, 1},
		{0, 0, 0, 0, 0, 1},
		{0, 0, 0, 2, 0, 0},
		{0, 0, 0, 1, 1, 1},
	}
	if rep.Confusion != wantConf {
		t.Errorf("confusion %v, want %v", rep.Confusion, wantConf)
	}
	if rep.N != 10 || rep.Coded != 7 || rep.Correct != 5 {
		t.Errorf("n %d coded %d correct %d, want 10 7 5", rep.N, rep.Coded, rep.Correct)
	}
	wantClasses := []PentaScore{
		{0, "statement", "01-02", 2, 1, 1, 1, 0.5, 2.0 / 3},
		{1, "verbal cooperation", "03-05", 2, 1, 1, 1, 0.5, 2.0 / 3},
		{2, "material cooperation", "06-08", 1, 0, 0, 0, 0, 0},
		{3, "verbal conflict", "09-13", 2, 4, 2, 0.5, 1, 2.0 / 3},
		{4, "material conflict", "14-20", 3, 1, 1, 1, 1.0 / 3, 0.5},
	}
	for c, w := range wantClasses {
		g := rep.Class(c)
		if g.Support != w.Support || g.Predicted != w.Predicted || g.Correct != w.Correct ||
			!near(g.Precision, w.Precision) || !near(g.Recall, w.Recall) || !near(g.F1, w.F1) {
			t.Errorf("class %d: %+v, want %+v", c, g, w)
		}
	}
	p, r, f := rep.Micro()
	for _, x := range []struct {
		name      string
		got, want float64
	}{
		{"coverage", rep.Coverage(), 0.7},
		{"accuracy", rep.Accuracy(), 0.5},
		{"macro-F1", rep.MacroF1(), 0.5}, // (2/3 + 2/3 + 0 + 2/3 + 1/2) / 5
		{"micro precision", p, 5.0 / 7},
		{"micro recall", r, 0.5},
		{"micro-F1", f, 10.0 / 17}, // 2 (5/7)(1/2) / (5/7 + 1/2)
		{"MicroF1", rep.MicroF1(), 10.0 / 17},
	} {
		if !near(x.got, x.want) {
			t.Errorf("%s = %v, want %v", x.name, x.got, x.want)
		}
	}
	if len(rep.Mistakes) != 5 {
		t.Fatalf("%d mistakes, want 5: %+v", len(rep.Mistakes), rep.Mistakes)
	}
	if m := rep.Mistakes[0]; m.Row.Line != 2 || m.Predicted != 3 || m.Event == nil || m.Event.CAMEO != "112" || m.Events != 2 {
		t.Errorf("first mistake %+v", m)
	}
	if m := rep.Mistakes[1]; m.Row.Line != 4 || m.Predicted != PentaNone || m.Event != nil {
		t.Errorf("second mistake (a miss) %+v", m)
	}
}

func TestRunPentaEdgeCases(t *testing.T) {
	// Classes that occur neither as gold nor as prediction do not count
	// in the macro average.
	rows := []PentaRow{{1, "a", 3}, {2, "b", 3}}
	rep := RunPenta(rows, func(string) []sitrep.Event { return []sitrep.Event{pev(0, 0, "112")} })
	if rep.MacroF1() != 1 || rep.MicroF1() != 1 || rep.Coverage() != 1 {
		t.Errorf("all right: macro %v micro %v coverage %v", rep.MacroF1(), rep.MicroF1(), rep.Coverage())
	}
	// No rows: all zero, no division by zero.
	rep = RunPenta(nil, nil)
	if rep.MacroF1() != 0 || rep.MicroF1() != 0 || rep.Coverage() != 0 || rep.Accuracy() != 0 {
		t.Errorf("no rows: %+v", rep)
	}
	// A panicking coder makes a miss with a note.
	rep = RunPenta(rows[:1], func(string) []sitrep.Event { panic("boom") })
	if rep.Coded != 0 || len(rep.Mistakes) != 1 || rep.Mistakes[0].Note != "coder panic: boom" {
		t.Errorf("panic: %+v", rep)
	}
}

func TestPentaReportJSON(t *testing.T) {
	rows, code := scoreRows()
	rep := RunPenta(rows, code)
	rep.Skipped = 2
	for _, verbose := range []bool{false, true} {
		var buf bytes.Buffer
		if err := rep.WriteJSON(&buf, verbose); err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, buf.String())
		}
		for k, want := range map[string]float64{"n": 10, "coded": 7, "coverage": 0.7, "macro_f1": 0.5,
			"micro_f1": 0.588, "accuracy": 0.5, "skipped": 2} {
			if m[k] != want {
				t.Errorf("%s = %v, want %v", k, m[k], want)
			}
		}
		classes, _ := m["classes"].([]any)
		if len(classes) != PentaClasses {
			t.Fatalf("classes: %v", m["classes"])
		}
		if c4 := classes[4].(map[string]any); c4["f1"] != 0.5 || c4["support"] != 3.0 || c4["recall"] != 0.333 {
			t.Errorf("class 4: %v", c4)
		}
		conf := m["confusion"].(map[string]any)
		counts, _ := json.Marshal(conf["counts"])
		if string(counts) != "[[1,0,0,1,0,0],[0,1,0,0,0,1],[0,0,0,0,0,1],[0,0,0,2,0,0],[0,0,0,1,1,1]]" {
			t.Errorf("confusion counts %s", counts)
		}
		if p := conf["predicted"].([]any); len(p) != 6 || p[5] != "none" {
			t.Errorf("confusion columns %v", p)
		}
		mistakes, has := m["mistakes"].([]any)
		if has != verbose {
			t.Fatalf("verbose %v: mistakes %v", verbose, m["mistakes"])
		}
		if verbose {
			miss := mistakes[1].(map[string]any)
			if len(mistakes) != 5 || miss["predicted"] != nil || miss["event"] != nil || miss["gold"] != 1.0 {
				t.Errorf("mistakes %v", mistakes)
			}
		}
	}
	// MarshalJSON gives the same keys.
	b, err := json.Marshal(rep)
	if err != nil || !strings.Contains(string(b), `"macro_f1":0.5`) {
		t.Errorf("MarshalJSON: %s, %v", b, err)
	}
}

func TestPentaReportText(t *testing.T) {
	rows, code := scoreRows()
	rep := RunPenta(rows, code)
	rep.File = "small.tsv"
	var buf bytes.Buffer
	if err := rep.WriteText(&buf, true); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"WRONG line 2: gold 0 statement, predicted 3 verbal conflict\n  text:  row b\n  event: --- -> --- 112 \"v\" (2 events in the sentence)\n",
		"MISS line 4: gold 1 verbal cooperation, predicted none\n  text:  row d\n",
		"penta: small.tsv\n",
		"4 material conflict     14-20  3        1          1        1.000      0.333   0.500\n",
		"gold  0  1  2  3  4  none\n     0  1  0  0  1  0     0\n",
		"n 10, coded 7 (coverage 0.700), correct 5 (accuracy 0.500)\n",
		"macro-F1 0.500, micro-F1 0.588 (micro precision 0.714, micro recall 0.500)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	buf.Reset()
	rep.WriteText(&buf, false)
	if strings.Contains(buf.String(), "WRONG") || strings.Contains(buf.String(), "MISS") {
		t.Errorf("mistakes listed without verbose:\n%s", buf.String())
	}
}
