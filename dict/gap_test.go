package dict

import (
	"strings"
	"testing"
)

func TestGapWords(t *testing.T) {
	tests := []struct {
		phrase string
		want   []bool // Gap per word
	}{
		{"MINAS_TIRITH", []bool{false, false}},
		{"ITHILEN TELEVISION", []bool{false, true}},
		{"PRINCE OF_DOL AMROTH", []bool{false, true, false, true}},
		{"  LEADING BLANK", []bool{false, true}},
	}
	for _, tt := range tests {
		p := exactPhrase(tt.phrase)
		if len(p) != len(tt.want) {
			t.Fatalf("%q: %d words, want %d", tt.phrase, len(p), len(tt.want))
		}
		for i, w := range p {
			if w.Gap != tt.want[i] {
				t.Errorf("%q word %d (%s): Gap %v, want %v", tt.phrase, i, w.Text, w.Gap, tt.want[i])
			}
		}
	}
}

func TestGapMatching(t *testing.T) {
	d, errs := ReadPetrarchActors(strings.NewReader("ITHILEN TELEVISION [ITHTV]\nITHILEN [ITH]\n"), "t.actors")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	m := Compile(d)
	tests := []struct {
		toks []string
		end  int
		code string
	}{
		{[]string{"ITHILEN", "TELEVISION"}, 2, "ITHTV"},
		{[]string{"ITHILEN", "STATE-RUN", "TELEVISION"}, 3, "ITHTV"},
		{[]string{"ITHILEN", "STATE", "RUN", "TELEVISION"}, 4, "ITHTV"},
		{[]string{"ITHILEN", "A", "B", "C", "TELEVISION"}, 1, "ITH"}, // too far
		{[]string{"ITHILEN", ",", "TELEVISION"}, 1, "ITH"},           // punctuation
	}
	for _, tt := range tests {
		mt, ok := m.Actor(m.Prepare(tt.toks, nil), 0)
		if !ok {
			t.Fatalf("%v: no actor", tt.toks)
		}
		if mt.End != tt.end || m.ActorCodes(mt.Val, 0)[0] != tt.code {
			t.Errorf("%v: end %d code %v, want %d %s", tt.toks, mt.End, m.ActorCodes(mt.Val, 0), tt.end, tt.code)
		}
	}
}
