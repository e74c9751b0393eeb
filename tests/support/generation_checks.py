"""Checks of a package generated into a temporary directory (older specs, the whole spec).

"No dropped operation": every described operation has an entry in `_operations` and a method on the
client (`client.<resource>.<method>`). "No dropped schema": every class openapi-python-client is
predicted to generate (`opc.predicted_classes`: every component model, and the inline ones) is
exported by `telnyx_voice.models`, and so is a `Literal` alias of each enum value set too long to
write inline (see `opc/literals.py`); a component without a class is one of the kinds that are
aliases by design (`ALIAS_KINDS`). The package is imported in a subprocess with PYTHONPATH set to the
temporary directory, so it never mixes with the committed `telnyx_voice` this interpreter imports.

Every operation called through a MockTransport: `operation_calls.py`; every event parsed from its
example: `event_examples.py`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from generator.generation import Generation
from generator.inputs import Selection
from generator.opc import GeneratedClass, predicted_classes
from generator.opc.literals import MAX_INLINE_CHARS, literal_text
from generator.pipeline import describe_spec

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
        "classes": sorted({cls.name for cls in classes if cls.enum_values is None and not cls.plain_dict}),
        "long_enums": long_enum_value_sets(classes),
        "component_kinds": dict(sorted(kinds.items())),
    }


def check_package(root: Path, expected: dict[str, Any]) -> dict[str, Any]:
    """Import every module of the package generated under root and look up every operation and class."""
    spec_file = root / "expected.json"
    spec_file.write_text(json.dumps(expected), encoding="utf-8")
    found: dict[str, Any] = json.loads(run_in_package(root, CHECK_SCRIPT, str(spec_file), str(root), timeout=600))
    return found


def run_in_package(root: Path, code: str, *args: str, timeout: float = 300) -> str:
    """Run code (with args) with the package under root importable as `telnyx_voice`; return the last
    line of its stdout (the scripts print their JSON result last)."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        cwd=root,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip().splitlines()[-1]


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


def resolve_in(spec: Mapping[str, Any], node: Mapping[str, Any]) -> dict[str, Any]:
    """node with every `$ref` into spec followed."""
    while "$ref" in node:
        _, _, kind, name = node["$ref"].split("/")
        node = spec["components"][kind][name]
    return dict(node)
