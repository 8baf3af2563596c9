package threat

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"time"
)

// FuzzParse checks that no feed content makes the parser panic, that every
// failure is a *FeedError, and that a parsed feed lists at least one entry.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"firehol_level1.netset", "drop.txt", "drop_v4.json", "asndrop.json", "asndrop.txt", "tor-bulk-exit-list.txt", "exit-addresses", "bad_drop.json"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		for i := range Formats {
			f.Add(b, uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		s := Spec{Name: "fuzz", Path: "fuzz.txt", Format: Formats[int(format)%len(Formats)]}
		feed, err := Parse(s, bytes.NewReader(data), time.Unix(0, 0))
		if err != nil {
			var fe *FeedError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FeedError", err)
			}
			return
		}
		if feed.Entries == 0 {
			t.Fatal("a feed without entries was accepted")
		}
	})
}
