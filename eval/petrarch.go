package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// PetrarchSuite is a PETRARCH validation file: the environment it names
// and its records in file order.
type PetrarchSuite struct {
	Path    string
	Env     Environment
	Records []Record
}

// Environment is the <Environment> element of a PETRARCH validation file.
// File names are resolved against the directory of the validation file.
type Environment struct {
	Verbfile, Actorfile, Agentfile, Discardfile string
	// Include and Exclude are the category lists; "valid" in Include means
	// only records with valid="true" are run.
	Include, Exclude []string
	Options          []KV // <Config> elements, applied before every record
	Line             int
}

// Files returns the dictionary files named by e, in the order actors,
// agents, verbs, discards, leaving out those not given.
func (e Environment) Files() []string {
	var fs []string
	for _, f := range []string{e.Actorfile, e.Agentfile, e.Verbfile, e.Discardfile} {
		if f != "" {
			fs = append(fs, f)
		}
	}
	return fs
}

// xmlConfig is <Config option="..." value="...">.
type xmlConfig struct {
	Option string `xml:"option,attr"`
	Value  string `xml:"value,attr"`
}

type xmlCoding struct {
	Source   *string `xml:"sourcecode,attr"`
	Target   *string `xml:"targetcode,attr"`
	Code     *string `xml:"eventcode,attr"`
	NoEvents string  `xml:"noevents,attr"`
	Error    string  `xml:"error,attr"`
}

type xmlSentence struct {
	Date     string      `xml:"date,attr"`
	ID       string      `xml:"id,attr"`
	Category string      `xml:"category,attr"`
	Valid    string      `xml:"valid,attr"`
	Codings  []xmlCoding `xml:"EventCoding"`
	Text     []string    `xml:"Text"`
	Configs  []xmlConfig `xml:"Config"`
}

// ReadPetrarch reads a PETRARCH validation file (PETR.UnitTest.records.xml
// and the like). path names the file in errors and is the base for the
// dictionary file names of the environment.
//
// The reader is tolerant of the file's sloppy XML (blanks around '=',
// single-quoted values, HTML entities, unescaped '&'), but a document that
// is not well-formed gives a *Error with its line. A record with bad
// attributes (a date that is not YYYYMMDD, an incomplete EventCoding) is
// left out; then the suite holds every good record and the error is an
// ErrorList.
func ReadPetrarch(r io.Reader, path string) (*PetrarchSuite, error) {
	s := &PetrarchSuite{Path: path}
	dir := filepath.Dir(path)
	d := xml.NewDecoder(r)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var (
		errs    ErrorList
		pending []KV // <Config> changes seen since the last record
		seenEnv bool
	)
	fail := func(line int, err error) (*PetrarchSuite, error) {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, &Error{File: path, Line: se.Line, Msg: "malformed XML: " + se.Msg}
		}
		return nil, &Error{File: path, Line: line, Msg: err.Error()}
	}
loop:
	for {
		line, _ := d.InputPos()
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(line, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "Environment":
			env, err := readEnvironment(d, dir, line)
			if err != nil {
				return fail(line, err)
			}
			if seenEnv {
				errs = append(errs, &Error{File: path, Line: line, Msg: "second <Environment> ignored"})
				continue
			}
			seenEnv = true
			s.Env = env
		case "Config":
			var c xmlConfig
			if err := d.DecodeElement(&c, &se); err != nil {
				return fail(line, err)
			}
			pending = append(pending, configs([]xmlConfig{c}, line)...)
		case "Sentence":
			var xs xmlSentence
			if err := d.DecodeElement(&xs, &se); err != nil {
				return fail(line, err)
			}
			rec, err := xs.record(line)
			if err != nil {
				errs = append(errs, &Error{File: path, Line: line, Msg: err.Error()})
				// Keep the option changes for the next good record.
				pending = append(pending, configs(xs.Configs, line)...)
				continue
			}
			rec.Options = pending
			pending = configs(xs.Configs, line)
			s.Records = append(s.Records, rec)
		case "Stop":
			// PETRARCH stops reading at a <Stop> record.
			break loop
		}
	}
	s.applyInclude()
	if len(errs) > 0 {
		return s, errs
	}
	return s, nil
}

// readEnvironment reads the elements of <Environment> up to its end tag.
// File names are resolved against dir.
func readEnvironment(d *xml.Decoder, dir string, line int) (Environment, error) {
	env := Environment{Line: line}
	for {
		l, _ := d.InputPos()
		tok, err := d.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return env, err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return env, nil
		case xml.StartElement:
			if t.Name.Local == "Config" {
				var c xmlConfig
				if err := d.DecodeElement(&c, &t); err != nil {
					return env, err
				}
				env.Options = append(env.Options, configs([]xmlConfig{c}, l)...)
				continue
			}
			var v string
			if err := d.DecodeElement(&v, &t); err != nil {
				return env, err
			}
			switch t.Name.Local {
			case "Verbfile":
				env.Verbfile = resolve(dir, v)
			case "Actorfile":
				env.Actorfile = resolve(dir, v)
			case "Agentfile":
				env.Agentfile = resolve(dir, v)
			case "Discardfile":
				env.Discardfile = resolve(dir, v)
			case "Include":
				env.Include = fields(v)
			case "Exclude":
				env.Exclude = fields(v)
			}
		}
	}
}

// record checks the attributes of a <Sentence> and builds its Record.
func (xs *xmlSentence) record(line int) (Record, error) {
	id := strings.TrimSpace(xs.ID)
	if id == "" {
		return Record{}, errors.New("<Sentence> without id")
	}
	date, ok := parseYMD(strings.TrimSpace(xs.Date))
	if !ok {
		return Record{}, fmt.Errorf("sentence %s: date %q is not YYYYMMDD", id, xs.Date)
	}
	rec := Record{
		ID:       id,
		Category: strings.TrimSpace(xs.Category),
		Date:     date,
		Valid:    !strings.EqualFold(strings.TrimSpace(xs.Valid), "false"),
		Text:     collapse(strings.Join(xs.Text, " ")),
		Line:     line,
	}
	for _, c := range xs.Codings {
		switch {
		case strings.TrimSpace(c.Error) != "":
			rec.Error = strings.ToLower(strings.TrimSpace(c.Error))
		case strings.EqualFold(strings.TrimSpace(c.NoEvents), "true"):
			rec.NoEvents = true
		case c.Source != nil && c.Target != nil && c.Code != nil:
			rec.Expected = append(rec.Expected, Coding{
				Source: strings.TrimSpace(*c.Source),
				Target: strings.TrimSpace(*c.Target),
				Code:   strings.TrimSpace(*c.Code),
			})
		default:
			return Record{}, fmt.Errorf("sentence %s: <EventCoding> needs sourcecode, targetcode and eventcode, noevents or error", id)
		}
	}
	if len(xs.Codings) == 0 {
		// PETRARCH compares the events produced with the (empty) list of
		// codings: such a record expects no events.
		rec.NoEvents = true
	}
	if rec.Text == "" {
		return Record{}, fmt.Errorf("sentence %s: no <Text>", id)
	}
	return rec, nil
}

// applyInclude marks the records that the environment's <Include> and
// <Exclude> lists leave out.
func (s *PetrarchSuite) applyInclude() {
	var include []string
	for _, c := range s.Env.Include {
		if !strings.EqualFold(c, "valid") {
			include = append(include, c)
		}
	}
	for i := range s.Records {
		r := &s.Records[i]
		switch {
		case len(include) > 0 && !containsFold(include, r.Category):
			r.Skip = fmt.Sprintf("category %q is not in <Include>", r.Category)
		case containsFold(s.Env.Exclude, r.Category):
			r.Skip = fmt.Sprintf("category %q is in <Exclude>", r.Category)
		}
	}
}

// fields is strings.Fields, but nil for a blank string.
func fields(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return strings.Fields(s)
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func configs(cs []xmlConfig, line int) []KV {
	var kvs []KV
	for _, c := range cs {
		name := strings.TrimSpace(c.Option)
		if name == "" {
			continue
		}
		kvs = append(kvs, KV{Name: name, Value: strings.TrimSpace(c.Value), Line: line})
	}
	return kvs
}

// resolve returns name relative to dir, or "" for an empty name.
func resolve(dir, name string) string {
	name = strings.TrimSpace(name)
	if name == "" || filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(dir, name)
}

// parseYMD parses an 8-digit YYYYMMDD date, year 1000 or later, into the
// integer YYYYMMDD.
func parseYMD(s string) (int, bool) {
	if len(s) != 8 || s[0] == '0' {
		return 0, false
	}
	if _, err := time.Parse("20060102", s); err != nil {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
