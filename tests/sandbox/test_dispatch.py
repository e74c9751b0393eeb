"""The dispatch table covers the generated operation table, and the HTTP layer needs only `SandboxBackend`."""

from __future__ import annotations

import httpx
from telnyx_voice._operations import OPERATIONS
from telnyx_voice_sandbox._app import create_app
from telnyx_voice_sandbox._backend import SandboxBackend
from telnyx_voice_sandbox._dispatch import HANDLERS, CommandHandler, ResourceHandler

from tests.support.sandbox import RecordingBackend

CALL_COMMAND_PREFIX = "/calls/{call_control_id}/actions/"


def test_every_handler_is_a_generated_operation_and_every_operation_has_one() -> None:
    assert set(HANDLERS) <= set(OPERATIONS)
    assert set(OPERATIONS) <= set(HANDLERS)


def test_every_call_command_has_a_command_handler_with_call_states() -> None:
    commands = {op for op, operation in OPERATIONS.items() if operation.path.startswith(CALL_COMMAND_PREFIX)}
    assert commands, "the generated table has no call commands"
    for operation_id in commands:
        handler = HANDLERS[operation_id]
        assert isinstance(handler, CommandHandler), operation_id
        assert handler.call_states, operation_id
    others = set(OPERATIONS) - commands
    assert all(isinstance(HANDLERS[op], ResourceHandler) for op in others)


async def test_the_app_runs_on_any_backend_without_patching() -> None:
    backend = RecordingBackend()
    typed: SandboxBackend = backend
    app = create_app(typed)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1/v2") as http:
        headers = {"Authorization": "Bearer any"}
        answer = await http.post("/calls/v3:abc/actions/hangup", json={}, headers=headers)
        assert answer.status_code == 200
        assert (await http.get("/call_control_applications/42", headers=headers)).status_code == 200
    assert backend.handled == [
        ("HangupCall", {"call_control_id": "v3:abc"}),
        ("RetrieveCallControlApplication", {"id": "42"}),
    ]
