package dict

import (
	"slices"
	"testing"
)

func TestFormsPlurals(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"MINISTER", []string{"MINISTERS"}},
		{"PARTY", []string{"PARTIES"}},
		{"ATTORNEY", []string{"ATTORNEYS"}}, // vowel + Y
		{"DAY", []string{"DAYS"}},
		{"CONGRESS", []string{"CONGRESSES"}},
		{"BUS", []string{"BUSES"}},
		{"BUSH", []string{"BUSHES"}},
		{"CHURCH", []string{"CHURCHES"}},
		{"TAX", []string{"TAXES"}},
		{"WALTZ", []string{"WALTZES"}},
		{"EURO", []string{"EUROS"}},
		{"Y", []string{"YS"}},
		{"party", []string{"parties"}}, // suffix follows the case
		{"BARAD-DUR", []string{"BARAD-DURS"}},
		{"ERDOĞAN", []string{"ERDOĞANS"}},
		{"U.S.", nil},
		{"77", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Plurals(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("Plurals(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestFormsVerbForms(t *testing.T) {
	tests := []struct {
		base string
		want []string
	}{
		{"DEPART", []string{"DEPART", "DEPARTS", "DEPARTED", "DEPARTING"}},
		{"ACCEPT", []string{"ACCEPT", "ACCEPTS", "ACCEPTED", "ACCEPTING"}},
		{"BAN", []string{"BAN", "BANS", "BANNED", "BANNING"}},
		{"STOP", []string{"STOP", "STOPS", "STOPPED", "STOPPING"}},
		{"PLAN", []string{"PLAN", "PLANS", "PLANNED", "PLANNING"}},
		{"SPUR", []string{"SPUR", "SPURS", "SPURRED", "SPURRING"}},
		{"FIX", []string{"FIX", "FIXES", "FIXED", "FIXING"}},          // X is not doubled
		{"PLAY", []string{"PLAY", "PLAYS", "PLAYED", "PLAYING"}},      // nor Y
		{"VISIT", []string{"VISIT", "VISITS", "VISITED", "VISITING"}}, // two syllables
		{"RAID", []string{"RAID", "RAIDS", "RAIDED", "RAIDING"}},      // two vowels
		{"DENY", []string{"DENY", "DENIES", "DENIED", "DENYING"}},
		{"DELAY", []string{"DELAY", "DELAYS", "DELAYED", "DELAYING"}},
		{"ARGUE", []string{"ARGUE", "ARGUES", "ARGUED", "ARGUING"}},
		{"AGREE", []string{"AGREE", "AGREES", "AGREED", "AGREEING"}},
		{"DYE", []string{"DYE", "DYES", "DYED", "DYEING"}},
		{"HOE", []string{"HOE", "HOES", "HOED", "HOEING"}},
		{"DIE", []string{"DIE", "DIES", "DIED", "DYING"}},
		{"TIE", []string{"TIE", "TIES", "TIED", "TYING"}},
		{"BE", []string{"BE", "BES", "BED", "BEING"}},
		{"GO", []string{"GO", "GOES", "GOED", "GOING"}},
		{"VETO", []string{"VETO", "VETOES", "VETOED", "VETOING"}},
		{"PRESS", []string{"PRESS", "PRESSES", "PRESSED", "PRESSING"}},
		{"AMBUSH", []string{"AMBUSH", "AMBUSHES", "AMBUSHED", "AMBUSHING"}},
		{"REACH", []string{"REACH", "REACHES", "REACHED", "REACHING"}},
		{"QUIZ", []string{"QUIZ", "QUIZES", "QUIZED", "QUIZING"}}, // QU: no doubling by the simple rule
		{"accept", []string{"accept", "accepts", "accepted", "accepting"}},
		{"N'T", []string{"N'T", "N'TS", "N'TED", "N'TING"}},
		{"3", []string{"3"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := VerbForms(tt.base); !slices.Equal(got, tt.want) {
			t.Errorf("VerbForms(%q) = %q, want %q", tt.base, got, tt.want)
		}
	}
}
