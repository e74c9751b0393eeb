"""The client's own command ids are valid, distinct version-4 UUIDs."""

from __future__ import annotations

import uuid

from telnyx_voice._http import new_command_id


def test_command_ids_are_random_version_4_uuids() -> None:
    ids = [new_command_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, text)


async def test_auto_command_id_false_sends_only_what_was_passed(mode: str) -> None:
    """The opt-out of the automatic command_id: the body is exactly the official SDK's."""
    import json

    from tests.support.client import invoke, mock_api

    api = mock_api()
    client = api.client(mode, auto_command_id=False)
    await invoke(client, "calls.actions.hangup", "v3:call-1")
    await invoke(client, "calls.actions.hangup", "v3:call-1", command_id="mine")
    assert [json.loads(r.content) for r in api.requests] == [{}, {"command_id": "mine"}]
    default = mock_api()
    await invoke(default.client(mode), "calls.actions.hangup", "v3:call-1")
    assert set(json.loads(default.requests[0].content)) == {"command_id"}
