package defaults_test

import (
	"io/fs"
	"os"
	"sync"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/coder"
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/dict/defaults"
	"github.com/sitrep/sitrep/pipeline"
)

// moreVerbsFile holds the verbs of cameo-more: PETRARCH-1 text until it is
// imported into the native format (cameo-more.verbs.sitrep), which is then
// embedded with the other defaults.
const (
	moreVerbsFile   = "cameo-more.verbs.txt"
	moreVerbsNative = "cameo-more.verbs.sitrep"
)

var (
	morePipeOnce sync.Once
	morePipe     *pipeline.Pipeline
	moreDict     *dict.Dictionary
	morePipeErr  error
)

// moreDefaults returns the embedded dictionaries plus cameo-more.verbs.txt
// when that file is not embedded yet.
func moreDefaults(t *testing.T) (*dict.Dictionary, *pipeline.Pipeline) {
	t.Helper()
	morePipeOnce.Do(func() {
		d, err := defaults.Load()
		if err != nil {
			morePipeErr = err
			return
		}
		if _, err := fs.Stat(defaults.FS(), moreVerbsNative); err != nil {
			if _, err := os.Stat(moreVerbsFile); err == nil {
				fd, errs, err := dict.LoadFile(moreVerbsFile)
				if err != nil {
					morePipeErr = err
					return
				}
				if len(errs) > 0 {
					morePipeErr = errs
					return
				}
				d.Merge(fd)
			}
		}
		moreDict = d
		morePipe = pipeline.New(dict.Compile(d), coder.DefaultOptions())
	})
	if morePipeErr != nil {
		t.Fatal(morePipeErr)
	}
	return moreDict, morePipe
}

// TestMoreVerbsLint checks the defaults together with the cameo-more verbs
// as `sitrep dict check dict/defaults/` does: no verb form in two blocks, no
// undefined synset, no pattern that cannot match.
func TestMoreVerbsLint(t *testing.T) {
	d, _ := moreDefaults(t)
	for _, f := range dict.Lint(d, dict.LintOptions{}) {
		if f.Severity == dict.LintError {
			t.Error(f)
		}
	}
}

// TestMoreVerbs codes sentences written for this test, at least three for
// each CAMEO root that cameo-more extends, and sentences that must stay
// uncoded (or keep their earlier coding) although they hold one of its
// verbs.
func TestMoreVerbs(t *testing.T) {
	_, p := moreDefaults(t)
	cases := []struct {
		group string
		text  string
		want  []want
	}{
		// 01 statements that are events
		{"01", "Russia commented on the US decision to send tanks to Ukraine.", []want{{"RUS", "USA", "010"}}},
		{"01", "China cast doubt on the US claims about the balloon.", []want{{"CHN", "USA", "012"}}},
		{"01", "Israel is considering a military response against Iran.", []want{{"ISR", "IRN", "014"}}},
		{"01", "Turkey is weighing options for a military operation against Syria.", []want{{"TUR", "SYR", "014"}}},
		{"01", "Britain considers Russia responsible for the poisoning.", []want{{"GBR", "RUS", "112"}}},
		{"01", "ISIS took responsibility for the bombing in Iraq.", []want{{"IMGMUSISI", "IRQ", "015"}}},
		{"01", "Putin laid a wreath in Beijing.", []want{{"RUS", "CHN", "017"}}},
		{"01", "Iran mourned the death of Syrian soldiers.", []want{{"IRN", "SYR", "018"}}},
		{"01", "China conveyed condolences to Turkey after the earthquake.", []want{{"CHN", "TUR", "018"}}},
		{"01", "France concurred with Britain on the issue.", []want{{"FRA", "GBR", "019"}}},
		{"01 no event", "The US considers Iran a threat to regional stability.", nil},
		{"01 no event", "The French president paid tribute at the ceremony.", nil},

		// 02 appeals
		{"02", "Ukraine solicited military aid from the United States.", []want{{"UKR", "USA", "0232"}}},
		{"02", "Ukraine lobbied Germany to send Leopard tanks.", []want{{"UKR", "DEU", "0232"}}},
		{"02", "Ukraine pushed for more military aid from the US.", []want{{"UKR", "USA", "0232"}}},
		{"02", "The UN encouraged Russia and Ukraine to resume talks.", []want{{"IGOUNO", "RUS", "026"}, {"IGOUNO", "UKR", "026"}}},
		{"02", "The EU renewed its call for a ceasefire in Syria.", []want{{"IGOEU", "SYR", "0256"}}},
		{"02 no event", "Britain pushed for sanctions against Russia.", nil},

		// 03 intents
		{"03", "Russia undertook to release Ukrainian prisoners.", []want{{"RUS", "UKR", "0353"}}},
		{"03", "Turkey stands ready to mediate between Russia and Ukraine.", []want{{"TUR", "RUS", "039"}, {"TUR", "UKR", "039"}}},
		{"03", "The US guaranteed Israel's security.", []want{{"USA", "ISR", "0334"}}},
		{"03", "Biden assured Zelensky of continued support.", []want{{"USA", "UKR", "032"}}},
		{"03", "The US Congress approved military aid for Ukraine.", []want{{"USA", "UKR", "0332"}}},
		{"03", "The EU allocated 50 million euros in humanitarian aid to Syria.", []want{{"IGOEU", "SYR", "0333"}}},
		{"03", "Putin accepted an invitation to visit China.", []want{{"RUS", "CHN", "036"}}},

		// 05 diplomatic cooperation
		{"05", "Saudi Arabia and Iran established diplomatic relations.", []want{{"SAU", "IRN", "054"}, {"IRN", "SAU", "054"}}},
		{"05", "Turkey and Israel mended ties after years of tension.", []want{{"TUR", "ISR", "050"}, {"ISR", "TUR", "050"}}},
		{"05", "Ukraine appreciates US support.", []want{{"UKR", "USA", "051"}}},
		{"05", "Putin paid tribute to Chinese President Xi Jinping.", []want{{"RUS", "CHN", "051"}}},
		{"05", "China backs Russia.", []want{{"CHN", "RUS", "051"}}},
		{"05", "China defended Russia at the UN Security Council.", []want{{"CHN", "RUS", "052"}}},
		{"05", "NATO allies rallied behind Ukraine.", []want{{"IGOWSTNAT", "UKR", "053"}}},
		{"05", "Britain rallied support for Ukraine at the summit.", []want{{"GBR", "UKR", "053"}}},
		{"05", "Israel issued an apology to Turkey.", []want{{"ISR", "TUR", "055"}}},
		{"05", "Israel accepted Turkey's apology.", []want{{"ISR", "TUR", "056"}}},
		{"05", "Iran and China finalized a trade agreement.", []want{{"IRN", "CHN", "057"}, {"CHN", "IRN", "057"}}},
		{"05", "Britain reopened its embassy in Iran.", []want{{"GBR", "IRN", "050"}}},
		{"05 no event", "Israel will defend itself against Iran.", nil},
		{"05 no event", "Ukrainian forces defended the city against Russian attacks.", nil},
		{"05 no event", "Turkey and Russia have backed opposite sides in the Syrian war.", nil},
		// a participle before another verb: the source of the attack stays
		// the rebels
		{"05 participle", "Syrian rebels backed by Turkey attacked Kurdish forces.", []want{{"SYRREB", "---MIL", "190"}}},

		// 06 material cooperation
		{"06", "Russia and China deepened military cooperation.", []want{{"RUS", "CHN", "062"}, {"CHN", "RUS", "062"}}},
		{"06", "China invested billions in Iran.", []want{{"CHN", "IRN", "061"}}},
		{"06", "India bought Russian oil.", []want{{"IND", "RUS", "061"}}},
		{"06", "Turkey bought S-400 missiles from Russia.", []want{{"TUR", "RUS", "062"}}},
		{"06", "The US sold weapons to Taiwan.", []want{{"USA", "TWN", "062"}}},
		{"06", "The FBI assisted the investigation in Turkey.", []want{{"USA", "TUR", "063"}}},
		{"06", "Turkey partnered with Ukraine on drone production.", []want{{"TUR", "UKR", "060"}}},

		// 07 aid
		{"07", "Turkey dispatched humanitarian aid to Syria.", []want{{"TUR", "SYR", "073"}}},
		{"07", "Britain rushed air defense systems to Ukraine.", []want{{"GBR", "UKR", "072"}}},
		{"07", "The US airdropped humanitarian aid to Gaza.", []want{{"USA", "PSE", "073"}}},
		{"07", "Iran is arming Russia with drones.", []want{{"IRN", "RUS", "072"}}},
		{"07", "The US equipped Ukrainian forces with tanks.", []want{{"USA", "UKR", "072"}}},
		{"07", "Qatar bankrolled Hamas for years.", []want{{"QAT", "PSE", "070"}}},
		{"07", "The US resettled Afghan refugees.", []want{{"USA", "AFG", "075"}}},
		{"07 no event", "Militants armed with rifles attacked Israeli soldiers.", []want{{"---REB", "ISRMIL", "190"}}},
		{"07 no event", "Russian jets equipped with missiles struck Ukraine.", []want{{"RUSMIL", "UKR", "1951"}}},

		// 08 yield
		{"08", "The EU waived sanctions on Syria.", []want{{"IGOEU", "SYR", "085"}}},
		{"08", "The US rescinded restrictions on Cuba.", []want{{"USA", "CUB", "081"}}},
		{"08", "Iran accepted UN inspectors.", []want{{"IRN", "IGOUNO", "0862"}}},
		{"08", "Iran yielded to US pressure.", []want{{"IRN", "USA", "080"}}},
		{"08", "Iran complied with UN demands.", []want{{"IRN", "IGOUNO", "083"}}},
		{"08", "Russia handed back Ukrainian prisoners of war.", []want{{"RUS", "UKR", "0841"}}},
		{"08", "Israel stopped airstrikes on Gaza.", []want{{"ISR", "PSE", "087"}}},
		{"08", "Russia ended its blockade of Ukrainian ports.", []want{{"RUS", "UKR", "0872"}}},
		{"08", "The US scaled back its military presence in Iraq.", []want{{"USA", "IRQ", "087"}}},
		{"08", "Iran unblocked humanitarian aid to Yemen.", []want{{"IRN", "YEM", "0863"}}},
		// a demand, not a de-escalation: no event for "stop"
		{"08 demand", "The US demanded that Russia stop attacks on Ukraine.", []want{{"USA", "RUS", "100"}}},

		// 09 investigate
		{"09", "Ukraine opened a criminal investigation into Russian war crimes.", []want{{"UKR", "RUS", "094"}}},
		{"09", "The UN Security Council scrutinized Iran's nuclear program.", []want{{"IGOUNO", "IRN", "090"}}},
		{"09", "Putin ordered an investigation into the attack on Russian troops.", []want{{"RUS", "RUSMIL", "090"}}},

		// 10 demand
		{"10", "The US exhorted Israel to exercise restraint.", []want{{"USA", "ISR", "100"}}},
		{"10", "Iran insisted on the withdrawal of US troops from Syria.", []want{{"IRN", "USA", "1056"}}},
		{"10", "Britain exhorted Russia to release the journalists.", []want{{"GBR", "RUS", "1053"}}},

		// 12 reject
		{"12", "Iran shrugged off US sanctions.", []want{{"IRN", "USA", "120"}}},
		{"12", "Israel shunned the UN envoy.", []want{{"ISR", "IGOUNO", "120"}}},
		{"12", "Russia abandoned the grain deal with Ukraine.", []want{{"RUS", "UKR", "127"}}},
		{"12", "The US walked away from the nuclear deal with Iran.", []want{{"USA", "IRN", "127"}}},
		{"12", "Israel quit talks with Hamas.", []want{{"ISR", "PSE", "164"}}},
		{"12", "Israel ignored calls for a ceasefire in Gaza.", []want{{"ISR", "PSE", "1246"}}},
		{"12", "Iran ignored UN demands.", []want{{"IRN", "IGOUNO", "124"}}},
		{"12", "North Korea evaded UN sanctions.", []want{{"PRK", "IGOUNO", "128"}}},

		// 13 threaten
		{"13", "The US put Iran on notice.", []want{{"USA", "IRN", "130"}}},
		{"13", "Russia issued a warning to NATO.", []want{{"RUS", "IGOWSTNAT", "130"}}},
		{"13", "Israel issued an ultimatum to Hamas.", []want{{"ISR", "PSE", "139"}}},
		{"13", "Iran renewed its threats against Israel.", []want{{"IRN", "ISR", "130"}}},

		// 16 reduce relations
		{"16", "China closed the US consulate in Chengdu.", []want{{"CHN", "USA", "161"}}},
		{"16", "Moscow ordered British diplomats to leave.", []want{{"RUS", "GBR", "161"}}},
		{"16", "The US withheld military aid from Ukraine.", []want{{"USA", "UKR", "1622"}}},
		{"16", "The US stopped military aid to Ukraine.", []want{{"USA", "UKR", "1622"}}},
		{"16", "Russia cancelled talks with Ukraine.", []want{{"RUS", "UKR", "164"}}},
		{"16", "Israel called off talks with Hamas.", []want{{"ISR", "PSE", "164"}}},
		{"16", "The EU tightened sanctions on Russia.", []want{{"IGOEU", "RUS", "163"}}},

		// 17 coerce
		{"17", "China restricted exports of gallium to the United States.", []want{{"CHN", "USA", "163"}}},
		{"17", "Israel evicted Palestinian families from their homes.", []want{{"ISR", "PSE", "174"}}},
		{"17", "Israeli settlers burned Palestinian homes.", []want{{"ISR", "PSE", "1712"}}},
		{"17", "The Taliban persecuted Afghan women.", []want{{"AFG", "AFG", "175"}}},
		{"17", "Syrian Kurds are persecuted by Turkey.", []want{{"TUR", "SYR", "175"}}},
		{"17", "Russia restricted imports from Georgia.", []want{{"RUS", "GEO", "163"}}},
		// a passive without its agent names no source
		{"17 no event", "The group had been persecuted since it overran eastern Syria.", nil},
		{"17", "Israel put Palestinian activists under house arrest.", []want{{"ISR", "PSE", "173"}}},
		{"17", "Russia opened a criminal case against British journalists.", []want{{"RUS", "GBR", "173"}}},

		// verbs of this file in sentences that hold no event of theirs
		{"no event", "Turkey considers the YPG the Syrian wing of the PKK.", nil},
		{"no event", "The YPG is not considered a terrorist group by the US.", nil},
		{"no event", "Trump defended his decision to withdraw US troops from Syria.", nil},
		{"no event", "The city is heavily defended by Ukrainian troops.", nil},
		{"no event", "Ministers should expand humanitarian aid programmes in the region to help deal with refugees.", nil},
		{"no event", "Trump has ordered US forces in Syria to leave.", nil},
		{"no event", "She has invested too much in her German life to return to Syria.", nil},
		{"no event", "Talks between Israel and Hamas ended without agreement.", nil},
		{"no event", "The meeting between Russia and Ukraine took place in Istanbul.", nil},
		{"no event", "Oil prices ended higher as Russia cut output.", nil},

		// 20 mass violence
		{"20", "Russian forces displaced thousands of Ukrainian civilians.", []want{{"RUSMIL", "UKR", "201"}}},
		{"20", "Islamic State fighters drove out tens of thousands of Iraqi civilians.", []want{{"IMGMUSISI", "IRQ", "201"}}},
		{"20", "Syrian troops displaced hundreds of thousands of Syrian civilians.", []want{{"SYRMIL", "SYR", "201"}}},
	}
	for _, c := range cases {
		t.Run(c.group, func(t *testing.T) {
			evs, _ := p.Article(sitrep.Article{ID: "t", Published: "2024-05-01", Text: c.text})
			checkEvents(t, c.text, evs, c.want)
		})
	}
}
