package eval

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/coder"
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/text"
)

// RunOptions change how a suite is run.
type RunOptions struct {
	// IDs, when not empty, limits the run to the records with these IDs;
	// the others are not counted (their option changes still apply).
	IDs []string
}

// RunPetrarch codes every record of a PETRARCH validation suite with the
// dictionaries its environment names and scores the result. Each record's
// text is coded as one sentence, with the options of the environment and
// the <Config> changes before it. Options the coder does not know (such as
// stop_on_error) are ignored with a note. The error is for dictionaries
// that cannot be read at all.
func RunPetrarch(s *PetrarchSuite, o RunOptions) (Report, error) {
	files := s.Env.Files()
	if len(files) == 0 {
		return Report{}, fmt.Errorf("%s: the <Environment> names no dictionary files", s.Path)
	}
	d, notes, err := loadDicts(files)
	if err != nil {
		return Report{}, err
	}
	base := append(dictOptions(d), s.Env.Options...)
	return run(s.Path, d, base, s.Records, o, notes), nil
}

// RunTabari codes the validation records of the text files of a TABARI
// project (.project file) with the project's dictionaries and .options
// files, and scores the result. Records of the text files that cannot be
// read are left out with a note.
func RunTabari(project string, o RunOptions) (Report, error) {
	f, err := os.Open(project)
	if err != nil {
		return Report{}, err
	}
	p, err := dict.ReadTabariProject(f, project)
	f.Close()
	var notes []string
	var derrs dict.ErrorList
	switch {
	case errors.As(err, &derrs) && p != nil:
		for _, e := range derrs {
			notes = append(notes, "project line ignored: "+e.Error())
		}
	case err != nil:
		return Report{}, err
	}
	// The project's file names are resolved against its directory.
	var files []string
	for _, list := range [][]string{p.Actors, p.Agents, p.Verbs, p.Options} {
		files = append(files, list...)
	}
	if len(p.Actors)+len(p.Agents)+len(p.Verbs) == 0 {
		return Report{}, fmt.Errorf("%s: the project names no dictionary files", project)
	}
	if len(p.Texts) == 0 {
		return Report{}, fmt.Errorf("%s: the project names no text files", project)
	}
	d, dnotes, err := loadDicts(files)
	if err != nil {
		return Report{}, err
	}
	notes = append(notes, dnotes...)
	var recs []Record
	for _, path := range p.Texts {
		f, err := os.Open(path)
		if err != nil {
			return Report{}, err
		}
		rs, err := ReadTabariText(f, path)
		f.Close()
		var list ErrorList
		switch {
		case errors.As(err, &list):
			for _, e := range list {
				notes = append(notes, "record left out: "+e.Error())
			}
		case err != nil:
			return Report{}, err
		}
		recs = append(recs, rs...)
	}
	// TABARI dictionaries give "###" and "+++" their TABARI meaning
	base := append([]KV{{Name: "special_codes", Value: "true"}}, dictOptions(d)...)
	return run(project, d, base, recs, o, notes), nil
}

// run compiles d once and scores recs with the one coder engine.
func run(suite string, d *dict.Dictionary, base []KV, recs []Record, o RunOptions, notes []string) Report {
	recs = only(recs, o.IDs)
	notes = append(notes, checkOptions(base, recs)...)
	rep := Score(recs, base, Engine(dict.Compile(d)))
	rep.Suite = suite
	rep.Notes = append(notes, rep.Notes...)
	return rep
}

// Engine returns the CodeFunc that codes a record's text as one sentence
// with the coder, the matcher m and the options in force. Options that the
// coder does not know are ignored (checkOptions notes them).
func Engine(m *dict.Matcher) CodeFunc {
	return func(rec Record, kvs []KV) Outcome {
		o := coder.DefaultOptions()
		for _, kv := range kvs {
			_ = o.Set(kv.Name, kv.Value)
		}
		txt := rec.Text
		s := text.Sentence{Start: 0, End: len(txt), Tokens: text.Tokenize(txt, 0, len(txt))}
		res := coder.New(m, o).Code(txt, s, rec.Date)
		var out Outcome
		if _, end := text.Dateline(txt); end > 0 {
			out.Dateline = true
		}
		switch res.Discard {
		case coder.DiscardSentence:
			out.Discard = ErrSentenceDiscard
		case coder.DiscardStory:
			out.Discard = ErrStoryDiscard
		case coder.Complex:
			out.Complex = true
		}
		for _, t := range res.Events {
			out.Events = append(out.Events, Coding{Source: t.Source.Code, Target: t.Target.Code, Code: t.Code})
		}
		return out
	}
}

// loadDicts loads and merges the dictionary files. Lines the readers
// skipped become notes, one per file.
func loadDicts(files []string) (*dict.Dictionary, []string, error) {
	all := &dict.Dictionary{}
	var notes []string
	for _, f := range files {
		d, list, err := dict.LoadFile(f)
		if err != nil {
			return nil, nil, fmt.Errorf("load dictionary: %w", err)
		}
		if len(list) > 0 {
			lines := "lines"
			if len(list) == 1 {
				lines = "line"
			}
			notes = append(notes, fmt.Sprintf("%s: %d dictionary %s skipped; first: %v", f, len(list), lines, list[0]))
		}
		all.Merge(d)
	}
	return all, notes, nil
}

// dictOptions returns the options of d as KVs, sorted by name.
func dictOptions(d *dict.Dictionary) []KV {
	var kvs []KV
	for _, k := range slices.Sorted(maps.Keys(d.Options)) {
		kvs = append(kvs, KV{Name: k, Value: d.Options[k]})
	}
	return kvs
}

// checkOptions returns notes for the option settings that the coder does
// not accept: one listing the unknown option names (TABARI LABEL: entries
// count as one, "label:*"), and one per bad value of a known option.
func checkOptions(base []KV, recs []Record) []string {
	var names []string             // unknown option names, in order of appearance
	where := map[string][]string{} // name -> lines where it is set
	var bad []string
	check := func(kv KV) {
		o := coder.DefaultOptions()
		err := o.Set(kv.Name, kv.Value)
		if err == nil {
			return
		}
		if known(kv.Name) {
			n := fmt.Sprintf("option %s ignored: %v", kv.Name, err)
			if kv.Line > 0 {
				n = fmt.Sprintf("line %d: %s", kv.Line, n)
			}
			if !slices.Contains(bad, n) {
				bad = append(bad, n)
			}
			return
		}
		name := kv.Name
		if strings.HasPrefix(name, "label:") {
			name = "label:*"
		}
		if _, ok := where[name]; !ok {
			names = append(names, name)
			where[name] = nil
		}
		if l := strconv.Itoa(kv.Line); kv.Line > 0 && !slices.Contains(where[name], l) {
			where[name] = append(where[name], l)
		}
	}
	for _, kv := range base {
		check(kv)
	}
	for _, r := range recs {
		for _, kv := range r.Options {
			check(kv)
		}
	}
	var notes []string
	if len(names) > 0 {
		list := make([]string, len(names))
		for i, n := range names {
			list[i] = n
			if lines := where[n]; len(lines) > 0 {
				list[i] += " (line " + strings.Join(lines, ", ") + ")"
			}
		}
		notes = append(notes, "options the coder does not have, ignored: "+strings.Join(list, ", "))
	}
	return append(notes, bad...)
}

// known reports whether the coder has an option of this name, whatever
// value it takes.
func known(name string) bool {
	for _, v := range []string{"0", "false"} {
		o := coder.DefaultOptions()
		if o.Set(name, v) == nil {
			return true
		}
	}
	return false
}

// only returns the records whose ID is in ids (all of them if ids is
// empty). The option changes of the records left out move to the next
// record kept, so that every record runs with the options the full suite
// would give it.
func only(recs []Record, ids []string) []Record {
	if len(ids) == 0 {
		return recs
	}
	var out []Record
	var pending []KV
	for _, r := range recs {
		if !slices.Contains(ids, r.ID) {
			pending = append(pending, r.Options...)
			continue
		}
		r.Options = append(slices.Clip(pending), r.Options...)
		pending = nil
		out = append(out, r)
	}
	return out
}
