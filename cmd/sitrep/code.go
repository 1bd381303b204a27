package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/coder"
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
)

const codeHelp = `Usage: sitrep code [flags] FILE... | -

Code news articles into events. Reads the articles of each FILE (- for
standard input): JSON lines with one article per line, such as
{"id": "a1", "published": "2024-03-05", "text": "..."}, a JSON array of
such objects, or plain text, which is one article. The format is told by
the file extension (.jsonl, .json, .txt) or else by the content; gzip input
is decompressed. Writes one JSON object per event to standard output (JSON
lines), in input order.

A record that cannot be read is reported on standard error with its
position, counted and skipped; coding goes on. At the end a summary line
goes to standard error:

  coded N articles, M sentences, E events; K records skipped

The exit status is 0 if any article was coded, 1 if the input could not be
read (or every record was bad), 2 for a wrong command line.

Without --dict, the dictionaries built into sitrep are used. --dict takes a
dictionary file (its kind is told by its name: actors, agents, verbs,
discards, options, or a TABARI .project) or a directory of such files; give
it several times to merge dictionaries.

EXAMPLES
  sitrep code articles.jsonl > events.jsonl
  cat articles.jsonl | sitrep code --workers 4 - > events.jsonl
  sitrep code --dict CAMEO.verbs.txt --dict Phoenix.actors.txt a.jsonl b.jsonl
  sitrep code --dict dictionaries/ --published 2024-03-05 undated.jsonl
`

// maxDictProblems is how many dictionary line problems are printed; a
// broken file would otherwise flood the terminal.
const maxDictProblems = 10

func cmdCode(e *env, args []string) int {
	fs := newFlagSet("code")
	var dicts listFlag
	fs.Var(&dicts, "dict", "dictionary `DIR|FILE`; may be repeated (default: the built-in dictionaries)")
	var sets listFlag
	fs.Var(&sets, "set", "coder option `NAME=VALUE` (require_dyad, new_actor_length, comma_min, ...); may be repeated")
	published := fs.String("published", "", "publication `DATE` (YYYY-MM-DD, YYYYMMDD or RFC 3339) for articles that have none")
	workers := fs.Int("workers", 0, "number of articles coded at once, `N` (0: one per CPU)")
	files, code, done := parse(e, fs, args, codeHelp)
	if done {
		return code
	}
	if len(files) == 0 {
		return usageError(e, "code", "no input: give one or more FILEs, or - for standard input")
	}
	if *published != "" && pipeline.Date(*published) == 0 {
		return usageError(e, "code", fmt.Sprintf("--published %q: want e.g. YYYY-MM-DD, YYYYMMDD, RFC 3339 or an RSS date like Mon, 02 Jan 2006 15:04:05 GMT", *published))
	}
	if *workers < 0 {
		return usageError(e, "code", fmt.Sprintf("--workers %d: want 0 (one per CPU) or more", *workers))
	}
	if n := count(files, "-"); n > 1 {
		return usageError(e, "code", "standard input (-) given more than once")
	}

	// Open every input before coding anything, so that a mistyped name
	// fails at once.
	inputs := make([]*ingest.Reader, 0, len(files))
	defer func() {
		for _, r := range inputs {
			r.Close()
		}
	}()
	for _, name := range files {
		if name == "-" {
			inputs = append(inputs, ingest.NewReader(e.stdin, "stdin"))
			continue
		}
		r, err := ingest.Open(name)
		if err != nil {
			fmt.Fprintf(e.stderr, "sitrep code: %v\nCheck the file name; use - to read standard input.\n", err)
			return exitFailure
		}
		inputs = append(inputs, r)
	}

	d, err := loadDictionaries(e, dicts)
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep code: %v\n", err)
		return exitFailure
	}
	o, err := coderOptions(d, sets)
	if err != nil {
		return usageError(e, "code", err.Error())
	}
	p := pipeline.New(dict.Compile(d), o)

	var st readStats
	articles := readArticles(e, inputs, *published, &st)
	out := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	var total pipeline.Stats
	var werr error
	for r := range p.Run(context.Background(), articles, *workers) {
		total.Add(r.Stats)
		for i := range r.Events {
			if werr = enc.Encode(&r.Events[i]); werr != nil {
				break
			}
		}
		if werr != nil {
			break
		}
	}
	if werr == nil {
		werr = out.Flush()
	}
	if werr != nil {
		fmt.Fprintf(e.stderr, "sitrep code: write events: %v\n", werr)
		return exitFailure
	}
	fmt.Fprintf(e.stderr, "coded %d articles, %d sentences, %d events; %d records skipped\n",
		total.Articles, total.Sentences, total.Events, st.skipped)
	switch {
	case total.Articles > 0:
		return exitOK
	case st.unreadable:
		return exitFailure
	case st.skipped > 0:
		fmt.Fprintln(e.stderr, "sitrep code: no record could be read; check the input format (sitrep code --help)")
		return exitFailure
	}
	return exitOK
}

func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

// readStats counts what reading the input skipped. It is written by the
// article iterator, which runs on the pipeline's producer goroutine, and
// read after the pipeline has finished.
type readStats struct {
	skipped    int  // bad records
	unreadable bool // an input could not be read to its end
}

// readArticles yields the articles of the inputs in order. Bad records are
// reported and counted; an input that cannot be read further is reported
// and left, and the next one is read.
func readArticles(e *env, inputs []*ingest.Reader, published string, st *readStats) iter.Seq[sitrep.Article] {
	return func(yield func(sitrep.Article) bool) {
		for _, r := range inputs {
			for {
				a, err := r.Next()
				if err == io.EOF {
					break
				}
				var bad *ingest.Error
				if errors.As(err, &bad) {
					st.skipped++
					fmt.Fprintf(e.stderr, "sitrep code: skipped: %v\n", err)
					continue
				}
				if err != nil {
					st.unreadable = true
					fmt.Fprintf(e.stderr, "sitrep code: %v\n", err)
					break
				}
				if published != "" && pipeline.Date(a.Published) == 0 {
					a.Published = published
				}
				if !yield(a) {
					return
				}
			}
		}
	}
}

// loadDictionaries loads and merges the --dict files and directories, or
// returns the default dictionaries when there are none. Problems with
// single lines are reported and do not stop the loading.
func loadDictionaries(e *env, paths []string) (*dict.Dictionary, error) {
	if len(paths) == 0 {
		return defaultDictionary()
	}
	all := &dict.Dictionary{}
	var problems dict.ErrorList
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("--dict: %w", err)
		}
		var d *dict.Dictionary
		var list dict.ErrorList
		if fi.IsDir() {
			d, list, err = dict.LoadDir(p)
		} else {
			d, list, err = dict.LoadFile(p)
		}
		if err != nil {
			return nil, fmt.Errorf("--dict %s: %w", p, err)
		}
		problems = append(problems, list...)
		all.Merge(d)
	}
	for i, pr := range problems {
		if i == maxDictProblems {
			fmt.Fprintf(e.stderr, "sitrep code: ... and %d more dictionary lines skipped\n", len(problems)-i)
			break
		}
		fmt.Fprintf(e.stderr, "sitrep code: dictionary line skipped: %v\n", pr)
	}
	if len(all.Actors) == 0 && len(all.Verbs) == 0 {
		return nil, errors.New("the dictionaries given with --dict hold no actors and no verbs: check the paths (file names must say actors, agents, verbs, ...)")
	}
	return all, nil
}

// coderOptions starts from the coder's defaults and applies the options
// the dictionaries carry (TABARI .options, PETRARCH config), in name
// order; options the coder does not have are ignored.
// Options given with --set come last and must be known to the coder.
func coderOptions(d *dict.Dictionary, sets []string) (coder.Options, error) {
	o := coder.DefaultOptions()
	for _, k := range slices.Sorted(maps.Keys(d.Options)) {
		_ = o.Set(k, d.Options[k])
	}
	for _, kv := range sets {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return o, fmt.Errorf("--set %q: want NAME=VALUE, e.g. --set new_actor_length=4", kv)
		}
		if err := o.Set(k, v); err != nil {
			return o, fmt.Errorf("--set: %v", err)
		}
	}
	return o, nil
}
