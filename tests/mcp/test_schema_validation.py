"""The shared argument checker (`telnyx_voice_tools.schema_validation`): formats, and problems that name the field."""

from __future__ import annotations

from typing import Any

import pytest
from telnyx_voice_tools.schema_validation import (
    ENUM,
    FORMAT,
    RANGE,
    REQUIRED,
    TYPE,
    UNKNOWN,
    Problem,
    compile_validator,
    problems,
)


def check(schema: dict[str, Any], value: Any) -> list[Problem]:
    return problems(compile_validator({"type": "object", "properties": {"v": schema}}), {"v": value})


@pytest.mark.parametrize(
    ("fmt", "good", "bad"),
    [
        (
            "uuid",
            ["3fa85f64-5717-4562-b3fc-2c963f66afa6", "3FA85F64-5717-4562-B3FC-2C963F66AFA6"],
            ["nope", "3fa85f6457174562b3fc2c963f66afa6", "{3fa85f64-5717-4562-b3fc-2c963f66afa6}", ""],
        ),
        (
            "date-time",
            ["2024-01-31T12:00:00Z", "2024-01-31t12:00:00.123456789+02:00", "2016-12-31T23:59:60Z"],
            [
                "yesterday",
                "2024-01-31",
                "2024-01-31T12:00:00",
                "2024-02-30T12:00:00Z",
                "2024-01-31T24:00:00Z",
                "2024-01-31T12:00:00+25:00",
                "2024-01-31 12:00:00Z",
            ],
        ),
        ("date", ["2024-01-31"], ["2024-1-31", "2024-02-30", "31/01/2024"]),
        ("email", ["a@example.com"], ["nobody"]),
        (
            "uri",
            ["https://example.com/a?b=c#d", "urn:uuid:3fa85f64", "wss://relay.example.com", "sip:agent@example.com"],
            ["example.com/no-scheme", "https://exa mple.com", "https://example.com/%zz", "1http://x", "a:b#c#d"],
        ),
        (
            "url",
            ["https://example.com/webhooks", "http://127.0.0.1:8000/webhooks"],
            ["example.com", "wss://relay.example.com", "https:///path-only", "mailto:a@example.com"],
        ),
    ],
)
def test_string_formats(fmt: str, good: list[str], bad: list[str]) -> None:
    for value in good:
        assert check({"type": "string", "format": fmt}, value) == [], value
    for value in bad:
        [problem] = check({"type": "string", "format": fmt}, value)
        assert (problem.path, problem.kind, problem.expected) == ("v", FORMAT, fmt), value


def test_integer_formats_and_formats_of_other_types() -> None:
    int32 = {"type": "integer", "format": "int32"}
    assert check(int32, 2**31 - 1) == [] and check(int32, -(2**31)) == []
    [problem] = check(int32, 2**31)
    assert problem.message == "2147483648 is not a 32-bit integer, -2147483648 to 2147483647"
    assert check({"type": "integer", "format": "int64"}, 2**63) != []
    # a format applies to its own type only; other formats (float) are annotations
    assert check({"format": "uuid"}, 5) == [] and check({"format": "int32"}, "x") == []
    assert check({"type": "number", "format": "float"}, 1e300) == []


def test_problems_say_what_kind_and_what_was_expected() -> None:
    schema = {
        "type": "object",
        "properties": {
            "mode": {"type": "string", "enum": ["a", "b"]},
            "count": {"type": "integer", "minimum": 1, "maximum": 10},
            "nested": {
                "type": "object",
                "properties": {"name": {"type": "string"}},
                "required": ["name"],
                "additionalProperties": False,
            },
        },
        "additionalProperties": False,
    }
    arguments = {"mode": "c", "count": 11, "nested": {"nmae": "x"}, "mdoe": 1}
    found = {p.path: (p.kind, p.location, p.expected) for p in problems(compile_validator(schema), arguments)}
    assert found == {
        "mode": (ENUM, ("mode",), ["a", "b"]),
        "count": (RANGE, ("count",), (1, 10)),
        "nested.name": (REQUIRED, ("nested", "name"), None),
        "nested.nmae": (UNKNOWN, ("nested", "nmae"), "name"),
        "mdoe": (UNKNOWN, ("mdoe",), "mode"),
    }
    [wrong_type] = problems(compile_validator(schema), {"count": "x"})
    assert (wrong_type.kind, wrong_type.expected, wrong_type.message) == (
        TYPE,
        "integer",
        "'x' is not of type 'integer'",
    )
