package eval

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzReadPenta(f *testing.F) {
	f.Add("Arnor praised Gondor.\t1\nGondor attacked Mordor.\t4\n")
	f.Add("\ufeffsentence\tlabel\r\n\"Mordor \"\"firmly\"\" accused Gondor.\"\t3\r\n\r\nno label\r\n")
	f.Add("id\tlabel\ttext\nx\t3\tMordor accused Gondor.\n")
	f.Add("3\tMordor accused Gondor.\n\"x\t0\n\"\"\t\"\n\t\t\n\xff\t1")
	if b, err := os.ReadFile("testdata/penta/sentences.tsv"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ReadPenta(strings.NewReader(in), "f.tsv")
		var list ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Fatalf("error that is not an ErrorList: %v", err)
		}
		lines := strings.Count(in, "\n") + 1
		for _, e := range list {
			if e.Line < 1 || e.Line > lines || e.File != "f.tsv" {
				t.Fatalf("bad error position: %v", e)
			}
		}
		last := 0
		for _, r := range rows {
			if r.Line <= last || r.Line > lines || r.Label < 0 || r.Label >= PentaClasses {
				t.Fatalf("bad row %+v after line %d", r, last)
			}
			if r.Text == "" || !utf8.ValidString(r.Text) || r.Text != collapse(r.Text) {
				t.Fatalf("bad text in row %+v", r)
			}
			last = r.Line
		}
	})
}
