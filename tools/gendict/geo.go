package main

import (
	"archive/zip"
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/text"
)

// country is one row of GeoNames countryInfo.txt.
type country struct {
	ISO3, Name, Capital string
	Population          int
}

// readCountries reads GeoNames countryInfo.txt: tab-separated, '#'
// comments; columns ISO, ISO3, ISO-Numeric, fips, Country, Capital, Area,
// Population, ...
func readCountries(r io.Reader) ([]country, error) {
	var out []country
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) > 1 && f[1] == "ISO3" {
			continue // the column names
		}
		if len(f) < 8 {
			return nil, fmt.Errorf("line %d: %d columns, want at least 8", n, len(f))
		}
		pop, err := strconv.Atoi(f[7])
		if err != nil && f[7] != "" {
			return nil, fmt.Errorf("line %d: population %q: %v", n, f[7], err)
		}
		iso3 := strings.TrimSpace(f[1])
		if len(iso3) != 3 {
			return nil, fmt.Errorf("line %d: ISO3 code %q", n, iso3)
		}
		out = append(out, country{ISO3: iso3, Name: strings.TrimSpace(f[4]), Capital: strings.TrimSpace(f[5]), Population: pop})
	}
	return out, sc.Err()
}

// readPlaces adds to places the names (as written and in ASCII) of the
// tab-separated GeoNames rows in r: nameCol and asciiCol are the columns.
func readPlaces(r io.Reader, nameCol, asciiCol int, places map[string]bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) <= max(nameCol, asciiCol) {
			continue
		}
		for _, s := range []string{f[nameCol], f[asciiCol]} {
			if p := phrase(s); len(p) > 0 {
				places[key(p)] = true
			}
		}
	}
	return sc.Err()
}

// readCities adds the city names of a GeoNames cities zip (cities15000.zip:
// one file, name in column 2, ASCII name in column 3).
func readCities(zr *zip.Reader, places map[string]bool) error {
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		err = readPlaces(rc, 1, 2, places)
		rc.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
	}
	return nil
}

// commonWords returns the words that a news corpus (CSV with a "text"
// column) writes in lower case at least twice: ordinary words, not names.
func commonWords(r io.Reader) (map[string]bool, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, err
	}
	col := -1
	for i, h := range head {
		if strings.EqualFold(h, "text") {
			col = i
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("no text column in %v", head)
	}
	counts := map[string]int{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if col >= len(rec) {
			continue
		}
		addLower(rec[col], counts)
	}
	out := map[string]bool{}
	for w, n := range counts {
		if n >= 2 {
			out[w] = true
		}
	}
	return out, nil
}

// addLower counts the all-lower-case word tokens of s by their matching
// form.
func addLower(s string, counts map[string]int) {
	for _, t := range text.Tokenize(s, 0, len(s)) {
		if t.Kind != text.Word {
			continue
		}
		surface := s[t.Start:t.End]
		lower := true
		for _, r := range surface {
			if unicode.IsUpper(r) {
				lower = false
				break
			}
		}
		if lower && unicode.IsLetter(firstRune(surface)) {
			counts[t.Norm]++
		}
	}
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
