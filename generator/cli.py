"""`python -m generator`: regenerate `generated/` from the pinned spec, or compare two spec versions.

    python -m generator [generate] [--spec PATH] [--output DIR] [--allow-missing] [--whole-spec]
    python -m generator report OLD NEW [--format markdown|json] [--output FILE] [--fail-on-breaking]

Without a subcommand it generates, as `make generate` runs it. This module only parses arguments:
the work is done by `generation.generate` and `report.report_between`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import GeneratorError, SelectionError
from .generation import DEFAULT_OUTPUT, generate, summary

MISSING_HINT = (
    "the selection (spec/selection.toml) names operations or webhook events this spec does not have "
    "(an older spec?); pass --allow-missing to generate without them (the summary lists them)"
)


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


__all__ = ["main"]
