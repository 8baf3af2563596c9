package redact

import (
	"bytes"
	"io"
	"sync"
)

// maxBuffered is how many bytes of an unfinished line a Writer holds before
// it forwards the older part of it.
const maxBuffered = 64 << 10

// minTail is the least a Writer keeps back from an unfinished line, so that a
// secret split across Write calls is still seen whole.
const minTail = 1024

// hardLimit bounds the memory a Writer holds for a single unfinished line.
const hardLimit = 16 * maxBuffered

// Writer redacts everything written through it before forwarding it to the
// underlying writer. It forwards whole lines; an unfinished line is held until
// its newline arrives, Flush or Close is called, or it grows past 64 KiB (then
// all but a tail longer than any secret is forwarded). A secret split across
// two Write calls is therefore still redacted. Writer is safe for concurrent
// use.
type Writer struct {
	r   *Redactor
	w   io.Writer
	mu  sync.Mutex
	buf []byte
	// next is the buffered size at which an unfinished line is next
	// examined for a cut; it doubles while no cut is possible so that one
	// very long line costs O(n log n), not O(n²).
	next int
}

// Writer returns a redacting writer in front of w. Call Flush (or Close) when
// done so that a final line without a newline is forwarded.
func (r *Redactor) Writer(w io.Writer) *Writer {
	return &Writer{r: r, w: w}
}

// Write buffers p and forwards every completed line, redacted. It reports
// len(p) on success.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, p...)
	if i := bytes.LastIndexByte(w.buf, '\n'); i >= 0 {
		if err := w.emit(i + 1); err != nil {
			return 0, err
		}
	}
	if w.next < maxBuffered {
		w.next = maxBuffered
	}
	if len(w.buf) > w.next {
		cut := w.safeCut()
		if cut <= 0 {
			w.next *= 2
		} else {
			w.next = maxBuffered
		}
		if err := w.emit(cut); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// safeCut picks how much of an over-long unfinished line may be forwarded:
// everything but a tail longer than the longest secret, moved back so that no
// secret found in the buffer straddles the cut.
func (w *Writer) safeCut() int {
	w.r.mu.RLock()
	tail := 2 * w.r.maxLen
	w.r.mu.RUnlock()
	if tail < minTail {
		tail = minTail
	}
	cut := len(w.buf) - tail
	if cut <= 0 {
		return 0
	}
	for _, x := range w.r.spans(string(w.buf)) {
		if x.ctx < cut && cut < x.end {
			cut = x.ctx
		}
	}
	if cut <= 0 && len(w.buf) > hardLimit {
		// One secret-shaped value fills the whole buffer: forward it
		// (redacted) rather than hold memory without bound.
		cut = len(w.buf)
	}
	return cut
}

// emit forwards the first n buffered bytes, redacted, and keeps the rest.
func (w *Writer) emit(n int) error {
	if n <= 0 {
		return nil
	}
	out := w.r.Bytes(w.buf[:n])
	_, err := w.w.Write(out)
	rest := copy(w.buf, w.buf[n:])
	w.buf = w.buf[:rest]
	return err
}

// Flush forwards any buffered, unfinished line, redacted.
func (w *Writer) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.emit(len(w.buf))
}

// Close flushes and, if the underlying writer is an io.Closer, closes it.
func (w *Writer) Close() error {
	err := w.Flush()
	if c, ok := w.w.(io.Closer); ok {
		if cerr := c.Close(); err == nil {
			err = cerr
		}
	}
	return err
}
