package text

// Properties of an abbreviation.
const (
	aCap uint8 = 1 << iota // only when written with a capital: "Gen." but not "gen."
	aEnd                   // may also end a sentence: "Inc.", "Jan."
	aNum                   // only before a number: "No. 3", "Art. 5"
)

// abbreviations are the words (upper-cased, without their period) whose
// period belongs to the word rather than ending a sentence. Single letters
// ("W." in "George W. Bush") and letter-period runs ("U.S.", "a.m.",
// "e.g.") are recognised by their shape and need no entry.
//
// Titles and other words that come before a name never end a sentence;
// months, company suffixes, "Jr." and US state abbreviations may, and do
// when the next word is one that typically starts a sentence (see
// starters). Words that are also ordinary English words ("Mass.", "Ill.",
// "Wash.", "Miss", "May") are left out on purpose.
var abbreviations = map[string]uint8{
	// Titles and ranks.
	"MR": aCap, "MRS": aCap, "MS": aCap, "MESSRS": aCap, "DR": aCap, "PROF": aCap,
	"GEN": aCap, "GENS": aCap, "LT": aCap, "COL": aCap, "MAJ": aCap, "CAPT": aCap,
	"CPT": aCap, "SGT": aCap, "CPL": aCap, "PVT": aCap, "ADM": aCap, "BRIG": aCap,
	"CMDR": aCap, "CDR": aCap, "LTC": aCap, "GOV": aCap, "SEN": aCap, "SENS": aCap,
	"REP": aCap, "REPS": aCap, "REV": aCap, "HON": aCap, "PRES": aCap, "AMB": aCap,
	"SUPT": aCap, "INSP": aCap, "DET": aCap, "FR": aCap, "MME": aCap, "MLLE": aCap,
	// Place words before a name.
	"ST": aCap, "MT": aCap, "FT": aCap, "PT": aCap,
	// Months; "May", "June" and "July" are not abbreviations.
	"JAN": aCap | aEnd, "FEB": aCap | aEnd, "MAR": aCap | aEnd, "APR": aCap | aEnd,
	"JUN": aCap | aEnd, "JUL": aCap | aEnd, "AUG": aCap | aEnd, "SEP": aCap | aEnd,
	"SEPT": aCap | aEnd, "OCT": aCap | aEnd, "NOV": aCap | aEnd, "DEC": aCap | aEnd,
	// Company and name suffixes.
	"INC": aCap | aEnd, "CORP": aCap | aEnd, "CO": aCap | aEnd, "COS": aCap | aEnd,
	"LTD": aCap | aEnd, "BROS": aCap | aEnd, "JR": aCap | aEnd, "SR": aCap | aEnd,
	"DEPT": aCap | aEnd, "UNIV": aCap | aEnd, "ASSN": aCap | aEnd,
	"AVE": aCap | aEnd, "BLVD": aCap | aEnd,
	// US states as written in wire-service datelines.
	"ALA": aCap | aEnd, "ARIZ": aCap | aEnd, "ARK": aCap | aEnd, "CALIF": aCap | aEnd,
	"COLO": aCap | aEnd, "CONN": aCap | aEnd, "FLA": aCap | aEnd, "KAN": aCap | aEnd,
	"KANS": aCap | aEnd, "KY": aCap | aEnd, "MD": aCap | aEnd, "MICH": aCap | aEnd,
	"MINN": aCap | aEnd, "MONT": aCap | aEnd, "NEB": aCap | aEnd, "NEV": aCap | aEnd,
	"OKLA": aCap | aEnd, "TENN": aCap | aEnd, "TEX": aCap | aEnd, "VA": aCap | aEnd,
	"VT": aCap | aEnd, "WIS": aCap | aEnd, "WYO": aCap | aEnd,
	// Before a number only: "No. 3", "Art. 5".
	"NO": aNum, "NOS": aNum, "ART": aNum, "VOL": aNum, "FIG": aNum, "PP": aNum,
	// Lower-case abbreviations.
	"VS": 0, "APPROX": 0, "CF": 0, "VIZ": 0, "CA": aNum, "ETC": aEnd, "AL": aEnd, "EST": aNum,
}

// starters are words (upper-cased) that typically begin a sentence. After
// an abbreviation that may end a sentence ("U.S.", "p.m.", "Inc."), a
// capitalised starter begins a new sentence; any other capitalised word
// ("U.S. Army", "p.m. Sunday") does not.
var starters = map[string]bool{
	"THE": true, "A": true, "AN": true, "HE": true, "SHE": true, "IT": true, "THEY": true,
	"WE": true, "I": true, "YOU": true, "IN": true, "ON": true, "AT": true, "BUT": true,
	"AND": true, "OR": true, "SO": true, "YET": true, "THIS": true, "THAT": true,
	"THESE": true, "THOSE": true, "THERE": true, "THEN": true, "THUS": true,
	"HOWEVER": true, "MEANWHILE": true, "ITS": true, "HIS": true, "HER": true,
	"THEIR": true, "OUR": true, "MY": true, "AFTER": true, "BEFORE": true, "WHEN": true,
	"WHILE": true, "IF": true, "AS": true, "SINCE": true, "ALTHOUGH": true,
	"THOUGH": true, "EARLIER": true, "LATER": true, "ALSO": true, "SOME": true,
	"MANY": true, "MOST": true, "ALL": true, "BOTH": true, "EACH": true, "NO": true,
	"NOT": true, "NOW": true, "FOR": true, "FROM": true, "WITH": true, "BY": true,
	"TO": true, "LAST": true, "NEXT": true, "ACCORDING": true, "DURING": true,
	"DESPITE": true, "UNDER": true, "AMONG": true, "FOLLOWING": true, "WHAT": true,
	"WHY": true, "HOW": true, "WHO": true, "WHERE": true, "WHICH": true, "OTHER": true,
	"SUCH": true, "STILL": true, "INSTEAD": true, "MOREOVER": true, "FURTHERMORE": true,
	"NEITHER": true, "NOR": true, "EVEN": true, "ONLY": true, "MEANTIME": true,
}

// months and weekdays (upper-cased, full and abbreviated) mark the date
// part of a dateline.
var dateWords = map[string]bool{
	"JANUARY": true, "FEBRUARY": true, "MARCH": true, "APRIL": true, "MAY": true,
	"JUNE": true, "JULY": true, "AUGUST": true, "SEPTEMBER": true, "OCTOBER": true,
	"NOVEMBER": true, "DECEMBER": true, "JAN": true, "FEB": true, "MAR": true,
	"APR": true, "JUN": true, "JUL": true, "AUG": true, "SEP": true, "SEPT": true,
	"OCT": true, "NOV": true, "DEC": true, "MONDAY": true, "TUESDAY": true,
	"WEDNESDAY": true, "THURSDAY": true, "FRIDAY": true, "SATURDAY": true,
	"SUNDAY": true, "MON": true, "TUE": true, "TUES": true, "WED": true, "THU": true,
	"THUR": true, "THURS": true, "FRI": true, "SAT": true, "SUN": true,
}
