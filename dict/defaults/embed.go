// Package defaults embeds the dictionaries sitrep uses when no --dict is
// given, so that the binary needs no files to code news.
package defaults

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"

	"github.com/sitrep/sitrep/dict"
)

// The dictionaries are the *.sitrep files (native format, see
// docs/dictionary-format.md) of this directory.
//
//go:embed *.sitrep
var files embed.FS

// FS returns the embedded dictionary files, the *.sitrep files of this
// directory.
func FS() fs.FS { return files }

// dictionaryFiles returns the names of the embedded dictionaries in name
// order.
func dictionaryFiles() ([]string, error) {
	return fs.Glob(files, "*"+dict.NativeExt)
}

// Load reads every embedded dictionary, in name order, into one
// Dictionary. The embedded files are part of the build, so a line that
// cannot be read is an error of ours: it is returned, not skipped silently.
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
		dd, errs := dict.ReadNative(bytes.NewReader(data), name)
		if len(errs) > 0 {
			return nil, fmt.Errorf("embedded dictionary: %w", errs)
		}
		d.Merge(dd)
	}
	return d, nil
}
