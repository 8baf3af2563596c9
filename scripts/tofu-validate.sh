#!/usr/bin/env bash
# Opt-in check: export every seeded sandbox zone and run a real `validate`
# (OpenTofu or Terraform) on it against the Cloudflare provider v5, offline,
# through a dev_overrides CLI config (no `init`).
# Needs: TF=tofu|terraform on PATH (default: tofu, else terraform), and
# CFPLANE_TF_PROVIDER_DIR (or CFPLANE_TOFU_PROVIDER_DIR) = a directory holding
# an executable named terraform-provider-cloudflare (provider v5.x build).
set -euo pipefail
TF="${TF:-}"
if [ -z "$TF" ]; then
  if command -v tofu >/dev/null; then TF=tofu; else TF=terraform; fi
fi
case "$(basename "$TF")" in tofu|terraform) ;; *) echo "tofu-validate: TF='$TF' is not accepted; accepted: tofu, terraform" >&2; exit 1 ;; esac
command -v "$TF" >/dev/null || { echo "tofu-validate: $TF is not on PATH; install OpenTofu or Terraform, or set TF=tofu|terraform" >&2; exit 1; }
dir="${CFPLANE_TF_PROVIDER_DIR:-${CFPLANE_TOFU_PROVIDER_DIR:-}}"
if [ -z "$dir" ] || [ ! -x "$dir/terraform-provider-cloudflare" ]; then
  echo "tofu-validate: set CFPLANE_TF_PROVIDER_DIR to a directory holding an executable terraform-provider-cloudflare (v5)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/cli.tfrc" <<RC
provider_installation {
  dev_overrides {
    "registry.opentofu.org/cloudflare/cloudflare" = "$dir"
    "registry.terraform.io/cloudflare/cloudflare" = "$dir"
  }
  direct {}
}
RC
go build -o "$work/cloudflare_safe" ./cmd/cloudflare_safe
export TF_CLI_CONFIG_FILE="$work/cli.tfrc"
echo "$("$TF" version | head -n1), provider $dir/terraform-provider-cloudflare"
status=0
for zone in example.com example.shop example.dev; do
  CLOUDFLARE_API_TOKEN="" "$work/cloudflare_safe" export --sandbox --zone "$zone" --out "$work/$zone" 2>/dev/null
  n=$(grep -c '^resource ' "$work/$zone"/*.tf | awk -F: '{s+=$2} END {print s}')
  if "$TF" -chdir="$work/$zone" validate -no-color >"$work/$zone.out" 2>&1; then
    echo "ok   $zone ($n resources)"
  else
    echo "FAIL $zone ($n resources)"; cat "$work/$zone.out"; status=1
  fi
done
exit $status
