"""A generated file ruff cannot format: the error names it and ruff's first error, and the
unformatted output is kept where the maintainer can open it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.errors import GeneratedCodeError
from generator.render.format_failure import first_ruff_error
from generator.render.package import write_package

BROKEN = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n\nNAMES: dict[str, str] = {}\n"


def test_a_syntax_error_names_the_file_and_keeps_the_output(tmp_path: Path) -> None:
    target = tmp_path / "telnyx_voice"
    target.mkdir()
    (target / "previous.py").write_text("x = 1\n", encoding="utf-8")
    files = {"__init__.py": "", "models/__init__.py": BROKEN, "models/fine.py": "y=2\n"}
    with pytest.raises(GeneratedCodeError) as caught:
        write_package(files, target)
    message = str(caught.value)
    first_line, kept_line = message.splitlines()
    assert first_line.startswith("ruff format failed on the generated file telnyx_voice/models/__init__.py: error:")
    assert "Expected an indented block after `if` statement" in first_line
    kept = Path(kept_line.split(" kept in ", 1)[1].split(" ", 1)[0])
    try:
        assert kept.name == "telnyx_voice" and kept.is_dir() and not kept.is_relative_to(tmp_path)
        assert (kept / "models" / "__init__.py").read_text(encoding="utf-8") == BROKEN
        assert f"{kept}/models/__init__.py:5:1" in first_line  # ruff's location, inside the kept copy
        assert (kept / "models" / "fine.py").is_file()
    finally:
        shutil.rmtree(kept.parent)
    # the previous output stays in place, and no staging directory is left beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["telnyx_voice"]
    assert [p.name for p in target.iterdir()] == ["previous.py"]


def test_the_first_error_is_reported_even_without_a_file() -> None:
    output = "warning: something\nerror: Failed to parse /x/a.py:1:7: Expected a parameter\nerror: later\n"
    assert first_ruff_error(output) == ("/x/a.py", "error: Failed to parse /x/a.py:1:7: Expected a parameter")
    assert first_ruff_error("error: ruff crashed\n") == (None, "error: ruff crashed")
    assert first_ruff_error("\n") == (None, "(ruff printed nothing)")
