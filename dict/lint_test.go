package dict

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLint(t *testing.T) {
	cameo := map[string]string{"010": "Make statement", "190": "Use conventional military force", "195": "Employ aerial weapons"}
	tests := []struct {
		name  string
		src   string
		codes map[string]string
		want  []string // "line severity rule: part of the message"
	}{
		{"clean", `
actor RUSSIA
	name MOSCOW
	code RUS
actor VLADIMIR PUTIN
	code RUSGOV 2000-05-07..2008-05-07
	code RUSGOV 2012-05-07..
	code RUSELI
agent SOLDIER
	code ~MIL
synset &DRONE
	phrase DRONE
	phrase UNMANNED AERIAL_VEHICLE
verb STRIKE
	code 190
	pattern * + WITH &DRONE [195]
	pattern * + [190]
discard sentence FOOTBALL*
`, cameo, nil},
		{"actor without a code", "actor A\nactor B\n\tcode X\n", nil,
			[]string{"1 error no-code: actor A has no code"}},
		{"duplicate names and codes in one actor", "actor A\n\tname B\n\tname A\n\tcode X\n\tcode X\n", nil,
			[]string{"1 warning duplicate: lists the code X twice", "1 warning duplicate: lists the name A twice"}},
		{"duplicate actor", "actor A\n\tcode X\nactor B\n\tname A\n\tcode X\n", nil,
			[]string{"3 warning duplicate: name A with codes [X] is already an actor at d.sitrep:1"}},
		{"conflicting codes", "actor GEORGIA\n\tcode GEO\nactor GEORGIA\n\tcode USA\n", nil,
			[]string{"3 error conflict: name GEORGIA is USA here but GEO in the actor at d.sitrep:1"}},
		{"compound actor differs", "actor SHIRE\n\tcode FRO\n\tcode BIL\nactor SHIRE\n\tcode FRO\n", nil,
			[]string{"4 error conflict: is FRO here but BIL"}},
		{"same name at other times is fine", "actor PRESIDENT X\n\tcode AAAGOV ..2001-01-01\nactor PRESIDENT X\n\tcode BBBGOV 2001-01-01..\n", nil, nil},
		{"dated against default", "actor ROSTOCK\n\tcode DEU\nactor ROSTOCK\n\tcode DDR 1949-10-07..1990-10-03\n", nil,
			[]string{"3 error conflict: is DDR 1949-10-07..1990-10-03 here but DEU"}},
		{"reversed range", "actor A\n\tcode X 2020-01-01..2019-01-01\n", nil,
			[]string{"1 error date-range: code X 2020-01-01..2019-01-01 ends before it starts"}},
		{"overlapping ranges", "actor A\n\tcode AGOV 2000-01-01..2010-01-01\n\tcode AELI 2005-01-01..\n\tcode AMIL 2010-01-01..2012-01-01\n\tcode AGOV 2001-01-01..2002-01-01\n", nil,
			[]string{"1 error date-overlap: AGOV 2000-01-01..2010-01-01 and AELI 2005-01-01.. overlap",
				"1 error date-overlap: AELI 2005-01-01.. and AMIL 2010-01-01..2012-01-01 overlap"}},
		{"compound dated codes are fine", "actor A\n\tcode X 2000-01-01..2001-01-01\n\tcode Y 2000-01-01..2001-01-01\n", nil, nil},
		{"agents", "agent A\nagent B\n\tcode ~GOV\nagent B\n\tcode ~GOV\nagent B\n\tcode GOV~\n", nil,
			[]string{"1 error no-code: agent A has no code",
				"4 warning duplicate: name B with code ~GOV is already an agent at d.sitrep:2",
				"6 error conflict: name B is GOV~ here but ~GOV in the agent at d.sitrep:2"}},
		{"verb forms in two blocks", "verb SAY\n\tform SAID\n\tform SAID\nverb TELL\n\tform SAID\n\tform SAY\n\tform TOLD\n", nil,
			[]string{"1 warning duplicate: verb SAY lists the form SAID twice",
				"4 error verb-form: the form SAID (and 1 more forms) also belongs to the verb block at d.sitrep:1"}},
		{"unreachable and duplicate patterns", "verb V\n\tpattern * + [190]\n\tpattern * + [195]\n\tpattern * + [190]\n\tpattern *_+ [195]\n\tpattern $ * + [195]\n", nil,
			[]string{"3 error unreachable: pattern * + [195] can never match: the pattern at d.sitrep:2 has the same elements and comes first (code 190)",
				"4 warning duplicate: pattern * + [190] repeats the pattern at d.sitrep:2"}},
		{"synsets", "synset &A\nsynset &B\n\tphrase X &C\n\tphrase Y\n\tphrase Y\nsynset &D\n\tphrase &E\nsynset &E\n\tphrase Z_&D\nverb V\n\tpattern * &F [1]\n", nil,
			[]string{"1 warning empty-synset: synset &A has no phrases",
				"2 error undefined-synset: synset &B: phrase X &C uses the undefined synset &C",
				"2 warning duplicate: synset &B lists the phrase Y twice",
				"6 error synset-cycle: synset &D contains itself through &E",
				"8 error synset-cycle: synset &E contains itself through &D",
				"11 error undefined-synset: pattern * &F [1] uses the undefined synset &F"}},
		{"event codes", "verb V [0110]\n\tform W [0110]\n\tcode 1901\n\tpattern * + [042:190]\n\tpattern * $ [---]\n", cameo,
			[]string{"1 error event-code: verb V: 1901 is not in the event code list",
				"1 error event-code: verb form V: 0110 is not in the event code list",
				"4 error event-code: pattern: 042 is not"}},
		{"no code list, no code check", "verb V\n\tcode 1901\n", nil, nil},
		{"discards", "discard sentence A B\ndiscard story A B\ndiscard sentence A B*\ndiscard sentence A B\n", nil,
			[]string{"4 warning duplicate: discard A B repeats the one at d.sitrep:1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, errs := ReadNative(strings.NewReader(strings.TrimPrefix(tt.src, "\n")), "d.sitrep")
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			var got []string
			for _, f := range Lint(d, LintOptions{EventCodes: tt.codes}) {
				got = append(got, fmt.Sprintf("%d %s %s: %s", f.Pos.Line, f.Severity, f.Rule, f.Msg))
			}
			ok := len(got) == len(tt.want)
			for i := 0; ok && i < len(got); i++ {
				head, msg, _ := strings.Cut(tt.want[i], ": ")
				ok = strings.HasPrefix(got[i], head+": ") && strings.Contains(got[i], msg)
			}
			if !ok {
				t.Errorf("findings:\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestLintModel(t *testing.T) {
	// What the native reader cannot produce, but a program can.
	d := &Dictionary{
		Actors: []Actor{{Codes: []DatedCode{{Code: "X"}}, Pos: Pos{"m", 1}}},
		Agents: []Agent{{Code: "GOV", Pos: Pos{"m", 2}}},
		Verbs:  []Verb{{Code: NullCode, Pos: Pos{"m", 3}}},
	}
	var got []string
	for _, f := range Lint(d, LintOptions{}) {
		got = append(got, f.String())
	}
	want := []string{
		"m:1: error: actor has no names [empty]",
		"m:2: error: agent has no names [empty]",
		"m:3: error: verb block has no forms [empty]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadEventCodes(t *testing.T) {
	const src = "//CAMEO Codelist\n//01: MAKE PUBLIC STATEMENT\nLABEL: 010= Make statement\nLABEL: 010= again\n" +
		"0211\tAppeal for economic cooperation\n195\n\nnot a code line\n#comment\n"
	codes, errs := ReadEventCodes(strings.NewReader(src), "codes.txt")
	if len(errs) != 1 || errs[0].Pos.Line != 8 {
		t.Errorf("errors %v, want one at line 8", errs)
	}
	want := map[string]string{"010": "Make statement", "0211": "Appeal for economic cooperation", "195": ""}
	if fmt.Sprint(codes) != fmt.Sprint(want) {
		t.Errorf("codes %v, want %v", codes, want)
	}
	f, err := os.Open(filepath.Join(sharedData, "cameo", "CAMEO_codefile.txt"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	codes, errs = ReadEventCodes(f, "CAMEO_codefile.txt")
	if len(errs) > 0 || len(codes) < 250 || codes["1952"] == "" && codes["195"] == "" {
		t.Errorf("CAMEO_codefile.txt: %d codes, errors %v", len(codes), errs)
	}
}

// TestLintPhoenix lints the Phoenix set: it must not take long, and it
// finds the kinds of problems the set is known to have.
func TestLintPhoenix(t *testing.T) {
	skipWithoutPhoenix(t)
	d := loadPhoenix(t)
	count := map[string]int{}
	for _, f := range Lint(d, LintOptions{}) {
		count[f.Rule]++
	}
	t.Logf("Phoenix: %v", count)
	for _, r := range []string{RuleDuplicate, RuleConflict, RuleDateOverlap, RuleVerbForm} {
		if count[r] == 0 {
			t.Errorf("no %s findings in Phoenix", r)
		}
	}
}
