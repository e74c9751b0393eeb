"""`--sandbox`: a conference and its recording through the MCP client against the embedded sandbox."""

from __future__ import annotations

from typing import Any

import httpx
from telnyx_voice.webhooks import parse_event

from tests.mcp.test_sandbox_flow import DIAL, WAIT, ok, sandbox_server, text

TOOLS = ("calls_dial", "wait_for_event", "call_hangup", "conference*", "recording*")


async def test_a_conference_and_its_recording_through_the_mcp_server() -> None:
    async with sandbox_server(tools=TOOLS) as (events, client):

        async def wait(call_control_id: str, event_type: str) -> dict[str, Any]:
            arguments = {"call_control_id": call_control_id, "event_type": event_type, "timeout": WAIT}
            event: dict[str, Any] = ok(await client.call_tool("wait_for_event", arguments))["event"]
            return event

        legs = []
        for to in ("+15550002001", "+15550002002"):
            call_control_id = ok(await client.call_tool("calls_dial", {**DIAL, "to": to}))["data"]["call_control_id"]
            await wait(call_control_id, "call.answered")
            legs.append(call_control_id)
        host, guest = legs
        conference = ok(await client.call_tool("conferences_create", {"call_control_id": host, "name": "mcp"}))["data"]
        conference_id = conference["id"]
        ok(await client.call_tool("conference_join", {"id": conference_id, "call_control_id": guest, "mute": True}))
        ok(await client.call_tool("conference_record_start", {"id": conference_id, "format": "mp3"}))
        ok(await client.call_tool("conference_speak", {"id": conference_id, "payload": "Hello", "voice": "female"}))
        ok(await client.call_tool("conference_record_stop", {"id": conference_id}))
        saved = await wait(host, "conference.recording.saved")
        participants = ok(await client.call_tool("conferences_list_participants", {"conference_id": conference_id}))
        outsider = await client.call_tool("conference_leave", {"id": conference_id, "call_control_id": "v3:nobody"})
        ok(await client.call_tool("conference_end_conference", {"id": conference_id}))
        await wait(guest, "call.hangup")
        ended = ok(await client.call_tool("conferences_retrieve", {"id": conference_id}))["data"]
        ended_again = await client.call_tool("conference_end_conference", {"id": conference_id})
        recordings = ok(await client.call_tool("recordings_list", {"filter": {"conference_id": conference_id}}))
        recording_id = saved["payload"]["recording_id"]
        assert events.sandbox is not None
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=events.sandbox.sandbox.app)) as http:
            url = saved["payload"]["recording_urls"]["mp3"]
            download = await http.get(url)
            ok(await client.call_tool("recordings_delete", {"recording_id": recording_id}))
            gone = await client.call_tool("recordings_retrieve", {"recording_id": recording_id})
            download_gone = await http.get(url)
        assert await events.sandbox.sandbox.drain()
        delivered = [(parse_event(body).data.event_type, status) for body, _, status in events.deliveries]

    assert {p["call_control_id"]: p["muted"] for p in participants["data"]} == {host: False, guest: True}
    assert outsider.is_error and "90023" in text(outsider)
    assert (ended["status"], ended["end_reason"]) == ("completed", "ended_via_api")
    assert ended_again.is_error and "90019" in text(ended_again)
    assert [r["id"] for r in recordings["data"]] == [recording_id]
    assert gone.is_error and "404" in text(gone)
    assert (download.status_code, download.headers["content-type"]) == (200, "audio/mpeg")
    assert download_gone.status_code == 404  # deleted with its recording
    # every conference event reached the server's receiver, verified and parsed (speak ones carry no call)
    assert {event_type for event_type, _ in delivered} >= {
        "conference.created",
        "conference.participant.joined",
        "conference.speak.started",
        "conference.speak.ended",
        "conference.recording.saved",
        "conference.ended",
    }
    assert all(status == 200 for _, status in delivered)
