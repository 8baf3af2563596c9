package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// The store sends every parameter and reads every result column in
// PostgreSQL's binary format, which for the few types it uses is simple
// and exact: text and bytea are their bytes, bigint and integer big-endian
// integers, boolean one byte, timestamptz the microseconds since
// 2000-01-01 00:00:00 UTC as a bigint, arrays a small header and their
// elements. Each parameter names its type, so the server never guesses.

// Type OIDs (pg_type.oid) of the values the store sends and reads.
const (
	oidBool        = 16
	oidBytea       = 17
	oidInt8        = 20
	oidInt4        = 23
	oidText        = 25
	oidByteaArray  = 1001
	oidInt8Array   = 1016
	oidTimestamptz = 1184
)

// pgEpoch is PostgreSQL's zero timestamp, 2000-01-01 00:00:00 UTC, in Unix
// seconds.
const pgEpoch = 946_684_800

// param is one query parameter in binary format; a nil val is NULL.
type param struct {
	oid uint32
	val []byte
}

// textParam: a string; an empty one is the empty string, never NULL.
func textParam(s string) param {
	return param{oidText, append(make([]byte, 0, len(s)), s...)}
}

// byteaParam: raw bytes; nil is NULL (see nonNil).
func byteaParam(b []byte) param { return param{oidBytea, b} }

func int8Param(n int64) param { return param{oidInt8, binary.BigEndian.AppendUint64(nil, uint64(n))} }

func int4Param(n int32) param { return param{oidInt4, binary.BigEndian.AppendUint32(nil, uint32(n))} }

// timeParam: t rounded down to the microsecond.
func timeParam(t time.Time) param {
	us := (t.Unix()-pgEpoch)*1_000_000 + int64(t.Nanosecond())/1000
	return param{oidTimestamptz, binary.BigEndian.AppendUint64(nil, uint64(us))}
}

// int8ArrayParam: a one-dimensional bigint[].
func int8ArrayParam(ns []int64) param {
	b := arrayHeader(oidInt8, len(ns))
	for _, n := range ns {
		b = binary.BigEndian.AppendUint32(b, 8)
		b = binary.BigEndian.AppendUint64(b, uint64(n))
	}
	return param{oidInt8Array, b}
}

// byteaArrayParam: a one-dimensional bytea[]; nil elements are NULL.
func byteaArrayParam(bs [][]byte) param {
	b := arrayHeader(oidBytea, len(bs))
	for _, e := range bs {
		if e == nil {
			b = binary.BigEndian.AppendUint32(b, 0xFFFFFFFF) // -1: NULL
			continue
		}
		b = binary.BigEndian.AppendUint32(b, uint32(len(e)))
		b = append(b, e...)
	}
	return param{oidByteaArray, b}
}

// arrayHeader is array_recv's header: dimensions, a has-NULLs flag (which
// the server ignores), the element type, then per dimension its length
// and lower bound. An empty array has no dimensions.
func arrayHeader(elem uint32, n int) []byte {
	var b []byte
	if n == 0 {
		b = binary.BigEndian.AppendUint32(b, 0)
		b = binary.BigEndian.AppendUint32(b, 0)
		return binary.BigEndian.AppendUint32(b, elem)
	}
	b = binary.BigEndian.AppendUint32(b, 1)
	b = binary.BigEndian.AppendUint32(b, 0)
	b = binary.BigEndian.AppendUint32(b, elem)
	b = binary.BigEndian.AppendUint32(b, uint32(n))
	return binary.BigEndian.AppendUint32(b, 1)
}

// errNoRows: a query that should have returned a row returned none.
var errNoRows = errors.New("no rows in result set")

// row reads one result row's columns (binary format). The first malformed
// or unexpectedly NULL column is kept in err and the later reads return
// zero values.
type row struct {
	vals [][]byte
	err  error
}

func (r *row) col(i int, size int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if i >= len(r.vals) {
		r.err = fmt.Errorf("result column %d is missing", i+1)
		return nil
	}
	v := r.vals[i]
	switch {
	case v == nil:
		r.err = fmt.Errorf("result column %d (%s) is NULL", i+1, what)
	case size >= 0 && len(v) != size:
		r.err = fmt.Errorf("result column %d (%s) has %d bytes, want %d", i+1, what, len(v), size)
	}
	if r.err != nil {
		return nil
	}
	return v
}

// text reads a text column that is NOT NULL.
func (r *row) text(i int) string { return string(r.col(i, -1, "text")) }

// nullText reads a nullable text column: nil for NULL.
func (r *row) nullText(i int) *string {
	if r.err == nil && i < len(r.vals) && r.vals[i] == nil {
		return nil
	}
	s := r.text(i)
	return &s
}

// bytes reads a bytea column: nil for NULL, otherwise a slice of its own
// (empty, not nil, for an empty value).
func (r *row) bytes(i int) []byte {
	if r.err != nil {
		return nil
	}
	if i >= len(r.vals) {
		r.err = fmt.Errorf("result column %d is missing", i+1)
		return nil
	}
	if r.vals[i] == nil {
		return nil
	}
	return append(make([]byte, 0, len(r.vals[i])), r.vals[i]...)
}

func (r *row) int8(i int) int64 { return int64(binary.BigEndian.Uint64(pad(r.col(i, 8, "bigint"), 8))) }

func (r *row) int4(i int) int32 {
	return int32(binary.BigEndian.Uint32(pad(r.col(i, 4, "integer"), 4)))
}

func (r *row) boolean(i int) bool { v := r.col(i, 1, "boolean"); return len(v) == 1 && v[0] != 0 }

// time reads a timestamptz column, in UTC.
func (r *row) time(i int) time.Time {
	v := r.col(i, 8, "timestamptz")
	if v == nil {
		return time.Time{}
	}
	us := int64(binary.BigEndian.Uint64(v))
	return time.Unix(pgEpoch+us/1_000_000, us%1_000_000*1000).UTC()
}

// pad gives the zero value's bytes when a column could not be read.
func pad(v []byte, n int) []byte {
	if len(v) == n {
		return v
	}
	return make([]byte, n)
}
