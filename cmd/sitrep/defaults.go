package main

import (
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/dict/defaults"
)

// defaultDictionary returns the dictionaries used when no --dict is given:
// the ones embedded in the binary. It is a variable so that tests can
// replace it.
var defaultDictionary = func() (*dict.Dictionary, error) {
	return defaults.Load()
}
