"""`python -m generator`: regenerate `generated/` from the pinned spec, or compare two spec versions.

    python -m generator [generate] [--spec PATH] [--output DIR] [--allow-missing] [--whole-spec]
    python -m generator report OLD NEW [--format markdown|json] [--output FILE] [--fail-on-breaking]

Without a subcommand it generates, as `make generate` runs it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .describe import EventSpec, OperationSpec, describe, describe_events
from .errors import GeneratorError, SelectionError
from .inputs import Selection, load_naming, load_pin, load_selection
from .normalize import normalize, prepare_for_selection
from .openapi import iter_operations
from .render import render_package
from .select import select
from .source import LoadedSpec, load_spec

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "generated" / "telnyx_voice"
MISSING_HINT = (
    "the selection (spec/selection.toml) names operations or webhook events this spec does not have "
    "(an older spec?); pass --allow-missing to generate without them (the summary lists them)"
)


@dataclass(frozen=True)
class NotCovered:
    """Operations of which the generated client leaves one part out, of one kind (`NOT_COVERED`)."""

    kind: str
    """`request body`, `request body alternative`, `response` or `binary or text response`."""
    what: str
    """What happens to them, after their count: `operations get no body arguments: ...`."""
    marker: str
    """The key `normalize` leaves where it set the part aside, or `""`."""
    operations: tuple[str, ...]
    """Their operationIds, in spec order."""
    media_types: tuple[tuple[str, int], ...]
    """The media types left out, with how many of the operations declare each, most first."""

    @property
    def note(self) -> str:
        """The line of the generation summary: count, what, media types, and every operationId."""
        media = ", ".join(f"{media} {count}" for media, count in self.media_types)
        where = f"; {self.marker} in the normalized spec" if self.marker else ""
        return f"{len(self.operations)} {self.what} ({media}{where}): {', '.join(self.operations)}"


# kind -> (what happens to such an operation, the OperationSpec field listing the media types left
# out, the marker normalize leaves)
NOT_COVERED: dict[str, tuple[str, str, str]] = {
    "request body": (
        "operations get no body arguments: their request body is not a JSON object",
        "body_set_aside",
        "x-unsupported-request-body",
    ),
    "request body alternative": (
        "operations send their JSON body but not the other form they also accept",
        "body_alternatives_set_aside",
        "x-unsupported-content",
    ),
    "response": (
        "operations return None: their success body is JSON but not an object (a bare array, a string, any)",
        "response_set_aside",
        "x-unmodelled-content",
    ),
    "binary or text response": (
        "operations return None: their success body is binary or text",
        "response_not_read",
        "",
    ),
}


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
    missing_events: tuple[str, ...] = ()

    @property
    def not_covered(self) -> tuple[NotCovered, ...]:
        """What the generated client leaves out of its operations, by kind (`NOT_COVERED`; only kinds
        that occur): none for the default selection, request bodies and responses for the whole spec."""
        found = []
        for kind, (what, field, marker) in NOT_COVERED.items():
            hit = [(op.operation_id, getattr(op, field)) for op in self.operations if getattr(op, field)]
            if hit:
                media = Counter(m for _, types in hit for m in dict.fromkeys(types))
                counts = tuple(sorted(media.items(), key=lambda item: (-item[1], item[0])))
                found.append(NotCovered(kind, what, marker, tuple(op_id for op_id, _ in hit), counts))
        return tuple(found)

    @property
    def notes(self) -> tuple[str, ...]:
        """The summary's notes: what the client does not cover, and events it cannot dispatch."""
        notes = [item.note for item in self.not_covered]
        notes += [
            f"webhook event {event.name} ({event.schema}) declares no event type; parse_event cannot dispatch to it"
            for event in self.events
            if not event.event_types
        ]
        return tuple(notes)


def whole_spec_selection(document: dict[str, Any]) -> Selection:
    """Every operation (by operationId, after `prepare_for_selection`) and every webhook of a spec."""
    operations = tuple(op["operationId"] for _, _, op in iter_operations(prepare_for_selection(document)))
    return Selection(operations=operations, events=tuple(document.get("webhooks", {})))


def generate(
    spec_path: Path | None = None,
    output: Path = DEFAULT_OUTPUT,
    *,
    selection: Selection | None = None,
    allow_missing: bool = False,
    mcp_tools: bool = True,
    whole_spec: bool = False,
) -> Generation:
    """Run the whole pipeline: load -> select -> normalize -> describe -> render.

    selection defaults to spec/selection.toml; whole_spec selects every operation and webhook
    instead (`whole_spec_selection`) and implies no MCP tools (1156 tools are far over the MCP
    listing budget). mcp_tools=False writes only the `telnyx_voice` package.

    Raises:
        GeneratorError: any problem with the inputs, named precisely (a `SelectionError` names the
            selected operations and events the spec lacks, unless allow_missing).
    """
    started = time.perf_counter()
    loaded = load_spec(load_pin(), spec_path)
    chosen = whole_spec_selection(loaded.document) if whole_spec else selection or load_selection()
    document = prepare_for_selection(loaded.document)
    selected = select(document, chosen.operations, chosen.events, allow_missing=allow_missing)
    normalized = normalize(selected.document)
    operations = describe(normalized, load_naming(), resolve_collisions=True)
    events = describe_events(normalized, allow_untyped=True)
    result = render_package(normalized, operations, events, output, tools=mcp_tools and not whole_spec)
    return Generation(
        loaded=loaded,
        operations=operations,
        events=events,
        missing_operations=selected.missing_operations,
        files=result.files,
        models=result.models,
        warnings=result.warnings,
        seconds=time.perf_counter() - started,
        missing_events=selected.missing_events,
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
    lines += [f"missing from this spec (skipped): webhook event {name}" for name in generation.missing_events]
    lines += [f"note: {note}" for note in generation.notes]
    lines += [f"warning: {w}" for w in generation.warnings]
    return "\n".join(lines)


def _generate_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator [generate]",
        description="Regenerate the client package (and the MCP tool definitions beside it) from a spec.",
        epilog="Other command: `python -m generator report OLD NEW` (see `python -m generator report --help`).",
    )
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
    parser.add_argument(
        "--whole-spec",
        action="store_true",
        help="select every operation and webhook of the spec instead of spec/selection.toml (no MCP tools)",
    )
    args = parser.parse_args(argv)
    try:
        generation = generate(args.spec, args.output, allow_missing=args.allow_missing, whole_spec=args.whole_spec)
    except SelectionError as exc:
        print(f"error: {exc}\nhint: {MISSING_HINT}", file=sys.stderr)
        return 2
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(summary(generation, args.output))
    return 1 if generation.warnings else 0


def _report_main(argv: Sequence[str]) -> int:
    from .report import as_json, markdown, report_between

    parser = argparse.ArgumentParser(
        prog="python -m generator report",
        description="Report what changed for users of the generated client between two spec versions "
        "(for the selection in spec/selection.toml), each change marked breaking or not.",
    )
    parser.add_argument("old", type=Path, help="the spec the current package was generated from")
    parser.add_argument("new", type=Path, help="the spec to upgrade to")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown", help="default: markdown")
    parser.add_argument("--output", type=Path, help="write the report to this file instead of stdout")
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help="exit with status 1 if there is a breaking change"
    )
    args = parser.parse_args(argv)
    try:
        report = report_between(args.old, args.new)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    text = markdown(report) if args.format == "markdown" else as_json(report)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if args.fail_on_breaking and report.breaking:
        print(f"{len(report.breaking)} breaking change(s)", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["report"]:
        return _report_main(arguments[1:])
    if arguments[:1] == ["generate"]:
        arguments = arguments[1:]
    return _generate_main(arguments)


__all__ = ["NOT_COVERED", "Generation", "NotCovered", "generate", "main", "summary", "whole_spec_selection"]
