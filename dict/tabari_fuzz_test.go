package dict

import (
	"strings"
	"testing"
)

func FuzzReadTabariActors(f *testing.F) {
	fuzzReader(f, ReadTabariActors, "tabari", ".actors",
		"<NOUN>\nA_B\n</NOUN>\nX= [Y]\nZ-Z_ [A <991231] [B]\n~FINISH\n", "<ADJ>\n<NOUN>\n")
}

func FuzzReadTabariAgents(f *testing.F) {
	fuzzReader(f, ReadTabariAgents, "tabari", ".agents", "A_ [~B]\nC= [D~]\n")
}

func FuzzReadTabariVerbs(f *testing.F) {
	fuzzReader(f, ReadTabariVerbs, "tabari", ".verbs", tabariVerbs,
		"A B_{ C | D_ }_E [1]\n- { F | &S } * G~ H [2]\n{ I_ J }\n<SYNSETS>\n&S\n+&S\n</SYNSETS>\n")
}

func FuzzReadTabariOptions(f *testing.F) {
	fuzzReader(f, ReadTabariOptions, "tabari", ".options", "SET: A = B\nLABEL: 1=X\nDEFA: Y // z\n")
}

func FuzzReadTabariProject(f *testing.F) {
	f.Add("<actorsfile> A\n<verbsfile>\n<te> /x\n<\n")
	f.Fuzz(func(t *testing.T, src string) {
		p, err := ReadTabariProject(strings.NewReader(src), "x/y.project")
		if p == nil || p.Dir != "x" {
			t.Fatalf("project %+v, err %v", p, err)
		}
		for _, l := range [][]string{p.Actors, p.Agents, p.Verbs, p.Options, p.Texts} {
			for _, name := range l {
				if name == "" {
					t.Fatalf("empty file name in %+v", p)
				}
			}
		}
	})
}
