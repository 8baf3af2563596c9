package cli

import "github.com/cfplane/cfplane/pkg/cfclient"

func zoneFilter() cfclient.ZoneFilter { return cfclient.ZoneFilter{} }
