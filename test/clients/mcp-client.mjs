// Drives one MCP server with the official TypeScript SDK client and prints a
// JSON report on stdout. Used by test/e2e and scripts/test_mcp_servers.sh.
//
// usage: node mcp-client.mjs PLAN_JSON
// PLAN_JSON: {"transport":"stdio","command":"bin/x","args":[],"env":{}}
//         or {"transport":"http","url":"http://127.0.0.1:PORT/mcp","headers":{}}
//         plus "calls":[{"name":"tool","arguments":{}}]
// An argument string "$ref:N.path.to.field" is replaced by that field of the
// structured result of call N (0-based), so a flow can pass a plan_id from
// one call to the next.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const plan = JSON.parse(process.argv[2]);
const report = { ok: true, calls: [], timings: {} };
const now = () => Number(process.hrtime.bigint()) / 1e6;

let transport;
if (plan.transport === "stdio") {
  transport = new StdioClientTransport({
    command: plan.command,
    args: plan.args ?? [],
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...(plan.env ?? {}) },
    cwd: plan.cwd,
    stderr: "pipe",
  });
} else {
  transport = new StreamableHTTPClientTransport(new URL(plan.url), {
    requestInit: { headers: plan.headers ?? {} },
  });
}
let stderr = "";
const client = new Client({ name: "cfplane-e2e", version: "1.0.0" });
const timer = setTimeout(() => {
  report.ok = false;
  report.error = "timed out";
  finish(1);
}, plan.timeoutMs ?? 30000);

function finish(code) {
  clearTimeout(timer);
  report.stderr = stderr;
  // Exit only once the report is flushed: a pipe takes a large report in
  // several writes, and exiting earlier cuts it off.
  const flushed = new Promise((resolve) => process.stdout.write(JSON.stringify(report) + "\n", resolve));
  Promise.all([flushed, client.close().catch(() => {})]).finally(() => process.exit(code));
}

try {
  let t = now();
  // Listen before connecting: a server that fails to start says why on
  // stderr, and that is all a user needs to see.
  if (transport.stderr) transport.stderr.on("data", (d) => { stderr += d.toString(); });
  await client.connect(transport);
  report.timings.initialize_ms = now() - t;
  report.serverInfo = client.getServerVersion();
  report.capabilities = client.getServerCapabilities();

  t = now();
  const list = await client.listTools();
  report.timings.tools_list_ms = now() - t;
  report.tools = list.tools.map((x) => x.name);
  report.toolsListBytes = Buffer.byteLength(JSON.stringify(list));
  report.toolDefs = list.tools;

  const resolve = (v) => {
    if (typeof v === "string" && v.startsWith("$ref:")) {
      const [idx, ...path] = v.slice(5).split(".");
      let cur = report.calls[Number(idx)]?.structured;
      for (const p of path) cur = cur?.[p];
      return cur;
    }
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
    return v;
  };
  for (const c of plan.calls ?? []) {
    t = now();
    const entry = { name: c.name };
    try {
      const res = await client.callTool({ name: c.name, arguments: resolve(c.arguments ?? {}) });
      entry.isError = !!res.isError;
      entry.text = (res.content ?? []).filter((x) => x.type === "text").map((x) => x.text).join("");
      entry.structured = res.structuredContent ?? null;
    } catch (e) {
      entry.rpcError = String(e?.message ?? e);
    }
    entry.ms = now() - t;
    report.calls.push(entry);
  }
  finish(0);
} catch (e) {
  report.ok = false;
  report.error = String(e?.stack ?? e);
  finish(1);
}
