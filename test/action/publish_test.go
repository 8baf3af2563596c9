// Package action tests the GitHub Action's scripts with a fake gh on PATH
// (every call recorded) and real git against a local bare remote.
package action

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// fakeGH records each call (arguments joined by spaces, one call a line)
// in $FAKE_GH/calls and answers `issue list` and `pr list` from
// $FAKE_GH/issues and $FAKE_GH/prs, as the script's --template asks:
// "NUMBER<TAB>TITLE" lines and "NUMBER" lines.
const fakeGH = `#!/usr/bin/env bash
echo "$*" >> "$FAKE_GH/calls"
[ -e "$FAKE_GH/fail" ] && { echo "gh: HTTP 401: Bad credentials" >&2; exit 1; }
case "$1 $2" in
  "issue list") cat "$FAKE_GH/issues" 2>/dev/null ;;
  "pr list") cat "$FAKE_GH/prs" 2>/dev/null ;;
  "issue create"|"pr create") echo "https://github.com/o/r/issues/99" ;;
esac
exit 0
`

const patch = `--- a/dns.tf
+++ b/dns.tf
@@ -1,3 +1,3 @@
 resource "cloudflare_dns_record" "a_api" {
-  content = "203.0.113.20"
+  content = "192.0.2.99"
 }
`

type world struct {
	t      *testing.T
	repo   string // the checkout the action runs in
	remote string // its origin (bare)
	gh     string // the fake's folder
	env    []string
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, b)
	}
	return strings.TrimSpace(string(b))
}

func newWorld(t *testing.T) *world {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("bash script")
	}
	for _, tool := range []string{"bash", "git"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH", tool)
		}
	}
	root := t.TempDir()
	w := &world{t: t, repo: filepath.Join(root, "repo"), remote: filepath.Join(root, "remote.git"), gh: filepath.Join(root, "gh")}
	bin := filepath.Join(root, "bin")
	for _, d := range []string{w.repo, w.gh, bin} {
		os.MkdirAll(d, 0o755)
	}
	if err := os.WriteFile(filepath.Join(bin, "gh"), []byte(fakeGH), 0o755); err != nil {
		t.Fatal(err)
	}
	git(t, root, "init", "--quiet", "--bare", w.remote)
	git(t, w.repo, "init", "--quiet", "-b", "main")
	os.MkdirAll(filepath.Join(w.repo, "infra"), 0o755)
	os.WriteFile(filepath.Join(w.repo, "infra", "dns.tf"), []byte("resource \"cloudflare_dns_record\" \"a_api\" {\n  content = \"203.0.113.20\"\n}\n"), 0o644)
	git(t, w.repo, "add", "-A")
	git(t, w.repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "code")
	git(t, w.repo, "remote", "add", "origin", w.remote)
	git(t, w.repo, "push", "--quiet", "origin", "main")
	os.WriteFile(filepath.Join(root, "report.md"), []byte("## Drift\n| drifted | a_api |\n"), 0o644)
	os.WriteFile(filepath.Join(root, "live.patch"), []byte(patch), 0o644)
	w.env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "FAKE_GH="+w.gh,
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"ZONE=example.com", "TF_PATH=infra", "REPORT="+filepath.Join(root, "report.md"), "PATCH="+filepath.Join(root, "live.patch"))
	return w
}

// run runs the script in the checkout with extra environment; it returns
// the exit code, the output and the recorded gh calls.
func (w *world) run(env ...string) (int, string, []string) {
	w.t.Helper()
	os.Remove(filepath.Join(w.gh, "calls"))
	script, _ := filepath.Abs("../../scripts/drift-publish.sh")
	cmd := exec.Command("bash", script)
	cmd.Dir = w.repo
	cmd.Env = append(append([]string(nil), w.env...), env...)
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		w.t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(w.gh, "calls"))
	var calls []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if l != "" {
			calls = append(calls, l)
		}
	}
	return code, string(out), calls
}

func (w *world) answer(file, content string) {
	os.WriteFile(filepath.Join(w.gh, file), []byte(content), 0o644)
}

// verbs are the calls' first two words ("issue create").
func verbs(calls []string) string {
	var out []string
	for _, c := range calls {
		f := strings.Fields(c)
		if len(f) >= 2 {
			out = append(out, f[0]+" "+f[1])
		}
	}
	return strings.Join(out, ", ")
}

func TestDriftPublishIssue(t *testing.T) {
	w := newWorld(t)
	// Drift, no issue for the zone (only one for a zone whose name starts
	// the same): a new issue, not an edit of the other zone's.
	w.answer("issues", "7\tCloudflare drift: example.com.au\n")
	code, out, calls := w.run("CODE=2")
	if code != 0 || verbs(calls) != "issue list, issue create" || !strings.Contains(calls[1], `--title Cloudflare drift: example.com --body-file`) {
		t.Fatalf("exit %d %s\n%q", code, out, calls)
	}
	// Drift again with the zone's issue open: it is updated, not duplicated.
	w.answer("issues", "7\tCloudflare drift: example.com.au\n12\tCloudflare drift: example.com\n")
	code, out, calls = w.run("CODE=2")
	if code != 0 || verbs(calls) != "issue list, issue edit" || !strings.HasPrefix(calls[1], "issue edit 12 --body-file ") {
		t.Fatalf("exit %d %s\n%q", code, out, calls)
	}
	// No drift any more: the issue is closed with a comment.
	code, out, calls = w.run("CODE=0")
	if code != 0 || verbs(calls) != "issue list, issue close" || !strings.HasPrefix(calls[1], "issue close 12 --comment") {
		t.Fatalf("exit %d %s\n%q", code, out, calls)
	}
	// No drift and no issue: nothing but the lookup.
	w.answer("issues", "")
	if code, out, calls = w.run("CODE=0"); code != 0 || verbs(calls) != "issue list" {
		t.Fatalf("exit %d %s\n%q", code, out, calls)
	}
	// Issues turned off, or drift's input unusable (exit 1): no calls.
	for _, env := range [][]string{{"CODE=2", "OPEN_ISSUE=false"}, {"CODE=1"}} {
		if code, out, calls = w.run(env...); code != 0 || len(calls) != 0 {
			t.Errorf("%v: exit %d %s\n%q", env, code, out, calls)
		}
	}
	// gh failing (a bad token) fails the step instead of passing silently.
	w.answer("fail", "")
	if code, out, _ = w.run("CODE=2"); code == 0 || !strings.Contains(out, "listing the open issues failed") {
		t.Errorf("gh failure: exit %d %s", code, out)
	}
}

func TestDriftPublishRefusesBadInput(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct {
		env  []string
		want string
	}{
		{[]string{"CODE=2", "ZONE=example.com; touch /tmp/pwned"}, "ZONE 'example.com; touch /tmp/pwned' is not accepted"},
		{[]string{"CODE=2", "ZONE="}, "ZONE '' is not accepted"},
		{[]string{"CODE=2", "OPEN_PR=yes"}, "OPEN_PR 'yes' is not accepted; accepted: true, false"},
		{[]string{"CODE=2", "REPORT=/nonexistent"}, "REPORT '/nonexistent' is missing"},
	} {
		code, out, calls := w.run(c.env...)
		if code != 1 || !strings.Contains(out, c.want) || len(calls) != 0 {
			t.Errorf("%v: exit %d %s %q", c.env, code, out, calls)
		}
	}
}

func TestDriftPublishPullRequest(t *testing.T) {
	w := newWorld(t)
	head := git(t, w.repo, "rev-parse", "HEAD")
	code, out, calls := w.run("CODE=2", "OPEN_PR=true", "OPEN_ISSUE=false")
	if code != 0 || verbs(calls) != "pr list, pr create" || !strings.Contains(calls[1], "--head cfplane/drift-example.com --title Codify Cloudflare drift: example.com --body-file") {
		t.Fatalf("exit %d %s\n%q", code, out, calls)
	}
	// The branch on the remote carries the patch applied under TF_PATH, on
	// top of the checkout's commit; the checkout itself is untouched.
	show := git(t, w.remote, "show", "cfplane/drift-example.com:infra/dns.tf")
	if !strings.Contains(show, `content = "192.0.2.99"`) {
		t.Errorf("pushed dns.tf:\n%s", show)
	}
	if p := git(t, w.remote, "rev-parse", "cfplane/drift-example.com~1"); p != head {
		t.Errorf("branch parent %s, want %s", p, head)
	}
	if b := git(t, w.repo, "rev-parse", "--abbrev-ref", "HEAD"); b != "main" || git(t, w.repo, "status", "--porcelain") != "" {
		t.Errorf("checkout moved to %s or left dirty: %s", b, git(t, w.repo, "status", "--porcelain"))
	}
	if wts := git(t, w.repo, "worktree", "list"); strings.Count(wts, "\n") != 0 {
		t.Errorf("worktree left behind:\n%s", wts)
	}
	// The next run finds the open pull request and updates it.
	w.answer("prs", "31\n")
	code, out, calls = w.run("CODE=2", "OPEN_PR=true", "OPEN_ISSUE=false")
	if code != 0 || verbs(calls) != "pr list, pr edit" || !strings.HasPrefix(calls[1], "pr edit 31 --body-file") {
		t.Fatalf("exit %d %s\n%q", code, out, calls)
	}
	// An empty patch (drift only outside the code: nothing to codify) opens
	// no pull request.
	os.WriteFile(strings.TrimPrefix(w.env[len(w.env)-1], "PATCH="), nil, 0o644)
	if code, out, calls = w.run("CODE=2", "OPEN_PR=true", "OPEN_ISSUE=false"); code != 0 || len(calls) != 0 {
		t.Errorf("empty patch: exit %d %s %q", code, out, calls)
	}
}
