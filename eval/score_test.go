package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestScore(t *testing.T) {
	arnGon := Coding{"ARN", "GON", "064"}
	gonArn := Coding{"GON", "ARN", "064"}
	tests := []struct {
		name string
		rec  Record
		out  Outcome
		want string // "correct", "wrong" or "skipped"
		note string // part of the failure note or skip reason
	}{
		{"same set", Record{Expected: []Coding{arnGon, gonArn}}, Outcome{Events: []Coding{gonArn, arnGon, gonArn}}, "correct", ""},
		{"extra event", Record{Expected: []Coding{arnGon}}, Outcome{Events: []Coding{arnGon, gonArn}}, "wrong", "unexpected GON ARN 064"},
		{"missing event", Record{Expected: []Coding{arnGon, gonArn}}, Outcome{Events: []Coding{arnGon}}, "wrong", "missing GON ARN 064"},
		{"no events expected events", Record{Expected: []Coding{arnGon}}, Outcome{}, "wrong", "missing ARN GON 064"},
		{"discarded instead of events", Record{Expected: []Coding{arnGon}}, Outcome{Discard: ErrSentenceDiscard}, "wrong", "sentence discarded"},
		{"partial superset", Record{Expected: []Coding{arnGon}, Partial: true}, Outcome{Events: []Coding{arnGon, gonArn}}, "correct", ""},
		{"partial missing", Record{Expected: []Coding{arnGon}, Partial: true}, Outcome{Events: []Coding{gonArn}}, "wrong", "missing ARN GON 064"},
		{"noevents", Record{NoEvents: true}, Outcome{}, "correct", ""},
		{"noevents discarded", Record{NoEvents: true}, Outcome{Discard: ErrSentenceDiscard}, "correct", ""},
		{"noevents got events", Record{NoEvents: true}, Outcome{Events: []Coding{arnGon}}, "wrong", "expected no events, got 1 event"},
		{"sentencediscard", Record{Error: ErrSentenceDiscard}, Outcome{Discard: ErrSentenceDiscard}, "correct", ""},
		{"sentencediscard got story", Record{Error: ErrSentenceDiscard}, Outcome{Discard: ErrStoryDiscard}, "wrong", "expected sentencediscard, got storydiscard"},
		{"storydiscard", Record{Error: ErrStoryDiscard}, Outcome{Discard: ErrStoryDiscard}, "correct", ""},
		{"storydiscard got events", Record{Error: ErrStoryDiscard}, Outcome{Events: []Coding{arnGon, gonArn}}, "wrong", "got 2 events"},
		{"any discard", Record{Error: ErrDiscard}, Outcome{Discard: ErrStoryDiscard}, "correct", ""},
		{"any discard missing", Record{Error: ErrDiscard}, Outcome{}, "wrong", "expected a discard"},
		{"dateline", Record{Error: ErrDateline}, Outcome{Dateline: true, Events: []Coding{arnGon}}, "correct", ""},
		{"dateline missing", Record{Error: ErrDateline}, Outcome{}, "wrong", "expected a dateline"},
		{"complex", Record{Error: ErrComplex}, Outcome{}, "wrong", "complexity rejection"},
		{"unknown error", Record{Error: "weird"}, Outcome{}, "wrong", `unknown expected error "weird"`},
		{"coder error", Record{NoEvents: true}, Outcome{Err: errors.New("boom")}, "wrong", "boom"},
		{"invalid", Record{NoEvents: true, Valid: false}, Outcome{}, "skipped", `valid="false"`},
		{"bad parse", Record{Error: ErrBadParse}, Outcome{}, "skipped", "Treebank parse"},
		{"suite skip", Record{Skip: "no validation fields"}, Outcome{}, "skipped", "no validation fields"},
		{"nothing to check", Record{}, Outcome{}, "skipped", "nothing to check"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := tt.rec
			rec.ID, rec.Category = "R-1", "R"
			if tt.name != "invalid" {
				rec.Valid = true
			}
			rep := Score([]Record{rec}, nil, func(Record, []KV) Outcome { return tt.out })
			var note string
			switch {
			case rep.Correct == 1:
				if tt.want != "correct" {
					t.Fatalf("got correct, want %s", tt.want)
				}
			case rep.Wrong == 1:
				if tt.want != "wrong" {
					t.Fatalf("got wrong (%s), want %s", rep.Failures[0].Note, tt.want)
				}
				note = rep.Failures[0].Note
			case rep.Skipped == 1:
				if tt.want != "skipped" {
					t.Fatalf("got skipped (%s), want %s", rep.Skips[0].Reason, tt.want)
				}
				note = rep.Skips[0].Reason
			default:
				t.Fatalf("record not counted: %+v", rep)
			}
			if !strings.Contains(note, tt.note) {
				t.Errorf("note %q does not contain %q", note, tt.note)
			}
			if rep.Records != 1 || *rep.Categories["R"] != (Tally{1, rep.Correct, rep.Wrong, rep.Skipped}) {
				t.Errorf("tallies: %+v %+v", rep, rep.Categories["R"])
			}
		})
	}
}

func TestScoreOptionsAndTallies(t *testing.T) {
	recs := []Record{
		{ID: "A-1", Category: "A", Valid: true, NoEvents: true, Options: []KV{{Name: "x", Value: "1"}}},
		{ID: "A-2", Category: "A", Valid: true, NoEvents: true},
		{ID: "B-1", Category: "B", Valid: false, NoEvents: true, Options: []KV{{Name: "y", Value: "2"}}},
		{ID: "B-2", Category: "B", Valid: true, NoEvents: true, Options: []KV{{Name: "x", Value: "3"}}},
		{ID: "C", Valid: true, NoEvents: true},
	}
	base := []KV{{Name: "b", Value: "0"}}
	seen := map[string][]KV{}
	rep := Score(recs, base, func(r Record, opts []KV) Outcome {
		seen[r.ID] = opts
		switch r.ID {
		case "A-2":
			return Outcome{Events: []Coding{{"X", "Y", "010"}}}
		case "C":
			panic("bug")
		}
		return Outcome{}
	})
	wantOpts := map[string][]KV{
		"A-1": {{"b", "0", 0}, {"x", "1", 0}},
		"A-2": {{"b", "0", 0}, {"x", "1", 0}},
		"B-2": {{"b", "0", 0}, {"x", "1", 0}, {"y", "2", 0}, {"x", "3", 0}},
		"C":   {{"b", "0", 0}, {"x", "1", 0}, {"y", "2", 0}, {"x", "3", 0}},
	}
	if !reflect.DeepEqual(seen, wantOpts) {
		t.Errorf("options:\n got %v\nwant %v", seen, wantOpts)
	}
	if len(base) != 1 {
		t.Errorf("base changed: %v", base)
	}
	if rep.Records != 5 || rep.Correct != 2 || rep.Wrong != 2 || rep.Skipped != 1 {
		t.Errorf("report %+v", rep)
	}
	if got, want := rep.Rate(), 0.5; got != want {
		t.Errorf("rate %v, want %v", got, want)
	}
	wantCats := map[string]Tally{"A": {2, 1, 1, 0}, "B": {2, 1, 0, 1}, noCategory: {1, 0, 1, 0}}
	for k, w := range wantCats {
		if g := rep.Categories[k]; g == nil || *g != w {
			t.Errorf("category %s: got %+v, want %+v", k, g, w)
		}
	}
	if len(rep.Failures) != 2 || rep.Failures[0].ID != "A-2" || !strings.Contains(rep.Failures[1].Note, "coder panic: bug") {
		t.Errorf("failures %+v", rep.Failures)
	}

	var buf bytes.Buffer
	if err := rep.WriteText(&buf, false); err != nil {
		t.Fatal(err)
	}
	txt := buf.String()
	for _, s := range []string{"category", "A ", "(none)", "5 records, 2 correct, 2 wrong, 1 skipped (rate 0.500)\n"} {
		if !strings.Contains(txt, s) {
			t.Errorf("text report lacks %q:\n%s", s, txt)
		}
	}
	if strings.Contains(txt, "FAIL") {
		t.Errorf("text report lists failures without verbose:\n%s", txt)
	}
	buf.Reset()
	if err := rep.WriteText(&buf, true); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"FAIL A-2 [A]", "expected: (no events)", "got:      X Y 010", "SKIP B-1 [B]", `valid="false"`} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("verbose report lacks %q:\n%s", s, buf.String())
		}
	}

	buf.Reset()
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatalf("JSON report: %v\n%s", err, buf.String())
	}
	for k, want := range map[string]float64{"records": 5, "correct": 2, "wrong": 2, "skipped": 1, "rate": 0.5} {
		if m[k] != want {
			t.Errorf("JSON %s = %v, want %v", k, m[k], want)
		}
	}
	cats, _ := m["categories"].(map[string]any)
	if a, _ := cats["A"].(map[string]any); a["records"] != 2.0 || a["rate"] != 0.5 {
		t.Errorf("JSON categories %v", cats)
	}
	if f, _ := m["failures"].([]any); len(f) != 2 {
		t.Errorf("JSON failures %v", m["failures"])
	}
}

func TestReportEmpty(t *testing.T) {
	var rep Report
	if rep.Rate() != 0 {
		t.Errorf("rate of empty report %v", rep.Rate())
	}
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"failures": []`, `"skips": []`, `"rate": 0`} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("JSON lacks %s:\n%s", s, buf.String())
		}
	}
}
