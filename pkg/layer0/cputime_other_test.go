//go:build !linux

package layer0

import "time"

func threadCPU() (time.Duration, bool) { return 0, false }
