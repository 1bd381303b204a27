package dict_test

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/dict"
)

func ExampleReadPetrarchActors() {
	const actors = `GOLLUM  # a primary phrase without a code
+SMEAGOL
	[HOB <950601]
	[HOBREB >990816]
THE_SHIRE [FRO/SAM]
MORDOR [MOR
`
	d, errs := dict.ReadPetrarchActors(strings.NewReader(actors), "mini.actors.txt")
	for _, a := range d.Actors {
		fmt.Println(a.Pos, len(a.Names), "names", a.Codes)
	}
	for _, e := range errs {
		fmt.Println(e)
	}
	// Output:
	// mini.actors.txt:1 2 names [{HOB 0 19950601} {HOBREB 19990816 0}]
	// mini.actors.txt:5 1 names [{FRO 0 0} {SAM 0 0}]
	// mini.actors.txt:6: missing ] after [
}

func ExampleReadPetrarchVerbs() {
	const verbs = `&CURRENCY
+DOLLAR
--- GRANT [070] ---
GIVE {GAVE GIVEN}
- * &CURRENCY [071]
- SUGGESTED_+ * LOAN [072]
- * TWO * [073]
`
	d, errs := dict.ReadPetrarchVerbs(strings.NewReader(verbs), "mini.verbs.txt")
	v := d.Verbs[0]
	var forms []string
	for _, f := range v.Forms {
		forms = append(forms, f.Words[0].Text)
	}
	fmt.Println(strings.Join(forms, " "))
	p := v.Patterns[1]
	fmt.Println(len(p.Before), p.Before[1].Kind == dict.ElemTarget, p.Before[1].Adjacent, p.After[0].Word.Text, p.Code)
	fmt.Println(errs)
	// Output:
	// GIVE GAVE GIVEN GIVES GIVING
	// 2 true true LOAN 072
	// mini.verbs.txt:7: pattern: more than one verb marker * in pattern
}
