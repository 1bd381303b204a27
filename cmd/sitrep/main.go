// Command sitrep codes news articles into who-did-what-to-whom events with
// TABARI/PETRARCH-compatible dictionaries, and scores the coder against the
// standard validation suites.
//
// Usage:
//
//	sitrep code [--dict DIR|FILE ...] [--published DATE] [--workers N] FILE...|-
//	sitrep eval petrarch [--json] [-v] RECORDS.xml
//	sitrep eval tabari [--json] [-v] FILE.project
//	sitrep help [command]
//	sitrep version
//
// Run "sitrep help COMMAND" for the details of a command.
package main

import (
	"io"
	"os"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1 // the command failed; the error says why
	exitUsage   = 2 // the command line is wrong
)

// env is what a command may use of the process: its arguments come
// separately.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}
