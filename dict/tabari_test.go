package dict

import (
	"errors"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestTabariActors(t *testing.T) {
	const src = `<NOUN>
BEES   ;pas 26 Feb 2002
FORCES_  ;JW   10/18/91
POLITICAL_SCIENTISTS
</NOUN>
<ADJECTIVE>
AWFUL
</ADJECTIVE>
AL_GORE  [AGR] ;  pas 26 apr 03  TEXT-02
AL GORE  [TEN]
ALBRIGHT  [USAGOV 991201-010114] [---] ;ems 02 Feb 2001
ALBRKGHT_  [USAGOV 930206-010114] [---]
BARAD-DUR  [MOR]
MOUSE= [MUS]
PEACE-KEEPING_FORCE_ [PKO]
/ a slash comment
#ALBRIGHZ  [991201-010114] [---] ; incorrect code block, commented out
GOLLUM  ; pas 27 Apr 03
+SMEAGOL_
	[HOB < 950601]
	[HOBREB > 990816]
ISILDUR  [+++]
~~FINISH 16:47 CDT Thu 05 May 2005
NOT_READ [XXX]
`
	d, errs := ReadTabariActors(strings.NewReader(src), "T.actors")
	checkErrors(t, errs, "T.actors")
	var got []string
	for _, a := range d.Actors {
		got = append(got, renderActor(a))
	}
	checkLines(t, "actors", got, []string{
		"9 [AGR] AL GORE~",
		"10 [TEN] AL~ GORE~",
		"11 [USAGOV 19991201-20010114, ---] ALBRIGHT~",
		"12 [USAGOV 19930206-20010114, ---] ALBRKGHT | ALBRKGHTS",
		"13 [MOR] BARAD DUR~",
		"14 [MUS] MOUSE",
		"15 [PKO] PEACE KEEPING FORCE | PEACE KEEPING FORCES",
		"18 [HOB<19950601, HOBREB>19990816] GOLLUM~ | SMEAGOL | SMEAGOLS",
		"22 [+++] ISILDUR~",
	})
	checkLines(t, "nouns", []string{renderPhrases(d.Nouns)}, []string{"BEES~ | FORCES | FORCESES | POLITICAL SCIENTISTS~"})
	checkLines(t, "adjectives", []string{renderPhrases(d.Adjectives)}, []string{"AWFUL~"})
}

func TestTabariActorErrors(t *testing.T) {
	const src = `</ADJECTIVE>
<FOO>
GOOD [GD]
<NOUN>
BAD [XXX]
<ADJECTIVE>
`
	d, errs := ReadTabariActors(strings.NewReader(src), "T.actors")
	checkErrors(t, errs, "T.actors",
		"1: </ADJECTIVE> without <ADJECTIVE>",
		"2: unknown section <FOO>",
		"5: take no [code]",
		"6: <ADJECTIVE> inside <NOUN>",
		"6: <ADJECTIVE> section not closed",
	)
	if len(d.Actors) != 1 {
		t.Errorf("%d actors, want 1", len(d.Actors))
	}
}

func TestTabariAgents(t *testing.T) {
	const src = `AMBASSADOR [~GOV]
FOREIGN_MINISTER_ [~GOVFRM]
POLICE= [~COP]
HUMAN_RIGHTS_BODY_  [NGO~]
CONGRESS!PERSON! [~LEG]
!PERSON! = MAN, WOMAN
CHIEF_ {CHIEFS_} [~ELI]
`
	d, errs := ReadTabariAgents(strings.NewReader(src), "T.agents")
	checkErrors(t, errs, "T.agents")
	var got []string
	for _, a := range d.Agents {
		got = append(got, renderAgent(a))
	}
	checkLines(t, "agents", got, []string{
		"1 [~GOV] AMBASSADOR~",
		"2 [~GOVFRM] FOREIGN MINISTER | FOREIGN MINISTERS",
		"3 [~COP] POLICE",
		"4 [NGO~] HUMAN RIGHTS BODY | HUMAN RIGHTS BODIES",
		"5 [~LEG] CONGRESSMAN~ | CONGRESSWOMAN~",
		"7 [~ELI] CHIEF | CHIEFS",
	})
}

const tabariVerbs = `<SYNSETS>
&TIETYPES
+MILITARY
+ECONOMIC_
&TIEPHRASE
+&TIETYPES_MEMOS
+MEMOS_ON &TIETYPES
</SYNSETS>
<TIME>
LAST_WEEK [-7]
- * AND TOMORROW [+3]
</TIME>
<ATTRIB>
SAID [---]
</ATTRIB>
ABANDON  [345] ;pas 15 Jul 2003
- * NEW_&TIETYPES_RELATIONS [903]; -PAS 12.01.12
- * IMPROVED &TIEPHRASE [904]
ACCORD  [---]
- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111] ; blank padding
- INCHING { &TIETYPES | CLOSER | NEARER_BY } *  [083]
- IN_*  [075]
- IN_ *  [075A]
- IN *  [072]
ACT_ [100]
{ ACTING_ ACTXD_ ACTUALITY  }
- * RESOLUTION_  [102]
ALLOW  [060]
- * THE_NEAT~_PLACE  [027]
- * BACK~ POLICY [062]
- RECENT~_*  [025]
BAN= [191]
BREAK_ [1717]
{ BROKE_ BROKEN_ BROKEN_DOWN_ }
- + KNOWN_ * IN_ $  [076]
BURN DOWN  [222]
- * QUICKLY [223]
CALLED_ON  [094]
- $ *  [095]
PARADE  [017]
- ANTI- + *  [111]
DAVIS_CUP  [###]
ATTEND  [031!]
~~FINISH 15:23 CST Tue 30 Dec 2008
IGNORED [010]
`

func TestTabariVerbs(t *testing.T) {
	d, errs := ReadTabariVerbs(strings.NewReader(tabariVerbs), "T.verbs")
	checkErrors(t, errs, "T.verbs")
	var got []string
	for _, v := range d.Verbs {
		got = append(got, renderVerb(v)...)
	}
	checkLines(t, "verbs", got, []string{
		"16 [345]",
		"  +ABANDON~",
		"  17 - * NEW_&TIETYPES_RELATIONS~ [903]",
		"  18 - * IMPROVED~ &TIEPHRASE [904]",
		"19 [---]",
		"  +ACCORD~",
		"  20 - SUGGESTED_+ * DEMAND_&{GENEVA_|INTERNATIONAL}_CONVENTIONS~ [111]",
		"  21 - INCHING~ &{&TIETYPES|CLOSER|NEARER_BY} * [083]",
		"  22 - IN_* [075]",
		"  23 - IN * [075A]",
		"  24 - IN~ * [072]",
		"25 [100]",
		"  +ACT", "  +ACTS", "  +ACTED", "  +ACTING", "  +ACTXD", "  +ACTUALITY~",
		"  27 - * RESOLUTION [102]",
		"28 [060]",
		"  +ALLOW~",
		"  29 - * THE_NEAT~_PLACE~ [027]",
		"  30 - * BACK~_POLICY~ [062]",
		"  31 - RECENT~_* [025]",
		"32 [191]",
		"  +BAN",
		"33 [1717]",
		"  +BREAK", "  +BREAKS", "  +BREAKED", "  +BREAKING", "  +BROKE", "  +BROKEN", "  +BROKEN DOWN",
		"  35 - + KNOWN * IN $ [076]",
		"36 [---]",
		"  +BURN~",
		"  36 - * DOWN~ [222]",
		"  37 - * DOWN~ QUICKLY~ [223]",
		"38 [094]",
		"  +CALLED ON~",
		"  39 - $ * [095]",
		"40 [017]",
		"  +PARADE~",
		"  41 - ANTI + * [111]",
		"42 [###]",
		"  +DAVIS CUP~",
		"43 [031!]",
		"  +ATTEND~",
	})
	names := slices.Sorted(maps.Keys(d.Synsets))
	got = nil
	for _, n := range names {
		got = append(got, renderSynset(d.Synsets[n]))
	}
	checkLines(t, "synsets", got, []string{
		"5 &TIEPHRASE = &TIETYPES_MEMOS~ | MEMOS_ON~ &TIETYPES",
		"2 &TIETYPES = MILITARY~ | ECONOMIC | ECONOMICS",
		"21 &{&TIETYPES|CLOSER|NEARER_BY} = &TIETYPES | CLOSER~ | NEARER_BY~",
		"20 &{GENEVA_|INTERNATIONAL} = GENEVA | INTERNATIONAL~",
	})
}

func TestTabariVerbErrors(t *testing.T) {
	const src = `- * BEFORE [010]
{ EARLY_ }
+STRAY
BADROOT
- * SKIPPED [010]
{ SKIPPED_ }
GOOD [010]
- * { A | B [020]
- * A | B [020]
- * { A | { B } } [020]
- * { A | } [020]
- * { $ | B } [020]
- * X~ Y [030]
<SYNSETS>
STRAY_ROOT [010]
</SYNSETS>
</TIME>
ROOT_$ [010]
<NOUN>
`
	d, errs := ReadTabariVerbs(strings.NewReader(src), "bad.verbs")
	checkErrors(t, errs, "bad.verbs",
		"1: pattern before any verb",
		"2: irregular forms before any verb",
		"3: +phrase outside a synset",
		"4: want one [code], have 0; its patterns are skipped",
		"8: missing }",
		"9: | outside",
		"10: nested {",
		"11: empty alternative",
		"12: $ inside { ... }",
		"15: only &NAME and +phrase lines",
		"17: </TIME> without <TIME>",
		"18: $ in a verb root",
		"19: <NOUN> section not closed",
	)
	var got []string
	for _, v := range d.Verbs {
		got = append(got, renderVerb(v)...)
	}
	checkLines(t, "verbs", got, []string{"7 [010]", "  +GOOD~", "  13 - * X~_Y~ [030]"})
}

func TestTabariOptions(t *testing.T) {
	const src = `COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN
COMPLEX: COMMA[8]
SET: ACTOR USAGE = TRUE
SET: CODE BY SENTENCE
SET: CODE NONRESTRICTIVE=TRUE  // comment
DEFA: SOURCE [USA] PRIOR TARGET [WLD] AFTER
LABEL: 01=YIELD
LABEL: 031 = MEET
OUTPUT: ID SENTENCE  # comment
# comment
NOT A COMMAND
SET: NOEQUALS
LABEL: NOEQ
~~~~~
SET: AFTER END = 1
`
	d, errs := ReadTabariOptions(strings.NewReader(src), "T.options")
	checkErrors(t, errs, "T.options", "11: not an option command", "12: SET: want NAME = VALUE", "13: LABEL: want CODE = TEXT")
	want := map[string]string{
		"complex":             "VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN; COMMA[8]",
		"actor_usage":         "TRUE",
		"code_by":             "SENTENCE",
		"code_nonrestrictive": "TRUE",
		"default":             "SOURCE [USA] PRIOR TARGET [WLD] AFTER",
		"label:01":            "YIELD",
		"label:031":           "MEET",
		"output":              "ID SENTENCE",
	}
	if !maps.Equal(d.Options, want) {
		t.Errorf("options = %v\nwant %v", d.Options, want)
	}
}

func TestTabariProject(t *testing.T) {
	const src = `Demonstration file
<actorsfile> 	TABARI.Demo.actors
<actorfile>Second.actors</actorfile> a comment
<verbsfile> 	/abs/TABARI.Demo.verbs
<agentsfile> X.agents
<optionsfile> TABARI.Demo.options
<textfile> 		TABARI.Demo.text
<textfile> 		more.text
<eventfile> 	TABARI.Demo
<coder> DEMO
<session 1> <coder pas> <date Mon 18 Jun 2007>
<verbsfile>
`
	p, err := ReadTabariProject(strings.NewReader(src), filepath.Join("dir", "Demo.project"))
	var el ErrorList
	if !errors.As(err, &el) || len(el) != 1 || el[0].Pos.Line != 12 {
		t.Errorf("err = %v, want one error at line 12", err)
	}
	want := &Project{
		Actors:  []string{filepath.Join("dir", "TABARI.Demo.actors"), filepath.Join("dir", "Second.actors")},
		Verbs:   []string{"/abs/TABARI.Demo.verbs"},
		Agents:  []string{filepath.Join("dir", "X.agents")},
		Options: []string{filepath.Join("dir", "TABARI.Demo.options")},
		Texts:   []string{filepath.Join("dir", "TABARI.Demo.text"), filepath.Join("dir", "more.text")},
		Dir:     "dir",
	}
	if !slices.Equal(p.Actors, want.Actors) || !slices.Equal(p.Verbs, want.Verbs) || !slices.Equal(p.Agents, want.Agents) ||
		!slices.Equal(p.Options, want.Options) || !slices.Equal(p.Texts, want.Texts) || p.Dir != want.Dir {
		t.Errorf("project = %+v\nwant %+v", p, want)
	}
}
