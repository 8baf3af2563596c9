package cfsim

import "net/http"

type fwEvent struct{}
type httpSample struct{}

func (s *Sim) graphql(w http.ResponseWriter, r *http.Request) error { return nil }

func seedMore(s *Sim) {
	seedRulesets(s)
	seedLists(s)
	seedTunnels(s)
	seedSettings(s)
	seedAuditLogs(s)
}
