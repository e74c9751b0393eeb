"""The transforms the call-control selection needs, in the order `normalize` runs them.

Each is a pure function: it takes a spec dict and returns a new one, leaving its input as it was,
and its docstring names the problem of a plain openapi-python-client run it fixes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..errors import NamingError
from ..openapi import (
    JSON_MEDIA,
    RESPONSES_PREFIX,
    X_CLOSED,
    X_DISCRIMINATOR_VALUE,
    X_DOCUMENTED_DEFAULT,
    X_ENUM_VARNAMES,
    X_QUERY_STYLE,
    X_REQUIRED_ONE_OF,
    X_TITLE,
    Spec,
    component_schemas,
    discriminator_values,
    iter_operations,
    json_schema,
    map_operations,
    map_success_responses,
    pascal_case,
    ref_name,
    resolve,
    rewrite,
    rewrite_spec,
    schema_ref,
    webhook_schema,
    with_component_schemas,
    with_json_schema,
)


def mark_deep_object_parameters(spec: Spec) -> Spec:
    """Mark `style: deepObject` query parameters with `x-query-style: deepObject`.

    openapi-python-client drops a parameter's style and flattens an object parameter into
    `?leg_id=..&number=1`; the API wants `?filter[leg_id]=..&page[number]=1`. The marker is what
    `describe` reads to tell the runtime how to encode the parameter.
    """

    def mark(node: dict[str, Any]) -> dict[str, Any]:
        if node.get("in") == "query" and node.get("style") == "deepObject":
            return {**node, X_QUERY_STYLE: "deepObject"}
        return node

    return {
        **spec,
        "paths": rewrite(spec.get("paths", {}), mark),
        "components": rewrite(spec.get("components", {}), mark),
    }


def drop_null_string_defaults(spec: Spec) -> Spec:
    """Remove `default: "null"` from schemas, where the spec means "no value", not the word null.

    Left in, the page parameters would be sent as `page[after]=null`.
    """

    def drop(node: dict[str, Any]) -> dict[str, Any]:
        if node.get("default") == "null" and "null" not in node.get("enum", ()):
            return {key: value for key, value in node.items() if key != "default"}
        return node

    return rewrite_spec(spec, drop)


def _is_schema_default(node: dict[str, Any]) -> bool:
    return "default" in node and any(key in node for key in ("type", "enum", "$ref", "oneOf", "anyOf", "format"))


def document_defaults(spec: Spec) -> Spec:
    """Move each schema `default` into `x-documented-default` and the description.

    A default describes what the server does when a field is absent; a client that fills it in sends
    23 keys the caller never set with a plain Dial. The value stays documented, never sent.
    """

    def move(node: dict[str, Any]) -> dict[str, Any]:
        if not _is_schema_default(node):
            return node
        moved = {key: value for key, value in node.items() if key != "default"}
        moved[X_DOCUMENTED_DEFAULT] = node["default"]
        return moved

    return rewrite_spec(spec, move)


def name_case_colliding_enum_values(spec: Spec) -> Spec:
    """Give enums whose values differ only by case distinct member names (`x-enum-varnames`).

    openapi-python-client names an enum member by upper-casing its value, so `minimax` and `MiniMax`
    both become `MINIMAX` and generation crashes. The values themselves are kept as they are.
    """

    def name(node: dict[str, Any]) -> dict[str, Any]:
        values = node.get("enum")
        if not isinstance(values, list) or X_ENUM_VARNAMES in node:
            return node
        upper = Counter(str(v).upper() for v in values)
        if all(count == 1 for count in upper.values()):
            return node
        seen: Counter[str] = Counter()
        names = []
        for value in values:
            base = re.sub(r"\W+", "_", str(value).upper()).strip("_") or "VALUE"
            seen[base] += 1
            names.append(base if seen[base] == 1 else f"{base}_{seen[base]}")
        return {**node, X_ENUM_VARNAMES: names}

    return rewrite_spec(spec, name)


def inline_success_response_refs(spec: Spec) -> Spec:
    """Replace a success response given as `$ref: #/components/responses/X` by a copy of X.

    `share_response_wrappers` and `describe` read a success response's schema in place; the
    2025-09-19 and 2026-03-10 specs give every call command's 200 as such a reference, so their
    operations were generated returning None, each with its own response class. Runs before
    `share_response_wrappers`, which then shares the copies.
    """

    def inline(response: Any) -> Any:
        ref = response.get("$ref") if isinstance(response, dict) else None
        if not isinstance(ref, str) or not ref.startswith(RESPONSES_PREFIX):
            return response
        target = resolve(spec, response)
        return target if isinstance(target, dict) else response

    return map_operations(spec, lambda _path, _method, op: map_success_responses(op, inline))


def _wrapper_name(schema: dict[str, Any]) -> str:
    title = schema.get("title")
    if isinstance(title, str) and title:
        return pascal_case(title)
    data = schema.get("properties", {}).get("data", {})
    wrapped = ref_name(data) or ref_name(data.get("items")) or "Anonymous"
    return pascal_case(wrapped) + ("List" if "items" in data else "") + "Response"


def share_response_wrappers(spec: Spec) -> Spec:
    """Move inline success-response schemas into components, one per distinct shape.

    Forty commands return the same inline `{data: CallControlCommandResult}`, and
    openapi-python-client makes a class per operation with names up to 86 characters. Identical
    wrappers become one component named after their title (or the schema they wrap).
    """
    schemas = dict(component_schemas(spec))
    by_shape: dict[str, str] = {}

    def share(response: Any) -> Any:
        schema = json_schema(response)
        if schema is None or "$ref" in schema:
            return response
        shape = repr(sorted(schema.items()))
        if shape not in by_shape:
            name = _wrapper_name(schema)
            while name in schemas:
                name = name + "Shape" if name not in by_shape.values() else name + "2"
            by_shape[shape] = name
            schemas[name] = schema
        return with_json_schema(response, schema_ref(by_shape[shape]))

    shared = map_operations(spec, lambda _path, _method, op: map_success_responses(op, share))
    return with_component_schemas(shared, schemas)


def resolve_title_collisions(spec: Spec) -> Spec:
    """Drop a `title` that would give two different schemas the same class name.

    openapi-python-client names a class after a schema's title: eight schemas titled
    `PaginationMeta` collide. A component keeps its unique component name instead (the title moves
    to `x-title`); an inline schema falls back to its path-derived name.
    """
    counts: Counter[str] = Counter()
    component_names = {pascal_case(name) for name in component_schemas(spec)}

    def count(node: dict[str, Any]) -> dict[str, Any]:
        if isinstance(node.get("title"), str) and _is_model_like(node):
            counts[pascal_case(node["title"])] += 1
        return node

    rewrite(spec, count)
    colliding = {name for name, n in counts.items() if n > 1}

    def fix(node: dict[str, Any]) -> dict[str, Any]:
        title = node.get("title")
        if isinstance(title, str) and _is_model_like(node) and pascal_case(title) in colliding:
            return {**{k: v for k, v in node.items() if k != "title"}, X_TITLE: title}
        return node

    fixed = rewrite_spec(spec, fix)
    schemas = component_schemas(fixed)
    for name, schema in schemas.items():
        title = schema.get("title")
        # A component titled like another component would shadow it.
        if isinstance(title, str) and pascal_case(title) != pascal_case(name) and pascal_case(title) in component_names:
            schemas[name] = {**{k: v for k, v in schema.items() if k != "title"}, X_TITLE: title}
    return fixed


def _is_model_like(node: dict[str, Any]) -> bool:
    return any(key in node for key in ("properties", "enum", "oneOf", "anyOf", "allOf")) or node.get("type") == "object"


def give_error_responses_a_schema(spec: Spec) -> Spec:
    """Give content-less error responses the spec's usual error schema.

    `400: {description: Bad request}` says nothing about the body, but the API sends its standard
    `{errors: [...]}` there too. The schema used is the one error responses reference most.
    """
    refs: Counter[str] = Counter()
    for _, _, operation in iter_operations(spec):
        for status, response in operation.get("responses", {}).items():
            if _is_error(status):
                schema = json_schema(resolve(spec, response))
                if schema and "$ref" in schema:
                    refs[schema["$ref"]] += 1
    if not refs:
        return spec
    errors_ref = sorted(refs.items(), key=lambda item: (-item[1], item[0]))[0][0]

    def fill(_path: str, _method: str, operation: dict[str, Any]) -> dict[str, Any]:
        responses = {}
        for status, response in operation.get("responses", {}).items():
            if _is_error(status) and "$ref" not in response and not response.get("content"):
                response = {**response, "content": {JSON_MEDIA: {"schema": {"$ref": errors_ref}}}}
            responses[status] = response
        return {**operation, "responses": responses}

    return map_operations(spec, fill)


def _is_error(status: Any) -> bool:
    return str(status).startswith(("4", "5")) or status == "default"


def _only_requires(alternatives: Any) -> bool:
    return (
        isinstance(alternatives, list)
        and bool(alternatives)
        and all(isinstance(alt, dict) and set(alt) == {"required"} for alt in alternatives)
    )


def keep_typed_objects_with_required_alternatives(spec: Spec) -> Spec:
    """Turn `properties` + `anyOf: [{required: [a]}, {required: [b]}]` into a plain typed object.

    openapi-python-client reads such an anyOf as a union of untyped members and makes the whole
    request body `Any` (ConversationRelayStartRequest). The alternatives only say which fields must
    be present; they move to `x-required-one-of`, which the docs and the MCP validator use.
    """

    def fix(node: dict[str, Any]) -> dict[str, Any]:
        for key in ("anyOf", "oneOf"):
            if "properties" in node and _only_requires(node.get(key)):
                kept = {k: v for k, v in node.items() if k != key}
                kept[X_REQUIRED_ONE_OF] = [alt["required"] for alt in node[key]]
                return kept
        return node

    return rewrite_spec(spec, fix)


def carry_discriminators(spec: Spec) -> Spec:
    """Mark each member of a discriminated union with `x-discriminator-value`.

    openapi-python-client ignores discriminators and tries union members in order, so an
    `AWSVoiceSettings` payload can parse as the first member that happens to fit. The marker
    (`{"property": name, "values": [...]}`) on the member's component lets the union template
    dispatch on the discriminator's value.

    Raises:
        NamingError: one component is a member of two unions with different discriminator properties.
    """
    marks: dict[str, tuple[str, set[str]]] = {}

    def collect(node: dict[str, Any]) -> dict[str, Any]:
        discriminator = node.get("discriminator")
        members = node.get("oneOf") or node.get("anyOf")
        if not isinstance(discriminator, dict) or not isinstance(members, list):
            return node
        prop = discriminator["propertyName"]
        for member in members:
            ref = member.get("$ref") if isinstance(member, dict) else None
            name = ref_name(member)
            if not ref or name is None:
                continue
            values = set(discriminator_values(discriminator, ref))
            known_prop, known_values = marks.setdefault(name, (prop, set()))
            if known_prop != prop:
                raise NamingError(f"schema {name} is discriminated by both {known_prop!r} and {prop!r}")
            known_values |= values
        return node

    rewrite(spec, collect)
    schemas = dict(component_schemas(spec))
    for name, (prop, values) in sorted(marks.items()):
        if name in schemas:
            schemas[name] = {**schemas[name], X_DISCRIMINATOR_VALUE: {"property": prop, "values": sorted(values)}}
    return with_component_schemas(spec, schemas)


def keep_unknown_fields(spec: Spec) -> Spec:
    """Let every object keep fields the spec does not list (`additionalProperties: false` -> `x-closed`).

    Responses gain fields between spec versions; a closed model would drop them on parse. The
    closedness stays known as `x-closed`, so strict validation (MCP, the contract copy) can restore it.
    """

    def open_up(node: dict[str, Any]) -> dict[str, Any]:
        if node.get("additionalProperties") is False:
            return {**{k: v for k, v in node.items() if k != "additionalProperties"}, X_CLOSED: True}
        return node

    return rewrite_spec(spec, open_up)


def envelope_bare_events(spec: Spec) -> Spec:
    """Wrap a webhook schema that describes the event itself in the `{"data": ...}` envelope.

    Every Telnyx delivery is `{"data": {"event_type": ..., "payload": ...}}`, but
    ConferenceFloorChangedEvent describes only the inner object, so its class would not read a real
    delivery.
    """
    schemas = dict(component_schemas(spec))
    for webhook in spec.get("webhooks", {}).values():
        name = ref_name(webhook_schema(webhook))
        schema = schemas.get(name or "")
        properties = schema.get("properties", {}) if schema else {}
        if name and schema and "data" not in properties and "event_type" in properties:
            inner = {k: v for k, v in schema.items() if k != "title"}
            schemas[name] = {
                "type": "object",
                "title": schema.get("title", name),
                "properties": {"data": inner},
                "required": ["data"],
            }
    return with_component_schemas(spec, schemas)


# The fields of a delivery `webhooks.parse_event` rejects a body without.
CHECKED_EVENT_FIELDS = ("event_type", "id", "payload", "record_type")


def _with_required(schema: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    present = [name for name in names if name in schema.get("properties", {})]
    return {**schema, "required": sorted({*schema.get("required", []), *present})}


def require_checked_event_fields(spec: Spec) -> Spec:
    """Mark `data` and the `data` fields every delivery has (`CHECKED_EVENT_FIELDS`) required.

    The event schemas leave them optional, so each event class typed `data` as `X | Unset` and
    `data.event_type` as `Literal[...] | Unset`, and an editor could not narrow a parsed event on
    `event.data.event_type`. `parse_event` already refuses a body without them, so no delivery the
    client accepts lacks them.
    """
    schemas = dict(component_schemas(spec))
    for webhook in spec.get("webhooks", {}).values():
        name = ref_name(webhook_schema(webhook))
        envelope = schemas.get(name or "")
        data = envelope.get("properties", {}).get("data") if envelope else None
        if not name or not envelope or not isinstance(data, dict):
            continue
        envelope = _with_required(envelope, ["data"])
        target = ref_name(data)
        if target is not None and target in schemas:
            schemas[target] = _with_required(schemas[target], CHECKED_EVENT_FIELDS)
        elif "$ref" not in data:
            envelope["properties"] = {**envelope["properties"], "data": _with_required(data, CHECKED_EVENT_FIELDS)}
        schemas[name] = envelope
    return with_component_schemas(spec, schemas)


DELIVERY_META = "WebhookDeliveryMeta"


def type_delivery_meta(spec: Spec) -> Spec:
    """Give every webhook envelope without a `meta` schema the delivery `meta` Telnyx sends.

    Real deliveries carry `{"meta": {"attempt": 1, "delivered_to": "https://..."}}` beside `data`, but
    the call and conference event schemas leave it out, so it would land untyped in
    `additional_properties`. They all share one `WebhookDeliveryMeta` component; an event whose
    schema already describes `meta` keeps its own.
    """
    schemas = dict(component_schemas(spec))
    changed = False
    for webhook in spec.get("webhooks", {}).values():
        name = ref_name(webhook_schema(webhook))
        schema = schemas.get(name or "")
        properties = schema.get("properties", {}) if schema else {}
        if name and schema and "data" in properties and "meta" not in properties:
            meta = schema_ref(DELIVERY_META)
            schemas[name] = {**schema, "properties": {**properties, "meta": meta}}
            changed = True
    if not changed:
        return spec
    schemas.setdefault(
        DELIVERY_META,
        {
            "type": "object",
            "description": "How Telnyx delivered this webhook.",
            "properties": {
                "attempt": {"type": "integer", "description": "The delivery attempt, from 1."},
                "delivered_to": {"type": "string", "description": "The URL the webhook was sent to."},
            },
        },
    )
    return with_component_schemas(spec, schemas)
