// Package pipeline composes the stages that turn an article into events:
// sentence splitting, coding, and the event records. It also holds the
// worker pool that codes many articles at once; concurrency lives here and
// in cmd only.
package pipeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/coder"
	"github.com/sitrep/sitrep/dict"
	"github.com/sitrep/sitrep/text"
)

// Pipeline codes articles with one compiled dictionary and one set of
// coder options. It is immutable and safe for concurrent use.
type Pipeline struct {
	c *coder.Coder
}

// New returns a Pipeline that codes with m and o.
func New(m *dict.Matcher, o coder.Options) *Pipeline {
	return &Pipeline{c: coder.New(m, o)}
}

// Stats counts what happened to one article, or to many when added up.
type Stats struct {
	Articles           int `json:"articles"`
	Sentences          int `json:"sentences"`           // sentences split
	Events             int `json:"events"`              // events kept
	DiscardedSentences int `json:"discarded_sentences"` // sentence discards
	DiscardedStories   int `json:"discarded_stories"`   // articles dropped by a story discard
}

// Add adds the counts of o to s.
func (s *Stats) Add(o Stats) {
	s.Articles += o.Articles
	s.Sentences += o.Sentences
	s.Events += o.Events
	s.DiscardedSentences += o.DiscardedSentences
	s.DiscardedStories += o.DiscardedStories
}

// Article codes one article: it splits the text into sentences, codes each
// one with the article date (Date of a.Published) and makes one Event per
// coded triple. Events are ordered by sentence, verb, source and target
// offsets, then codes; an event repeated by the coder is kept once. A
// sentence discard drops that sentence's events; a story discard drops
// every event of the article. Fields that later stages fill stay nil.
func (p *Pipeline) Article(a sitrep.Article) ([]sitrep.Event, Stats) {
	st := Stats{Articles: 1}
	date := Date(a.Published)
	sents := text.Split(a.Text)
	st.Sentences = len(sents)
	var evs []sitrep.Event
	seen := map[string]bool{}
	for i, s := range sents {
		res := p.c.Code(a.Text, s, date)
		switch res.Discard {
		case coder.DiscardStory:
			st.DiscardedStories = 1
			st.Events = 0
			return nil, st
		case coder.DiscardSentence:
			st.DiscardedSentences++
			continue
		}
		for _, t := range res.Events {
			ev := event(a, i, s, t)
			if seen[ev.ID] {
				continue
			}
			seen[ev.ID] = true
			evs = append(evs, ev)
		}
	}
	slices.SortStableFunc(evs, compareEvents)
	st.Events = len(evs)
	return evs, st
}

// event builds the Event of triple t found in sentence s (index i) of a.
func event(a sitrep.Article, i int, s text.Sentence, t coder.Triple) sitrep.Event {
	ev := sitrep.Event{
		ID:        EventID(a.ID, i, t),
		ArticleID: a.ID,
		Sentence:  i,
		Start:     s.Start,
		End:       s.End,
		Text:      slice(a.Text, s.Start, s.End),
		Source:    mention(t.Source),
		Target:    mention(t.Target),
		CAMEO:     t.Code,
		CAMEORoot: cameoRoot(t.Code),
	}
	if v := slice(a.Text, t.VerbStart, t.VerbEnd); v != "" {
		ev.Verb = &sitrep.Mention{Text: v, Code: t.Code, Start: t.VerbStart, End: t.VerbEnd}
	}
	return ev
}

// EventID is the stable ID of the event of triple t in sentence i of
// article id: the first 16 hex digits of the SHA-256 of the article ID,
// sentence index, verb offsets and the source, target and event codes. The
// same input always gives the same ID.
func EventID(articleID string, i int, t coder.Triple) string {
	var b strings.Builder
	for _, f := range []string{articleID, strconv.Itoa(i), strconv.Itoa(t.VerbStart), strconv.Itoa(t.VerbEnd),
		t.Source.Code, t.Target.Code, t.Code} {
		b.WriteString(f)
		b.WriteByte(0) // no field holds NUL: the fields cannot run together
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
}

// mention returns the Mention of a coded actor, or nil when the actor has
// no words in the text (an absent source or target).
func mention(a coder.Actor) *sitrep.Mention {
	if a.Text == "" {
		return nil
	}
	return &sitrep.Mention{Text: a.Text, Code: a.Code, Start: a.Start, End: a.End}
}

// slice returns s[start:end], or "" when the bounds are not a non-empty
// range of s.
func slice(s string, start, end int) string {
	if start < 0 || end > len(s) || start >= end {
		return ""
	}
	return s[start:end]
}

// cameoRoot returns the root ("01" to "20") of a numeric CAMEO code of two
// to four digits, or "".
func cameoRoot(code string) string {
	if len(code) < 2 || len(code) > 4 {
		return ""
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return ""
		}
	}
	if r, _ := strconv.Atoi(code[:2]); r < 1 || r > 20 {
		return ""
	}
	return code[:2]
}

func compareEvents(x, y sitrep.Event) int {
	return cmp.Or(
		cmp.Compare(x.Sentence, y.Sentence),
		cmp.Compare(start(x.Verb), start(y.Verb)),
		cmp.Compare(start(x.Source), start(y.Source)),
		cmp.Compare(start(x.Target), start(y.Target)),
		cmp.Compare(x.CAMEO, y.CAMEO),
		cmp.Compare(code(x.Source), code(y.Source)),
		cmp.Compare(code(x.Target), code(y.Target)),
		cmp.Compare(x.ID, y.ID),
	)
}

func start(m *sitrep.Mention) int {
	if m == nil {
		return -1
	}
	return m.Start
}

func code(m *sitrep.Mention) string {
	if m == nil {
		return ""
	}
	return m.Code
}

// dateLayouts are the publication date forms Date accepts.
// Date parses a publication date (see sitrep.ParseDate for the forms) into
// the integer YYYYMMDD. It returns 0 for anything else.
func Date(published string) int {
	t, ok := sitrep.ParseDate(published)
	if !ok {
		return 0
	}
	return t.Year()*10000 + int(t.Month())*100 + t.Day()
}
