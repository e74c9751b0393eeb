"""Explain a failed ruff run on the generated code, and keep that code for the maintainer to open.

A template that renders invalid Python (the empty models package of the 2024-01-04 spec once did)
makes `ruff format` fail. Its bare exit status says nothing, and the staging directory it ran in is
deleted with the failed generation; the error instead names the generated file and ruff's first
error, and points to a copy of the unformatted output.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from ..errors import GeneratedCodeError

# `error: Failed to parse /tmp/.../models/__init__.py:8:1: Expected an indented block ...`
RUFF_ERROR = re.compile(r"^error: (?:Failed to \w+ )?(?P<path>[^:\n]+\.pyi?)(?::\d+){0,2}: ", re.MULTILINE)


def first_ruff_error(output: str) -> tuple[str | None, str]:
    """The file (as ruff printed it) and the line of ruff's first error in output; the file is None
    when no error line names one, and the line is then ruff's first non-empty line."""
    lines = [line for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error:")]
    if not errors:
        return None, lines[0] if lines else "(ruff printed nothing)"
    match = RUFF_ERROR.match(errors[0])
    return (match["path"] if match else None), errors[0]


def keep_unformatted(staging: Path, name: str) -> Path:
    """Copy the generated output in staging to a new directory of the system's temporary
    directory (`<name>-unformatted-XXXX/<name>`), which outlives the failed generation."""
    kept = Path(tempfile.mkdtemp(prefix=f"{name}-unformatted-")) / name
    shutil.copytree(staging, kept)
    return kept


def ruff_failure(step: str, output: str, staging: Path) -> GeneratedCodeError:
    """The error for `ruff <step>` failing with output on the generated package in staging: it
    names the generated file (relative to the package) and ruff's first error, and where the
    unformatted output is kept."""
    path, error = first_ruff_error(output)
    kept = keep_unformatted(staging, staging.name)
    where = "the generated code"
    if path is not None and Path(path).resolve().is_relative_to(staging.resolve()):
        relative = Path(path).resolve().relative_to(staging.resolve())
        where = f"the generated file {staging.name}/{relative}"
        error = error.replace(path, str(kept / relative))
    return GeneratedCodeError(
        f"ruff {step} failed on {where}: {error}\n"
        f"the unformatted output is kept in {kept} (open it to see what the templates rendered)"
    )
