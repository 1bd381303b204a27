package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
)

// command is one subcommand of sitrep.
type command struct {
	name    string
	summary string // one line for the command list
	// run runs the command; args come after the command name. "--help" in
	// args prints the command's help to standard output.
	run func(e *env, args []string) int
}

// commands lists the subcommands in the order "sitrep help" shows them.
// It is filled in init to break the cycle through cmdHelp; commands kept in
// other files add themselves with register.
var commands []command

func init() {
	register(command{"code", "code news articles into events (JSON lines)", cmdCode})
	register(command{"eval", "score the coder against a validation suite or benchmark", cmdEval})
	register(command{"help", "show help for sitrep or one of its commands", cmdHelp})
	register(command{"version", "print the version of sitrep", cmdVersion})
}

// commandOrder fixes where known commands appear in "sitrep help"; others
// follow in name order.
var commandOrder = []string{"code", "ingest", "serve", "export", "dict", "eval", "help", "version"}

// register adds a subcommand.
func register(c command) {
	commands = append(commands, c)
	rank := func(name string) int {
		for i, n := range commandOrder {
			if n == name {
				return i
			}
		}
		return len(commandOrder)
	}
	sort.SliceStable(commands, func(i, j int) bool {
		ri, rj := rank(commands[i].name), rank(commands[j].name)
		if ri != rj {
			return ri < rj
		}
		return commands[i].name < commands[j].name
	})
}

func lookup(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

// run runs sitrep with the command-line arguments args (without the
// program name) and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: &lockedWriter{w: stderr}}
	if len(args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		usage(e.stdout)
		return exitOK
	case "-version", "--version":
		return cmdVersion(e, args[1:])
	}
	c := lookup(args[0])
	if c == nil {
		fmt.Fprintf(e.stderr, "sitrep: unknown command %q\nRun 'sitrep help' for the list of commands.\n", args[0])
		return exitUsage
	}
	return c.run(e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprint(w, `sitrep codes news articles into who-did-what-to-whom events (CAMEO codes)
with TABARI/PETRARCH-compatible dictionaries.

Usage:

  sitrep COMMAND [flags] [arguments]

Commands:

`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run 'sitrep help COMMAND' or 'sitrep COMMAND --help' for the details of a
command.

EXAMPLES
  sitrep code --dict dictionaries/ articles.jsonl > events.jsonl
  sitrep eval petrarch PETR.UnitTest.records.xml
  sitrep help code
`)
}

const helpHelp = `Usage: sitrep help [COMMAND [SUBCOMMAND]]

Show the overview of sitrep, or the help of one command: 'sitrep help
code' shows the same text as 'sitrep code --help'.

EXAMPLES
  sitrep help
  sitrep help code
  sitrep help eval petrarch
`

func cmdHelp(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stdout)
		return exitOK
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(e.stdout, helpHelp)
		return exitOK
	}
	c := lookup(args[0])
	if c == nil {
		fmt.Fprintf(e.stderr, "sitrep help: unknown command %q\nRun 'sitrep help' for the list of commands.\n", args[0])
		return exitUsage
	}
	// "sitrep help eval petrarch" is "sitrep eval petrarch --help".
	return c.run(e, append(append([]string{}, args[1:]...), "--help"))
}

const versionHelp = `Usage: sitrep version

Print the version of sitrep and of the Go toolchain that built it.

EXAMPLES
  sitrep version
`

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version from the build information is used.
var version = ""

func cmdVersion(e *env, args []string) int {
	fs := newFlagSet("version")
	pos, code, done := parse(e, fs, args, versionHelp)
	if done {
		return code
	}
	if len(pos) > 0 {
		return usageError(e, "version", "version takes no arguments")
	}
	v := version
	if v == "" {
		v = "devel"
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
	}
	fmt.Fprintf(e.stdout, "sitrep %s (%s)\n", v, runtime.Version())
	return exitOK
}

// newFlagSet returns a FlagSet that reports nothing itself: parse prints
// errors and help.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses args with fs, allowing flags after the positional
// arguments ("sitrep code in.jsonl --dict d/"); "--" ends the flags. For
// --help it prints help (the text with the flags of fs inserted before its
// EXAMPLES section) to standard output. done is true when the command must
// return code at once.
func parse(e *env, fs *flag.FlagSet, args []string, help string) (pos []string, code int, done bool) {
	pos, err := parseArgs(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		printHelp(e.stdout, fs, help)
		return nil, exitOK, true
	case err != nil:
		return nil, usageError(e, fs.Name(), err.Error()), true
	}
	return pos, 0, false
}

func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// usageError reports a command-line mistake and returns exitUsage.
func usageError(e *env, cmd, msg string) int {
	fmt.Fprintf(e.stderr, "sitrep %s: %s\nRun 'sitrep %s --help' for usage.\n", cmd, msg, cmd)
	return exitUsage
}

// failure reports err for command cmd and returns the failure status.
func failure(e *env, cmd string, err error) int {
	fmt.Fprintf(e.stderr, "sitrep %s: %v\n", cmd, err)
	return exitFailure
}

// printHelp writes help with a "Flags:" section listing the flags of fs
// before the EXAMPLES section.
func printHelp(w io.Writer, fs *flag.FlagSet, help string) {
	var flags strings.Builder
	fs.VisitAll(func(f *flag.Flag) {
		arg, usage := flag.UnquoteUsage(f)
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		fmt.Fprintf(&flags, "  %s%s", dash, f.Name)
		if arg != "" {
			fmt.Fprintf(&flags, " %s", arg)
		}
		fmt.Fprintf(&flags, "\n      %s", usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			fmt.Fprintf(&flags, " (default %s)", f.DefValue)
		}
		flags.WriteString("\n")
	})
	if flags.Len() > 0 {
		section := "Flags:\n" + flags.String() + "\n"
		if i := strings.Index(help, "EXAMPLES"); i >= 0 {
			help = help[:i] + section + help[i:]
		} else {
			help += "\n" + section
		}
	}
	fmt.Fprint(w, help)
}

// listFlag is a flag that may be given several times.
type listFlag []string

// String returns the values given, comma-separated.
func (l *listFlag) String() string { return strings.Join(*l, ",") }

// Set adds one value.
func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// lockedWriter serialises writes: the input side of the worker pool
// reports bad records while the main goroutine reports other things.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
