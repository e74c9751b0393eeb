// The official TypeScript MCP SDK client against telnyx-voice-mcp --sandbox: prints one JSON report.
// Usage: node client.mjs stdio <command> [args...]   |   node client.mjs http <url>
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [mode, target, ...rest] = process.argv.slice(2);
const transport =
  mode === "stdio"
    ? new StdioClientTransport({ command: target, args: rest, stderr: "ignore" })
    : new StreamableHTTPClientTransport(new URL(target));
const client = new Client({ name: "ts-sdk-e2e", version: "1.0.0" });
await client.connect(transport);
const report = {};

const { tools } = await client.listTools();
report.tools = tools.map((t) => t.name);

const dial = { connection_id: "demo", from: "+15550001111", to: "+15550002222" };
const dialed = await client.callTool({ name: "calls_dial", arguments: dial });
report.valid = { isError: dialed.isError ?? false, hasData: Boolean(dialed.structuredContent?.data) };

const invalid = await client.callTool({ name: "calls_dial", arguments: { ...dial, timeout_secs: "soon" } });
report.invalid = { isError: invalid.isError ?? false, kind: invalid.structuredContent?.error?.kind };

// Longer than the request timeout: only progress notifications (resetting it) let it finish.
const progress = [];
const started = Date.now();
const waited = await client.callTool(
  { name: "wait_for_event", arguments: { call_control_id: "v3:nobody", event_type: "call.answered", timeout: 12 } },
  undefined,
  { timeout: 8000, resetTimeoutOnProgress: true, onprogress: (p) => progress.push(p.progress) },
);
report.wait = {
  isError: waited.isError ?? false,
  kind: waited.structuredContent?.error?.kind,
  progress: progress.length,
  seconds: (Date.now() - started) / 1000,
};

const controller = new AbortController();
const cancelStarted = Date.now();
setTimeout(() => controller.abort("enough"), 1000);
try {
  await client.callTool(
    { name: "wait_for_event", arguments: { call_control_id: "v3:nobody", timeout: 100 } },
    undefined,
    { signal: controller.signal },
  );
  report.cancel = { rejected: false };
} catch (error) {
  report.cancel = { rejected: true, seconds: (Date.now() - cancelStarted) / 1000 };
}
const after = await client.callTool({ name: "list_call_events", arguments: {} });
report.afterCancel = { isError: after.isError ?? false };

await client.close();
console.log(JSON.stringify(report));
