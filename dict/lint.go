package dict

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Severity tells how bad a Finding is.
type Severity int

// Severities. An error is a fact that cannot work as written (a code
// that depends on which of two entries the matcher meets first, a pattern
// that can never match); a warning is redundancy or a likely slip.
const (
	LintWarning Severity = iota + 1
	LintError
)

// String returns "warning" or "error".
func (s Severity) String() string {
	switch s {
	case LintWarning:
		return "warning"
	case LintError:
		return "error"
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// Lint rules, the Rule of a Finding.
const (
	RuleSyntax          = "syntax"           // a line a reader skipped (not found by Lint itself)
	RuleEmpty           = "empty"            // an entry with no names or no forms
	RuleNoCode          = "no-code"          // an actor or agent without a code
	RuleDuplicate       = "duplicate"        // the same fact twice
	RuleConflict        = "conflict"         // one phrase, different codes at the same time
	RuleDateRange       = "date-range"       // a date range that ends before it starts
	RuleDateOverlap     = "date-overlap"     // two date ranges of one actor that overlap
	RuleVerbForm        = "verb-form"        // a verb form in two verb blocks
	RuleUnreachable     = "unreachable"      // a pattern shadowed by an earlier, identical one
	RuleUndefinedSynset = "undefined-synset" // a pattern or synset naming a synset nobody defines
	RuleEmptySynset     = "empty-synset"     // a synset without phrases
	RuleSynsetCycle     = "synset-cycle"     // a synset that contains itself
	RuleEventCode       = "event-code"       // a code that is not in the code list
)

// Finding is one problem Lint found.
type Finding struct {
	Pos      Pos
	Severity Severity
	Rule     string
	Msg      string
}

// String formats f as "FILE:LINE: error|warning: message [rule]".
func (f Finding) String() string {
	return fmt.Sprintf("%s: %s: %s [%s]", f.Pos, f.Severity, f.Msg, f.Rule)
}

// LintOptions adjust Lint.
type LintOptions struct {
	// EventCodes, if not nil, holds the valid event codes (CAMEO): verb,
	// form and pattern codes that are not among them are errors. The
	// null codes --- and ### are always valid.
	EventCodes map[string]string
}

// Lint checks a whole dictionary (usually several files merged) for facts
// that contradict or shadow each other, and for references that do not
// resolve. The findings come sorted by position.
func Lint(d *Dictionary, opts LintOptions) []Finding {
	l := &linter{d: d, opts: opts}
	l.actors()
	l.agents()
	l.synsets()
	l.verbs()
	l.discards()
	sort.SliceStable(l.out, func(i, j int) bool {
		a, b := l.out[i].Pos, l.out[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return l.out
}

type linter struct {
	d    *Dictionary
	opts LintOptions
	out  []Finding
	// badCodes: the event codes reported at each position, once each.
	badCodes map[codeAt]bool
}

type codeAt struct {
	pos  Pos
	code string
}

func (l *linter) add(p Pos, sev Severity, rule, format string, args ...any) {
	l.out = append(l.out, Finding{Pos: p, Severity: sev, Rule: rule, Msg: fmt.Sprintf(format, args...)})
}

// phraseText is a phrase as the native format writes it: its key for
// comparisons, and how findings show it.
func phraseText(p Phrase) string {
	b, err := appendPhrase(nil, p, -1)
	if err != nil {
		return fmt.Sprint(p)
	}
	return string(b)
}

func codeText(c DatedCode) string {
	if c.Default() {
		return c.Code
	}
	return c.Code + " " + rangeText(c)
}

func rangeText(c DatedCode) string {
	return string(appendISODate(nil, c.From)) + ".." + string(appendISODate(nil, c.To))
}

func codesText(cs []DatedCode) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = codeText(c)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// bounds turns a code's range into inclusive numbers, open ends included.
func bounds(c DatedCode) (from, to int) {
	from, to = c.From, c.To
	if to == 0 {
		to = 1<<31 - 1
	}
	return from, to
}

func reversed(c DatedCode) bool { return c.From != 0 && c.To != 0 && c.From > c.To }

// overlap reports whether the ranges of a and b share a day, other than
// the one day on which one ends and the other starts: dictionaries
// conventionally end an office on the day the next one starts.
func overlap(a, b DatedCode) bool {
	af, at := bounds(a)
	bf, bt := bounds(b)
	if max(af, bf) > min(at, bt) {
		return false
	}
	touch := (at == bf && af < bf && at < bt) || (bt == af && bf < af && bt < at)
	return !touch
}

func sameCodes(a, b []DatedCode) bool {
	for _, c := range a {
		if !slices.Contains(b, c) {
			return false
		}
	}
	for _, c := range b {
		if !slices.Contains(a, c) {
			return false
		}
	}
	return true
}

// conflict returns two codes of a and b that differ and hold at the same
// time, if there are any.
func conflict(a, b []DatedCode) (DatedCode, DatedCode, bool) {
	for _, x := range a {
		for _, y := range b {
			if x.Code != y.Code && !reversed(x) && !reversed(y) && overlap(x, y) {
				return x, y, true
			}
		}
	}
	return DatedCode{}, DatedCode{}, false
}

func (l *linter) actors() {
	byName := map[string][]int{}
	for i := range l.d.Actors {
		a := &l.d.Actors[i]
		if len(a.Names) == 0 {
			l.add(a.Pos, LintError, RuleEmpty, "actor has no names")
			continue
		}
		name := phraseText(a.Names[0])
		if len(a.Codes) == 0 {
			l.add(a.Pos, LintError, RuleNoCode, "actor %s has no code", name)
		}
		l.actorCodes(a, name)
		seen := map[string]bool{}
		paired := map[int]bool{}
		for _, n := range a.Names {
			k := phraseText(n)
			if seen[k] {
				l.add(a.Pos, LintWarning, RuleDuplicate, "actor %s lists the name %s twice", name, k)
				continue
			}
			seen[k] = true
			dup := false
			for _, j := range byName[k] {
				if paired[j] {
					continue
				}
				paired[j] = true
				b := &l.d.Actors[j]
				if sameCodes(a.Codes, b.Codes) {
					l.add(a.Pos, LintWarning, RuleDuplicate, "name %s with codes %s is already an actor at %v", k, codesText(a.Codes), b.Pos)
					dup = true
				} else if x, y, ok := conflict(a.Codes, b.Codes); ok {
					l.add(a.Pos, LintError, RuleConflict, "name %s is %s here but %s in the actor at %v, at the same time", k, codeText(x), codeText(y), b.Pos)
				}
			}
			if !dup {
				// A duplicate is checked against later actors through
				// the entry it repeats.
				byName[k] = append(byName[k], i)
			}
		}
	}
}

// actorCodes checks the codes of one actor.
func (l *linter) actorCodes(a *Actor, name string) {
	for i, c := range a.Codes {
		if reversed(c) {
			l.add(a.Pos, LintError, RuleDateRange, "actor %s: code %s ends before it starts", name, codeText(c))
			continue
		}
		for _, e := range a.Codes[:i] {
			switch {
			case e == c:
				l.add(a.Pos, LintWarning, RuleDuplicate, "actor %s lists the code %s twice", name, codeText(c))
			case c.Default() || e.Default() || reversed(e):
			case e.Code != c.Code && (e.From != c.From || e.To != c.To) && overlap(e, c):
				l.add(a.Pos, LintError, RuleDateOverlap, "actor %s: the ranges of %s and %s overlap; only the first one counts there", name, codeText(e), codeText(c))
			}
		}
	}
}

func (l *linter) agents() {
	byName := map[string][]int{}
	for i := range l.d.Agents {
		a := &l.d.Agents[i]
		if len(a.Names) == 0 {
			l.add(a.Pos, LintError, RuleEmpty, "agent has no names")
			continue
		}
		name := phraseText(a.Names[0])
		if a.Code == "" {
			l.add(a.Pos, LintError, RuleNoCode, "agent %s has no code", name)
		}
		seen := map[string]bool{}
		paired := map[int]bool{}
		for _, n := range a.Names {
			k := phraseText(n)
			if seen[k] {
				l.add(a.Pos, LintWarning, RuleDuplicate, "agent %s lists the name %s twice", name, k)
				continue
			}
			seen[k] = true
			dup := false
			for _, j := range byName[k] {
				if paired[j] {
					continue
				}
				paired[j] = true
				b := &l.d.Agents[j]
				if a.Code == b.Code && a.Prefix == b.Prefix {
					l.add(a.Pos, LintWarning, RuleDuplicate, "name %s with code %s is already an agent at %v", k, agentCodeText(a), b.Pos)
					dup = true
				} else {
					l.add(a.Pos, LintError, RuleConflict, "name %s is %s here but %s in the agent at %v", k, agentCodeText(a), agentCodeText(b), b.Pos)
				}
			}
			if !dup {
				byName[k] = append(byName[k], i)
			}
		}
	}
}

func agentCodeText(a *Agent) string {
	if a.Prefix {
		return a.Code + "~"
	}
	return "~" + a.Code
}

func (l *linter) synsets() {
	sets := l.d.Synsets
	for _, name := range slices.Sorted(maps.Keys(sets)) {
		s := sets[name]
		if s == nil {
			continue
		}
		if len(s.Phrases) == 0 {
			l.add(s.Pos, LintWarning, RuleEmptySynset, "synset %s has no phrases", name)
		}
		seen := map[string]bool{}
		cycle := false
		for _, ph := range s.Phrases {
			k := elemsKey(ph)
			if seen[k] {
				l.add(s.Pos, LintWarning, RuleDuplicate, "synset %s lists the phrase %s twice", name, elemsText(ph))
			}
			seen[k] = true
			if u := undefinedSynset(ph, sets); u != "" {
				l.add(s.Pos, LintError, RuleUndefinedSynset, "synset %s: phrase %s uses the undefined synset %s", name, elemsText(ph), u)
			} else if c := cycleVia(name, ph, sets); c != "" && !cycle {
				l.add(s.Pos, LintError, RuleSynsetCycle, "synset %s contains itself through %s", name, c)
				cycle = true
			}
		}
	}
}

// elemsKey identifies a sequence of pattern elements with all its flags.
func elemsKey(es []Elem) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%d|%q|%t|%t|%q|%t;", e.Kind, e.Word.Text, e.Word.Stem, e.Word.Gap, e.Synset, e.Adjacent)
	}
	return b.String()
}

// elemsText shows elements as the native format writes them.
func elemsText(es []Elem) string {
	var b []byte
	for i, e := range es {
		if i > 0 {
			b = append(b, sep(e.Adjacent))
		}
		var err error
		if b, err = appendElem(b, e); err != nil {
			return fmt.Sprint(es)
		}
	}
	return string(b)
}

func patternText(p *Pattern) string {
	b, err := appendPattern(nil, p)
	if err != nil {
		return fmt.Sprintf("%+v", *p)
	}
	return string(b)
}

func (l *linter) verbs() {
	byForm := map[string]int{} // form -> first verb block
	for i := range l.d.Verbs {
		v := &l.d.Verbs[i]
		if len(v.Forms) == 0 {
			l.add(v.Pos, LintError, RuleEmpty, "verb block has no forms")
			continue
		}
		name := phraseText(v.Forms[0].Words)
		l.eventCode(v.Pos, "verb "+name, v.Code)
		seen := map[string]bool{}
		shared := map[int][]string{} // other block -> forms shared with it
		var others []int
		for _, f := range v.Forms {
			k := phraseText(f.Words)
			l.eventCode(v.Pos, "verb form "+k, f.Code)
			if seen[k] {
				l.add(v.Pos, LintWarning, RuleDuplicate, "verb %s lists the form %s twice", name, k)
				continue
			}
			seen[k] = true
			if j, ok := byForm[k]; ok {
				if shared[j] == nil {
					others = append(others, j)
				}
				shared[j] = append(shared[j], k)
				continue
			}
			byForm[k] = i
		}
		for _, j := range others {
			forms := shared[j]
			more := ""
			if len(forms) > 1 {
				more = fmt.Sprintf(" (and %d more forms)", len(forms)-1)
			}
			l.add(v.Pos, LintError, RuleVerbForm, "verb %s: the form %s%s also belongs to the verb block at %v; a form should belong to one block",
				name, forms[0], more, l.d.Verbs[j].Pos)
		}
		first := map[string]int{}
		for k := range v.Patterns {
			p := &v.Patterns[k]
			l.eventCode(p.Pos, "pattern", p.Code)
			if u := undefinedSynset(p.Before, l.d.Synsets) + undefinedSynset(p.After, l.d.Synsets); u != "" {
				l.add(p.Pos, LintError, RuleUndefinedSynset, "pattern %s uses the undefined synset %s", patternText(p), u)
			}
			key := fmt.Sprintf("%s*%t%t*%s", elemsKey(p.Before), p.VerbAdjacentBefore, p.VerbAdjacentAfter, elemsKey(p.After))
			e, ok := first[key]
			if !ok {
				first[key] = k
				continue
			}
			q := &v.Patterns[e]
			if q.Code == p.Code {
				l.add(p.Pos, LintWarning, RuleDuplicate, "pattern %s repeats the pattern at %v", patternText(p), q.Pos)
			} else {
				l.add(p.Pos, LintError, RuleUnreachable, "pattern %s can never match: the pattern at %v has the same elements and comes first (code %s)", patternText(p), q.Pos, q.Code)
			}
		}
	}
}

// eventCode checks a verb, form or pattern code against the code list.
func (l *linter) eventCode(p Pos, what, code string) {
	if l.opts.EventCodes == nil || code == "" {
		return
	}
	for _, c := range strings.Split(code, ":") {
		if c == "" || c == NullCode || c == DiscardCode {
			continue
		}
		if _, ok := l.opts.EventCodes[c]; ok || l.badCodes[codeAt{p, c}] {
			continue
		}
		if l.badCodes == nil {
			l.badCodes = map[codeAt]bool{}
		}
		l.badCodes[codeAt{p, c}] = true
		l.add(p, LintError, RuleEventCode, "%s: %s is not in the event code list", what, c)
	}
}

func (l *linter) discards() {
	type key struct {
		text             string
		story, wholeWord bool
	}
	first := map[key]Pos{}
	for _, dc := range l.d.Discards {
		k := key{dc.Text, dc.Story, dc.WholeWord}
		if p, ok := first[k]; ok {
			l.add(dc.Pos, LintWarning, RuleDuplicate, "discard %s repeats the one at %v", dc.Text, p)
			continue
		}
		first[k] = dc.Pos
	}
}

// ReadEventCodes reads a list of event codes: lines "CODE<TAB>label", or
// the TABARI/CAMEO code file lines "LABEL: 010= Make statement". Blank
// lines and lines starting with "//" or "#" are comments. It returns the
// labels by code.
func ReadEventCodes(r io.Reader, file string) (map[string]string, ErrorList) {
	codes := map[string]string{}
	var errs ErrorList
	s := bufio.NewScanner(r)
	s.Buffer(nil, maxLineBytes)
	n := 0
	for s.Scan() {
		n++
		t := strings.TrimSpace(s.Text())
		if t == "" || strings.HasPrefix(t, "//") || strings.HasPrefix(t, "#") {
			continue
		}
		var code, label string
		if c, l, ok := strings.Cut(t, "\t"); ok {
			code, label = c, l
		} else if _, rest, ok := strings.Cut(t, ":"); ok && strings.Contains(rest, "=") {
			code, label, _ = strings.Cut(rest, "=")
		} else if !strings.ContainsAny(t, " :=") {
			code = t
		}
		code = strings.ToUpper(strings.TrimSpace(code))
		if code == "" || strings.ContainsAny(code, " \t") {
			errs = append(errs, &Error{Pos{file, n}, fmt.Sprintf("not a code line (CODE<TAB>label or LABEL: CODE= label): %s", strconv.Quote(t))})
			if len(errs) >= maxErrors {
				break
			}
			continue
		}
		if _, dup := codes[code]; !dup {
			codes[code] = strings.TrimSpace(label)
		}
	}
	if err := s.Err(); err != nil {
		errs = append(errs, &Error{Pos{file, n + 1}, "read: " + err.Error()})
	}
	return codes, errs
}
