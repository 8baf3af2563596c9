// Package storetest gives tests a PostgreSQL schema of their own, so tests
// that share one database (as CI's does) never see each other's tables.
// Only tests import it.
package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// PG is a test's own schema on a scratch PostgreSQL.
type PG struct {
	URL    string    // the database URL with search_path set to Schema
	Schema string    // the schema's name
	Admin  *pgx.Conn // a connection outside the store, for tests that tamper
}

// Schema creates a fresh schema named prefix_<nanos> in the database at
// url and drops it when the test ends.
func Schema(t testing.TB, url, prefix string) PG {
	t.Helper()
	ctx := context.Background()
	schema := fmt.Sprintf("%s_%d", prefix, time.Now().UnixNano())
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close(ctx)
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = admin.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		admin.Close(context.Background())
	})
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return PG{URL: url + sep + "search_path=" + schema, Schema: schema, Admin: admin}
}
