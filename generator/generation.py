"""One generation: the pipeline rendered into `generated/`, and what the summary says about it."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .describe import EventSpec, OperationSpec
from .inputs import Selection, load_pin
from .openapi import X_UNMODELLED_CONTENT, X_UNSUPPORTED_CONTENT, X_UNSUPPORTED_REQUEST_BODY
from .pipeline import describe_spec, whole_spec_selection
from .render import render_package
from .source import LoadedSpec, load_spec

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "generated" / "telnyx_voice"


@dataclass(frozen=True)
class CoverageGap:
    """One kind of part of an operation the generated client leaves out."""

    kind: str
    """`request body`, `request body alternative` or `response`."""
    what: str
    """What happens to such an operation, after the count of them in the summary."""
    field: str
    """The `OperationSpec` field listing the media types left out."""
    marker: str
    """The key `normalize` leaves where it set the part aside, or `""`."""


NOT_COVERED: tuple[CoverageGap, ...] = (
    CoverageGap(
        "request body",
        "operations get no body arguments: their request body is not a JSON object",
        "body_set_aside",
        X_UNSUPPORTED_REQUEST_BODY,
    ),
    CoverageGap(
        "request body alternative",
        "operations send their JSON body but not the other form they also accept",
        "body_alternatives_set_aside",
        X_UNSUPPORTED_CONTENT,
    ),
    CoverageGap(
        "response",
        "operations return None: their success body is JSON but not an object (a bare array, a string, any)",
        "response_set_aside",
        X_UNMODELLED_CONTENT,
    ),
)


@dataclass(frozen=True)
class NotCovered:
    """Operations of which the generated client leaves one part out, of one kind (`NOT_COVERED`)."""

    kind: str
    """`request body`, `request body alternative` or `response`."""
    what: str
    """What happens to them, after their count: `operations get no body arguments: ...`."""
    marker: str
    """The key `normalize` leaves where it set the part aside, or `""`."""
    operations: tuple[str, ...]
    """Their operationIds, in spec order."""
    media_types: tuple[tuple[str, int], ...]
    """The media types left out, with how many of the operations declare each, most first."""

    @classmethod
    def find(cls, gap: CoverageGap, operations: tuple[OperationSpec, ...]) -> NotCovered | None:
        """The operations with gap, or None if there are none."""
        hit: dict[str, tuple[str, ...]] = {
            op.operation_id: getattr(op, gap.field) for op in operations if getattr(op, gap.field)
        }
        if not hit:
            return None
        media = Counter(m for types in hit.values() for m in dict.fromkeys(types))
        counts = tuple(sorted(media.items(), key=lambda item: (-item[1], item[0])))
        return cls(gap.kind, gap.what, gap.marker, tuple(hit), counts)

    @property
    def note(self) -> str:
        """The line of the generation summary: count, what, media types, and every operationId."""
        media = ", ".join(f"{media} {count}" for media, count in self.media_types)
        where = f"; {self.marker} in the normalized spec" if self.marker else ""
        return f"{len(self.operations)} {self.what} ({media}{where}): {', '.join(self.operations)}"


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
    render_notes: tuple[str, ...] = ()
    """What rendering left out (official type names of operations not selected)."""

    @property
    def not_covered(self) -> tuple[NotCovered, ...]:
        """What the generated client leaves out of its operations, by kind (`NOT_COVERED`; only kinds
        that occur): none for the default selection, request bodies and responses for the whole spec."""
        found = (NotCovered.find(gap, self.operations) for gap in NOT_COVERED)
        return tuple(item for item in found if item is not None)

    @property
    def notes(self) -> tuple[str, ...]:
        """The summary's notes: what the client does not cover, and events it cannot dispatch."""
        notes = [item.note for item in self.not_covered]
        notes += [
            f"webhook event {event.name} ({event.schema}) declares no event type; parse_event cannot dispatch to it"
            for event in self.events
            if not event.event_types
        ]
        return (*notes, *self.render_notes)


def generate(
    spec_path: Path | None = None,
    output: Path = DEFAULT_OUTPUT,
    *,
    selection: Selection | None = None,
    allow_missing: bool = False,
    mcp_tools: bool = True,
    whole_spec: bool = False,
) -> Generation:
    """Run the whole pipeline: load -> select -> normalize -> describe (`describe_spec`) -> render.

    selection defaults to spec/selection.toml; whole_spec selects every operation and webhook
    instead (`whole_spec_selection`) and implies no MCP tools (1156 tools are far over the MCP
    listing budget). mcp_tools=False writes only the `telnyx_voice` package.

    Raises:
        GeneratorError: any problem with the inputs, named precisely (a `SelectionError` names the
            selected operations and events the spec lacks, unless allow_missing).
    """
    started = time.perf_counter()
    loaded = load_spec(load_pin(), spec_path)
    chosen = whole_spec_selection(loaded.document) if whole_spec else selection
    described = describe_spec(loaded.document, chosen, allow_missing=allow_missing)
    tools = mcp_tools and not whole_spec
    result = render_package(
        described.spec,
        described.operations,
        described.events,
        output,
        tools=tools,
        missing_tools=described.missing_tools,
    )
    return Generation(
        loaded=loaded,
        operations=described.operations,
        events=described.events,
        missing_operations=described.missing_operations,
        files=result.files,
        models=result.models,
        warnings=result.warnings,
        seconds=time.perf_counter() - started,
        missing_events=described.missing_events,
        render_notes=result.notes,
    )


def summary(generation: Generation, output: Path) -> str:
    """The lines `python -m generator` prints after a generation."""
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


__all__ = ["DEFAULT_OUTPUT", "NOT_COVERED", "CoverageGap", "Generation", "NotCovered", "generate", "summary"]
