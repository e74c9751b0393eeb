"""The MCP server: one tool per Telnyx Voice operation, on the low-level `mcp` Server.

Tools come ready-made from the generated `telnyx_voice_tools` package, and calls go through the
generated `telnyx_voice.AsyncTelnyx`. Every outcome of a call, including a bad argument, an API
error, a network failure and a bug here, is a tool result with `is_error`: the model sees what went
wrong and can correct itself, where a JSON-RPC error would end its turn.

`telnyx_voice` (and httpx with it) is imported on the first call, not at start-up.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import mcp_types as types
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from telnyx_voice_tools.arguments import InvalidArgumentsError, PreparedCall

from . import __version__
from .call_event_tools import CallEvents, Progress
from .catalog import DESCRIBE_TOOL, Catalog, UnknownFieldError
from .client_profiles import ClientProfile, Shaped, detect, restore, shape
from .discovery import SEARCH_TOOLS, search
from .downloads import describe_binary
from .settings import API_KEY_ENV, REDACTED, Settings

if TYPE_CHECKING:
    import httpx
    from telnyx_voice import AsyncTelnyx
    from telnyx_voice._exceptions import APIStatusError

ClientFactory = Callable[[Settings], "AsyncTelnyx"]
Context = ServerRequestContext[None, Any]

logger = logging.getLogger(__name__)

SERVER_NAME = "telnyx-voice"
INSTRUCTIONS = (
    "Telnyx Voice call control: dial, answer, bridge, speak, gather, record, transfer and hang up calls, and "
    "manage call control applications. Call commands take the `call_control_id` of a live call and return "
    "once the command is accepted; what happens next arrives as webhooks: `wait_for_event` waits for one "
    "(e.g. call.answered after calls_dial, call.gather.ended after a gather) and `list_call_events` lists them. "
    "Listed schemas summarize nested objects: call `describe_tool` for a tool's complete schema. "
    "Conference, queue, recording, media and application tools and less used call commands are not "
    "listed: find them with `search_tools` and call them with `invoke_tool`."
)
SANDBOX_INSTRUCTIONS = (
    " This server runs on an embedded call-control sandbox: no real calls are made, any connection_id and "
    "numbers work, calls answer after a short delay, `sandbox_script_digits` sets what the caller keys "
    "in at the next gather, and `sandbox_inbound_call` makes a call ring in (then call_answer or call_reject)."
)
MISSING_KEY = (
    f"{API_KEY_ENV} is not set, so this server cannot call the Telnyx API. Set it in the MCP client's "
    "configuration for this server (env) and restart the server. Nothing was sent."
)
DRY_RUN_KEY = "dry-run-placeholder"


def default_client(settings: Settings) -> AsyncTelnyx:
    """The client real calls go through: the settings' key and base URL, the client's own retries."""
    from telnyx_voice import AsyncTelnyx

    return AsyncTelnyx(api_key=settings.api_key, base_url=settings.base_url)


class _Captured(Exception):
    """Raised by the dry-run transport with the request the client would have sent."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__("dry run")
        self.request = request


def _dry_run_client(settings: Settings) -> AsyncTelnyx:
    """A client whose transport captures the finished request instead of sending it.

    Going through the real client (not a copy of its logic) makes the shown request exact: path
    encoding, deepObject query parameters, the generated `command_id`, headers.
    """
    import httpx
    from telnyx_voice import AsyncTelnyx

    class CaptureTransport(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            raise _Captured(request)

    return AsyncTelnyx(
        api_key=settings.api_key or DRY_RUN_KEY,
        base_url=settings.base_url,
        http_client=httpx.AsyncClient(transport=CaptureTransport()),
        max_retries=0,
    )


class ToolService:
    """The tools/list and tools/call handlers, and the API client they share."""

    def __init__(
        self,
        settings: Settings,
        catalog: Catalog,
        client_factory: ClientFactory = default_client,
        events: CallEvents | None = None,
    ) -> None:
        self.settings = settings
        self.catalog = catalog
        self.client_factory = client_factory
        self.events = events or CallEvents(settings)
        self._client: AsyncTelnyx | None = None
        self._dry_run: AsyncTelnyx | None = None
        self._listings: dict[ClientProfile | None, types.ListToolsResult] = {}
        self._shaped: dict[tuple[ClientProfile | None, str], Shaped] = {}

    def profile(self, ctx: Context) -> ClientProfile | None:
        """`--client`, else the profile the client's `initialize` name implies, else none."""
        if self.settings.client is not None:
            return self.settings.client
        client = ctx.session.client_params
        return detect(client.client_info.name if client is not None else None)

    def shaped(self, profile: ClientProfile | None, name: str) -> Shaped | None:
        """The listed schema of tool name for profile (cached), or None for a tool not listed."""
        key = (profile, name)
        if key not in self._shaped:
            schema = self.catalog.listed_schema(name)
            if schema is None:
                return None
            self._shaped[key] = shape(schema, profile)
        return self._shaped[key]

    async def list_tools(self, ctx: Context, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        profile = self.profile(ctx)
        if profile not in self._listings:
            tools = []
            for tool in self.catalog.listing():
                shaped = self.shaped(profile, tool["name"])
                listed = tool if shaped is None else {**tool, "inputSchema": shaped.schema}
                tools.append(types.Tool.model_validate(listed))
            self._listings[profile] = types.ListToolsResult(tools=tools)
        return self._listings[profile]

    async def call_tool(self, ctx: Context, params: types.CallToolRequestParams) -> types.CallToolResult:
        profile = self.profile(ctx)
        shaped = self.shaped(profile, params.name)
        arguments = params.arguments or {}
        if shaped is not None:
            arguments = restore(arguments, shaped, profile)
        try:
            result = await self._call(params.name, arguments, ctx.session.report_progress)
        except Exception:
            # The last line of the no-JSON-RPC-errors promise: a bug here still answers as a result.
            logger.exception("tool %s failed unexpectedly", params.name)
            result = self._result({"error": {"kind": "internal"}}, "Internal error in the tool server.", error=True)
        logger.info("tool %s: %s", params.name, "error" if result.is_error else "ok")
        return result

    async def aclose(self) -> None:
        for client in (self._client, self._dry_run):
            if client is not None:
                await client.close()
        self._client = self._dry_run = None
        await self.events.aclose()

    def _result(self, structured: Any, text: str | None = None, *, error: bool = False) -> types.CallToolResult:
        """A tool result; the secrets check covers both the text and the structured content."""
        structured = self.settings.redact_data(structured)
        body = self.settings.redact(text) if text is not None else json.dumps(structured, ensure_ascii=False)
        return types.CallToolResult(
            content=[types.TextContent(text=body)], structured_content=structured, is_error=error
        )

    def _error(self, kind: str, message: str, **details: Any) -> types.CallToolResult:
        return self._result({"error": {"kind": kind, "message": message, **details}}, message, error=True)

    async def _call(
        self, name: str, arguments: Mapping[str, Any], progress: Progress | None = None
    ) -> types.CallToolResult:
        if name in self.catalog.meta_tools:
            try:
                self.catalog.check_server_tool(name, arguments)
            except InvalidArgumentsError as exc:
                return self._invalid(exc)
            if name == DESCRIBE_TOOL:
                return self._describe(arguments)
            if name == SEARCH_TOOLS:
                found = search(self.catalog.entries, self.catalog.listing_names, arguments)
                return self._result({"tools": found})
            return await self._invoke(arguments, progress)
        if name in self.catalog.server_tools:
            return await self._server_tool(name, arguments, progress)
        if name not in self.catalog.entries:
            return self._error("unknown_tool", self.catalog.unknown_tool_message(name))
        try:
            call = self.catalog.prepare(name, arguments)
        except InvalidArgumentsError as exc:
            problems = [{"field": p.path, "problem": p.message} for p in exc.problems]
            return self._error("invalid_arguments", str(exc), problems=problems)
        if self.settings.dry_run:
            return await self._dry_run_call(call)
        if not self.settings.api_key and self.events.sandbox is None:
            return self._error("missing_api_key", MISSING_KEY)
        if self._client is None:
            self._client = self.client_factory(self.settings)
        return await self._send(self._client, call)

    def _invalid(self, exc: InvalidArgumentsError) -> types.CallToolResult:
        """The result of a server or meta tool called with bad arguments (nothing was ever to be sent)."""
        problems = [{"field": p.path, "problem": p.message} for p in exc.problems]
        message = str(exc).replace("; nothing was sent.", ".")
        return self._error("invalid_arguments", message, problems=problems)

    def _describe(self, arguments: Mapping[str, Any]) -> types.CallToolResult:
        name = arguments["name"]
        if name not in self.catalog.describable and name not in self.catalog.meta_tools:
            return self._error("invalid_arguments", self.catalog.unknown_tool_message(name))
        try:
            description = self.catalog.describe(name, arguments.get("field"))
        except UnknownFieldError as exc:
            return self._error("invalid_arguments", str(exc))
        return self._result(description)

    async def _invoke(self, arguments: Mapping[str, Any], progress: Progress | None) -> types.CallToolResult:
        """invoke_tool: an operation or server tool of this catalog, called as if called directly."""
        name = arguments["name"]
        if name in self.catalog.meta_tools or name not in self.catalog.describable:
            return self._error("unknown_tool", self.catalog.unknown_tool_message(name))
        return await self._call(name, arguments.get("arguments") or {}, progress)

    async def _server_tool(
        self, name: str, arguments: Mapping[str, Any], progress: Progress | None
    ) -> types.CallToolResult:
        """wait_for_event, list_call_events, sandbox_script_digits: checked, then run by `CallEvents`."""
        try:
            self.catalog.check_server_tool(name, arguments)
        except InvalidArgumentsError as exc:
            return self._invalid(exc)
        outcome = await self.events.call(name, arguments, progress)
        return self._result(outcome.structured, outcome.text, error=outcome.error)

    async def _dry_run_call(self, call: PreparedCall) -> types.CallToolResult:
        from telnyx_voice._operations import OPERATIONS

        if self._dry_run is None:
            self._dry_run = _dry_run_client(self.settings)
        try:
            await self._dry_run.request(OPERATIONS[call.operation_id], path=call.path, query=call.query, body=call.body)
        except _Captured as captured:
            request = captured.request
        else:  # pragma: no cover - the capture transport always raises
            raise RuntimeError("the dry-run transport let a request through")
        headers = {k: f"Bearer {REDACTED}" if k.lower() == "authorization" else v for k, v in request.headers.items()}
        shown: dict[str, Any] = {
            "dry_run": True,
            "sent": False,
            "method": request.method,
            "url": str(request.url),
            "headers": headers,
            "body": json.loads(request.content) if request.content else None,
        }
        if not self.settings.api_key:
            shown["note"] = f"{API_KEY_ENV} is not set: a real call would fail."
        return self._result(shown)

    async def _send(self, client: AsyncTelnyx, call: PreparedCall) -> types.CallToolResult:
        from telnyx_voice._binary import BinaryResponse
        from telnyx_voice._exceptions import (
            APIConnectionError,
            APIResponseValidationError,
            APIStatusError,
            APITimeoutError,
            MissingAPIKeyError,
        )
        from telnyx_voice._http import to_json
        from telnyx_voice._operations import OPERATIONS

        op = OPERATIONS[call.operation_id]
        where = f"{op.method} {op.path}"
        try:
            response = await client.request(op, path=call.path, query=call.query, body=call.body)
        except APIStatusError as exc:
            return self._api_error(exc)
        except APITimeoutError:
            return self._error("timeout", f"The Telnyx API did not answer {where} in time (retries included).")
        except APIConnectionError as exc:
            return self._error("connection", f"Could not reach the Telnyx API for {where}: {exc.message}")
        except APIResponseValidationError as exc:
            return self._error(
                "invalid_response",
                f"The Telnyx API answered {where} with HTTP {exc.status_code}, "
                f"but the body is not what the spec describes: {exc.message}",
                status=exc.status_code,
            )
        except MissingAPIKeyError:
            return self._error("missing_api_key", MISSING_KEY)
        except (ValueError, TypeError) as exc:
            return self._error("invalid_arguments", f"Could not build the request for {where}: {exc}")
        if response is None:
            # Not `status`: some responses have a `status` field of their own, which outputSchema describes.
            return self._result({"accepted": True}, f"The Telnyx API accepted {where} (no content).")
        if isinstance(response, BinaryResponse):
            return self._result(*describe_binary(response, where))
        if isinstance(response, str):  # a text success body
            return self._result({"text": response}, response)
        return self._result(to_json(response))

    def _api_error(self, exc: APIStatusError) -> types.CallToolResult:
        """An APIStatusError as a result: the status, then each Telnyx error's code, title and detail."""
        request = exc.response.request
        lines = [f"Telnyx API error: HTTP {exc.status_code} {exc.response.reason_phrase} from {request.method} "]
        lines[0] += f"{request.url.path}."
        errors = []
        for item in exc.errors:
            source = item.source.get("pointer") or item.source.get("parameter") if item.source else None
            lines.append(
                f"- {item.code} {item.title}"
                + (f": {item.detail}" if item.detail else "")
                + (f" ({source})" if source else "")
            )
            errors.append({"code": item.code, "title": item.title, "detail": item.detail, "source": item.source})
        if not errors:
            lines.append(f"- {exc.response.text[:500].strip() or 'no response body'}")
        return self._result(
            {"error": {"kind": "api", "status": exc.status_code, "errors": errors}}, "\n".join(lines), error=True
        )


def build_server(
    settings: Settings,
    client_factory: ClientFactory | None = None,
    catalog: Catalog | None = None,
    events: CallEvents | None = None,
) -> Server[None]:
    """The MCP server for settings.

    Args:
        settings: what to offer and how to call.
        client_factory: makes the API client (tests pass a mocked one); default: the Telnyx API, or
            the embedded sandbox with `settings.sandbox`.
        catalog: the operation tools (default: loaded for settings); the event tools are added.
        events: the call-event source and log (default: made for settings); pass one to serve its
            `receiver()` or reach its sandbox.

    Raises:
        NoMatchingToolsError: `settings.tools` (with `read_only`) leaves no tool.
    """
    catalog = catalog or Catalog.load(
        settings.tools, read_only=settings.read_only, schemas=settings.schemas, toolsets=settings.toolsets
    )
    events = events or CallEvents(settings)
    catalog = catalog.with_server_tools(events.definitions(), settings.tools, read_only=settings.read_only)
    if client_factory is None:
        client_factory = events.sandbox.client if events.sandbox is not None else default_client
    service = ToolService(settings, catalog, client_factory, events)

    @asynccontextmanager
    async def lifespan(_: Server[None]) -> AsyncIterator[None]:
        try:
            yield None
        finally:
            await service.aclose()

    return Server(
        SERVER_NAME,
        version=__version__,
        title="Telnyx Voice",
        instructions=INSTRUCTIONS + (SANDBOX_INSTRUCTIONS if events.sandbox is not None else ""),
        lifespan=lifespan,
        get_tool_input_schema=catalog.listed_schema,
        on_list_tools=service.list_tools,
        on_call_tool=service.call_tool,
    )
