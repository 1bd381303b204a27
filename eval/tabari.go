package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxTabariLine bounds one line of a TABARI text file. TABARI itself allows
// 255 characters; a line a thousand times longer is not a TABARI text.
const maxTabariLine = 256 << 10

// ReadTabariText reads a TABARI text file with validation records (TABARI
// manual, sections 4.3 and 10.1). A record is a header line "YYMMDD ID"
// (YYYYMMDD also accepted), text lines, and ends at a blank line; blocks
// that do not start with a digit are comments. Text between /* and */ (or
// the end of the record) is not coded; in it, the validation fields are:
//
//	{ SRC / TGT / CODE }   an expected event (a date after the brace is ignored)
//	{---}                  no events
//	{###}                  a discard
//	{+++}                  a complexity rejection
//	-{ ... }               do not check further events
//	{OPTION: command}      an .options command, in force from this record on
//
// Records without validation fields are kept with Skip set. A record with
// a bad header or field is left out; then the records returned are the
// good ones and the error is an ErrorList. Other errors (reading r) stop
// the reading.
func ReadTabariText(r io.Reader, path string) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxTabariLine)
	var (
		recs    []Record
		errs    ErrorList
		pending []KV   // options of left-out records, for the next record
		header  string // header line of the current record
		start   int    // its line number; 0 outside a record
		body    []string
		n       int
	)
	flush := func() {
		if start == 0 {
			return
		}
		rec, err := tabariRecord(header, body, start)
		if err != nil {
			errs = append(errs, &Error{File: path, Line: start, Msg: err.Error()})
		} else {
			rec.Options = append(pending, rec.Options...)
			pending = nil
			recs = append(recs, rec)
		}
		start, header, body = 0, "", nil
	}
	inComment := false // inside a block that is not a record
	for sc.Scan() {
		n++
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "":
			flush()
			inComment = false
		case start > 0:
			body = append(body, line)
		case inComment:
		case line[0] >= '0' && line[0] <= '9':
			header, start = line, n
		default:
			inComment = true
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return recs, &Error{File: path, Line: n + 1, Msg: fmt.Sprintf("line longer than %d bytes", maxTabariLine)}
		}
		return recs, fmt.Errorf("read %s line %d: %w", path, n+1, err)
	}
	flush()
	if len(errs) > 0 {
		return recs, errs
	}
	return recs, nil
}

// tabariRecord builds the Record of a header line and its body lines.
func tabariRecord(header string, body []string, line int) (Record, error) {
	i := 0
	for i < len(header) && header[i] >= '0' && header[i] <= '9' {
		i++
	}
	date, ok := tabariDate(header[:i])
	if !ok {
		return Record{}, fmt.Errorf("record header %q: date %q is not YYMMDD or YYYYMMDD", header, header[:i])
	}
	id := strings.TrimSpace(header[i:])
	if id == "" {
		return Record{}, fmt.Errorf("record header %q: no record ID after the date", header)
	}
	rec := Record{ID: id, Category: tabariCategory(id), Date: date, Valid: true, Line: line}

	// Split the body into coded text and comments. A comment that is not
	// closed runs to the end of the record.
	all := strings.Join(body, "\n")
	var txt, com strings.Builder
	for all != "" {
		j := strings.Index(all, "/*")
		if j < 0 {
			txt.WriteString(all)
			break
		}
		txt.WriteString(all[:j])
		txt.WriteByte(' ')
		all = all[j+2:]
		k := strings.Index(all, "*/")
		if k < 0 {
			com.WriteString(all)
			break
		}
		com.WriteString(all[:k])
		com.WriteByte('\n')
		all = all[k+2:]
	}
	// "\n" marks a display line break in TABARI texts; it is not text.
	rec.Text = collapse(strings.ReplaceAll(txt.String(), `\n`, " "))
	if err := rec.parseFields(strings.ReplaceAll(com.String(), `\n`, " ")); err != nil {
		return Record{}, fmt.Errorf("record %s: %v", id, err)
	}
	return rec, nil
}

// parseFields reads the validation fields of the comment text c.
func (rec *Record) parseFields(c string) error {
	special := false
	fields := 0
	for {
		j := strings.IndexByte(c, '{')
		if j < 0 {
			break
		}
		if j > 0 && c[j-1] == '-' {
			// "-{": do not check additional events.
			rec.Partial = true
			break
		}
		k := strings.IndexByte(c[j:], '}')
		if k < 0 {
			return fmt.Errorf("validation field %q has no closing '}'", abbrev(c[j:]))
		}
		f := strings.TrimSpace(c[j+1 : j+k])
		c = c[j+k+1:]
		fields++
		squeezed := strings.Join(strings.Fields(f), "")
		switch {
		case len(f) >= 7 && strings.EqualFold(f[:7], "OPTION:"):
			kv, err := tabariOption(strings.TrimSpace(f[7:]), rec.Line)
			if err != nil {
				return err
			}
			rec.Options = append(rec.Options, kv)
		case squeezed == "---":
			rec.NoEvents, special = true, true
		case squeezed == "###":
			rec.Error, special = ErrDiscard, true
		case squeezed == "+++":
			rec.Error, special = ErrComplex, true
		default:
			parts := strings.Split(f, "/")
			if len(parts) != 3 {
				return fmt.Errorf("validation field {%s} is not { SOURCE / TARGET / EVENT }", f)
			}
			cd := Coding{
				Source: strings.TrimSpace(parts[0]),
				Target: strings.TrimSpace(parts[1]),
				Code:   strings.TrimSpace(parts[2]),
			}
			if cd.Source == "" || cd.Target == "" || cd.Code == "" {
				return fmt.Errorf("validation field {%s} has an empty code", f)
			}
			rec.Expected = append(rec.Expected, cd)
		}
	}
	switch {
	case special:
		// Special codes are checked first; events are then not checked.
		rec.Expected, rec.Partial = nil, false
		if rec.Error != "" {
			rec.NoEvents = false
		}
	case len(rec.Expected) > 0:
	case rec.Partial:
		rec.Skip = "validation commented out with -{...}"
	case len(rec.Options) > 0:
		rec.Skip = "option record without validation fields"
	default:
		rec.Skip = "no validation fields {...}"
		if fields > 0 {
			rec.Skip = "no checkable validation fields"
		}
	}
	return nil
}

// tabariOption turns an .options command line into a KV: "SET: MINIMUM
// WORDS = 5" gives {"minimum_words", "5"}; any other "COMMAND: rest" gives
// {"command", "rest"}.
func tabariOption(cmd string, line int) (KV, error) {
	name, rest, ok := strings.Cut(cmd, ":")
	name = strings.TrimSpace(name)
	if !ok || name == "" {
		return KV{}, fmt.Errorf("option %q is not COMMAND: value", cmd)
	}
	rest = strings.TrimSpace(rest)
	if strings.EqualFold(name, "SET") {
		k, v, ok := strings.Cut(rest, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return KV{}, fmt.Errorf("option %q is not SET: NAME = value", cmd)
		}
		return KV{Name: optionKey(k), Value: strings.TrimSpace(v), Line: line}, nil
	}
	return KV{Name: optionKey(name), Value: rest, Line: line}, nil
}

// optionKey is the option key convention of dict.Dictionary.Options:
// lower case, words joined by '_'.
func optionKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), "_")) }

// tabariDate parses YYMMDD (years 00-30 are 2000-2030, as in TABARI) or
// YYYYMMDD into the integer YYYYMMDD.
func tabariDate(s string) (int, bool) {
	switch len(s) {
	case 6:
		yy, _ := strconv.Atoi(s[:2])
		century := "19"
		if yy <= 30 {
			century = "20"
		}
		return parseYMD(century + s)
	case 8:
		return parseYMD(s)
	}
	return 0, false
}

// tabariCategory is the record ID up to its first '-': "DEMO-01" is in
// category DEMO.
func tabariCategory(id string) string {
	id = strings.TrimLeft(id, "*")
	if i := strings.IndexAny(id, "- \t"); i > 0 {
		return id[:i]
	}
	return id
}

// abbrev shortens s for an error message.
func abbrev(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "..."
	}
	return s
}
