package eval

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestReadTabariText(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Record
	}{
		{
			name: "one record",
			text: `950101 DEMO-01
Arnor is about to restore full diplomatic ties with Gondor almost
five years after crowds trashed its embassy.
/*\n------------------------------------------------------------------
\n[Simple coding]
\n{ ARN / GON / 064 } */
`,
			want: []Record{{ID: "DEMO-01", Category: "DEMO", Date: 19950101, Valid: true, Line: 1,
				Text:     "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.",
				Expected: []Coding{{"ARN", "GON", "064"}}}},
		},
		{
			name: "several codings with dates, comment blocks, 4-digit years",
			text: `#----------------------
this block is a comment
#----------------------

950103 DEMO-04
Dagolath's minister left for Minas Tirith./*
\n{ DAG / GON / 032 } 950103
\n{GON/DAG/033} 950103   */


20080801 NEW-01
Text before /* a comment */ and after.
/* {---} */
`,
			want: []Record{
				{ID: "DEMO-04", Category: "DEMO", Date: 19950103, Valid: true, Line: 5,
					Text:     "Dagolath's minister left for Minas Tirith.",
					Expected: []Coding{{"DAG", "GON", "032"}, {"GON", "DAG", "033"}}},
				{ID: "NEW-01", Category: "NEW", Date: 20080801, Valid: true, Line: 11,
					Text: "Text before and after.", NoEvents: true},
			},
		},
		{
			name: "special codes",
			text: `950105 DISCARD-01
Gondor's hopes were shaken.
/* \n{###} */

950105 COMPLEX-01
Gondor blasted Dagolath.
/* {+++} { GON / DAG / 223 } */

950101 CLAUSE-01
Arnor is about, to restore.
/*\nNo events {- - -} */
`,
			want: []Record{
				{ID: "DISCARD-01", Category: "DISCARD", Date: 19950105, Valid: true, Line: 1,
					Text: "Gondor's hopes were shaken.", Error: ErrDiscard},
				{ID: "COMPLEX-01", Category: "COMPLEX", Date: 19950105, Valid: true, Line: 5,
					Text: "Gondor blasted Dagolath.", Error: ErrComplex},
				{ID: "CLAUSE-01", Category: "CLAUSE", Date: 19950101, Valid: true, Line: 9,
					Text: "Arnor is about, to restore.", NoEvents: true},
			},
		},
		{
			name: "do not check",
			text: `950103 DEMO-05
Telemar left.
/*\n-{ DAG / ARN / 031 } 950103   */

950102 COMPOUND-08
Gondor, the Shire, and Osgiliath renewed ties.
/* { GON / OSG / 064 }
\n-{ --- / --- / 000 }
*/
`,
			want: []Record{
				{ID: "DEMO-05", Category: "DEMO", Date: 19950103, Valid: true, Line: 1,
					Text: "Telemar left.", Partial: true, Skip: "validation commented out with -{...}"},
				{ID: "COMPOUND-08", Category: "COMPOUND", Date: 19950102, Valid: true, Line: 5,
					Text: "Gondor, the Shire, and Osgiliath renewed ties.", Partial: true,
					Expected: []Coding{{"GON", "OSG", "064"}}},
			},
		},
		{
			name: "unclosed comment ends at the blank line",
			text: `950104 COMPOUND-06
Fornost and Gondor welcxmed ties.
/*\n[Codes a paired compound source
\n{ FOR / GON / 044 } 950104
\n{ FOR / GON / 045 }   /*

950101 NEXT-01
Next text.
/* {---} */`,
			want: []Record{
				{ID: "COMPOUND-06", Category: "COMPOUND", Date: 19950104, Valid: true, Line: 1,
					Text: "Fornost and Gondor welcxmed ties.", Expected: []Coding{{"FOR", "GON", "044"}, {"FOR", "GON", "045"}}},
				{ID: "NEXT-01", Category: "NEXT", Date: 19950101, Valid: true, Line: 7,
					Text: "Next text.", NoEvents: true},
			},
		},
		{
			name: "options",
			text: `950101 DEFAULT-CMD-01
Initiating a change in the .options setting.
/*\n{ OPTION: COMPLEX: VERBS[5] CONJ[4] EXPLAIN }
\n{ OPTION: DEFAULT: OFF }
\n{option: SET: MINIMUM  WORDS = 5 } */

950101 A-01
Some text.
/* { OPTION: SET: LABEL = FALSE } {---} */

950101*INTRO
No fields at all.
`,
			want: []Record{
				{ID: "DEFAULT-CMD-01", Category: "DEFAULT", Date: 19950101, Valid: true, Line: 1,
					Text: "Initiating a change in the .options setting.",
					Options: []KV{
						{"complex", "VERBS[5] CONJ[4] EXPLAIN", 1},
						{"default", "OFF", 1},
						{"minimum_words", "5", 1},
					},
					Skip: "option record without validation fields"},
				{ID: "A-01", Category: "A", Date: 19950101, Valid: true, Line: 7,
					Text: "Some text.", NoEvents: true, Options: []KV{{"label", "FALSE", 7}}},
				{ID: "*INTRO", Category: "INTRO", Date: 19950101, Valid: true, Line: 11,
					Text: "No fields at all.", Skip: "no validation fields {...}"},
			},
		},
		{
			name: "blank lines with spaces, CRLF",
			text: "950101 X-1\r\nSome text. /* {A/B/010} */\r\n \t \r\n950101 X-2\r\nMore. /* {---} */\r\n",
			want: []Record{
				{ID: "X-1", Category: "X", Date: 19950101, Valid: true, Line: 1, Text: "Some text.",
					Expected: []Coding{{"A", "B", "010"}}},
				{ID: "X-2", Category: "X", Date: 19950101, Valid: true, Line: 4, Text: "More.", NoEvents: true},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadTabariText(strings.NewReader(tt.text), "demo.text")
			if err != nil {
				t.Fatalf("ReadTabariText: %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("records:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestReadTabariTextErrors(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		line    int
		msg     string
		records int // good records returned
	}{
		{"bad date", "9501 X-1\ntext /* {---} */\n\n950101 X-2\ntext /* {---} */\n", 1, `date "9501" is not YYMMDD`, 1},
		{"impossible date", "951301 X-1\ntext /* {---} */\n", 1, "is not YYMMDD", 0},
		{"no id", "950101\ntext /* {---} */\n", 1, "no record ID", 0},
		{"unclosed field", "950101 X-1\ntext /* { A / B / 010 */\n", 1, "no closing '}'", 0},
		{"two slashes", "950101 X-1\ntext /* { A / 010 } */\n\n950101 X-2\ntext /* {---} */\n", 1, "is not { SOURCE / TARGET / EVENT }", 1},
		{"empty code", "\n\n950101 X-1\ntext /* { A / / 010 } */\n", 3, "empty code", 0},
		{"bad option", "950101 X-1\ntext /* { OPTION: nonsense } */\n", 1, "is not COMMAND: value", 0},
		{"bad set", "950101 X-1\ntext /* { OPTION: SET: LABEL } */\n", 1, "is not SET: NAME = value", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := ReadTabariText(strings.NewReader(tt.text), "t.text")
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error %v is not an ErrorList", err)
			}
			if e := list[0]; e.Line != tt.line || e.File != "t.text" || !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("error %q: want t.text line %d containing %q", e, tt.line, tt.msg)
			}
			if len(recs) != tt.records {
				t.Errorf("got %d good records, want %d", len(recs), tt.records)
			}
		})
	}
}

func TestReadTabariTextLongLine(t *testing.T) {
	text := "950101 X-1\n" + strings.Repeat("x", maxTabariLine+1) + "\n"
	_, err := ReadTabariText(strings.NewReader(text), "t.text")
	var e *Error
	if !errors.As(err, &e) || e.Line != 2 {
		t.Errorf("got %v, want an error at line 2", err)
	}
}

func TestReadTabariTextShared(t *testing.T) {
	path := sharedFile(t, "tabari/TABARI.Demo.text")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadTabariText(f, path)
	if err != nil {
		t.Fatalf("ReadTabariText: %v", err)
	}
	if len(recs) != 46 {
		t.Errorf("got %d records, want 46", len(recs))
	}
	byID := map[string]Record{}
	for _, r := range recs {
		byID[r.ID] = r
	}
	if r := byID["DEMO-08"]; len(r.Expected) != 3 {
		t.Errorf("DEMO-08: got %+v, want 3 expected events", r)
	}
	if r := byID["DISCARD-02"]; r.Error != ErrDiscard {
		t.Errorf("DISCARD-02: got %+v, want error discard", r)
	}
	if r := byID["DEMO-05"]; r.Skip == "" {
		t.Errorf("DEMO-05: got %+v, want it not checked", r)
	}
	if r := byID["COMPOUND-06"]; len(r.Expected) != 4 {
		t.Errorf("COMPOUND-06: got %+v, want 4 expected events", r)
	}
}
