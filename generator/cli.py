"""`python -m generator`: regenerate `generated/` from the pinned spec and print a summary."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .describe import EventSpec, OperationSpec, describe, describe_events
from .errors import GeneratorError
from .inputs import SPEC_DIR, Selection, load_naming, load_pin, load_selection
from .normalize import normalize, prepare_for_selection
from .render import render_package
from .select import select
from .source import LoadedSpec, load_spec

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "generated" / "telnyx_voice"


@dataclass(frozen=True)
class Generation:
    """The outcome of one generation, for the summary and for tests."""

    loaded: LoadedSpec
    operations: tuple[OperationSpec, ...]
    events: tuple[EventSpec, ...]
    missing_operations: tuple[str, ...]
    files: int
    models: int
    warnings: tuple[str, ...]
    seconds: float


def generate(
    spec_path: Path | None = None,
    output: Path = DEFAULT_OUTPUT,
    *,
    selection: Selection | None = None,
    allow_missing: bool = False,
) -> Generation:
    """Run the whole pipeline: load -> select -> normalize -> describe -> render.

    Raises:
        GeneratorError: any problem with the inputs, named precisely.
    """
    started = time.perf_counter()
    loaded = load_spec(load_pin(), spec_path)
    chosen = selection or load_selection()
    document = prepare_for_selection(loaded.document)
    selected = select(document, chosen.operations, chosen.events, allow_missing=allow_missing)
    normalized = normalize(selected.document)
    operations = describe(normalized, load_naming(), resolve_collisions=True)
    events = describe_events(normalized, allow_untyped=True)
    result = render_package(normalized, operations, events, output)
    return Generation(
        loaded=loaded,
        operations=operations,
        events=events,
        missing_operations=selected.missing_operations,
        files=result.files,
        models=result.models,
        warnings=result.warnings,
        seconds=time.perf_counter() - started,
    )


def summary(generation: Generation, output: Path) -> str:
    loaded = generation.loaded
    pinned = "pinned" if loaded.is_pinned else "NOT the pinned version"
    lines = [
        f"spec: {loaded.path} ({loaded.origin}, sha256 {loaded.sha256[:12]}..., {pinned})",
        f"generated {output}: {len(generation.operations)} operations, {len(generation.events)} webhook events, "
        f"{generation.models} model modules, "
        f"{generation.files} files in {generation.seconds:.1f} s",
    ]
    lines += [f"missing from this spec (skipped): {op}" for op in generation.missing_operations]
    lines += [f"warning: {w}" for w in generation.warnings]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--spec", type=Path, help="spec file (default: $TELNYX_OPENAPI_SPEC, the mirror, the cache, the pinned URL)"
    )
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help=f"package directory (default: {DEFAULT_OUTPUT})"
    )
    parser.add_argument(
        "--allow-missing",
        action="store_true",
        help="generate without selected operations the spec lacks (listed in the summary) instead of failing",
    )
    args = parser.parse_args(argv)
    try:
        generation = generate(args.spec, args.output, allow_missing=args.allow_missing)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(summary(generation, args.output))
    return 1 if generation.warnings else 0


__all__ = ["SPEC_DIR", "Generation", "generate", "main"]
