"""The client tests' oracle: the normalized spec's operations, fields and sample values.

The expectations of the request tests come from the normalized spec (paths, parameters, body fields,
examples), never from the generated code, so a generator bug shows up as a difference.
"""

from __future__ import annotations

import copy
import datetime
import functools
import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from generator.inputs import load_pin
from generator.openapi import iter_operations
from generator.pipeline import describe_spec
from generator.source import load_spec
from tests.support import samples

PATH_IDS = {
    "call_control_id": "v3:ctrl-1_AbC",
    "id": "1293384261075731499",
    "connection_id": "1293384261075731461",
    "conference_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "participant_id": "7b3d3c5e-1f4a-4b8e-9c2d-6a1e0f9b8c7d",
    "queue_name": "support",
    "media_name": "my_file",
    "recording_id": "f5d2a8c0-3b7e-4c1d-9e6f-2a4b8c0d1e3f",
    "recording_transcription_id": "6a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d",
}
UUID_PATH_ID = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0"
# Arguments whose Python name is not the wire name (spec/naming.toml, the official SDK's names).
RENAMED_ARGUMENTS = {
    ("BridgeCall", "path", "call_control_id"): "call_control_id_to_bridge",
    ("BridgeCall", "body", "call_control_id"): "call_control_id_to_bridge_with",
}
Location = Literal["path", "query", "body"]


@functools.cache
def spec() -> dict[str, Any]:
    """The normalized selected spec, as the generator sees it."""
    return describe_spec(load_spec(load_pin()).document).spec


def resolve(node: Mapping[str, Any]) -> dict[str, Any]:
    """node with every `$ref` followed."""
    while "$ref" in node:
        _, _, kind, name = node["$ref"].split("/")
        node = spec()["components"][kind][name]
    return dict(node)


SAMPLE_STYLE = samples.example_first(resolve)


def ref_name(node: Mapping[str, Any]) -> str:
    ref: str = node["$ref"]
    return ref.rsplit("/", 1)[-1]


@dataclass(frozen=True, eq=False)
class Field:
    """A path or query parameter, or a top-level body field, of one operation."""

    wire: str
    python: str
    location: Location
    required: bool
    schema: dict[str, Any]
    example: Any = None  # the body's own example value for the field, if any
    upload_form: bool = False
    """A field of the body's multipart form only (`media`): the spec's JSON calls do not pass it."""

    @property
    def has_example(self) -> bool:
        return self.example is not None


@dataclass(frozen=True)
class SpecOperation:
    """What the spec says about one operation."""

    operation_id: str
    method: str
    path: str
    fields: tuple[Field, ...]
    has_body: bool
    status: int
    response_schema: str | None
    upload_required: tuple[str, ...] = ()
    """The required fields of the body's multipart form (`x-multipart-content`), if it has one: a
    field is a required argument only if both forms require it."""
    has_upload_form: bool = False
    """The component schema of the JSON success body, or None: the success response has no body (204)
    or a body that is not JSON (`response_media`)."""
    response_media: str | None = None
    """The media type of the success body, or None if it has none."""

    def of(self, location: Location) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.location == location and not f.upload_form)

    def required_argument(self, f: Field) -> bool:
        """Whether the method requires f: required in the JSON body and, if any, in the multipart form."""
        in_both = not self.has_upload_form or f.location != "body" or f.wire in self.upload_required
        return f.required and in_both

    def url_path(self) -> str:
        """The path the request goes to, with the path ids filled in (not escaped: they need none)."""
        return "/v2" + self.path.format_map(self.path_values())

    def path_values(self) -> dict[str, str]:
        """The id of every path parameter (`path_id`), by wire name."""
        return {f.wire: path_id(f) for f in self.of("path")}

    def path_args(self) -> list[str]:
        """The positional path argument: the last path parameter's id, as in the official SDK."""
        return [path_id(f) for f in self.of("path")[-1:]]

    def path_keywords(self) -> dict[str, str]:
        """The other path parameters' ids, keyword-only, by Python name (`queue_name=`, `id=`)."""
        return {f.python: path_id(f) for f in self.of("path")[:-1]}

    @property
    def page_keywords(self) -> dict[str, str]:
        """The official SDK's flattened page keywords (`page_number`) -> the key inside `page` they set."""
        page = next((f for f in self.of("query") if f.wire == "page"), None)
        properties = {} if page is None else resolve(page.schema).get("properties", {})
        return {f"page_{key}": key for key in properties}


def path_id(f: Field) -> str:
    """The id a test passes for a path parameter: a UUID where its schema says `format: uuid` (a
    conference's `id`), else its PATH_IDS entry (an application's `id` is a number in a string)."""
    return UUID_PATH_ID if resolve(f.schema).get("format") == "uuid" else PATH_IDS[f.wire]


def python_name(operation_id: str, wire: str, location: Location) -> str:
    assert wire.isidentifier() and wire.islower(), wire
    renamed = RENAMED_ARGUMENTS.get((operation_id, location, wire))
    return renamed or (f"{wire}_" if keyword.iskeyword(wire) else wire)


@functools.cache
def spec_operations() -> dict[str, SpecOperation]:
    result: dict[str, SpecOperation] = {}
    for path, method, operation in iter_operations(spec()):
        op_id = operation["operationId"]
        fields: list[Field] = []
        for raw in operation.get("parameters", []):
            param = resolve(raw)
            fields.append(
                Field(
                    wire=param["name"],
                    python=python_name(op_id, param["name"], param["in"]),
                    location=param["in"],
                    required=bool(param.get("required")) or param["in"] == "path",
                    schema=param.get("schema", {}),
                )
            )
        body_node = (
            resolve(operation.get("requestBody", {})).get("content", {}).get("application/json", {}).get("schema")
        )
        if body_node is not None:
            body = resolve(body_node)
            body_example: dict[str, Any] = body["example"] if isinstance(body.get("example"), dict) else {}
            for name, schema in body.get("properties", {}).items():
                fields.append(
                    Field(
                        wire=name,
                        python=python_name(op_id, name, "body"),
                        location="body",
                        required=name in body.get("required", ()),
                        schema=schema,
                        example=body_example.get(name),
                    )
                )
        upload = resolve(operation.get("requestBody", {})).get("x-multipart-content", {}).get("multipart/form-data")
        upload_body = resolve(upload["schema"]) if upload else {}
        json_names = {f.wire for f in fields if f.location == "body"}
        fields += [
            Field(wire=name, python=name, location="body", required=False, schema=schema, upload_form=True)
            for name, schema in upload_body.get("properties", {}).items()
            if name not in json_names
        ]
        status = min(int(code) for code in operation["responses"] if str(code).startswith("2"))
        content: dict[str, Any] = resolve(operation["responses"][str(status)]).get("content", {})
        response = content.get("application/json", {}).get("schema")
        result[op_id] = SpecOperation(
            operation_id=op_id,
            method=method.upper(),
            path=path,
            fields=tuple(fields),
            has_body=body_node is not None,
            status=status,
            response_schema=None if response is None else ref_name(response),
            response_media=next(iter(content), None),
            upload_required=tuple(upload_body.get("required", ())),
            has_upload_form=upload is not None,
        )
    return result


def sample(schema: Mapping[str, Any], *, full: bool = False) -> Any:
    """A JSON value for schema in the example-first style (tests/support/samples.py); full: every property."""
    return samples.sample(schema, SAMPLE_STYLE, full=full)


def field_value(f: Field) -> Any:
    """The value a test passes for a field: the spec's example for it, else a sample."""
    own = f.schema.get("example", resolve(f.schema).get("example"))
    if own is not None:
        return copy.deepcopy(own)
    if f.has_example:
        return copy.deepcopy(f.example)
    return sample(f.schema, full=f.location == "query")


def deep_object_pairs(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    """How a deepObject query value is written on the wire (`filter[a][b]=v`)."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from deep_object_pairs(f"{prefix}[{key}]", item)
    elif isinstance(value, bool):
        yield prefix, "true" if value else "false"
    elif isinstance(value, list):  # an array inside a deepObject: one pair per item, as the client sends it
        for item in value:
            yield from deep_object_pairs(prefix, item)
    else:
        assert not isinstance(value, dict), (prefix, value)
        yield prefix, str(value)


DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def canonical_json(value: Any) -> Any:
    """value with every ISO 8601 date-time string as the instant it names.

    The models parse `format: date-time` into `datetime` and write it back with `isoformat()`:
    `2019-01-23T18:10:02.574Z` returns as `2019-01-23T18:10:02.574000+00:00`, the same instant.
    """
    if isinstance(value, dict):
        return {key: canonical_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [canonical_json(item) for item in value]
    if isinstance(value, str) and DATE_TIME.match(value):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def model_class_key(schema_name: str) -> str:
    """What the generated class of a component schema is named, lower case without `_`: its `title`
    if it has one (openapi-python-client names a class after it), else the component's name."""
    title = resolve({"$ref": f"#/components/schemas/{schema_name}"}).get("title")
    return re.sub(r"[^0-9a-z]", "", str(title or schema_name).lower())


def response_body(op: SpecOperation) -> dict[str, Any] | None:
    """A success body for op built from the examples of its response schema (None: it has no JSON body)."""
    if op.response_schema is None:
        return None
    body: dict[str, Any] = sample(resolve({"$ref": f"#/components/schemas/{op.response_schema}"}), full=True)
    return body
