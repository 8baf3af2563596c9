package layer0

import (
	_ "embed"
	binenc "encoding/binary"
	"errors"
	"unsafe"
)

// The automaton of the lexicon's ASCII terms is generated with the
// lexicon's tables (TestLexiconTablesGenerated writes lexicon_ac.bin):
// built at run time it took about 8 ms of CPU for its 7,500 terms and
// 48,000 states, paid by a process's first classification; read in place
// (below), it costs the check of its references. It is used only when lexicon_gen.go
// was made from the lexicons compiled in (the file carries their sum) and
// built from the terms otherwise. The automaton of all terms, which the
// first text that is not ASCII needs, is still built then: a process that
// only ever sees English never pays for it.

//go:embed lexicon_ac.bin
var embeddedLexAC string

// lexACMagic names the file format.
const lexACMagic = "LXA2"

// The file holds the automaton's tables as little-endian arrays, each at an
// offset that is a multiple of 8, after a header of varints: on a
// little-endian machine whose copy of the file is 8-byte aligned (the
// embedded one is), the matcher's slices are the file itself, read in
// place, with nothing decoded or allocated (0.16 ms, the check of its
// references). Decoding the varint file this replaced took 1.25 ms and 1
// MB of fresh memory in a process's first classification; this file is
// twice its size (970 KB).
//
//	"LXA2" uvarint(len(sum)) sum class[256]
//	uvarint: nclass dense nstates len(next16) len(next) len(outs)
//	then, each padded to 8 bytes: next16 []uint16, next []int32,
//	first []int32, nchild []uint16, inClass []uint8, fail []int32,
//	outStart []int32 (nstates+1), hasOut []uint64, outs (12 bytes each:
//	rule int32, length int32, wordStart 0|1, req, 2 zero bytes)

// encodeAC is the file of automaton m, made from sources that sum to sum
// (the lexicon's, or a classifier's anchors: rulesac.go).
func encodeAC(sum string, m *acMatcher) []byte {
	b := []byte(lexACMagic)
	b = binenc.AppendUvarint(b, uint64(len(sum)))
	b = append(b, sum...)
	b = append(b, m.class[:]...)
	for _, v := range [...]int{m.nclass, m.dense, m.nstates, len(m.next16), len(m.next), len(m.outs)} {
		b = binenc.AppendUvarint(b, uint64(v))
	}
	pad := func() {
		for len(b)%8 != 0 {
			b = append(b, 0)
		}
	}
	put16 := func(a []uint16) {
		pad()
		for _, v := range a {
			b = binenc.LittleEndian.AppendUint16(b, v)
		}
	}
	put32 := func(a []int32) {
		pad()
		for _, v := range a {
			b = binenc.LittleEndian.AppendUint32(b, uint32(v))
		}
	}
	put16(m.next16)
	put32(m.next)
	put32(m.first)
	put16(m.nchild)
	pad()
	b = append(b, m.inClass...)
	put32(m.fail)
	put32(m.outStart)
	pad()
	for _, v := range m.hasOut {
		b = binenc.LittleEndian.AppendUint64(b, v)
	}
	pad()
	for _, o := range m.outs {
		b = binenc.LittleEndian.AppendUint32(b, uint32(o.rule))
		b = binenc.LittleEndian.AppendUint32(b, uint32(o.length))
		w := byte(0)
		if o.wordStart {
			w = 1
		}
		b = append(b, w, o.req, 0, 0)
	}
	return b
}

var errAC = errors.New("layer0: automaton file is damaged")

// decodeAC reads the automaton of a file made by encodeAC; ok is
// false when the file was made from other sources than sum. The matcher's
// tables may be the file's own bytes (see above): it must not be written.
func decodeAC(file, sum string) (m *acMatcher, ok bool, err error) {
	if len(file) < len(lexACMagic) || file[:len(lexACMagic)] != lexACMagic {
		return nil, false, errAC
	}
	b := file[len(lexACMagic):]
	n, k := binenc.Uvarint([]byte(b[:min(len(b), binenc.MaxVarintLen64)]))
	if k <= 0 || n > uint64(len(b)-k) {
		return nil, false, errAC
	}
	if b[k:k+int(n)] != sum {
		return nil, false, nil
	}
	b = b[k+int(n):]
	if len(b) < 256 {
		return nil, false, errAC
	}
	m = &acMatcher{}
	copy(m.class[:], b[:256])
	b = b[256:]
	var head [6]int
	for i := range head {
		v, k := binenc.Uvarint([]byte(b[:min(len(b), binenc.MaxVarintLen64)]))
		if k <= 0 || v > 1<<28 {
			return nil, false, errAC
		}
		head[i], b = int(v), b[k:]
	}
	m.nclass, m.dense, m.nstates = head[0], head[1], head[2]
	n16, n32, nouts, ns := head[3], head[4], head[5], head[2]
	r := arrayReader{file: file, off: len(file) - len(b)}
	m.next16 = readArray[uint16](&r, n16, 2)
	m.next = readArray[int32](&r, n32, 4)
	m.first = readArray[int32](&r, ns, 4)
	m.nchild = readArray[uint16](&r, ns, 2)
	m.inClass = readArray[uint8](&r, ns, 1)
	m.fail = readArray[int32](&r, ns, 4)
	m.outStart = readArray[int32](&r, ns+1, 4)
	m.hasOut = readArray[uint64](&r, (ns+63)/64, 8)
	outs := r.take(nouts, 12)
	if r.bad || r.off != len(file) {
		return nil, false, errAC
	}
	for i := 0; i < nouts; i++ {
		if outs[12*i+8] > 1 { // wordStart is a bool
			return nil, false, errAC
		}
	}
	if p := unsafe.Pointer(unsafe.StringData(outs)); nouts > 0 && littleEndian() && outRecordIsStruct && uintptr(p)%4 == 0 {
		m.outs = unsafe.Slice((*acOut)(p), nouts)
	} else if nouts > 0 {
		m.outs = make([]acOut, nouts)
		for i := range m.outs {
			rec := outs[12*i : 12*i+12]
			m.outs[i] = acOut{rule: int32(binenc.LittleEndian.Uint32([]byte(rec[:4]))), length: int32(binenc.LittleEndian.Uint32([]byte(rec[4:8]))), wordStart: rec[8] == 1, req: rec[9]}
		}
	}
	if !m.valid() {
		return nil, false, errAC
	}
	return m, true, nil
}

// arrayReader takes the 8-byte aligned arrays of a file in turn.
type arrayReader struct {
	file string
	off  int
	bad  bool
}

// take returns the next n elements of size bytes, after the padding to 8
// bytes that precedes every array.
func (r *arrayReader) take(n, size int) string {
	if r.bad {
		return ""
	}
	r.off = (r.off + 7) &^ 7
	if r.off > len(r.file) || n < 0 || n > (len(r.file)-r.off)/size {
		r.bad = true
		return ""
	}
	s := r.file[r.off : r.off+n*size]
	r.off += n * size
	return s
}

// littleEndian reports whether this machine stores integers as the file
// does.
func littleEndian() bool { x := uint16(1); return *(*byte)(unsafe.Pointer(&x)) == 1 }

// outRecordIsStruct reports whether acOut is laid out as the file's
// records are, so that they can be read in place.
const outRecordIsStruct = unsafe.Sizeof(acOut{}) == 12 && unsafe.Offsetof(acOut{}.length) == 4 &&
	unsafe.Offsetof(acOut{}.wordStart) == 8 && unsafe.Offsetof(acOut{}.req) == 9

// readArray returns the next array of n elements of T (size bytes each):
// the file's own bytes when the machine is little-endian and they are
// aligned for T, a decoded copy otherwise. Nil when n is 0.
func readArray[T uint8 | uint16 | int32 | uint64](r *arrayReader, n, size int) []T {
	s := r.take(n, size)
	if n == 0 || r.bad {
		return nil
	}
	p := unsafe.Pointer(unsafe.StringData(s))
	if littleEndian() && uintptr(p)%uintptr(size) == 0 {
		return unsafe.Slice((*T)(p), n)
	}
	out := make([]T, n)
	for i := range out {
		switch size {
		case 1:
			out[i] = T(s[i])
		case 2:
			out[i] = T(binenc.LittleEndian.Uint16([]byte(s[2*i:])))
		case 4:
			out[i] = T(binenc.LittleEndian.Uint32([]byte(s[4*i:])))
		default:
			out[i] = T(binenc.LittleEndian.Uint64([]byte(s[8*i:])))
		}
	}
	return out
}

// valid reports whether every state, class and output m refers to exists,
// so that a scan cannot index out of range.
func (m *acMatcher) valid() bool {
	ns, nc := int32(m.nstates), m.nclass
	if ns < 1 || nc < 1 || nc > 256 || m.dense > m.nstates || len(m.next16)+len(m.next) != m.dense*nc {
		return false
	}
	if len(m.first) != int(ns) || len(m.nchild) != int(ns) || len(m.inClass) != int(ns) || len(m.fail) != int(ns) ||
		len(m.outStart) != int(ns)+1 || len(m.hasOut) != (int(ns)+63)/64 {
		return false
	}
	// each state's outputs are a range of outs, in order
	if m.outStart[0] != 0 || int(m.outStart[ns]) != len(m.outs) {
		return false
	}
	for s := range ns {
		if m.outStart[s] > m.outStart[s+1] {
			return false
		}
	}
	for _, c := range m.class {
		if int(c) >= nc {
			return false
		}
	}
	for _, t := range m.next16 {
		if int32(t) >= ns {
			return false
		}
	}
	for _, t := range m.next {
		if t < 0 || t >= ns {
			return false
		}
	}
	for s := range ns {
		// a failure link leads to a shallower state, numbered earlier
		if s > 0 && (m.fail[s] < 0 || m.fail[s] >= s) || s == 0 && m.fail[s] != 0 {
			return false
		}
		if m.first[s] < 0 || int64(m.first[s])+int64(m.nchild[s]) > int64(ns) || int(m.inClass[s]) >= nc {
			return false
		}
	}
	return true
}
