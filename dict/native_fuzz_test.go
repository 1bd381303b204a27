package dict

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// FuzzReadNative: ReadNative never panics, reports errors at lines of its
// input, and what it reads WriteNative writes and ReadNative reads back
// unchanged.
func FuzzReadNative(f *testing.F) {
	for _, s := range []string{
		"actor A B\n\tname C .. D\n\tcode X 2020-01-01..\n",
		"agent A\n\tcode X~\nagent \"B C\"*\n\tcode ~Y\n",
		"verb A +B [1]\n\tcode ---\n\tpattern $_X * &\"S T\"_+ [2:3]\n",
		"synset &S\n\tphrase A_&T B*\n",
		"discard story A B*\nnoun X\nadjective Y\noption k \"v\"\noption j a # b\n",
		"format 1\n# c\nactor \"\\x00\"\n",
	} {
		f.Add(s)
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "native", "*"+NativeExt))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		const file = "fuzz.sitrep"
		var d *Dictionary
		var errs ErrorList
		done := make(chan bool)
		go func() {
			d, errs = ReadNative(strings.NewReader(src), file)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatalf("reading %d bytes takes more than 2s", len(src))
		}
		lines := strings.Count(src, "\n") + 1
		checkErrorLines(t, errs, file, lines)
		var buf bytes.Buffer
		if err := WriteNative(&buf, d); err != nil {
			t.Fatalf("WriteNative of what ReadNative read: %v", err)
		}
		back, errs := ReadNative(bytes.NewReader(buf.Bytes()), file)
		if len(errs) > 0 {
			t.Fatalf("reading back:\n%s\nerrors: %v", buf.Bytes(), errs)
		}
		if a, b := normalized(d), normalized(back); !reflect.DeepEqual(a, b) {
			t.Fatalf("round trip differs in %s; written:\n%s", firstDifference(a, b), buf.Bytes())
		}
	})
}
