"""Whole-spec transforms of paths, media types and schema types, in the order `normalize` runs them.

Each is a no-op on the call-control selection; together with those in `bodies` and `collisions` they
make all 1156 operations of the spec generate cleanly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..openapi import (
    JSON_MEDIA,
    OCTET_STREAM,
    X_ALTERNATIVES,
    X_ANY_OF,
    X_FORMAT,
    X_MEDIA_TYPE,
    X_REQUIRED_ONE_OF,
    Spec,
    component_schemas,
    map_operations,
    object_fields,
    rewrite,
    snake_case,
    with_component_schemas,
)


def _path_template(path: str) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: "{" + snake_case(m.group(1)) + "}", path)


def snake_case_path_parameters(spec: Spec) -> Spec:
    """Spell path parameters in snake_case, in the path template and in their declaration.

    openapi-python-client rewrites `/10dlc/brand/{brandId}` to `{brand_id}`, so the generator could
    not find 44 of the whole spec's endpoints by their path. A path parameter's name never goes on
    the wire (only its value, in its place), so renaming it changes nothing for the API.
    """

    def rename(node: dict[str, Any]) -> dict[str, Any]:
        if node.get("in") == "path" and isinstance(node.get("name"), str) and snake_case(node["name"]) != node["name"]:
            return {**node, "name": snake_case(node["name"])}
        return node

    paths = {_path_template(path): rewrite(item, rename) for path, item in spec.get("paths", {}).items()}
    components = dict(spec.get("components", {}))
    if "parameters" in components:
        components["parameters"] = rewrite(components["parameters"], rename)
    return {**spec, "paths": paths, "components": components}


WILDCARD_MEDIA = frozenset({"*", "*/*"})


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

    def fix_operation(_path: str, _method: str, op: dict[str, Any]) -> dict[str, Any]:
        return {**op, "requestBody": fix(op["requestBody"])} if "requestBody" in op else op

    return _map_components(map_operations(spec, fix_operation), "requestBodies", fix)


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
                new_content[OCTET_STREAM] = {**value, X_MEDIA_TYPE: media}
        return {**response, "content": new_content}

    def fix_operation(_path: str, _method: str, op: dict[str, Any]) -> dict[str, Any]:
        responses = op.get("responses")
        if not isinstance(responses, dict):
            return op
        return {**op, "responses": {status: fix(response) for status, response in responses.items()}}

    return _map_components(map_operations(spec, fix_operation), "responses", fix)


def _map_components(spec: Spec, kind: str, fix: Callable[[Any], Any]) -> Spec:
    """spec with fix applied to each of its components of kind (`responses`, `requestBodies`)."""
    components = dict(spec.get("components", {}))
    if kind in components:
        components[kind] = {name: fix(component) for name, component in components[kind].items()}
    return {**spec, "components": components}


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
                inherited.update(object_fields(spec, member)[0])
            new_members.append(member)
        return {**node, "allOf": new_members} if changed else node

    schemas = {name: rewrite(schema, fix) for name, schema in component_schemas(spec).items()}
    return with_component_schemas(spec, schemas)


def type_binary_strings_as_text(spec: Spec) -> Spec:
    """Turn `format: binary` strings into plain strings, keeping the format as `x-format`.

    openapi-python-client types them as its `File` upload helper, which the runtime does not ship
    (the client sends JSON bodies only), so the multipart request models of the whole spec (fax
    media, document uploads) could not be imported. As strings they import and type-check; sending
    multipart bodies is not supported either way.
    """

    def fix(node: dict[str, Any]) -> dict[str, Any]:
        if node.get("format") == "binary" and node.get("type") == "string":
            return {**{k: v for k, v in node.items() if k != "format"}, X_FORMAT: "binary"}
        return node

    return {**spec, "components": rewrite(spec.get("components", {}), fix)}


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
                return {**{k: v for k, v in node.items() if k != key}, X_ANY_OF: members}
        return node

    return {**spec, "components": rewrite(spec.get("components", {}), fix)}


def is_forbidden(schema: Any) -> bool:
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
            name in properties and is_forbidden(schema) for name, schema in declared.items()
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
                kept[X_ALTERNATIVES] = node[key]
                required = [alt.get("required", []) for alt in node[key]]
                if all(required) and X_REQUIRED_ONE_OF not in kept:
                    kept[X_REQUIRED_ONE_OF] = required
                return kept
        return node

    return {**spec, "components": rewrite(spec.get("components", {}), fix), "paths": rewrite(spec["paths"], fix)}
