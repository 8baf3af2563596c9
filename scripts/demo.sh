#!/usr/bin/env bash
# make demo: start the Cloudflare API sandbox (cfsim) on loopback, run the
# three servers against it with a real MCP client, stop everything.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-$PWD/bin}
log=$(mktemp)
"$BIN/cfsim" --addr 127.0.0.1:0 >"$log" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null; wait $sim 2>/dev/null; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/client/v4' "$log" | head -1 || true)
  [ -n "$url" ] && break
  kill -0 $sim 2>/dev/null || { echo "cfsim exited:"; cat "$log"; exit 1; }
  sleep 0.05
done
[ -n "$url" ] || { echo "cfsim did not start:"; cat "$log"; exit 1; }
echo "sandbox: $url"
BIN="$BIN" ./scripts/test_mcp_servers.sh "$url"
