package main

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep/dict"
)

// curatedText holds the facts the team adds to or takes from the sources;
// see the comments at its top.
//
//go:embed curated.txt
var curatedText string

// curated is the parsed curated.txt.
type curated struct {
	names      map[string][]dict.Phrase // ISO3 -> extra names of the country
	owner      map[string]string        // name key -> the ISO3 its curated names line gives it to
	code       map[string]string        // ISO3 -> actor code to use
	notCountry map[string]bool          // name keys never given to a country
	drop       map[string]bool          // name keys never written in a generated actor file
	keep       map[string]bool          // name keys exempt from the place and common-word filters
	dropAgent  map[string]bool          // Phoenix agent phrase keys left out
}

// readCurated parses the curated facts: one directive a line, '#'
// comments.
//
//	names ISO3 NAME...     names and demonyms of a country (this country only)
//	code ISO3 CODE         the actor code for a GeoNames country
//	notcountry NAME...     names never given to a country
//	drop NAME...           names never written by the generator
//	keep NAME...           names exempt from the place and ordinary-word filters
//	dropagent PHRASE...    Phoenix agent phrases left out
func readCurated(r io.Reader) (*curated, error) {
	c := &curated{
		names: map[string][]dict.Phrase{}, owner: map[string]string{}, code: map[string]string{},
		notCountry: map[string]bool{}, drop: map[string]bool{}, keep: map[string]bool{}, dropAgent: map[string]bool{},
	}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		args := f[1:]
		var bad string
		clean := func(a string) dict.Phrase {
			p, ok := cleanPhrase(phrase(a))
			if !ok {
				bad = a
			}
			return p
		}
		set := func(m map[string]bool) {
			for _, a := range args {
				m[key(clean(a))] = true
			}
		}
		switch f[0] {
		case "names":
			if len(args) < 2 {
				return nil, fmt.Errorf("curated line %d: names needs ISO3 and names", n)
			}
			iso := args[0]
			for _, a := range args[1:] {
				p := clean(a)
				k := key(p)
				if o, ok := c.owner[k]; ok && o != iso {
					return nil, fmt.Errorf("curated line %d: %s given to %s and %s", n, a, o, iso)
				}
				c.owner[k] = iso
				c.names[iso] = append(c.names[iso], p)
			}
		case "code":
			if len(args) != 2 {
				return nil, fmt.Errorf("curated line %d: code needs ISO3 and CODE", n)
			}
			c.code[args[0]] = args[1]
		case "notcountry":
			set(c.notCountry)
		case "drop":
			set(c.drop)
		case "keep":
			set(c.keep)
		case "dropagent":
			set(c.dropAgent)
		default:
			return nil, fmt.Errorf("curated line %d: unknown directive %q", n, f[0])
		}
		if bad != "" {
			return nil, fmt.Errorf("curated line %d: %q has characters no token has", n, bad)
		}
	}
	return c, sc.Err()
}
