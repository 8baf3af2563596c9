package keyfile

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// Many writers, one file: one wins, the others see os.ErrExist, the file
// holds one writer's whole content, and no temporary file is left.
func TestPublishOneWinner(t *testing.T) {
	for round := 0; round < 20; round++ {
		dir := t.TempDir()
		path := filepath.Join(dir, "k")
		const n = 16
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = Publish(path, []byte{byte('a' + i), byte('a' + i), '\n'}, 0o600)
			}()
		}
		wg.Wait()
		won := 0
		for _, err := range errs {
			switch {
			case err == nil:
				won++
			case !errors.Is(err, os.ErrExist):
				t.Fatal(err)
			}
		}
		b, err := os.ReadFile(path)
		if err != nil || won != 1 || len(b) != 3 || b[0] != b[1] {
			t.Fatalf("round %d: %d winners, file %q, %v", round, won, b, err)
		}
		st, _ := os.Stat(path)
		if st.Mode().Perm() != 0o600 {
			t.Fatalf("mode %v", st.Mode())
		}
		if es, _ := os.ReadDir(dir); len(es) != 1 {
			t.Fatalf("round %d: %d files left", round, len(es))
		}
	}
}
