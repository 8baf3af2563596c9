package bench

import (
	"bufio"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/servers/safe"
)

func TestZZProfStart(t *testing.T) {
	url := os.Getenv("ZZSIM")
	if url == "" {
		t.Skip()
	}
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	go func() {
		cli.Run(safe.Spec(), []string{"--sandbox=" + url, "--log-level", "error"}, inR, outW, io.Discard)
	}()
	inW.Write([]byte(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"b","version":"0"}}}` + "\n"))
	br := bufio.NewReader(outR)
	l, _ := br.ReadString('\n')
	inW.Write([]byte(`{"jsonrpc":"2.0","id":2,"method":"tools/list"}` + "\n"))
	l, _ = br.ReadString('\n')
	if !strings.Contains(l, "zone_list") {
		t.Fatal(l)
	}
}
