package plan

import (
	"strings"
	"testing"
	"time"
)

func FuzzParseBIND(f *testing.F) {
	for _, s := range []string{
		"$ORIGIN example.com.\n@ 300 IN A 192.0.2.1\n",
		"www IN CNAME example.com. ; cf_tags=cf-proxied:true\n",
		"@ IN SOA ns. dns. ( 1 2\n 3 4 5 )\n",
		"  IN TXT \"a;b\" \"c\\\"d\"\n",
		"_s._tcp IN SRV 1 2 3 t.example.com.\n@ IN MX 10 mx\n",
		"$TTL x\n", "(", "\"", "x IN", "$ORIGIN\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		recs, _, err := ParseBIND("example.com", text)
		if err != nil {
			if recs != nil {
				t.Fatal("records returned with an error")
			}
			return
		}
		for _, r := range recs {
			if r.Record.Type == "" || r.Record.Name == "" || r.Line < 1 {
				t.Fatalf("incomplete record %+v", r)
			}
		}
	})
}

func FuzzNormalizeRecord(f *testing.F) {
	f.Add("CAA", "@", `0 issue "letsencrypt.org"`, "")
	f.Add("SRV", "_sip._tcp", "5 5060 sip.example.com", `{"priority":1}`)
	f.Add("AAAA", "x", "2001:DB8::1", "")
	f.Add("MX", "X.Example.com.", "MX.example.net.", "")
	f.Fuzz(func(t *testing.T, typ, name, content, data string) {
		v := RecordValue{Type: typ, Name: name, Content: content}
		if data != "" {
			v.Data = []byte(data)
		}
		n, err := NormalizeRecord("example.com", v)
		if err != nil {
			return
		}
		// Normalising is idempotent: a record read back compares equal.
		n2, err := NormalizeRecord("example.com", n)
		if err != nil || string(recordJSON(n2)) != string(recordJSON(n)) {
			t.Fatalf("not idempotent: %s vs %s (%v)", recordJSON(n), recordJSON(n2), err)
		}
	})
}

func FuzzParseToken(f *testing.F) {
	key := []byte("0123456789abcdef0123456789abcdef")
	good, _ := sign(key, tokenClaims{ID: "0011223344556677", Expires: time.Unix(1900000000, 0), Digest: make([]byte, 16)})
	f.Add(good)
	f.Add("cfp1.")
	f.Add("cfp1.a.b")
	f.Add(strings.Replace(good, "A", "B", 1))
	f.Fuzz(func(t *testing.T, tok string) {
		c, err := parseToken(key, tok)
		if err != nil {
			return
		}
		// Only a token this key signed is accepted.
		again, _ := sign(key, c)
		if again != strings.TrimSpace(tok) {
			t.Fatalf("accepted a token that re-signs differently: %q", tok)
		}
	})
}

func TestTokenEveryByteMatters(t *testing.T) {
	key := []byte("0123456789abcdef0123456789abcdef")
	tok, err := sign(key, tokenClaims{ID: "0011223344556677", Expires: time.Unix(1900000000, 0), Digest: []byte("0123456789abcdef")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parseToken(key, tok); err != nil {
		t.Fatal(err)
	}
	alpha := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	for i := len(tokenPrefix); i < len(tok); i++ {
		if tok[i] == '.' {
			continue
		}
		b := []byte(tok)
		b[i] = alpha[(strings.IndexByte(alpha, b[i])+1)%len(alpha)]
		if _, err := parseToken(key, string(b)); err == nil {
			t.Errorf("a token changed at %d was accepted", i)
		}
	}
	if _, err := parseToken([]byte("another-key-another-key-another-k"), tok); err == nil || !strings.Contains(err.Error(), "signature") {
		t.Errorf("another key: %v", err)
	}
}

func TestPlanKeyFile(t *testing.T) {
	t.Setenv(PlanKeyEnv, "")
	dir := t.TempDir()
	k1, err := loadPlanKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := loadPlanKey(dir)
	if err != nil || string(k1) != string(k2) {
		t.Fatal("the key is not stable across loads")
	}
	st, err := osStat(dir + "/plan.key")
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("plan.key mode %v %v", st.Mode(), err)
	}
	t.Setenv(PlanKeyEnv, "short")
	if _, err := loadPlanKey(dir); err == nil || !strings.Contains(err.Error(), "at least 32") {
		t.Fatalf("short env key: %v", err)
	}
	t.Setenv(PlanKeyEnv, strings.Repeat("k", 40))
	if k, _ := loadPlanKey(dir); string(k) != strings.Repeat("k", 40) {
		t.Fatal("the environment key is not used")
	}
}

func TestChangeWindows(t *testing.T) {
	mon10 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) // a Monday
	ws := []cfgWindow{{Days: []string{"mon", "tue"}, Start: "09:00", End: "17:00"}}
	if msg := windowRefusal(ws, mon10); msg != "" {
		t.Errorf("inside: %s", msg)
	}
	if msg := windowRefusal(ws, mon10.Add(8*time.Hour)); !strings.Contains(msg, "allowed again at 2026-11-24T09:00:00Z") {
		t.Errorf("after: %s", msg)
	}
	if msg := windowRefusal(ws, mon10.Add(4*24*time.Hour)); !strings.Contains(msg, "allowed again at 2026-11-30T09:00:00Z") {
		t.Errorf("friday: %s", msg)
	}
	night := []cfgWindow{{Start: "22:00", End: "02:00"}}
	if windowRefusal(night, mon10.Add(13*time.Hour)) != "" || windowRefusal(night, mon10.Add(15*time.Hour)) != "" {
		t.Error("a window across midnight")
	}
	if windowRefusal(night, mon10) == "" {
		t.Error("10:00 is outside 22:00–02:00")
	}
}
