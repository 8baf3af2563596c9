// Package stackgrow grows a goroutine's stack once, while the goroutine is
// still shallow, so the runtime does not grow it step by step later.
//
// A goroutine starts with a 2 KB stack. Each time it needs more, the runtime
// copies the stack to one twice the size and, to adjust the copy, reads the
// function table and stack maps of every frame on it. Those tables are laid
// out in the order of the code, so the frames of a deep call (package
// initialisation, JSON encoding by reflection, building Layer0) fault in
// pages of the binary from all over it, 64 KB at a time. Growing to 32 KB
// in one step at the start reads the tables of two or three frames instead.
// Measured side by side (`make bench`), this takes about 0.6 MB off each
// server's RSS after tools/list.
//
// The package imports nothing, so its init runs among the first of a
// program's packages: the main goroutine's stack is grown before the other
// packages' initialisation runs on it.
package stackgrow

// frame is the size of grow's frame: with the frames below it, more than 16
// KB, so one growth takes the stack straight to 32 KB.
const frame = 20 << 10

func init() { Grow() }

// Grow grows the calling goroutine's stack to at least 32 KB in one step,
// unless it is that large already. It costs a copy of the frames on the
// stack and the zeroing of 20 KB.
//
//go:noinline
func Grow() { sink = grow(int(sink)) }

// sink keeps grow's result live so the compiler cannot drop its frame.
var sink byte

//go:noinline
func grow(i int) byte {
	var b [frame]byte
	b[i&1023] = 1
	return b[frame-1-i&1023]
}
