package eval

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadPetrarch(t *testing.T) {
	tests := []struct {
		name string
		xml  string
		want []Record
		env  *Environment
	}{
		{
			name: "basic",
			xml: `<Validation>
<Environment>
    <Verbfile>v.txt</Verbfile>
    <Actorfile>a.txt</Actorfile>
    <Include>valid DEMO</Include>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" valid="true">
<!-- a comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore   full diplomatic ties
with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
</Sentences>
</Validation>`,
			env: &Environment{
				Verbfile:  filepath.Join("suite", "v.txt"),
				Actorfile: filepath.Join("suite", "a.txt"),
				Include:   []string{"valid", "DEMO"},
				Options:   []KV{{Name: "stop_on_error", Value: "True", Line: 6}},
				Line:      2,
			},
			want: []Record{{
				ID: "DEMO-00", Category: "DEMO", Date: 19950101, Valid: true,
				Text:     "Arnor is about to restore full diplomatic ties with Gondor.",
				Expected: []Coding{{"ARN", "GON", "064"}},
				Line:     9,
			}},
		},
		{
			name: "sloppy attributes",
			xml: `<Sentences>
<Sentence date = "20080801" id ="AFP-1"  category="PARSING"  valid="true">
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
<EventCoding sourcecode = "OSG" targetcode= 'GON' eventcode ="190" ></EventCoding>
<Text>x</Text>
</Sentence>
<Sentence category="P" valid="true" id ="AFP-2" date = "20090101">
<EventCoding noevents = "True"> </EventCoding>
<Text>y</Text>
</Sentence>
</Sentences>`,
			want: []Record{
				{ID: "AFP-1", Category: "PARSING", Date: 20080801, Valid: true, Text: "x",
					Expected: []Coding{{`"INJURY TOLL"`, "OSG", "223"}, {"OSG", "GON", "190"}}, Line: 2},
				{ID: "AFP-2", Category: "P", Date: 20090101, Valid: true, Text: "y", NoEvents: true, Line: 7},
			},
		},
		{
			name: "errors and valid",
			xml: `<Sentences>
<Sentence date="20080801" id="ERROR-01" category="ERROR" valid="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- x</Text>
</Sentence>
<Sentence date="19950101" id="AGENT-08" category="AGENT" place="XYZ"  valid="false">
<EventCoding error="StoryDiscard"></EventCoding>
<Text>z</Text>
</Sentence>
</Sentences>`,
			want: []Record{
				{ID: "ERROR-01", Category: "ERROR", Date: 20080801, Valid: true, Text: "CEBU CITY: -- x", Error: "dateline", Line: 2},
				{ID: "AGENT-08", Category: "AGENT", Date: 19950101, Valid: false, Text: "z", Error: "storydiscard", Line: 6},
			},
		},
		{
			name: "config between records is cumulative",
			xml: `<Sentences>
<Config option="require_dyad" value="false"></Config>
<Config option="comma_emax" value="0"></Config>
<Sentence date="19950101" id="A" category="C" valid="true">
<EventCoding noevents="True"></EventCoding><Text>a</Text>
</Sentence>
<Sentence date="19950101" id="B" category="C" valid="true">
<EventCoding noevents="True"></EventCoding><Text>b</Text>
</Sentence>
<Config option="require_dyad" value="True"/>
<Sentence date="19950101" id="C" category="C" valid="true">
<EventCoding noevents="True"></EventCoding><Text>c</Text>
</Sentence>
</Sentences>`,
			want: []Record{
				{ID: "A", Category: "C", Date: 19950101, Valid: true, Text: "a", NoEvents: true, Line: 4,
					Options: []KV{{"require_dyad", "false", 2}, {"comma_emax", "0", 3}}},
				{ID: "B", Category: "C", Date: 19950101, Valid: true, Text: "b", NoEvents: true, Line: 7},
				{ID: "C", Category: "C", Date: 19950101, Valid: true, Text: "c", NoEvents: true, Line: 11,
					Options: []KV{{"require_dyad", "True", 10}}},
			},
		},
		{
			name: "comments and entities",
			xml: `<!-- header with <Sentence> inside and & -->
<Sentences>
<!--Stop></Stop-->
<!--
<Sentence date="19950101" id="HIDDEN" category="C" valid="true">
-->
<Sentence date="19950101" id="SYN" category="SYNSET" valid="true">
<!--EventCoding sourcecode="GON" targetcode="OSG" eventcode="041"-->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="160"></EventCoding>
<Text>
Arnor will abandon full &amp;TIETYPE ties with Gondor &mdash; AT&T said.
</Text>
<Parse>(CC &amp;)</Parse>
</Sentence>
</Sentences>`,
			want: []Record{{
				ID: "SYN", Category: "SYNSET", Date: 19950101, Valid: true,
				Text:     "Arnor will abandon full &TIETYPE ties with Gondor \u2014 AT&T said.",
				Expected: []Coding{{"ARN", "GON", "160"}}, Line: 7,
			}},
		},
		{
			name: "include leaves out categories",
			xml: `<Validation><Environment><Include>valid DEMO</Include><Exclude>X</Exclude></Environment>
<Sentences>
<Sentence date="19950101" id="D" category="DEMO" valid="true"><EventCoding noevents="True"/><Text>d</Text></Sentence>
<Sentence date="19950101" id="O" category="OTHER" valid="true"><EventCoding noevents="True"/><Text>o</Text></Sentence>
</Sentences></Validation>`,
			env: &Environment{Include: []string{"valid", "DEMO"}, Exclude: []string{"X"}, Line: 1},
			want: []Record{
				{ID: "D", Category: "DEMO", Date: 19950101, Valid: true, Text: "d", NoEvents: true, Line: 3},
				{ID: "O", Category: "OTHER", Date: 19950101, Valid: true, Text: "o", NoEvents: true, Line: 4,
					Skip: `category "OTHER" is not in <Include>`},
			},
		},
		{
			name: "stop",
			xml: `<Sentences>
<Sentence date="19950101" id="A" category="C" valid="true"><EventCoding noevents="True"/><Text>a</Text></Sentence>
<Stop></Stop>
<Sentence date="19950101" id="B" category="C" valid="true"><EventCoding noevents="True"/><Text>b</Text></Sentence>
</Sentences>`,
			want: []Record{
				{ID: "A", Category: "C", Date: 19950101, Valid: true, Text: "a", NoEvents: true, Line: 2},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadPetrarch(strings.NewReader(tt.xml), filepath.Join("suite", "records.xml"))
			if err != nil {
				t.Fatalf("ReadPetrarch: %v", err)
			}
			if !reflect.DeepEqual(s.Records, tt.want) {
				t.Errorf("records:\n got %+v\nwant %+v", s.Records, tt.want)
			}
			if tt.env != nil && !reflect.DeepEqual(s.Env, *tt.env) {
				t.Errorf("environment:\n got %+v\nwant %+v", s.Env, *tt.env)
			}
		})
	}
}

func TestReadPetrarchErrors(t *testing.T) {
	tests := []struct {
		name    string
		xml     string
		line    int
		msg     string // part of the error message
		records int    // good records returned with an ErrorList; -1: fatal error
	}{
		{"unclosed sentence", "<Sentences>\n<Sentence date=\"19950101\" id=\"A\" category=\"C\" valid=\"true\">\n<Text>a</Text>\n", 4, "malformed XML", -1},
		{"stray end tag", "<Sentences>\n\n</Text>\n</Sentences>", 3, "malformed XML", -1},
		{"broken attribute", "<Sentences>\n<Sentence date=\"1995 id=A>\n", 3, "malformed XML", -1},
		{"unclosed environment", "<Validation>\n<Environment>\n<Verbfile>v</Verbfile>\n", 4, "malformed XML", -1},
		{"bad comment", "<Sentences>\n<!-- x -- y -->\n</Sentences>", 2, "malformed XML", -1},
		{"bad date", `<Sentences>
<Sentence date="1995-01-01" id="A" category="C" valid="true"><EventCoding noevents="True"/><Text>a</Text></Sentence>
<Sentence date="19950101" id="B" category="C" valid="true"><EventCoding noevents="True"/><Text>b</Text></Sentence>
</Sentences>`, 2, `date "1995-01-01" is not YYYYMMDD`, 1},
		{"incomplete coding", `<Sentences>

<Sentence date="19950101" id="A" category="C" valid="true"><EventCoding sourcecode="X" eventcode="1"/><Text>a</Text></Sentence>
</Sentences>`, 3, "needs sourcecode, targetcode and eventcode", 0},
		{"no coding and no text", `<Sentences>
<Sentence date="19950101" id="A" category="C" valid="true"></Sentence>
</Sentences>`, 2, "no <Text>", 0},
		{"no text", `<Sentences>
<Sentence date="19950101" id="A" category="C" valid="true"><EventCoding noevents="True"/></Sentence>
</Sentences>`, 2, "no <Text>", 0},
		{"no id", `<Sentences>
<Sentence date="19950101" category="C" valid="true"><EventCoding noevents="True"/><Text>a</Text></Sentence>
</Sentences>`, 2, "without id", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadPetrarch(strings.NewReader(tt.xml), "r.xml")
			if err == nil {
				t.Fatal("no error")
			}
			var e *Error
			var list ErrorList
			switch {
			case errors.As(err, &list):
				if tt.records < 0 {
					t.Fatalf("got ErrorList %v, want a fatal error", err)
				}
				if len(s.Records) != tt.records {
					t.Errorf("got %d good records, want %d", len(s.Records), tt.records)
				}
				e = list[0]
			case errors.As(err, &e):
				if tt.records >= 0 {
					t.Fatalf("got fatal error %v, want an ErrorList", err)
				}
				if s != nil {
					t.Errorf("suite not nil with a fatal error")
				}
			default:
				t.Fatalf("error %T %v is not *Error or ErrorList", err, err)
			}
			if e.Line != tt.line || e.File != "r.xml" || !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("error %q: want r.xml line %d containing %q", err, tt.line, tt.msg)
			}
		})
	}
}

// sharedFile returns the path of a file of the shared evaluation data, or
// skips the test when it is absent.
func sharedFile(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return p
}

func TestReadPetrarchShared(t *testing.T) {
	path := sharedFile(t, "petrarch-unittest/PETR.UnitTest.records.xml")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadPetrarch(f, path)
	if err != nil {
		t.Fatalf("ReadPetrarch: %v", err)
	}
	if len(s.Records) != 281 {
		t.Errorf("got %d records, want 281", len(s.Records))
	}
	if got := len(s.Env.Files()); got != 4 {
		t.Errorf("environment names %d dictionary files, want 4: %+v", got, s.Env)
	}
	for _, f := range s.Env.Files() {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("dictionary file: %v", err)
		}
	}
	count := map[string]int{}
	for _, r := range s.Records {
		switch {
		case !r.Valid:
			count["invalid"]++
		case r.Error != "":
			count["error:"+r.Error]++
		case r.NoEvents:
			count["noevents"]++
		case len(r.Expected) > 0:
			count["events"]++
		}
		if r.Skip != "" {
			count["skip"]++
		}
		if r.Text == "" || r.Date == 0 || r.ID == "" || r.Line == 0 {
			t.Errorf("record %+v incomplete", r)
		}
	}
	want := map[string]int{"invalid": 5, "error:bad_input_parse": 2, "error:dateline": 1,
		"error:storydiscard": 2, "error:sentencediscard": 2}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%s: got %d records, want %d (all: %v)", k, count[k], n, count)
		}
	}
	// A single-quoted value that holds double quotes.
	found := false
	for _, r := range s.Records {
		for _, c := range r.Expected {
			found = found || c == Coding{`"INJURY TOLL"`, "OSG", "223"}
		}
	}
	if !found {
		t.Error(`no record expects "INJURY TOLL" OSG 223`)
	}
}
