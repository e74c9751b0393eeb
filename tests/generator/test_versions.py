"""Generation from each mirrored spec version with the default selection (issue 6).

Each version generates into a temporary directory with no warning, no dropped operation or schema;
the package imports (in a subprocess, PYTHONPATH=<tmp>), its operations send the right requests and
parse their responses through an `httpx.MockTransport`, and `mypy --strict` accepts it (the pinned
version's committed package is type-checked by `make typecheck`). Operations of the selection that
an older spec lacks are listed, and without `--allow-missing` the CLI names them in its error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from generation_checks import (  # noqa: E402
    check_package,
    expected_surface,
    mypy_strict,
    normalized_selection,
    run_in_package,
)

from generator.cli import Generation, generate, main  # noqa: E402
from generator.inputs import load_pin, load_selection  # noqa: E402
from generator.source import MIRROR_DIR, load_spec  # noqa: E402

NEW_SINCE_2025_09_19 = (
    "CallAddMessagesToAIAssistant",
    "CallJoinAIAssistant",
    "CallStartConversationRelay",
    "CallStopConversationRelay",
)
VERSIONS: dict[str, tuple[str, ...]] = {
    "spec3-2025-09-19.yml": NEW_SINCE_2025_09_19,
    "spec3-2026-03-10.yml": NEW_SINCE_2025_09_19[1:],
    "spec3-2026-07-16.yml": (),
}
MISSING_EVENTS = {
    "spec3-2025-09-19.yml": (
        "callCost",
        "callDeepfakeDetectionError",
        "callDeepfakeDetectionResult",
        "callHold",
        "callUnhold",
    ),
    "spec3-2026-03-10.yml": (
        "callCost",
        "callDeepfakeDetectionError",
        "callDeepfakeDetectionResult",
        "callHold",
        "callUnhold",
    ),
    "spec3-2026-07-16.yml": (),
}

# Calls two operations through a MockTransport and prints what was sent and what came back.
CALLS = r"""
import json
import httpx
from telnyx_voice import Telnyx

sent = []

def handler(request):
    sent.append({"method": request.method, "url": str(request.url), "body": json.loads(request.content or b"null")})
    if request.url.path.endswith("/actions/answer"):
        return httpx.Response(200, json={"data": {"result": "ok", "recording_id": "5f0a6b3c-2d1e-4f7a-9b8c-0d1e2f3a4b5c"}})
    return httpx.Response(200, json={"data": {"call_control_id": "v3:abc", "call_leg_id": "leg-1",
                                              "call_session_id": "sess-1", "is_alive": False, "record_type": "call"}})

client = Telnyx(api_key="k", base_url="https://api.test/v2", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
dialed = client.calls.dial(connection_id="conn-1", from_="+15550001111", to="+15550002222")
answered = client.calls.actions.answer("v3:abc", client_state="c3RhdGU=")
print(json.dumps({
    "sent": sent,
    "dial": [type(dialed).__name__, dialed.data.call_control_id],
    "answer": [type(answered).__name__, answered.data.result],
}))
"""


@pytest.fixture(scope="module", params=sorted(VERSIONS))
def version(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Generation]:
    name: str = request.param
    root = tmp_path_factory.mktemp(name.removesuffix(".yml"))
    generation = generate(MIRROR_DIR / name, root / "telnyx_voice", allow_missing=True)
    return name, root, generation


def test_generates_without_warnings_and_lists_what_the_spec_lacks(version: tuple[str, Path, Generation]) -> None:
    name, _, generation = version
    assert generation.warnings == ()
    assert generation.missing_operations == VERSIONS[name]
    assert generation.missing_events == MISSING_EVENTS[name]
    assert len(generation.operations) == 49 - len(VERSIONS[name])
    assert not generation.loaded.is_pinned or name == load_pin().mirror_file


def test_no_dropped_operation_or_schema_and_every_module_imports(version: tuple[str, Path, Generation]) -> None:
    name, root, generation = version
    normalized = normalized_selection(load_spec(load_pin(), MIRROR_DIR / name).document, load_selection())
    expected = expected_surface(normalized, generation)
    found = check_package(root, expected)
    assert found["problems"] == []
    assert found["modules"] > generation.models


def test_operations_send_and_parse(version: tuple[str, Path, Generation]) -> None:
    _, root, _ = version
    result: dict[str, Any] = json.loads(run_in_package(root, CALLS).strip().splitlines()[-1])
    dial, answer = result["sent"]
    assert (dial["method"], dial["url"]) == ("POST", "https://api.test/v2/calls")
    assert dial["body"].pop("command_id")  # commands get a stable command_id, so a retry is deduplicated
    assert dial["body"] == {"connection_id": "conn-1", "from": "+15550001111", "to": "+15550002222"}
    assert answer["url"] == "https://api.test/v2/calls/v3:abc/actions/answer"
    assert answer["body"]["client_state"] == "c3RhdGU=" and "command_id" in answer["body"]
    # the responses are models, not None: older specs give them as `$ref: #/components/responses/...`
    assert result["dial"][1] == "v3:abc"
    assert result["answer"] == ["CallControlCommandResponseWithRecordingID", "ok"]


@pytest.mark.slow
def test_mypy_strict(version: tuple[str, Path, Generation]) -> None:
    _, root, _ = version
    assert mypy_strict(root, "telnyx_voice", "telnyx_voice_tools") == ""


def test_the_cli_names_missing_operations_unless_allowed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = MIRROR_DIR / "spec3-2025-09-19.yml"
    assert main(["--spec", str(old), "--output", str(tmp_path / "telnyx_voice")]) == 2
    err = capsys.readouterr().err
    for op_id in NEW_SINCE_2025_09_19:
        assert f"no operation {op_id}" in err
    assert "--allow-missing" in err
    assert not (tmp_path / "telnyx_voice").exists()
    assert main(["generate", "--spec", str(old), "--output", str(tmp_path / "telnyx_voice"), "--allow-missing"]) == 0
    out = capsys.readouterr().out
    assert all(f"missing from this spec (skipped): {op_id}" in out for op_id in NEW_SINCE_2025_09_19)
    assert "missing from this spec (skipped): webhook event callHold" in out
