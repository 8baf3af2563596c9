package safe

// approval is the code `approve` prints for p, or "" when p needs none.
func (e *env) approval(p *planOut) string {
	e.t.Helper()
	if !p.ApprovalRequired {
		return ""
	}
	e.t.Setenv("CFPLANE_APPROVAL_KEY", approvalKey)
	args := []string{"approve", p.PlanID, "--config", writeConfig(e.t, e, "")}
	for _, o := range p.Overrides {
		args = append(args, "--override", o)
	}
	code, out, stderr := runCLI(e.t, args...)
	if code != 0 {
		e.t.Fatalf("approve: %d %s", code, stderr)
	}
	return approvalCode(e.t, out)
}

// applyApproved applies p, with the code `approve` prints when the plan
// needs a person's approval.
func (e *env) applyApproved(p *planOut) applyOut {
	e.t.Helper()
	return e.apply(p.PlanID, e.approval(p))
}
