package clicore

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/config"
)

func TestAuthTokenFileShapes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, c := range []struct{ path, want string }{
		{filepath.Join(dir, "missing"), "cannot read"},
		{write("short", "tooshort\n"), "the token is 8 characters; it must be one line of at least 16 characters"},
		{write("spaces", "0123456789 abcdef0123\n"), "one line without spaces"},
		{write("lines", "0123456789abcdef\nsecond-line-here\n"), "one line without spaces"},
	} {
		_, err := readAuthToken(c.path)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", filepath.Base(c.path), err, c.want)
		}
		if err != nil && strings.Contains(err.Error(), "0123456789") {
			t.Errorf("the error repeats the file's content: %v", err)
		}
	}
	tok, err := readAuthToken(write("good", "  0123456789abcdef \n"))
	if err != nil || tok != "0123456789abcdef" {
		t.Errorf("a 16-character token with surrounding space: %q %v", tok, err)
	}
}

func TestCloudflareTokenFile(t *testing.T) {
	const canary = "cfCLIcanary_5Jq3xLm7Pw2Rt5Zk8Vb1Nc4Yd6Fq"
	dir := t.TempDir()
	p := filepath.Join(dir, "cloudflare_api_token")
	if err := os.WriteFile(p, []byte(canary+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(TokenEnv, "")
	t.Setenv(TokenFileEnv, p)
	if tok, err := CloudflareToken(); err != nil || tok != canary {
		t.Fatalf("token from file: %v", err)
	}
	// The token read from the file is a secret like the variable's.
	env := &Env{}
	if got := env.Redactor().String("x " + canary); strings.Contains(got, canary) {
		t.Errorf("the file's token is not redacted: %q", got)
	}
	if err := os.WriteFile(p, []byte("a b\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := CloudflareToken(); err == nil || !strings.Contains(err.Error(), "alone on one line") {
		t.Errorf("two words: %v", err)
	}
	t.Setenv(TokenFileEnv, filepath.Join(dir, "missing"))
	if _, err := CloudflareToken(); err == nil || !strings.Contains(err.Error(), "cannot be read") {
		t.Errorf("missing file: %v", err)
	}
	// The variable wins over the file.
	t.Setenv(TokenEnv, "from-env")
	if tok, _ := CloudflareToken(); tok != "from-env" {
		t.Errorf("got %q", tok)
	}
}

func TestHealthzFollowsTheStateFolder(t *testing.T) {
	dir := t.TempDir()
	e := &Env{server: Server{Name: "s", UsesCloudflare: true}}
	d := &Deps{Config: config.Default()}
	d.Config.StateDir = filepath.Join(dir, "state")
	if err := e.ready(d)(); err != nil {
		t.Fatalf("writable: %v", err)
	}
	if left, _ := os.ReadDir(d.Config.StateDir); len(left) != 0 {
		t.Errorf("the probe left files: %v", left)
	}
	// A state "folder" that is a file (or on a volume the user cannot
	// write) is not ready.
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	d.Config.StateDir = filepath.Join(blocker, "state")
	if err := e.ready(d)(); err == nil || !strings.Contains(err.Error(), "cannot be created") {
		t.Errorf("state under a file: %v", err)
	}
	if os.Geteuid() != 0 {
		ro := filepath.Join(dir, "ro")
		if err := os.Mkdir(ro, 0o500); err != nil {
			t.Fatal(err)
		}
		d.Config.StateDir = ro
		if err := e.ready(d)(); err == nil || !strings.Contains(err.Error(), "cannot be written") || !strings.Contains(err.Error(), "fsGroup") {
			t.Errorf("read-only state folder: %v", err)
		}
	}
	// Servers without state are always ready.
	oracle := &Env{server: Server{Name: "o"}}
	if oracle.ready(d) != nil {
		t.Error("a server without state has a readiness check")
	}
}

// /healthz also asks the state store (state_store) the server registered.
func TestHealthzFollowsTheStateStore(t *testing.T) {
	e := &Env{server: Server{Name: "s", UsesCloudflare: true}}
	d := &Deps{Config: config.Default()}
	d.Config.StateDir = t.TempDir()
	ready := e.ready(d) // taken before the store is registered, as serve does
	var storeErr error
	d.StoreReady = func() error { return storeErr }
	if err := ready(); err != nil {
		t.Fatalf("writable store: %v", err)
	}
	storeErr = errors.New("the state store (postgres) cannot be written: read-only transaction")
	if err := ready(); err == nil || !strings.Contains(err.Error(), "state store") {
		t.Errorf("store not writable: %v", err)
	}
}
