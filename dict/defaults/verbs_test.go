package defaults_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"encoding/json"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/coder"
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/dict/defaults"
	"github.com/sitrep/sitrep/pipeline"
)

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

// defaultPipeline codes with the embedded dictionaries and default options.
func defaultPipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	pipeOnce.Do(func() {
		d, err := defaults.Load()
		if err != nil {
			pipeErr = err
			return
		}
		pipe = pipeline.New(dict.Compile(d), coder.DefaultOptions())
	})
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

// want is one expected event. Actor codes are prefixes, so that a test
// written for "RUS" still holds when the actor dictionaries learn that the
// speaker was the government ("RUSGOV"); the CAMEO code is exact.
type want struct{ src, tgt, code string }

func (w want) String() string { return w.src + " -" + w.code + "-> " + w.tgt }

func (w want) matches(e sitrep.Event) bool {
	return e.Source != nil && e.Target != nil &&
		strings.HasPrefix(e.Source.Code, w.src) &&
		strings.HasPrefix(e.Target.Code, w.tgt) &&
		e.CAMEO == w.code
}

func describe(evs []sitrep.Event) string {
	var s []string
	for _, e := range evs {
		src, tgt := "-", "-"
		if e.Source != nil {
			src = e.Source.Code
		}
		if e.Target != nil {
			tgt = e.Target.Code
		}
		verb := ""
		if e.Verb != nil {
			verb = e.Verb.Text
		}
		s = append(s, fmt.Sprintf("%s -%s(%s)-> %s", src, e.CAMEO, verb, tgt))
	}
	sort.Strings(s)
	return "[" + strings.Join(s, "; ") + "]"
}

// checkEvents requires every wanted event and no event that is not wanted.
func checkEvents(t *testing.T, text string, evs []sitrep.Event, ws []want) {
	t.Helper()
	for _, w := range ws {
		found := false
		for _, e := range evs {
			if w.matches(e) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%q: missing %v; got %s", text, w, describe(evs))
		}
	}
	for _, e := range evs {
		ok := false
		for _, w := range ws {
			if w.matches(e) {
				ok = true
				break
			}
		}
		if !ok {
			t.Errorf("%q: unexpected event; got %s, want %v", text, describe(evs), ws)
		}
	}
}

func codeSentence(t *testing.T, s string) []sitrep.Event {
	t.Helper()
	evs, _ := defaultPipeline(t).Article(sitrep.Article{ID: "t", Published: "2024-05-01", Text: s})
	return evs
}

// TestDefaultVerbs codes sentences written for this test through the full
// pipeline with the embedded default dictionaries.
func TestDefaultVerbs(t *testing.T) {
	cases := []struct {
		group string
		text  string
		want  []want
	}{
		// 01-08: statements alone are not events; cooperation is.
		{"statement", "The Pentagon said the operation was a success.", nil},
		{"statement", "Russian President Vladimir Putin said on Friday that talks with Ukraine were possible.", nil},
		{"statement", "Iran announced new military exercises near the border.", nil},
		{"claim", "ISIS claimed responsibility for the attack on Syrian troops.", []want{{"IMGMUSISI", "SYRMIL", "015"}}},
		{"intent", "Russia plans to visit China next month.", []want{{"RUS", "CHN", "036"}}},
		{"intent", "The EU pledged 50 million euros in humanitarian aid to Syria.", []want{{"IGOEU", "SYR", "0333"}}},
		{"intent", "Turkey offered to mediate between Russia and Ukraine.", []want{{"TUR", "RUS", "039"}, {"TUR", "UKR", "039"}}},
		{"intent", "Iran and Turkey agreed to cooperate on security.", []want{{"IRN", "TUR", "030"}, {"TUR", "IRN", "030"}}},
		{"consult", "Putin met Chinese President Xi Jinping in Beijing on Tuesday.", []want{{"RUS", "CHN", "040"}, {"CHN", "RUS", "040"}}},
		{"consult", "China spoke by phone with Russia about the war.", []want{{"CHN", "RUS", "041"}}},
		{"visit", "The French foreign minister visited Ukraine on Monday.", []want{{"FRA", "UKR", "042"}, {"UKR", "FRA", "043"}}},
		{"visit", "Turkey hosted the Syrian foreign minister in Ankara.", []want{{"TUR", "SYR", "043"}, {"SYR", "TUR", "042"}}},
		{"praise", "The UN praised Iran for its cooperation with inspectors.", []want{{"IGOUNO", "IRN", "051"}}},
		{"apologize", "Britain apologized to France for the incident.", []want{{"GBR", "FRA", "055"}}},
		{"sign", "Russia and Ukraine signed a grain agreement in Istanbul.", []want{{"RUS", "UKR", "057"}, {"UKR", "RUS", "057"}}},
		{"material", "Russia and China held joint naval exercises in the East China Sea.", []want{{"RUS", "CHN", "062"}, {"CHN", "RUS", "062"}}},
		{"aid", "The United States sent air defense systems to Ukraine.", []want{{"USA", "UKR", "072"}}},
		{"aid", "The US provided military aid to Israel.", []want{{"USA", "ISR", "072"}}},
		{"yield", "Russia released two Ukrainian prisoners of war.", []want{{"RUS", "UKR", "0841"}}},
		{"yield", "The EU lifted sanctions on Iran.", []want{{"IGOEU", "IRN", "085"}}},
		{"yield", "The US military released footage showing Russian planes near the drone.", nil},

		// 09-13
		{"investigate", "The UN will investigate allegations of war crimes by Russia.", []want{{"IGOUNO", "RUS", "094"}}},
		{"demand", "The US military has called on Russia to cease such reckless behavior.", []want{{"USAMIL", "RUS", "100"}}},
		{"demand", "The EU urged Iran to release the detained journalists.", []want{{"IGOEU", "IRN", "1053"}}},
		{"appeal", "The UN called for an immediate ceasefire in Syria.", []want{{"IGOUNO", "SYR", "0256"}}},
		{"criticize", "France condemned Russia for the attack.", []want{{"FRA", "RUS", "111"}}},
		{"criticize", "Britain criticized China over its treatment of protesters.", []want{{"GBR", "CHN", "111"}}},
		{"disapprove", "France expressed concern over Iran's nuclear program.", []want{{"FRA", "IRN", "110"}}},
		{"accuse", "The US accused Russian jets of downing a Reaper drone.", []want{{"USA", "RUSMIL", "1123"}}},
		{"accuse", "Ukraine accused Russia of war crimes.", []want{{"UKR", "RUS", "1124"}}},
		{"accuse", "Israel held Iran responsible for the attack.", []want{{"ISR", "IRN", "112"}}},
		{"reject", "Ukraine rejected the Russian peace plan.", []want{{"UKR", "RUS", "127"}}},
		{"veto", "Russia vetoed the UN resolution on Syria.", []want{{"RUS", "IGOUNO", "129"}}},
		{"threaten", "Iran threatened Israel with military action.", []want{{"IRN", "ISR", "138"}}},
		{"threaten", "China warned the US against interfering in Taiwan.", []want{{"CHN", "USA", "130"}}},
		{"threaten", "Russia warned of a recession.", nil},

		// 14-20
		{"repress", "Iranian police fired tear gas at protesters in Tehran.", []want{{"IRNCOP", "IRN", "175"}}},
		{"posture", "Russian warplanes harassed a US drone.", []want{{"RUSMIL", "USAMIL", "150"}}},
		{"posture", "Russian jets intercepted a US drone over the Black Sea.", []want{{"RUSMIL", "USAMIL", "150"}}},
		{"posture", "Russian jets flew dangerously close to US drones.", []want{{"RUSMIL", "USAMIL", "150"}}},
		{"posture", "Chinese warships shadowed a British destroyer.", []want{{"CHN", "GBR", "150"}}},
		{"posture", "Russia mobilized troops along the Ukrainian border.", []want{{"RUS", "UKR", "154"}}},
		{"sanction", "The US imposed sanctions on Iran.", []want{{"USA", "IRN", "163"}}},
		{"sanction", "China imposed sanctions on US defense firms.", []want{{"CHN", "USA", "163"}}},
		{"relations", "France expelled Russian diplomats.", []want{{"FRA", "RUS", "161"}}},
		{"coerce", "Iran seized a British tanker in the Gulf.", []want{{"IRN", "GBR", "171"}}},
		{"coerce", "Iranian police arrested dozens of protesters in Tehran.", []want{{"IRNCOP", "IRN", "173"}}},
		{"assault", "Islamic State militants kidnapped three Syrian soldiers.", []want{{"IMGMUSISI", "SYRMIL", "181"}}},
		{"fight", "Turkish troops clashed with SDF fighters in northern Syria.", []want{{"TURMIL", "SYRREB", "190"}}},
		{"fight", "Russian forces occupied Ukrainian territory.", []want{{"RUSMIL", "UKR", "192"}}},
		{"fight", "Israeli troops shot dead a Syrian man.", []want{{"ISRMIL", "SYR", "193"}}},
		{"fight", "Russian troops shelled Ukrainian positions near Kharkiv.", []want{{"RUSMIL", "UKR", "194"}}},
		{"fight", "Israel launched airstrikes on Syria.", []want{{"ISR", "SYR", "195"}}},
		{"fight", "US forces carried out an airstrike against ISIS fighters in Iraq.", []want{{"USAMIL", "IMGMUSISI", "195"}}},
		{"fight", "The US military struck ISIS targets with drones.", []want{{"USAMIL", "IMGMUSISI", "1952"}}},
		{"fight", "US drones struck an Islamic State convoy in Syria.", []want{{"USAMIL", "IMGMUSISI", "1952"}}},
		{"fight", "The US military killed an Islamic State commander in a drone strike.", []want{{"USAMIL", "IMGMUSISI", "1952"}}},
		{"fight", "Ukraine shot down a Russian drone.", []want{{"UKR", "RUSMIL", "190"}}},
		{"fight", "Russia violated the ceasefire in Ukraine.", []want{{"RUS", "UKR", "196"}}},
	}
	for _, c := range cases {
		t.Run(c.group, func(t *testing.T) {
			checkEvents(t, c.text, codeSentence(t, c.text), c.want)
		})
	}
}

// TestDroneArticle codes testdata/drone/article.json, a report written for
// this test with the structure of the drone-strike example: a later
// announcement of a drone strike on an earlier day, foreign jets harassing
// the drones, a demand to stop, an older incident and background.
func TestDroneArticle(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "drone", "article.json"))
	if err != nil {
		t.Fatal(err)
	}
	var a sitrep.Article
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	evs, _ := defaultPipeline(t).Article(a)

	has := func(src, tgt string, roots ...string) []sitrep.Event {
		var out []sitrep.Event
		for _, e := range evs {
			if e.Source == nil || e.Target == nil || e.Source.Code != src || !strings.HasPrefix(e.Target.Code, tgt) {
				continue
			}
			for _, r := range roots {
				if strings.HasPrefix(e.CAMEO, r) {
					out = append(out, e)
					break
				}
			}
		}
		return out
	}
	// the target may carry an agent suffix (IMGMUSISIMIL: "a commander of
	// the Islamic State group")
	strikes := has("USAMIL", "IMGMUSISI", "19")
	if len(strikes) != 1 || (strikes[0].CAMEO != "1952" && strikes[0].CAMEO != "195") {
		t.Errorf("strike: want one USAMIL -1952/195-> IMGMUSISI, got %s", describe(strikes))
	}
	if h := has("RUSMIL", "USAMIL", "15", "17"); len(h) == 0 {
		t.Errorf("harassment: want RUSMIL -15x/17x-> USAMIL; all events %s", describe(evs))
	}
	if d := has("USAMIL", "RUS", "10", "11"); len(d) == 0 {
		t.Errorf("demand: want USAMIL -10x/11x-> RUS; all events %s", describe(evs))
	}
	// background paragraphs (alliances, troop numbers, the group's past)
	// start at the sentence that begins with this text
	bg := strings.Index(a.Text, "Moscow has long backed")
	if bg < 0 {
		t.Fatal("background paragraph not found in the article")
	}
	for _, e := range evs {
		if e.Start >= bg {
			t.Errorf("background sentence coded: %q -> %s", e.Text, describe([]sitrep.Event{e}))
		}
	}
}
