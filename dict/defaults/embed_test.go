package defaults

import (
	"testing"

	"github.com/sitrep/sitrep/dict"
)

func TestLoad(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) == 0 || len(d.Agents) == 0 || len(d.Verbs) == 0 {
		t.Fatalf("embedded dictionaries are empty: %d actors, %d agents, %d verbs", len(d.Actors), len(d.Agents), len(d.Verbs))
	}
	m := dict.Compile(d)
	toks := m.Prepare([]string{"CENTCOM"}, nil)
	mt, ok := m.Actor(toks, 0)
	if !ok {
		t.Fatal("CENTCOM is not an actor")
	}
	if got := m.ActorCodes(mt.Val, 20230707); len(got) != 1 || got[0] != "USAMIL" {
		t.Errorf("CENTCOM codes %v, want [USAMIL]", got)
	}
}

// TestLint checks the embedded dictionaries as `sitrep dict check
// dict/defaults/` does: they must hold no errors.
func TestLint(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range dict.Lint(d, dict.LintOptions{}) {
		if f.Severity == dict.LintError {
			t.Error(f)
		} else {
			t.Log(f)
		}
	}
}
