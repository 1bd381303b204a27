// Package defaults embeds the dictionaries sitrep uses when no --dict is
// given, so that the binary needs no files to code news.
package defaults

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"sort"

	"github.com/sitrep/sitrep/dict"
)

// The dictionaries are the *.txt files (TABARI or PETRARCH format) and
// the *.sitrep files (native format) of this directory. go:embed refuses
// a pattern that matches no file, and either kind may be absent, so the
// whole directory is embedded and Load picks the dictionaries by name.
//
//go:embed *
var files embed.FS

// FS returns the embedded files; the dictionaries among them are the
// *.txt and *.sitrep files.
func FS() fs.FS { return files }

// dictionaryFiles returns the names of the embedded dictionaries in name
// order.
func dictionaryFiles() ([]string, error) {
	var names []string
	for _, pattern := range []string{"*.txt", "*" + dict.NativeExt} {
		m, err := fs.Glob(files, pattern)
		if err != nil {
			return nil, err
		}
		names = append(names, m...)
	}
	sort.Strings(names)
	return names, nil
}

// Load reads every embedded dictionary into one Dictionary. The embedded
// files are part of the build, so a line that cannot be read is an error
// of ours: it is returned, not skipped silently.
func Load() (*dict.Dictionary, error) {
	names, err := dictionaryFiles()
	if err != nil {
		return nil, err
	}
	d := &dict.Dictionary{}
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if dict.IsNative(name) {
			dd, errs := dict.ReadNative(bytes.NewReader(data), name)
			if len(errs) > 0 {
				return nil, fmt.Errorf("embedded dictionary: %w", errs)
			}
			d.Merge(dd)
			continue
		}
		kind := dict.KindOf(name)
		if kind == dict.KindUnknown {
			return nil, fmt.Errorf("embedded dictionary %s: unknown kind", name)
		}
		dd, errs := dict.ReadKind(bytes.NewReader(data), name, kind, dict.IsTabari(name, data, kind))
		if len(errs) > 0 {
			return nil, fmt.Errorf("embedded dictionary: %w", errs)
		}
		d.Merge(dd)
	}
	return d, nil
}
