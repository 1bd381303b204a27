package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/sitrep/sitrep/dict"
)

// Phoenix gives some people overlapping offices ("QATGOVBUS 2003-01-01..
// 2011-01-31" and "QATGOV 2004-08-01..2009-06-30"). On a date, the matcher
// codes an actor with the first of its ranges that holds then (with every
// code of that same range), so a later range that overlaps an earlier one
// only counts on the days no earlier range covers, and `sitrep dict check`
// reports it (date-overlap). clipRanges writes what the matcher reads:
// the later range is cut down to those days. The codes of the actor on
// every date stay the same.

// noEnd stands for a range without an end while ranges are cut.
const noEnd = 99991231

// span is an inclusive range of YYYYMMDD days; from 0 is no start, to
// noEnd no end.
type span struct{ from, to int }

// clipRanges returns the codes of an actor with the ranges cut so that no
// two ranges with different bounds share a day, and whether it changed
// anything. Only actors that dict.Lint reports as having overlapping
// ranges are changed; the others, whose ranges at most meet on one day,
// are returned as they are. The codes without dates come first, then the
// dated ones in date order; a range cut in two gives two, and two ranges
// that follow each other with the same codes become one.
func clipRanges(codes []dict.DatedCode) ([]dict.DatedCode, bool) {
	if !overlapping(codes) {
		return codes, false
	}
	var out []dict.DatedCode
	type group struct {
		bounds span
		codes  []string
	}
	var groups []*group
	byBounds := map[span]*group{}
	for _, c := range codes {
		if c.Default() {
			out = append(out, c)
			continue
		}
		b := span{c.From, c.To}
		if b.to == 0 {
			b.to = noEnd
		}
		g := byBounds[b]
		if g == nil {
			g = &group{bounds: b}
			byBounds[b] = g
			groups = append(groups, g)
		}
		g.codes = append(g.codes, c.Code)
	}
	// the days each group holds on: those no earlier group covers
	type piece struct {
		span
		codes []string
	}
	var pieces []piece
	var earlier []span
	for _, g := range groups {
		if g.bounds.from > g.bounds.to {
			continue // holds on no day
		}
		ps := []span{g.bounds}
		for _, e := range earlier {
			ps = minus(ps, e)
		}
		earlier = append(earlier, g.bounds)
		for _, p := range ps {
			pieces = append(pieces, piece{p, g.codes})
		}
	}
	// the pieces share no day: in date order, and one range where two
	// that follow each other have the same codes
	slices.SortFunc(pieces, func(a, b piece) int { return cmp.Compare(a.from, b.from) })
	var merged []piece
	for _, p := range pieces {
		if n := len(merged); n > 0 && merged[n-1].to != noEnd && addDays(merged[n-1].to, 1) == p.from && slices.Equal(merged[n-1].codes, p.codes) {
			merged[n-1].to = p.to
			continue
		}
		merged = append(merged, p)
	}
	for _, p := range merged {
		to := p.to
		if to == noEnd {
			to = 0
		}
		for _, c := range p.codes {
			out = append(out, dict.DatedCode{Code: c, From: p.from, To: to})
		}
	}
	return out, true
}

// overlapping reports whether dict.Lint finds overlapping date ranges in
// codes.
func overlapping(codes []dict.DatedCode) bool {
	d := &dict.Dictionary{Actors: []dict.Actor{{Names: []dict.Phrase{{{Text: "X"}}}, Codes: codes}}}
	for _, f := range dict.Lint(d, dict.LintOptions{}) {
		if f.Rule == dict.RuleDateOverlap {
			return true
		}
	}
	return false
}

// minus returns the days of ps that are not in e.
func minus(ps []span, e span) []span {
	var out []span
	for _, p := range ps {
		if p.to < e.from || p.from > e.to {
			out = append(out, p)
			continue
		}
		if p.from < e.from {
			out = append(out, span{p.from, addDays(e.from, -1)})
		}
		if p.to > e.to {
			out = append(out, span{addDays(e.to, 1), p.to})
		}
	}
	return out
}

// addDays is the YYYYMMDD date n days after d.
func addDays(d, n int) int {
	t, err := time.Parse("20060102", fmt.Sprintf("%08d", d))
	if err != nil {
		return d + n // not a date: dict.WriteNative reports it
	}
	v, _ := strconv.Atoi(t.AddDate(0, 0, n).Format("20060102"))
	return v
}
