package layer0

import (
	"syscall"
	"time"
)

// threadCPU is the CPU time of the calling thread. Benchmarks report it
// beside wall time because shared machines make wall time noisy.
func threadCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
