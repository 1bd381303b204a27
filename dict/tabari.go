package dict

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// The TABARI formats are described in chapter 5 of the TABARI manual
// (version 0.8.4). They differ from PETRARCH's in that
//
//   - a word not directly followed by '_' is a stem: it matches any token
//     that begins with it; "WORD=" is exact and takes no regular endings;
//     the regular plural of an exact last word is added, as TABARI
//     recognised it by itself;
//   - hyphens in phrases are underscores;
//   - ';' starts a comment and so does '#' (outside [...]); lines starting
//     with '/' are comments; a line starting with '~' (~FINISH) ends the
//     file;
//   - actors files may hold <NOUN> and <ADJECTIVE> lists; verbs files a
//     <SYNSETS> section, and <TIME> and <ATTRIB> sections, which are
//     skipped;
//   - in the verbs file each root "VERB [CODE]" is its own block, followed
//     by an optional line of irregular forms "{ BROKE_ BROKEN_ }" and its
//     "- pattern [CODE]" lines; patterns may hold alternatives
//     "{ A | B_C }", which become anonymous synsets named after their text
//     ("&{A|B_C}"), and "XXXX~ YYYY", a stem that YYYY must follow directly.

// ReadTabariActors reads a TABARI .actors dictionary, with its <NOUN> and
// <ADJECTIVE> lists.
func ReadTabariActors(r io.Reader, file string) (*Dictionary, ErrorList) {
	return readActors(r, file, true)
}

// ReadTabariAgents reads a TABARI .agents dictionary. The PETRARCH
// extensions ({plurals} and !substitution! sets) are accepted too.
func ReadTabariAgents(r io.Reader, file string) (*Dictionary, ErrorList) {
	return readAgents(r, file, true)
}

// ReadTabariVerbs reads a TABARI .verbs dictionary.
//
// A multi-word root such as "BURN DOWN [222]" is stored as the verb BURN
// (the first word, with the words joined to it by '_') with code "---" and
// the pattern "* DOWN [222]"; the root's other patterns get DOWN in front
// of their words after the verb.
func ReadTabariVerbs(r io.Reader, file string) (*Dictionary, ErrorList) {
	vr := newVerbReader(r, file, true)
	vr.readTabari()
	return vr.finish()
}

func (vr *verbReader) readTabari() {
	sc := vr.sc
	section := ""
	for sc.next() {
		l := sc.line
		t := l.text
		if tag, ok := sectionTag(t); ok {
			vr.synset = nil
			section = sectionChange(sc, l.n, section, tag)
			continue
		}
		switch section {
		case "TIME", "ATTRIB":
			continue
		case "NOUN", "ADJECTIVE":
			addWordList(sc, vr.d, section, l)
			continue
		}
		if vr.synset != nil && t[0] != '+' {
			vr.synset = nil
		}
		switch {
		case t[0] == '&':
			vr.synsetLabel(l)
		case t[0] == '+' && vr.synset != nil:
			vr.synsetPhrase(l)
		case t[0] == '+':
			sc.errorf(l.n, "+phrase outside a synset")
		case section == "SYNSETS":
			sc.errorf(l.n, "only &NAME and +phrase lines belong in <SYNSETS>")
		case t[0] == '-':
			vr.pattern(l)
		case t[0] == '{':
			vr.irregular(l)
		default:
			vr.root(l)
		}
	}
	if section != "" {
		sc.errorf(sc.n, "<%s> section not closed by </%s>", section, section)
	}
}

// root starts a new verb block from a TABARI root line.
func (vr *verbReader) root(l line) {
	fail := func(format string, args ...any) {
		vr.sc.errorf(l.n, "verb root: "+format+"; its patterns are skipped", args...)
		vr.cur, vr.skip, vr.rest = -1, true, nil
	}
	sg, err := splitLine(l.text)
	switch {
	case err != nil:
		fail("%v", err)
		return
	case sg.after != "":
		fail("text after [code]: %q", sg.after)
		return
	case len(sg.codes) != 1:
		fail("want one [code], have %d", len(sg.codes))
		return
	}
	code, err := eventCode(sg.codes[0])
	if err != nil {
		fail("%v", err)
		return
	}
	text := strings.ReplaceAll(sg.text, "-", "_")
	toks := lexPattern(text, true)
	if len(toks) == 0 {
		fail("no verb")
		return
	}
	n := 1
	for n < len(toks) && toks[n].adj {
		n++
	}
	var run Phrase
	for _, t := range toks[:n] {
		e, err := t.elem(true)
		if err == nil && e.Kind != ElemWord {
			err = fmt.Errorf("%s in a verb root", t.text)
		}
		if err != nil {
			fail("%v", err)
			return
		}
		run = append(run, e.Word)
	}
	v := Verb{Code: code, Pos: vr.sc.pos(l.n)}
	var rest Pattern
	if n < len(toks) {
		rest, err = parsePattern("* "+text[toks[n].off:], true, vr.anonymous(l.n))
		if err != nil {
			fail("%v", err)
			return
		}
		rest.Code, rest.Pos = code, v.Pos
		v.Code = NullCode
		v.Patterns = []Pattern{rest}
	}
	vr.startBlock(v)
	vr.rest = rest.After
	if len(run) == 1 && !run[0].Stem && !toks[0].eq {
		for _, f := range VerbForms(run[0].Text) {
			vr.addForm(VerbForm{Words: Phrase{{Text: f}}})
		}
	} else {
		vr.addForm(VerbForm{Words: run})
	}
	if sg.hasForms {
		vr.addIrregular(l.n, sg.forms)
	}
}

// irregular adds the irregular forms "{ BROKE_ BROKEN_ }" of the root above.
func (vr *verbReader) irregular(l line) {
	if vr.skip {
		return
	}
	sg, err := splitLine(l.text)
	if err == nil && (sg.text != "" || sg.after != "" || len(sg.codes) > 0) {
		err = errors.New("want only { FORM FORM ... }")
	}
	if err != nil {
		vr.sc.errorf(l.n, "irregular forms: %v", err)
		return
	}
	if vr.cur < 0 {
		vr.sc.errorf(l.n, "irregular forms before any verb")
		return
	}
	vr.addIrregular(l.n, sg.forms)
}

func (vr *verbReader) addIrregular(n int, forms string) {
	for _, f := range strings.Fields(forms) {
		var p Phrase
		for _, t := range lexPattern(f, true) {
			e, err := t.elem(true)
			if err == nil && e.Kind != ElemWord {
				err = fmt.Errorf("%s in a verb form", t.text)
			}
			if err != nil {
				vr.sc.errorf(n, "irregular form %q: %v", f, err)
				p = nil
				break
			}
			p = append(p, e.Word)
		}
		if p != nil {
			vr.addForm(VerbForm{Words: p})
		}
	}
}

// sectionTag recognises "<NOUN>", "</NOUN>" and the like; it returns the
// upper-case tag with its '/'.
func sectionTag(t string) (string, bool) {
	if len(t) < 3 || t[0] != '<' || t[len(t)-1] != '>' || strings.ContainsAny(t[1:len(t)-1], "<> \t") {
		return "", false
	}
	tag := strings.ToUpper(t[1 : len(t)-1])
	closing := strings.HasPrefix(tag, "/")
	tag = strings.TrimPrefix(tag, "/")
	switch tag {
	case "ADJ", "ADJECTIVES":
		tag = "ADJECTIVE"
	case "NOUNS":
		tag = "NOUN"
	case "SYNSET":
		tag = "SYNSETS"
	}
	if closing {
		tag = "/" + tag
	}
	return tag, true
}

var knownSections = map[string]bool{"NOUN": true, "ADJECTIVE": true, "SYNSETS": true, "TIME": true, "ATTRIB": true}

// sectionChange returns the section in effect after tag.
func sectionChange(sc *scanner, n int, cur, tag string) string {
	if name, ok := strings.CutPrefix(tag, "/"); ok {
		if name != cur {
			sc.errorf(n, "</%s> without <%s>", name, name)
			return cur
		}
		return ""
	}
	if !knownSections[tag] {
		sc.errorf(n, "unknown section <%s>", tag)
		return cur
	}
	if cur != "" {
		sc.errorf(n, "<%s> inside <%s>", tag, cur)
	}
	return tag
}

// addWordList adds a line of a <NOUN> or <ADJECTIVE> list.
func addWordList(sc *scanner, d *Dictionary, section string, l line) {
	if section != "NOUN" && section != "ADJECTIVE" {
		return
	}
	sg, err := splitLine(l.text)
	if err == nil && (len(sg.codes) > 0 || sg.hasForms) {
		err = errors.New("nouns and adjectives take no [code] or {forms}")
	}
	if err != nil {
		sc.errorf(l.n, "%v", err)
		return
	}
	ps := phraseOf(sg.text, true)
	if ps == nil {
		sc.errorf(l.n, "empty phrase")
		return
	}
	if section == "NOUN" {
		d.Nouns = append(d.Nouns, ps...)
	} else {
		d.Adjectives = append(d.Adjectives, ps...)
	}
}

// tabariCommands are the .options commands; TABARI read only the first
// four letters of each.
var tabariCommands = []string{"SET", "LABEL", "FORWARD", "DEFAULT", "COMMA", "COMPLEX", "NONEVENTS", "OUTPUT"}

// ReadTabariOptions reads a TABARI .options file into Dictionary.Options:
// "SET: ACTOR USAGE = TRUE" gives actor_usage = TRUE; "LABEL: 031=MEET"
// gives label:031 = MEET; any other "COMMAND: text" gives command = text
// (several lines of one command are joined with "; ").
func ReadTabariOptions(r io.Reader, file string) (*Dictionary, ErrorList) {
	sc := newScanner(r, file)
	sc.semicolon, sc.tildeEnds = false, true
	d := &Dictionary{Options: map[string]string{}}
	for sc.next() {
		l := sc.line
		t, _, _ := strings.Cut(l.text, "//")
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		cmd, body, ok := strings.Cut(t, ":")
		if !ok {
			sc.errorf(l.n, "not an option command (COMMAND: ...): %q", t)
			continue
		}
		cmd = strings.ToUpper(strings.TrimSpace(cmd))
		for _, c := range tabariCommands {
			if cmd == c || (len(cmd) >= 4 && strings.HasPrefix(c, cmd[:4])) {
				cmd = c
				break
			}
		}
		body = strings.TrimSpace(body)
		switch cmd {
		case "SET":
			k, v, ok := strings.Cut(body, "=")
			if !ok {
				if rest, ok := cutPrefixFold(body, "CODE BY"); ok {
					d.Options["code_by"] = strings.TrimSpace(rest)
					continue
				}
				sc.errorf(l.n, "SET: want NAME = VALUE")
				continue
			}
			d.Options[optionKey(k)] = strings.TrimSpace(v)
		case "LABEL":
			k, v, ok := strings.Cut(body, "=")
			if !ok || strings.TrimSpace(k) == "" {
				sc.errorf(l.n, "LABEL: want CODE = TEXT")
				continue
			}
			d.Options["label:"+strings.ToUpper(strings.TrimSpace(k))] = strings.TrimSpace(v)
		default:
			k := optionKey(cmd)
			if k == "" {
				sc.errorf(l.n, "empty option command")
				continue
			}
			if old, ok := d.Options[k]; ok && old != "" {
				body = old + "; " + body
			}
			d.Options[k] = body
		}
	}
	return d, sc.errors()
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// optionKey is the Options key for an option name: lower case, blanks as
// '_'.
func optionKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), "_"))
}

// Project is a TABARI .project file: the dictionaries and texts of a coding
// project, with paths resolved against Dir, the project file's directory.
type Project struct {
	Actors, Verbs, Agents, Options []string
	Texts                          []string
	Dir                            string
}

// ReadTabariProject reads a TABARI .project file. Like TABARI it looks at
// the first two letters of each <tag> and ignores lines that do not start
// with '<'. The error is an ErrorList for tags without a file name, or an
// I/O error.
func ReadTabariProject(r io.Reader, file string) (*Project, error) {
	p := &Project{Dir: filepath.Dir(file)}
	var errs ErrorList
	s := bufio.NewScanner(r)
	s.Buffer(nil, maxLineBytes)
	n := 0
	for s.Scan() {
		n++
		t := strings.TrimSpace(s.Text())
		if !strings.HasPrefix(t, "<") {
			continue
		}
		end := strings.IndexByte(t, '>')
		if end < 0 {
			errs = append(errs, &Error{Pos{file, n}, "tag not closed by >"})
			continue
		}
		tag := strings.ToLower(strings.TrimSpace(t[1:end]))
		var list *[]string
		switch {
		case strings.HasPrefix(tag, "ac"):
			list = &p.Actors
		case strings.HasPrefix(tag, "ag"):
			list = &p.Agents
		case strings.HasPrefix(tag, "ve"):
			list = &p.Verbs
		case strings.HasPrefix(tag, "op"):
			list = &p.Options
		case strings.HasPrefix(tag, "te"):
			list = &p.Texts
		default:
			continue
		}
		name := t[end+1:]
		if i := strings.IndexByte(name, '<'); i >= 0 {
			name = name[:i] // optional </tag> terminator and comment
		}
		name = strings.TrimSpace(name)
		if name == "" {
			errs = append(errs, &Error{Pos{file, n}, fmt.Sprintf("<%s> without a file name", tag)})
			continue
		}
		if !filepath.IsAbs(name) {
			name = filepath.Join(p.Dir, name)
		}
		*list = append(*list, name)
	}
	if err := s.Err(); err != nil {
		return p, fmt.Errorf("read %s line %d: %w", file, n+1, err)
	}
	return p, errs.Err()
}
