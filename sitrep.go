// Package sitrep holds the records that every stage of the event pipeline
// fills in: the Article that comes in and the Event that goes out. Stages
// live in subpackages (text, dict, coder, eval, ...); wiring lives in
// cmd/sitrep.
package sitrep

import (
	"strings"
	"time"
)

// Article is one news report as it enters the pipeline.
type Article struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD or RFC 3339, as given
	Text      string `json:"text"`
}

// Mention is a piece of evidence: some text and its byte offsets in the
// article text, with the code it was given.
type Mention struct {
	Text  string `json:"text"`
	Code  string `json:"code"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Location is where an event happened. Filled by the place stage.
type Location struct {
	Name      string  `json:"name"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Precision string  `json:"precision"`
	GeonameID int64   `json:"geonameid"`
}

// Count is a reported number with the ACLED/UCDP low/best/high convention.
type Count struct {
	Low  int `json:"low"`
	Best int `json:"best"`
	High int `json:"high"`
}

// Plover is the PLOVER view of an event.
type Plover struct {
	Type string `json:"type"`
	Mode string `json:"mode"`
}

// ACLED is the ACLED view of an event.
type ACLED struct {
	DisorderType string `json:"disorder_type"`
	EventType    string `json:"event_type"`
	SubEventType string `json:"sub_event_type"`
	Inter1       int    `json:"inter1"`
	Inter2       int    `json:"inter2"`
	Interaction  int    `json:"interaction"`
}

// Event is the one record every stage fills in, the store saves, the API
// serves and every export writes. Fields that a stage has not filled yet
// are nil and encode as JSON null. See docs/event.md.
type Event struct {
	ID            string    `json:"id"`
	ArticleID     string    `json:"article_id"`
	Sentence      int       `json:"sentence"`
	Start         int       `json:"start"`
	End           int       `json:"end"`
	Text          string    `json:"text"`
	Source        *Mention  `json:"source"`
	Target        *Mention  `json:"target"`
	Verb          *Mention  `json:"verb"`
	CAMEO         string    `json:"cameo"`
	CAMEORoot     string    `json:"cameo_root"`
	QuadClass     *int      `json:"quad_class"`
	Goldstein     *float64  `json:"goldstein"`
	Date          *string   `json:"date"`
	DatePrecision *string   `json:"date_precision"`
	Location      *Location `json:"location"`
	Fatalities    *Count    `json:"fatalities"`
	Injured       *Count    `json:"injured"`
	Plover        *Plover   `json:"plover"`
	ACLED         *ACLED    `json:"acled"`
	Negated       *bool     `json:"negated"`
	Historical    *bool     `json:"historical"`
}

// publishedLayouts are the forms of Article.Published that sitrep
// understands: ISO dates and times, compact dates, and the e-mail/RSS
// forms feeds use.
var publishedLayouts = []string{
	"2006-01-02",
	"20060102",
	time.RFC3339, // fractional seconds are accepted too
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC822Z,
	time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
}

// ParseDate parses a publication date in one of the forms sitrep
// understands (YYYY-MM-DD, YYYYMMDD, RFC 3339, RFC 1123/822 as in feeds,
// "January 2, 2006", "2 January 2006"). The date is the one written, in its
// own time zone. Years outside 1000..9999 are rejected.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range publishedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if y := t.Year(); y < 1000 || y > 9999 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}
