package defaults

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/text"
)

var (
	matcherOnce sync.Once
	matcher     *dict.Matcher
	matcherErr  error
)

func defaultMatcher(t testing.TB) *dict.Matcher {
	t.Helper()
	matcherOnce.Do(func() {
		d, err := Load()
		if err != nil {
			matcherErr = err
			return
		}
		matcher = dict.Compile(d)
	})
	if matcherErr != nil {
		t.Fatal(matcherErr)
	}
	return matcher
}

// tokensOf returns the matching forms of the tokens of s, and the index of
// the first token of the first occurrence of phrase (-1 if none).
func tokensOf(s, phrase string) ([]string, int) {
	var norm []string
	for _, t := range text.Tokenize(s, 0, len(s)) {
		norm = append(norm, t.Norm)
	}
	var want []string
	for _, t := range text.Tokenize(phrase, 0, len(phrase)) {
		want = append(want, t.Norm)
	}
	for i := 0; i+len(want) <= len(norm); i++ {
		if slices.Equal(norm[i:i+len(want)], want) {
			return norm, i
		}
	}
	return norm, -1
}

// TestActors checks that the names news uses for key actors resolve, in a
// sentence, to the right codes on the article's date.
func TestActors(t *testing.T) {
	m := defaultMatcher(t)
	for _, tc := range []struct {
		sentence, name string
		date           int
		want           string // codes joined by "/"; "" for no actor
	}{
		// countries, demonyms, capitals as metonyms
		{"Moscow said the talks had failed.", "Moscow", 20230709, "RUS"},
		{"Russian warplanes harassed the drones.", "Russian", 20230709, "RUS"},
		{"Ankara summoned the ambassador.", "Ankara", 20230709, "TUR"},
		{"Kyiv's allies pledged more air defence.", "Kyiv", 20240101, "UKR"},
		{"Officials in Kiev denied it.", "Kiev", 20140101, "UKR"},
		{"Syrian troops shelled the town.", "Syrian", 20200101, "SYR"},
		{"Iranian drones were launched overnight.", "Iranian", 20240413, "IRN"},
		{"Tehran warned Washington.", "Washington", 20240413, "USA"},
		{"The U.S. imposed sanctions.", "U.S.", 20240413, "USA"},
		{"British and French jets took part.", "British", 20240413, "GBR"},
		{"Türkiye's foreign ministry said.", "Türkiye", 20240101, "TUR"},
		{"Fighting in eastern Congo displaced thousands.", "Congo", 20250101, "COD"},
		{"The Democratic Republic of the Congo accused Rwanda.", "Democratic Republic of the Congo", 20250101, "COD"},
		{"Burmese soldiers crossed the border.", "Burmese", 20220101, "MMR"},
		{"Palestinian officials condemned the raid.", "Palestinian", 20240101, "PSE"},
		// other cities are places, not actors
		{"Rebels took Aleppo in a week.", "Aleppo", 20241130, ""},
		{"The talks were held in Istanbul.", "Istanbul", 20220329, ""},
		{"Shelling hit Kharkiv again.", "Kharkiv", 20240101, ""},
		{"Rockets fell on Idlib.", "Idlib", 20200101, ""},
		{"Gunmen attacked a church in Lagos.", "Lagos", 20200101, ""},
		// names that contain a country's name without meaning it
		{"Ships sailed through the South China Sea.", "South China Sea", 20240101, "---"},
		{"Leaders from Latin America met.", "Latin America", 20240101, "LAM"},
		{"A storm hit New Mexico.", "New Mexico", 20240101, "---"},
		// heads of state and government, ministers, on the article's date
		{"Putin met Erdogan in Sochi.", "Putin", 20230709, "RUSGOV"},
		{"Putin met Erdogan in Sochi.", "Erdogan", 20230709, "TURGOV"},
		{"Assad visited Moscow.", "Assad", 20230709, "SYRGOV"},
		{"Assad has been given asylum in Russia.", "Assad", 20250101, "SYRELI"},
		{"Ahmed al-Sharaa met the Saudi crown prince.", "Ahmed al-Sharaa", 20250301, "SYRGOV"},
		{"Abu Mohammad al-Jolani spoke to the fighters.", "Abu Mohammad al-Jolani", 20200101, "SYRREBMUS"},
		{"Trump spoke to reporters.", "Trump", 20180101, "USAGOV"},
		{"Trump spoke to reporters.", "Trump", 20230101, "USAELI"},
		{"Trump spoke to reporters.", "Trump", 20250301, "USAGOV"},
		{"Biden spoke to reporters.", "Biden", 20220101, "USAGOV"},
		{"Biden spoke to reporters.", "Biden", 20250301, "USAELI"},
		{"Zelensky addressed parliament.", "Zelensky", 20230101, "UKRGOV"},
		{"Zelenskyy addressed parliament.", "Zelenskyy", 20230101, "UKRGOV"},
		{"Lavrov met Wang Yi.", "Lavrov", 20230101, "RUSGOV"},
		{"Lavrov met Wang Yi.", "Wang Yi", 20230101, "CHNGOV"},
		{"Shoigu inspected the troops.", "Shoigu", 20230101, "RUSGOVMIL"},
		{"Belousov inspected the troops.", "Belousov", 20250101, "RUSGOVMIL"},
		{"Kuleba met Blinken.", "Kuleba", 20230101, "UKRGOV"},
		{"Kuleba met Blinken.", "Blinken", 20230101, "USAGOV"},
		{"Netanyahu addressed the Knesset.", "Netanyahu", 20240101, "ISRGOV"},
		{"Netanyahu addressed the Knesset.", "Netanyahu", 20220101, "ISROPP"},
		{"Naftali Bennett met Putin.", "Naftali Bennett", 20211022, "ISRGOV"},
		{"Khamenei spoke.", "Khamenei", 20240101, "IRNGOV"},
		{"Raisi spoke.", "Raisi", 20230101, "IRNGOV"},
		{"Pezeshkian spoke.", "Pezeshkian", 20250101, "IRNGOV"},
		{"Xi Jinping met Putin.", "Xi Jinping", 20230320, "CHNGOV"},
		{"Macron called Putin.", "Macron", 20220301, "FRAGOV"},
		{"Keir Starmer visited Kyiv.", "Keir Starmer", 20250101, "GBRGOV"},
		{"Rishi Sunak visited Kyiv.", "Rishi Sunak", 20230101, "GBRGOV"},
		{"Scholz visited Kyiv.", "Scholz", 20230101, "DEUGOV"},
		{"Merz visited Kyiv.", "Merz", 20250601, "DEUGOV"},
		{"Burhan rejected the truce.", "Burhan", 20240101, "SDNMIL"},
		{"Hemedti rejected the truce.", "Hemedti", 20240101, "SDNREB"},
		{"Guterres called for a ceasefire.", "Guterres", 20240101, "IGOUNO"},
		// armed groups
		{"ISIS claimed the attack.", "ISIS", 20230709, "IMGMUSISI"},
		{"The Islamic State group claimed it.", "Islamic State", 20230709, "IMGMUSISI"},
		{"Daesh claimed it.", "Daesh", 20230709, "IMGMUSISI"},
		{"ISWAP fighters raided the base.", "ISWAP", 20230709, "IMGMUSISI"},
		{"HTS fighters advanced on Hama.", "HTS", 20200101, "SYRREBMUS"},
		{"Hayat Tahrir al-Sham took Aleppo.", "Hayat Tahrir al-Sham", 20241130, "SYRREBMUS"},
		{"The SDF detained the suspects.", "SDF", 20230101, "SYRREB"},
		{"The YPG denied it.", "YPG", 20230101, "SYRREB"},
		{"The Houthis fired a missile at the ship.", "Houthis", 20240101, "YEMREB"},
		{"Ansar Allah said it fired a missile.", "Ansar Allah", 20240101, "YEMREB"},
		{"Al-Shabaab fighters attacked the base.", "Al-Shabaab", 20240101, "SOMREB"},
		{"Hamas released hostages.", "Hamas", 20231124, "PSEREBHMS"},
		{"Hezbollah fired rockets.", "Hezbollah", 20231010, "LBNREB"},
		{"The PKK announced a ceasefire.", "PKK", 20250301, "TURREB"},
		{"The RSF besieged El Fasher.", "RSF", 20240601, "SDNREB"},
		{"The RSF was deployed in Darfur.", "RSF", 20200101, "SDNMIL"},
		{"Wagner mercenaries arrived in Mali.", "Wagner", 20220101, "RUSUAF"},
		{"M23 rebels took Goma.", "M23", 20250127, "CODREB"},
		{"JNIM claimed the ambush.", "JNIM", 20240101, "IMGMUSALQ"},
		{"Boko Haram abducted students.", "Boko Haram", 20240101, "NGAREB"},
		{"The Taliban took Kabul.", "Taliban", 20210815, "AFGGOV"},
		{"The Taliban attacked a checkpoint.", "Taliban", 20190101, "AFGREB"},
		{"The TPLF signed the deal.", "TPLF", 20221102, "ETHREB"},
		{"The Arakan Army seized the town.", "Arakan Army", 20240101, "MMRREB"},
		// forces and commands
		{"CENTCOM said the strike killed him.", "CENTCOM", 20230709, "USAMIL"},
		{"US Central Command said so.", "US Central Command", 20230709, "USAMIL"},
		{"The Pentagon said so.", "Pentagon", 20230709, "USAMIL"},
		{"The IDF said so.", "IDF", 20231010, "ISRMIL"},
		{"Russian Aerospace Forces struck the town.", "Russian Aerospace Forces", 20160101, "RUSMIL"},
		{"The Kremlin said so.", "Kremlin", 20230101, "RUSGOV"},
		{"The IRGC seized a tanker.", "IRGC", 20230101, "IRNMIL"},
		// international organisations and NGOs
		{"The UN condemned the attack.", "UN", 20230101, "IGOUNO"},
		{"The U.N. Security Council met.", "U.N. Security Council", 20230101, "IGOUNO"},
		{"NATO allies met in Brussels.", "NATO", 20230101, "IGOWSTNAT"},
		{"The EU imposed sanctions.", "EU", 20230101, "IGOEUREEC"},
		{"The African Union suspended Niger.", "African Union", 20230101, "IGOAFRAFU"},
		{"The ICRC visited the prisoners.", "ICRC", 20230101, "NGOHLHIRC"},
		{"Doctors Without Borders evacuated staff.", "Doctors Without Borders", 20230101, "NGOHLHMSF"},
		{"Amnesty International accused the army.", "Amnesty International", 20230101, "NGOHRIAMN"},
		{"Human Rights Watch accused the army.", "Human Rights Watch", 20230101, "NGOHRI"},
		{"The World Health Organization warned.", "World Health Organization", 20230101, "IGOUNOHLHWHO"},
		{"UNHCR said a million had fled.", "UNHCR", 20230101, "IGOUNOREFHCR"},
		{"The IAEA inspected the plant.", "IAEA", 20230101, "IGOUNOIAE"},
		{"ECOWAS threatened force.", "ECOWAS", 20230801, "IGOWAFBUSWAS"},
		{"The Arab League met.", "Arab League", 20230101, "IGOMEAARL"},
	} {
		norm, i := tokensOf(tc.sentence, tc.name)
		if i < 0 {
			t.Errorf("%q: %q is not in the sentence", tc.sentence, tc.name)
			continue
		}
		mt, ok := m.Actor(m.Prepare(norm, nil), i)
		got := ""
		if ok {
			got = strings.Join(m.ActorCodes(mt.Val, tc.date), "/")
			if got == "" {
				got = "(no code)"
			}
		}
		if got != tc.want {
			where := ""
			if ok {
				where = " (" + m.Dict.Actors[mt.Val].Pos.String() + ")"
			}
			t.Errorf("%q: %q on %d = %q%s, want %q", tc.sentence, tc.name, tc.date, got, where, tc.want)
		}
	}
}

// TestAgents checks role nouns and their sector codes.
func TestAgents(t *testing.T) {
	m := defaultMatcher(t)
	for _, tc := range []struct {
		sentence, name string
		want           string // code, with "~" before a prefix agent's
	}{
		{"Russian warplanes struck the town.", "warplanes", "MIL"},
		{"Fighter jets flew over the city.", "Fighter jets", "MIL"},
		{"Drones attacked the port.", "Drones", "MIL"},
		{"Soldiers fired shots.", "Soldiers", "MIL"},
		{"Troops withdrew.", "Troops", "MIL"},
		{"Fighters seized the town.", "Fighters", "REB"},
		{"Gunmen stormed the hotel.", "Gunmen", "REB"},
		{"Militants attacked the convoy.", "Militants", "REB"},
		{"Police arrested dozens.", "Police", "COP"},
		{"Protesters marched on parliament.", "Protesters", "CVL"},
		{"Civilians were killed.", "Civilians", "CVL"},
		{"Refugees crossed the border.", "Refugees", "REF"},
		{"Journalists were detained.", "Journalists", "MED"},
		{"Lawmakers approved the bill.", "Lawmakers", "LEG"},
		{"A judge ordered his release.", "judge", "JUD"},
		{"Negotiators met in Doha.", "Negotiators", "GOV"},
		{"The foreign minister said so.", "foreign minister", "GOV"},
		{"The defence ministry said so.", "defence ministry", "GOVMIL"},
		{"Aid workers were killed.", "Aid workers", "NGO~"},
		{"UN peacekeepers were wounded.", "peacekeepers", "IGO~"},
	} {
		norm, i := tokensOf(tc.sentence, tc.name)
		if i < 0 {
			t.Errorf("%q: %q is not in the sentence", tc.sentence, tc.name)
			continue
		}
		mt, ok := m.Agent(m.Prepare(norm, nil), i)
		got := ""
		if ok {
			a := m.Dict.Agents[mt.Val]
			got = a.Code
			if a.Prefix {
				got += "~"
			}
		}
		if got != tc.want {
			t.Errorf("%q: agent %q = %q, want %q", tc.sentence, tc.name, got, tc.want)
		}
	}
}

// TestNamesUnique checks that no two actors share a name (the matcher
// would take whichever came first), and no two agents.
func TestNamesUnique(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	key := func(p dict.Phrase) string {
		var ws []string
		for _, w := range p {
			for _, part := range strings.Split(w.Text, "-") {
				if part != "" {
					ws = append(ws, part)
				}
			}
		}
		return strings.Join(ws, " ")
	}
	seen := map[string]dict.Pos{}
	for _, a := range d.Actors {
		for _, n := range a.Names {
			if len(n) > 1 && n[0].Text == "THE" {
				// the longest match would start at "the" and take the
				// first word of a longer name after it
				t.Errorf("%s: actor name %q starts with THE", a.Pos, key(n))
			}
		}
		own := map[string]bool{}
		for _, n := range a.Names {
			k := key(n)
			if own[k] {
				continue
			}
			own[k] = true
			if p, ok := seen[k]; ok {
				t.Errorf("actor name %q at %s and %s", k, p, a.Pos)
			}
			seen[k] = a.Pos
		}
	}
	seen = map[string]dict.Pos{}
	for _, a := range d.Agents {
		own := map[string]bool{}
		for _, n := range a.Names {
			k := key(n)
			if own[k] {
				continue
			}
			own[k] = true
			if p, ok := seen[k]; ok {
				t.Errorf("agent name %q at %s and %s", k, p, a.Pos)
			}
			seen[k] = a.Pos
		}
	}
}

// TestNamesAreTokens checks that every word of every actor and agent name
// is one token as the text layer splits text, so that it can match at all
// ("PEOPLE'S" never would: the text layer splits off "'S").
func TestNamesAreTokens(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	check := func(p dict.Phrase, pos dict.Pos) {
		// the name as text: possessives join the word before; one more
		// word after it, so that a final period is not the end of a
		// sentence
		var b strings.Builder
		for i, w := range p {
			if i > 0 && w.Text != "'S" && w.Text != "'" {
				b.WriteByte(' ')
			}
			b.WriteString(w.Text)
		}
		s := b.String() + " X"
		var got []string
		for _, tk := range text.Tokenize(s, 0, len(s)) {
			got = append(got, tk.Norm)
		}
		var want []string
		for _, w := range p {
			want = append(want, w.Text)
		}
		if !slices.Equal(got, append(want, "X")) {
			t.Errorf("%s: name %q is tokens %q", pos, want, got[:len(got)-1])
		}
	}
	for _, a := range d.Actors {
		for _, n := range a.Names {
			check(n, a.Pos)
		}
	}
	for _, a := range d.Agents {
		for _, n := range a.Names {
			check(n, a.Pos)
		}
	}
}

// BenchmarkLoad measures reading every embedded dictionary.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadCompile measures what a command pays before it codes:
// reading the embedded dictionaries and compiling the matcher.
func BenchmarkLoadCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := Load()
		if err != nil {
			b.Fatal(err)
		}
		dict.Compile(d)
	}
}
