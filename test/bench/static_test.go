package bench

import (
	"os"
	"path/filepath"
	"testing"
)

// TestBinariesAreStatic checks the built binaries (CFPLANE_BIN, set by `make
// bench`) have no dynamic loader: they are built with CGO_ENABLED=0 and run
// in any image, distroless or scratch included.
func TestBinariesAreStatic(t *testing.T) {
	dir := os.Getenv("CFPLANE_BIN")
	if dir == "" {
		t.Skip("CFPLANE_BIN is not set; run `make bench`")
	}
	for _, name := range append([]string{"cfsim"}, servers...) {
		static, err := isStatic(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !static {
			t.Errorf("%s is dynamically linked; build it with CGO_ENABLED=0", name)
		}
	}
}
