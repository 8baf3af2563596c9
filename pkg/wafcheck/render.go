package wafcheck

import (
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

var hexID = lazyre.New(`\b[0-9a-f]{32}\b`)

// named replaces the 32-hex rule and ruleset ids in s that the report
// knows with “name” (id 1234abcd…).
func (r *ComplianceReport) named(s string) string {
	if len(r.RuleNames) == 0 {
		return s
	}
	return hexID.ReplaceAllStringFunc(s, func(id string) string {
		if n, ok := r.RuleNames[id]; ok {
			return "“" + n + "” (id " + id[:8] + "…)"
		}
		return id
	})
}

func (r *ComplianceReport) namedAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = r.named(x)
	}
	return out
}

// generated is the report's provenance line: when, by which version.
func (r *ComplianceReport) generated() string {
	var parts []string
	if !r.GeneratedAt.IsZero() {
		parts = append(parts, "generated "+r.GeneratedAt.UTC().Format("2006-01-02 15:04:05 UTC"))
	}
	if r.Version != "" {
		parts = append(parts, "waf_intelligence "+r.Version)
	}
	return strings.Join(parts, " · ")
}

func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

// FindingsText writes findings one per line (CI logs).
func FindingsText(w io.Writer, r *Result) {
	fmt.Fprintf(w, "waf check: %s %s — %d rules, %d checks run, %d not assessed, snapshot %s\n",
		r.Source, r.Zone, r.RulesChecked, len(r.ChecksRun), len(r.NotAssessed), r.SnapshotHash)
	for _, f := range r.Findings {
		fmt.Fprintf(w, "%s [%s] %s %s: %s", f.Level, f.Severity, f.Check, strOr(f.RuleID, "-"), f.Title)
		if d := f.Evidence["detail"]; d != "" {
			fmt.Fprintf(w, " (%s)", d)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d findings: %d critical, %d high, %d medium, %d low, %d info\n", len(r.Findings),
		r.Counts[SevCritical], r.Counts[SevHigh], r.Counts[SevMedium], r.Counts[SevLow], r.Counts[SevInfo])
}

// FindingsMarkdown renders findings as a Markdown report.
func FindingsMarkdown(r *Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# WAF configuration check\n\nSource: %s %s · snapshot `%s` · %d rules · %d checks run\n\n", r.Source, r.Zone, r.SnapshotHash, r.RulesChecked, len(r.ChecksRun))
	if len(r.NotAssessed) > 0 {
		fmt.Fprintf(&b, "Not assessed (input lacks their data): %s\n\n", strings.Join(r.NotAssessed, ", "))
	}
	b.WriteString("| severity | check | rule | finding | evidence | remediation | controls |\n|---|---|---|---|---|---|---|\n")
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "| %s | `%s` | `%s` | %s | %s | %s | %s |\n", f.Severity, f.Check, mdCell(strOr(f.RuleID, "-")), mdCell(f.Title),
			mdCell(f.Evidence["detail"]), mdCell(f.Remediation), mdCell(strings.Join(f.Controls, ", ")))
	}
	if len(r.Findings) == 0 {
		b.WriteString("| – | – | – | no findings | | | |\n")
	}
	return b.String()
}

// ComplianceMarkdown renders a compliance report as Markdown.
func ComplianceMarkdown(r *ComplianceReport) string {
	var b strings.Builder
	var names []string
	for _, f := range r.Frameworks {
		names = append(names, FrameworkName(f))
	}
	fmt.Fprintf(&b, "# Compliance mapping: %s\n\nSource: %s %s · snapshot `%s`\n\n", strings.Join(names, ", "), r.Source, r.Zone, r.SnapshotHash)
	if g := r.generated(); g != "" {
		fmt.Fprintf(&b, "Generated: %s\n\n", g)
	}
	fmt.Fprintf(&b, "%s\n\n", r.Note)
	fmt.Fprintf(&b, "Summary: %d pass, %d partial, %d fail, %d not assessed\n", r.Summary[StatusPass], r.Summary[StatusPartial], r.Summary[StatusFail], r.Summary[StatusNotAssess])
	cur := ""
	for _, c := range r.Controls {
		if c.Framework != cur {
			cur = c.Framework
			fmt.Fprintf(&b, "\n## %s\n\n| control | status | evidence | gaps |\n|---|---|---|---|\n", FrameworkName(cur))
		}
		fmt.Fprintf(&b, "| **%s** %s | %s | %s | %s |\n", c.ID, mdCell(c.Title), c.Status, mdCell(strings.Join(r.namedAll(c.Evidence), "; ")), mdCell(strings.Join(r.namedAll(c.Gaps), "; ")))
	}
	return b.String()
}

const htmlHead = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<style>
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#1d1d1f;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%%;font-size:.9rem}th,td{border:1px solid #d0d0d5;padding:.4rem .5rem;vertical-align:top;text-align:left}
th{background:#f2f2f5}code{font-family:ui-monospace,Menlo,monospace;font-size:.85em;word-break:break-all}
.s{font-weight:600;border-radius:4px;padding:0 .35rem;white-space:nowrap}
.pass,.low,.info{background:#e3f5e8}.partial,.medium{background:#fff4d6}.fail,.high,.critical{background:#fde2e1}.not_assessed,.not_applicable{background:#ececf0}
.meta{color:#555}
</style></head><body>
`

func esc(s string) string { return html.EscapeString(s) }

// FindingsHTML renders findings as a self-contained HTML page.
func FindingsHTML(r *Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, htmlHead, "WAF configuration check")
	fmt.Fprintf(&b, "<h1>WAF configuration check</h1><p class=meta>%s %s · snapshot <code>%s</code> · %d rules · %d checks run · %d not assessed</p>\n",
		esc(r.Source), esc(r.Zone), esc(r.SnapshotHash), r.RulesChecked, len(r.ChecksRun), len(r.NotAssessed))
	b.WriteString("<table><tr><th>severity</th><th>check</th><th>rule</th><th>finding</th><th>evidence</th><th>why</th><th>remediation</th><th>controls</th></tr>\n")
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "<tr><td><span class=\"s %s\">%s</span></td><td><code>%s</code></td><td><code>%s</code></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
			esc(f.Severity), esc(f.Severity), esc(f.Check), esc(strOr(f.RuleID, "-")), esc(f.Title), esc(f.Evidence["detail"]), esc(f.Why), esc(f.Remediation), esc(strings.Join(f.Controls, ", ")))
	}
	b.WriteString("</table></body></html>\n")
	return b.String()
}

// ComplianceHTML renders a compliance report as a self-contained HTML page.
func ComplianceHTML(r *ComplianceReport) string {
	var b strings.Builder
	var names []string
	for _, f := range r.Frameworks {
		names = append(names, FrameworkName(f))
	}
	title := "Compliance mapping: " + strings.Join(names, ", ")
	fmt.Fprintf(&b, htmlHead, esc(title))
	meta := esc(r.Source) + " " + esc(r.Zone) + " · snapshot <code>" + esc(r.SnapshotHash) + "</code>"
	if g := r.generated(); g != "" {
		meta += " · " + esc(g)
	}
	fmt.Fprintf(&b, "<h1>%s</h1><p class=meta>%s</p><p>%s</p>\n", esc(title), meta, esc(r.Note))
	fmt.Fprintf(&b, "<p>%d pass · %d partial · %d fail · %d not assessed</p>\n", r.Summary[StatusPass], r.Summary[StatusPartial], r.Summary[StatusFail], r.Summary[StatusNotAssess])
	cur := ""
	for _, c := range r.Controls {
		if c.Framework != cur {
			if cur != "" {
				b.WriteString("</table>\n")
			}
			cur = c.Framework
			fmt.Fprintf(&b, "<h2>%s</h2><table><tr><th>control</th><th>status</th><th>evidence</th><th>gaps</th></tr>\n", esc(FrameworkName(cur)))
		}
		fmt.Fprintf(&b, "<tr><td><b>%s</b> %s</td><td><span class=\"s %s\">%s</span></td><td>%s</td><td>%s</td></tr>\n",
			esc(c.ID), esc(c.Title), esc(c.Status), esc(c.Status), list(r.namedAll(c.Evidence)), list(r.namedAll(c.Gaps)))
	}
	if cur != "" {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

func list(items []string) string {
	if len(items) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("<ul>")
	for _, it := range items {
		b.WriteString("<li>" + esc(it) + "</li>")
	}
	b.WriteString("</ul>")
	return b.String()
}
