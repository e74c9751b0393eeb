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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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


# The fields of a delivery `webhooks.parse_event` rejects a body without.
CHECKED_EVENT_FIELDS = ("event_type", "id", "payload", "record_type")


def require_checked_event_fields(spec: Spec) -> Spec:
    """Mark `data` and the `data` fields every delivery has (`CHECKED_EVENT_FIELDS`) required.

    The event schemas leave them optional, so each event class typed `data` as `X | Unset` and
    `data.event_type` as `Literal[...] | Unset`, and an editor could not narrow a parsed event on
    `event.data.event_type`. `parse_event` already refuses a body without them, so no delivery the
    client accepts lacks them.
    """
    schemas = dict(spec.get("components", {}).get("schemas", {}))

    def required(schema: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
        present = [name for name in names if name in schema.get("properties", {})]
        return {**schema, "required": sorted({*schema.get("required", []), *present})}

    for webhook in spec.get("webhooks", {}).values():
        name = _webhook_schema_name(webhook)
        envelope = schemas.get(name or "")
        data = envelope.get("properties", {}).get("data") if envelope else None
        if not name or not envelope or not isinstance(data, dict):
            continue
        envelope = required(envelope, ["data"])
        ref = data.get("$ref")
        if isinstance(ref, str) and ref.rsplit("/", 1)[-1] in schemas:
            target = ref.rsplit("/", 1)[-1]
            schemas[target] = required(schemas[target], CHECKED_EVENT_FIELDS)
        elif "$ref" not in data:
            envelope["properties"] = {**envelope["properties"], "data": required(data, CHECKED_EVENT_FIELDS)}
        schemas[name] = envelope
    return {**spec, "components": {**spec.get("components", {}), "schemas": schemas}}


DELIVERY_META = "WebhookDeliveryMeta"


def type_delivery_meta(spec: Spec) -> Spec:
    """Give every webhook envelope without a `meta` schema the delivery `meta` Telnyx sends.

    Real deliveries carry `{"meta": {"attempt": 1, "delivered_to": "https://..."}}` beside `data`, but
    the call and conference event schemas leave it out, so it would land untyped in
    `additional_properties`. They all share one `WebhookDeliveryMeta` component; an event whose
    schema already describes `meta` keeps its own.
    """
    schemas = dict(spec.get("components", {}).get("schemas", {}))
    changed = False
    for webhook in spec.get("webhooks", {}).values():
        name = _webhook_schema_name(webhook)
        schema = schemas.get(name or "")
        properties = schema.get("properties", {}) if schema else {}
        if name and schema and "data" in properties and "meta" not in properties:
            meta = {"$ref": f"#/components/schemas/{DELIVERY_META}"}
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
    return {**spec, "components": {**spec.get("components", {}), "schemas": schemas}}


# Transforms for the whole spec (issue 6). Each is a no-op on the call-control selection.


def inline_success_response_refs(spec: Spec) -> Spec:
    """Replace a success response given as `$ref: #/components/responses/X` by a copy of X.

    `share_response_wrappers` and `describe` read a success response's schema in place; the
    2025-09-19 and 2026-03-10 specs give every call command's 200 as such a reference, so their
    operations were generated returning None, each with its own response class. Runs before
    `share_response_wrappers`, which then shares the copies.
    """
    responses_by_name = spec.get("components", {}).get("responses", {})

    def inline(status: str, response: Any) -> Any:
        ref = response.get("$ref") if isinstance(response, dict) else None
        if not SUCCESS_STATUS.match(str(status)) or not isinstance(ref, str):
            return response
        if not ref.startswith("#/components/responses/"):
            return response
        target = responses_by_name.get(ref.rsplit("/", 1)[-1])
        return target if isinstance(target, dict) else response

    paths: dict[str, Any] = {}
    changed = False
    for path, item in spec.get("paths", {}).items():
        new_item = dict(item)
        for method, op in item.items():
            if method not in HTTP_METHODS or not isinstance(op, dict) or not isinstance(op.get("responses"), dict):
                continue
            responses = {status: inline(status, response) for status, response in op["responses"].items()}
            if any(responses[s] is not op["responses"][s] for s in responses):
                new_item[method] = {**op, "responses": responses}
                changed = True
        paths[path] = new_item
    return {**spec, "paths": paths} if changed else spec


def _snake(text: str) -> str:
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", words)
    return re.sub(r"[^0-9a-zA-Z]+", "_", words).strip("_").lower()


def _path_template(path: str) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: "{" + _snake(m.group(1)) + "}", path)


def snake_case_path_parameters(spec: Spec) -> Spec:
    """Spell path parameters in snake_case, in the path template and in their declaration.

    openapi-python-client rewrites `/10dlc/brand/{brandId}` to `{brand_id}`, so the generator could
    not find 44 of the whole spec's endpoints by their path. A path parameter's name never goes on
    the wire (only its value, in its place), so renaming it changes nothing for the API.
    """

    def rename(node: dict[str, Any]) -> dict[str, Any]:
        if node.get("in") == "path" and isinstance(node.get("name"), str) and _snake(node["name"]) != node["name"]:
            return {**node, "name": _snake(node["name"])}
        return node

    paths = {_path_template(path): rewrite(item, rename) for path, item in spec.get("paths", {}).items()}
    components = dict(spec.get("components", {}))
    if "parameters" in components:
        components["parameters"] = rewrite(components["parameters"], rename)
    return {**spec, "paths": paths, "components": components}


JSON_MEDIA = "application/json"
OCTET_STREAM = "application/octet-stream"
WILDCARD_MEDIA = frozenset({"*", "*/*"})


def _json_media(container: Any) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(content, its application/json media object) of a request body or response, if it has one."""
    content = container.get("content") if isinstance(container, dict) else None
    media = content.get(JSON_MEDIA) if isinstance(content, dict) else None
    return (content, media) if isinstance(content, dict) and isinstance(media, dict) else None


def _readable_response_media(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base in (JSON_MEDIA, OCTET_STREAM) or base.endswith("+json") or base.startswith("text/")


def read_wildcard_request_bodies_as_json(spec: Spec) -> Spec:
    """Read a request body declared as `*/*` with an object schema as `application/json`.

    Four usage-report operations declare `*/*` bodies whose schemas are JSON objects; the client
    sends JSON, and openapi-python-client drops an operation whose body media type it does not know.
    """

    def fix(body: Any) -> Any:
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or JSON_MEDIA in content:
            return body
        wildcard = next((media for media in content if media in WILDCARD_MEDIA), None)
        if wildcard is None or not isinstance(content[wildcard].get("schema"), dict):
            return body
        new_content = {(JSON_MEDIA if media == wildcard else media): value for media, value in content.items()}
        return {**body, "content": new_content}

    paths = {
        path: {
            method: {**op, "requestBody": fix(op["requestBody"])}
            if method in HTTP_METHODS and isinstance(op, dict) and "requestBody" in op
            else op
            for method, op in item.items()
        }
        for path, item in spec.get("paths", {}).items()
    }
    components = dict(spec.get("components", {}))
    if "requestBodies" in components:
        components["requestBodies"] = {name: fix(body) for name, body in components["requestBodies"].items()}
    return {**spec, "paths": paths, "components": components}


def mark_binary_responses(spec: Spec) -> Spec:
    """Declare responses of media types openapi-python-client cannot read (PDF, WAV, PNG, `*`) as
    `application/octet-stream`, keeping the declared type in `x-media-type`.

    openapi-python-client warns about each and omits the response; as bytes, it reads them.
    JSON, `+json`, `text/*` and octet-stream responses are left alone.
    """

    def fix(response: Any) -> Any:
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or all(_readable_response_media(media) for media in content):
            return response
        new_content: dict[str, Any] = {}
        for media, value in content.items():
            if _readable_response_media(media):
                new_content[media] = value
            elif OCTET_STREAM not in new_content:
                new_content[OCTET_STREAM] = {**value, "x-media-type": media}
        return {**response, "content": new_content}

    def fix_operation(op: dict[str, Any]) -> dict[str, Any]:
        responses = op.get("responses")
        if not isinstance(responses, dict):
            return op
        return {**op, "responses": {status: fix(response) for status, response in responses.items()}}

    paths = {
        path: {method: fix_operation(op) if method in HTTP_METHODS else op for method, op in item.items()}
        for path, item in spec.get("paths", {}).items()
    }
    components = dict(spec.get("components", {}))
    if "responses" in components:
        components["responses"] = {name: fix(response) for name, response in components["responses"].items()}
    return {**spec, "paths": paths, "components": components}


def _component(spec: Spec, ref: Any) -> dict[str, Any] | None:
    if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
        return None
    found = spec.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1])
    return found if isinstance(found, dict) else None


def _declared_properties(spec: Spec, schema: dict[str, Any], seen: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The properties a schema declares, through `$ref` and `allOf` (later declarations win)."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        target = _component(spec, ref)
        return _declared_properties(spec, target, seen | {ref}) if target is not None and ref not in seen else {}
    declared: dict[str, Any] = {}
    for member in schema.get("allOf", []):
        if isinstance(member, dict):
            declared.update(_declared_properties(spec, member, seen))
    properties = schema.get("properties")
    if isinstance(properties, dict):
        declared.update(properties)
    return declared


def carry_formats_into_all_of_overrides(spec: Spec) -> Spec:
    """Give a property that an `allOf` member redeclares without `format` the format the other
    members declare for it, when both say the same `type`.

    GlobalIpAssignmentUpdate is `allOf: [GlobalIpAssignment, {properties: {global_ip_id: {type:
    string}}}]` where GlobalIpAssignment says `format: uuid`; openapi-python-client cannot merge
    a UUID with a str and drops the schema and the operation using it. `allOf` means both apply, so
    the value is a uuid string either way.
    """

    def fix(node: dict[str, Any]) -> dict[str, Any]:
        members = node.get("allOf")
        if not isinstance(members, list) or not any(isinstance(m, dict) and "$ref" in m for m in members):
            return node
        inherited: dict[str, Any] = {}
        changed = False
        new_members = []
        for member in members:
            if isinstance(member, dict) and isinstance(member.get("properties"), dict) and "$ref" not in member:
                properties = dict(member["properties"])
                for name, prop in member["properties"].items():
                    base = inherited.get(name)
                    if (
                        isinstance(prop, dict)
                        and isinstance(base, dict)
                        and "format" not in prop
                        and "format" in base
                        and "type" in prop
                        and prop.get("type") == base.get("type")
                    ):
                        properties[name] = {**prop, "format": base["format"]}
                        changed = True
                member = {**member, "properties": properties}
            if isinstance(member, dict):
                inherited.update(_declared_properties(spec, member))
            new_members.append(member)
        return {**node, "allOf": new_members} if changed else node

    schemas = {name: rewrite(schema, fix) for name, schema in spec.get("components", {}).get("schemas", {}).items()}
    return {**spec, "components": {**spec.get("components", {}), "schemas": schemas}}


def _opc_pascal(text: str) -> str:
    from openapi_python_client.strings import pascal_case

    return pascal_case(text)


def _opc_class(parent: str, base: str) -> tuple[str, str]:
    """openapi-python-client's (class name, module name) for a schema named base inside parent."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    text = f"{_opc_pascal(parent)}{_opc_pascal(base)}" if parent else base
    name = ClassName(text.rsplit("/", 1)[-1], "field_")
    return str(name), str(PythonIdentifier(name, "field_"))


def _builds_model(node: Any) -> bool:
    if not isinstance(node, dict) or "$ref" in node:
        return False
    return node.get("type") == "object" or bool(node.get("allOf")) or ("type" not in node and "properties" in node)


def _has_inline_models(node: Any) -> bool:
    """Whether an object schema has an inline object anywhere below its properties."""
    stack = list(node.get("properties", {}).values()) if isinstance(node, dict) else []
    while stack:
        current = stack.pop()
        if isinstance(current, dict) and "$ref" not in current:
            if _builds_model(current):
                return True
            stack.extend(v for k, v in current.items() if isinstance(v, (dict, list)) and k != "example")
        elif isinstance(current, list):
            stack.extend(current)
    return False


def hoist_inline_union_members(spec: Spec) -> Spec:
    """Move an inline object member of a component-level `oneOf`/`anyOf` into its own component
    when it has inline objects of its own.

    openapi-python-client builds such a member's nested classes twice and fails with "Attempted to
    generate duplicate models" (VoiceSdkCallReportStats: `oneOf: [array, {properties: {audio:
    {type: object}}}]`), dropping the union. The new component is named as openapi-python-client
    names the member (`VoiceSdkCallReportStats_type_1`, or the member's title), so the class keeps
    its name.
    """
    schemas = dict(spec.get("components", {}).get("schemas", {}))
    taken = set(schemas)
    changed = False
    for name, schema in list(schemas.items()):
        if not isinstance(schema, dict):
            continue
        offset = 0
        new_schema = dict(schema)
        for key in ("anyOf", "oneOf"):  # openapi-python-client numbers anyOf members first
            members = schema.get(key)
            if not isinstance(members, list):
                continue
            new_members = []
            for index, member in enumerate(members, start=offset):
                if _builds_model(member) and _has_inline_models(member):
                    title = member.get("title")
                    base = title if isinstance(title, str) and title and title != schema.get("title") else None
                    target = base or f"{name}_type_{index}"
                    while target in taken:
                        target += "_"
                    taken.add(target)
                    hoisted = {k: v for k, v in member.items() if k != "title"}
                    if isinstance(title, str):
                        hoisted["x-title"] = title
                    schemas[target] = hoisted
                    member = {"$ref": f"#/components/schemas/{target}"}
                    changed = True
                new_members.append(member)
            new_schema[key] = new_members
            offset += len(members)
        schemas[name] = new_schema
    if not changed:
        return spec
    return {**spec, "components": {**spec.get("components", {}), "schemas": schemas}}


def type_binary_strings_as_text(spec: Spec) -> Spec:
    """Turn `format: binary` strings into plain strings, keeping the format as `x-format`.

    openapi-python-client types them as its `File` upload helper, which the runtime does not ship
    (the client sends JSON bodies only), so the multipart request models of the whole spec (fax
    media, document uploads) could not be imported. As strings they import and type-check; sending
    multipart bodies is not supported either way.
    """

    def fix(node: dict[str, Any]) -> dict[str, Any]:
        if node.get("format") == "binary" and node.get("type") == "string":
            return {**{k: v for k, v in node.items() if k != "format"}, "x-format": "binary"}
        return node

    return {**spec, "components": rewrite(spec.get("components", {}), fix)}


def _is_forbidden(schema: Any) -> bool:
    """`{not: {}}`: the property must be absent."""
    return isinstance(schema, dict) and schema.get("not") == {} and len(schema) == 1


def _only_constrains(node: dict[str, Any], members: Any) -> bool:
    """Whether every union member only says which of node's properties are required or absent."""
    properties = node.get("properties")
    if not isinstance(properties, dict) or not isinstance(members, list) or not members:
        return False
    for member in members:
        if not isinstance(member, dict) or set(member) - {"required", "properties", "title", "description"}:
            return False
        declared = member.get("properties", {})
        if not isinstance(declared, dict) or not all(
            name in properties and _is_forbidden(schema) for name, schema in declared.items()
        ):
            return False
    return True


def keep_typed_objects_with_constraint_alternatives(spec: Spec) -> Spec:
    """Drop a `oneOf`/`anyOf` whose members only require or forbid properties the object declares.

    InitiateCallRequest (TeXML) declares its properties and adds `oneOf: [{required: [Url],
    properties: {Texml: {not: {}}}}, ...]` (give Url or Texml, not both); openapi-python-client
    reads the members as untyped alternatives and the body becomes `Any`. Like
    `keep_typed_objects_with_required_alternatives`, the object keeps its fields; the alternatives
    move to `x-alternatives` (and to `x-required-one-of` when each requires something).
    """

    def fix(node: dict[str, Any]) -> dict[str, Any]:
        for key in ("oneOf", "anyOf"):
            if _only_constrains(node, node.get(key)):
                kept = {k: v for k, v in node.items() if k != key}
                kept["x-alternatives"] = node[key]
                required = [alt.get("required", []) for alt in node[key]]
                if all(required) and "x-required-one-of" not in kept:
                    kept["x-required-one-of"] = required
                return kept
        return node

    return {**spec, "components": rewrite(spec.get("components", {}), fix), "paths": rewrite(spec["paths"], fix)}


def _declared_required(spec: Spec, schema: dict[str, Any], seen: frozenset[str] = frozenset()) -> set[str]:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        target = _component(spec, ref)
        return _declared_required(spec, target, seen | {ref}) if target is not None and ref not in seen else set()
    required = set(schema.get("required", []))
    for member in schema.get("allOf", []):
        if isinstance(member, dict):
            required |= _declared_required(spec, member, seen)
    return required


def _resolved(spec: Spec, schema: Any) -> dict[str, Any]:
    seen = set()
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        schema = _component(spec, schema["$ref"]) or {}
    return schema if isinstance(schema, dict) else {}


def _merged_union(spec: Spec, union: dict[str, Any]) -> dict[str, Any] | None:
    """One object with every member's fields, if union is a `oneOf`/`anyOf` of objects only."""
    members = union.get("oneOf") or union.get("anyOf")
    if not isinstance(members, list) or not members or "properties" in union:
        return None
    fields: dict[str, Any] = {}
    required: set[str] | None = None
    for member in members:
        resolved = _resolved(spec, member)
        declared = _declared_properties(spec, member)
        if not declared or resolved.get("type", "object") != "object":
            return None
        for name, schema in declared.items():
            if _is_forbidden(schema):
                continue
            known = fields.get(name)
            if known is None or known == schema:
                fields[name] = schema
            elif isinstance(known.get("enum"), list) and isinstance(schema.get("enum"), list):
                values = known["enum"] + [v for v in schema["enum"] if v not in known["enum"]]
                fields[name] = {**known, "enum": values}
            else:
                alternatives = known["anyOf"] if list(known) == ["anyOf"] else [known]
                if schema not in alternatives:
                    fields[name] = {"anyOf": [*alternatives, schema]}
        member_required = _declared_required(spec, member) & set(declared)
        required = member_required if required is None else required & member_required
    merged: dict[str, Any] = {"type": "object", "properties": fields, "x-merged-from": members}
    if required:
        merged["required"] = sorted(required)
    if isinstance(union.get("description"), str):
        merged["description"] = union["description"]
    return merged


def merge_union_bodies(spec: Spec) -> Spec:
    """Give a request body or success response that is a union of objects one object schema with
    every member's fields (required: those all members require), named `<Component>Merged`.

    The client passes body fields as keyword arguments and returns one model per operation; a
    `oneOf` of objects (CreatePushCredential: iOS or Android) has neither, so the generator could
    not render 8 operations of the whole spec. A field declared differently by two members becomes
    an `anyOf` of both (enums: the union of their values). The members stay in `x-merged-from`, and
    the union component itself is unchanged for its other uses.
    """
    schemas = dict(spec.get("components", {}).get("schemas", {}))
    merged_names: dict[str, str] = {}

    def merged_ref(schema: Any, fallback: str) -> Any:
        if not isinstance(schema, dict):
            return schema
        ref = schema.get("$ref")
        name = ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None
        if name in merged_names:
            return {"$ref": f"#/components/schemas/{merged_names[name]}"}
        merged = _merged_union(spec, _resolved(spec, schema))
        if merged is None:
            return schema
        target = f"{name or fallback}Merged"
        while target in schemas:
            target += "_"
        schemas[target] = merged
        if name:
            merged_names[name] = target
        return {"$ref": f"#/components/schemas/{target}"}

    def fix_content(container: Any, fallback: str) -> Any:
        found = _json_media(container)
        if found is None or "schema" not in found[1]:
            return container
        content, media = found
        schema = merged_ref(media["schema"], fallback)
        if schema is media["schema"]:
            return container
        return {**container, "content": {**content, JSON_MEDIA: {**media, "schema": schema}}}

    request_bodies = spec.get("components", {}).get("requestBodies", {})
    paths: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        new_item = dict(item)
        for method, op in item.items():
            if method not in HTTP_METHODS or not isinstance(op, dict):
                continue
            name = _pascal(str(op.get("operationId", f"{method} {path}")))
            new_op = dict(op)
            body = op.get("requestBody")
            if isinstance(body, dict) and isinstance(body.get("$ref"), str):
                body = request_bodies.get(body["$ref"].rsplit("/", 1)[-1], body)
            fixed = fix_content(body, f"{name}Body")
            if fixed is not body:
                new_op["requestBody"] = fixed
            responses = op.get("responses", {})
            new_responses = {
                status: fix_content(response, f"{name}Response") if SUCCESS_STATUS.match(str(status)) else response
                for status, response in responses.items()
            }
            if any(new_responses[s] is not responses[s] for s in responses):
                new_op["responses"] = new_responses
            new_item[method] = new_op
        paths[path] = new_item
    if len(schemas) == len(spec.get("components", {}).get("schemas", {})):
        return spec
    return {**spec, "paths": paths, "components": {**spec.get("components", {}), "schemas": schemas}}


def _is_object_schema(spec: Spec, schema: Any) -> bool:
    resolved = _resolved(spec, schema)
    return bool(_declared_properties(spec, schema)) or resolved.get("type") == "object" or bool(resolved.get("allOf"))


def set_aside_unsupported_request_bodies(spec: Spec) -> Spec:
    """Move request-body media types the client cannot send into `x-unsupported-content`.

    The client sends JSON objects only. Multipart uploads, form posts (TeXML), raw bytes and JSON
    bodies that are not objects (a bare array) are kept out of what openapi-python-client and
    `describe` read: the operation is generated with its path and query parameters, without the body
    (openapi-python-client's multipart models also need upload helpers the runtime does not ship).
    A body that also accepts a JSON object keeps that; one that does not moves whole to the
    operation's `x-unsupported-request-body`.
    """
    request_bodies = spec.get("components", {}).get("requestBodies", {})

    def fix(op: dict[str, Any]) -> dict[str, Any]:
        body = op["requestBody"]
        if isinstance(body, dict) and isinstance(body.get("$ref"), str):
            body = request_bodies.get(body["$ref"].rsplit("/", 1)[-1], body)
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict):
            return op
        kept = {
            media: value
            for media, value in content.items()
            if media == JSON_MEDIA and isinstance(value, dict) and _is_object_schema(spec, value.get("schema"))
        }
        if len(kept) == len(content):
            return op
        if not kept:
            return {**{k: v for k, v in op.items() if k != "requestBody"}, "x-unsupported-request-body": body}
        aside = {media: value for media, value in content.items() if media not in kept}
        return {**op, "requestBody": {**body, "content": kept, "x-unsupported-content": aside}}

    paths = {
        path: {
            method: fix(op) if method in HTTP_METHODS and isinstance(op, dict) and "requestBody" in op else op
            for method, op in item.items()
        }
        for path, item in spec.get("paths", {}).items()
    }
    return {**spec, "paths": paths}


def set_aside_unmodelled_success_responses(spec: Spec) -> Spec:
    """Move a success response's JSON content into `x-unmodelled-content` when its schema is not an
    object (a bare array, a string, or `{}`).

    The client returns one model per operation, so it cannot render an operation that answers
    `[...]` (ListExternalVettings) or with an untyped body; such an operation is generated, and its
    call returns None once the status is checked. Run after `merge_union_bodies`, which turns
    unions of objects into models.
    """
    responses_by_name = spec.get("components", {}).get("responses", {})

    def fix(response: Any) -> Any:
        if isinstance(response, dict) and isinstance(response.get("$ref"), str):
            response = responses_by_name.get(response["$ref"].rsplit("/", 1)[-1], response)
        found = _json_media(response)
        if found is None or _is_object_schema(spec, found[1].get("schema")):
            return response
        content, media = found
        kept = {k: v for k, v in content.items() if k != JSON_MEDIA}
        fixed = {**response, "x-unmodelled-content": {JSON_MEDIA: media}}
        if kept:
            fixed["content"] = kept
        else:
            fixed.pop("content", None)
        return fixed

    paths = {}
    for path, item in spec.get("paths", {}).items():
        new_item = dict(item)
        for method, op in item.items():
            if method not in HTTP_METHODS or not isinstance(op, dict):
                continue
            responses = op.get("responses", {})
            fixed = {
                status: fix(response) if SUCCESS_STATUS.match(str(status)) else response
                for status, response in responses.items()
            }
            if any(fixed[s] is not responses[s] and fixed[s] != responses[s] for s in responses):
                new_item[method] = {**op, "responses": fixed}
        paths[path] = new_item
    return {**spec, "paths": paths}


def _alias_target(spec: Spec, ref: Any, seen: frozenset[str] = frozenset()) -> Any:
    """The `$ref` a component only wraps (`allOf: [{$ref: X}]` plus a description), followed to the end."""
    target = _component(spec, ref)
    if target is None or ref in seen:
        return ref
    members = [*target.get("allOf", []), *target.get("anyOf", []), *target.get("oneOf", [])]
    extra = set(target) - {"allOf", "anyOf", "oneOf", "description", "title", "example", "examples"}
    if len(members) == 1 and isinstance(members[0], dict) and set(members[0]) == {"$ref"} and not extra:
        return _alias_target(spec, members[0]["$ref"], seen | {ref})
    return ref


def point_bodies_past_aliases(spec: Spec) -> Spec:
    """Make a request body or success response that names an alias component
    (`allOf: [{$ref: X}]`) name X itself.

    openapi-python-client generates no class for an alias (it uses X's), so the generator found no
    model for ReputationPhoneNumberListWithReputation, which only wraps ReputationPhoneNumberList.
    """

    def fix(container: Any) -> Any:
        found = _json_media(container)
        ref = found[1].get("schema", {}).get("$ref") if found else None
        if found is None or not isinstance(ref, str) or _alias_target(spec, ref) == ref:
            return container
        content, media = found
        target = _alias_target(spec, ref)
        return {**container, "content": {**content, JSON_MEDIA: {**media, "schema": {"$ref": target}}}}

    paths: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        new_item = dict(item)
        for method, op in item.items():
            if method not in HTTP_METHODS or not isinstance(op, dict):
                continue
            new_op = dict(op)
            if "requestBody" in op:
                new_op["requestBody"] = fix(op["requestBody"])
            responses = op.get("responses", {})
            new_op["responses"] = {
                status: fix(response) if SUCCESS_STATUS.match(str(status)) else response
                for status, response in responses.items()
            }
            new_item[method] = new_op
        paths[path] = new_item
    return {**spec, "paths": paths}


ANY_JSON_TYPES = frozenset({"string", "number", "boolean", "object", "array"})


def _bare_type(member: Any) -> str | None:
    """A union member's type if it constrains nothing else (`{type: array, items: {}}` counts)."""
    if not isinstance(member, dict) or not isinstance(member.get("type"), str):
        return None
    extra = set(member) - {"type", "description", "title", "additionalProperties", "items"}
    if extra or member.get("additionalProperties", True) is not True or member.get("items", {}) != {}:
        return None
    return "number" if member["type"] == "integer" else member["type"]


def untype_any_json_unions(spec: Spec) -> Spec:
    """Replace a `anyOf`/`oneOf` of bare string, number, boolean, object and array (and null) by an
    untyped schema, with the members kept in `x-any-of`.

    AuditEventChanges says `from`/`to` "can be any JSON type" that way; openapi-python-client
    renders the array member as `cast(list[Any], data)`, which `mypy --strict` rejects as a
    redundant cast. Any JSON value is what the union allows, and what `Any` says.
    """

    def fix(node: dict[str, Any]) -> dict[str, Any]:
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if not isinstance(members, list):
                continue
            kinds = {_bare_type(m) for m in members} - {"null"}
            if kinds == ANY_JSON_TYPES:
                return {**{k: v for k, v in node.items() if k != key}, "x-any-of": members}
        return node

    return {**spec, "components": rewrite(spec.get("components", {}), fix)}


SchemaPath = tuple[str | int, ...]


@dataclass(frozen=True)
class GeneratedClass:
    """A class openapi-python-client will generate for one schema node, as `predicted_classes` predicts it."""

    name: str
    module: str
    path: SchemaPath
    parent: str
    base: str
    enum_values: frozenset[Any] | None

    @property
    def is_component(self) -> bool:
        return len(self.path) == 3


def _as_openapi_31(node: dict[str, Any]) -> dict[str, Any]:
    """node with OpenAPI 3.0's `nullable: true` spelled as 3.1 does, as openapi-python-client reads it."""
    node = {k: v for k, v in node.items() if k != "nullable"}
    kind = node.get("type")
    if isinstance(kind, str):
        return {**node, "type": [kind, "null"]}
    if isinstance(kind, list):
        return {**node, "type": kind if "null" in kind else [*kind, "null"]}
    for key in ("oneOf", "anyOf"):
        if node.get(key):
            return {**node, key: [*node[key], {"type": "null"}]}
    if node.get("allOf"):
        kept = {k: v for k, v in node.items() if k != "allOf"}
        return {**kept, "oneOf": [{"type": "null"}, {"allOf": node["allOf"]}]}
    return node


def predicted_classes(spec: Spec) -> list[GeneratedClass]:
    """Predict the model and enum classes openapi-python-client generates for the component schemas,
    following its naming rules (parser/properties: model, enum, union and list properties)."""
    found: list[GeneratedClass] = []

    def add(node: dict[str, Any], name: str, parent: str, path: SchemaPath, enum: frozenset[Any] | None) -> str:
        title = node.get("title")
        base = title if isinstance(title, str) and title else name
        cls, module = _opc_class(parent, base)
        found.append(GeneratedClass(cls, module, path, parent, base, enum))
        return cls

    def walk(node: Any, name: str, parent: str, path: SchemaPath) -> None:
        if not isinstance(node, dict) or "$ref" in node:
            return
        if node.get("nullable") is True:
            node = _as_openapi_31(node)
        members = [*node.get("allOf", []), *node.get("anyOf", []), *node.get("oneOf", [])]
        if len(members) == 1 and isinstance(members[0], dict) and "$ref" in members[0]:
            return
        kind = node.get("type")
        if kind == "boolean":
            return
        if node.get("enum"):
            values = node["enum"]
            if None in values:  # becomes a union of null and the enum without it, which is member 1
                copy = {**node, "enum": [v for v in values if v is not None]}
                add(copy, f"{name}_type_1", parent, path, frozenset(copy["enum"]))
            else:
                add(node, name, parent, path, frozenset(values))
            return
        if node.get("anyOf") or node.get("oneOf") or isinstance(kind, list):
            index = 0
            for key in ("anyOf", "oneOf"):
                for position, member in enumerate(node.get(key, [])):
                    title = member.get("title") if isinstance(member, dict) else None
                    subscript = title if isinstance(title, str) and title and title != node.get("title") else None
                    walk(member, f"{name}_{subscript or f'type_{index}'}", parent, (*path, key, position))
                    index += 1
            if isinstance(kind, list):
                for single in kind:
                    copy = {k: v for k, v in node.items() if k not in ("anyOf", "oneOf")}
                    walk({**copy, "type": single}, f"{name}_type_{index}", parent, path)
                    index += 1
            return
        if kind == "array":
            walk(node.get("items"), f"{name}_item", parent, (*path, "items"))
            return
        if _builds_model(node):
            cls = add(node, name, parent, path, None)
            for key, value in node.get("properties", {}).items():
                walk(value, key, cls, (*path, "properties", key))
            for position, member in enumerate(node.get("allOf", [])):
                if isinstance(member, dict) and "$ref" not in member:
                    for key, value in member.get("properties", {}).items():
                        walk(value, key, cls, (*path, "allOf", position, "properties", key))
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                walk(extra, "AdditionalProperty", cls, (*path, "additionalProperties"))

    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        walk(schema, name, "", ("components", "schemas", name))
    return found


def _update_at(node: Any, path: SchemaPath, fn: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """A copy of node with fn applied to the dict at path (copying only along the path)."""
    if not path:
        return fn(node)
    head, rest = path[0], path[1:]
    if isinstance(node, list):
        assert isinstance(head, int)
        return [_update_at(item, rest, fn) if i == head else item for i, item in enumerate(node)]
    return {**node, head: _update_at(node[head], rest, fn)}


def _collisions(classes: list[GeneratedClass]) -> list[list[GeneratedClass]]:
    """Groups of predicted classes that cannot coexist: the same class or module name, unless all are
    enums with the same values (openapi-python-client reuses one class for those)."""
    groups: dict[str, list[GeneratedClass]] = {}
    for cls in classes:
        groups.setdefault(cls.name.lower(), []).append(cls)
    by_module: dict[str, list[GeneratedClass]] = {}
    for cls in classes:
        by_module.setdefault(cls.module, []).append(cls)
    result = []
    for group in [*groups.values(), *by_module.values()]:
        distinct = {(c.name, c.path) for c in group}
        if len(distinct) < 2:
            continue
        if all(c.enum_values is not None for c in group) and len({(c.name, c.enum_values) for c in group}) == 1:
            continue
        result.append(group)
    return result


def name_colliding_inline_schemas(spec: Spec) -> Spec:
    """Title inline schemas whose generated class would take a name another class already has.

    openapi-python-client names an inline schema after its parent class and its property name, so
    Error's inline `meta` becomes `ErrorMeta`, a component of that name; PhoneNumber's `status`
    enum is `PhoneNumberStatus`, another component; and in WebhookPortoutStatusChanged,
    `payload_status` and `payload.status` both become `WebhookPortoutStatusChangedPayloadStatus`.
    It then drops the schema (and every operation using it). In each clash a component keeps its
    name, then the schema nearest the top (then the first in document order); the others get a
    `title` that adds `Enum` or `Object` (then a number) to their class name. An existing title moves
    to `x-title`.

    Raises:
        NamingError: the clashes are not resolved after a few rounds (renaming a model renames the
            classes inside it, which could clash again).
    """
    for _ in range(5):
        classes = predicted_classes(spec)
        groups = _collisions(classes)
        if not groups:
            return spec
        taken = {c.name.lower() for c in classes} | {c.module for c in classes}
        renames: dict[SchemaPath, str] = {}
        order = {c.path: i for i, c in enumerate(classes)}
        for group in groups:
            ranked = sorted(group, key=lambda c: (not c.is_component, len(c.path), order[c.path]))
            keeper = ranked[0]
            for cls in ranked[1:]:
                if cls.path in renames or (cls.name, cls.path) == (keeper.name, keeper.path):
                    continue
                if cls.enum_values is not None and cls.enum_values == keeper.enum_values and cls.name == keeper.name:
                    continue
                suffix = "Enum" if cls.enum_values is not None else "Object"
                counter = 1
                while True:
                    title = f"{cls.base}_{suffix}" + (str(counter) if counter > 1 else "")
                    name, module = _opc_class(cls.parent, title)
                    if name.lower() not in taken and module not in taken:
                        break
                    counter += 1
                taken |= {name.lower(), module}
                renames[cls.path] = title
        for path, title in renames.items():

            def retitle(node: dict[str, Any], title: str = title) -> dict[str, Any]:
                kept = {k: v for k, v in node.items() if k != "title"}
                if isinstance(node.get("title"), str):
                    kept["x-title"] = node["title"]
                return {**kept, "title": title}

            spec = _update_at(spec, path, retitle)
    raise NamingError("inline schema class names still collide after 5 rounds of renaming")


TRANSFORMS: tuple[Transform, ...] = (
    mark_deep_object_parameters,
    drop_null_string_defaults,
    document_defaults,
    name_case_colliding_enum_values,
    inline_success_response_refs,
    share_response_wrappers,
    resolve_title_collisions,
    give_error_responses_a_schema,
    keep_typed_objects_with_required_alternatives,
    carry_discriminators,
    keep_unknown_fields,
    envelope_bare_events,
    require_checked_event_fields,
    type_delivery_meta,
    snake_case_path_parameters,
    read_wildcard_request_bodies_as_json,
    mark_binary_responses,
    carry_formats_into_all_of_overrides,
    type_binary_strings_as_text,
    untype_any_json_unions,
    keep_typed_objects_with_constraint_alternatives,
    point_bodies_past_aliases,
    merge_union_bodies,
    set_aside_unsupported_request_bodies,
    set_aside_unmodelled_success_responses,
    hoist_inline_union_members,
    name_colliding_inline_schemas,
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
