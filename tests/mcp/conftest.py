"""Fixtures for the MCP server tests: the generated tools, spec examples, and a mocked Telnyx API.

The examples come from the spec itself (request body examples, parameter and property examples,
response data examples), so the tests follow the spec when it changes.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from mcp import Client
from telnyx_voice import AsyncTelnyx
from telnyx_voice_mcp.server import build_server
from telnyx_voice_mcp.settings import Settings
from telnyx_voice_tools import META_KEY, ToolEntry, load

from tests.support.samples import spec_example

API_KEY = "KEY0123456789SECRET"
BASE_URL = "https://api.telnyx.test/v2"
CALL_CONTROL_ID = "v3:u5OAKGEPT3Dx8SZSSDRWEMdNH2OripQhO"


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        _, _, kind, name = node["$ref"].split("/")
        node = spec["components"][kind][name]
    return node


def _operation(spec: dict[str, Any], entry: ToolEntry) -> tuple[dict[str, Any], dict[str, Any]]:
    meta = entry["tool"]["_meta"][META_KEY]
    item = spec["paths"][meta["path"]]
    return item, item[meta["method"].lower()]


def _example(spec: dict[str, Any], schema: Any) -> Any:
    return spec_example(schema, lambda node: _resolve(spec, node))


def _body_example(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    body = _resolve(spec, operation.get("requestBody"))
    if not body:
        return {}
    media = body["content"]["application/json"]
    example = media.get("example") or _example(spec, media["schema"])
    return example if isinstance(example, dict) else {}


def example_arguments(spec: dict[str, Any], entry: ToolEntry) -> dict[str, Any]:
    """The tool arguments for the spec's example request of entry's operation."""
    item, operation = _operation(spec, entry)
    by_wire = {(route["in"], route["name"]): arg for arg, route in entry["arguments"].items()}
    args: dict[str, Any] = {}
    for raw in item.get("parameters", []) + operation.get("parameters", []):
        param = _resolve(spec, raw)
        value = param.get("example", param.get("schema", {}).get("example"))
        if param["in"] == "path":
            args[by_wire["path", param["name"]]] = str(value) if value is not None else CALL_CONTROL_ID
        elif param["in"] == "query" and value is not None:
            args[by_wire["query", param["name"]]] = value
    for name, value in _body_example(spec, operation).items():
        args[by_wire["body", name]] = value
    return args


def response_example(spec: dict[str, Any], entry: ToolEntry) -> tuple[int, dict[str, Any]]:
    """A success status and body for entry's operation, built from the spec's data examples."""
    _, operation = _operation(spec, entry)
    status = min(code for code in operation["responses"] if str(code).startswith("2"))
    media = _resolve(spec, operation["responses"][status]).get("content", {}).get("application/json")
    if media is None:  # no content (204) or a binary download
        return int(status), {}
    schema = _resolve(spec, media["schema"])
    body: dict[str, Any] = {}
    for name, prop in schema.get("properties", {}).items():
        prop = _resolve(spec, prop)
        if prop.get("type") == "array":
            body[name] = [_example(spec, prop["items"])]
        else:
            body[name] = _example(spec, prop) or {}
    return int(status), body


@pytest.fixture(scope="session")
def entries() -> dict[str, ToolEntry]:
    return {entry["tool"]["name"]: entry for entry in load()["tools"]}


@pytest.fixture(scope="session")
def examples(normalized_spec: dict[str, Any], entries: dict[str, ToolEntry]) -> dict[str, dict[str, Any]]:
    return {name: example_arguments(normalized_spec, entry) for name, entry in entries.items()}


@pytest.fixture(scope="session")
def responses(normalized_spec: dict[str, Any], entries: dict[str, ToolEntry]) -> dict[str, tuple[int, dict[str, Any]]]:
    return {entry["operation_id"]: response_example(normalized_spec, entry) for entry in entries.values()}


@dataclass
class MockAPI:
    """The Telnyx API behind an httpx MockTransport: records requests, answers with spec examples.

    Set `reply` to answer the next requests differently (a response, or an exception to raise).
    """

    responses: dict[str, tuple[int, dict[str, Any]]]
    routes: list[tuple[str, re.Pattern[str], str]]
    requests: list[httpx.Request] = field(default_factory=list)
    reply: httpx.Response | Exception | None = None

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if isinstance(self.reply, Exception):
            raise self.reply
        if self.reply is not None:
            return self.reply
        path = request.url.path.removeprefix(httpx.URL(BASE_URL).path)
        for method, pattern, operation_id in self.routes:
            if method == request.method and pattern.fullmatch(path):
                status, body = self.responses[operation_id]
                return httpx.Response(status, json=body)
        return httpx.Response(404, json={"errors": [{"code": "404", "title": "Not found"}]})

    def client(self, settings: Settings) -> AsyncTelnyx:
        transport = httpx.MockTransport(self.handler)
        return AsyncTelnyx(
            api_key=settings.api_key,
            base_url=settings.base_url or BASE_URL,
            http_client=httpx.AsyncClient(transport=transport),
            max_retries=0,
        )

    @property
    def last_json(self) -> Any:
        return json.loads(self.requests[-1].content)


@pytest.fixture
def api(entries: dict[str, ToolEntry], responses: dict[str, tuple[int, dict[str, Any]]]) -> MockAPI:
    routes = []
    for entry in entries.values():
        meta = entry["tool"]["_meta"][META_KEY]
        pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(meta["path"])))
        routes.append((meta["method"], pattern, entry["operation_id"]))
    return MockAPI(responses, routes)


Connect = Callable[..., AbstractAsyncContextManager[Client]]


@pytest.fixture
def connect(api: MockAPI) -> Connect:
    """`async with connect(read_only=True) as client:` an in-process client of a server on the mock API."""

    @asynccontextmanager
    async def connected(**settings: Any) -> AsyncIterator[Client]:
        config = Settings(**{"api_key": API_KEY, **settings})
        async with Client(build_server(config, api.client)) as client:
            yield client

    return connected
