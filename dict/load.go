package dict

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Kind is the kind of a dictionary file.
type Kind int

// Dictionary file kinds.
const (
	KindUnknown Kind = iota
	KindActors
	KindAgents
	KindVerbs
	KindDiscards
	KindOptions
	KindProject
)

var kindNames = [...]string{"unknown", "actors", "agents", "verbs", "discards", "options", "project"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kindNames[k]
}

// KindOf tells the kind of a dictionary file from its name, as the TABARI
// and PETRARCH projects name them: "PETR.Validate.actors.txt",
// "TABARI.Demo.actors", "CAMEO.verbpatterns.150430.txt",
// "Phoenix.discards.txt", "TABARI.Demo.options", "X.project".
func KindOf(path string) Kind {
	name := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(name, ".go") {
		return KindUnknown // source code beside the dictionaries (tests)
	}
	switch {
	case strings.Contains(name, "actor"):
		return KindActors
	case strings.Contains(name, "agent"):
		return KindAgents
	case strings.Contains(name, "verb"):
		return KindVerbs
	case strings.Contains(name, "discard"):
		return KindDiscards
	case strings.HasSuffix(name, ".options") || strings.Contains(name, ".options."):
		return KindOptions
	case strings.HasSuffix(name, ".project"):
		return KindProject
	}
	return KindUnknown
}

// IsTabari reports whether a dictionary file is in TABARI rather than
// PETRARCH format, from its content and, failing that, its name. TABARI
// files end with ~FINISH and may have <SYNSETS>, <NOUN>, <ADJECTIVE> or
// <TIME> sections; PETRARCH verbs files have "--- NAME ---" block headers
// and TABARI ones do not.
func IsTabari(path string, data []byte, kind Kind) bool {
	for _, l := range bytes.Split(data, []byte("\n")) {
		l = bytes.TrimSpace(l)
		if bytes.HasPrefix(l, []byte("~")) {
			return true
		}
		switch strings.ToUpper(string(l)) {
		case "<SYNSETS>", "<NOUN>", "<ADJECTIVE>", "<ADJ>", "<TIME>", "<ATTRIB>":
			return true
		}
		if kind == KindVerbs && bytes.HasPrefix(l, []byte("---")) {
			return false
		}
	}
	if kind == KindVerbs || kind == KindOptions {
		return true // no "--- X ---" block headers: TABARI
	}
	return strings.Contains(strings.ToLower(filepath.Base(path)), "tabari")
}

// LoadFile reads one dictionary file: a native one (IsNative, any kinds
// of entries), or a TABARI or PETRARCH one, telling its kind from its
// name (KindOf) and its format from its content (IsTabari). A .project
// file loads every dictionary it names. Lines that cannot be read are
// skipped and returned in the ErrorList; the error is for files that
// cannot be read at all.
func LoadFile(path string) (*Dictionary, ErrorList, error) {
	if IsNative(path) {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, fmt.Errorf("load %s: %w", path, err)
		}
		d, errs := ReadNative(bytes.NewReader(data), path)
		return d, errs, nil
	}
	kind := KindOf(path)
	if kind == KindUnknown {
		return nil, nil, fmt.Errorf("load %s: cannot tell the kind of dictionary from the name (want actors, agents, verbs, discards, options or project in it)", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("load %s: %w", path, err)
	}
	if kind == KindProject {
		return loadProject(path, data)
	}
	d, errs := ReadKind(bytes.NewReader(data), path, kind, IsTabari(path, data, kind))
	return d, errs, nil
}

// ReadKind reads a dictionary of the given kind and format.
func ReadKind(r io.Reader, file string, kind Kind, tabari bool) (*Dictionary, ErrorList) {
	switch {
	case kind == KindActors && tabari:
		return ReadTabariActors(r, file)
	case kind == KindActors:
		return ReadPetrarchActors(r, file)
	case kind == KindAgents && tabari:
		return ReadTabariAgents(r, file)
	case kind == KindAgents:
		return ReadPetrarchAgents(r, file)
	case kind == KindVerbs && tabari:
		return ReadTabariVerbs(r, file)
	case kind == KindVerbs:
		return ReadPetrarchVerbs(r, file)
	case kind == KindDiscards:
		return ReadPetrarchDiscards(r, file)
	case kind == KindOptions:
		return ReadTabariOptions(r, file)
	}
	return &Dictionary{}, ErrorList{{Pos{file, 0}, fmt.Sprintf("cannot read a %s file as a dictionary", kind)}}
}

func loadProject(path string, data []byte) (*Dictionary, ErrorList, error) {
	p, err := ReadTabariProject(bytes.NewReader(data), path)
	var errs ErrorList
	if !errors.As(err, &errs) && err != nil {
		return nil, nil, err
	}
	d := &Dictionary{}
	for _, group := range [][]string{p.Actors, p.Agents, p.Verbs, p.Options} {
		for _, f := range group {
			fd, ferrs, err := LoadFile(f)
			if err != nil {
				return nil, errs, err
			}
			d.Merge(fd)
			errs = append(errs, ferrs...)
		}
	}
	return d, errs, nil
}

// LoadDir reads every dictionary file in dir (not its subdirectories and
// not .project files, whose dictionaries are usually the ones in dir) in
// name order and merges them. Native files (IsNative) are read whatever
// their name; other files whose kind cannot be told from the name are
// ignored.
func LoadDir(dir string) (*Dictionary, ErrorList, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("load %s: %w", dir, err)
	}
	names := make([]string, 0, len(ents))
	for _, e := range ents {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	d := &Dictionary{}
	var errs ErrorList
	for _, n := range names {
		path := filepath.Join(dir, n)
		if k := KindOf(path); !IsNative(path) && (k == KindUnknown || k == KindProject) {
			continue
		}
		fd, ferrs, err := LoadFile(path)
		if err != nil {
			return nil, errs, err
		}
		d.Merge(fd)
		errs = append(errs, ferrs...)
	}
	return d, errs, nil
}
