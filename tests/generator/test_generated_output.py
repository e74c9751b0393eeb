"""The committed generated/ tree: fresh, deterministic, and its public surface in reviewable snapshots."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

import attrs
import pytest
from syrupy.assertion import SnapshotAssertion

from generator.generation import Generation, generate

GENERATED = Path(__file__).resolve().parents[2] / "generated"


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith(".")
    }


@pytest.fixture(scope="module")
def fresh_generation(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Generation]:
    out = tmp_path_factory.mktemp("fresh")
    return out, generate(output=out / "telnyx_voice")


@pytest.fixture(scope="module")
def fresh(fresh_generation: tuple[Path, Generation]) -> Path:
    return fresh_generation[0]


def test_every_official_type_name_of_the_selection_is_written(fresh_generation: tuple[Path, Generation]) -> None:
    # Every entry of spec/official_types.toml names a selected operation's result, so none is skipped (a
    # spec version without some of them lists the skipped ones in the generation summary).
    out, generation = fresh_generation
    assert [n for n in generation.notes if "official type name" in n] == []
    modules = sorted(p.name for p in (out / "telnyx_voice" / "types").iterdir())
    assert modules == ["__init__.py", "calls.py", "conferences.py", "queues.py", "recordings.py"]


def test_committed_tree_equals_a_fresh_generation(fresh: Path) -> None:
    committed, regenerated = tree(GENERATED), tree(fresh)
    assert sorted(committed) == sorted(regenerated), "files differ: run `make generate` and commit"
    stale = [name for name in committed if committed[name] != regenerated[name]]
    assert stale == [], f"stale generated files (run `make generate`): {stale[:10]}"


def test_two_generations_are_byte_identical(fresh: Path, tmp_path: Path) -> None:
    generate(output=tmp_path / "telnyx_voice")
    assert tree(tmp_path) == tree(fresh)


def _resource_classes() -> list[type]:
    modules = sorted(p.stem for p in (GENERATED / "telnyx_voice" / "resources").glob("*.py") if p.stem != "__init__")
    classes = []
    for name in modules:
        module = importlib.import_module(f"telnyx_voice.resources.{name}")
        classes += [cls for _, cls in inspect.getmembers(module, inspect.isclass) if cls.__module__ == module.__name__]
    return classes


def test_public_surface(snapshot: SnapshotAssertion) -> None:
    """Every resource method with its full signature: the diff a reviewer reads when the spec changes."""
    lines = []
    for cls in _resource_classes():
        lines.append(f"class {cls.__name__}")
        for name, member in inspect.getmembers(cls):
            if name.startswith("_"):
                continue
            if isinstance(member, property) or hasattr(member, "func"):
                lines.append(f"    .{name} -> sub-resource")
            elif inspect.isfunction(member):
                prefix = "async " if inspect.iscoroutinefunction(member) else ""
                lines.append(f"    {prefix}def {name}{inspect.signature(member)}")
    assert "\n".join(lines) == snapshot


def test_model_fields(snapshot: SnapshotAssertion) -> None:
    """Every model's fields and types."""
    import telnyx_voice.models as models

    lines = []
    for name in sorted(models.__all__):
        value: Any = getattr(models, name)
        if attrs.has(value):
            shown = (f for f in attrs.fields(value) if f.name not in ("additional_properties", "_present"))
            fields = ", ".join(f"{f.name}: {f.type}" for f in shown)
            lines.append(f"{name}({fields})")
        else:
            lines.append(f"{name} = {value}")
    assert "\n".join(lines) == snapshot


@pytest.mark.parametrize(
    "module",
    [
        "resources/calls.py",  # a resource with a sub-resource, sync and async
        "_operations.py",  # the table the client and the MCP server share
        "models/speak_request.py",  # a request model with a discriminated union
        "models/call_control_command_response.py",  # the response wrapper shared by 30+ commands
        "models/noise_suppression_engine.py",  # an enum too long to write inline, named once
    ],
)
def test_representative_modules(module: str, snapshot: SnapshotAssertion) -> None:
    assert (GENERATED / "telnyx_voice" / module).read_text() == snapshot
