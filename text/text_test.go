package text

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// norms returns the Norm of every token of s.
func norms(s string) []string {
	var out []string
	for _, t := range Tokenize(s, 0, len(s)) {
		out = append(out, t.Norm)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // Norms joined by a space
	}{
		{"words upper-cased", "Troops entered the town", "TROOPS ENTERED THE TOWN"},
		{"punctuation split", `Rohan, Gondor; (Mordor): "yes" [no]!`, `ROHAN , GONDOR ; ( MORDOR ) : " YES " [ NO ] !`},
		{"double dash", "the siege--which lasted--ended", "THE SIEGE -- WHICH LASTED -- ENDED"},
		{"possessive", "Gondor's king", "GONDOR 'S KING"},
		{"possessive curly", "Gondor’s king", "GONDOR 'S KING"},
		{"plural possessive curly", "the allies’ pact", "THE ALLIES ' PACT"},
		{"plural possessive", "Mr. Jones' farm", "MR. JONES ' FARM"},
		{"didn't", "they didn't march", "THEY DID N'T MARCH"},
		{"won't", "it won't", "IT WO N'T"},
		{"can't", "we can't", "WE CA N'T"},
		{"isn't", "it isn't", "IT IS N'T"},
		{"curly n't", "he doesn’t", "HE DOES N'T"},
		{"I'm", "I'm here", "I 'M HERE"},
		{"they're", "they're gone", "THEY 'RE GONE"},
		{"we've", "we've won", "WE 'VE WON"},
		{"he'll", "he'll go", "HE 'LL GO"},
		{"he'd", "he'd gone", "HE 'D GONE"},
		{"capital clitics", "DIDN'T HE'S", "DID N'T HE 'S"},
		{"inner apostrophe", "O'Neill met Ma'arib officials at five o'clock", "O'NEILL MET MA'ARIB OFFICIALS AT FIVE O'CLOCK"},
		{"single quotes", "'Enough,' she said", "' ENOUGH , ' SHE SAID"},
		{"hyphenated", "al-Rashid war-torn 12-year state-run Minas-tirith", "AL-RASHID WAR-TORN 12-YEAR STATE-RUN MINAS-TIRITH"},
		{"dangling hyphen", "anti- Mordor and pro- Rohan", "ANTI- MORDOR AND PRO- ROHAN"},
		{"dangling hyphen comma", "pre-, post-war", "PRE- , POST-WAR"},
		{"lone hyphen", "Rohan - Gondor", "ROHAN - GONDOR"},
		{"en dash in word", "the Rohan–Gondor pact of 2001–2003", "THE ROHAN-GONDOR PACT OF 2001-2003"},
		{"em dash", "fell—again", "FELL -- AGAIN"},
		{"spaced dashes", "one – two — three ― four", "ONE - TWO -- THREE -- FOUR"},
		{"curly quotes", "“Stop,” he said. «Non» ‘yes’", `" STOP , " HE SAID . " NON " ' YES '`},
		{"acronyms", "U.S. and U.N. and K.U. and U.S.A. troops", "U.S. AND U.N. AND K.U. AND U.S.A. TROOPS"},
		{"acronym hyphen", "U.S.-led forces", "U.S.-LED FORCES"},
		{"acronym possessive", "the U.S.'s allies", "THE U.S. 'S ALLIES"},
		{"acronym without period", "in the U.S", "IN THE U.S"},
		{"titles", "Gen. Mr. Mrs. Dr. Lt. Col. Sgt. Sen. Gov. Prof.", "GEN. MR. MRS. DR. LT. COL. SGT. SEN. GOV. PROF."},
		{"places", "St. Louis and Mt. Tam and Ft. Hood", "ST. LOUIS AND MT. TAM AND FT. HOOD"},
		{"months", "Jan. Feb. Sept. Oct. Dec.", "JAN. FEB. SEPT. OCT. DEC."},
		{"not months", "in May. In June.", "IN MAY . IN JUNE ."},
		{"companies", "Acme Inc. Widget Corp. Rope Co. Tea Ltd. Sam Jr.", "ACME INC. WIDGET CORP. ROPE CO. TEA LTD. SAM JR."},
		{"time", "at 5 a.m. and 6 p.m.", "AT 5 A.M. AND 6 P.M."},
		{"e.g. i.e.", "e.g. tanks, i.e. armour", "E.G. TANKS , I.E. ARMOUR"},
		{"initials", "George W. Bush and J. R. Smith", "GEORGE W. BUSH AND J. R. SMITH"},
		{"No. before number", "No. 10 and No.5 but said No.", "NO. 10 AND NO. 5 BUT SAID NO ."},
		{"lower-case title is a word", "the gen. staff", "THE GEN . STAFF"},
		{"etc", "tanks, guns etc. were", "TANKS , GUNS ETC. WERE"},
		{"thousands", "50,000 and 1,000,000 and 1,000", "50,000 AND 1,000,000 AND 1,000"},
		{"not thousands", "1,2 and 12,3456", "1 , 2 AND 12 , 3456"},
		{"decimal", "11.8 and 0.5", "11.8 AND 0.5"},
		{"money", "$2.5 billion and US$40", "$ 2.5 BILLION AND US $ 40"},
		{"percent", "70% of them", "70 % OF THEM"},
		{"ordinal", "the 12th and 1st and 1990s", "THE 12TH AND 1ST AND 1990S"},
		{"code word", "P225-million MQ-9 F-16s", "P225-MILLION MQ-9 F-16S"},
		{"slash dates", "on 9/11 and rock/pop", "ON 9/11 AND ROCK / POP"},
		{"clock time", "at 10:30 GMT: calm", "AT 10:30 GMT : CALM"},
		{"ampersand", "AT&T and S&P but R & D", "AT&T AND S&P BUT R & D"},
		{"url", "see https://example.org/a_b?c=1&d=(2). Or www.example.com, or http://x.io/p(q)", "SEE HTTPS://EXAMPLE.ORG/A_B?C=1&D=(2) . OR WWW.EXAMPLE.COM , OR HTTP://X.IO/P(Q)"},
		{"email", "write to press.office@example.gov.uk.", "WRITE TO PRESS.OFFICE@EXAMPLE.GOV.UK ."},
		{"handle and hashtag", "@gondor_news says #Rohan2024 #1", "@GONDOR_NEWS SAYS #ROHAN2024 # 1"},
		{"domain", "Amazon.com shares", "AMAZON.COM SHARES"},
		{"missing space", "left.The", "LEFT . THE"},
		{"ellipsis", "wait... go… now", "WAIT ... GO ... NOW"},
		{"terminal runs", "what?! no!!", "WHAT ?! NO !!"},
		{"accents", "Café Zürich ÉLYSÉE", "CAFÉ ZÜRICH ÉLYSÉE"},
		{"non-Latin", "Москва и القاهرة", "МОСКВА И القاهرة"},
		{"soft hyphen", "Af\u00adghan", "AFGHAN"},
		{"invalid UTF-8", "a\xffb \xfe", "A\xffB \xfe"},
		{"control characters", "a\x00b\x01", "A B"},
		{"nbsp", "Rohan\u00a0Gondor", "ROHAN GONDOR"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(norms(tt.in), " ")
			if got != tt.want {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeKinds(t *testing.T) {
	tests := []struct {
		in   string
		want []Kind
	}{
		{"Troops 50,000 ,", []Kind{Word, Number, Punct}},
		{"11.8 12th 1990s 2023 10:30", []Kind{Number, Number, Number, Number, Number}},
		{"12-year P225-million", []Kind{Word, Word}},
		{"it's didn't", []Kind{Word, Word, Word, Word}},
		{"https://x.org @a #b a@b.org", []Kind{Word, Word, Word, Word}},
		{"-- $ % …", []Kind{Punct, Punct, Punct, Punct}},
	}
	for _, tt := range tests {
		var got []Kind
		for _, tok := range Tokenize(tt.in, 0, len(tt.in)) {
			got = append(got, tok.Kind)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("kinds of %q = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "Before. “Gondor’s army”—they didn’t go. After."
	start := strings.Index(text, "“")
	end := strings.Index(text, " After")
	toks := Tokenize(text, start, end)
	var surf []string
	for _, tok := range toks {
		if tok.Start < start || tok.End > end {
			t.Errorf("token %+v outside [%d,%d]", tok, start, end)
		}
		surf = append(surf, text[tok.Start:tok.End])
	}
	want := "“|Gondor|’s|army|”|—|they|did|n’t|go|."
	if got := strings.Join(surf, "|"); got != want {
		t.Errorf("surfaces\n got %s\nwant %s", got, want)
	}
	if toks := Tokenize(text, 10, 5); toks != nil {
		t.Errorf("Tokenize with start > end = %v, want nil", toks)
	}
	if toks := Tokenize(text, -3, 1000); len(toks) == 0 {
		t.Errorf("Tokenize with out-of-range bounds found no tokens")
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // sentence surfaces
	}{
		{"simple", "Rohan rode out. Gondor waited! Did Mordor fall? Yes.",
			[]string{"Rohan rode out.", "Gondor waited!", "Did Mordor fall?", "Yes."}},
		{"surrounding space", "  \n Rohan rode out.  \n",
			[]string{"Rohan rode out."}},
		{"no final stop", "Rohan rode out. Gondor waited",
			[]string{"Rohan rode out.", "Gondor waited"}},
		{"lower-case after stop", "He lives at No. 10 and said yes. then left.",
			[]string{"He lives at No. 10 and said yes. then left."}},
		{"digit starts a sentence", "Troops left. 300 stayed.",
			[]string{"Troops left.", "300 stayed."}},
		{"titles do not split", "Gen. Mallory met Mr. Hart and Dr. Ng at Mt. Doom with Lt. Col. Kay.",
			[]string{"Gen. Mallory met Mr. Hart and Dr. Ng at Mt. Doom with Lt. Col. Kay."}},
		{"U.S. before a noun", "U.S. officials said the U.S. Army left.",
			[]string{"U.S. officials said the U.S. Army left."}},
		{"U.S. ends a sentence", "Troops returned to the U.S. The war ended.",
			[]string{"Troops returned to the U.S.", "The war ended."}},
		{"month before a number", "It began on Jan. 5 and ended Sept. 30.",
			[]string{"It began on Jan. 5 and ended Sept. 30."}},
		{"month ends a sentence", "It began in Jan. In March it ended.",
			[]string{"It began in Jan.", "In March it ended."}},
		{"p.m. before a day", "It began at 9 p.m. Sunday and ended at 4 a.m. Monday.",
			[]string{"It began at 9 p.m. Sunday and ended at 4 a.m. Monday."}},
		{"a.m. ends a sentence", "It began at 4 a.m. He fled.",
			[]string{"It began at 4 a.m.", "He fled."}},
		{"Inc. ends a sentence", "Shares fell at Acme Inc. But Widget Co. rose. Rope Co. The end.",
			[]string{"Shares fell at Acme Inc.", "But Widget Co. rose.", "Rope Co.", "The end."}},
		{"No. before number", "It was ranked No. 3 in the world.",
			[]string{"It was ranked No. 3 in the world."}},
		{"No. at the end", "The answer was No. The vote failed.",
			[]string{"The answer was No.", "The vote failed."}},
		{"initial", "George Q. Public met Plan B. The end.",
			[]string{"George Q. Public met Plan B.", "The end."}},
		{"e.g. never ends", "Arms, e.g. The Tank, were sold.",
			[]string{"Arms, e.g. The Tank, were sold."}},
		{"quote ends a sentence", `"We will hold the ford." The captain left.`,
			[]string{`"We will hold the ford."`, "The captain left."}},
		{"quote question continues", `"Will they come?" he asked. "No."`,
			[]string{`"Will they come?" he asked.`, `"No."`}},
		{"curly quotes", "He said: “We will return.” Then he left.",
			[]string{"He said: “We will return.”", "Then he left."}},
		{"sentence starts with a quote", "They left. “We are done,” one said.",
			[]string{"They left.", "“We are done,” one said."}},
		{"bracket after stop", "They left (at dawn.) Others stayed.",
			[]string{"They left (at dawn.)", "Others stayed."}},
		{"ellipsis mid-sentence", "They waited ... and waited... Then they left.",
			[]string{"They waited ... and waited...", "Then they left."}},
		{"ellipsis before lower case", "The siege went on… and on.",
			[]string{"The siege went on… and on."}},
		{"missing space", "The army left.The navy stayed.",
			[]string{"The army left.", "The navy stayed."}},
		{"decimal is no stop", "Growth was 3.5 percent. Prices rose.",
			[]string{"Growth was 3.5 percent.", "Prices rose."}},
		{"paragraph break", "Heavy fighting in the north\n\nTroops advanced at dawn",
			[]string{"Heavy fighting in the north", "Troops advanced at dawn"}},
		{"paragraph break with spaces", "One\r\n  \r\nTwo",
			[]string{"One", "Two"}},
		{"single newline does not split", "Troops advanced\nat dawn.",
			[]string{"Troops advanced\nat dawn."}},
		{"newline after stop", "Troops advanced.\nThey took the bridge.",
			[]string{"Troops advanced.", "They took the bridge."}},
		{"dateline skipped", "MINAS TIRITH (Gondor Press) - Orcs attacked. Rohan answered.",
			[]string{"Orcs attacked.", "Rohan answered."}},
		{"uncased script", "Troops left. القوات غادرت.",
			[]string{"Troops left.", "القوات غادرت."}},
		{"ideographic full stop", "部队撤离了。他们走了。", []string{"部队撤离了。", "他们走了。"}},
		{"only punctuation", "...", []string{"..."}},
		{"empty", "", nil},
		{"space only", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitLongSentence(t *testing.T) {
	in := strings.Repeat("word ", 3*MaxSentenceTokens+10)
	sents := Split(in)
	if len(sents) != 4 {
		t.Fatalf("got %d sentences, want 4", len(sents))
	}
	for _, s := range sents {
		if len(s.Tokens) > MaxSentenceTokens {
			t.Errorf("sentence of %d tokens, want at most %d", len(s.Tokens), MaxSentenceTokens)
		}
	}
}

// TestSplitTokensAreShared checks that appending to one sentence's tokens
// cannot overwrite the next sentence's.
func TestSplitTokensAreShared(t *testing.T) {
	in := "One two. Three four."
	sents := Split(in)
	if len(sents) != 2 {
		t.Fatalf("got %d sentences", len(sents))
	}
	_ = append(sents[0].Tokens, Token{Norm: "X"})
	if sents[1].Tokens[0].Norm != "THREE" {
		t.Errorf("append to sentence 0 changed sentence 1: %q", sents[1].Tokens[0].Norm)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		in    string
		place string
		rest  string // text after the dateline, without leading space; "" if none found
	}{
		{"BEIRUT (Reuters) - Jets struck.", "BEIRUT", "Jets struck."},
		{"WASHINGTON, July 9 (AP) — The Senate voted.", "WASHINGTON", "The Senate voted."},
		{"CEBU CITY: -- Police said.", "CEBU CITY", "Police said."},
		{"KABUL, Afghanistan — Fighting resumed.", "KABUL, Afghanistan", "Fighting resumed."},
		{"Kabul, Afghanistan (AFP) -- Fighting resumed.", "Kabul, Afghanistan", "Fighting resumed."},
		{"UNITED NATIONS, Jan. 5, 2024 (Xinhua) -- The council met.", "UNITED NATIONS", "The council met."},
		{"DILI, East Timor, Sunday, March 3 (UPI) - Voters queued.", "DILI, East Timor", "Voters queued."},
		{"ST. PETERSBURG, Russia — Shops closed.", "ST. PETERSBURG, Russia", "Shops closed."},
		{"AL-MUKALLA, Yemen: -- Clashes.", "AL-MUKALLA, Yemen", "Clashes."},
		{"  \n LONDON — Rain fell.", "LONDON", "Rain fell."},
		{"LONDON—Rain fell.", "LONDON", "Rain fell."},
		{"Rio de Janeiro, Brazil - Floods.", "Rio de Janeiro, Brazil", "Floods."},
		{"GAZA CITY (Reuters) -", "GAZA CITY", ""},
		// Not datelines.
		{"NATO - the alliance met.", "", ""},
		{"Rohan - Gondor talks resumed.", "", ""},
		{"The army said: it left.", "", ""},
		{"WARNING: Graphic content.", "", ""},
		{"Fighting in Kabul, Afghanistan, went on - for days.", "", ""},
		{"BEIRUT-based groups - Reuters", "", ""},
		{"LONDON -Rain fell.", "", ""},
		{"LONDON\n- Rain fell.", "", ""},
		{"(Reuters) - Jets struck.", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		place, end := Dateline(tt.in)
		if place != tt.place {
			t.Errorf("Dateline(%q) place = %q, want %q", tt.in, place, tt.place)
		}
		if tt.place == "" {
			if end != 0 {
				t.Errorf("Dateline(%q) end = %d, want 0", tt.in, end)
			}
			continue
		}
		if rest := strings.TrimSpace(tt.in[end:]); rest != tt.rest {
			t.Errorf("Dateline(%q) rest = %q, want %q", tt.in, rest, tt.rest)
		}
	}
}

func ExampleSplit() {
	text := "MINAS TIRITH (Gondor Press) - Gen. Hirgon's riders didn't reach the U.S. embassy at 5 p.m. Sunday. The garrison, 1,200 strong, held."
	for _, s := range Split(text) {
		fmt.Printf("%d-%d %q\n", s.Start, s.End, text[s.Start:s.End])
		var norms []string
		for _, t := range s.Tokens {
			norms = append(norms, t.Norm)
		}
		fmt.Println(strings.Join(norms, " "))
	}
	// Output:
	// 30-98 "Gen. Hirgon's riders didn't reach the U.S. embassy at 5 p.m. Sunday."
	// GEN. HIRGON 'S RIDERS DID N'T REACH THE U.S. EMBASSY AT 5 P.M. SUNDAY .
	// 99-132 "The garrison, 1,200 strong, held."
	// THE GARRISON , 1,200 STRONG , HELD .
}

func ExampleDateline() {
	place, end := Dateline("KABUL, Afghanistan (AP) — Fighting resumed on Monday.")
	fmt.Printf("%q %d\n", place, end)
	// Output:
	// "KABUL, Afghanistan" 27
}

// checkSplit checks the invariants of Split's output for any input.
func checkSplit(t *testing.T, text string) {
	t.Helper()
	prevSentEnd, prevTokEnd := 0, 0
	for i, s := range Split(text) {
		if s.Start < prevSentEnd || s.Start > s.End || s.End > len(text) {
			t.Fatalf("sentence %d [%d,%d) out of order or range (prev end %d, len %d)", i, s.Start, s.End, prevSentEnd, len(text))
		}
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", i)
		}
		if s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			t.Fatalf("sentence %d [%d,%d) does not match its tokens", i, s.Start, s.End)
		}
		for _, tok := range s.Tokens {
			checkToken(t, text, tok, s.Start, s.End, prevTokEnd)
			prevTokEnd = tok.End
		}
		prevSentEnd = s.End
	}
	prevTokEnd = 0
	for _, tok := range Tokenize(text, 0, len(text)) {
		checkToken(t, text, tok, 0, len(text), prevTokEnd)
		prevTokEnd = tok.End
	}
}

func checkToken(t *testing.T, text string, tok Token, start, end, prevEnd int) {
	t.Helper()
	if tok.Start < start || tok.End > end || tok.Start >= tok.End || tok.Start < prevEnd {
		t.Fatalf("token %+v out of order or outside [%d,%d) (prev end %d)", tok, start, end, prevEnd)
	}
	if tok.Norm == "" {
		t.Fatalf("token %+v %q has an empty Norm", tok, text[tok.Start:tok.End])
	}
	if tok.Kind != Word && tok.Kind != Number && tok.Kind != Punct {
		t.Fatalf("token %+v has a bad kind", tok)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"BEIRUT (Reuters) - Gondor's army didn't attack. U.S. officials said.",
		"“We won’t,” he said—again… 50,000 at 5 p.m. Sunday.\n\nNext.",
		"al-Rashid anti- Rohan U.S.-led e.g. No. 3 www.x.org a@b.co @h #t",
		"Caf\xc3\xa9 \xff\xfe \xe2\x80 n\xe2\x80\x99t",
		"KABUL, Afghanistan, Jan. 5 (AP) :",
		"'s n't 'S -- ... ?!",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSplit(t, text)
		if place, end := Dateline(text); end < 0 || end > len(text) || len(place) > end {
			t.Fatalf("Dateline = %q, %d", place, end)
		}
	})
}

// benchArticle is a news-like text of n sentences of about 25 words.
func benchArticle(n int) string {
	sents := []string{
		"Gondor's army said on Tuesday that its forces had repelled an attack by 2,000 fighters near the eastern border town of Osgiliath.",
		"\"We will not allow these raiders to cross the river again,\" Gen. Hirgon told reporters at the U.S. embassy in Minas Tirith.",
		"The fighting, which began at 4 a.m. Sunday, killed at least 37 people and wounded 112 others, according to local health officials.",
		"Rohan didn't comment on the report, but a spokesman for the state-run news agency said talks would resume in Edoras next week.",
		"Prices for grain rose 11.8% in the capital, and aid groups warned that food supplies could run out by mid-Sept. in the north.",
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(sents[i%len(sents)])
		if i%4 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func BenchmarkSplit(b *testing.B) {
	text := benchArticle(40)
	n := len(Split(text))
	if n != 40 {
		b.Fatalf("benchmark article has %d sentences, want 40", n)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Split(text)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkTokenize(b *testing.B) {
	text := benchArticle(40)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text, 0, len(text))
	}
}

func TestBenchArticleIsValid(t *testing.T) {
	if !utf8.ValidString(benchArticle(10)) {
		t.Fatal("invalid UTF-8")
	}
	checkSplit(t, benchArticle(10))
}
