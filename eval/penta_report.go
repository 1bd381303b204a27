package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep"
)

// PentaCoder codes one sentence, given as the text of one article, and
// returns the events found in it (in any order).
type PentaCoder func(text string) []sitrep.Event

// PentaReport is the score of the coder on a penta file.
//
// Definitions, with "coded" meaning the row got a prediction (Salient found
// an event) and a miss being a row that got none:
//
//   - coverage = coded / n.
//   - For class c: predicted = coded rows predicted c, support = rows of
//     gold class c (coded or not), correct = rows of gold c predicted c;
//     precision = correct / predicted, recall = correct / support (a miss
//     counts against the recall of its gold class, and against no
//     precision), F1 = 2PR / (P + R); each is 0 when its denominator is.
//   - macro-F1 is the mean of the per-class F1 over the classes that occur
//     as gold or prediction (all five on any real file): the
//     scikit-learn "macro" average with misses as false negatives.
//   - micro precision = correct / coded, micro recall = correct / n, and
//     micro-F1 = 2PR / (P + R) of these two. When every row is coded,
//     micro-F1 is the accuracy; a miss lowers the micro recall only.
//   - accuracy = correct / n, a miss counting as wrong.
type PentaReport struct {
	File    string // the input, for display
	N       int    // rows scored
	Coded   int    // rows with a prediction
	Correct int    // rows predicted right
	Skipped int    // rows of the input left out as unreadable (set by the caller)
	// Confusion counts rows by gold class (row) and prediction (column);
	// column PentaClasses is "none", the misses.
	Confusion [PentaClasses][PentaClasses + 1]int
	// Mistakes are the rows not predicted right, in input order.
	Mistakes []PentaMistake
	Notes    []string
}

// PentaMistake is one row predicted wrong or not at all.
type PentaMistake struct {
	Row       PentaRow
	Predicted int           // PentaNone for a miss
	Event     *sitrep.Event // the salient event; nil for a miss
	Events    int           // events the coder found in the sentence
	Note      string        // e.g. a coder panic
}

// PentaScore is the score of one class.
type PentaScore struct {
	Class     int     `json:"class"`
	Name      string  `json:"name"`
	Roots     string  `json:"roots"`
	Support   int     `json:"support"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// RunPenta codes every row with code, takes the Salient event as the
// row's prediction and scores the predictions against the labels. A panic
// in code makes the row a miss, with a note in its mistake.
func RunPenta(rows []PentaRow, code PentaCoder) PentaReport {
	var rep PentaReport
	for _, row := range rows {
		if row.Label < 0 || row.Label >= PentaClasses {
			panic(fmt.Sprintf("eval.RunPenta: row at line %d has label %d", row.Line, row.Label))
		}
		evs, note := safePenta(code, row.Text)
		ev, pred, ok := Salient(evs)
		rep.N++
		col := PentaClasses
		if ok {
			rep.Coded++
			col = pred
		}
		rep.Confusion[row.Label][col]++
		if ok && pred == row.Label {
			rep.Correct++
			continue
		}
		m := PentaMistake{Row: row, Predicted: pred, Events: len(evs), Note: note}
		if ok {
			m.Event = &ev
		}
		rep.Mistakes = append(rep.Mistakes, m)
	}
	return rep
}

func safePenta(code PentaCoder, text string) (evs []sitrep.Event, note string) {
	defer func() {
		if v := recover(); v != nil {
			evs, note = nil, fmt.Sprintf("coder panic: %v", v)
		}
	}()
	return code(text), ""
}

// pentaRatio is a / b, or 0 when b is 0.
func pentaRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// pentaF1 is the harmonic mean of p and r, or 0 when both are 0.
func pentaF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Coverage is Coded / N, or 0 for no rows.
func (r PentaReport) Coverage() float64 { return pentaRatio(r.Coded, r.N) }

// Accuracy is Correct / N, a miss counting as wrong.
func (r PentaReport) Accuracy() float64 { return pentaRatio(r.Correct, r.N) }

// Class returns the score of class c (0 to 4).
func (r PentaReport) Class(c int) PentaScore {
	s := PentaScore{Class: c, Name: PentaName(c), Roots: PentaRoots(c), Correct: r.Confusion[c][c]}
	for _, n := range r.Confusion[c] {
		s.Support += n
	}
	for g := range PentaClasses {
		s.Predicted += r.Confusion[g][c]
	}
	s.Precision = pentaRatio(s.Correct, s.Predicted)
	s.Recall = pentaRatio(s.Correct, s.Support)
	s.F1 = pentaF1(s.Precision, s.Recall)
	return s
}

// MacroF1 is the mean F1 of the classes that occur as gold or prediction,
// or 0 when none does.
func (r PentaReport) MacroF1() float64 {
	sum, n := 0.0, 0
	for c := range PentaClasses {
		s := r.Class(c)
		if s.Support == 0 && s.Predicted == 0 {
			continue
		}
		sum += s.F1
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// Micro returns the micro-averaged precision (Correct / Coded), recall
// (Correct / N) and their F1.
func (r PentaReport) Micro() (precision, recall, f float64) {
	precision, recall = pentaRatio(r.Correct, r.Coded), pentaRatio(r.Correct, r.N)
	return precision, recall, pentaF1(precision, recall)
}

// MicroF1 is the F1 of Micro.
func (r PentaReport) MicroF1() float64 {
	_, _, f := r.Micro()
	return f
}

// pentaColumns are the labels of the confusion matrix columns.
func pentaColumns() []string {
	cols := make([]string, 0, PentaClasses+1)
	for c := range PentaClasses {
		cols = append(cols, strconv.Itoa(c))
	}
	return append(cols, "none")
}

// pentaJSON is the JSON form of a PentaReport.
type pentaJSON struct {
	File           string             `json:"file,omitempty"`
	N              int                `json:"n"`
	Coded          int                `json:"coded"`
	Coverage       float64            `json:"coverage"`
	Correct        int                `json:"correct"`
	Accuracy       float64            `json:"accuracy"`
	MacroF1        float64            `json:"macro_f1"`
	MicroF1        float64            `json:"micro_f1"`
	MicroPrecision float64            `json:"micro_precision"`
	MicroRecall    float64            `json:"micro_recall"`
	Skipped        int                `json:"skipped"`
	Classes        []PentaScore       `json:"classes"`
	Confusion      pentaMatrix        `json:"confusion"`
	Notes          []string           `json:"notes"`
	Mistakes       []pentaMistakeJSON `json:"mistakes,omitempty"`
}

type pentaMatrix struct {
	Gold      []string `json:"gold"`      // row labels
	Predicted []string `json:"predicted"` // column labels, "none" last
	Counts    [][]int  `json:"counts"`
}

type pentaMistakeJSON struct {
	Line      int             `json:"line"`
	Text      string          `json:"text"`
	Gold      int             `json:"gold"`
	Predicted *int            `json:"predicted"` // null for a miss
	Event     *pentaEventJSON `json:"event"`
	Events    int             `json:"events"`
	Note      string          `json:"note,omitempty"`
}

type pentaEventJSON struct {
	Source string `json:"source"`
	Target string `json:"target"`
	CAMEO  string `json:"cameo"`
	Verb   string `json:"verb"`
}

func (r PentaReport) json(verbose bool) pentaJSON {
	p, rec, f := r.Micro()
	v := pentaJSON{
		File: r.File, N: r.N, Coded: r.Coded, Coverage: round3(r.Coverage()),
		Correct: r.Correct, Accuracy: round3(r.Accuracy()),
		MacroF1: round3(r.MacroF1()), MicroF1: round3(f),
		MicroPrecision: round3(p), MicroRecall: round3(rec),
		Skipped: r.Skipped, Notes: r.Notes,
		Confusion: pentaMatrix{Gold: pentaColumns()[:PentaClasses], Predicted: pentaColumns()},
	}
	if v.Notes == nil {
		v.Notes = []string{}
	}
	for c := range PentaClasses {
		s := r.Class(c)
		s.Precision, s.Recall, s.F1 = round3(s.Precision), round3(s.Recall), round3(s.F1)
		v.Classes = append(v.Classes, s)
		v.Confusion.Counts = append(v.Confusion.Counts, r.Confusion[c][:])
	}
	if !verbose {
		return v
	}
	v.Mistakes = []pentaMistakeJSON{}
	for _, m := range r.Mistakes {
		mj := pentaMistakeJSON{Line: m.Row.Line, Text: m.Row.Text, Gold: m.Row.Label, Events: m.Events, Note: m.Note}
		if m.Event != nil {
			pred := m.Predicted
			mj.Predicted = &pred
			mj.Event = &pentaEventJSON{pentaActor(m.Event.Source), pentaActor(m.Event.Target), m.Event.CAMEO, pentaVerb(m.Event.Verb)}
		}
		v.Mistakes = append(v.Mistakes, mj)
	}
	return v
}

// MarshalJSON writes the report as one object with the keys n, coded,
// coverage, correct, accuracy, macro_f1, micro_f1, micro_precision,
// micro_recall, skipped, classes (one object per class), confusion (gold,
// predicted: the row and column labels; counts: the rows) and notes.
// Rates are rounded to three decimals.
func (r PentaReport) MarshalJSON() ([]byte, error) { return json.Marshal(r.json(false)) }

// WriteJSON writes r as one indented JSON object; with verbose it adds the
// key mistakes, listing every row not predicted right (line, text, gold,
// predicted: null for a miss, event, events).
func (r PentaReport) WriteJSON(w io.Writer, verbose bool) error {
	b, err := json.MarshalIndent(r.json(verbose), "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// WriteText writes the per-class table, the confusion matrix and the
// summary lines
//
//	n N, coded C (coverage 0.xxx), correct K (accuracy 0.xxx)
//	macro-F1 0.xxx, micro-F1 0.xxx (micro precision 0.xxx, micro recall 0.xxx)
//
// With verbose it first lists every row not predicted right with its
// sentence, gold class, prediction and salient event.
func (r PentaReport) WriteText(w io.Writer, verbose bool) error {
	ew := &errWriter{w: w}
	if verbose {
		for _, m := range r.Mistakes {
			kind := "WRONG"
			if m.Event == nil {
				kind = "MISS"
			}
			fmt.Fprintf(ew, "%s line %d: gold %s, predicted %s\n", kind, m.Row.Line,
				pentaLabelText(m.Row.Label), pentaLabelText(m.Predicted))
			fmt.Fprintf(ew, "  text:  %s\n", m.Row.Text)
			if m.Event != nil {
				fmt.Fprintf(ew, "  event: %s (%s in the sentence)\n", pentaEvent(*m.Event), pentaPlural(m.Events, "event"))
			}
			if m.Note != "" {
				fmt.Fprintf(ew, "  note:  %s\n", m.Note)
			}
		}
		if len(r.Mistakes) > 0 {
			fmt.Fprintln(ew)
		}
	}
	if r.File != "" {
		fmt.Fprintf(ew, "penta: %s\n\n", r.File)
	}
	tw := tabwriter.NewWriter(ew, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "class\troots\tsupport\tpredicted\tcorrect\tprecision\trecall\tf1")
	for c := range PentaClasses {
		s := r.Class(c)
		fmt.Fprintf(tw, "%d %s\t%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\n", c, s.Name, s.Roots,
			s.Support, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1)
	}
	tw.Flush()
	fmt.Fprintln(ew, "\nconfusion (rows: gold, columns: predicted)")
	tw = tabwriter.NewWriter(ew, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "gold\t"+strings.Join(pentaColumns(), "\t")+"\t")
	for c := range PentaClasses {
		fmt.Fprintf(tw, "%d\t", c)
		for _, n := range r.Confusion[c] {
			fmt.Fprintf(tw, "%d\t", n)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintln(ew)
	for _, n := range r.Notes {
		fmt.Fprintf(ew, "note: %s\n", n)
	}
	if r.Skipped > 0 {
		fmt.Fprintf(ew, "%d input rows skipped as unreadable\n", r.Skipped)
	}
	p, rec, f := r.Micro()
	fmt.Fprintf(ew, "n %d, coded %d (coverage %.3f), correct %d (accuracy %.3f)\n",
		r.N, r.Coded, r.Coverage(), r.Correct, r.Accuracy())
	fmt.Fprintf(ew, "macro-F1 %.3f, micro-F1 %.3f (micro precision %.3f, micro recall %.3f)\n",
		r.MacroF1(), f, p, rec)
	return ew.err
}

// pentaLabelText is "3 verbal conflict", or "none".
func pentaLabelText(c int) string {
	if c < 0 || c >= PentaClasses {
		return "none"
	}
	return strconv.Itoa(c) + " " + PentaName(c)
}

// pentaEvent is `SRC -> TGT 190 "attacked"`.
func pentaEvent(e sitrep.Event) string {
	s := fmt.Sprintf("%s -> %s %s", pentaDash(pentaActor(e.Source)), pentaDash(pentaActor(e.Target)), e.CAMEO)
	if v := pentaVerb(e.Verb); v != "" {
		s += fmt.Sprintf(" %q", v)
	}
	return s
}

// pentaPlural is "1 event", "2 events".
func pentaPlural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// pentaActor is the code of an actor mention, or "".
func pentaActor(m *sitrep.Mention) string {
	if m == nil {
		return ""
	}
	return m.Code
}

// pentaVerb is the text of a verb mention, or "".
func pentaVerb(m *sitrep.Mention) string {
	if m == nil {
		return ""
	}
	return m.Text
}

// pentaDash is s, or "---" for an absent actor.
func pentaDash(s string) string {
	if s == "" {
		return "---"
	}
	return s
}
