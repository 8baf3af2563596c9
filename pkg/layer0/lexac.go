package layer0

import (
	_ "embed"
	binenc "encoding/binary"
	"errors"
)

// The automaton of the lexicon's ASCII terms is generated with the
// lexicon's tables (TestLexiconTablesGenerated writes lexicon_ac.bin):
// built at run time it took about 8 ms of CPU for its 7,500 terms and
// 48,000 states, paid by a process's first classification; decoded, it
// takes a fraction of a millisecond. It is used only when lexicon_gen.go
// was made from the lexicons compiled in (the file carries their sum) and
// built from the terms otherwise. The automaton of all terms, which the
// first text that is not ASCII needs, is still built then: a process that
// only ever sees English never pays for it.

//go:embed lexicon_ac.bin
var embeddedLexAC string

// lexACMagic names the file format.
const lexACMagic = "LXA1"

// encodeLexAC is the file for the lexicon whose sources sum to sum.
func encodeLexAC(sum string, m *acMatcher) []byte {
	b := []byte(lexACMagic)
	b = binenc.AppendUvarint(b, uint64(len(sum)))
	b = append(b, sum...)
	b = append(b, m.class[:]...)
	for _, v := range [...]int{m.nclass, m.dense, m.nstates, len(m.next16), len(m.next), len(m.outs)} {
		b = binenc.AppendUvarint(b, uint64(v))
	}
	for _, v := range m.next16 {
		b = binenc.AppendUvarint(b, uint64(v))
	}
	for _, v := range m.next {
		b = binenc.AppendUvarint(b, uint64(v))
	}
	for s := 0; s < m.nstates; s++ {
		b = binenc.AppendUvarint(b, uint64(m.first[s]))
		b = binenc.AppendUvarint(b, uint64(m.nchild[s]))
		b = append(b, m.inClass[s])
		b = binenc.AppendUvarint(b, uint64(m.fail[s]))
		b = binenc.AppendUvarint(b, uint64(m.outStart[s+1]-m.outStart[s]))
	}
	for _, o := range m.outs {
		b = binenc.AppendUvarint(b, uint64(o.rule))
		b = binenc.AppendUvarint(b, uint64(o.length))
		flags := o.req << 1
		if o.wordStart {
			flags |= 1
		}
		b = append(b, flags)
	}
	return b
}

var errLexAC = errors.New("layer0: lexicon automaton file is damaged")

// decodeLexAC reads the automaton of a file made by encodeLexAC; ok is
// false when the file was made from other sources than sum.
func decodeLexAC(file, sum string) (m *acMatcher, ok bool, err error) {
	if len(file) < len(lexACMagic) || file[:len(lexACMagic)] != lexACMagic {
		return nil, false, errLexAC
	}
	b := file[len(lexACMagic):] // read in place: varints straight from the string
	slow := func() int {
		var v uint64
		for shift := uint(0); shift < 35; shift += 7 {
			if len(b) == 0 {
				break
			}
			c := b[0]
			b = b[1:]
			v |= uint64(c&0x7f) << shift
			if c < 0x80 {
				if v > 1<<31 {
					break
				}
				return int(v)
			}
		}
		err, b = errLexAC, ""
		return 0
	}
	next := func() int {
		if len(b) > 0 && b[0] < 0x80 { // most numbers fit one byte
			c := b[0]
			b = b[1:]
			return int(c)
		}
		return slow()
	}
	byteAt := func() uint8 {
		if len(b) == 0 {
			err = errLexAC
			return 0
		}
		c := b[0]
		b = b[1:]
		return c
	}
	n := next()
	if err != nil || len(b) < n {
		return nil, false, errLexAC
	}
	if b[:n] != sum {
		return nil, false, nil
	}
	b = b[n:]
	if len(b) < 256 {
		return nil, false, errLexAC
	}
	m = &acMatcher{}
	copy(m.class[:], b[:256])
	b = b[256:]
	m.nclass, m.dense, m.nstates = next(), next(), next()
	n16, n32, nouts := next(), next(), next()
	if err != nil || m.nstates > len(b) || n16+n32 > len(b) || nouts > len(b) {
		return nil, false, errLexAC
	}
	if n16 > 0 {
		m.next16 = make([]uint16, n16)
		for i := range m.next16 {
			m.next16[i] = uint16(next())
		}
	}
	if n32 > 0 {
		m.next = make([]int32, n32)
		for i := range m.next {
			m.next[i] = int32(next())
		}
	}
	ns := m.nstates
	m.first, m.nchild, m.inClass, m.fail = make([]int32, ns), make([]uint16, ns), make([]uint8, ns), make([]int32, ns)
	m.outStart, m.hasOut = make([]int32, ns+1), make([]uint64, (ns+63)/64)
	for s := 0; s < ns; s++ {
		m.first[s] = int32(next())
		m.nchild[s] = uint16(next())
		m.inClass[s] = byteAt()
		m.fail[s] = int32(next())
		k := next()
		m.outStart[s+1] = m.outStart[s] + int32(k)
		if k > 0 {
			m.hasOut[s>>6] |= 1 << (uint(s) & 63)
		}
	}
	if err != nil || int(m.outStart[ns]) != nouts {
		return nil, false, errLexAC
	}
	m.outs = make([]acOut, nouts)
	for i := range m.outs {
		o := &m.outs[i]
		o.rule, o.length = int32(next()), int32(next())
		flags := byteAt()
		o.wordStart, o.req = flags&1 != 0, flags>>1
	}
	if err != nil || len(b) != 0 || !m.valid() {
		return nil, false, errLexAC
	}
	return m, true, nil
}

// valid reports whether every state, class and output m refers to exists,
// so that a scan cannot index out of range.
func (m *acMatcher) valid() bool {
	ns, nc := int32(m.nstates), m.nclass
	if ns < 1 || nc < 1 || nc > 256 || m.dense > m.nstates || len(m.next16)+len(m.next) != m.dense*nc {
		return false
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
