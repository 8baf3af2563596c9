package safe

import (
	_ "embed"

	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// schemaFile holds this server's tool schemas, generated from the Go types
// by the tool-definition tests (UPDATE_TOOLSNAPS=true), so they are not
// reflected at every start.
//
//go:embed __toolsnaps__/schemas.json
var schemaFile []byte

func init() { mcpkit.RegisterSchemas(schemaFile) }
