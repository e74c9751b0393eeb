"""`telnyx-voice-mcp`: an MCP server with one tool per Telnyx Voice call-control operation.

    telnyx-voice-mcp                      # stdio, for Claude Desktop, Claude Code, Cursor
    telnyx-voice-mcp --transport http --port 8765

The tools are generated with the `telnyx_voice` client from the same Telnyx OpenAPI spec; see
docs/mcp.md. `build_server` (in `.server`) builds the server in-process, for tests and embedding.
"""

__version__ = "0.1.0"
