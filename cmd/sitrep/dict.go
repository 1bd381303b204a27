package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/dict"
)

func init() {
	register(command{"dict", "convert dictionaries to the native format and check them", cmdDict})
}

const dictHelp = `Usage: sitrep dict COMMAND [flags] ARGUMENTS

Work with event-coding dictionaries. Commands:

  import   convert TABARI and PETRARCH dictionaries to sitrep's native format
  check    lint dictionaries: duplicates, conflicting codes, unreachable
           patterns, undefined synsets, ...

The native format, one fact a line and easy to review in a diff, is
described in docs/dictionary-format.md. Run 'sitrep dict COMMAND --help'
for the flags of a command.

EXAMPLES
  sitrep dict import --out dictionaries/ Phoenix/
  sitrep dict check dictionaries/
  sitrep help dict check
`

const dictImportHelp = `Usage: sitrep dict import [--out FILE|DIR] INPUT...

Convert dictionaries to sitrep's native format (docs/dictionary-format.md).
Each INPUT is

  - a TABARI or PETRARCH dictionary file, whose kind is told by its name as
    for 'sitrep code --dict' (actors, agents, verbs, discards, options);
  - a native .sitrep file, which is rewritten in the canonical layout;
  - a TABARI .project file: the dictionaries it names;
  - a directory: its dictionary files (not its subdirectories or .project
    files).

Without --out, everything is merged into one native dictionary on standard
output. With --out FILE it goes into FILE. With --out DIR (an existing
directory, or a name ending in /) each dictionary file becomes
DIR/NAME.sitrep, NAME being its name without .txt, e.g.
Phoenix.agents.txt -> Phoenix.agents.sitrep.

Lines that cannot be read are reported on standard error with their
positions (FILE:LINE: problem) and skipped; the conversion goes on. A
summary goes to standard error:

  imported N files: A actors, G agents, V verbs, S synsets, D discards; K lines skipped

The exit status is 0 when the output was written, even with skipped lines,
1 if an input could not be read or the output not be written, 2 for a
wrong command line.

EXAMPLES
  sitrep dict import Phoenix.agents.txt > agents.sitrep
  sitrep dict import --out phoenix/ ../shared/data/phoenix-dictionaries/
  sitrep dict import --out demo.sitrep TABARI.Demo.project
`

const dictCheckHelp = `Usage: sitrep dict check [flags] FILE|DIR...

Lint dictionaries: native, TABARI or PETRARCH files, TABARI .project files
or directories of dictionaries. All inputs are merged and checked together,
as 'sitrep code --dict' would use them. Findings:

  errors
    syntax            a line the reader could not read (it is skipped)
    conflict          one name with different codes at the same time, in two
                      actors or two agents
    date-range        an actor code whose date range ends before it starts
    date-overlap      two date ranges of one actor that overlap, with
                      different codes (a range may end on the day the next
                      one starts)
    verb-form         a verb form that belongs to two verb blocks
    unreachable       a pattern with the same elements as an earlier pattern
                      of its block but another code: it can never match
    undefined-synset  a pattern or synset using a synset no input defines
    synset-cycle      a synset that contains itself
    no-code           an actor or agent without a code
    empty             an actor or agent without names, a verb without forms
    event-code        with --codes: an event code that is not in the list
  warnings
    duplicate         the same name, code, form, pattern, synset phrase or
                      discard twice, with the same codes
    empty-synset      a synset without phrases

Each finding is a line FILE:LINE: error|warning: message [rule], in file
and line order, followed by the line "N errors, M warnings". With --json
the output is one JSON object with the keys errors, warnings and findings,
a list of objects with the keys file, line, severity, rule and message.

--codes takes a list of event codes: lines CODE<TAB>label, or the lines
"LABEL: 010= Make statement" of CAMEO_codefile.txt.

The exit status is 1 when there are errors (warnings alone give 0) or an
input cannot be read, 2 for a wrong command line.

EXAMPLES
  sitrep dict check dictionaries/
  sitrep dict check --codes ../shared/data/cameo/CAMEO_codefile.txt verbs.sitrep
  sitrep dict check --json Phoenix.Countries.actors.txt > findings.json
`

func cmdDict(e *env, args []string) int {
	if len(args) == 0 {
		return usageError(e, "dict", "no command: want 'sitrep dict import|check ...'")
	}
	switch args[0] {
	case "-h", "-help", "--help":
		fmt.Fprint(e.stdout, dictHelp)
		return exitOK
	case "import":
		return dictImport(e, args[1:])
	case "check":
		return dictCheck(e, args[1:])
	}
	return usageError(e, "dict", fmt.Sprintf("unknown command %q: want import or check", args[0]))
}

// dictFiles expands the command-line inputs into dictionary files:
// directories into their dictionary files in name order, .project files
// into the dictionaries they name. problems are the lines of .project
// files that could not be read.
func dictFiles(inputs []string) (files []string, problems dict.ErrorList, err error) {
	for _, in := range inputs {
		fi, err := os.Stat(in)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case fi.IsDir():
			ents, err := os.ReadDir(in)
			if err != nil {
				return nil, nil, err
			}
			var names []string
			for _, e := range ents {
				p := filepath.Join(in, e.Name())
				if k := dict.KindOf(p); !e.IsDir() && (dict.IsNative(p) || (k != dict.KindUnknown && k != dict.KindProject)) {
					names = append(names, p)
				}
			}
			sort.Strings(names)
			files = append(files, names...)
		case !dict.IsNative(in) && dict.KindOf(in) == dict.KindProject:
			f, err := os.Open(in)
			if err != nil {
				return nil, nil, err
			}
			p, err := dict.ReadTabariProject(f, in)
			f.Close()
			var list dict.ErrorList
			if errors.As(err, &list) {
				problems = append(problems, list...)
			} else if err != nil {
				return nil, nil, err
			}
			for _, group := range [][]string{p.Actors, p.Agents, p.Verbs, p.Options} {
				files = append(files, group...)
			}
		default:
			files = append(files, in)
		}
	}
	return files, problems, nil
}

// loaded is one dictionary file read.
type loaded struct {
	path string
	d    *dict.Dictionary
	errs dict.ErrorList
}

// loadFiles reads the dictionaries of inputs, file by file.
func loadFiles(inputs []string) ([]loaded, dict.ErrorList, error) {
	files, problems, err := dictFiles(inputs)
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, errors.New("no dictionary files in the inputs (file names must say actors, agents, verbs, discards or options, or end in .sitrep)")
	}
	var out []loaded
	for _, f := range files {
		d, errs, err := dict.LoadFile(f)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, loaded{f, d, errs})
	}
	return out, problems, nil
}

// nativeName is the name of the native file made from a dictionary file.
func nativeName(path string) string {
	base := filepath.Base(path)
	if dict.IsNative(base) {
		return base
	}
	if ext := filepath.Ext(base); strings.EqualFold(ext, ".txt") {
		base = strings.TrimSuffix(base, ext)
	}
	return base + dict.NativeExt
}

func dictImport(e *env, args []string) int {
	const name = "dict import"
	fs := newFlagSet(name)
	out := fs.String("out", "", "write to `FILE|DIR` instead of standard output; a directory gets one .sitrep file per dictionary file")
	inputs, code, done := parse(e, fs, args, dictImportHelp)
	if done {
		return code
	}
	if len(inputs) == 0 {
		return usageError(e, name, "no input: want dictionary files or directories")
	}
	fail := func(err error) int { return failure(e, name, err) }
	toDir := strings.HasSuffix(*out, "/") || strings.HasSuffix(*out, string(filepath.Separator))
	if fi, err := os.Stat(*out); err == nil && fi.IsDir() {
		toDir = true
	}
	files, problems, err := loadFiles(inputs)
	if err != nil {
		return fail(err)
	}
	for _, p := range problems {
		fmt.Fprintf(e.stderr, "%v\n", p)
	}
	all := &dict.Dictionary{}
	skipped := len(problems)
	names := map[string]string{}
	for _, f := range files {
		for _, p := range f.errs {
			fmt.Fprintf(e.stderr, "%v\n", p)
		}
		skipped += len(f.errs)
		all.Merge(f.d)
		n := nativeName(f.path)
		if toDir && names[n] != "" {
			return fail(fmt.Errorf("%s and %s would both become %s", names[n], f.path, n))
		}
		names[n] = f.path
	}
	switch {
	case toDir:
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return fail(err)
		}
		for _, f := range files {
			if err := writeNativeFile(filepath.Join(*out, nativeName(f.path)), f.d); err != nil {
				return fail(err)
			}
		}
	case *out != "":
		if err := writeNativeFile(*out, all); err != nil {
			return fail(err)
		}
	default:
		if err := dict.WriteNative(e.stdout, all); err != nil {
			return fail(err)
		}
	}
	for _, f := range files {
		if len(f.errs) > 0 {
			fmt.Fprintf(e.stderr, "%s: %s skipped\n", f.path, lines(len(f.errs)))
		}
	}
	fmt.Fprintf(e.stderr, "imported %d files: %d actors, %d agents, %d verbs, %d synsets, %d discards; %s skipped\n",
		len(files), len(all.Actors), len(all.Agents), len(all.Verbs), len(all.Synsets), len(all.Discards), lines(skipped))
	return exitOK
}

func lines(n int) string {
	if n == 1 {
		return "1 line"
	}
	return fmt.Sprintf("%d lines", n)
}

// writeNativeFile writes d to path through a temporary file, so that a
// failed write leaves no half file behind.
func writeNativeFile(path string, d *dict.Dictionary) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	err = f.Chmod(0o644)
	if err == nil {
		err = dict.WriteNative(f, d)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// jsonFinding is a finding in the --json output of dict check.
type jsonFinding struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

func dictCheck(e *env, args []string) int {
	const name = "dict check"
	fs := newFlagSet(name)
	asJSON := fs.Bool("json", false, "write the findings as one JSON object")
	codesFile := fs.String("codes", "", "check event codes against the code list in `FILE`")
	inputs, code, done := parse(e, fs, args, dictCheckHelp)
	if done {
		return code
	}
	if len(inputs) == 0 {
		return usageError(e, name, "no input: want dictionary files or directories")
	}
	fail := func(err error) int { return failure(e, name, err) }
	var opts dict.LintOptions
	if *codesFile != "" {
		f, err := os.Open(*codesFile)
		if err != nil {
			return fail(fmt.Errorf("--codes: %w", err))
		}
		codes, errs := dict.ReadEventCodes(f, *codesFile)
		f.Close()
		for _, p := range errs {
			fmt.Fprintf(e.stderr, "sitrep %s: --codes: line skipped: %v\n", name, p)
		}
		if len(codes) == 0 {
			return fail(fmt.Errorf("--codes %s holds no codes", *codesFile))
		}
		opts.EventCodes = codes
	}
	files, problems, err := loadFiles(inputs)
	if err != nil {
		return fail(err)
	}
	all := &dict.Dictionary{}
	var findings []dict.Finding
	syntax := func(list dict.ErrorList) {
		for _, p := range list {
			findings = append(findings, dict.Finding{Pos: p.Pos, Severity: dict.LintError, Rule: dict.RuleSyntax, Msg: p.Msg})
		}
	}
	syntax(problems)
	for _, f := range files {
		syntax(f.errs)
		all.Merge(f.d)
	}
	findings = append(findings, dict.Lint(all, opts)...)
	sort.SliceStable(findings, func(i, j int) bool {
		a, b := findings[i].Pos, findings[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	nerr, nwarn := 0, 0
	for _, f := range findings {
		if f.Severity == dict.LintError {
			nerr++
		} else {
			nwarn++
		}
	}
	if *asJSON {
		out := struct {
			Errors   int           `json:"errors"`
			Warnings int           `json:"warnings"`
			Findings []jsonFinding `json:"findings"`
		}{nerr, nwarn, []jsonFinding{}}
		for _, f := range findings {
			out.Findings = append(out.Findings, jsonFinding{f.Pos.File, f.Pos.Line, f.Severity.String(), f.Rule, f.Msg})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return fail(err)
		}
	} else {
		for _, f := range findings {
			fmt.Fprintln(e.stdout, f)
		}
		fmt.Fprintf(e.stdout, "%d errors, %d warnings\n", nerr, nwarn)
	}
	if nerr > 0 {
		return exitFailure
	}
	return exitOK
}
