"""Each client profile's tools/list against its provider's documented rules; calls still validate in full."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator
from mcp import Client
from telnyx_voice_mcp.client_profiles import PROFILES, detect
from telnyx_voice_mcp.server import SERVER_NAME, build_server
from telnyx_voice_mcp.settings import Settings

from tests.mcp.conftest import API_KEY, CALL_CONTROL_ID, Connect
from tests.support import provider_rules


async def listed(profile: str | None, **settings: Any) -> list[dict[str, Any]]:
    config = Settings(api_key=API_KEY, tools=("*",), client=profile, **settings)  # type: ignore[arg-type]
    async with Client(build_server(config)) as client:
        tools = (await client.list_tools()).tools
    return [t.model_dump(by_alias=True, exclude_none=True) for t in tools]


@pytest.mark.parametrize("profile", [None, *PROFILES])
async def test_every_listed_tool_follows_the_profiles_provider_rules(profile: str | None) -> None:
    tools = await listed(profile)
    assert len(tools) > 96
    if profile == "cursor":
        found = {t["name"]: provider_rules.cursor(t, SERVER_NAME) for t in tools}
    else:
        # The default (no profile) must already pass both Anthropic's and OpenAI's non-strict rules.
        checks = [provider_rules.anthropic, provider_rules.openai] if profile is None else []
        checks += [provider_rules.CHECKERS[profile]] if profile in provider_rules.CHECKERS else []
        found = {t["name"]: [p for check in checks for p in check(t)] for t in tools}
    assert {name: problems for name, problems in found.items() if problems} == {}
    for tool in tools:
        Draft202012Validator.check_schema(tool["inputSchema"])


def test_the_checkers_catch_what_providers_reject() -> None:
    bad = {"name": "x", "inputSchema": {"type": "object", "anyOf": [], "properties": {"a": {"type": "array"}}}}
    assert provider_rules.openai(bad) == ["top-level anyOf", "$.a: array without items"]
    loose = {"name": "x", "inputSchema": {"type": "object", "properties": {"a": {"type": "string", "default": ""}}}}
    assert len(provider_rules.openai_strict(loose)) == 3
    assert provider_rules.gemini(loose) == []
    assert provider_rules.gemini({"name": "1x", "inputSchema": {"type": "object", "additionalProperties": False}})
    assert provider_rules.cursor({"name": "t" * 48, "inputSchema": {"type": "object"}}, SERVER_NAME)


@pytest.mark.parametrize(
    ("name", "profile"),
    [
        ("claude-code", "claude"),
        ("Cursor-VSCode", "cursor"),
        ("gemini-cli-mcp-client", "gemini"),
        ("codex-mcp-client", "openai"),
        ("mcp-inspector", None),
        (None, None),
    ],
)
def test_profiles_are_detected_only_from_unambiguous_client_names(name: str | None, profile: str | None) -> None:
    assert detect(name) == profile


async def test_shaped_arguments_are_restored_before_full_validation(connect: Connect) -> None:
    nested = {"call_control_id": CALL_CONTROL_ID, "payload": "hi", "voice": "female", "language": None}
    async with connect(client="openai-strict") as client:
        ok = await client.call_tool("call_speak", nested)
        wrong = await client.call_tool("call_speak", {**nested, "voice": 7.5})
    assert not ok.is_error, ok.content
    assert wrong.is_error
    dial = {"connection_id": "c", "to": "+15551230000", "from": "+15551230001"}
    async with connect(client="gemini", tools=("calls_dial",)) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert tools["calls_dial"].input_schema["properties"]["webhook_urls"]["type"] == "string"
        sent = await client.call_tool("calls_dial", {**dial, "webhook_urls": '{"a": "https://example.com/a"}'})
        bad = await client.call_tool("calls_dial", {**dial, "webhook_urls": '{"a": "not a uri"}'})
    assert not sent.is_error, sent.content
    assert bad.is_error and "webhook_urls.a" in str(bad.structured_content)
