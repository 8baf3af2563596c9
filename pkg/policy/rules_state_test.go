package policy

import "testing"

// The rules of a state are visible to operator invariants as pre.rules and
// post.rules, with the fields changes.rules has.
func TestStateRules(t *testing.T) {
	s, err := Compile([]Invariant{{ID: "no_log_rules", Expr: `post.rules.all(r, r.action != 'log') && pre.rules.size() == 1`}})
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Zone: "example.com", Pre: State{Rules: []Rule{{Action: "block", Expression: "true"}}},
		Post: State{Rules: []Rule{{Action: "block", Expression: "true"}, {Action: "log", Expression: "ip.src eq 192.0.2.1"}}}}
	for _, r := range s.Check(in) {
		if r.ID == "no_log_rules" && r.OK {
			t.Fatal("a log rule in the post-state passed no_log_rules")
		}
	}
	in.Post.Rules = in.Post.Rules[:1]
	for _, r := range s.Check(in) {
		if !r.OK {
			t.Fatalf("%s failed: %s", r.ID, r.Message)
		}
	}
}
