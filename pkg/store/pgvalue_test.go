package store

import (
	"bytes"
	"encoding/hex"
	"testing"
	"time"
)

func TestParamEncodings(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    param
		oid  uint32
		hex  string
	}{
		{"text", textParam("zé"), oidText, "7ac3a9"},
		{"int8", int8Param(-2), oidInt8, "fffffffffffffffe"},
		{"int4", int4Param(7), oidInt4, "00000007"},
		{"bytea", byteaParam([]byte{0, 1}), oidBytea, "0001"},
		{"timestamptz at PostgreSQL's epoch", timeParam(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)), oidTimestamptz, "0000000000000000"},
		// 1.5 s later, in another zone: the instant counts, not the zone.
		{"timestamptz", timeParam(time.Date(2000, 1, 1, 1, 0, 1, 500_000_000, time.FixedZone("CET", 3600))), oidTimestamptz, "000000000016e360"},
		// Nanoseconds round down to the microsecond, also before 2000.
		{"timestamptz before 2000", timeParam(time.Date(1999, 12, 31, 23, 59, 59, 999_999_999, time.UTC)), oidTimestamptz, "ffffffffffffffff"},
		{"bigint[]", int8ArrayParam([]int64{1, 2}), oidInt8Array,
			"00000001" + "00000000" + "00000014" + "00000002" + "00000001" + "00000008" + "0000000000000001" + "00000008" + "0000000000000002"},
		{"empty bigint[]", int8ArrayParam(nil), oidInt8Array, "00000000" + "00000000" + "00000014"},
		{"bytea[]", byteaArrayParam([][]byte{{0xab}, nil, {}}), oidByteaArray,
			"00000001" + "00000000" + "00000011" + "00000003" + "00000001" + "00000001" + "ab" + "ffffffff" + "00000000"},
	} {
		if tc.p.oid != tc.oid || hex.EncodeToString(tc.p.val) != tc.hex {
			t.Errorf("%s: oid %d %x, want %d %s", tc.name, tc.p.oid, tc.p.val, tc.oid, tc.hex)
		}
	}
	// An empty string is '', a nil bytea NULL (bodies go through nonNil).
	if textParam("").val == nil {
		t.Error("an empty string would be sent as NULL")
	}
	if byteaParam(nil).val != nil || byteaParam(nonNil(nil)).val == nil {
		t.Error("nil and empty bytea")
	}
}

func TestRowDecoding(t *testing.T) {
	h := func(s string) []byte { b, _ := hex.DecodeString(s); return b }
	r := row{vals: [][]byte{
		[]byte("p1"), nil, {}, h("0000000000000002"), h("0000002a"), {1},
		h("000000000016e361"), h("ffffffffffffffff"), h("ff1fe2ffc59c6000"),
	}}
	if r.text(0) != "p1" || r.nullText(1) != nil || *r.nullText(0) != "p1" {
		t.Error("text")
	}
	if b := r.bytes(1); b != nil {
		t.Errorf("NULL bytea read as %q", b)
	}
	if b := r.bytes(2); b == nil || len(b) != 0 {
		t.Errorf("empty bytea read as %#v", b)
	}
	if r.int8(3) != 2 || r.int4(4) != 42 || !r.boolean(5) {
		t.Error("numbers")
	}
	want := time.Date(2000, 1, 1, 0, 0, 1, 500_001_000, time.UTC)
	if got := r.time(6); got != want {
		t.Errorf("time %v (%v), want %v in UTC", got, got.Location(), want)
	}
	if got := r.time(7); got != time.Date(1999, 12, 31, 23, 59, 59, 999_999_000, time.UTC) {
		t.Errorf("time before 2000: %v", got)
	}
	// Go's zero time (0001-01-01) round-trips.
	if got := r.time(8); !got.IsZero() || hex.EncodeToString(timeParam(time.Time{}).val) != "ff1fe2ffc59c6000" {
		t.Errorf("the zero time: %v %x", got, timeParam(time.Time{}).val)
	}
	if r.err != nil {
		t.Fatal(r.err)
	}
	// The bytes read are the row's copy, not the wire buffer.
	b := r.bytes(0)
	b[0] = 'x'
	if !bytes.Equal(r.vals[0], []byte("p1")) {
		t.Error("bytes aliases the row")
	}

	// A NULL where none is allowed, or a wrong size, is an error.
	for i, bad := range []func(r *row){
		func(r *row) { r.text(1) },
		func(r *row) { r.int8(4) },
		func(r *row) { r.time(1) },
		func(r *row) { r.boolean(9) },
	} {
		r := row{vals: r.vals}
		bad(&r)
		if r.err == nil {
			t.Errorf("case %d: no error", i)
		}
	}
}
