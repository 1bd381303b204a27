package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/sitrep/sitrep/eval"
)

const evalHelp = `Usage: sitrep eval SUITE [flags] FILE

Score the coder against a validation suite: code every record of the suite
with the dictionaries it names and compare the events with the expected
ones. Suites:

  petrarch   PETRARCH unit-test records (XML), e.g. PETR.UnitTest.records.xml
  tabari     TABARI validation texts, through their .project file
  penta      sentence<TAB>label rows with the 5-way CAMEO class, coded with the
             default (or --dict) dictionaries

Run 'sitrep eval SUITE --help' for the flags of a suite.

EXAMPLES
  sitrep eval petrarch PETR.UnitTest.records.xml
  sitrep eval tabari -v TABARI.Demo.project
  sitrep eval penta --json conflibert-cameo-penta-train.tsv
`

const evalPetrarchHelp = `Usage: sitrep eval petrarch [flags] RECORDS.xml

Score the coder against PETRARCH validation records. The <Environment> of
the file names the dictionaries (relative to the file) and options; <Config>
elements between records change options from there on. Each record's text
is coded as one sentence, without the Treebank parse.

A record is correct when the set of (source, target, event) codings
produced equals the expected set, when it expects no events and none are
produced, or when it expects a discard or dateline and gets it. Records with
valid="false" or error="bad_input_parse" are skipped. The report gives a
table per category and the line

  N records, C correct, W wrong, S skipped (rate 0.xxx)

where rate = correct / (records - skipped). With --json the report is one
JSON object with the keys records, correct, wrong, skipped, rate,
categories, failures, skips and notes.

The exit status is 0 when the suite ran (whatever the rate, unless
--min-rate is given), 1 when it could not be read or run, 2 for a wrong
command line.

EXAMPLES
  sitrep eval petrarch PETR.UnitTest.records.xml
  sitrep eval petrarch -v --id DEMO-01 --id DEMO-02 PETR.UnitTest.records.xml
  sitrep eval petrarch --json PETR.UnitTest.records.xml > report.json
  sitrep eval petrarch --min-rate 0.8 PETR.UnitTest.records.xml   # for CI
`

const evalTabariHelp = `Usage: sitrep eval tabari [flags] FILE.project

Score the coder against TABARI validation records. The .project file names
the .actors, .verbs and .options files and the text files; the validation
fields { SOURCE / TARGET / EVENT }, {---}, {###} and {OPTION: ...} are read
from the /* ... */ comments of the text records (TABARI manual, section
10.1). Records without validation fields are not scored. Options the coder
does not have are ignored with a note.

The report and the exit status are as for 'sitrep eval petrarch'.

EXAMPLES
  sitrep eval tabari TABARI.Demo.project
  sitrep eval tabari -v --id DEMO-04 TABARI.Demo.project
  sitrep eval tabari --json TABARI.Demo.project
`

func cmdEval(e *env, args []string) int {
	if len(args) == 0 {
		return usageError(e, "eval", "no suite: want 'sitrep eval petrarch|tabari|penta FILE'")
	}
	switch args[0] {
	case "-h", "-help", "--help":
		fmt.Fprint(e.stdout, evalHelp)
		return exitOK
	case "petrarch", "tabari":
		return evalSuite(e, args[0], args[1:])
	}
	if f, ok := evalCommands[args[0]]; ok {
		return f(e, args[1:])
	}
	return usageError(e, "eval", fmt.Sprintf("unknown suite %q: want petrarch, tabari or penta", args[0]))
}

// evalCommands are further "sitrep eval NAME" benchmarks, added by the
// files that implement them (in init).
var evalCommands = map[string]func(e *env, args []string) int{}

func evalSuite(e *env, suite string, args []string) int {
	name := "eval " + suite
	help := evalPetrarchHelp
	if suite == "tabari" {
		help = evalTabariHelp
	}
	fs := newFlagSet(name)
	asJSON := fs.Bool("json", false, "write the report as one JSON object")
	verbose := fs.Bool("v", false, "list every failure (expected against produced events) and skipped record")
	var ids listFlag
	fs.Var(&ids, "id", "score only the record with this `ID`; may be repeated")
	minRate := fs.Float64("min-rate", 0, "exit with status 1 if the rate is below `R` (0 to 1)")
	files, code, done := parse(e, fs, args, help)
	if done {
		return code
	}
	if len(files) != 1 {
		return usageError(e, name, fmt.Sprintf("want one file, got %d", len(files)))
	}
	if *minRate < 0 || *minRate > 1 {
		return usageError(e, name, fmt.Sprintf("--min-rate %g: want a rate between 0 and 1", *minRate))
	}
	opts := eval.RunOptions{IDs: ids}
	var (
		rep eval.Report
		err error
	)
	if suite == "petrarch" {
		rep, err = runPetrarch(e, files[0], opts)
	} else {
		rep, err = eval.RunTabari(files[0], opts)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep %s: %v\n", name, err)
		return exitFailure
	}
	if len(ids) > 0 && rep.Records < len(ids) {
		fmt.Fprintf(e.stderr, "sitrep %s: only %d of the %d --id records are in the suite\n", name, rep.Records, len(ids))
	}
	if *asJSON {
		err = rep.WriteJSON(e.stdout)
	} else {
		err = rep.WriteText(e.stdout, *verbose)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep %s: write report: %v\n", name, err)
		return exitFailure
	}
	if *minRate > 0 && rep.Rate() < *minRate {
		fmt.Fprintf(e.stderr, "sitrep %s: rate %.3f is below --min-rate %g\n", name, rep.Rate(), *minRate)
		return exitFailure
	}
	return exitOK
}

// runPetrarch reads and runs a PETRARCH suite. Records that cannot be read
// are reported and left out.
func runPetrarch(e *env, path string, opts eval.RunOptions) (eval.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return eval.Report{}, err
	}
	defer f.Close()
	s, err := eval.ReadPetrarch(f, path)
	var list eval.ErrorList
	switch {
	case errors.As(err, &list):
		for _, le := range list {
			fmt.Fprintf(e.stderr, "sitrep eval petrarch: record left out: %v\n", le)
		}
	case err != nil:
		return eval.Report{}, err
	}
	return eval.RunPetrarch(s, opts)
}
