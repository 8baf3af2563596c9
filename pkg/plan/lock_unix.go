//go:build unix

package plan

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockFile takes an exclusive advisory lock, waiting for it. Replicas that
// share the state folder serialise through it; a crashed process releases it.
func lockFile(path string) (func(), error) {
	return takeLock(path, syscall.LOCK_EX)
}

// tryLock takes the lock if it is free; ok is false when another holder has it.
func tryLock(path string) (unlock func(), ok bool, err error) {
	u, err := takeLock(path, syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return u, true, nil
}

func takeLock(path string, how int) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), how); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
