package eval

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func FuzzReadPetrarch(f *testing.F) {
	f.Add(`<Validation><Environment><Verbfile>v.txt</Verbfile><Config option="a" value="b"/></Environment>
<Sentences><Config option="require_dyad" value="false"></Config>
<Sentence date = "20080801" id ='X' category="C" valid="true">
<!-- c --><EventCoding sourcecode='"A B"' targetcode="GON" eventcode="064"></EventCoding>
<EventCoding noevents = "True"/><EventCoding error="dateline"/>
<Text>a &amp; b &mdash; AT&T</Text><Parse>(ROOT)</Parse></Sentence><Stop/></Sentences></Validation>`)
	f.Add("<Sentences>\n<Sentence date=\"1995\" id=\"A\">\n<Text>a</Text>\n")
	f.Add("")
	f.Add("<a><b></a>")
	if b, err := os.ReadFile("../../shared/data/petrarch-unittest/PETR.UnitTest.records.xml"); err == nil {
		f.Add(string(b[:min(len(b), 20000)]))
	}
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ReadPetrarch(strings.NewReader(in), "f.xml")
		var list ErrorList
		if err != nil && !errors.As(err, &list) {
			if s != nil {
				t.Fatalf("suite with fatal error %v", err)
			}
			return
		}
		for _, r := range s.Records {
			if r.ID == "" || r.Date < 10000101 || r.Date > 99991231 || r.Line < 1 {
				t.Fatalf("bad record %+v", r)
			}
		}
	})
}

func FuzzReadTabariText(f *testing.F) {
	f.Add("950101 DEMO-01\nArnor restored ties with Gondor.\n/*\\n{ ARN / GON / 064 } 950101\n-{ x } */\n\n950101 B\nx /* {---} {###} {+++} { OPTION: SET: A = 1 } {OPTION: DEFAULT: OFF}")
	f.Add("comment\n950101 X\n\n1\n/*")
	f.Add("950101 X /* { */\n")
	if b, err := os.ReadFile("../../shared/data/tabari/TABARI.Demo.text"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := ReadTabariText(strings.NewReader(in), "f.text")
		var list ErrorList
		if err != nil && !errors.As(err, &list) {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("unexpected error type %T: %v", err, err)
			}
		}
		for _, r := range recs {
			if r.ID == "" || r.Date < 10000101 || r.Line < 1 {
				t.Fatalf("bad record %+v", r)
			}
			for _, c := range r.Expected {
				if c.Source == "" || c.Target == "" || c.Code == "" {
					t.Fatalf("empty coding in %+v", r)
				}
			}
		}
	})
}
