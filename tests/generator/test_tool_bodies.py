"""The tool definitions say which operations send a body: every one whose spec operation has a request body."""

from __future__ import annotations

from typing import Any

from telnyx_voice_tools import load

from tests.support.sandbox import _resolve


def test_every_operation_with_a_request_body_has_a_tool_that_sends_it(normalized_spec: dict[str, Any]) -> None:
    expected = {
        operation["operationId"]: "requestBody" in operation
        for methods in normalized_spec["paths"].values()
        for operation in methods.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    tools = {entry["operation_id"]: entry["has_body"] for entry in load()["tools"]}
    assert tools == {operation_id: expected[operation_id] for operation_id in tools}


def test_an_inline_request_body_schema_counts_as_a_body(normalized_spec: dict[str, Any]) -> None:
    """`POST /recordings/actions/delete` declares its body inline, without a named schema."""
    operation = normalized_spec["paths"]["/recordings/actions/delete"]["post"]
    schema = _resolve(normalized_spec, operation["requestBody"])["content"]["application/json"]["schema"]
    assert "$ref" not in schema
    assert next(e for e in load()["tools"] if e["operation_id"] == "DeleteRecordings")["has_body"] is True
