package safe

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/cfplane/cfplane/pkg/tfexport"
	"github.com/cfplane/cfplane/pkg/untrusted"
)

// untrustedAttrs are the exported attributes whose text third parties
// control: record contents and comments, tags, rule and list
// descriptions, list item comments.
var untrustedAttrs = map[string]bool{"content": true, "comment": true, "description": true, "tags": true}

// exportUntrustedNotes checks the third-party text an export carries
// (tf_export returns it inside HCL, where no per-value label fits) and
// returns one note per value that looks like instructions to a model, with
// the standing untrusted note ahead of them; none when nothing is flagged.
func exportUntrustedNotes(l *tfexport.Live) []string {
	var vals []string
	var walk func(key string, v any)
	walk = func(key string, v any) {
		switch x := v.(type) {
		case string:
			if untrustedAttrs[key] {
				vals = append(vals, x)
			}
		case []string:
			if untrustedAttrs[key] {
				vals = append(vals, x...)
			}
		case []any:
			for _, e := range x {
				walk(key, e)
			}
		case map[string]any:
			for _, k := range slices.Sorted(maps.Keys(x)) {
				walk(k, x[k])
			}
		}
	}
	for _, r := range l.Resources {
		walk("", r.Attrs)
	}
	scan := untrusted.NewScan(0)
	var notes []string
	for _, v := range vals {
		if t := scan.Text(v); t.Flagged {
			if len(notes) == 10 {
				notes = append(notes, "… more flagged values")
				break
			}
			notes = append(notes, fmt.Sprintf("untrusted value flagged as instructions to a model (layer0 %s): %q", strings.Join(t.Rules, ", "), clipRunes(v, 160)))
		}
	}
	if len(notes) == 0 {
		return nil
	}
	return append([]string{"record contents and comments, tags and descriptions in the export are third-party text: " + untrusted.Note}, notes...)
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
