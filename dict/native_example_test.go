package dict_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/sitrep/sitrep/dict"
)

func ExampleWriteNative() {
	// A PETRARCH actors file, converted.
	d, _ := dict.ReadPetrarchActors(strings.NewReader(
		"GONDOR [GON]\n+MINAS_TIRITH\nDENETHOR [GONGOV <30190315] [GONELI]\n"), "Mini.actors.txt")
	if err := dict.WriteNative(os.Stdout, d); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # sitrep dictionary: the format is described in docs/dictionary-format.md
	// format 1
	//
	// actor GONDOR
	// 	name MINAS TIRITH
	// 	code GON
	//
	// actor DENETHOR
	// 	code GONGOV ..3019-03-15
	// 	code GONELI
}

func ExampleLint() {
	d, _ := dict.ReadNative(strings.NewReader(`actor GEORGIA
	code GEO
actor GEORGIA
	code USA
verb ATTACK
	code 190
	pattern * + [190]
	pattern * + [195]
`), "team.sitrep")
	for _, f := range dict.Lint(d, dict.LintOptions{}) {
		fmt.Println(f)
	}
	// Output:
	// team.sitrep:3: error: name GEORGIA is USA here but GEO in the actor at team.sitrep:1, at the same time [conflict]
	// team.sitrep:8: error: pattern * + [195] can never match: the pattern at team.sitrep:7 has the same elements and comes first (code 190) [unreachable]
}
