package telemetry

// The protobuf wire format, as much of it as the OTLP exporter writes and
// reads: tags, varints, fixed 32/64-bit values and length-delimited bytes
// (https://protobuf.dev/programming-guides/encoding/).
//
// Why not google.golang.org/protobuf/encoding/protowire: its package inits
// (protowire's own errors, built with fmt, and protobuf's internal/errors
// and detrand) run at every start of every server that links telemetry, and
// page in code and data of the binary before the first tool is listed;
// these few functions do not need them. wire_test.go checks them against
// protowire, byte for byte, on random input.

import (
	"encoding/binary"
	"math"
)

// wireNum is a field number; wireType is a wire type.
type (
	wireNum  int32
	wireType int8
)

const (
	wireVarint  wireType = 0
	wireFixed64 wireType = 1
	wireBytes   wireType = 2
	wireStart   wireType = 3 // start group (deprecated, skipped when read)
	wireEnd     wireType = 4 // end group
	wireFixed32 wireType = 5
)

// errWire is the length a consume function returns for malformed input.
const errWire = -1

func appendUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func appendTag(b []byte, num wireNum, typ wireType) []byte {
	return appendUvarint(b, uint64(num)<<3|uint64(typ&7))
}

func appendWireBytes(b []byte, v []byte) []byte {
	return append(appendUvarint(b, uint64(len(v))), v...)
}

func appendWireString(b []byte, v string) []byte {
	return append(appendUvarint(b, uint64(len(v))), v...)
}

func appendWireFixed32(b []byte, v uint32) []byte {
	return binary.LittleEndian.AppendUint32(b, v)
}

func appendWireFixed64(b []byte, v uint64) []byte {
	return binary.LittleEndian.AppendUint64(b, v)
}

// consumeUvarint reads a varint of at most 10 bytes; n is errWire when b
// ends inside it or it overflows 64 bits.
func consumeUvarint(b []byte) (v uint64, n int) {
	for i := 0; i < len(b) && i < 10; i++ {
		c := b[i]
		if i == 9 && c > 1 {
			return 0, errWire
		}
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1
		}
	}
	return 0, errWire
}

// consumeTag reads a tag. A field number is at least 1; like protowire,
// the reader takes numbers up to 2^31-1, above the 2^29-1 a writer may use.
func consumeTag(b []byte) (wireNum, wireType, int) {
	v, n := consumeUvarint(b)
	if n < 0 || v>>3 == 0 || v>>3 > math.MaxInt32 {
		return 0, 0, errWire
	}
	return wireNum(v >> 3), wireType(v & 7), n
}

func consumeWireString(b []byte) (string, int) {
	v, n := consumeWireBytes(b)
	return string(v), n
}

func boolVarint(v bool) uint64 {
	if v {
		return 1
	}
	return 0
}

func consumeWireBytes(b []byte) ([]byte, int) {
	l, n := consumeUvarint(b)
	if n < 0 || l > uint64(len(b)-n) {
		return nil, errWire
	}
	return b[n : n+int(l)], n + int(l)
}

// consumeFieldValue returns the length of the value of field num, of wire
// type typ, at the start of b: for a group, up to and with its end tag.
func consumeFieldValue(num wireNum, typ wireType, b []byte) int {
	return consumeValue(num, typ, b, 0)
}

func consumeValue(num wireNum, typ wireType, b []byte, depth int) int {
	switch typ {
	case wireVarint:
		_, n := consumeUvarint(b)
		return n
	case wireFixed32:
		if len(b) < 4 {
			return errWire
		}
		return 4
	case wireFixed64:
		if len(b) < 8 {
			return errWire
		}
		return 8
	case wireBytes:
		_, n := consumeWireBytes(b)
		return n
	case wireStart:
		if depth >= 100 {
			return errWire
		}
		total := 0
		for {
			num2, typ2, n := consumeTag(b)
			if n < 0 {
				return errWire
			}
			b, total = b[n:], total+n
			if typ2 == wireEnd {
				if num2 != num {
					return errWire
				}
				return total
			}
			m := consumeValue(num2, typ2, b, depth+1)
			if m < 0 {
				return errWire
			}
			b, total = b[m:], total+m
		}
	}
	return errWire
}
