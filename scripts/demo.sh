#!/usr/bin/env bash
# make demo: start the Cloudflare API sandbox (cfsim) on loopback and tell
# cfplane's story with a real MCP client (test/clients/demo.mjs, the official
# TypeScript SDK): find a WAF weakness, propose and replay a rule, plan a DNS
# change, see it needs approval, approve it, apply with readback, roll back,
# verify the audit log, watch Layer0 block an injection and a token request.
# Ends with PASS/FAIL; exit 1 on FAIL.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-$PWD/bin}
NODE=$PWD/test/clients/node_modules/.bin/node
[ -x "$NODE" ] || NODE=node
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
cd test/clients
"$NODE" demo.mjs "$BIN" "$url"
