"""The generator side: turning OpenAPI schemas into the tools' JSON Schemas (generator/render/mcp.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator.describe import describe
from generator.errors import GeneratorError, SpecReferenceError
from generator.render import mcp
from generator.render.json_schema import Inliner
from generator.render.mcp import render_tools
from generator.render.tool_summary import Summarizer

VOICES = {
    "oneOf": [{"$ref": "#/components/schemas/Eleven"}, {"$ref": "#/components/schemas/Polly"}],
    "discriminator": {"propertyName": "type", "mapping": {"elevenlabs": "#/components/schemas/Eleven"}},
}
SCHEMAS: dict[str, Any] = {
    "Eleven": {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string"}, "api_key_ref": {"type": "string"}},
        "x-discriminator-value": {"property": "type", "values": ["elevenlabs"]},
    },
    "Polly": {"type": "object", "properties": {"type": {"type": "string"}, "engine": {"type": "string"}}},
    "Node": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        },
    },
    "Closed": {
        "type": "object",
        "x-closed": True,
        "properties": {"size": {"type": "integer", "minimum": 1, "x-documented-default": 20, "example": 5}},
    },
}
SPEC: dict[str, Any] = {"components": {"schemas": SCHEMAS}}


def test_refs_are_inlined_and_markers_become_json_schema() -> None:
    closed = Inliner(SPEC).convert({"$ref": "#/components/schemas/Closed", "description": "Paging."})
    assert closed == {
        "type": "object",
        "additionalProperties": False,
        "description": "Paging.",
        "properties": {"size": {"type": "integer", "minimum": 1, "default": 20, "examples": [5]}},
    }


def test_a_recursive_schema_is_cut_at_the_cycle() -> None:
    node = Inliner(SPEC).convert({"$ref": "#/components/schemas/Node"})
    cut = node["properties"]["children"]["items"]
    assert cut == {"description": "A Node, the same shape as the enclosing one (recursive)."}
    Draft202012Validator.check_schema(node)
    assert "$ref" not in json.dumps(node)


def test_a_ref_outside_the_components_is_an_error() -> None:
    with pytest.raises(SpecReferenceError, match="#/components/schemas/Missing"):
        Inliner(SPEC).convert({"$ref": "#/components/schemas/Missing"})


def test_discriminated_members_accept_only_their_tag() -> None:
    union = Inliner(SPEC).convert(VOICES)
    assert "discriminator" not in union
    eleven, polly = union["oneOf"]
    assert eleven["properties"]["type"]["enum"] == ["elevenlabs"]
    # A member missing from the mapping is tagged with its component name, as OpenAPI says.
    assert polly["properties"]["type"]["enum"] == ["Polly"] and polly["required"] == ["type"]
    validator = Draft202012Validator(union)
    assert validator.is_valid({"type": "elevenlabs", "api_key_ref": "k"})
    assert not validator.is_valid({"type": "azure"})


def test_required_alternatives_nested_become_any_of() -> None:
    node = {"type": "object", "properties": {"a": {}, "b": {}}, "x-required-one-of": [["a"], ["b"]]}
    assert Inliner(SPEC).convert(node)["anyOf"] == [{"required": ["a"]}, {"required": ["b"]}]


def test_a_summary_collapses_deep_levels_and_stays_a_superset() -> None:
    full = Inliner(SPEC).convert(
        {
            "type": "object",
            "description": "Settings. More text.",
            "properties": {"voice": VOICES, "page": {"$ref": "#/components/schemas/Closed"}},
        }
    )
    summary = Summarizer(depth=0, described=0).argument(full)
    assert summary["description"] == "Settings."
    assert summary["properties"]["voice"] == {
        "type": "object",
        "description": "One of: type=elevenlabs {type, api_key_ref}; type=Polly {type, engine}.",
    }
    assert summary["properties"]["page"] == {"type": "object", "description": "Fields: size."}
    value = {"voice": {"type": "elevenlabs", "api_key_ref": 5}, "page": {"size": 0, "extra": 1}}
    assert Draft202012Validator(summary).is_valid(value)
    assert not Draft202012Validator(full).is_valid(value)


def test_the_summary_level_falls_back_to_fit_the_budget(
    normalized_spec: dict[str, Any], naming: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    operations = describe(normalized_spec, naming)
    monkeypatch.setattr(mcp, "SUMMARY_BUDGET", 1024 * 1024)  # the richest level fits
    rich = render_tools(normalized_spec, operations)
    monkeypatch.setattr(mcp, "SUMMARY_BUDGET", rich.summary_bytes + mcp.RESERVED_BYTES - 1)
    smaller = render_tools(normalized_spec, operations)
    assert smaller.summary_bytes < rich.summary_bytes <= mcp.SUMMARY_BUDGET + 1
    assert smaller.full_bytes == rich.full_bytes
    monkeypatch.setattr(mcp, "SUMMARY_BUDGET", 1024)
    with pytest.raises(GeneratorError, match="over the 1 KB budget"):
        render_tools(normalized_spec, operations)


def test_rendering_is_deterministic(normalized_spec: dict[str, Any], naming: Any) -> None:
    operations = describe(normalized_spec, naming)
    first, second = render_tools(normalized_spec, operations), render_tools(normalized_spec, operations)
    assert first.files == second.files
    shipped = {"arguments.py", "formats.py", "schema_validation.py"}  # from generator/tools_runtime/
    assert set(first.files) == {"__init__.py", "tools.json", "py.typed", *shipped}


def test_every_module_of_tools_runtime_ships_as_it_is(
    normalized_spec: dict[str, Any], naming: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "__init__.py").write_text(mcp.TOOLS_RUNTIME.joinpath("__init__.py").read_text())
    (tmp_path / "extra.py").write_text("EXTRA = 1\n")
    monkeypatch.setattr(mcp, "TOOLS_RUNTIME", tmp_path)
    files = render_tools(normalized_spec, describe(normalized_spec, naming)).files
    assert files["extra.py"] == "EXTRA = 1\n"
    assert files["__init__.py"] == (tmp_path / "__init__.py").read_text()


def test_core_tools_must_exist_and_fit_the_listing_budget(
    normalized_spec: dict[str, Any], naming: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    operations = describe(normalized_spec, naming)
    rendered = render_tools(normalized_spec, operations)
    assert rendered.summary_bytes <= mcp.SUMMARY_BUDGET - mcp.RESERVED_BYTES
    monkeypatch.setattr(mcp, "CORE_TOOLS", (*mcp.CORE_TOOLS, "call_teleport"))
    with pytest.raises(GeneratorError, match=r"core tools \['call_teleport'\]"):
        render_tools(normalized_spec, operations)


def test_a_core_tool_an_older_spec_lacks_is_left_out_not_an_error(normalized_spec: dict[str, Any], naming: Any) -> None:
    """Generating an older spec with allow_missing: the skipped operations' core tools are simply not listed."""
    operations = tuple(op for op in describe(normalized_spec, naming) if op.tool_name != "conference_join")
    with pytest.raises(GeneratorError, match=r"core tools \['conference_join'\]"):
        render_tools(normalized_spec, operations)

    rendered = render_tools(normalized_spec, operations, frozenset({"conference_join"}))

    tools = json.loads(rendered.files["tools.json"])["tools"]
    core = [entry["tool"]["name"] for entry in tools if entry["core"]]
    assert sorted(core) == sorted(name for name in mcp.CORE_TOOLS if name != "conference_join")
