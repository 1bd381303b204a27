package sitrep

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // YYYY-MM-DD, or "" for no date
	}{
		{"2023-07-09", "2023-07-09"},
		{"20230709", "2023-07-09"},
		{"2023-07-09T23:30:00-05:00", "2023-07-09"},
		{"2023-07-09 10:00:00", "2023-07-09"},
		{"Sun, 09 Jul 2023 10:00:00 GMT", "2023-07-09"},
		{"Sun, 9 Jul 2023 10:00:00 +0000", "2023-07-09"},
		{"July 9, 2023", "2023-07-09"},
		{"9 July 2023", "2023-07-09"},
		{"  2023-07-09  ", "2023-07-09"},
		{"yesterday", ""},
		{"2023-13-01", ""},
		{"0001-01-01", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		g := ""
		if ok {
			g = got.Format("2006-01-02")
		}
		if g != tt.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-07-09", "Sun, 09 Jul 2023 10:00:00 GMT", "9 July 2023", "99999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := ParseDate(s); ok && (d.Year() < 1000 || d.Year() > 9999) {
			t.Fatalf("ParseDate(%q) gave year %d", s, d.Year())
		}
	})
}
