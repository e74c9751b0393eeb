"""Building answers: a call as the API shows it, a command's `data` from its generated response model."""

from __future__ import annotations

import typing
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import attrs
from telnyx_voice._http import Operation, response_class

from ._model import Call, iso, new_uuid, now


@dataclass(frozen=True)
class Binary:
    """A body that is not JSON: bytes served with their content type (`media.download`)."""

    content: bytes
    content_type: str


Reply = tuple[int, dict[str, Any] | Binary | None]
"""An HTTP status and what is answered with it: a JSON body, bytes, or nothing (204)."""


def call_json(call: Call) -> dict[str, Any]:
    """The call as `GET /calls/{call_control_id}` shows it (`data`)."""
    data: dict[str, Any] = {
        "record_type": "call",
        "call_control_id": call.call_control_id,
        "call_leg_id": call.call_leg_id,
        "call_session_id": call.call_session_id,
        "is_alive": call.alive,
        "call_duration": call.duration(now()),
        "start_time": iso(call.start_time),
    }
    if call.client_state is not None:
        data["client_state"] = call.client_state
    if call.end_time is not None:
        data["end_time"] = iso(call.end_time)
    return data


@cache
def _data_model(operation: Operation[Any]) -> Any:
    """The generated attrs class of the `data` object in operation's success body (None: no such object)."""
    if operation.response is None:
        return None
    data = typing.get_type_hints(response_class(operation)).get("data")
    return next((kind for kind in (data, *typing.get_args(data)) if attrs.has(kind)), None)


def command_result(operation: Operation[Any], body: Mapping[str, Any]) -> dict[str, Any]:
    """The `data` of a command's answer, with the fields its response schema (the generated model) declares.

    `result` is "ok"; an id field (`conversation_id`, `conversation_relay_id`, ...) names what the command
    created: the id the request sent under that name, else a fresh one; any other required field gets
    a plain value of its type. The model's `to_dict` gives the wire names.
    """
    model = _data_model(operation)
    if model is None:
        return {"result": "ok"}
    hints = typing.get_type_hints(model)
    values: dict[str, Any] = {}
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        if field.name == "result":
            values[field.name] = "ok"
        elif field.name.endswith("_id"):
            values[field.name] = body.get(field.name) or new_uuid()
        elif field.default is attrs.NOTHING:
            values[field.name] = _plain(hints.get(field.name))
    data: dict[str, Any] = model(**values).to_dict()
    return data


def _plain(kind: Any) -> Any:
    """A plain value of a (generated model) field type: "", 0, 0.0, False, [] or {}."""
    for option in (kind, *typing.get_args(kind)):
        origin = typing.get_origin(option) or option
        if origin in (str, int, float, bool, list, dict):
            return origin()
    return None


def sample_value(schema: Mapping[str, Any]) -> Any:
    """A value schema allows: its example, first enum value, const or default, else a plain value of its type."""
    for key in ("example", "const", "default"):
        if key in schema:
            return schema[key]
    for key in ("examples", "enum"):
        if schema.get(key):
            return schema[key][0]
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        properties = schema.get("properties") or {}
        return {name: sample_value(prop) for name, prop in properties.items() if isinstance(prop, Mapping)}
    return {"string": "sandbox", "integer": 1, "number": 1.0, "boolean": True, "array": []}.get(str(kind))
