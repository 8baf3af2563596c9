#!/usr/bin/env bash
# Opt-in check: export every seeded sandbox zone and run a real OpenTofu
# `validate` on it against the Cloudflare provider v5, offline, through a
# dev_overrides CLI config (no `tofu init`).
# Needs: tofu on PATH, and CFPLANE_TOFU_PROVIDER_DIR = a directory holding an
# executable named terraform-provider-cloudflare (provider v5.x build).
set -euo pipefail
command -v tofu >/dev/null || { echo "tofu-validate: OpenTofu (tofu) is not on PATH; build or install it first" >&2; exit 1; }
dir="${CFPLANE_TOFU_PROVIDER_DIR:-}"
if [ -z "$dir" ] || [ ! -x "$dir/terraform-provider-cloudflare" ]; then
  echo "tofu-validate: set CFPLANE_TOFU_PROVIDER_DIR to a directory holding an executable terraform-provider-cloudflare (v5)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/dev.tofurc" <<RC
provider_installation {
  dev_overrides {
    "registry.opentofu.org/cloudflare/cloudflare" = "$dir"
  }
  direct {}
}
RC
go build -o "$work/cloudflare_safe" ./cmd/cloudflare_safe
status=0
for zone in example.com example.shop example.dev; do
  "$work/cloudflare_safe" export --sandbox --zone "$zone" --out "$work/$zone" 2>/dev/null
  if TF_CLI_CONFIG_FILE="$work/dev.tofurc" tofu -chdir="$work/$zone" validate -no-color >"$work/$zone.out" 2>&1; then
    echo "ok   $zone"
  else
    echo "FAIL $zone"; cat "$work/$zone.out"; status=1
  fi
done
exit $status
