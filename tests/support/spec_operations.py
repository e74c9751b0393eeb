"""The client tests' oracle: the normalized spec's operations, fields and sample values.

The expectations of the request tests come from the normalized spec (paths, parameters, body fields,
examples), never from the generated code, so a generator bug shows up as a difference.
"""

from __future__ import annotations

import copy
import functools
import keyword
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
}
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
    response_schema: str

    def of(self, location: Location) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.location == location)

    def url_path(self) -> str:
        """The path the request goes to, with the PATH_IDS filled in (not escaped: they need none)."""
        return "/v2" + self.path.format_map({f.wire: PATH_IDS[f.wire] for f in self.of("path")})

    def path_args(self) -> list[str]:
        return [PATH_IDS[f.wire] for f in self.of("path")]

    @property
    def page_keywords(self) -> dict[str, str]:
        """The official SDK's flattened page keywords (`page_number`) -> the key inside `page` they set."""
        page = next((f for f in self.of("query") if f.wire == "page"), None)
        properties = {} if page is None else resolve(page.schema).get("properties", {})
        return {f"page_{key}": key for key in properties}


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
        body_node = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
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
        status = min(int(code) for code in operation["responses"] if str(code).startswith("2"))
        response = operation["responses"][str(status)]["content"]["application/json"]["schema"]
        result[op_id] = SpecOperation(
            operation_id=op_id,
            method=method.upper(),
            path=path,
            fields=tuple(fields),
            has_body=body_node is not None,
            status=status,
            response_schema=ref_name(response),
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
    else:
        assert not isinstance(value, (list, dict)), (prefix, value)
        yield prefix, str(value)


def response_body(op: SpecOperation) -> dict[str, Any]:
    """A success body for op built from the examples of its response schema."""
    body: dict[str, Any] = sample(resolve({"$ref": f"#/components/schemas/{op.response_schema}"}), full=True)
    return body
