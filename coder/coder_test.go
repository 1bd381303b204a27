package coder

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/text"
)

func testMatcher(t testing.TB) *dict.Matcher {
	t.Helper()
	d, errs, err := dict.LoadDir(filepath.Join("testdata", "dict"))
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) > 0 {
		t.Fatalf("test dictionaries have errors: %v", errs)
	}
	return dict.Compile(d)
}

// code codes txt as one sentence and returns "SRC TGT CODE" triples, sorted.
func code(c *Coder, txt string, date int) ([]string, Result) {
	toks := text.Tokenize(txt, 0, len(txt))
	r := c.Code(txt, text.Sentence{Start: 0, End: len(txt), Tokens: toks}, date)
	var out []string
	for _, e := range r.Events {
		out = append(out, e.Source.Code+" "+e.Target.Code+" "+e.Code)
	}
	sort.Strings(out)
	return out, r
}

func TestCode(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		name string
		text string
		date int
		opts func(*Options)
		want string // triples joined by "; "
	}{
		{"subject verb object", "Valdoria attacked Marroway on Tuesday.", 0, nil, "VAL MRW 190"},
		{"verb form code", "Valdorian troops shelled Marroway overnight.", 0, nil, "VALMIL MRW 195"},
		{"pattern after verb", "Valdoria attacked Marroway with drones, officials said.", 0, nil, "VAL MRW 1952"},
		{"agent after possessive", "Marroway's foreign minister condemned Tessin.", 0, nil, "MRWGOVFRM TES 122"},
		{"agent of actor", "The government of Tessin condemned Valdoria.", 0, nil, "TESGOV VAL 122"},
		{"prefix agent", "An aid group from Tessin accused Marroway of abuses.", 0, nil, "NGOTES MRW 112"},
		{"compound source", "Valdoria and Tessin condemned Marroway.", 0, nil, "TES MRW 122; VAL MRW 122"},
		{"compound target", "Marroway condemned Valdoria, Tessin and North Oskar.", 0, nil, "MRW NOS 122; MRW TES 122; MRW VAL 122"},
		{"paired code", "Valdoria's minister visited Marroway.", 0, nil, "MRW VALGOV 043; VALGOV MRW 042"},
		{"compound meets itself", "Valdoria and Marroway met on Monday.", 0, nil, "MRW VAL 040; VAL MRW 040"},
		// PETRARCH semantics: "%" is a compound in that slot and the other
		// role is still searched for, but a symmetric code keeps the
		// compound as the dyad
		{"compound with a place", "Valdoria and Marroway met in Tessin.", 0, nil, "MRW VAL 040; VAL MRW 040"},
		{"compound acts on another", "Valdoria and Marroway condemned Tessin.", 0, nil, "MRW TES 122; VAL TES 122"},
		{"synset in pattern", "Valdoria gave millions of euros to Marroway.", 0, nil, "VAL MRW 071"},
		{"skip slot", "Valdoria gave Marroway Tessinese weapons.", 0, nil, "VAL MRW 072"},
		{"null pattern", "Valdoria did not accuse Marroway.", 0, nil, ""},
		{"passive with by", "Marroway was condemned by Valdoria.", 0, nil, "VAL MRW 122"},
		{"compound actor code", "The Bracken Isles condemned Marroway.", 0, nil, "BRK MRW 122; BRS MRW 122"},
		{"null actor ignored", "Foggy Bottom condemned Marroway.", 0, nil, ""},
		{"date before", "Rena Dall condemned Marroway.", 20190505, nil, "VALGOV MRW 122"},
		{"date after", "Rena Dall condemned Marroway.", 20210505, nil, "VALELI MRW 122"},
		{"noun after determiner", "The attack on Marroway was condemned.", 0, nil, ""},
		{"two clauses", "Valdoria attacked Marroway and condemned Tessin.", 0, nil, "VAL MRW 190; VAL TES 122"},
		{"require dyad", "Valdoria condemned the decision.", 0, nil, ""},
		{"no dyad needed", "Valdoria condemned the decision.", 0, func(o *Options) { o.RequireDyad = false }, "VAL --- 122"},
		{"new actor", "The Grey Council condemned Marroway.", 0, func(o *Options) { o.NewActorLength = 3 }, `"THE GREY COUNCIL" MRW 122`},
		{"new actor too long", "The Old Grey Council condemned Marroway.", 0, func(o *Options) { o.NewActorLength = 3 }, ""},
		{"comma aside deleted", "Valdoria, citing old grievances, attacked Marroway.", 0, nil, "VAL MRW 190"},
		{"trailing attribution", "Valdoria attacked Marroway, a Tessinese official said.", 0, func(o *Options) { o.CommaEMax = 0 }, "VAL MRW 190"},
		{"modal is not a verb", "Valdoria will attack Marroway.", 0, nil, "VAL MRW 190"},
		{"blank allows a gap", "Marroway state radio condemned Valdoria.", 0, nil, "MRWMED VAL 122"},
		{"gap never crosses punctuation", "Marroway's radio condemned Valdoria.", 0, nil, "MRW VAL 122"},
		{"place is the target when alone", "Valdorian troops attacked a convoy in Marroway.", 0, nil, "VALMIL MRW 190"},
		{"place is not the target", "Valdorian troops attacked Tessin in Marroway.", 0, nil, "VALMIL TES 190"},
		{"participle clause continues", "Valdoria attacked a convoy in Marroway, killing a Tessinese official.", 0, nil, "VAL TESGOV 190"},
		{"role noun as modifier", "Valdoria attacked an official convoy in Marroway.", 0, nil, "VAL MRW 190"},
		{"symmetric code pairs compound", "Valdoria and Marroway met in Tessin to discuss trade.", 0, nil, "MRW VAL 040; VAL MRW 040"},
		{"pronoun subject", "Valdoria announced on Monday that it had attacked Marroway.", 0, nil, "VAL MRW 190"},
		{"pronoun after a coded verb", "Valdoria condemned Marroway and said it would attack Tessin.", 0, nil, "VAL MRW 122; VAL TES 023; VAL TES 190"},
		{"pronoun with no antecedent", "It attacked Marroway.", 0, nil, ""},
		{"reduced passive", "Tessin opposed the Marrowan government backed by Valdoria.", 0, nil, "TES MRWGOV 112; VAL MRWGOV 042"},
		{"possessive pronoun", "Valdoria said its troops had attacked Marroway.", 0, nil, "VAL VALMIL 023; VALMIL MRW 190"},
		{"participle with by keeps the subject", "Valdorian troops backed by Tessin attacked Marroway.", 0, nil, "TES VALMIL 042; VALMIL MRW 190"},
		{"armed group stays itself", "Night Legion rebels attacked Marroway.", 0, nil, "IMGNLG MRW 190"},
		{"subordinate clause is not the target", "Valdoria attacked a convoy after Tessin condemned Marroway.", 0, nil, "TES MRW 122"},
		{"subordinate clause without an actor subject", "Valdoria attacked a convoy after a report near Marroway.", 0, nil, "VAL MRW 190"},
		{"stem actor hyphen", "Kestral-City condemned Marroway.", 0, nil, "VAL MRW 122"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := DefaultOptions()
			if tt.opts != nil {
				tt.opts(&o)
			}
			got, _ := code(New(m, o), tt.text, tt.date)
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("%s\n got  %q\n want %q", tt.text, g, tt.want)
			}
		})
	}
}

func TestDiscard(t *testing.T) {
	c := New(testMatcher(t), DefaultOptions())
	tests := []struct {
		text string
		want Discard
	}{
		{"Valdoria attacked Marroway after the football match.", DiscardSentence},
		{"Valdoria condemned Marroway at the chess olympiad.", DiscardStory},
		{"Valdoria attacked Marroway.", Keep},
	}
	for _, tt := range tests {
		got, r := code(c, tt.text, 0)
		if r.Discard != tt.want {
			t.Errorf("%q: discard = %v, want %v", tt.text, r.Discard, tt.want)
		}
		if tt.want != Keep && len(got) > 0 {
			t.Errorf("%q: discarded sentence coded %v", tt.text, got)
		}
	}
}

func TestSpecialCodes(t *testing.T) {
	m := testMatcher(t)
	petrarch := New(m, DefaultOptions())
	o := DefaultOptions()
	o.SpecialCodes = true
	tabari := New(m, o)
	tests := []struct {
		text          string
		plain, tabari string // codings, or the discard kind
	}{
		{"Rival Band attacked Marroway.", "### MRW 190", "discard"},
		{"Tangled Web attacked Marroway.", "+++ MRW 190", "complex"},
		{"Valdoria attacked Marroway.", "VAL MRW 190", "VAL MRW 190"},
	}
	show := func(got []string, r Result) string {
		switch r.Discard {
		case DiscardSentence:
			return "discard"
		case Complex:
			return "complex"
		}
		return strings.Join(got, "; ")
	}
	for _, tt := range tests {
		if g := show(code(petrarch, tt.text, 0)); g != tt.plain {
			t.Errorf("PETRARCH %q: %q, want %q", tt.text, g, tt.plain)
		}
		if g := show(code(tabari, tt.text, 0)); g != tt.tabari {
			t.Errorf("TABARI %q: %q, want %q", tt.text, g, tt.tabari)
		}
	}
}

func TestEvidenceOffsets(t *testing.T) {
	c := New(testMatcher(t), DefaultOptions())
	txt := "Yesterday the Valdorian troops shelled Marroway again."
	_, r := code(c, txt, 0)
	if len(r.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(r.Events))
	}
	e := r.Events[0]
	if got := txt[e.Source.Start:e.Source.End]; got != "Valdorian troops" {
		t.Errorf("source evidence %q", got)
	}
	if got := txt[e.Target.Start:e.Target.End]; got != "Marroway" {
		t.Errorf("target evidence %q", got)
	}
	if got := txt[e.VerbStart:e.VerbEnd]; got != "shelled" {
		t.Errorf("verb evidence %q", got)
	}
}

func TestOptionsSet(t *testing.T) {
	var o Options
	for _, kv := range [][2]string{{"require_dyad", "FALSE"}, {"comma_min", "3"}, {"new_actor_length", "4"}} {
		if err := o.Set(kv[0], kv[1]); err != nil {
			t.Fatal(err)
		}
	}
	if o.RequireDyad || o.CommaMin != 3 || o.NewActorLength != 4 {
		t.Errorf("options not set: %+v", o)
	}
	for _, kv := range [][2]string{{"require_dyad", "maybe"}, {"comma_min", "-1"}, {"no_such_option", "1"}} {
		if err := o.Set(kv[0], kv[1]); err == nil {
			t.Errorf("Set(%q, %q) accepted", kv[0], kv[1])
		}
	}
}

// FuzzCode checks that any text coded with the test dictionaries neither
// panics nor produces evidence outside the text.
func FuzzCode(f *testing.F) {
	m := testMatcher(f)
	for _, s := range []string{
		"Valdoria attacked Marroway.", "Valdoria and Tessin, Marroway met , , and",
		"Marroway was condemned by", "by by by Valdoria's 's ' government of of",
		"\xff\xfe Valdoria gave \x00 euros to", strings.Repeat("Valdoria and ", 300),
	} {
		f.Add(s)
	}
	c := New(m, DefaultOptions())
	o := DefaultOptions()
	o.RequireDyad, o.NewActorLength = false, 4
	c2 := New(m, o)
	f.Fuzz(func(t *testing.T, s string) {
		for _, cc := range []*Coder{c, c2} {
			for _, sent := range text.Split(s) {
				r := cc.Code(s, sent, 20200101)
				for _, e := range r.Events {
					for _, a := range []Actor{e.Source, e.Target} {
						if a.Start < 0 || a.End > len(s) || a.Start > a.End {
							t.Fatalf("actor offsets %d..%d outside text of %d bytes", a.Start, a.End, len(s))
						}
					}
					if e.VerbStart < 0 || e.VerbEnd > len(s) || e.VerbStart >= e.VerbEnd {
						t.Fatalf("verb offsets %d..%d", e.VerbStart, e.VerbEnd)
					}
				}
			}
		}
	})
}

func TestMain(m *testing.M) { os.Exit(m.Run()) }

func TestMentions(t *testing.T) {
	c := New(testMatcher(t), DefaultOptions())
	tests := []struct {
		text string
		want []string // mention texts
	}{
		{"The Valdorian government makes Marroway pay.", []string{"Valdorian government", "Marroway"}},
		{"Marroway's foreign minister Ostra Vell met Tessin.", []string{"Marroway's foreign minister", "Tessin"}},
		{"Valdoria, Tessin and Marroway met.", []string{"Valdoria, Tessin and Marroway"}},
		{"Valdoria attacked an official convoy.", []string{"Valdoria"}},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.text, 0, len(tt.text))
		st := &sentence{}
		st.reset(c, tt.text, toks, 0)
		st.classify()
		st.findActorsAgents()
		st.findVerbs()
		st.buildMentions()
		var got []string
		for _, m := range st.mentions {
			got = append(got, tt.text[toks[m.start].Start:toks[m.end-1].End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: mentions %q, want %q", tt.text, got, tt.want)
		}
	}
}
