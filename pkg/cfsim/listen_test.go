package cfsim

import (
	"strings"
	"testing"
)

func TestCheckListenAddr(t *testing.T) {
	for _, c := range []struct {
		addr    string
		any     bool
		wantErr string
	}{
		{"127.0.0.1:8787", false, ""},
		{"0.0.0.0:8787", false, "add --listen-any"},
		{":8787", false, "not loopback"},
		{"0.0.0.0:8787", true, ""},
		{":8787", true, ""},
		{"cfsim", true, "missing port"},
	} {
		err := checkListenAddr(c.addr, c.any)
		if c.wantErr == "" && err != nil || c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)) {
			t.Errorf("checkListenAddr(%q, %v) = %v, want %q", c.addr, c.any, err, c.wantErr)
		}
	}
}

func TestListenAnyServes(t *testing.T) {
	srv, err := ListenAny("127.0.0.1:0", New(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	defer srv.ln.Close()
	if !strings.HasPrefix(srv.BaseURL(), "http://127.0.0.1:") {
		t.Fatal(srv.BaseURL())
	}
}
