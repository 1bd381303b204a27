package pipeline_test

import (
	"fmt"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/coder"
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/pipeline"
)

func ExamplePipeline_Article() {
	actor := func(name, code string) dict.Actor {
		return dict.Actor{Names: []dict.Phrase{{{Text: name}}}, Codes: []dict.DatedCode{{Code: code}}}
	}
	m := dict.Compile(&dict.Dictionary{
		Actors: []dict.Actor{actor("ARNOR", "ARN"), actor("GONDOR", "GON")},
		Verbs:  []dict.Verb{{Code: "064", Forms: []dict.VerbForm{{Words: dict.Phrase{{Text: "RESTORED"}}}}}},
	})
	p := pipeline.New(m, coder.DefaultOptions())
	evs, st := p.Article(sitrep.Article{
		ID:        "a1",
		Published: "2024-03-05",
		Text:      "Arnor restored ties with Gondor on Monday. It was sunny.",
	})
	for _, ev := range evs {
		fmt.Printf("%s %s %s %s %q [%d:%d]\n", ev.Source.Code, ev.Target.Code, ev.CAMEO, ev.CAMEORoot, ev.Verb.Text, ev.Verb.Start, ev.Verb.End)
	}
	fmt.Printf("%d sentences, %d events\n", st.Sentences, st.Events)
	// Output:
	// ARN GON 064 06 "restored" [6:14]
	// 2 sentences, 1 events
}
