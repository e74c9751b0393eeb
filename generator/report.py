"""The change report: what changed for users of the generated client between two spec versions.

Both versions go through the generator's own steps (select -> normalize -> describe, and
describe_events), so the report compares what the surfaces are made from: operations with their
client method and MCP tool names, their parameters and body fields (and the fields nested in them,
`transcription_config.transcription_engine`), the fields of their success response
(`data.call_control_id`, `data[].state` for a list), and the webhook events with their payload
fields. It is a pure function of two described selections (`compare`); the rendering (`markdown`,
`as_json`) is deterministic, so a report can be snapshot-tested and diffed.

Breaking means "code written against the old client may stop working or type-checking": a removed
operation, field, event, event field or MCP tool, a renamed client method, a retyped field, a field
that becomes required (an argument, also one nested in an argument) or optional (a response or event
field, which may now be absent), and a removed enum value. A widened type (`null` or a union member
added) breaks readers of a response or event field, not callers. Added operations, optional
arguments, response and event fields, events, tools and enum values are not breaking.

Nested fields are walked through `$ref`s, `allOf`, array items (`[]`) and a union with one non-null
member, at most `MAX_FIELD_DEPTH` levels deep and never into a schema the path already went through;
a field under an added or removed field is not listed again.

`renamed?` pairs a removed and an added field of the same operation and parent with the same schema:
a guess for the reviewer (it is as breaking as the removal it replaces).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from .describe import EventSpec, OperationSpec, describe, describe_events
from .inputs import Naming, Selection, load_naming, load_pin, load_selection
from .normalize import normalize, prepare_for_selection
from .select import select
from .source import LoadedSpec, load_spec

FORMAT_VERSION = 2  # 2: nested request fields, the "response field" area
NESTED_ENUM_DEPTH = 4
MAX_FIELD_DEPTH = 6
NUMERIC_TYPES = ("integer", "number")

Area = Literal["operation", "parameter", "response field", "mcp tool", "event", "event field"]
AREA_ORDER: tuple[str, ...] = ("operation", "parameter", "response field", "mcp tool", "event", "event field")
AREA_TITLES = {
    "operation": "Operations",
    "parameter": "Parameters and body fields",
    "response field": "Response fields",
    "mcp tool": "MCP tools",
    "event": "Webhook events",
    "event field": "Webhook event payload fields",
}


@dataclass(frozen=True)
class Field:
    """One field as the report compares it: its shape, enum values (also those nested in it that are
    not fields of their own) and requiredness (within its parent, for a nested field).

    name: the wire name, dotted for a nested field (`transcription_config.transcription_engine`);
    parent: the name of the field it is nested in, `""` at the top level.
    """

    name: str
    python_name: str
    location: str
    required: bool
    shape: tuple[tuple[str, Any], ...]
    enums: tuple[tuple[str, tuple[Any, ...]], ...]
    parent: str = ""

    @property
    def enum_map(self) -> dict[str, tuple[Any, ...]]:
        return dict(self.enums)


@dataclass(frozen=True)
class Surface:
    """One spec version's described selection: what the generated surfaces are made from."""

    label: str
    sha256: str
    operations: dict[str, OperationSpec]
    fields: dict[str, dict[tuple[str, str], Field]]
    response_fields: dict[str, dict[tuple[str, str], Field]]
    events: dict[str, EventSpec]
    event_fields: dict[str, dict[str, Field]]
    selected_operations: int
    selected_events: int
    missing_operations: tuple[str, ...]
    missing_events: tuple[str, ...]


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


# --- describing one version ---------------------------------------------------------------------


def _ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _target(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """schema with `$ref`s followed (a cycle stops at the last node reached)."""
    seen: set[str] = set()
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        schema = spec.get("components", {}).get("schemas", {}).get(schema["$ref"].rsplit("/", 1)[-1], {})
    return schema if isinstance(schema, dict) else {}


def _brief(spec: dict[str, Any], schema: Any) -> str:
    """A one-word type of a union member or array item: its component name, else its type."""
    if not isinstance(schema, dict):
        return "any"
    name = _ref_name(schema)
    if name:
        return name
    kind = schema.get("type")
    if isinstance(kind, list):
        return "|".join(sorted(map(str, kind)))
    if kind == "array":
        return f"array[{_brief(spec, schema.get('items'))}]"
    fmt = schema.get("format") or schema.get("x-format")
    return f"{kind}({fmt})" if kind and fmt else str(kind or ("object" if "properties" in schema else "any"))


def shape(spec: dict[str, Any], schema: Any) -> tuple[tuple[str, Any], ...]:
    """What a field's type is made of: `$ref` name, type, format, items and union members, with one
    level of `$ref` resolved (the referenced schema's own type and format)."""
    if not isinstance(schema, dict):
        return ()
    out: dict[str, Any] = {}
    name = _ref_name(schema)
    target = _target(spec, schema) if name else schema
    if name:
        out["ref"] = name
    kind = target.get("type")
    if kind is not None:
        out["type"] = "|".join(sorted(map(str, kind))) if isinstance(kind, list) else str(kind)
    fmt = target.get("format") or target.get("x-format")
    if fmt:
        out["format"] = str(fmt)
    if "items" in target:
        out["items"] = _brief(spec, target["items"])
    for key in ("oneOf", "anyOf", "allOf"):
        members = target.get(key)
        if isinstance(members, list):
            out[key] = "|".join(sorted(_brief(spec, m) for m in members))
    if "const" in target:
        out["const"] = json.dumps(target["const"], sort_keys=True)
    return tuple(sorted(out.items()))


def describe_shape(value: tuple[tuple[str, Any], ...]) -> str:
    """A shape as text: `DialRequestRecord (string)`, `array[string]`, `oneOf ElevenLabs|Telnyx`."""
    parts = dict(value)
    core = parts.get("type", "")
    if "format" in parts:
        core = f"{core}({parts['format']})"
    if "items" in parts:
        core = f"array[{parts['items']}]"
    for key in ("oneOf", "anyOf", "allOf"):
        if key in parts:
            core = f"{core} {key} {parts[key]}".strip()
    if "const" in parts:
        core = f"const {parts['const']}"
    if "ref" in parts:
        return f"{parts['ref']} ({core})" if core else str(parts["ref"])
    return core or "any"


def _properties(spec: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The properties of an object schema, through `$ref` and `allOf`."""
    if not isinstance(schema, dict):
        return {}
    name = _ref_name(schema)
    if name:
        if name in seen:
            return {}
        return _properties(spec, _target(spec, schema), seen | {name})
    found: dict[str, Any] = {}
    for member in schema.get("allOf", []):
        found.update(_properties(spec, member, seen))
    if isinstance(schema.get("properties"), dict):
        found.update(schema["properties"])
    return found


def _required(spec: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> set[str]:
    if not isinstance(schema, dict):
        return set()
    name = _ref_name(schema)
    if name:
        return set() if name in seen else _required(spec, _target(spec, schema), seen | {name})
    required = {r for r in schema.get("required", []) if isinstance(r, str)}
    for member in schema.get("allOf", []):
        required |= _required(spec, member, seen)
    return required


def enums(
    spec: dict[str, Any], schema: Any, depth: int = NESTED_ENUM_DEPTH, skip: frozenset[str] = frozenset()
) -> dict[str, tuple[Any, ...]]:
    """Enum values of a field and of the fields nested in it (through `$ref`s, `allOf`, array items and
    union members), by dotted path (`""` is the field itself, `voice_settings.type` a nested one).
    skip: properties of the field itself not to look into (they are fields of their own)."""
    found: dict[str, tuple[Any, ...]] = {}

    def walk(node: Any, path: str, level: int, chain: frozenset[str]) -> None:
        if not isinstance(node, dict) or level > depth:
            return
        name = _ref_name(node)
        if name:
            if name not in chain:
                walk(_target(spec, node), path, level, chain | {name})
            return
        values = node.get("enum")
        if isinstance(values, list):  # as JSON text, so values of any type sort and compare
            # union members (voice_settings: one `type` value per provider) add up at one path
            encoded = {json.dumps(v, sort_keys=True) for v in values}
            found[path] = tuple(sorted(encoded.union(found.get(path, ()))))
        if isinstance(node.get("items"), dict):
            walk(node["items"], path, level, chain)
        for key in ("oneOf", "anyOf"):
            for member in node.get(key, []) if isinstance(node.get(key), list) else []:
                walk(member, path, level, chain)
        for prop, sub in _properties(spec, node, chain).items():
            if path or prop not in skip:
                walk(sub, f"{path}.{prop}" if path else prop, level + 1, chain)

    walk(schema, "", 0, frozenset())
    return found


def _field(spec: dict[str, Any], name: str, python: str, location: str, required: bool, schema: Any) -> Field:
    return Field(
        name=name,
        python_name=python,
        location=location,
        required=required,
        shape=shape(spec, schema),
        enums=tuple(sorted(enums(spec, schema).items())),
    )


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def _nested_object(
    spec: dict[str, Any], schema: Any, chain: frozenset[str]
) -> tuple[dict[str, Any], str, frozenset[str]] | None:
    """The object whose properties are nested in a field: the field's own schema, its array items
    (suffix `[]`) or its one non-null union member, through `$ref`s; with the `$ref` names followed
    (chain). None for a field with nothing nested, or that leads back into chain (a cycle)."""
    suffix = ""
    while isinstance(schema, dict):
        name = _ref_name(schema)
        if name is not None:
            if name in chain:
                return None
            chain = chain | {name}
            schema = spec.get("components", {}).get("schemas", {}).get(name)
            continue
        if _properties(spec, schema, chain):
            return schema, suffix, chain
        if isinstance(schema.get("items"), dict) and not suffix:
            schema, suffix = schema["items"], "[]"
            continue
        members = [
            m for key in ("oneOf", "anyOf") if isinstance(schema.get(key), list) for m in schema[key] if not _is_null(m)
        ]
        if len(members) != 1:
            return None
        schema = members[0]
    return None


def _walk_fields(
    spec: dict[str, Any],
    out: dict[tuple[str, str], Field],
    location: str,
    name: str,
    python: str,
    required: bool,
    schema: Any,
    *,
    parent: str = "",
    chain: frozenset[str] = frozenset(),
    depth: int = 1,
) -> None:
    """Add the field and, recursively, the fields nested in it (`MAX_FIELD_DEPTH` levels at most) to out."""
    nested = _nested_object(spec, schema, chain) if depth < MAX_FIELD_DEPTH else None
    children = _properties(spec, nested[0], nested[2]) if nested else {}
    out[(location, name)] = Field(
        name=name,
        python_name=python,
        location=location,
        required=required,
        shape=shape(spec, schema),
        enums=tuple(sorted(enums(spec, schema, skip=frozenset(children)).items())),
        parent=parent,
    )
    if nested is None:
        return
    node, suffix, followed = nested
    required_children = _required(spec, node, followed)
    for prop, sub in children.items():
        path = f"{name}{suffix}.{prop}"
        _walk_fields(
            spec,
            out,
            location,
            path,
            path,
            prop in required_children,
            sub,
            parent=name,
            chain=followed,
            depth=depth + 1,
        )


def _operation_fields(spec: dict[str, Any], op: OperationSpec) -> dict[tuple[str, str], Field]:
    """The parameters and body fields of an operation, and the fields nested in them."""
    out: dict[tuple[str, str], Field] = {}
    for param in op.params:
        _walk_fields(spec, out, param.location, param.name, param.python_name, param.required, param.schema)
    return out


def _response_fields(spec: dict[str, Any], op: OperationSpec) -> dict[tuple[str, str], Field]:
    """The fields of an operation's success response model (`data`, `data.call_control_id`, ...)."""
    out: dict[tuple[str, str], Field] = {}
    if op.response_schema is None:
        return out
    root = {"$ref": f"#/components/schemas/{op.response_schema}"}
    chain = frozenset({op.response_schema})
    required = _required(spec, root)
    for name, schema in _properties(spec, root).items():
        _walk_fields(spec, out, "response", name, name, name in required, schema, chain=chain)
    return out


def _payload_fields(spec: dict[str, Any], event: EventSpec) -> dict[str, Field]:
    """The fields of an event's `data.payload` (and `data.event_type`, as `event_type`)."""
    envelope = spec["components"]["schemas"][event.schema]
    data = _properties(spec, envelope).get("data", {})
    data_props = _properties(spec, data)
    payload = data_props.get("payload", {})
    required = _required(spec, payload)
    fields = {
        name: _field(spec, name, name, "payload", name in required, schema)
        for name, schema in _properties(spec, payload).items()
    }
    if "event_type" in data_props:
        fields["event_type"] = _field(spec, "event_type", "event_type", "data", True, data_props["event_type"])
    return fields


def describe_surface(
    loaded: LoadedSpec, selection: Selection | None = None, naming: Naming | None = None, label: str | None = None
) -> Surface:
    """Run select -> normalize -> describe on one spec version (operations it lacks are listed, not
    an error) and collect what the report compares."""
    chosen = selection or load_selection()
    document = prepare_for_selection(loaded.document)
    selected = select(document, chosen.operations, chosen.events, allow_missing=True)
    spec = normalize(selected.document)
    operations = describe(spec, naming or load_naming(), resolve_collisions=True)
    events = describe_events(spec, allow_untyped=True)
    return Surface(
        label=label or loaded.path.name,
        sha256=loaded.sha256,
        operations={op.operation_id: op for op in operations},
        fields={op.operation_id: _operation_fields(spec, op) for op in operations},
        response_fields={op.operation_id: _response_fields(spec, op) for op in operations},
        events={event.name: event for event in events},
        event_fields={event.name: _payload_fields(spec, event) for event in events},
        selected_operations=len(chosen.operations),
        selected_events=len(chosen.events),
        missing_operations=selected.missing_operations,
        missing_events=selected.missing_events,
    )


def load_surface(path: Path, selection: Selection | None = None, naming: Naming | None = None) -> Surface:
    """Load a spec file (any version: the sha256 is recorded, not checked) and describe it."""
    return describe_surface(load_spec(load_pin(), path), selection, naming)


# --- comparing two versions ---------------------------------------------------------------------


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
        if before.body_required != after.body_required and after.body_required:
            yield Change("operation", op_id, "body now required", True)
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


# --- rendering ----------------------------------------------------------------------------------


def _present(surface: Surface) -> dict[str, Any]:
    return {
        "spec": surface.label,
        "sha256": surface.sha256,
        "operations": len(surface.operations),
        "selected_operations": surface.selected_operations,
        "missing_operations": list(surface.missing_operations),
        "events": len(surface.events),
        "selected_events": surface.selected_events,
        "missing_events": list(surface.missing_events),
    }


def as_json(report: Report) -> str:
    """The report as stable JSON: keys and changes sorted, so two runs give the same bytes."""
    document = {
        "format": FORMAT_VERSION,
        "old": _present(report.old),
        "new": _present(report.new),
        "summary": {
            "changes": len(report.changes),
            "breaking": len(report.breaking),
            "by_area": {
                area: {
                    "breaking": sum(1 for c in report.changes if c.area == area and c.breaking),
                    "other": sum(1 for c in report.changes if c.area == area and not c.breaking),
                }
                for area in AREA_ORDER
            },
        },
        "changes": [{k: v for k, v in asdict(c).items() if v not in (None, "")} for c in report.changes],
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _missing(names: Iterable[str]) -> str:
    listed = ", ".join(f"`{n}`" for n in names)
    return f" (missing: {listed})" if listed else ""


def _bullet(change: Change) -> str:
    head = f"{change.label}: {change.change}" if change.label else change.change
    return f"- {head}" + (f": {change.detail}" if change.detail else "")


def _section(title: str, changes: list[Change], report: Report) -> list[str]:
    lines = [f"## {title} ({len(changes)})", ""]
    if not changes:
        return [*lines, "None.", ""]
    for area in AREA_ORDER:
        in_area = [c for c in changes if c.area == area]
        if not in_area:
            continue
        lines += [f"### {AREA_TITLES[area]}", ""]
        subjects: dict[str, list[Change]] = {}
        for change in in_area:
            subjects.setdefault(change.subject, []).append(change)
        for subject, items in subjects.items():
            op = report.new.operations.get(subject) or report.old.operations.get(subject)
            where = f" — `{client_name(op)}`" if op is not None and area in ("parameter", "response field") else ""
            if len(items) == 1 and not items[0].field:
                lines.append(f"- `{subject}`: {items[0].change}" + (f": {items[0].detail}" if items[0].detail else ""))
                continue
            lines.append(f"- `{subject}`{where}")
            lines += [f"  {_bullet(c)}" for c in items]
        lines.append("")
    return lines


def markdown(report: Report) -> str:
    """The report as Markdown, for a changelog entry or a pull request."""
    old, new = report.old, report.new
    breaking = list(report.breaking)
    other = [c for c in report.changes if not c.breaking]
    lines = [
        f"# Spec change report: {old.label} -> {new.label}",
        "",
        "| | old | new |",
        "| --- | --- | --- |",
        f"| spec | {old.label} | {new.label} |",
        f"| sha256 | `{old.sha256[:12]}` | `{new.sha256[:12]}` |",
        f"| selected operations in the spec | {len(old.operations)} of {old.selected_operations}"
        f"{_missing(old.missing_operations)} | {len(new.operations)} of {new.selected_operations}"
        f"{_missing(new.missing_operations)} |",
        f"| selected webhook events in the spec | {len(old.events)} of {old.selected_events}"
        f"{_missing(old.missing_events)} | {len(new.events)} of {new.selected_events}{_missing(new.missing_events)} |",
        "",
        f"**{len(breaking)} breaking change{'s' if len(breaking) != 1 else ''}**, {len(other)} other.",
        "",
    ]
    lines += _section("Breaking changes", breaking, report)
    lines += _section("Other changes", other, report)
    return "\n".join(lines).rstrip("\n") + "\n"


__all__ = [
    "Change",
    "Report",
    "Surface",
    "as_json",
    "compare",
    "describe_surface",
    "load_surface",
    "markdown",
    "report_between",
]
