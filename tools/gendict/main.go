// Command gendict derives sitrep's default actor and agent dictionaries
// (dict/defaults) from public sources: the Phoenix dictionaries of the
// Open Event Data Alliance (MIT) and the GeoNames country table (CC BY
// 4.0). It cleans the names, keeps the date ranges, leaves out what is
// broken, ambiguous or stale, and writes sorted files in sitrep's native
// format (docs/dictionary-format.md) that say they are generated:
//
//	go run ./tools/gendict -shared ../shared -out dict/defaults
//
// The files of the output directory that do not say so are the team's
// hand-written dictionaries: gendict leaves out every name they define, so
// that they always win. Facts the team adds to the sources or removes from
// them are in tools/gendict/curated.txt. A report of what was left out and
// why goes to standard error.
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/dict"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data directory (holds data/phoenix-dictionaries and data/gazetteer)")
	out := flag.String("out", "dict/defaults", "the dictionary directory to write")
	since := flag.Int("since", defaultSince, "leave out Phoenix people with no office on or after this date (YYYYMMDD; 0 keeps all)")
	companies := flag.Bool("companies", false, "keep the Phoenix companies (MNC codes): not conflict actors, and many")
	flag.Parse()
	if err := run(*shared, *out, *since, *companies); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}

// defaultSince is the first day of the period sitrep's defaults are for:
// people whose offices all ended before it appear in today's news as
// history, and each of their names is one more chance of a wrong match.
const defaultSince = 20100101

func run(shared, out string, since int, companies bool) error {
	in, err := load(shared, out)
	if err != nil {
		return err
	}
	in.since, in.companies = since, companies
	o := generate(in)
	files, err := render(o)
	if err != nil {
		return err
	}
	for _, name := range sortedKeys(files) {
		if err := os.WriteFile(filepath.Join(out, name), files[name], 0o644); err != nil {
			return err
		}
	}
	for _, l := range o.rep.lines() {
		fmt.Fprintln(os.Stderr, l)
	}
	for _, name := range sortedKeys(o.actorFiles) {
		n := 0
		for _, e := range o.actorFiles[name] {
			n += len(e.names)
		}
		fmt.Fprintf(os.Stderr, "wrote %s: %d actors, %d names\n", name, len(o.actorFiles[name]), n)
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d agents\n", fileAgents, len(o.agents))
	return nil
}

// render formats every output file.
func render(o *output) (map[string][]byte, error) {
	files := map[string][]byte{}
	for _, name := range sortedKeys(o.actorFiles) {
		data, err := writeActors(name, o.actorFiles[name])
		if err != nil {
			return nil, err
		}
		files[name] = data
	}
	if o.agents != nil {
		data, err := writeAgents(fileAgents, o.agents)
		if err != nil {
			return nil, err
		}
		files[fileAgents] = data
	}
	return files, nil
}

// load reads every source.
func load(shared, out string) (*inputs, error) {
	data := filepath.Join(shared, "data")
	phx := filepath.Join(data, "phoenix-dictionaries")
	gaz := filepath.Join(data, "gazetteer")
	in := &inputs{skipped: map[string]int{}, places: map[string]bool{}}
	var err error
	if in.cur, err = readCurated(strings.NewReader(curatedText)); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		d    **dict.Dictionary
	}{
		{"Phoenix.Countries.actors.txt", &in.countries},
		{"Phoenix.International.actors.txt", &in.international},
		{"Phoenix.MilNonState.actors.txt", &in.nonState},
		{"Phoenix.agents.txt", &in.agents},
	} {
		d, errs, err := dict.LoadFile(filepath.Join(phx, f.name))
		if err != nil {
			return nil, err
		}
		*f.d = d
		in.skipped[strings.TrimSuffix(f.name, ".txt")] = len(errs)
	}
	cf, err := os.Open(filepath.Join(gaz, "countryInfo.txt"))
	if err != nil {
		return nil, err
	}
	in.geo, err = readCountries(bufio.NewReader(cf))
	cf.Close()
	if err != nil {
		return nil, fmt.Errorf("countryInfo.txt: %w", err)
	}
	zr, err := zip.OpenReader(filepath.Join(gaz, "cities15000.zip"))
	if err != nil {
		return nil, err
	}
	err = readCities(&zr.Reader, in.places)
	zr.Close()
	if err != nil {
		return nil, err
	}
	af, err := os.Open(filepath.Join(gaz, "admin1CodesASCII.txt"))
	if err != nil {
		return nil, err
	}
	err = readPlaces(af, 1, 2, in.places)
	af.Close()
	if err != nil {
		return nil, fmt.Errorf("admin1CodesASCII.txt: %w", err)
	}
	cz, err := zip.OpenReader(filepath.Join(data, "corpora", "guardian_sdf_sample.csv.zip"))
	if err != nil {
		return nil, err
	}
	in.common = map[string]bool{}
	for _, f := range cz.File {
		rc, err := f.Open()
		if err != nil {
			cz.Close()
			// single role words are ordinary words too
			for _, a := range in.agents.Agents {
				for _, n := range a.Names {
					if len(n) == 1 {
						in.common[n[0].Text] = true
					}
				}
			}
			return nil, err
		}
		words, err := commonWords(rc)
		rc.Close()
		if err != nil {
			cz.Close()
			// single role words are ordinary words too
			for _, a := range in.agents.Agents {
				for _, n := range a.Names {
					if len(n) == 1 {
						in.common[n[0].Text] = true
					}
				}
			}
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		for w := range words {
			in.common[w] = true
		}
	}
	cz.Close()
	// single role words are ordinary words too
	for _, a := range in.agents.Agents {
		for _, n := range a.Names {
			if len(n) == 1 {
				in.common[n[0].Text] = true
			}
		}
	}
	if in.hand, err = loadHand(out); err != nil {
		return nil, err
	}
	return in, nil
}

// loadHand reads the hand-written actor and agent dictionaries of dir (the
// native *.sitrep files the defaults package embeds): those whose first
// line is not the generated marker.
func loadHand(dir string) (*dict.Dictionary, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !dict.IsNative(n) {
			continue
		}
		if k := dict.KindOf(n); k == dict.KindActors || k == dict.KindAgents {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	d := &dict.Dictionary{}
	for _, n := range names {
		path := filepath.Join(dir, n)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if bytes.HasPrefix(data, []byte(generatedMarker)) {
			continue
		}
		fd, errs := dict.ReadNative(bytes.NewReader(data), path)
		if len(errs) > 0 {
			return nil, fmt.Errorf("hand-written dictionary: %w", errs)
		}
		d.Merge(fd)
	}
	return d, nil
}
