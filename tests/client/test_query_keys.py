"""Object query parameters given as plain dicts: the official SDK's Python key names and the wire names."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from telnyx_voice import InvalidArgumentError

from tests.support.client import invoke, mock_api

EMPTY_PAGE = {"data": [], "meta": {"page_number": 1, "total_pages": 1}}


def params(request: httpx.Request) -> list[tuple[str, str]]:
    return sorted(request.url.params.multi_items())


@pytest.mark.parametrize("key", ["outbound_outbound_voice_profile_id", "outbound.outbound_voice_profile_id"])
@pytest.mark.parametrize("dotted", ["call_events.list", "call_control_applications.list"])
async def test_a_filter_key_in_either_naming_is_sent_as_the_wire_name(mode: str, dotted: str, key: str) -> None:
    api = mock_api(lambda request: httpx.Response(200, json=EMPTY_PAGE))
    await invoke(api.client(mode), dotted, filter={key: "1293384261075731499", "from": "+15550001111"})
    assert params(api.requests[0]) == [
        ("filter[from]", "+15550001111"),
        ("filter[outbound.outbound_voice_profile_id]", "1293384261075731499"),
    ]


async def test_nested_dict_keys_are_checked_too(mode: str) -> None:
    api = mock_api(lambda request: httpx.Response(200, json=EMPTY_PAGE))
    client = api.client(mode)
    await invoke(client, "call_events.list", filter={"occurred_at": {"gte": "2026-01-01"}})
    assert params(api.requests[0]) == [("filter[occurred_at][gte]", "2026-01-01")]
    with pytest.raises(InvalidArgumentError, match=r"`filter\[occurred_at\]` has no key 'after'; it accepts eq, gt"):
        await invoke(client, "call_events.list", filter={"occurred_at": {"after": "2026-01-01"}})
    assert len(api.requests) == 1


async def test_an_unknown_key_is_an_error_naming_the_parameter_and_the_keys(mode: str) -> None:
    api = mock_api(lambda request: httpx.Response(200, json=EMPTY_PAGE))
    with pytest.raises(InvalidArgumentError) as raised:
        await invoke(api.client(mode), "call_events.list", filter={"legid": "x"})
    message = str(raised.value)
    assert message.startswith("ListCallEvents: `filter` has no key 'legid'; it accepts application_name, ")
    assert "outbound_outbound_voice_profile_id (outbound.outbound_voice_profile_id)" in message
    assert isinstance(raised.value, ValueError)
    assert api.requests == []


async def test_one_key_in_both_namings_is_an_error(mode: str) -> None:
    api = mock_api(lambda request: httpx.Response(200, json=EMPTY_PAGE))
    both: dict[str, Any] = {"outbound.outbound_voice_profile_id": "1", "outbound_outbound_voice_profile_id": "2"}
    with pytest.raises(InvalidArgumentError, match=r"gives 'outbound\.outbound_voice_profile_id' twice"):
        await invoke(api.client(mode), "call_events.list", filter=both)


async def test_a_filter_model_is_sent_as_it_is(mode: str) -> None:
    from telnyx_voice.models.list_call_events_filter import ListCallEventsFilter

    api = mock_api(lambda request: httpx.Response(200, json=EMPTY_PAGE))
    await invoke(api.client(mode), "call_events.list", filter=ListCallEventsFilter(leg_id="leg"))
    assert params(api.requests[0]) == [("filter[leg_id]", "leg")]


def test_every_operation_table_entry_checks_its_object_query_parameters() -> None:
    from telnyx_voice._operations import OPERATIONS

    checked = {op_id: sorted(op.query_keys or {}) for op_id, op in OPERATIONS.items() if op.query_keys}
    assert checked == {
        "ListCallControlApplications": ["filter", "page"],
        "ListCallEvents": ["filter", "page"],
        "ListConnectionActiveCalls": ["page"],
        "ListConferences": ["filter", "page"],
        "ListConferenceParticipants": ["filter", "page"],
        "ListConnections": ["filter", "page"],
        "ListMediaStorage": ["filter"],
        "ListQueues": ["page"],
        "ListQueueCalls": ["page"],
        "getRecordingTranscriptions": ["filter", "page"],
        "GetRecordings": ["filter", "page"],
    }
