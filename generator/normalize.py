"""Step 3: transforms that make the selected spec generate a correct client.

Each transform is a pure function: it takes a spec dict and returns a new one, leaving its input as it
was. Each fixes one problem that a plain openapi-python-client run has on the Telnyx spec, and says
which in its docstring. `normalize` applies them all, in the order of `TRANSFORMS`.

Markers we add for later steps are `x-` extensions, which openapi-python-client keeps on a model's
schema (`model.data.model_extra`) where our templates can read them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from .errors import NamingError
from .select import HTTP_METHODS

Spec = dict[str, Any]
Transform = Callable[[Spec], Spec]

SUCCESS_STATUS = re.compile(r"^2\d\d$")


def rewrite(node: Any, fn: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """Return a copy of node in which fn has rebuilt every dict, innermost first."""
    if isinstance(node, dict):
        return fn({key: rewrite(value, fn) for key, value in node.items()})
    if isinstance(node, list):
        return [rewrite(item, fn) for item in node]
    return node


def rewrite_spec(spec: Spec, fn: Callable[[dict[str, Any]], dict[str, Any]]) -> Spec:
    """`rewrite` over a whole spec."""
    result: Spec = rewrite(spec, fn)
    return result


def _operations(spec: Spec) -> list[dict[str, Any]]:
    return [op for item in spec.get("paths", {}).values() for m, op in item.items() if m in HTTP_METHODS]


def _pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^0-9A-Za-z]+", text) if word)


def mark_deep_object_parameters(spec: Spec) -> Spec:
    """Mark `style: deepObject` query parameters with `x-query-style: deepObject`.

    openapi-python-client drops a parameter's style and flattens an object parameter into
    `?leg_id=..&number=1`; the API wants `?filter[leg_id]=..&page[number]=1`. The marker is what
    `describe` reads to tell the runtime how to encode the parameter.
    """

    def mark(node: dict[str, Any]) -> dict[str, Any]:
        if node.get("in") == "query" and node.get("style") == "deepObject":
            return {**node, "x-query-style": "deepObject"}
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
        moved["x-documented-default"] = node["default"]
        return moved

    return rewrite_spec(spec, move)


def name_case_colliding_enum_values(spec: Spec) -> Spec:
    """Give enums whose values differ only by case distinct member names (`x-enum-varnames`).

    openapi-python-client names an enum member by upper-casing its value, so `minimax` and `MiniMax`
    both become `MINIMAX` and generation crashes. The values themselves are kept as they are.
    """

    def name(node: dict[str, Any]) -> dict[str, Any]:
        values = node.get("enum")
        if not isinstance(values, list) or "x-enum-varnames" in node:
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
        return {**node, "x-enum-varnames": names}

    return rewrite_spec(spec, name)


def _response_schema(response: dict[str, Any]) -> dict[str, Any] | None:
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    return schema if isinstance(schema, dict) else None


def _wrapper_name(schema: dict[str, Any]) -> str:
    title = schema.get("title")
    if isinstance(title, str) and title:
        return _pascal(title)
    data = schema.get("properties", {}).get("data", {})
    ref = data.get("$ref") or data.get("items", {}).get("$ref") or "Anonymous"
    return _pascal(ref.rsplit("/", 1)[-1]) + ("List" if "items" in data else "") + "Response"


def share_response_wrappers(spec: Spec) -> Spec:
    """Move inline success-response schemas into components, one per distinct shape.

    Forty commands return the same inline `{data: CallControlCommandResult}`, and
    openapi-python-client makes a class per operation with names up to 86 characters. Identical
    wrappers become one component named after their title (or the schema they wrap).
    """
    schemas = dict(spec.get("components", {}).get("schemas", {}))
    by_shape: dict[str, str] = {}
    paths: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        new_item = dict(item)
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            responses = dict(operation.get("responses", {}))
            for status, response in responses.items():
                schema = _response_schema(response) if isinstance(response, dict) else None
                if not SUCCESS_STATUS.match(str(status)) or schema is None or "$ref" in schema:
                    continue
                shape = repr(sorted(schema.items()))
                if shape not in by_shape:
                    name = _wrapper_name(schema)
                    while name in schemas:
                        name = name + "Shape" if name not in by_shape.values() else name + "2"
                    by_shape[shape] = name
                    schemas[name] = schema
                media = {
                    **response["content"]["application/json"],
                    "schema": {"$ref": f"#/components/schemas/{by_shape[shape]}"},
                }
                responses[status] = {**response, "content": {**response["content"], "application/json": media}}
            new_item[method] = {**operation, "responses": responses}
        paths[path] = new_item
    return {**spec, "paths": paths, "components": {**spec.get("components", {}), "schemas": schemas}}


def resolve_title_collisions(spec: Spec) -> Spec:
    """Drop a `title` that would give two different schemas the same class name.

    openapi-python-client names a class after a schema's title: eight schemas titled
    `PaginationMeta` collide. A component keeps its unique component name instead (the title moves
    to `x-title`); an inline schema falls back to its path-derived name.
    """
    counts: Counter[str] = Counter()
    component_names = {_pascal(name) for name in spec.get("components", {}).get("schemas", {})}

    def count(node: dict[str, Any]) -> dict[str, Any]:
        if isinstance(node.get("title"), str) and _is_model_like(node):
            counts[_pascal(node["title"])] += 1
        return node

    rewrite(spec, count)
    colliding = {name for name, n in counts.items() if n > 1}

    def fix(node: dict[str, Any]) -> dict[str, Any]:
        title = node.get("title")
        if isinstance(title, str) and _is_model_like(node) and _pascal(title) in colliding:
            return {**{k: v for k, v in node.items() if k != "title"}, "x-title": title}
        return node

    fixed = rewrite_spec(spec, fix)
    schemas = fixed.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        title = schema.get("title")
        # A component titled like another component would shadow it.
        if isinstance(title, str) and _pascal(title) != _pascal(name) and _pascal(title) in component_names:
            schemas[name] = {**{k: v for k, v in schema.items() if k != "title"}, "x-title": title}
    return fixed


def _is_model_like(node: dict[str, Any]) -> bool:
    return any(key in node for key in ("properties", "enum", "oneOf", "anyOf", "allOf")) or node.get("type") == "object"


def give_error_responses_a_schema(spec: Spec) -> Spec:
    """Give content-less error responses the spec's usual error schema.

    `400: {description: Bad request}` says nothing about the body, but the API sends its standard
    `{errors: [...]}` there too. The schema used is the one error responses reference most.
    """
    refs: Counter[str] = Counter()
    responses_by_ref = spec.get("components", {}).get("responses", {})
    for operation in _operations(spec):
        for status, response in operation.get("responses", {}).items():
            if str(status).startswith(("4", "5")) or status == "default":
                if "$ref" in response:
                    response = responses_by_ref.get(response["$ref"].rsplit("/", 1)[-1], {})
                schema = _response_schema(response)
                if schema and "$ref" in schema:
                    refs[schema["$ref"]] += 1
    if not refs:
        return spec
    errors_ref = sorted(refs.items(), key=lambda item: (-item[1], item[0]))[0][0]

    def fill(operation: dict[str, Any]) -> dict[str, Any]:
        responses = {}
        for status, response in operation.get("responses", {}).items():
            is_error = str(status).startswith(("4", "5")) or status == "default"
            if is_error and "$ref" not in response and not response.get("content"):
                response = {**response, "content": {"application/json": {"schema": {"$ref": errors_ref}}}}
            responses[status] = response
        return {**operation, "responses": responses}

    paths = {
        path: {m: fill(op) if m in HTTP_METHODS else op for m, op in item.items()}
        for path, item in spec.get("paths", {}).items()
    }
    return {**spec, "paths": paths}


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
                kept["x-required-one-of"] = [alt["required"] for alt in node[key]]
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
        mapping: dict[str, str] = discriminator.get("mapping", {})
        for member in members:
            ref = member.get("$ref") if isinstance(member, dict) else None
            if not ref:
                continue
            name = ref.rsplit("/", 1)[-1]
            values = {value for value, target in mapping.items() if target == ref} or {name}
            known_prop, known_values = marks.setdefault(name, (prop, set()))
            if known_prop != prop:
                raise NamingError(f"schema {name} is discriminated by both {known_prop!r} and {prop!r}")
            known_values |= values
        return node

    rewrite(spec, collect)
    schemas = dict(spec.get("components", {}).get("schemas", {}))
    for name, (prop, values) in sorted(marks.items()):
        if name in schemas:
            schemas[name] = {**schemas[name], "x-discriminator-value": {"property": prop, "values": sorted(values)}}
    return {**spec, "components": {**spec.get("components", {}), "schemas": schemas}}


def keep_unknown_fields(spec: Spec) -> Spec:
    """Let every object keep fields the spec does not list (`additionalProperties: false` -> `x-closed`).

    Responses gain fields between spec versions; a closed model would drop them on parse. The
    closedness stays known as `x-closed`, so strict validation (MCP, the contract copy) can restore it.
    """

    def open_up(node: dict[str, Any]) -> dict[str, Any]:
        if node.get("additionalProperties") is False:
            return {**{k: v for k, v in node.items() if k != "additionalProperties"}, "x-closed": True}
        return node

    return rewrite_spec(spec, open_up)


def _webhook_schema_name(webhook: dict[str, Any]) -> str | None:
    schema = (
        webhook.get("post", {}).get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    )
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def envelope_bare_events(spec: Spec) -> Spec:
    """Wrap a webhook schema that describes the event itself in the `{"data": ...}` envelope.

    Every Telnyx delivery is `{"data": {"event_type": ..., "payload": ...}}`, but
    ConferenceFloorChangedEvent describes only the inner object, so its class would not read a real
    delivery.
    """
    schemas = dict(spec.get("components", {}).get("schemas", {}))
    for webhook in spec.get("webhooks", {}).values():
        name = _webhook_schema_name(webhook)
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
    return {**spec, "components": {**spec.get("components", {}), "schemas": schemas}}


TRANSFORMS: tuple[Transform, ...] = (
    mark_deep_object_parameters,
    drop_null_string_defaults,
    document_defaults,
    name_case_colliding_enum_values,
    share_response_wrappers,
    resolve_title_collisions,
    give_error_responses_a_schema,
    keep_typed_objects_with_required_alternatives,
    carry_discriminators,
    keep_unknown_fields,
    envelope_bare_events,
)


def normalize(spec: Spec, transforms: tuple[Transform, ...] = TRANSFORMS) -> Spec:
    """Apply every transform in order."""
    for transform in transforms:
        spec = transform(spec)
    return spec


# Transforms of the whole spec that must run before `select`, because selection reads what they fix.


def disambiguate_operation_ids(spec: Spec) -> Spec:
    """Give operations that share an operationId distinct ids.

    The pinned spec uses `ListPhoneNumbers` for GET /phone_numbers and for GET
    /v2/whatsapp/phone_numbers; selecting by id would silently keep one of them. Of the operations
    sharing an id, ordered by (path, method), the first keeps it and each later one gets its path
    appended in PascalCase (`ListPhoneNumbersV2WhatsappPhoneNumbers`), then its method if needed.
    The original id stays in `x-original-operation-id`.
    """
    places: dict[str, list[tuple[str, str]]] = {}
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict) and "operationId" in operation:
                places.setdefault(operation["operationId"], []).append((path, method))
    if all(len(where) == 1 for where in places.values()):
        return spec
    taken = set(places)
    paths = dict(spec["paths"])
    for operation_id, where in places.items():
        for path, method in sorted(where)[1:]:
            new_id = operation_id + _pascal(path)
            if new_id in taken:
                new_id += _pascal(method)
            counter = 2
            while new_id in taken:
                new_id, counter = f"{operation_id}{_pascal(path)}{_pascal(method)}{counter}", counter + 1
            taken.add(new_id)
            operation = paths[path][method]
            paths[path] = {
                **paths[path],
                method: {**operation, "operationId": new_id, "x-original-operation-id": operation_id},
            }
    return {**spec, "paths": paths}


PRE_SELECT_TRANSFORMS: tuple[Transform, ...] = (disambiguate_operation_ids,)


def prepare_for_selection(spec: Spec) -> Spec:
    """Apply the transforms that must see the whole spec, before `select`."""
    for transform in PRE_SELECT_TRANSFORMS:
        spec = transform(spec)
    return spec
