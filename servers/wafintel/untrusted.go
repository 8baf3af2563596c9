package wafintel

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cfplane/cfplane/pkg/untrusted"
	"github.com/cfplane/cfplane/pkg/wafcheck"
	"github.com/cfplane/cfplane/pkg/wafreplay"
)

// Text that third parties control reaches waf_intelligence's results in
// three places: rule and list descriptions and DNS values of a zone's
// configuration (quoted in findings' evidence and rule names), and the
// paths, queries and user agents of security events (top paths and
// samples of a simulation). Each such value is checked with Layer0's text
// classifier (pkg/untrusted), and the result's notes say that these values
// are data and which ones look like instructions to a model. Notes are the
// results' existing free-text field, so the output schemas do not change.

// maxFlagNotes bounds the flagged values listed in one result's notes.
const maxFlagNotes = 10

// untrustedNotes checks values (what origin names) and returns the notes
// for a result that carries them: none when there are no values, else the
// standing note and one per flagged value (at most maxFlagNotes, then a
// count).
func untrustedNotes(origin string, values []string) []string {
	scan := untrusted.NewScan(0)
	var flagged []string
	n := 0
	seen := map[string]bool{}
	for _, v := range values {
		if strings.TrimSpace(v) == "" || seen[v] {
			continue
		}
		seen[v] = true
		n++
		t := scan.Text(v)
		if t.Flagged {
			flagged = append(flagged, fmt.Sprintf("untrusted value flagged as instructions to a model (layer0 %s): %q", strings.Join(t.Rules, ", "), clipNote(v, 160)))
		}
	}
	if n == 0 {
		return nil
	}
	sum := scan.Summary()
	notes := []string{fmt.Sprintf("%s are third-party text (%d checked, %d flagged): %s", origin, sum.Checked, sum.Flagged, untrusted.Note)}
	if sum.Unchecked > 0 {
		notes[0] += fmt.Sprintf("; %d values over the check cap were not checked", sum.Unchecked)
	}
	if len(flagged) > maxFlagNotes {
		more := len(flagged) - maxFlagNotes
		flagged = append(flagged[:maxFlagNotes], fmt.Sprintf("… and %d more flagged values", more))
	}
	return append(notes, flagged...)
}

// flaggedOnly keeps the notes about flagged values.
func flaggedOnly(notes []string) []string {
	if len(notes) < 2 {
		return nil
	}
	return notes[1:]
}

// snapshotTexts are the third-party strings of a configuration snapshot.
func snapshotTexts(s *wafcheck.Snapshot) []string {
	var out []string
	for _, rs := range s.Rulesets {
		out = append(out, rs.Description)
		for _, r := range rs.Rules {
			out = append(out, r.Description)
		}
	}
	for _, l := range s.Lists {
		out = append(out, l.Description)
	}
	for _, r := range s.DNS {
		if r.Type == "TXT" || r.Type == "SPF" {
			out = append(out, r.Content)
		}
		out = append(out, r.Comment)
	}
	return out
}

// replayTexts are the third-party strings a simulation returns: top paths
// and the matched samples (path, query, user agent).
func replayTexts(res *wafreplay.Result) []string {
	var out []string
	for _, st := range res.Rules {
		paths := make([]string, 0, len(st.TopPaths))
		for p := range st.TopPaths {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		out = append(out, paths...)
		out = append(out, st.Samples...)
		out = append(out, st.FPSamples...)
	}
	return out
}

func clipNote(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
