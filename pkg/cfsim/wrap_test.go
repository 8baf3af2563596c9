package cfsim

import (
	"net/http"
	"testing"
)

func wrap(t testing.TB, h http.Handler) http.Handler { return h }
