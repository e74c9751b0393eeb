"""The built wheel ships every generated module and the typing marker, and only the runtime packages:
the generator stays in the repository."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_wheel_contents(tmp_path: Path) -> None:
    # setuptools copies into build/lib and never empties it: a module deleted from the tree since the
    # last build would still be shipped (and checked here) without this.
    shutil.rmtree(REPO / "build", ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("telnyx_voice-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    generated = {
        str(path.relative_to(REPO / "generated"))
        for path in (REPO / "generated").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert generated - names == set()
    assert "telnyx_voice_mcp/server.py" in names
    assert "telnyx_voice_sandbox/__init__.py" in names
    top_level = {name.split("/", 1)[0] for name in names if "/" in name and ".dist-info/" not in name}
    assert top_level == {"telnyx_voice", "telnyx_voice_tools", "telnyx_voice_mcp", "telnyx_voice_sandbox"}
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "generator" not in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_runtime_imports_no_private_httpx_module() -> None:
    """httpx's underscore modules may change in any release; the shipped runtime uses its public API only."""
    for path in (REPO / "generated" / "telnyx_voice").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names.append(node.module)
            assert not [n for n in names if n.startswith("httpx._")], f"{path.name} imports {names}"
