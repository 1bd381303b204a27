package eval_test

import (
	"os"
	"strings"

	"github.com/sitrep/sitrep/eval"
)

func ExampleScore() {
	recs, err := eval.ReadTabariText(strings.NewReader(`950101 DEMO-01
Arnor is about to restore full diplomatic ties with Gondor.
/* { ARN / GON / 064 } */

950101 DEMO-02
Gondor welcomed the move.
/* {---} */
`), "demo.text")
	if err != nil {
		panic(err)
	}
	// A stand-in coder that finds one event in every record.
	code := func(rec eval.Record, opts []eval.KV) eval.Outcome {
		return eval.Outcome{Events: []eval.Coding{{Source: "ARN", Target: "GON", Code: "064"}}}
	}
	rep := eval.Score(recs, nil, code)
	rep.WriteText(os.Stdout, true)
	// Output:
	// category  records  correct  wrong  skipped  rate
	// DEMO      2        1        1      0        0.500
	//
	// FAIL DEMO-02 [DEMO] line 5: expected no events, got 1 event
	//   text:     Gondor welcomed the move.
	//   expected: (no events)
	//   got:      ARN GON 064
	//
	// 2 records, 1 correct, 1 wrong, 0 skipped (rate 0.500)
}
