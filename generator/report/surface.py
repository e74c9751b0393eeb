"""Describe one spec version for the change report: the fields of every operation and event.

A `Surface` is what the generated surfaces of one version are made from (`describe_spec`), with each
parameter, body field, response field and event payload field flattened to a `Field` (nested ones
dotted, at most `MAX_FIELD_DEPTH` levels deep, never into a schema the path already went through).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..describe import EventSpec, OperationSpec
from ..inputs import Naming, Selection, load_pin
from ..openapi import X_FORMAT, Spec, component_schemas, object_fields, ref_name, resolve, schema_component
from ..pipeline import describe_spec
from ..source import LoadedSpec, load_spec

NESTED_ENUM_DEPTH = 4

MAX_FIELD_DEPTH = 6


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


def _target(spec: Spec, schema: Any) -> dict[str, Any]:
    """schema with its `$ref`s followed; `{}` if that is not a schema."""
    target = resolve(spec, schema)
    return target if isinstance(target, dict) else {}


def _brief(spec: dict[str, Any], schema: Any) -> str:
    """A one-word type of a union member or array item: its component name, else its type."""
    if not isinstance(schema, dict):
        return "any"
    name = ref_name(schema)
    if name:
        return name
    kind = schema.get("type")
    if isinstance(kind, list):
        return "|".join(sorted(map(str, kind)))
    if kind == "array":
        return f"array[{_brief(spec, schema.get('items'))}]"
    fmt = schema.get("format") or schema.get(X_FORMAT)
    return f"{kind}({fmt})" if kind and fmt else str(kind or ("object" if "properties" in schema else "any"))


def shape(spec: dict[str, Any], schema: Any) -> tuple[tuple[str, Any], ...]:
    """What a field's type is made of: `$ref` name, type, format, items and union members, with one
    level of `$ref` resolved (the referenced schema's own type and format)."""
    if not isinstance(schema, dict):
        return ()
    out: dict[str, Any] = {}
    name = ref_name(schema)
    target = _target(spec, schema) if name else schema
    if name:
        out["ref"] = name
    kind = target.get("type")
    if kind is not None:
        out["type"] = "|".join(sorted(map(str, kind))) if isinstance(kind, list) else str(kind)
    fmt = target.get("format") or target.get(X_FORMAT)
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
        name = ref_name(node)
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
        for prop, sub in object_fields(spec, node, chain)[0].items():
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
        name = ref_name(schema)
        if name is not None:
            if name in chain:
                return None
            chain = chain | {name}
            schema = schema_component(spec, schema["$ref"])
            continue
        if object_fields(spec, schema, chain)[0]:
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
    children = object_fields(spec, nested[0], nested[2])[0] if nested else {}
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
    required_children = object_fields(spec, node, followed)[1]
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
    properties, required = object_fields(spec, root)
    for name, schema in properties.items():
        _walk_fields(spec, out, "response", name, name, name in required, schema, chain=chain)
    return out


def _payload_fields(spec: dict[str, Any], event: EventSpec) -> dict[str, Field]:
    """The fields of an event's `data.payload` (and `data.event_type`, as `event_type`)."""
    envelope = component_schemas(spec)[event.schema]
    data = object_fields(spec, envelope)[0].get("data", {})
    data_props = object_fields(spec, data)[0]
    payload = data_props.get("payload", {})
    properties, required = object_fields(spec, payload)
    fields = {
        name: _field(spec, name, name, "payload", name in required, schema) for name, schema in properties.items()
    }
    if "event_type" in data_props:
        fields["event_type"] = _field(spec, "event_type", "event_type", "data", True, data_props["event_type"])
    return fields


def describe_surface(
    loaded: LoadedSpec, selection: Selection | None = None, naming: Naming | None = None, label: str | None = None
) -> Surface:
    """Describe one spec version (`describe_spec`; operations it lacks are listed, not an error) and
    collect what the report compares."""
    described = describe_spec(loaded.document, selection, naming, allow_missing=True)
    spec, operations, events = described.spec, described.operations, described.events
    return Surface(
        label=label or loaded.path.name,
        sha256=loaded.sha256,
        operations={op.operation_id: op for op in operations},
        fields={op.operation_id: _operation_fields(spec, op) for op in operations},
        response_fields={op.operation_id: _response_fields(spec, op) for op in operations},
        events={event.name: event for event in events},
        event_fields={event.name: _payload_fields(spec, event) for event in events},
        selected_operations=len(described.selection.operations),
        selected_events=len(described.selection.events),
        missing_operations=described.missing_operations,
        missing_events=described.missing_events,
    )


def load_surface(path: Path, selection: Selection | None = None, naming: Naming | None = None) -> Surface:
    """Load a spec file (any version: the sha256 is recorded, not checked) and describe it."""
    return describe_surface(load_spec(load_pin(), path), selection, naming)
