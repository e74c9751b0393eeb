"""Checks of a package generated into a temporary directory (older specs, the whole spec).

"No dropped operation": every described operation has an entry in `_operations` and a method on the
client (`client.<resource>.<method>`). "No dropped schema": every class openapi-python-client is
predicted to generate (`opc.predicted_classes`: every component model, and the inline ones) is
exported by `telnyx_voice.models`, and so is a `Literal` alias of each enum value set too long to
write inline (see `opc/literals.py`); a component without a class is one of the kinds that are
aliases by design (`ALIAS_KINDS`). The package is imported in a subprocess with PYTHONPATH set to the
temporary directory, so it never mixes with the committed `telnyx_voice` this interpreter imports.

`operation_calls` + `call_every_operation`: every operation called once with its required arguments
only, built from that version's normalized spec (as tests/support/client.py does for the
pinned one, whose helpers read the pinned spec and the committed package), through an
`httpx.MockTransport` answering a minimal example of the success response.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from generator.describe import OperationSpec
from generator.generation import Generation
from generator.inputs import Selection
from generator.opc import GeneratedClass, predicted_classes
from generator.opc.literals import MAX_INLINE_CHARS, literal_text
from generator.pipeline import describe_spec
from tests.support import samples

# Component schemas that need no class of their own: openapi-python-client uses a Python type
# (`str`, `list[X]`, `Any`), the union of its members' classes, or the class it refers to.
ALIAS_KINDS = ("primitive", "array", "union", "alias", "any", "const")

CHECK_SCRIPT = r"""
import importlib, json, pkgutil, sys
expected = json.loads(open(sys.argv[1]).read())
import telnyx_voice
assert telnyx_voice.__file__.startswith(sys.argv[2]), telnyx_voice.__file__
from telnyx_voice import Telnyx
from telnyx_voice._operations import OPERATIONS
import telnyx_voice.models as models
problems = []
names = [m.name for m in pkgutil.walk_packages(telnyx_voice.__path__, "telnyx_voice.")]
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:
        problems.append(f"import {name}: {exc!r}")
client = Telnyx(api_key="test")
for op_id, path in expected["operations"].items():
    if op_id not in OPERATIONS:
        problems.append(f"{op_id}: not in _operations")
    target = client
    for part in path:
        target = getattr(target, part, None)
    if not callable(target):
        problems.append(f"{op_id}: no method client.{'.'.join(path)}")
exported = set(models.__all__)
problems += [f"no class {name}" for name in expected["classes"] if name not in exported]
import typing
aliases = {frozenset(typing.get_args(getattr(models, name))) for name in exported
           if typing.get_origin(getattr(models, name)) is typing.Literal}
problems += [f"no Literal alias for {values[:3]}..." for values in expected["long_enums"] if frozenset(values) not in aliases]
print(json.dumps({"modules": len(names), "exported": len(exported), "problems": problems}))
"""


def normalized_selection(document: dict[str, Any], selection: Selection) -> dict[str, Any]:
    """The normalized spec a generation with selection (missing operations allowed) renders."""
    return describe_spec(document, selection, allow_missing=True).spec


def component_kind(schema: dict[str, Any]) -> str:
    """Why a component schema has no class of its own (one of `ALIAS_KINDS`), or "class"."""
    members = [*schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])]
    if len(members) == 1 and isinstance(members[0], dict) and "$ref" in members[0]:
        return "alias"
    if "$ref" in schema:
        return "alias"
    # in openapi-python-client's order: an enum, then a union, then the plain types, then an object
    if schema.get("enum"):
        return "class"
    if schema.get("anyOf") or schema.get("oneOf") or isinstance(schema.get("type"), list) or schema.get("nullable"):
        return "union"
    if schema.get("type") == "object" or schema.get("allOf") or "properties" in schema:
        return "class"
    if "const" in schema:
        return "const"
    if schema.get("type") == "array":
        return "array"
    if schema.get("type") in ("string", "integer", "number", "boolean", "null"):
        return "primitive"
    return "any"


def long_enum_value_sets(classes: Iterable[GeneratedClass]) -> list[list[Any]]:
    """The predicted enums too long to write inline: each value set must have a `Literal` alias
    (under the shortest name of all its enums, a parameter's among them)."""
    sets = {cls.enum_values for cls in classes if cls.enum_values is not None}
    return sorted(sorted(values, key=repr) for values in sets if len(literal_text(values)) > MAX_INLINE_CHARS)


def expected_surface(normalized: dict[str, Any], generation: Generation) -> dict[str, Any]:
    """What the package must contain: a method per operation, a class per predicted class."""
    classes = predicted_classes(normalized)
    with_class = {cls.path[2] for cls in classes if cls.is_component}
    kinds: Counter[str] = Counter()
    for name, schema in normalized["components"]["schemas"].items():
        kind = "class" if name in with_class else component_kind(schema)
        assert kind != "class" or name in with_class, f"component {name} should have a class but none is predicted"
        kinds[kind] += 1
    return {
        "operations": {op.operation_id: [*op.resource, op.method_name] for op in generation.operations},
        "classes": sorted({cls.name for cls in classes if cls.enum_values is None}),
        "long_enums": long_enum_value_sets(classes),
        "component_kinds": dict(sorted(kinds.items())),
    }


def check_package(root: Path, expected: dict[str, Any]) -> dict[str, Any]:
    """Import every module of the package generated under root and look up every operation and class."""
    spec_file = root / "expected.json"
    spec_file.write_text(json.dumps(expected), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", CHECK_SCRIPT, str(spec_file), str(root)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        cwd=root,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def run_in_package(root: Path, code: str, *args: str) -> str:
    """Run code (with args) with the package under root importable as `telnyx_voice`; return its stdout."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        cwd=root,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def mypy_strict(root: Path, *packages: str) -> str:
    """`mypy --strict` on the generated packages under root (cache in root); the output if it fails."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(root / ".mypy_cache"), *packages],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=1200,
    )
    return "" if result.returncode == 0 else result.stdout[-5000:] + result.stderr[-2000:]


# --- every operation, called through a MockTransport ------------------------------------------------

MAX_SAMPLE_DEPTH = 5


def resolve_in(spec: Mapping[str, Any], node: Mapping[str, Any]) -> dict[str, Any]:
    """node with every `$ref` into spec followed."""
    while "$ref" in node:
        _, _, kind, name = node["$ref"].split("/")
        node = spec["components"][kind][name]
    return dict(node)


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
        for param in op.params:
            if not param.required:
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
                "response_class": op.response_schema,
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
        found["to_dict"] = None if parsed is None else parsed.to_dict()
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
    result = subprocess.run(
        [sys.executable, "-c", CALL_SCRIPT, str(calls_file), str(root)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        cwd=root,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found: dict[str, dict[str, Any]] = json.loads(result.stdout.strip().splitlines()[-1])
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


# --- every webhook event, parsed from its spec example ---------------------------------------------

EVENT_SCRIPT = r"""
import json, sys
import telnyx_voice
from telnyx_voice.events import EVENT_CLASSES
from telnyx_voice.webhooks import UnknownEvent, parse_event
assert telnyx_voice.__file__.startswith(sys.argv[2]), telnyx_voice.__file__
results = {}
for name, delivery in json.loads(open(sys.argv[1]).read()).items():
    try:
        event = parse_event(delivery)
        event_type = delivery["data"]["event_type"]
        results[name] = {
            "class": type(event).__name__,
            "expected_class": EVENT_CLASSES.get(event_type, ("", ""))[1],
            "unknown": isinstance(event, UnknownEvent),
            "event_type": event.data.event_type,
            "keys_kept": sorted(event.to_dict()["data"].get("payload") or {}) == sorted(delivery["data"].get("payload") or {}),
        }
    except Exception as exc:
        results[name] = {"error": repr(exc)[:500]}
print(json.dumps({"results": results, "event_classes": sorted(EVENT_CLASSES)}))
"""


def event_examples(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each webhook event of a normalized spec as a delivery built from its `data` schema's example
    (as tests/webhooks/test_events.py builds those of the pinned spec)."""
    examples = {}
    for name, webhook in spec.get("webhooks", {}).items():
        body = webhook["post"]["requestBody"]["content"]["application/json"]["schema"]
        data = resolve_in(spec, resolve_in(spec, body)["properties"]["data"])
        examples[name] = {"data": copy.deepcopy(data["example"])}
    return examples


def parse_every_event(root: Path, examples: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """`parse_event` on every example delivery with the package under root, in one subprocess: the
    class each parsed into, the class `EVENT_CLASSES` names for its event type, the event type read,
    whether every payload key is kept, and the event types `EVENT_CLASSES` dispatches."""
    examples_file = root / "events.json"
    examples_file.write_text(json.dumps(examples), encoding="utf-8")
    found: dict[str, Any] = json.loads(
        run_in_package(root, EVENT_SCRIPT, str(examples_file), str(root)).splitlines()[-1]
    )
    return found
