package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	[RUSGOVMIL 20010328-20070215]
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
	files := render(generate(testInputs(t)))
	got := map[string]string{}
	for name, data := range files {
		// the files read back without a single error
		var errs dict.ErrorList
		switch dict.KindOf(name) {
		case dict.KindActors:
			_, errs = dict.ReadPetrarchActors(bytes.NewReader(data), name)
		case dict.KindAgents:
			_, errs = dict.ReadPetrarchAgents(bytes.NewReader(data), name)
		}
		if len(errs) > 0 {
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
		{fileCountries, `KOSOVO [XKX]

RUSSIA [RUS]
+ISLAMIC_REPUBLIC_OF_RUSSIA
+MOSCOW
+RUSSIAN
+RUSSIANS
+RUSSIAN_FEDERATION

UKRAINE [UKR]
+KIEV
+KYIV
+UKRAINIAN
	[USRUKR <19910824]
	[UKRUNR 19910824-19911221]
`},
		// a code "from a date on" is closed at the last date the source
		// knows, then only the country is known; a hand-written name (Putin)
		// and a name of a country (Moscow) are left out; people whose offices
		// ended before -since are left out
		{filePeople, `SERGEI_IVANOV [RUSELI]
	[RUSGOVMIL 20010328-20070215]
	[RUSGOV 20070215-20070215]
	[RUS >20070216]
`},
		// possessives split as the text layer splits them; the drop list
		{fileNational, `KREMLIN [RUSGOV]
+PEOPLE_'S_FRONT
`},
		// ordinary words, parentheses, short names; a name that two groups
		// with different codes share; companies
		{fileNonState, `OTHER_GROUP [RUSREB]
+ANOTHER_NAME

SOME_GROUP [UKRREB]
+GROUP
`},
		// single words go; a gap becomes an exact sequence; substitution
		// sets expand; the hand-written agents win
		{fileAgents, `BORDER_POLICEMAN {BORDER_POLICEMEN} [~COP]
RIOT_POLICE {} [~COP]
STATE_RUN_TELEVISION {STATE_RUN_TELEVISIONS} [~GOVMED]
`},
	} {
		if got[tc.file] != tc.want {
			t.Errorf("%s:\n%s\nwant:\n%s", tc.file, got[tc.file], tc.want)
		}
	}
}

// body is a generated file without its header comments.
func body(data []byte) string {
	var b strings.Builder
	header := true
	for _, l := range strings.SplitAfter(string(data), "\n") {
		if header && (strings.HasPrefix(l, "#") || l == "\n") {
			continue
		}
		header = false
		b.WriteString(l)
	}
	return b.String()
}

func TestGenerateDeterministic(t *testing.T) {
	a := render(generate(testInputs(t)))
	for range 5 {
		b := render(generate(testInputs(t)))
		for name := range a {
			if !bytes.Equal(a[name], b[name]) {
				t.Fatalf("%s differs between two runs on the same inputs", name)
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
// are what the generator writes today.
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
	for name, data := range render(generate(in)) {
		old, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !bytes.Equal(old, data) {
			t.Errorf("dict/defaults/%s is not what gendict writes today; run: %s", name, regenerate)
		}
	}
}
