package rules

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// callFunc evaluates a function call. Functions propagate missing
// arguments as missing results, except concat (missing reads as empty).
func callFunc(v *vnode, r *Request, elem *value, mc *memo) value {
	arg := func(i int) value {
		if i < len(v.args) {
			return evalValue(v.args[i], r, elem, mc)
		}
		return missing
	}
	a := arg(0)
	switch v.fn {
	case "len":
		switch {
		case a.k == vBytes:
			return intV(int64(len(a.s)))
		case a.length() >= 0:
			return intV(int64(a.length()))
		}
		return missing
	case "lower":
		if a.k != vBytes {
			return missing
		}
		return bytesV(asciiLower(a.s))
	case "upper":
		if a.k != vBytes {
			return missing
		}
		return bytesV(asciiUpper(a.s))
	case "starts_with", "ends_with":
		b := arg(1)
		if a.k != vBytes || b.k != vBytes {
			return missing
		}
		if v.fn == "starts_with" {
			return boolV(strings.HasPrefix(a.s, b.s))
		}
		return boolV(strings.HasSuffix(a.s, b.s))
	case "substring":
		if a.k != vBytes {
			return missing
		}
		n := int64(len(a.s))
		start, end := arg(1).n, n
		if len(v.args) > 2 {
			end = arg(2).n
		}
		if start < 0 {
			start += n
		}
		if end < 0 {
			end += n
		}
		start = max(0, min(start, n))
		end = max(0, min(end, n))
		if start >= end {
			return bytesV("")
		}
		return bytesV(a.s[start:end])
	case "concat":
		if a.k == vArrBytes || a.k == vArrInt {
			var ss []string
			var ns []int64
			for i := range v.args {
				x := arg(i)
				ss = append(ss, x.ss...)
				ns = append(ns, x.ns...)
			}
			if a.k == vArrInt {
				return intsV(ns)
			}
			return strsV(ss)
		}
		var sb strings.Builder
		for i := range v.args {
			if x := arg(i); x.k == vBytes {
				sb.WriteString(x.s)
			}
		}
		return bytesV(sb.String())
	case "url_decode":
		if a.k != vBytes {
			return missing
		}
		opts := ""
		if len(v.args) > 1 {
			opts = arg(1).s
		}
		return bytesV(urlDecode(a.s, strings.Contains(opts, "u"), strings.Contains(opts, "r")))
	case "decode_base64":
		if a.k != vBytes {
			return missing
		}
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			if d, err := enc.DecodeString(a.s); err == nil {
				return bytesV(string(d))
			}
		}
		return missing
	case "encode_base64":
		if a.k != vBytes {
			return missing
		}
		if len(v.args) > 1 && arg(1).s == "u" {
			return bytesV(base64.RawURLEncoding.EncodeToString([]byte(a.s)))
		}
		return bytesV(base64.StdEncoding.EncodeToString([]byte(a.s)))
	case "sha256":
		if a.k != vBytes {
			return missing
		}
		sum := sha256.Sum256([]byte(a.s))
		return bytesV(string(sum[:]))
	case "lookup_json_string", "lookup_json_integer":
		if a.k != vBytes {
			return missing
		}
		keys := make([]value, 0, len(v.args)-1)
		for i := 1; i < len(v.args); i++ {
			keys = append(keys, arg(i))
		}
		return lookupJSON(a.s, keys, v.fn == "lookup_json_integer")
	case "cidr", "cidr6":
		if a.k != vIP || !a.ip.IsValid() {
			return missing
		}
		ip := a.ip.Unmap()
		var bits int64
		if ip.Is4() {
			if v.fn == "cidr6" {
				return ipV(ip)
			}
			bits = arg(1).n
		} else if v.fn == "cidr6" {
			bits = arg(1).n
		} else {
			bits = arg(2).n
		}
		p, err := ip.Prefix(int(bits))
		if err != nil {
			return missing
		}
		return ipV(p.Addr())
	case "join":
		if a.k != vArrBytes {
			return missing
		}
		sep := arg(1)
		if sep.k != vBytes {
			return missing
		}
		return bytesV(strings.Join(a.ss, sep.s))
	case "remove_bytes":
		if a.k != vBytes {
			return missing
		}
		set := arg(1).s
		if set == "" {
			return a
		}
		var b []byte
		for i := 0; i < len(a.s); i++ {
			if strings.IndexByte(set, a.s[i]) < 0 {
				b = append(b, a.s[i])
			}
		}
		return bytesV(string(b))
	case "to_string":
		switch a.k {
		case vInt:
			return bytesV(strconv.FormatInt(a.n, 10))
		case vBool:
			return bytesV(strconv.FormatBool(a.n != 0))
		case vIP:
			return bytesV(a.ip.String())
		}
		return missing
	case "regex_replace":
		if a.k != vBytes || v.re == nil {
			return missing
		}
		m := v.re.FindStringSubmatchIndex(a.s)
		if m == nil {
			return a
		}
		tmpl := arg(2).s
		out := v.re.ExpandString(nil, tmpl, a.s, m)
		return bytesV(a.s[:m[0]] + string(out) + a.s[m[1]:])
	case "wildcard_replace":
		if a.k != vBytes || v.wc == nil {
			return missing
		}
		caps, ok := v.wc.captures(a.s)
		if !ok {
			return a
		}
		return bytesV(expandDollar(arg(2).s, caps))
	case "split":
		if a.k != vBytes {
			return missing
		}
		return strsV(strings.SplitN(a.s, arg(1).s, int(arg(2).n)))
	case "remove_query_args":
		if a.k != vBytes {
			return missing
		}
		drop := map[string]bool{}
		for i := 1; i < len(v.args); i++ {
			drop[arg(i).s] = true
		}
		var kept []string
		for _, part := range strings.Split(a.s, "&") {
			name, _, _ := strings.Cut(part, "=")
			if !drop[name] {
				kept = append(kept, part)
			}
		}
		return bytesV(strings.Join(kept, "&"))
	case "uuidv4":
		if a.k != vBytes {
			return missing
		}
		sum := sha256.Sum256([]byte(a.s))
		u := sum[:16]
		if len(a.s) >= 16 {
			u = []byte(a.s[:16])
		}
		u[6] = u[6]&0x0f | 0x40
		u[8] = u[8]&0x3f | 0x80
		h := hex.EncodeToString(u)
		return bytesV(h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32])
	case "is_timed_hmac_valid_v0":
		key, msg, ttl, now := arg(0), arg(1), arg(2), arg(3)
		if msg.k != vBytes || now.k != vInt {
			return missing
		}
		sepLen := int64(0)
		flags := ""
		if len(v.args) > 4 {
			sepLen = arg(4).n
		}
		if len(v.args) > 5 {
			flags = arg(5).s
		}
		return boolV(timedHMACValid(key.s, msg.s, ttl.n, now.n, int(sepLen), flags == "s"))
	case "bit_slice":
		// Packet data is not part of an HTTP request.
		return missing
	}
	return missing
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// urlDecode implements url_decode(): %HH and + decoding, %uXXXX with u,
// repeated until stable with r. Invalid sequences are kept as they are.
func urlDecode(s string, unicode, recursive bool) string {
	for round := 0; round < 16; round++ {
		var b strings.Builder
		changed := false
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c == '+':
				b.WriteByte(' ')
				changed = true
			case c == '%' && unicode && i+6 <= len(s) && (s[i+1] == 'u' || s[i+1] == 'U'):
				cp, err := strconv.ParseUint(s[i+2:i+6], 16, 32)
				if err != nil {
					b.WriteByte(c)
					continue
				}
				var buf [4]byte
				n := utf8.EncodeRune(buf[:], rune(cp))
				b.Write(buf[:n])
				i += 5
				changed = true
			case c == '%' && i+3 <= len(s):
				hi, ok1 := unhex(s[i+1])
				lo, ok2 := unhex(s[i+2])
				if !ok1 || !ok2 {
					b.WriteByte(c)
					continue
				}
				b.WriteByte(hi<<4 | lo)
				i += 2
				changed = true
			default:
				b.WriteByte(c)
			}
		}
		s = b.String()
		if !recursive || !changed {
			return s
		}
	}
	return s
}

func lookupJSON(doc string, keys []value, wantInt bool) value {
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var cur any
	if err := dec.Decode(&cur); err != nil {
		return missing
	}
	for _, k := range keys {
		switch node := cur.(type) {
		case map[string]any:
			if k.k != vBytes {
				return missing
			}
			next, ok := node[k.s]
			if !ok {
				return missing
			}
			cur = next
		case []any:
			if k.k != vInt || k.n < 0 || k.n >= int64(len(node)) {
				return missing
			}
			cur = node[k.n]
		default:
			return missing
		}
	}
	if wantInt {
		num, ok := cur.(json.Number)
		if !ok || strings.ContainsAny(string(num), ".eE") {
			return missing
		}
		n, err := num.Int64()
		if err != nil {
			return missing
		}
		return intV(n)
	}
	s, ok := cur.(string)
	if !ok {
		return missing
	}
	return bytesV(s)
}

// expandDollar replaces ${N} with caps[N-1] and $$ with $.
func expandDollar(tmpl string, caps []string) string {
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if c != '$' || i+1 >= len(tmpl) {
			b.WriteByte(c)
			continue
		}
		if tmpl[i+1] == '$' {
			b.WriteByte('$')
			i++
			continue
		}
		if tmpl[i+1] == '{' {
			end := strings.IndexByte(tmpl[i:], '}')
			if end > 0 {
				if n, err := strconv.Atoi(tmpl[i+2 : i+end]); err == nil && n >= 1 && n <= len(caps) {
					b.WriteString(caps[n-1])
					i += end
					continue
				}
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// timedHMACValid validates message + separator + timestamp + "-" + mac as
// documented for is_timed_hmac_valid_v0: mac = HMAC-SHA256(key, message +
// timestamp), Base64 URL-encoded, or URL-safe without padding with flag s.
func timedHMACValid(key, messageMAC string, ttl, now int64, sepLen int, urlSafe bool) bool {
	for i := len(messageMAC) - 44; i >= 11; i-- {
		if messageMAC[i] != '-' || len(messageMAC)-i-1 < 43 {
			continue
		}
		ts := messageMAC[i-10 : i]
		if strings.Trim(ts, "0123456789") != "" {
			continue
		}
		msgEnd := i - 10 - sepLen
		if msgEnd < 1 {
			continue
		}
		issued, _ := strconv.ParseInt(ts, 10, 64)
		if now < issued || now-issued > ttl {
			return false
		}
		m := hmac.New(sha256.New, []byte(key))
		m.Write([]byte(messageMAC[:msgEnd]))
		m.Write([]byte(ts))
		sum := m.Sum(nil)
		macText := messageMAC[i+1:]
		var got []byte
		var err error
		if urlSafe {
			got, err = base64.RawURLEncoding.DecodeString(macText)
		} else {
			var unesc string
			unesc, err = url.QueryUnescape(macText)
			if err == nil {
				got, err = base64.StdEncoding.DecodeString(unesc)
			}
		}
		if err != nil {
			return false
		}
		return subtle.ConstantTimeCompare(got, sum) == 1
	}
	return false
}
