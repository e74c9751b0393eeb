"""A path parameter never changes which endpoint is called, for every operation, sync and async.

Each value below is passed as each path parameter of each operation: it is either sent as one escaped path
segment (the exact URL is asserted) or refused with a ValueError before anything is sent.
"""

from __future__ import annotations

from typing import Any

import pytest
from telnyx_voice._operations import OPERATIONS

from tests.support.client import BASE_URL, MODES, invoke, method_table, mock_api, reply
from tests.support.spec_operations import Field, SpecOperation, field_value, path_id, response_body, spec_operations

# value -> the path segment it must become (escaped by hand here, not by the code under test)
ESCAPED = {
    "../x": "..%2Fx",
    "%2e%2e": "%252e%252e",
    "a/../b": "a%2F..%2Fb",
    "./": ".%2F",
    "..;": "..%3B",
    "v3:a_b-c.d~e@f": "v3:a_b-c.d~e@f",
}
DOT_SEGMENTS = (".", "..")
PATH_PARAMETERS = [
    (op_id, f.wire) for op_id in OPERATIONS for f in spec_operations()[op_id].fields if f.location == "path"
]


def path_arguments(op: SpecOperation, wire: str, value: str) -> list[str]:
    """The positional path argument (the last path parameter): value if it is `wire`, else its usual id."""
    return [value if f.wire == wire else path_id(f) for f in op.of("path")[-1:]]


def required_keywords(op: SpecOperation, wire: str = "", value: str = "") -> dict[str, Any]:
    """The required keyword arguments: the other path parameters (value for `wire`) and the required fields."""
    path = {f.python: value if f.wire == wire else path_id(f) for f in op.of("path")[:-1]}
    return path | {f.python: field_value(f) for f in op.fields if f.location != "path" and f.required}


def expected_raw_path(op: SpecOperation, wire: str, segment: str) -> str:
    return "/v2" + op.path.format_map({f.wire: segment if f.wire == wire else path_id(f) for f in op.of("path")})


def python_argument(op: SpecOperation, wire: str) -> Field:
    (found,) = [f for f in op.of("path") if f.wire == wire]
    return found


def test_every_operation_with_a_path_parameter_is_covered() -> None:
    assert len({op_id for op_id, _ in PATH_PARAMETERS}) >= 40


@pytest.mark.parametrize("value", list(ESCAPED))
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("op_id", "wire"), PATH_PARAMETERS, ids=[f"{o}-{w}" for o, w in PATH_PARAMETERS])
async def test_path_value_is_sent_as_one_escaped_segment(op_id: str, wire: str, mode: str, value: str) -> None:
    op = spec_operations()[op_id]
    api = mock_api(reply(op.status, response_body(op)))

    await invoke(
        api.client(mode), method_table()[op_id], *path_arguments(op, wire, value), **required_keywords(op, wire, value)
    )

    (request,) = api.requests
    assert request.method == op.method
    assert request.url.raw_path.decode().split("?")[0] == expected_raw_path(op, wire, ESCAPED[value])
    assert str(request.url).startswith(BASE_URL + "/")


@pytest.mark.parametrize("value", DOT_SEGMENTS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("op_id", "wire"), PATH_PARAMETERS, ids=[f"{o}-{w}" for o, w in PATH_PARAMETERS])
async def test_dot_segment_is_refused_before_sending(op_id: str, wire: str, mode: str, value: str) -> None:
    op = spec_operations()[op_id]
    api = mock_api()
    argument = python_argument(op, wire).python

    with pytest.raises(ValueError, match=rf"{op_id}: `{argument}` cannot be '{value}': a dot segment") as caught:
        await invoke(
            api.client(mode),
            method_table()[op_id],
            *path_arguments(op, wire, value),
            **required_keywords(op, wire, value),
        )

    assert f"{op.method} {op.path}" in str(caught.value)
    assert api.requests == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("op_id", "wire"), PATH_PARAMETERS, ids=[f"{o}-{w}" for o, w in PATH_PARAMETERS])
async def test_empty_path_value_is_refused_with_the_argument_name(op_id: str, wire: str, mode: str) -> None:
    op = spec_operations()[op_id]
    api = mock_api()
    argument = python_argument(op, wire).python

    with pytest.raises(ValueError) as caught:
        await invoke(
            api.client(mode), method_table()[op_id], *path_arguments(op, wire, ""), **required_keywords(op, wire, "")
        )

    assert str(caught.value) == f"Expected a non-empty value for `{argument}` but received ''"
    assert api.requests == []


async def test_renamed_path_argument_is_named_as_the_caller_wrote_it(mode: str) -> None:
    api = mock_api()
    with pytest.raises(ValueError, match="`call_control_id_to_bridge`"):
        await invoke(api.client(mode), "calls.actions.bridge", "..", call_control_id_to_bridge_with="v3:other")
    assert api.requests == []
