"""Compare two described spec versions: every change, classified as breaking or not (see `generator.report`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..describe import OperationSpec
from ..inputs import Selection
from .surface import Field, Surface, describe_shape, load_surface

NUMERIC_TYPES = ("integer", "number")

Area = Literal["operation", "parameter", "response field", "mcp tool", "event", "event field"]

AREA_ORDER: tuple[str, ...] = ("operation", "parameter", "response field", "mcp tool", "event", "event field")


@dataclass(frozen=True)
class Change:
    """One entry of the report.

    area: what kind of thing changed (`AREA_ORDER`); subject: the operationId, MCP tool name or
    webhook event name; location and field: for a field, where it is (path, query, body, response;
    payload or data for an event) and its name (dotted for a nested field or enum, `[]` for array
    items); change: what happened; old and new:
    the values compared (types as text, enum values as lists), where there are two.
    """

    area: str
    subject: str
    change: str
    breaking: bool
    detail: str = ""
    location: str = ""
    field: str = ""
    old: Any = None
    new: Any = None

    def sort_key(self) -> tuple[int, str, str, str, str]:
        return (AREA_ORDER.index(self.area), self.subject.lower(), self.field, self.location, self.change)

    @property
    def label(self) -> str:
        """`body field `from``, `query parameter `page``, `response field `data.state``,
        `field `hangup_cause``, or `""`."""
        if not self.field:
            return ""
        kinds = {
            "path": "path parameter",
            "query": "query parameter",
            "body": "body field",
            "response": "response field",
        }
        kind = kinds.get(self.location, "field")
        return f"{kind} `{self.field}`"


@dataclass(frozen=True)
class Report:
    old: Surface
    new: Surface
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)


def client_name(op: OperationSpec) -> str:
    return "client." + ".".join((*op.resource, op.method_name))


def _op_summary(op: OperationSpec) -> str:
    return f"`{client_name(op)}` ({op.method} {op.path}), MCP tool `{op.tool_name}`"


def _values(encoded: Iterable[str]) -> list[Any]:
    return [json.loads(value) for value in sorted(encoded)]


def _enum_text(values: list[Any]) -> str:
    return ", ".join(f"`{v}`" if isinstance(v, str) else f"`{json.dumps(v)}`" for v in values)


def _enum_changes(area: Area, subject: str, old: Field, new: Field) -> Iterator[Change]:
    """Enum values added (never breaking: the generated enums keep values they do not list) and
    removed (breaking: code that sends or compares with them is now wrong), also of nested fields."""
    old_enums, new_enums = old.enum_map, new.enum_map
    for path in sorted(set(old_enums) & set(new_enums)):
        where = {"location": new.location, "field": f"{new.name}.{path}" if path else new.name}
        added = _values(set(new_enums[path]) - set(old_enums[path]))
        removed = _values(set(old_enums[path]) - set(new_enums[path]))
        if added:
            yield Change(area, subject, "enum values added", False, _enum_text(added), new=added, **where)
        if removed:
            yield Change(area, subject, "enum values removed", True, _enum_text(removed), old=removed, **where)


def _widens(old: tuple[tuple[str, Any], ...], new: tuple[tuple[str, Any], ...]) -> bool | None:
    """True if new only accepts more than old (a type or union member added, e.g. null), False if
    it only accepts less, None if neither (a different type)."""
    before, after = dict(old), dict(new)
    keys = set(before) | set(after)
    grew = shrank = False
    for key in keys:
        if before.get(key) == after.get(key):
            continue
        if key not in ("type", "oneOf", "anyOf") or key not in before or key not in after:
            return None
        old_set, new_set = set(str(before[key]).split("|")), set(str(after[key]).split("|"))
        if old_set < new_set:
            grew = True
        elif new_set < old_set:
            shrank = True
        else:
            return None
    if grew and shrank:
        return None
    return grew


def _retype(area: Area, subject: str, old: Field, new: Field, *, inputs: bool) -> Iterator[Change]:
    """A changed type. Widening (a member or `null` added) does not break callers passing arguments,
    but breaks code reading the field; narrowing is the reverse; a number's or integer's format alone
    (double -> float) breaks no one (its Python type stays); anything else breaks both."""
    if old.shape == new.shape:
        return
    widens = _widens(old.shape, new.shape)
    before_parts, after_parts = dict(old.shape), dict(new.shape)
    differ = {k for k in set(before_parts) | set(after_parts) if before_parts.get(k) != after_parts.get(k)}
    if differ == {"format"} and before_parts.get("type") in NUMERIC_TYPES:
        change, breaking = "format changed", False  # still an int or a float in Python
    elif widens is None:
        change, breaking = "retyped", True
    else:
        change = "type widened" if widens else "type narrowed"
        breaking = widens != inputs
    before, after = describe_shape(old.shape), describe_shape(new.shape)
    yield Change(area, subject, change, breaking, f"{before} -> {after}", new.location, new.name, before, after)


def _outermost(fields: dict[Any, Field]) -> dict[Any, Field]:
    """fields without those nested in another of them."""
    names = {(f.location, f.name) for f in fields.values()}
    return {key: f for key, f in fields.items() if not f.parent or (f.location, f.parent) not in names}


def _compare_fields(
    area: Area,
    subject: str,
    old: dict[Any, Field],
    new: dict[Any, Field],
    *,
    inputs: bool,
) -> Iterator[Change]:
    """Changes between two sets of fields. inputs: the fields are arguments (a new required one breaks
    callers); otherwise they are read by the user (a field that may now be absent breaks them).
    A field nested in an added or removed field is not listed: its parent's entry says it all."""
    removed = _outermost({key: old[key] for key in sorted(set(old) - set(new), key=str)})
    added = _outermost({key: new[key] for key in sorted(set(new) - set(old), key=str)})
    for key, gone in list(removed.items()):
        twin = next(
            (
                k
                for k, f in added.items()
                if (f.location, f.parent) == (gone.location, gone.parent)
                and (f.shape, f.enums) == (gone.shape, gone.enums)
            ),
            None,
        )
        if twin is None:
            continue
        fresh = added.pop(twin)
        del removed[key]
        detail = f"`{gone.name}` removed and `{fresh.name}` added with the same schema ({describe_shape(gone.shape)})"
        yield Change(area, subject, "renamed?", True, detail, gone.location, gone.name, gone.name, fresh.name)
    for gone in removed.values():
        yield Change(area, subject, "removed", True, describe_shape(gone.shape), gone.location, gone.name)
    for fresh in added.values():
        required = "required" if fresh.required else "optional"
        detail = f"{required}, {describe_shape(fresh.shape)}"
        yield Change(area, subject, "added", inputs and fresh.required, detail, fresh.location, fresh.name)
    for key in sorted(set(old) & set(new), key=str):
        before, after = old[key], new[key]
        where = {"location": after.location, "field": after.name}
        yield from _retype(area, subject, before, after, inputs=inputs)
        if before.python_name != after.python_name:
            detail = f"`{before.python_name}` -> `{after.python_name}`"
            yield Change(
                area,
                subject,
                "python name changed",
                True,
                detail,
                old=before.python_name,
                new=after.python_name,
                **where,
            )
        if before.required != after.required:
            change = "now required" if after.required else "now optional"
            yield Change(area, subject, change, after.required if inputs else not after.required, **where)
        yield from _enum_changes(area, subject, before, after)


def _compare_operations(old: Surface, new: Surface) -> Iterator[Change]:
    for op_id in sorted(set(old.operations) - set(new.operations)):
        op = old.operations[op_id]
        why = "not in the new spec" if op_id in new.missing_operations else "no longer selected"
        yield Change("operation", op_id, "removed", True, f"{_op_summary(op)}: {why}")
    for op_id in sorted(set(new.operations) - set(old.operations)):
        op = new.operations[op_id]
        why = "not in the old spec" if op_id in old.missing_operations else "newly selected"
        yield Change("operation", op_id, "added", False, f"{_op_summary(op)}: {why}")
    for op_id in sorted(set(old.operations) & set(new.operations)):
        before, after = old.operations[op_id], new.operations[op_id]
        if client_name(before) != client_name(after):
            detail = f"`{client_name(before)}` -> `{client_name(after)}`"
            yield Change(
                "operation",
                op_id,
                "client method renamed",
                True,
                detail,
                old=client_name(before),
                new=client_name(after),
            )
        if (before.method, before.path) != (after.method, after.path):
            detail = f"{before.method} {before.path} -> {after.method} {after.path}"
            yield Change("operation", op_id, "endpoint moved", False, detail)
        if before.response_schema != after.response_schema:
            detail = f"{before.response_schema or 'nothing'} -> {after.response_schema or 'nothing'}"
            yield Change("operation", op_id, "response type changed", True, detail)
        if before.body_required != after.body_required:
            # as for fields: only a body becoming required breaks callers, and both ways are listed
            change = "body now required" if after.body_required else "body now optional"
            yield Change("operation", op_id, change, after.body_required)
        yield from _compare_fields("parameter", op_id, old.fields[op_id], new.fields[op_id], inputs=True)
        if before.response_schema and after.response_schema:  # else "response type changed" says it
            yield from _compare_fields(
                "response field", op_id, old.response_fields[op_id], new.response_fields[op_id], inputs=False
            )


def _compare_tools(old: Surface, new: Surface) -> Iterator[Change]:
    old_tools = {op.tool_name: op.operation_id for op in old.operations.values()}
    new_tools = {op.tool_name: op.operation_id for op in new.operations.values()}
    for name in sorted(set(old_tools) - set(new_tools)):
        yield Change("mcp tool", name, "removed", True, f"operation {old_tools[name]}")
    for name in sorted(set(new_tools) - set(old_tools)):
        yield Change("mcp tool", name, "added", False, f"operation {new_tools[name]}")


def _compare_events(old: Surface, new: Surface) -> Iterator[Change]:
    for name in sorted(set(old.events) - set(new.events)):
        why = "not in the new spec" if name in new.missing_events else "no longer selected"
        types = ", ".join(old.events[name].event_types)
        yield Change("event", name, "removed", True, f"{types}: {why}")
    for name in sorted(set(new.events) - set(old.events)):
        why = "not in the old spec" if name in old.missing_events else "newly selected"
        types = ", ".join(new.events[name].event_types)
        yield Change("event", name, "added", False, f"{types}: {why}")
    for name in sorted(set(old.events) & set(new.events)):
        if old.events[name].schema != new.events[name].schema:
            detail = f"{old.events[name].schema} -> {new.events[name].schema}"
            yield Change("event", name, "class changed", True, detail)
        yield from _compare_fields("event field", name, old.event_fields[name], new.event_fields[name], inputs=False)


def compare(old: Surface, new: Surface) -> Report:
    """Every change between two described selections, classified, in a stable order."""
    changes: list[Change] = [*_compare_operations(old, new), *_compare_tools(old, new), *_compare_events(old, new)]
    return Report(old=old, new=new, changes=tuple(sorted(changes, key=Change.sort_key)))


def report_between(old: Path, new: Path, selection: Selection | None = None) -> Report:
    """The report between two spec files, for the default (or given) selection."""
    return compare(load_surface(old, selection), load_surface(new, selection))
