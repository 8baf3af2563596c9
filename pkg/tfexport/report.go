package tfexport

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Formats of a drift report.
var Formats = []string{"text", "json", "markdown"}

// Write renders the report as text, json or markdown.
func (r *Report) Write(w io.Writer, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(r)
	case "text":
		return r.text(w)
	case "markdown":
		return r.markdown(w)
	}
	return fmt.Errorf("format %q is not accepted; accepted: %s", format, strings.Join(Formats, ", "))
}

func (r *Report) summary() string {
	return fmt.Sprintf("%d managed, %d drifted, %d unmanaged, %d missing; IaC coverage %.1f%%",
		r.Counts.Managed, r.Counts.Drifted, r.Counts.Unmanaged, r.Counts.Missing, r.Coverage)
}

func short(v any) string {
	if v == nil {
		return "(unset)"
	}
	s := canon(v)
	if len(s) > 120 {
		s = s[:117] + "..."
	}
	return s
}

func (a Attribution) String() string {
	switch a.Source {
	case "cfplane":
		return fmt.Sprintf("cfplane change %s (plan %s) at %s: %s", a.ChangeID, a.PlanID, a.When, a.Action)
	}
	return fmt.Sprintf("Cloudflare audit log: %s by %s at %s", a.Action, a.Actor, a.When)
}

func (r *Report) text(w io.Writer) error {
	fmt.Fprintf(w, "drift of zone %s against %s: %s\n", r.Zone, r.Source, r.summary())
	for _, o := range r.Objects {
		if o.Status == StatusManaged {
			continue
		}
		addr := o.Address
		if addr == "" {
			addr = o.Label
		}
		fmt.Fprintf(w, "%-9s %s (%s)\n", o.Status, addr, o.Label)
		for _, d := range o.Diffs {
			fmt.Fprintf(w, "    %s: code %s, live %s\n", d.Path, short(d.Code), short(d.Live))
		}
		for _, a := range o.Attribution {
			fmt.Fprintf(w, "    changed by %s\n", a)
		}
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	return nil
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "`", "'").Replace(s)
}

func (r *Report) markdown(w io.Writer) error {
	fmt.Fprintf(w, "## Drift of `%s`\n\n%s (against %s).\n\n", mdEscape(r.Zone), r.summary(), r.Source)
	if !r.Drifted() {
		fmt.Fprintln(w, "No drift: live state matches Terraform.")
	} else {
		fmt.Fprintln(w, "| status | resource | attribute | code | live | changed by |")
		fmt.Fprintln(w, "|---|---|---|---|---|---|")
		for _, o := range r.Objects {
			if o.Status == StatusManaged {
				continue
			}
			var by []string
			for _, a := range o.Attribution {
				by = append(by, mdEscape(a.String()))
			}
			addr := mdEscape(o.Address + " (" + o.Label + ")")
			if len(o.Diffs) == 0 {
				fmt.Fprintf(w, "| %s | `%s` | | | | %s |\n", o.Status, addr, strings.Join(by, "; "))
			}
			for _, d := range o.Diffs {
				fmt.Fprintf(w, "| %s | `%s` | `%s` | `%s` | `%s` | %s |\n", o.Status, addr, mdEscape(d.Path), mdEscape(short(d.Code)), mdEscape(short(d.Live)), strings.Join(by, "; "))
			}
		}
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "\n> %s\n", mdEscape(n))
	}
	return nil
}
