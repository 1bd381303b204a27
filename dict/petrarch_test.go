package dict

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Test renderings: a phrase is its words joined by blanks, a stem word
// (TABARI) ends in '~'; a pattern is written back in dictionary syntax.

func renderPhrase(p Phrase) string {
	ws := make([]string, len(p))
	for i, w := range p {
		ws[i] = w.Text
		if w.Stem {
			ws[i] += "~"
		}
	}
	return strings.Join(ws, " ")
}

func renderPhrases(ps []Phrase) string {
	ss := make([]string, len(ps))
	for i, p := range ps {
		ss[i] = renderPhrase(p)
	}
	return strings.Join(ss, " | ")
}

func renderCodes(cs []DatedCode) string {
	ss := make([]string, len(cs))
	for i, c := range cs {
		switch {
		case c.Default():
			ss[i] = c.Code
		case c.From == 0:
			ss[i] = fmt.Sprintf("%s<%d", c.Code, c.To)
		case c.To == 0:
			ss[i] = fmt.Sprintf("%s>%d", c.Code, c.From)
		default:
			ss[i] = fmt.Sprintf("%s %d-%d", c.Code, c.From, c.To)
		}
	}
	return strings.Join(ss, ", ")
}

func renderActor(a Actor) string {
	return fmt.Sprintf("%d [%s] %s", a.Pos.Line, renderCodes(a.Codes), renderPhrases(a.Names))
}

func renderAgent(a Agent) string {
	code := "~" + a.Code
	if a.Prefix {
		code = a.Code + "~"
	}
	return fmt.Sprintf("%d [%s] %s", a.Pos.Line, code, renderPhrases(a.Names))
}

func renderElem(e Elem) string {
	switch e.Kind {
	case ElemWord:
		if e.Word.Stem {
			return e.Word.Text + "~"
		}
		return e.Word.Text
	case ElemSynset:
		return e.Synset
	case ElemSource:
		return "$"
	case ElemTarget:
		return "+"
	case ElemCompound:
		return "%"
	case ElemSkip:
		return "^"
	}
	return "?"
}

func joint(adjacent bool) string {
	if adjacent {
		return "_"
	}
	return " "
}

func renderElems(es []Elem) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString(joint(e.Adjacent))
		}
		b.WriteString(renderElem(e))
	}
	return b.String()
}

// renderPattern writes p back as "BEFORE_* AFTER [CODE]".
func renderPattern(p Pattern) string {
	var b strings.Builder
	b.WriteString(renderElems(p.Before))
	if len(p.Before) > 0 {
		b.WriteString(joint(p.VerbAdjacentBefore))
	}
	b.WriteString("*")
	if len(p.After) > 0 {
		b.WriteString(joint(p.VerbAdjacentAfter))
		b.WriteString(renderElems(p.After))
	}
	fmt.Fprintf(&b, " [%s]", p.Code)
	return b.String()
}

func renderForm(f VerbForm) string {
	ws := strings.Split(renderPhrase(f.Words), " ")
	ws[f.Head] = "+" + ws[f.Head]
	s := strings.Join(ws, " ")
	if f.Code != "" {
		s += " [" + f.Code + "]"
	}
	return s
}

func renderVerb(v Verb) []string {
	out := []string{fmt.Sprintf("%d [%s]", v.Pos.Line, v.Code)}
	for _, f := range v.Forms {
		out = append(out, "  "+renderForm(f))
	}
	for _, p := range v.Patterns {
		out = append(out, fmt.Sprintf("  %d - %s", p.Pos.Line, renderPattern(p)))
	}
	return out
}

func renderSynset(s *Synset) string {
	ss := make([]string, len(s.Phrases))
	for i, p := range s.Phrases {
		ss[i] = renderElems(p)
	}
	return fmt.Sprintf("%d %s = %s", s.Pos.Line, s.Name, strings.Join(ss, " | "))
}

func renderErrors(errs ErrorList) []string {
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Error()
	}
	return out
}

// checkLines compares rendered lines with the expected ones.
func checkLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	t.Errorf("%s:\n got:\n\t%s\nwant:\n\t%s", what, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
}

// checkErrors checks that errs are at the wanted lines, in order, and that
// each message contains the wanted text.
func checkErrors(t *testing.T, errs ErrorList, file string, want ...string) {
	t.Helper()
	ok := len(errs) == len(want)
	for i := 0; ok && i < len(want); i++ {
		line, msg, _ := strings.Cut(want[i], ": ")
		ok = errs[i].Pos.File == file && fmt.Sprint(errs[i].Pos.Line) == line && strings.Contains(errs[i].Msg, msg)
	}
	if !ok {
		t.Errorf("errors:\n got:\n\t%s\nwant (line: text):\n\t%s", strings.Join(renderErrors(errs), "\n\t"), strings.Join(want, "\n\t"))
	}
}

func TestPetrarchActors(t *testing.T) {
	const src = `<!-- PETRARCH actors for testing
     over two lines -->
GONDOR [GON] # comment
+MINAS_TIRITH
+ANORIEN ; legacy comment
GOLLUM  ; pas 27 Apr 03
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
#	[950601-990815]  commented out
	[HOBREB > 990816]
ALBRIGHT [USAGOV 991201-010114] [---]
THE_SHIRE  [FRO/BIL/SAM]
ARNOR_  [ ARN ]
PALESTINIAN [pse]
MORDOR <!-- inline --> [MOR]
+BARAD-DUR
NASGUL  [###]
ZIMBABWE
	[RHO <790606]
	[ZBW];jw 9/30/91
ENT
	[### <890101]
	[ENT]
IVO_JOSIPOVIC_
PRESIDENT_JOSIPOVIC_
	[HRVGOV >20120219]
	[HRVGOVLEG 20031222-20100218]
UN_ [IGOUNO]
+U.N. [IGOUNO]
`
	d, errs := ReadPetrarchActors(strings.NewReader(src), "a.txt")
	checkErrors(t, errs, "a.txt")
	var got []string
	for _, a := range d.Actors {
		got = append(got, renderActor(a))
	}
	checkLines(t, "actors", got, []string{
		"3 [GON] GONDOR | MINAS TIRITH | ANORIEN",
		"6 [HOB<19950601, HOBGOV 19950601-19990815, HOBREB>19990816] GOLLUM | SMEAGOL",
		"12 [USAGOV 19991201-20010114, ---] ALBRIGHT",
		"13 [FRO, BIL, SAM] THE SHIRE",
		"14 [ARN] ARNOR",
		"15 [PSE] PALESTINIAN",
		"16 [MOR] MORDOR | BARAD-DUR",
		"18 [###] NASGUL",
		"19 [RHO<19790606, ZBW] ZIMBABWE",
		"22 [###<19890101, ENT] ENT",
		"25 [HRVGOV>20120219, HRVGOVLEG 20031222-20100218] IVO JOSIPOVIC | PRESIDENT JOSIPOVIC",
		"29 [IGOUNO] UN | U.N.",
	})
	for _, a := range d.Actors {
		for _, n := range a.Names {
			for _, w := range n {
				if w.Stem {
					t.Errorf("PETRARCH word %q is a stem", w.Text)
				}
			}
		}
	}
}

func TestPetrarchActorErrors(t *testing.T) {
	const src = `+ORPHAN
	[ORP]
GOOD_ONE [GD1]
BAD_DATE [XX 991301-991302]
BAD_RANGE
	[XX 20121207-20120802]
	[YY 20121204]
	[ZZ 9008223-911221]
	[OK]
BAD_CODE [950601-990815]
UNCLOSED [ABC
+FAEROYENE]_
NO_CODE_AND_A_BLANK_LINE

GOOD_TWO [GD2] trailing junk
+SYNONYM_TWO
[AAA/]
[]
GOOD_THREE [GD3]
`
	d, errs := ReadPetrarchActors(strings.NewReader(src), "bad.txt")
	checkErrors(t, errs, "bad.txt",
		"1: synonym with no actor",
		"2: code line with no actor",
		"4: month or day out of range",
		"4: BAD DATE has no code",
		"6: ends before it starts",
		"7: bad date restriction",
		"8: bad date",
		"10: bad code",
		"10: BAD CODE has no code",
		"11: missing ]",
		"12: ] without [",
		"13: NO CODE AND A BLANK LINE has no code",
		"15: text between or after codes ignored",
		"17: bad code",
		"18: no code",
	)
	var got []string
	for _, a := range d.Actors {
		got = append(got, renderActor(a))
	}
	checkLines(t, "actors", got, []string{
		"3 [GD1] GOOD ONE",
		"5 [OK] BAD RANGE",
		"15 [GD2] GOOD TWO | SYNONYM TWO",
		"19 [GD3] GOOD THREE",
	})
}

func TestPetrarchAgents(t *testing.T) {
	const src = `<!-- agents -->
!PERSON! = MAN, MEN , WO MAN
POLICE {} [ ~COP] # no plural
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL ATTORNEYS_GENERALS} [~GOVATG]
HUMAN_RIGHTS_BODY  [NGO~]
RIGHTS_GROUP  [  NGO~]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
!MINST! = MINISTER, MINISTRY
PARTY [~PTY]
BOSS [~BOS]
SEMI-OFFICIAL_NEWSPAPER [~MED]
DEPARMENT_OF_ENVIRONMENT [~ENV}
ISLAMIC_EXTREMIST
BAD_CODE [GOV]
TWO_TILDES [~GOV~]
X!NOPE! [~X]
UNCLOSED!MARKER [~X]
!EMPTY! = ,
TWO [~A] [~B]
`
	d, errs := ReadPetrarchAgents(strings.NewReader(src), "ag.txt")
	checkErrors(t, errs, "ag.txt",
		"15: agent has no [code]",
		"16: needs one ~",
		"17: needs one ~",
		"18: undefined substitution marker !NOPE!",
		"19: unclosed substitution marker",
		"20: substitution set !EMPTY! is empty",
		"21: more than one [code]",
	)
	var got []string
	for _, a := range d.Agents {
		got = append(got, renderAgent(a))
	}
	checkLines(t, "agents", got, []string{
		"3 [~COP] POLICE",
		"4 [~GGS] GOLDEN GOOSE | GOLDEN GEESE",
		"5 [~GOVATG] ATTORNEY GENERAL | ATTORNEYS GENERAL | ATTORNEYS GENERALS",
		"6 [NGO~] HUMAN RIGHTS BODY | HUMAN RIGHTS BODIES",
		"7 [NGO~] RIGHTS GROUP | RIGHTS GROUPS",
		"8 [~LEG] CONGRESSMAN | CONGRESSMEN | CONGRESSWOMAN",
		"9 [~GOV] MINISTER OF SILLY WALKS | MINISTRY OF SILLY WALKS",
		"11 [~PTY] PARTY | PARTIES",
		"12 [~BOS] BOSS | BOSSES",
		"13 [~MED] SEMI-OFFICIAL NEWSPAPER | SEMI-OFFICIAL NEWSPAPERS",
		"14 [~ENV] DEPARMENT OF ENVIRONMENT | DEPARMENT OF ENVIRONMENTS",
	})
}

func TestPetrarchDiscards(t *testing.T) {
	const src = `# Story-level discards start with '+'
MONTHS LATER
+World  Golf Championships   # pas 26-Feb-2014
GROUP A_
+ESPN2_
AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005
+
BRACKETS [###]
`
	d, errs := ReadPetrarchDiscards(strings.NewReader(src), "disc.txt")
	checkErrors(t, errs, "disc.txt", "7: empty discard phrase", "8: brackets")
	var got []string
	for _, dc := range d.Discards {
		got = append(got, fmt.Sprintf("%d %q story=%v whole=%v", dc.Pos.Line, dc.Text, dc.Story, dc.WholeWord))
	}
	checkLines(t, "discards", got, []string{
		`2 "MONTHS LATER" story=false whole=false`,
		`3 "WORLD GOLF CHAMPIONSHIPS" story=true whole=false`,
		`4 "GROUP A" story=false whole=true`,
		`5 "ESPN2" story=true whole=true`,
		`6 "AFRICAN NATIONS CUP" story=false whole=false`,
	})
}

const petrarchVerbs = `<!-- synsets -->
&CURRENCY
+DOLLAR
+GOLDEN_GOBLIN_GALLEONS_
+YUM YENNYEN
+&ALTCURR

&ALTCURR
+BITCOIN

&AUXVERB_
+WAS
+IS_TO

--- ABANDON  [345]  ---
ABANDON    # pas 15 Jul 2003
KLM_NOP_+RST [002]
- * NEW_&TIETYPES_RELATIONS [903]
- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS  [111]
- IN_*  [075]
- IN_ *  [075A]
- *_OUT [074]
- SO IN_AND_*_OUT_AGAIN NOW [074]
- $ ^ FOR ** &CURRENCY % [030:030] # ** is the verb too
- &AUXVERB * [---]

&TIETYPES
+MILITARY
+&GENINT_ECONOMIC

&GENINT
+GENEVA

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
+ATTACKED_AND_STABBED {}
LASH OUT
SNUB [111] {SNUBBED}
BAN
- * TREATY [161]

--- DEPART ---
DEPART   # JW   10/15/91
STOP [190]
`

func TestPetrarchVerbs(t *testing.T) {
	d, errs := ReadPetrarchVerbs(strings.NewReader(petrarchVerbs), "v.txt")
	checkErrors(t, errs, "v.txt")
	var got []string
	for _, v := range d.Verbs {
		got = append(got, renderVerb(v)...)
	}
	checkLines(t, "verbs", got, []string{
		"15 [345]",
		"  +ABANDON", "  +ABANDONS", "  +ABANDONED", "  +ABANDONING",
		"  KLM NOP +RST [002]", "  KLM NOP +RSTS [002]", "  KLM NOP +RSTED [002]", "  KLM NOP +RSTING [002]",
		"  18 - * NEW_&TIETYPES_RELATIONS [903]",
		"  19 - SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS [111]",
		"  20 - IN_* [075]",
		"  21 - IN * [075A]",
		"  22 - *_OUT [074]",
		"  23 - SO IN_AND_*_OUT_AGAIN NOW [074]",
		"  24 - $ ^ FOR * &CURRENCY % [030:030]",
		"  25 - &AUXVERB * [---]",
		"34 [1717]",
		"  +BREAK", "  +BROKE", "  +BROKEN", "  +BREAKS", "  +BREAKING",
		"  +CORDON OFF", "  +CORDONED OFF", "  +CORDONS OFF", "  +CORDONING OFF",
		"  WIRE +TAP", "  WIRE +TAPPED", "  WIRE +TAPPING", "  WIRE +TAPS",
		"  +ATTACKED AND STABBED",
		"  +LASH OUT", "  +LASHES OUT", "  +LASHED OUT", "  +LASHING OUT",
		"  +SNUB [111]", "  +SNUBBED [111]", "  +SNUBS [111]", "  +SNUBBING [111]",
		"  +BAN", "  +BANS", "  +BANNED", "  +BANNING",
		"  42 - * TREATY [161]",
		"44 [---]",
		"  +DEPART", "  +DEPARTS", "  +DEPARTED", "  +DEPARTING",
		"  +STOP [190]", "  +STOPS [190]", "  +STOPPED [190]", "  +STOPPING [190]",
	})
	got = nil
	for _, n := range []string{"&ALTCURR", "&AUXVERB", "&CURRENCY", "&GENINT", "&TIETYPES"} {
		got = append(got, renderSynset(d.Synsets[n]))
	}
	checkLines(t, "synsets", got, []string{
		"8 &ALTCURR = BITCOIN | BITCOINS",
		"11 &AUXVERB = WAS | IS_TO",
		"2 &CURRENCY = DOLLAR | DOLLARS | GOLDEN_GOBLIN_GALLEONS | YUM_YENNYEN | YUM_YENNYENS | &ALTCURR",
		"31 &GENINT = GENEVA | GENEVAS",
		"27 &TIETYPES = MILITARY | MILITARIES | &GENINT_ECONOMIC | &GENINT_ECONOMICS",
	})
	if len(d.Synsets) != 5 {
		t.Errorf("%d synsets, want 5", len(d.Synsets))
	}
	// The model's adjacency: the first element after the verb carries the
	// verb's adjacency; the first before it never is adjacent.
	for _, v := range d.Verbs {
		for _, p := range v.Patterns {
			if len(p.After) > 0 && p.After[0].Adjacent != p.VerbAdjacentAfter {
				t.Errorf("%s: After[0].Adjacent != VerbAdjacentAfter", renderPattern(p))
			}
			if len(p.Before) > 0 && p.Before[0].Adjacent {
				t.Errorf("%s: Before[0].Adjacent", renderPattern(p))
			}
		}
	}
}

func TestPetrarchVerbErrors(t *testing.T) {
	const src = `- * BEFORE_ANY_VERB [010]
GIVE {GAVE GIVEN} [070]
- * &CURRENCY [903]
CONTRIBUTE
- * RUPEES  [071]
- * NO CODE
- * TWO * [010]
- NO VERB [010]
- * { A | B } [010]
- * &UNDEFINED [010]
- * @ [010]
- * X [010] [020]
- * X [] # empty code
FALL (FALLS FELL FALLING }
APOLOGISE  [
SHOOT [193] [194]
&LOOP
+&LOOP_AGAIN
+FINE
&CURRENCY
+DOLLAR
&EMPTY
--- HEADER [010] [020] ---
KEEP
--- NO VERBS [010] ---
`
	d, errs := ReadPetrarchVerbs(strings.NewReader(src), "bad.verbs")
	checkErrors(t, errs, "bad.verbs",
		"1: pattern before any verb",
		"6: no [code]",
		"7: more than one verb marker",
		"8: no verb marker",
		"9: TABARI syntax",
		"10: undefined synset &UNDEFINED",
		"11: attribution",
		"12: more than one [code]",
		"13: empty code",
		"14: } without {",
		"15: missing ]",
		"16: more than one [code]",
		"18: synset &LOOP contains itself through &LOOP",
		"22: synset &EMPTY has no phrases",
		"23: has 2 codes",
		"25: verb block has no verbs",
	)
	var got []string
	for _, v := range d.Verbs {
		got = append(got, renderVerb(v)...)
	}
	checkLines(t, "verbs", got, []string{
		"2 [070]",
		"  +GIVE [070]", "  +GAVE [070]", "  +GIVEN [070]", "  +GIVES [070]", "  +GIVING [070]",
		"  3 - * &CURRENCY [903]",
		"4 [---]", // a verb after patterns starts a new block
		"  +CONTRIBUTE", "  +CONTRIBUTES", "  +CONTRIBUTED", "  +CONTRIBUTING",
		"  5 - * RUPEES [071]",
		"23 [010]",
		"  +KEEP", "  +KEEPS", "  +KEEPED", "  +KEEPING",
	})
}
