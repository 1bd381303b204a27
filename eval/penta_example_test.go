package eval_test

import (
	"os"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/eval"
)

func ExampleRunPenta() {
	rows, err := eval.ReadPenta(strings.NewReader("sentence\tlabel\n"+
		"Arnor praised Gondor.\t1\n"+
		"Gondor attacked Mordor.\t4\n"+
		"Mordor accused Arnor.\t3\n"), "demo.tsv")
	if err != nil {
		panic(err)
	}
	// A stand-in coder: one event whose code is told by the verb.
	code := func(text string) []sitrep.Event {
		for verb, cameo := range map[string]string{"praised": "051", "attacked": "190"} {
			if i := strings.Index(text, verb); i >= 0 {
				return []sitrep.Event{{CAMEO: cameo, Verb: &sitrep.Mention{Text: verb, Start: i, End: i + len(verb)}}}
			}
		}
		return nil
	}
	rep := eval.RunPenta(rows, code)
	rep.WriteText(os.Stdout, true)
	// Output:
	// MISS line 4: gold 3 verbal conflict, predicted none
	//   text:  Mordor accused Arnor.
	//
	// class                   roots  support  predicted  correct  precision  recall  f1
	// 0 statement             01-02  0        0          0        0.000      0.000   0.000
	// 1 verbal cooperation    03-05  1        1          1        1.000      1.000   1.000
	// 2 material cooperation  06-08  0        0          0        0.000      0.000   0.000
	// 3 verbal conflict       09-13  1        0          0        0.000      0.000   0.000
	// 4 material conflict     14-20  1        1          1        1.000      1.000   1.000
	//
	// confusion (rows: gold, columns: predicted)
	//   gold  0  1  2  3  4  none
	//      0  0  0  0  0  0     0
	//      1  0  1  0  0  0     0
	//      2  0  0  0  0  0     0
	//      3  0  0  0  0  0     1
	//      4  0  0  0  0  1     0
	//
	// n 3, coded 2 (coverage 0.667), correct 2 (accuracy 0.667)
	// macro-F1 0.667, micro-F1 0.800 (micro precision 1.000, micro recall 0.667)
}
