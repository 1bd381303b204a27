package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/eval"
	"github.com/sitrep/sitrep/pipeline"
)

func init() { evalCommands["penta"] = cmdEvalPenta }

const evalPentaHelp = `Usage: sitrep eval penta [flags] FILE.tsv

Score the coder on news sentences labelled with one of five classes of
CAMEO event roots (the ConfliBERT "CAMEO penta" task):

  0  statement             roots 01-02
  1  verbal cooperation    roots 03-05
  2  material cooperation  roots 06-08
  3  verbal conflict       roots 09-13
  4  material conflict     roots 14-20

FILE (- for standard input) has one row per line, sentence<TAB>label, UTF-8,
LF or CRLF; a header line, blank lines and CSV-style quoted sentences are
accepted. A row that cannot be read is reported with its line and skipped.

Each sentence is coded as one article (it may split into several
sentences) with the built-in dictionaries, or those given with --dict. The
prediction is the most salient event: the one whose verb comes first; for
events of the same verb, the higher class (material over verbal). A
sentence with no event is a miss: no prediction, and it counts against the
recall of its gold class.

The report gives per class the support, predictions, precision, recall and
F1, the confusion matrix (rows gold, columns predicted or none) and

  coverage = coded / n          accuracy = correct / n
  macro-F1 = mean F1 of the classes (scikit-learn "macro", misses as
             false negatives)
  micro-F1 = F1 of micro precision (correct / coded) and micro recall
             (correct / n); it is the accuracy when every row is coded

With --json the report is one JSON object with the keys n, coded, coverage,
correct, accuracy, macro_f1, micro_f1, micro_precision, micro_recall,
skipped, classes, confusion and notes (and mistakes with -v). -v lists
every row predicted wrong or not at all, with its sentence, gold class,
prediction and event.

The exit status is 0 when the file was scored (whatever the figures,
unless --min-macro-f1 is given), 1 when it could not be read or scored, 2
for a wrong command line.

EXAMPLES
  sitrep eval penta conflibert-cameo-penta-train.tsv
  sitrep eval penta --json conflibert-cameo-penta-train.tsv > penta.json
  sitrep eval penta -v --dict dictionaries/ sentences.tsv | less
  sitrep eval penta --min-macro-f1 0.8 conflibert-cameo-penta-train.tsv   # for CI
`

// maxPentaProblems is how many unreadable rows are listed one by one.
const maxPentaProblems = 10

// pentaProgressEvery is how often (in rows) a long run reports progress on
// standard error; shorter files are scored without progress lines.
const pentaProgressEvery = 10000

func cmdEvalPenta(e *env, args []string) int {
	const name = "eval penta"
	fs := newFlagSet(name)
	asJSON := fs.Bool("json", false, "write the report as one JSON object")
	verbose := fs.Bool("v", false, "list every row predicted wrong or not at all")
	var dicts listFlag
	fs.Var(&dicts, "dict", "dictionary `DIR|FILE`; may be repeated (default: the built-in dictionaries)")
	var sets listFlag
	fs.Var(&sets, "set", "coder option `NAME=VALUE` (require_dyad, new_actor_length, comma_min, ...); may be repeated")
	minF1 := fs.Float64("min-macro-f1", 0, "exit with status 1 if the macro-F1 is below `X` (0 to 1)")
	files, code, done := parse(e, fs, args, evalPentaHelp)
	if done {
		return code
	}
	if len(files) != 1 {
		return usageError(e, name, fmt.Sprintf("want one file, got %d", len(files)))
	}
	if *minF1 < 0 || *minF1 > 1 {
		return usageError(e, name, fmt.Sprintf("--min-macro-f1 %g: want a value between 0 and 1", *minF1))
	}
	fail := func(err error) int { return failure(e, name, err) }

	rows, skipped, err := readPentaFile(e, files[0])
	if err != nil {
		return fail(err)
	}
	if len(rows) == 0 {
		return fail(fmt.Errorf("%s: no rows to score; want sentence<TAB>label lines with labels 0 to 4", files[0]))
	}
	d, err := loadDictionaries(e, dicts)
	if err != nil {
		return fail(err)
	}
	o, err := coderOptions(d, sets)
	if err != nil {
		return usageError(e, name, err.Error())
	}
	p := pipeline.New(dict.Compile(d), o)

	nCoded := 0
	rep := eval.RunPenta(rows, func(text string) []sitrep.Event {
		evs, _ := p.Article(sitrep.Article{ID: "penta", Text: text})
		nCoded++
		if len(rows) > pentaProgressEvery && nCoded%pentaProgressEvery == 0 {
			fmt.Fprintf(e.stderr, "sitrep %s: %d of %d rows coded\n", name, nCoded, len(rows))
		}
		return evs
	})
	rep.File = files[0]
	rep.Skipped = skipped
	if *asJSON {
		err = rep.WriteJSON(e.stdout, *verbose)
	} else {
		err = rep.WriteText(e.stdout, *verbose)
	}
	if err != nil {
		return fail(fmt.Errorf("write report: %w", err))
	}
	if *minF1 > 0 && rep.MacroF1() < *minF1 {
		fmt.Fprintf(e.stderr, "sitrep %s: macro-F1 %.4f is below --min-macro-f1 %g\n", name, rep.MacroF1(), *minF1)
		return exitFailure
	}
	return exitOK
}

// readPentaFile reads the rows of path (- for standard input). Unreadable
// rows are reported on standard error and counted in skipped.
func readPentaFile(e *env, path string) (rows []eval.PentaRow, skipped int, err error) {
	var r io.Reader = e.stdin
	name := "stdin"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, 0, err
		}
		defer f.Close()
		r, name = f, path
	}
	rows, err = eval.ReadPenta(r, name)
	var list eval.ErrorList
	switch {
	case errors.As(err, &list):
		for i, le := range list {
			if i == maxPentaProblems {
				fmt.Fprintf(e.stderr, "sitrep eval penta: ... and %d more rows skipped\n", len(list)-i)
				break
			}
			fmt.Fprintf(e.stderr, "sitrep eval penta: row skipped: %v\n", le)
		}
		return rows, len(list), nil
	case err != nil:
		return nil, 0, err
	}
	return rows, 0, nil
}
