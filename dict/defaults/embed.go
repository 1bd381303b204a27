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

//go:embed *.txt
var files embed.FS

// FS returns the embedded dictionary files.
func FS() fs.FS { return files }

// Load reads every embedded dictionary into one Dictionary. The embedded
// files are part of the build, so a line that cannot be read is an error
// of ours: it is returned, not skipped silently.
func Load() (*dict.Dictionary, error) {
	names, err := fs.Glob(files, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	d := &dict.Dictionary{}
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, err
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
