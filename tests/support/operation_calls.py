"""Every operation of a package generated into a temporary directory, called once with its required
arguments only, built from that version's normalized spec (as tests/support/spec_operations.py does for the
pinned one), through an `httpx.MockTransport` answering a minimal example of the success response."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from generator.describe import OperationSpec
from tests.support import samples
from tests.support.generation_checks import resolve_in, run_in_package

MAX_SAMPLE_DEPTH = 5


def sample_value(spec: Mapping[str, Any], schema: Mapping[str, Any], *, full: bool = False, depth: int = 0) -> Any:
    """A JSON value for schema in `samples.example_first` style (the client tests' values), its `$ref`s
    resolved in spec."""
    style = samples.example_first(lambda node: resolve_in(spec, node), max_depth=MAX_SAMPLE_DEPTH)
    return samples.sample(schema, style, full=full, depth=depth)


def _path_value(spec: Mapping[str, Any], wire: str, schema: Mapping[str, Any]) -> Any:
    resolved = resolve_in(spec, schema)
    if resolved.get("type") == "integer":
        return 7
    if resolved.get("format") == "uuid":
        return samples.SAMPLE_UUID
    return f"{wire}-1"  # safe in a URL as it is


def _operation_node(spec: Mapping[str, Any], op: OperationSpec) -> dict[str, Any]:
    node: dict[str, Any] = spec["paths"][op.path][op.method.lower()]
    return node


def minimal_response(spec: Mapping[str, Any], op: OperationSpec) -> tuple[int, Any]:
    """The success status of op and a minimal example of its body: every top-level property of the
    response model (`data`, `meta`), in them only the required ones and those with an example."""
    responses = _operation_node(spec, op).get("responses", {})
    status = min(int(code) for code in responses if str(code).startswith("2"))
    if op.response_schema is None:
        return status, None
    model = resolve_in(spec, {"$ref": f"#/components/schemas/{op.response_schema}"})
    properties: dict[str, Any] = {}
    for part in [model, *(resolve_in(spec, p) for p in model.get("allOf", []))]:
        properties.update(part.get("properties", {}))
    return status, {name: sample_value(spec, prop, depth=1) for name, prop in properties.items()}


def operation_calls(spec: Mapping[str, Any], operations: Iterable[OperationSpec]) -> list[dict[str, Any]]:
    """For each operation: its client method, its required arguments (sampled from spec, the
    normalized spec it was generated from), and the request and response expected."""
    calls = []
    for op in operations:
        kwargs: dict[str, Any] = {}
        path_values: dict[str, str] = {}
        body: dict[str, Any] = {}
        json_required = op.json_form.required if op.json_form else ()  # an upload is called in its JSON form
        for param in op.params:
            if not param.required and param.name not in json_required:
                continue
            if param.location == "path":
                value = _path_value(spec, param.name, param.schema)
                path_values[param.name] = str(value)
            else:
                value = sample_value(spec, param.schema, full=param.location == "query")
            if param.location == "body":
                body[param.name] = value
            kwargs[param.python_name] = value
        status, response = minimal_response(spec, op)
        calls.append(
            {
                "operation_id": op.operation_id,
                "method": [*op.resource, op.method_name],
                "kwargs": kwargs,
                "http_method": op.method,
                "path": "/v2" + op.path.format_map(path_values),
                "query": sorted(p.name for p in op.query_params if p.required),
                "has_body": "requestBody" in _operation_node(spec, op),
                "body": body,
                "fills_command_id": any(p.name == "command_id" for p in op.body_params),
                "status": status,
                "response": response,
                "response_class": "BinaryResponse" if op.response_kind == "binary" else op.response_schema,
            }
        )
    return calls


CALL_SCRIPT = r"""
import json, sys
import httpx
import telnyx_voice
from telnyx_voice import Telnyx
assert telnyx_voice.__file__.startswith(sys.argv[2]), telnyx_voice.__file__
calls = json.loads(open(sys.argv[1]).read())
current = {}
sent = []

def handler(request):
    sent.append(request)
    if current["response"] is None:
        return httpx.Response(current["status"])
    return httpx.Response(current["status"], json=current["response"])

client = Telnyx(api_key="k", base_url="https://api.test/v2", max_retries=0,
                http_client=httpx.Client(transport=httpx.MockTransport(handler)))
results = {}
for call in calls:
    current.clear()
    current.update(call)
    sent.clear()
    found = {"requests": 0}
    try:
        target = client
        for part in call["method"]:
            target = getattr(target, part)
        result = target(**call["kwargs"])
        parsed = result.response if hasattr(result, "iter_pages") else result
        found["page"] = parsed is not result
        found["class"] = None if parsed is None else type(parsed).__name__
        found["to_dict"] = parsed.to_dict() if hasattr(parsed, "to_dict") else None
    except Exception as exc:
        found["error"] = repr(exc)[:500]
    found["requests"] = len(sent)
    if sent:
        request = sent[0]
        found["http_method"] = request.method
        found["host"] = request.url.host
        found["path"] = request.url.path
        found["query"] = sorted({key.split("[", 1)[0] for key in request.url.params.keys()})
        found["content_type"] = request.headers.get("Content-Type")
        found["body"] = json.loads(request.content) if request.content else None
    results[call["operation_id"]] = found
print(json.dumps(results))
"""


def call_every_operation(root: Path, calls: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Run every call (`operation_calls`) against the package under root, in one subprocess; what
    each sent and read back, by operationId."""
    calls_file = root / "calls.json"
    calls_file.write_text(json.dumps(calls), encoding="utf-8")
    found: dict[str, dict[str, Any]] = json.loads(run_in_package(root, CALL_SCRIPT, str(calls_file), str(root)))
    return found


def call_problems(call: dict[str, Any], found: dict[str, Any]) -> list[str]:
    """How what one call sent and read back differs from what its spec says."""
    op_id = call["operation_id"]
    if "error" in found or found["requests"] != 1:
        return [f"{op_id}: {found.get('error') or str(found['requests']) + ' requests'}"]
    problems = []
    if (found["http_method"], found["path"]) != (call["http_method"], call["path"]):
        problems.append(
            f"{op_id}: sent {found['http_method']} {found['path']}, not {call['http_method']} {call['path']}"
        )
    if found["query"] != call["query"]:
        problems.append(f"{op_id}: query {found['query']}, not {call['query']}")
    body = found["body"]
    if not call["has_body"]:
        if body is not None:
            problems.append(f"{op_id}: sent a body {body!r} though it has none")
    elif not isinstance(body, dict) or found["content_type"] != "application/json":
        problems.append(f"{op_id}: sent {found['content_type']} {body!r}, not a JSON object")
    else:
        if call["fills_command_id"] and not isinstance(body.get("command_id"), str):
            problems.append(f"{op_id}: no command_id filled in")
        if set(body) - {"command_id"} != set(call["body"]) - {"command_id"}:
            problems.append(f"{op_id}: body keys {sorted(body)}, not the required {sorted(call['body'])}")
        elif any(body[wire] != value for wire, value in call["body"].items()):
            problems.append(f"{op_id}: body {body!r}, not {call['body']!r}")
    if str(found["class"]).lower() != str(call["response_class"]).lower():  # class names spell `Id` as `ID`
        problems.append(f"{op_id}: read back {found['class']}, not {call['response_class']}")
    elif call["response"] is not None and found["to_dict"] != call["response"]:
        problems.append(f"{op_id}: response read back as {found['to_dict']!r}, not {call['response']!r}")
    return problems
