"""`telnyx-voice-mcp` / `python -m telnyx_voice_mcp`: parse options, build the server, serve it."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from telnyx_voice._net import is_loopback
from telnyx_voice_tools import TOOLSETS

from .client_profiles import PROFILES
from .settings import (
    API_KEY_ENV,
    AUTH_TOKEN_ENV,
    BASE_URL_ENV,
    DEFAULT_WEBHOOK_PATH,
    EVENT_STORE_ENV,
    PUBLIC_KEY_ENV,
    RedactingFilter,
    Settings,
)

if TYPE_CHECKING:
    from mcp.server.lowlevel import Server

    from .call_event_tools import CallEvents

EPILOG = f"""environment:
  {API_KEY_ENV}         the API key (without it tools are listed, and calls say it is missing)
  {BASE_URL_ENV}        the API root (default https://api.telnyx.com/v2)
  {AUTH_TOKEN_ENV}  bearer token HTTP clients must send (same as --auth-token)
  {PUBLIC_KEY_ENV}      public key that verifies Telnyx webhooks (for the event tools)
  {EVENT_STORE_ENV}  where call events are kept (same as --event-store)

sandbox:
  telnyx-voice-mcp --sandbox    no account needed: calls go to an embedded call-control sandbox
"""


def _add_http_options(p: argparse.ArgumentParser) -> None:
    """The options of the HTTP transport: where it listens and who may talk to it."""
    p.add_argument("--host", default="127.0.0.1", help="HTTP: address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="HTTP: port (default 8000; 0 picks a free one)")
    p.add_argument(
        "--auth-token",
        help=f"HTTP: bearer token clients must send; required off loopback (prefer ${AUTH_TOKEN_ENV})",
    )
    p.add_argument(
        "--allowed-hosts",
        action="append",
        default=[],
        metavar="HOST[,HOST...]",
        help="HTTP: Host names accepted besides loopback ones (name or name:port); required off loopback",
    )
    p.add_argument(
        "--allowed-origins",
        action="append",
        default=[],
        metavar="ORIGIN[,ORIGIN...]",
        help="HTTP: browser Origins accepted besides loopback ones (scheme://name[:port|:*])",
    )


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="telnyx-voice-mcp",
        description="MCP server exposing each Telnyx Voice call-control operation as a tool.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--transport", choices=("stdio", "http"), default="stdio", help="default: stdio")
    _add_http_options(p)
    p.add_argument(
        "--toolsets",
        action="append",
        default=[],
        metavar="SET[,SET...]",
        help=f"offer and list only these groups of tools ({', '.join(TOOLSETS)}); default: all groups, with "
        "the core call and conference tools listed and the others reached through search_tools and invoke_tool",
    )
    p.add_argument(
        "--tools",
        action="append",
        default=[],
        metavar="GLOB[,GLOB...]",
        help="only tools whose name matches a pattern, e.g. 'call_*,calls_dial' (repeatable)",
    )
    p.add_argument("--read-only", action="store_true", help="only tools that do not change anything (GET)")
    p.add_argument("--dry-run", action="store_true", help="return the HTTP request each call would send; send nothing")
    p.add_argument(
        "--schemas",
        choices=("summary", "full"),
        default="summary",
        help="tools/list schemas: summary (nested objects abridged, default) or full",
    )
    p.add_argument(
        "--client",
        choices=PROFILES,
        help="shape tools/list schemas to this client's model provider (default: detected from the "
        "client's name when it is unambiguous, else schemas that Anthropic and OpenAI both accept)",
    )
    p.add_argument("--base-url", help=f"API root (default ${BASE_URL_ENV} or https://api.telnyx.com/v2)")
    p.add_argument(
        "--sandbox",
        action="store_true",
        help="call an embedded call-control sandbox instead of Telnyx: no account, key or webhook URL needed",
    )
    p.add_argument(
        "--webhook-port",
        type=int,
        metavar="PORT",
        help=f"stdio: receive Telnyx webhooks on 127.0.0.1:PORT (0: a free port); needs ${PUBLIC_KEY_ENV}",
    )
    p.add_argument(
        "--webhook-path",
        default=DEFAULT_WEBHOOK_PATH,
        help=f"path of the webhook receiver (default {DEFAULT_WEBHOOK_PATH}; with --transport http, beside /mcp)",
    )
    p.add_argument(
        "--event-store",
        metavar="URL",
        help="where call events are kept: memory:// (default, this process) or redis://host:port/db, shared "
        f"by every replica (needs telnyx-voice[redis]; prefer ${EVENT_STORE_ENV} when the URL holds a password)",
    )
    p.add_argument("--list-tools", action="store_true", help="print the tool names, methods and paths, then exit")
    p.add_argument("--log-level", default="WARNING", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    return p


def _comma_list(values: Sequence[str]) -> tuple[str, ...]:
    """The items of repeatable comma-separated option values, in order."""
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


def settings_from(args: argparse.Namespace, base: Settings) -> Settings:
    return dataclasses.replace(
        base,
        base_url=args.base_url or base.base_url,
        auth_token=args.auth_token or base.auth_token,
        allowed_hosts=_comma_list(args.allowed_hosts),
        allowed_origins=_comma_list(args.allowed_origins),
        tools=_comma_list(args.tools),
        toolsets=_comma_list(args.toolsets),
        read_only=args.read_only,
        dry_run=args.dry_run,
        schemas=args.schemas,
        client=args.client,
        transport=args.transport,
        host=args.host,
        port=args.port,
        sandbox=args.sandbox,
        webhook_port=args.webhook_port,
        webhook_path="/" + args.webhook_path.strip("/"),
        event_store=args.event_store or base.event_store,
    )


def _unsafe_http(settings: Settings) -> str | None:
    """Why the HTTP transport must not serve with these settings (no token or no allowed hosts off
    loopback, a malformed allowed origin), or None."""
    if settings.transport != "http":
        return None
    if not is_loopback(settings.host) and not settings.auth_token:
        return (
            f"refusing to serve on {settings.host}, which is not a loopback address, without "
            f"a bearer token: set ${AUTH_TOKEN_ENV} or pass --auth-token"
        )
    from .http_security import OriginPolicy, OriginPolicyError

    try:
        OriginPolicy.for_bind(settings.host, settings.allowed_hosts, settings.allowed_origins)
    except OriginPolicyError as exc:
        return str(exc)
    return None


def _conflict(settings: Settings, args: argparse.Namespace) -> str | None:
    """Why these options cannot go together, or None."""
    if settings.sandbox and settings.dry_run:
        return "--sandbox and --dry-run exclude each other: the sandbox already sends nothing to Telnyx"
    if settings.sandbox and args.base_url:
        return "--sandbox calls the embedded sandbox; drop --base-url"
    if settings.sandbox and settings.webhook_port is not None:
        return "--sandbox delivers its webhooks in-process; drop --webhook-port"
    if settings.webhook_port is not None and settings.transport == "http":
        return "with --transport http the webhook receiver shares the MCP port (at --webhook-path); drop --webhook-port"
    if settings.webhook_port is not None and not settings.public_key:
        return f"--webhook-port needs ${PUBLIC_KEY_ENV}, the public key that verifies Telnyx webhooks"
    return None


def _configure_logging(settings: Settings, level: str) -> None:
    # stderr only: on stdio, stdout is the protocol stream.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(settings))
    logging.basicConfig(level=level, handlers=[handler], force=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = settings_from(args, Settings.from_env())
    conflict = _unsafe_http(settings) or _conflict(settings, args)
    if conflict:
        print(f"telnyx-voice-mcp: {conflict}", file=sys.stderr)
        return 2
    _configure_logging(settings, args.log_level)

    from telnyx_voice_tools import META_KEY

    from .catalog import Catalog, NoMatchingToolsError, UnknownToolsetError

    try:
        catalog = Catalog.load(
            settings.tools, read_only=settings.read_only, schemas=settings.schemas, toolsets=settings.toolsets
        )
    except (NoMatchingToolsError, UnknownToolsetError) as exc:
        print(f"telnyx-voice-mcp: {exc}", file=sys.stderr)
        return 2
    from telnyx_voice.event_store import EventStoreError, open_event_store

    from .call_event_log import EventLog
    from .call_event_tools import CallEvents

    try:
        store = open_event_store(settings.event_store)
    except EventStoreError as exc:
        print(f"telnyx-voice-mcp: {settings.redact(str(exc))}", file=sys.stderr)
        return 2
    events = CallEvents(settings, EventLog(store))
    if args.list_tools:
        for entry in catalog.entries.values():
            operation = entry["tool"]["_meta"][META_KEY]
            print(f"{entry['tool']['name']:40} {operation['method']:6} {operation['path']}")
        own = catalog.with_server_tools(events.definitions(), settings.tools, read_only=settings.read_only)
        for tool in own.server_tools.values():
            print(f"{tool['name']:40} {'-':6} (this server: {tool['title']})")
        return 0

    from .server import build_server

    server = build_server(settings, catalog=catalog, events=events)
    if events.sandbox is not None:
        print(
            "telnyx-voice-mcp: sandbox mode: calls go to an embedded call-control sandbox (nothing reaches "
            f"Telnyx); its webhooks are verified in-process with public key {events.public_key}",
            file=sys.stderr,
            flush=True,
        )
    elif settings.public_key and settings.transport == "stdio" and settings.webhook_port is None:
        logging.getLogger("telnyx_voice_mcp").warning(
            "%s is set but --webhook-port is not: no webhooks will be received", PUBLIC_KEY_ENV
        )
    if settings.transport == "http":
        from .http_transport import serve_http

        serve_http(server, settings, args.log_level, events)
        return 0
    return _serve_stdio(server, settings, events)


def _serve_stdio(server: Server[Any], settings: Settings, events: CallEvents) -> int:
    import anyio
    from mcp.server.stdio import stdio_server

    async def run() -> None:
        async with contextlib.AsyncExitStack() as stack:
            if settings.webhook_port is not None:
                from .webhook_server import serve_webhooks

                await stack.enter_async_context(
                    serve_webhooks(events.receiver(), "127.0.0.1", settings.webhook_port, settings.webhook_path)
                )
            async with stdio_server() as (read_stream, write_stream):
                await server.run(read_stream, write_stream, server.create_initialization_options())

    # Ctrl-C is how a user stops a server started by hand; it is not an error.
    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(run)
    return 0
