package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/dict"
)

// Small sources of our own, in the formats of the real ones.
const (
	testCountries = `# Phoenix-style country file
RUSSIAN_FEDERATION_  [RUS]
+RUSSIA_
+RUSSIAN_
+RUSSIANS
+MOSCOW_
+ST._PETERSBURG
+SIBERIA
+RUSSIAN_GOVERNMENT
+ISLAMIC_REPUBLIC_OF_RUSSIA

UKRAINE_
+UKRAINIAN_
+KYIV_
+DONETSK
+UKRAINIAN_ARMY
	[USRUKR <910824]
	[UKRUNR 910824-911221]
	[UKR >911221]

VLADIMIR_PUTIN
+PUTIN
	[RUSGOV >20000507]
	[RUSELI]

SERGEI_IVANOV
	[RUSGOVMIL 20010328-20070214]
	[RUSGOV >20070215]
	[RUSELI]

OLD_MINISTER
	[RUSGOV 19920101-19950101]

KREMLIN
+PEOPLE'S_FRONT
+MOSCOW
+SENATE
	[RUSGOV]
`
	testNonState = `SOME_GROUP [UKRREB]
+ORGANIZATION
+GROUP_(SG)
+SG
+KYIV_LIBERATION_FRONT

OTHER_GROUP [RUSREB]
+KYIV_LIBERATION_FRONT
+ANOTHER_NAME

A_COMPANY [MNCRUS]
`
	testAgents = `!PERSON! = MAN, MEN
RIOT_POLICE {} [~COP]
POLICE {} [~COP]
DEPUTY [~COP]
FOREIGN_MINISTER [~GOV]
BORDER_POLICE!PERSON! [~COP]
STATE_RUN TELEVISION [~GOVMED]
`
	testHand = `VLADIMIR_PUTIN [RUSGOV]
+PUTIN
`
	testHandAgents = `FOREIGN_MINISTER [~GOV]
`
	testCountryInfo = "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea(in sq km)\tPopulation\n" +
		"RU\tRUS\t643\tRS\tRussia\tMoscow\t17100000\t144478050\n" +
		"UA\tUKR\t804\tUP\tUkraine\tKyiv\t603700\t44622516\n" +
		"XK\tXKX\t0\tKV\tKosovo\tPristina\t10908\t1845300\n"
	testCurated = `names RUS RUSSIAN
names UKR KIEV
notcountry PRISTINA
drop SENATE
`
)

func testInputs(t *testing.T) *inputs {
	t.Helper()
	read := func(s, name string, f func(r *strings.Reader, name string) (*dict.Dictionary, dict.ErrorList)) *dict.Dictionary {
		d, errs := f(strings.NewReader(s), name)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", name, errs)
		}
		return d
	}
	actors := func(r *strings.Reader, name string) (*dict.Dictionary, dict.ErrorList) {
		return dict.ReadPetrarchActors(r, name)
	}
	agents := func(r *strings.Reader, name string) (*dict.Dictionary, dict.ErrorList) {
		return dict.ReadPetrarchAgents(r, name)
	}
	geo, err := readCountries(strings.NewReader(testCountryInfo))
	if err != nil {
		t.Fatal(err)
	}
	cur, err := readCurated(strings.NewReader(testCurated))
	if err != nil {
		t.Fatal(err)
	}
	hand := read(testHand, "hand.actors.txt", actors)
	hand.Merge(read(testHandAgents, "hand.agents.txt", agents))
	return &inputs{
		countries: read(testCountries, "Phoenix.Countries.actors.txt", actors),
		nonState:  read(testNonState, "Phoenix.MilNonState.actors.txt", actors),
		agents:    read(testAgents, "Phoenix.agents.txt", agents),
		skipped:   map[string]int{},
		geo:       geo,
		places:    map[string]bool{"DONETSK": true, "ST. PETERSBURG": true},
		common:    map[string]bool{"ORGANIZATION": true},
		hand:      hand,
		cur:       cur,
		since:     20000101,
	}
}

func TestGenerate(t *testing.T) {
	files, err := render(generate(testInputs(t)))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for name, data := range files {
		// the files are native and read back without a single error
		if !dict.IsNative(name) {
			t.Errorf("%s: not a native file name", name)
		}
		if _, errs := dict.ReadNative(bytes.NewReader(data), name); len(errs) > 0 {
			t.Errorf("%s does not read back: %v", name, errs)
		}
		if !bytes.HasPrefix(data, []byte(generatedMarker)) {
			t.Errorf("%s does not start with the generated marker", name)
		}
		got[name] = body(data)
	}
	for _, tc := range []struct {
		file, want string
	}{
		// names, demonyms, longer forms of the name and capitals; other
		// places and ordinary phrases are left out; the curated name wins;
		// the date-restricted history is kept under today's code
		{fileCountries, `actor KOSOVO
	code XKX

actor RUSSIA
	name ISLAMIC REPUBLIC OF RUSSIA
	name MOSCOW
	name RUSSIAN
	name RUSSIANS
	name RUSSIAN FEDERATION
	code RUS

actor UKRAINE
	name KIEV
	name KYIV
	name UKRAINIAN
	code UKR
	code USRUKR ..1991-08-24
	code UKRUNR 1991-08-24..1991-12-21
`},
		// a code "from a date on" is closed at the last date the source
		// knows, then only the country is known; a hand-written name (Putin)
		// and a name of a country (Moscow) are left out; people whose offices
		// ended before -since are left out
		{filePeople, `actor SERGEI IVANOV
	code RUSELI
	code RUSGOVMIL 2001-03-28..2007-02-14
	code RUSGOV 2007-02-15..2007-02-15
	code RUS 2007-02-16..
`},
		// possessives split as the text layer splits them; the drop list
		{fileNational, `actor KREMLIN
	name PEOPLE 'S FRONT
	code RUSGOV
`},
		// ordinary words, parentheses, short names; a name that two groups
		// with different codes share; companies
		{fileNonState, `actor OTHER GROUP
	name ANOTHER NAME
	code RUSREB

actor SOME GROUP
	name GROUP
	code UKRREB
`},
		// single words go; a gap becomes an exact sequence; substitution
		// sets expand; the hand-written agents win
		{fileAgents, `agent BORDER POLICEMAN
	name BORDER POLICEMEN
	code ~COP

agent RIOT POLICE
	code ~COP

agent STATE RUN TELEVISION
	name STATE RUN TELEVISIONS
	code ~GOVMED
`},
	} {
		if got[tc.file] != tc.want {
			t.Errorf("%s:\n%s\nwant:\n%s", tc.file, got[tc.file], tc.want)
		}
	}
}

// body is a generated file without its header comments and format line.
func body(data []byte) string {
	var b strings.Builder
	header := true
	for _, l := range strings.SplitAfter(string(data), "\n") {
		if header && (strings.HasPrefix(l, "#") || l == "\n" || l == "format 1\n") {
			continue
		}
		header = false
		b.WriteString(l)
	}
	return b.String()
}

func TestGenerateDeterministic(t *testing.T) {
	a, err := render(generate(testInputs(t)))
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		b, err := render(generate(testInputs(t)))
		if err != nil {
			t.Fatal(err)
		}
		for name := range a {
			if !bytes.Equal(a[name], b[name]) {
				t.Fatalf("%s differs between two runs on the same inputs", name)
			}
		}
	}
}

func TestClipRanges(t *testing.T) {
	c := func(code string, from, to int) dict.DatedCode { return dict.DatedCode{Code: code, From: from, To: to} }
	for _, tc := range []struct {
		name     string
		in, want []dict.DatedCode // want nil: unchanged
	}{
		{"no dates", []dict.DatedCode{c("A", 0, 0), c("B", 0, 0)}, nil},
		{"ranges that meet on one day", []dict.DatedCode{c("A", 20010101, 20050101), c("B", 20050101, 0)}, nil},
		{"the same range, two codes", []dict.DatedCode{c("A", 20010101, 20050101), c("B", 20010101, 20050101)}, nil},
		{"the same code twice", []dict.DatedCode{c("A", 20010101, 20050101), c("A", 20030101, 20070101)}, nil},
		{"a later range starts inside",
			[]dict.DatedCode{c("X", 0, 0), c("A", 20010101, 20050630), c("B", 20050101, 20091231)},
			[]dict.DatedCode{c("X", 0, 0), c("A", 20010101, 20050630), c("B", 20050701, 20091231)}},
		{"a later range around an earlier one is cut in two",
			[]dict.DatedCode{c("A", 20030101, 20031231), c("B", 20010101, 20050101)},
			[]dict.DatedCode{c("B", 20010101, 20021231), c("A", 20030101, 20031231), c("B", 20040101, 20050101)}},
		{"what is left of ranges with the same code is one range",
			[]dict.DatedCode{c("E", 19630101, 20060524), c("G", 20030101, 20060531), c("G", 20060524, 20080623), c("G", 20060901, 20150217)},
			[]dict.DatedCode{c("E", 19630101, 20060524), c("G", 20060525, 20150217)}},
		{"open ends",
			[]dict.DatedCode{c("A", 0, 20050301), c("B", 20050101, 0)},
			[]dict.DatedCode{c("A", 0, 20050301), c("B", 20050302, 0)}},
		{"a range inside an earlier one holds on no day",
			[]dict.DatedCode{c("A", 20010101, 20050101), c("B", 20020101, 20030101), c("C", 20050102, 0)},
			[]dict.DatedCode{c("A", 20010101, 20050101), c("C", 20050102, 0)}},
		{"a compound range stays compound",
			[]dict.DatedCode{c("A", 20010101, 20031231), c("B", 20020101, 20051231), c("C", 20020101, 20051231)},
			[]dict.DatedCode{c("A", 20010101, 20031231), c("B", 20040101, 20051231), c("C", 20040101, 20051231)}},
		{"cut across the end of a month and a leap day",
			[]dict.DatedCode{c("A", 20040101, 20040228), c("B", 20040201, 20040331)},
			[]dict.DatedCode{c("A", 20040101, 20040228), c("B", 20040229, 20040331)}},
	} {
		got, changed := clipRanges(slices.Clone(tc.in))
		want := tc.want
		if want == nil {
			want = tc.in
		}
		if !slices.Equal(got, want) || changed != (tc.want != nil) {
			t.Errorf("%s: clipRanges(%v) = %v, %v; want %v", tc.name, tc.in, got, changed, want)
		}
		if overlapping(got) {
			t.Errorf("%s: %v still overlaps", tc.name, got)
		}
		// the matcher gives the actor the same codes on every date
		m := func(cs []dict.DatedCode) *dict.Matcher {
			return dict.Compile(&dict.Dictionary{Actors: []dict.Actor{{Names: []dict.Phrase{{{Text: "X"}}}, Codes: cs}}})
		}
		before, after := m(tc.in), m(got)
		for day := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() < 2020; day = day.AddDate(0, 0, 1) {
			d := day.Year()*10000 + int(day.Month())*100 + day.Day()
			if b, a := before.ActorCodes(0, d), after.ActorCodes(0, d); !slices.Equal(b, a) {
				t.Fatalf("%s: on %d the codes were %v and are %v", tc.name, d, b, a)
			}
		}
	}
}

func TestReadCurated(t *testing.T) {
	for _, bad := range []string{
		"names RUS",                // no names
		"names RUS A\nnames UKR A", // one name, two countries
		"frobnicate X",             // unknown directive
		"names RUS FOO[BAR]",       // dictionary syntax in a name
		"code RUS",                 // no code
	} {
		if _, err := readCurated(strings.NewReader(bad)); err == nil {
			t.Errorf("readCurated(%q): no error", bad)
		}
	}
	if _, err := readCurated(strings.NewReader(curatedText)); err != nil {
		t.Errorf("curated.txt: %v", err)
	}
}

func TestDemonym(t *testing.T) {
	for _, tc := range []struct {
		c, f string
		want bool
	}{
		{"SYRIAN", "SYRIA", true},
		{"UKRAINIAN", "UKRAINE", true},
		{"AFGHAN", "AFGHANISTAN", true},
		{"CHINESE", "CHINA", true},
		{"GERMAN", "GERMANY", true},
		{"SOUTH_SUDANESE", "SOUTH_SUDAN", true},
		{"INDIANA", "INDIA", false},
		{"TURKMEN", "TURKEY", false},
		{"NIGER_DELTA", "NIGER", false},
		{"SYRIA", "SYRIA", false},
	} {
		_, got := demonym(phrase(tc.c), phrase(tc.f))
		if got != tc.want {
			t.Errorf("demonym(%s, %s) = %v, want %v", tc.c, tc.f, got, tc.want)
		}
	}
}

func TestCleanPhrase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"PEOPLE'S_LIBERATION_ARMY", "PEOPLE_'S_LIBERATION_ARMY"},
		{"WORKERS'_PARTY", "WORKERS_'_PARTY"},
		{"ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)", "ADEN_ABYAN_ISLAMIC_ARMY"},
		{"U.S._MILITARY", "U.S._MILITARY"},
		{"AL-QAEDA", "AL-QAEDA"},
		{"SAMOA,_AMERICAN", ""},
		{"(AAIA)", ""},
		{"A_$1,000_FUND", ""},
	} {
		p, ok := cleanPhrase(phrase(tc.in))
		got := ""
		if ok {
			got = written(p)
		}
		if got != tc.want {
			t.Errorf("cleanPhrase(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCommittedFiles regenerates the default dictionaries from the real
// sources, when ../shared is there, and checks that the committed files
// are what the generator writes today, and that no other file of the
// directory says it is generated (a file the generator no longer writes).
func TestCommittedFiles(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "data", "phoenix-dictionaries")); err != nil {
		t.Skip("../shared absent: the real sources are not available")
	}
	if testing.Short() {
		t.Skip("slow: reads all sources")
	}
	out := filepath.Join("..", "..", "dict", "defaults")
	in, err := load(shared, out)
	if err != nil {
		t.Fatal(err)
	}
	in.since = defaultSince
	files, err := render(generate(in))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		old, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !bytes.Equal(old, data) {
			t.Errorf("dict/defaults/%s is not what gendict writes today; run: %s", name, regenerate)
		}
	}
	ents, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if _, ok := files[e.Name()]; ok || e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(out, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.HasPrefix(data, []byte(generatedMarker)) {
			t.Errorf("dict/defaults/%s says it is generated, but gendict no longer writes it: delete it", e.Name())
		}
	}
}
