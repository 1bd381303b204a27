// Package defaults embeds the dictionaries sitrep uses when no --dict is
// given.
package defaults

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the embedded dictionary files.
func FS() fs.FS { return files }
