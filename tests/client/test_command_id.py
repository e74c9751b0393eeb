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
