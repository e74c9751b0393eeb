"""The built wheel ships every generated module, the typing marker and the generator's templates."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_wheel_contents(tmp_path: Path) -> None:
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
    assert {"generator/templates/model.py.jinja", "generator/templates/client/resource.py.jinja"} <= names
    assert "telnyx_voice_mcp/server.py" in names
