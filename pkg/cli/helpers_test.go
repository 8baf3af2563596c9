package cli

import (
	"net"

	"github.com/cfplane/cfplane/pkg/cfclient"
)

func zoneFilter() cfclient.ZoneFilter { return cfclient.ZoneFilter{} }

func freeAddr(t interface {
	Helper()
	Fatal(...any)
}) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}
