"""requirements/dev.txt pins every package `make setup` installs by version and sha256, and setup insists on it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
LOCK = REPO_ROOT / "requirements" / "dev.txt"


def locked() -> dict[str, list[str]]:
    """Normalised package name -> the hashes listed for its pinned version."""
    pins: dict[str, list[str]] = {}
    current: list[str] = []
    for line in LOCK.read_text().splitlines():
        stripped = line.strip().removesuffix("\\").strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0].isspace():
            assert stripped.startswith("--hash=sha256:"), f"requirements/dev.txt: unexpected option {stripped!r}"
            current.append(stripped)
            continue
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==[A-Za-z0-9.+!-]+", stripped)
        assert match, f"requirements/dev.txt: {stripped!r} is not pinned to one version"
        current = pins.setdefault(_normalise(match[1]), [])
    return pins


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_locked_package_has_a_hash() -> None:
    pins = locked()
    assert len(pins) > 50
    assert [name for name, hashes in pins.items() if not hashes] == []


def test_every_declared_dependency_is_locked() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    declared = [*project["dependencies"], *(req for reqs in project["optional-dependencies"].values() for req in reqs)]
    names = {_normalise(re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0]) for requirement in declared}
    names.discard(_normalise(project["name"]))
    assert sorted(names - set(locked())) == []


def test_setup_installs_with_require_hashes() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text()
    assert "pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt" in makefile
    assert "--generate-hashes" in makefile  # `make lock` writes the hashes
