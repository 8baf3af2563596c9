package tfexport

import (
	"encoding/json"
	"testing"
)

// Code's snake_case origin settings go back to cloudflared's names (an
// acronym included), and the live config's other fields are kept.
func TestTunnelConfigFromCode(t *testing.T) {
	code := map[string]any{"config": map[string]any{
		"ingress": []any{
			map[string]any{"hostname": "a.example.com", "service": "https://10.0.0.1", "origin_request": map[string]any{"no_tls_verify": true, "http_host_header": "a"}},
			map[string]any{"service": "http_status:404"},
		},
		"origin_request": map[string]any{"connect_timeout": float64(30)},
	}}
	live := json.RawMessage(`{"ingress":[{"service":"http_status:404"}],"warp-routing":{"enabled":true},"originRequest":{"tlsTimeout":5}}`)
	got, err := TunnelConfigFromCode(code, live)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"ingress":[{"hostname":"a.example.com","originRequest":{"httpHostHeader":"a","noTLSVerify":true},"service":"https://10.0.0.1"},{"service":"http_status:404"}],"originRequest":{"connectTimeout":30},"warp-routing":{"enabled":true}}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if _, err := TunnelConfigFromCode(map[string]any{"config": map[string]any{}}, nil); err == nil {
		t.Error("a config without ingress rules is accepted")
	}
}

func TestListFromCodeRefusesOtherKinds(t *testing.T) {
	if _, err := ListFromCode(map[string]any{"name": "h", "kind": "hostname"}); err == nil {
		t.Error("a hostname list is accepted")
	}
	v, err := ListFromCode(map[string]any{"name": "l", "kind": "ip", "items": []any{map[string]any{"ip": "2001:db8::1"}, map[string]any{"ip": "192.0.2.1/32"}}})
	if err != nil || len(v.Items) != 2 || v.Items[0].IP != "192.0.2.1" || v.Items[1].IP != "2001:db8::/64" {
		t.Errorf("%+v %v", v, err)
	}
}
