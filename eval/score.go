package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"text/tabwriter"
)

// Outcome is what the coder made of one record.
type Outcome struct {
	Events []Coding
	// Discard is "", ErrSentenceDiscard or ErrStoryDiscard.
	Discard string
	// Dateline: the text starts with a dateline.
	Dateline bool
	// Complex: the coder rejected the sentence as too complex (TABARI +++).
	Complex bool
	// Err is set when the record could not be coded at all.
	Err error
}

// CodeFunc codes one record. opts are all the option settings in force
// for it, oldest first: the suite's base options, then every record's
// changes up to and including rec.Options. A later setting of a name
// overrides an earlier one.
type CodeFunc func(rec Record, opts []KV) Outcome

// Tally counts the records of one category.
type Tally struct {
	Records int `json:"records"`
	Correct int `json:"correct"`
	Wrong   int `json:"wrong"`
	Skipped int `json:"skipped"`
}

// Rate is Correct / (Records - Skipped), or 0 when nothing was scored.
func (t Tally) Rate() float64 {
	if n := t.Records - t.Skipped; n > 0 {
		return float64(t.Correct) / float64(n)
	}
	return 0
}

// Failure is one wrongly coded record.
type Failure struct {
	ID       string   `json:"id"`
	Category string   `json:"category"`
	Line     int      `json:"line"`
	Text     string   `json:"text"`
	Expected []Coding `json:"expected"`
	// Expect describes what was expected when it was not events: "no
	// events", "sentencediscard", "dateline", ...
	Expect string   `json:"expect,omitempty"`
	Got    []Coding `json:"got"`
	Note   string   `json:"note"`
}

// Skip is one record that was not scored, and why.
type Skip struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Line     int    `json:"line"`
	Reason   string `json:"reason"`
}

// Report is the result of scoring a suite.
type Report struct {
	Suite                            string // the suite file, for display
	Records, Correct, Wrong, Skipped int
	Categories                       map[string]*Tally
	Failures                         []Failure // in record order
	Skips                            []Skip    // in record order
	// Notes are things the run ignored or could not do that do not belong
	// to one record: unknown options, skipped dictionary lines.
	Notes []string
}

// Rate is Correct / (Records - Skipped), or 0 when nothing was scored.
func (r Report) Rate() float64 {
	return Tally{Records: r.Records, Correct: r.Correct, Skipped: r.Skipped}.Rate()
}

// noCategory names the category of records that have none.
const noCategory = "(none)"

// Score runs code on every record that can be checked and scores the
// outcome. base are the suite's options, in force before the first record.
//
// A record is correct when it expects events and the set of (source,
// target, code) produced equals the expected set (for a Partial record,
// contains it); when it expects no events and none are produced; or when it
// expects a discard or a dateline and the outcome has it. Records with
// valid="false", records needing the Treebank parse (bad_input_parse) and
// records the suite marks with Skip are skipped. A panic in code makes the
// record wrong.
func Score(recs []Record, base []KV, code CodeFunc) Report {
	rep := Report{Categories: map[string]*Tally{}}
	opts := slices.Clip(slices.Clone(base))
	for _, rec := range recs {
		opts = append(opts, rec.Options...)
		cat := rec.Category
		if cat == "" {
			cat = noCategory
		}
		t := rep.Categories[cat]
		if t == nil {
			t = &Tally{}
			rep.Categories[cat] = t
		}
		t.Records++
		rep.Records++
		if why := skipReason(rec); why != "" {
			t.Skipped++
			rep.Skipped++
			rep.Skips = append(rep.Skips, Skip{ID: rec.ID, Category: rec.Category, Line: rec.Line, Reason: why})
			continue
		}
		out := safeCode(code, rec, slices.Clip(opts))
		ok, note := judge(rec, out)
		if ok {
			t.Correct++
			rep.Correct++
			continue
		}
		t.Wrong++
		rep.Wrong++
		rep.Failures = append(rep.Failures, Failure{
			ID:       rec.ID,
			Category: rec.Category,
			Line:     rec.Line,
			Text:     rec.Text,
			Expected: nonNil(rec.Expected),
			Expect:   expect(rec),
			Got:      nonNil(dedup(out.Events)),
			Note:     note,
		})
	}
	return rep
}

func safeCode(code CodeFunc, rec Record, opts []KV) (out Outcome) {
	defer func() {
		if v := recover(); v != nil {
			out = Outcome{Err: fmt.Errorf("coder panic: %v", v)}
		}
	}()
	return code(rec, opts)
}

// skipReason says why rec is not scored, or "" if it is.
func skipReason(rec Record) string {
	switch {
	case rec.Skip != "":
		return rec.Skip
	case !rec.Valid:
		return `valid="false"`
	case rec.Error == ErrBadParse:
		return "needs the Treebank parse (error=bad_input_parse); sitrep codes raw text"
	case rec.Error == "" && !rec.NoEvents && len(rec.Expected) == 0:
		return "nothing to check"
	}
	return ""
}

// judge reports whether out is right for rec, and if not, why.
func judge(rec Record, out Outcome) (bool, string) {
	if out.Err != nil {
		return false, out.Err.Error()
	}
	switch rec.Error {
	case "":
	case ErrSentenceDiscard, ErrStoryDiscard:
		if out.Discard == rec.Error {
			return true, ""
		}
		return false, "expected " + rec.Error + ", got " + describe(out)
	case ErrDiscard:
		if out.Discard != "" {
			return true, ""
		}
		return false, "expected a discard, got " + describe(out)
	case ErrDateline:
		if out.Dateline {
			return true, ""
		}
		return false, "expected a dateline, got " + describe(out)
	case ErrComplex:
		if out.Complex {
			return true, ""
		}
		return false, "expected a complexity rejection {+++}, got " + describe(out)
	default:
		return false, fmt.Sprintf("unknown expected error %q, got %s", rec.Error, describe(out))
	}
	got := dedup(out.Events)
	if rec.NoEvents {
		if len(got) == 0 {
			return true, ""
		}
		return false, "expected no events, got " + describe(out)
	}
	want := dedup(rec.Expected)
	var missing, extra []string
	for _, c := range want {
		if !slices.Contains(got, c) {
			missing = append(missing, c.String())
		}
	}
	if !rec.Partial {
		for _, c := range got {
			if !slices.Contains(want, c) {
				extra = append(extra, c.String())
			}
		}
	}
	if len(missing) == 0 && len(extra) == 0 {
		return true, ""
	}
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, "missing "+strings.Join(missing, "; "))
	}
	if len(extra) > 0 {
		parts = append(parts, "unexpected "+strings.Join(extra, "; "))
	}
	if out.Discard != "" {
		parts = append(parts, "sentence discarded ("+out.Discard+")")
	}
	return false, strings.Join(parts, ", ")
}

// expect describes what rec expects when it is not a set of events.
func expect(rec Record) string {
	switch {
	case rec.Error != "":
		return rec.Error
	case rec.NoEvents:
		return "no events"
	}
	return ""
}

// describe summarises an outcome for a failure note.
func describe(out Outcome) string {
	var s []string
	if out.Discard != "" {
		s = append(s, out.Discard)
	}
	if out.Dateline {
		s = append(s, "dateline")
	}
	switch n := len(dedup(out.Events)); n {
	case 0:
		s = append(s, "no events")
	case 1:
		s = append(s, "1 event")
	default:
		s = append(s, fmt.Sprintf("%d events", n))
	}
	return strings.Join(s, ", ")
}

// dedup returns cs without repeated codings, keeping the first of each.
func dedup(cs []Coding) []Coding {
	var out []Coding
	for _, c := range cs {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func nonNil(cs []Coding) []Coding {
	if cs == nil {
		return []Coding{}
	}
	return cs
}

// MarshalJSON writes the report as one object with the keys records,
// correct, wrong, skipped, rate, categories, failures, skips and notes.
func (r Report) MarshalJSON() ([]byte, error) {
	type category struct {
		Tally
		Rate float64 `json:"rate"`
	}
	cats := map[string]category{}
	for k, t := range r.Categories {
		cats[k] = category{*t, round3(t.Rate())}
	}
	v := struct {
		Suite      string              `json:"suite,omitempty"`
		Records    int                 `json:"records"`
		Correct    int                 `json:"correct"`
		Wrong      int                 `json:"wrong"`
		Skipped    int                 `json:"skipped"`
		Rate       float64             `json:"rate"`
		Categories map[string]category `json:"categories"`
		Failures   []Failure           `json:"failures"`
		Skips      []Skip              `json:"skips"`
		Notes      []string            `json:"notes"`
	}{r.Suite, r.Records, r.Correct, r.Wrong, r.Skipped, round3(r.Rate()), cats,
		r.Failures, r.Skips, r.Notes}
	if v.Failures == nil {
		v.Failures = []Failure{}
	}
	if v.Skips == nil {
		v.Skips = []Skip{}
	}
	if v.Notes == nil {
		v.Notes = []string{}
	}
	return json.Marshal(v)
}

// round3 rounds to three decimals, as the text report prints rates.
func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

// WriteJSON writes r as one indented JSON object.
func (r Report) WriteJSON(w io.Writer) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// WriteText writes the per-category table, the notes and the overall line
// "N records, C correct, W wrong, S skipped (rate 0.xxx)". With verbose it
// also lists every failure with expected against produced events, and
// every skipped record with its reason.
func (r Report) WriteText(w io.Writer, verbose bool) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "category\trecords\tcorrect\twrong\tskipped\trate")
	cats := make([]string, 0, len(r.Categories))
	for k := range r.Categories {
		cats = append(cats, k)
	}
	slices.Sort(cats)
	for _, k := range cats {
		t := r.Categories[k]
		rate := "-" // nothing scored
		if t.Records > t.Skipped {
			rate = fmt.Sprintf("%.3f", t.Rate())
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\n", k, t.Records, t.Correct, t.Wrong, t.Skipped, rate)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	ew := &errWriter{w: w}
	if verbose {
		for _, f := range r.Failures {
			fmt.Fprintf(ew, "\nFAIL %s [%s] line %d: %s\n", f.ID, f.Category, f.Line, f.Note)
			fmt.Fprintf(ew, "  text:     %s\n", f.Text)
			want := codings(f.Expected)
			if f.Expect != "" {
				want = "(" + f.Expect + ")"
			}
			fmt.Fprintf(ew, "  expected: %s\n", want)
			fmt.Fprintf(ew, "  got:      %s\n", codings(f.Got))
		}
		if len(r.Skips) > 0 {
			fmt.Fprintln(ew)
		}
		for _, s := range r.Skips {
			fmt.Fprintf(ew, "SKIP %s [%s] line %d: %s\n", s.ID, s.Category, s.Line, s.Reason)
		}
	}
	if len(r.Notes) > 0 {
		fmt.Fprintln(ew)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(ew, "note: %s\n", n)
	}
	if verbose || len(r.Notes) > 0 {
		fmt.Fprintln(ew)
	}
	fmt.Fprintf(ew, "%d records, %d correct, %d wrong, %d skipped (rate %.3f)\n",
		r.Records, r.Correct, r.Wrong, r.Skipped, r.Rate())
	return ew.err
}

func codings(cs []Coding) string {
	if len(cs) == 0 {
		return "(none)"
	}
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, "; ")
}

// errWriter keeps the first write error so that a sequence of Fprintf
// calls can be checked once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
