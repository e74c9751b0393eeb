"""Assemble the package: rendered files plus the hand-written runtime, formatted, written atomically."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .format_failure import ruff_failure

RUNTIME = Path(__file__).resolve().parent.parent / "runtime"
REPO_ROOT = Path(__file__).resolve().parent.parent.parent


def static_files(directory: Path) -> dict[str, str]:
    """The hand-written modules of directory, shipped as they are, and the `py.typed` marker."""
    files = {path.name: path.read_text(encoding="utf-8") for path in sorted(directory.glob("*.py"))}
    files["py.typed"] = ""
    return files


def runtime_files() -> dict[str, str]:
    """The hand-written runtime of `telnyx_voice` (generator/runtime)."""
    return static_files(RUNTIME)


def _ruff(*args: str, target: Path) -> None:
    command = [sys.executable, "-m", "ruff", *args, "--config", str(REPO_ROOT / "pyproject.toml"), str(target)]
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise ruff_failure(args[0], f"{result.stderr}\n{result.stdout}", target)


def write_package(files: dict[str, str], target: Path) -> None:
    """Write files (relative path -> text) as the directory target, formatted with ruff.

    The package is built in a temporary directory beside target and swapped in, so an error leaves
    the previous output in place and no stale module survives a regeneration.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=f".{target.name}-") as tmp:
        staging = Path(tmp) / target.name
        for relative, text in sorted(files.items()):
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        _ruff("check", "--fix-only", "--unsafe-fixes", "--exit-zero", "--quiet", target=staging)
        _ruff("format", target=staging)  # not --quiet: it hides the parse errors
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
