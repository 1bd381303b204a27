package coder

import (
	"fmt"
	"strconv"
	"strings"
)

// Options are the coding options of TABARI/PETRARCH that change what the
// coder emits. The zero value is not useful; start from DefaultOptions.
type Options struct {
	// RequireDyad: emit only events with both a source and a target.
	RequireDyad bool
	// NewActorLength: when > 0, an uncoded noun phrase of at most this many
	// words in the source or target slot becomes an actor whose code is the
	// phrase itself in double quotes, as PETRARCH does with parsed input.
	NewActorLength int
	// Comma-delimited clause deletion (PETRARCH comma_* options): a clause
	// between commas whose length in words is within [CommaMin, CommaMax] is
	// ignored; CommaB* apply to a clause at the beginning of the sentence and
	// CommaE* to one at the end. A max of 0 disables that deletion.
	CommaMin, CommaMax   int
	CommaBMin, CommaBMax int
	CommaEMin, CommaEMax int
	// SpecialCodes gives TABARI's meaning to the codes "###" and "+++" on
	// actors and verbs: the sentence is discarded, or rejected as too
	// complex to code. PETRARCH (the default) keeps them as plain codes.
	SpecialCodes bool
}

// DefaultOptions returns PETRARCH-1's default configuration.
func DefaultOptions() Options {
	return Options{
		RequireDyad:    true,
		NewActorLength: 0,
		CommaMin:       2, CommaMax: 8,
		CommaBMin: 0, CommaBMax: 0,
		CommaEMin: 2, CommaEMax: 8,
	}
}

// Set sets an option by its PETRARCH (comma_min, require_dyad, ...) or
// TABARI name. Unknown names are an error so that typos are seen.
func (o *Options) Set(name, value string) error {
	key := strings.ToLower(strings.TrimSpace(name))
	key = strings.ReplaceAll(key, " ", "_")
	value = strings.TrimSpace(value)
	if key == "require_dyad" || key == "special_codes" {
		b, err := strconv.ParseBool(strings.ToLower(value))
		if err != nil {
			return fmt.Errorf("option %s: %q is not true or false", name, value)
		}
		if key == "require_dyad" {
			o.RequireDyad = b
		} else {
			o.SpecialCodes = b
		}
		return nil
	}
	ints := map[string]*int{
		"new_actor_length": &o.NewActorLength,
		"comma_min":        &o.CommaMin, "comma_max": &o.CommaMax,
		"comma_bmin": &o.CommaBMin, "comma_bmax": &o.CommaBMax,
		"comma_emin": &o.CommaEMin, "comma_emax": &o.CommaEMax,
	}
	p, ok := ints[key]
	if !ok {
		return fmt.Errorf("unknown coder option %q", name)
	}
	n, err := strconv.Atoi(value)
	if err != nil || n < 0 {
		return fmt.Errorf("option %s: %q is not a non-negative integer", name, value)
	}
	*p = n
	return nil
}
