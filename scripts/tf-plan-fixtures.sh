#!/usr/bin/env bash
# Opt-in: regenerate pkg/tfexport/testdata/plan-ok.json and plan-violations.json
# (read by the invariant gate's tests, the CLI test and the example workflow)
# with a real Terraform (or OpenTofu) run of the Cloudflare provider v5 against
# cfsim on loopback:
#   1. start cfsim (seeded demo account) on 127.0.0.1, export example.com;
#   2. `apply` the export: its import blocks bring every object into state;
#   3. plan-ok: a harmless change (a TXT record added);
#   4. plan-violations: both apex MX records removed, min_tls_version 1.0, and a
#      custom rule skipping the rest of the ruleset for every request;
#   5. `show -json` of each plan, with the timestamp fixed, into testdata.
# Needs: TF=terraform|tofu on PATH (default terraform), jq, and
# CFPLANE_TF_PROVIDER_DIR = a directory holding an executable
# terraform-provider-cloudflare (provider v5.x build; see README).
set -euo pipefail
TF="${TF:-terraform}"
missing=()
command -v "$TF" >/dev/null || missing+=("$TF (set TF=terraform or TF=tofu; it must be on PATH)")
command -v jq >/dev/null || missing+=("jq")
dir="${CFPLANE_TF_PROVIDER_DIR:-${CFPLANE_TOFU_PROVIDER_DIR:-}}"
if [ -z "$dir" ] || [ ! -x "$dir/terraform-provider-cloudflare" ]; then
  missing+=("CFPLANE_TF_PROVIDER_DIR: a directory holding an executable terraform-provider-cloudflare (v5)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  printf 'tf-plan-fixtures: missing: %s\n' "${missing[@]}" >&2
  exit 1
fi
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/pkg/tfexport/testdata"
work=$(mktemp -d)
sim=""
cleanup() { [ -n "$sim" ] && kill "$sim" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cat > "$work/cli.tfrc" <<RC
provider_installation {
  dev_overrides {
    "registry.terraform.io/cloudflare/cloudflare" = "$dir"
    "registry.opentofu.org/cloudflare/cloudflare" = "$dir"
  }
  direct {}
}
RC
(cd "$root" && go build -o "$work/cfsim" ./cmd/cfsim && go build -o "$work/cloudflare_safe" ./cmd/cloudflare_safe)
"$work/cfsim" --addr 127.0.0.1:0 --quiet --now 2026-12-01T00:00:00Z > "$work/cfsim.out" &
sim=$!
for _ in $(seq 50); do grep -q 'listening on' "$work/cfsim.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/^cfsim listening on //p' "$work/cfsim.out")
[ -n "$base" ] || { echo "tf-plan-fixtures: cfsim did not start" >&2; exit 1; }
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" CLOUDFLARE_BASE_URL="$base" TF_IN_AUTOMATION=1 \
       CLOUDFLARE_API_TOKEN=cfsim-token-0123456789abcdefghijklmnopqrstuvwxyz CHECKPOINT_DISABLE=1
tf=$work/tf
CLOUDFLARE_API_TOKEN="" "$work/cloudflare_safe" export --sandbox="$base" --zone example.com --out "$tf" >&2
run() { echo "+ $TF $*" >&2; "$TF" -chdir="$tf" "$@"; }
run apply -auto-approve -no-color -input=false >&2
show() { # plan into testdata/$1
  run plan -no-color -input=false -out=plan.bin >&2
  run show -json plan.bin | jq -S '.timestamp = "2026-12-01T00:00:00Z"' > "$out/$1"
  echo "wrote $out/$1" >&2
}
# Harmless: one TXT record more.
cat >> "$tf/dns.tf" <<'HCL'

resource "cloudflare_dns_record" "txt_verify" {
  zone_id = var.zone_id
  name    = "_verify.example.com"
  type    = "TXT"
  content = "\"site-verification=abc123\""
  ttl     = 3600
}
HCL
show plan-ok.json
# Violations: the apex MX records removed, TLS 1.0 allowed, a skip-all rule.
python3 - "$tf" <<'PY'
import re, sys, pathlib
tf = pathlib.Path(sys.argv[1])
dns = (tf / "dns.tf").read_text()
dns = re.sub(r'resource "cloudflare_dns_record" "mx_apex[^"]*" \{.*?\n\}\n', '', dns, flags=re.S)
(tf / "dns.tf").write_text(dns)
imp = (tf / "imports.tf").read_text()
imp = re.sub(r'import \{\n  to = cloudflare_dns_record\.mx_apex[^\n]*\n[^\n]*\n\}\n\n?', '', imp)
(tf / "imports.tf").write_text(imp)
zs = (tf / "zone_settings.tf").read_text()
zs = re.sub(r'(setting_id = "min_tls_version"\n  value      = )"1\.2"', r'\1"1.0"', zs)
(tf / "zone_settings.tf").write_text(zs)
rs = (tf / "rulesets.tf").read_text()
skip = '''rules = [{
    ref         = "skip_everything"
    description = "Skip everything (temporary)"
    expression  = "true"
    action      = "skip"
    enabled     = true
    action_parameters = {
      ruleset = "current"
    }
    }, {'''
rs = re.sub(r'(phase   = "http_request_firewall_custom"\n  )rules = \[\{', lambda m: m.group(1) + skip, rs, count=1)
(tf / "rulesets.tf").write_text(rs)
PY
if ! grep -q '"1.0"' "$tf/zone_settings.tf" || ! grep -q skip_everything "$tf/rulesets.tf" || grep -q 'mx_apex' "$tf/dns.tf"; then
  echo "tf-plan-fixtures: the edits for the violating plan did not apply" >&2; exit 1
fi
show plan-violations.json
