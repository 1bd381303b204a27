package defaults_test

import (
	"sync"
	"testing"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/coder"
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/pipeline"
)

// The verbs of cameo-extra.verbs.txt (PETRARCH-1 text, not embedded until
// imported) are tested with the whole folder loaded explicitly, as
// `sitrep code --dict dict/defaults/` does.
var (
	extraOnce sync.Once
	extraPipe *pipeline.Pipeline
	extraErr  error
)

func extraPipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	extraOnce.Do(func() {
		d, errs, err := dict.LoadDir(".")
		if err == nil && len(errs) > 0 {
			err = errs
		}
		if err != nil {
			extraErr = err
			return
		}
		extraPipe = pipeline.New(dict.Compile(d), coder.DefaultOptions())
	})
	if extraErr != nil {
		t.Fatal(extraErr)
	}
	return extraPipe
}

func TestExtraVerbs(t *testing.T) {
	p := extraPipeline(t)
	cases := []struct {
		text string
		want []want
	}{
		// 192 occupy territory
		{"Russia regained control of Crimea from Ukraine.", []want{{"RUS", "UKR", "192"}}},
		{"Iraqi forces regained control of Mosul from Islamic State.", []want{{"IRQ", "IMGMUSISI", "192"}}},
		{"Iraqi forces recaptured the city from Islamic State.", []want{{"IRQ", "IMGMUSISI", "192"}}},
		{"Ukraine retook the village from Russia.", []want{{"UKR", "RUS", "192"}}},
		{"Israel wrested control of the territory from Hamas.", []want{{"ISR", "PSE", "192"}}},
		{"Ukrainian troops recaptured the town from Russian forces.", []want{{"UKR", "RUS", "192"}}},
		// 145, 183, 194, 112, 111 hurl
		{"Palestinian protesters hurled stones at Israeli police.", []want{{"PSE", "ISRCOP", "145"}}},
		{"Rebels hurled grenades at Indian troops.", []want{{"---REB", "INDMIL", "183"}}},
		{"Hamas lobbed rockets at Israel.", []want{{"PSE", "ISR", "194"}}},
		{"Hezbollah lobbed mortars at Israeli positions.", []want{{"LBN", "ISR", "194"}}},
		{"Iran hurled accusations at the United States.", []want{{"IRN", "USA", "112"}}},
		{"The Venezuelan president hurled insults at Colombia.", []want{{"VEN", "COL", "111"}}},
		// 194, 195, 1952, 190 pound
		{"Russia pounded Ukraine with artillery.", []want{{"RUS", "UKR", "194"}}},
		{"Israel pounded Gaza with airstrikes.", []want{{"ISR", "PSE", "195"}}},
		{"Russian forces pounded Ukraine with drones.", []want{{"RUS", "UKR", "1952"}}},
		{"Saudi Arabia pounded Yemen with missiles.", []want{{"SAU", "YEM", "195"}}},
		{"The Syrian army pounded the rebels.", []want{{"SYRMIL", "---REB", "190"}}},
		// 045 mediate
		{"Qatar facilitated talks between Israel and Hamas.", []want{{"QAT", "ISR", "045"}, {"QAT", "PSE", "045"}}},
		{"Egypt facilitated a prisoner exchange between Israel and Hamas.", []want{{"EGY", "ISR", "045"}, {"EGY", "PSE", "045"}}},
		{"Norway facilitated negotiations with Colombian rebels.", []want{{"NOR", "COLREB", "045"}}},
		// 080 yield
		{"Greece yielded to pressure from the European Union.", []want{{"GRC", "IGOEU", "080"}}},
		{"Serbia yielded to Kosovo.", []want{{"SRB", "KSV", "080"}}},
		{"Pakistan yielded to the demands of India.", []want{{"PAK", "IND", "080"}}},
		// 111 criticize
		{"Germany chastised Hungary for its stance on Ukraine.", []want{{"DEU", "HUN", "111"}}},
		{"The UN excoriated Myanmar.", []want{{"IGOUNO", "MMR", "111"}}},
		{"France faulted Britain for the migrant crisis.", []want{{"FRA", "GBR", "111"}}},
		// 112 accuse
		{"Turkey alleged that Saudi Arabia ordered the murder.", []want{{"TUR", "SAU", "112"}}},
		{"Israel implicated Iran in the attack.", []want{{"ISR", "IRN", "112"}}},
		// 0873 demobilize
		// 0874 retreat
		{"Israel disengaged its forces from Gaza.", []want{{"ISR", "PSE", "0874"}}},
		// 190 advance on
		{"Russian troops advanced on Kyiv.", []want{{"RUS", "UKR", "190"}}},
		// 043 host a visit
		{"Putin greeted Xi Jinping at the airport.", []want{{"RUS", "CHN", "043"}}},
		{"The Indian prime minister greeted Biden on arrival.", []want{{"IND", "USA", "043"}}},

		// no event
		{"Thousands of civilians fled Aleppo.", nil},
		{"The minister resigned after the scandal.", nil},
		{"Britain evacuated its citizens from Sudan.", nil},
		{"A bomb exploded near the market.", nil},
		{"The alleged Isis members were moved from Syria to Iraq.", nil},
		{"Stock prices advanced in Tokyo.", nil},
		{"The company regained its market share.", nil},
		{"The storm pounded the coast.", nil},
		{"Iran yielded a rich harvest this year.", nil},
		{"Ukraine greeted the news with relief.", nil},
		{"The new law will facilitate trade.", nil},
		{"Israel retook the exam in Jerusalem.", nil},
	}
	for _, c := range cases {
		evs, _ := p.Article(sitrep.Article{ID: "t", Published: "2024-05-01", Text: c.text})
		checkEvents(t, c.text, evs, c.want)
	}
}
