"""`make bench` rows for issue 6: generating the whole spec, and the change report.

generation, whole spec   `python -m generator --whole-spec` wall time (a fresh process each round:
                         imports, load from the parsed-JSON cache, select, normalize, describe,
                         openapi-python-client, render, ruff), median of `rounds`; target <= 30 s
change report            `report_between(2025-09-19, pinned)` in process, median
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

Row = tuple[str, str]
REPO = Path(__file__).resolve().parent.parent


def whole_spec_seconds(rounds: int = 3) -> tuple[float, str]:
    samples = []
    summary = ""
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-m", "generator", "--whole-spec", "--output", str(Path(tmp) / "telnyx_voice")],
                cwd=REPO,
                capture_output=True,
                text=True,
                check=True,
            )
            samples.append(time.perf_counter() - started)
            summary = result.stdout.splitlines()[1] if len(result.stdout.splitlines()) > 1 else ""
    return statistics.median(samples), summary


def report_seconds(rounds: int = 5) -> float:
    from generator.report import report_between
    from generator.source import MIRROR_DIR

    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        report_between(MIRROR_DIR / "spec3-2025-09-19.yml", MIRROR_DIR / "spec3-2026-07-16.yml")
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def run() -> list[Row]:
    """(label, value) rows for `make bench`."""
    seconds, summary = whole_spec_seconds()
    counts = summary.split(": ", 1)[-1].rsplit(" in ", 1)[0] if summary else ""
    return [
        ("generation, whole spec (1156 operations)", f"{seconds:.1f} s wall ({counts}; target <= 30 s)"),
        (
            "change report, 2025-09-19 -> pinned",
            f"{report_seconds():.2f} s (the selected operations and events, both specs)",
        ),
    ]


if __name__ == "__main__":
    for label, value in run():
        print(f"{label}: {value}")
