package cfclient

import (
	"strings"
	"testing"
)

func TestSandboxAllowRemoteBaseURL(t *testing.T) {
	const remote = "http://cfsim:8787/client/v4"
	if _, err := New(Config{BaseURL: remote, Sandbox: true}); err == nil || !strings.Contains(err.Error(), "not on loopback") {
		t.Errorf("a remote sandbox without the opt-in: %v", err)
	}
	c, err := New(Config{BaseURL: remote, Sandbox: true, SandboxAllowRemote: true})
	if err != nil || c.BaseURL() != remote+"/" {
		t.Fatalf("a remote sandbox with the opt-in: %v", err)
	}
	// The opt-in is for the sandbox only: a real client still talks to Cloudflare alone.
	if _, err := New(Config{Token: "t", BaseURL: remote, SandboxAllowRemote: true}); err == nil {
		t.Error("SandboxAllowRemote without Sandbox accepted another API host")
	}
}
