// Package keyfile publishes a file whole: written to a new file beside its
// path, synced, and hard-linked into place. Processes that start together
// on one state directory and each make a key race safely: exactly one link
// wins, the others get os.ErrExist and read the winner's file, and no one
// ever reads a file half written.
package keyfile

import (
	"errors"
	"os"
	"path/filepath"
)

// Publish creates path with content and mode, or returns an error wrapping
// os.ErrExist when path exists already (it is never replaced).
func Publish(path string, content []byte, mode os.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".key-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return err
	}
	_, werr := f.Write(content)
	if err := errors.Join(werr, f.Sync(), f.Close()); err != nil {
		return err
	}
	return os.Link(tmp, path)
}
