"""Every operation's response follows the spec's response schema; every event its webhook schema and class."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telnyx_voice_sandbox import Sandbox
from telnyx_voice_sandbox._validation import Endpoint, endpoints

from tests.support.sandbox import CALLEE, CALLER, FAST, SpecSchemas, check_events, sample

# Call commands that need more than an answered call of their own.
SPECIAL = {"AnswerCall", "RejectCall", "BridgeCall", "TransferCall", "HangupCall", "StopCallFork"}


CALL_PATHS = ("/calls", "/call_control_applications", "/call_events", "/connections/{connection_id}/active_calls")
CALL_OPERATIONS = {op for op, spec in endpoints().items() if spec.operation.path.startswith(CALL_PATHS)}
"""The call operations this module tours; conferences, recordings, queues and media have tours of their own."""


def _is_call_command(spec: Endpoint) -> bool:
    return spec.operation.path.startswith("/calls/{call_control_id}/")


class Tour:
    """Calls operations over the ASGI app and checks each answer against the spec."""

    def __init__(self, sandbox: Sandbox, http: httpx.AsyncClient, schemas: SpecSchemas) -> None:
        self.sandbox = sandbox
        self.http = http
        self.schemas = schemas
        self.done: set[str] = set()

    def body(self, spec: Endpoint, **extra: Any) -> dict[str, Any]:
        """The operation's required body fields, sampled from its generated argument schema."""
        schema = spec.tool["full_input_schema"]
        required = set(schema.get("required", []))
        if spec.tool["required_one_of"]:
            required |= set(spec.tool["required_one_of"][0])
        body = {
            spec.arguments.body_field_by_arg[name]: sample(
                schema["properties"][name], spec.arguments.body_field_by_arg[name]
            )
            for name in sorted(required)
            if name in spec.arguments.body_field_by_arg
        }
        return {**body, **extra}

    async def run(self, operation_id: str, path: dict[str, str] | None = None, **body: Any) -> dict[str, Any]:
        spec = endpoints()[operation_id]
        url = spec.operation.path.format(**(path or {}))
        payload = self.body(spec, **body) if spec.has_body else None
        response = await self.http.request(spec.operation.method, url, json=payload)
        assert response.status_code in (200, 201, 204), f"{operation_id}: {response.status_code} {response.text}"
        documented = self.schemas.content_schemas(spec.operation.method, spec.operation.path, response.status_code)
        self.done.add(operation_id)
        if "application/json" not in documented:  # no body (204), or bytes (a download)
            if documented:
                assert all(s.get("format") == "binary" for s in documented.values()), operation_id
            else:
                assert response.content == b"", operation_id
            return {}
        answer: dict[str, Any] = response.json()
        self.schemas.check_response(spec.operation.method, spec.operation.path, response.status_code, answer)
        return answer

    async def answered_call(self, **body: Any) -> str:
        answer = await self.run("DialCall", connection_id="tour", **body)
        call_control_id: str = answer["data"]["call_control_id"]
        await self.sandbox.wait_for_event("call.answered", call_control_id=call_control_id)
        return call_control_id


@pytest.fixture
async def tour(schemas: SpecSchemas) -> AsyncIterator[Tour]:
    sandbox = Sandbox(**FAST)
    transport = httpx.ASGITransport(app=sandbox.app)
    headers = {"Authorization": "Bearer tour"}
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.invalid/v2", headers=headers) as http:
        yield Tour(sandbox, http, schemas)
    await sandbox.aclose()


async def test_every_operation_answers_with_its_documented_schema(tour: Tour) -> None:
    sandbox = tour.sandbox
    app = (await tour.run("CreateCallControlApplication"))["data"]
    await tour.run("RetrieveCallControlApplication", {"id": app["id"]})
    await tour.run("UpdateCallControlApplication", {"id": app["id"]})
    await tour.run("ListCallControlApplications")

    shared = await tour.answered_call(record="record-from-answer")
    other = await tour.answered_call(to="+15550003333")
    sandbox.script_digits(["12#", "3", ""])
    for operation_id, spec in endpoints().items():
        if _is_call_command(spec) and operation_id not in SPECIAL | {"RetrieveCallStatus"}:
            await tour.run(operation_id, {"call_control_id": shared})
    await sandbox.wait_for_event("call.speak.ended", call_control_id=shared)  # queued media has played
    await tour.run("StartCallFork", {"call_control_id": shared})
    await tour.run("StopCallFork", {"call_control_id": shared})
    await tour.run("BridgeCall", {"call_control_id": shared}, call_control_id=other)

    parked = await sandbox.inbound_call(from_=CALLER, to=CALLEE)
    await tour.run("AnswerCall", {"call_control_id": parked}, record="record-from-answer")
    await tour.run("TransferCall", {"call_control_id": parked}, to="+15550004444")
    rejected = await sandbox.inbound_call(from_=CALLER, to=CALLEE)
    await tour.run("RejectCall", {"call_control_id": rejected})

    await tour.run("RetrieveCallStatus", {"call_control_id": shared})
    await tour.run("ListConnectionActiveCalls", {"connection_id": "tour"})
    await sandbox.wait_for_event("call.bridged", call_control_id=parked)
    await tour.run("HangupCall", {"call_control_id": shared})  # ends media still running, and the bridged peer
    await tour.run("HangupCall", {"call_control_id": parked})
    await tour.run("RetrieveCallStatus", {"call_control_id": shared})
    await tour.run("ListCallEvents")
    await tour.run("DeleteCallControlApplication", {"id": app["id"]})

    assert tour.done == CALL_OPERATIONS  # the first 49, each answered 2xx with a schema-valid body


QUEUE_AND_MEDIA_TOOLSETS = {"queues", "media"}


async def _queue_and_media_tour(tour: Tour) -> None:
    """Queues and their calls, and media storage: every operation once, a call bridged out of its queue."""
    sandbox = tour.sandbox
    queue = {"queue_name": "tour-line"}  # not the sampled name, which the call commands' enqueue uses
    await tour.run("CreateQueue", **queue)
    waiting, leaving, agent = [await tour.answered_call(to=to) for to in (CALLEE, "+15550003333", "+15550004444")]
    await tour.run("EnqueueCall", {"call_control_id": waiting}, **queue)
    await tour.run("EnqueueCall", {"call_control_id": leaving}, **queue)
    await tour.run("ListQueues")
    await tour.run("RetrieveCallQueue", queue)
    await tour.run("UpdateQueue", queue)
    await tour.run("ListQueueCalls", queue)
    await tour.run("RetrieveCallFromQueue", {**queue, "call_control_id": waiting})
    await tour.run("UpdateCallInQueue", {**queue, "call_control_id": waiting}, keep_after_hangup=False)
    await tour.run("RemoveQueueCall", {**queue, "call_control_id": leaving})
    await tour.run("BridgeCall", {"call_control_id": agent}, call_control_id=waiting)
    await sandbox.wait_for_event("call.bridged", call_control_id=waiting)
    await tour.run("DeleteQueue", queue)

    media = {"media_name": "tour-media"}
    await tour.run("CreateMediaStorage", media_url="data:audio/wav;base64,UklGRg==", **media)
    await tour.run("ListMediaStorage")
    await tour.run("GetMediaStorage", media)
    await tour.run("UpdateMediaStorage", media, ttl_secs=600)
    await tour.run("StartCallPlayback", {"call_control_id": agent}, **media)
    await sandbox.wait_for_event("call.playback.ended", call_control_id=agent)
    await tour.run("DownloadMedia", media)
    await tour.run("DeleteMediaStorage", media)
    await tour.run("HangupCall", {"call_control_id": agent})


async def test_queue_and_media_operations_answer_with_their_documented_schema(tour: Tour) -> None:
    await _queue_and_media_tour(tour)
    ours = {op for op, spec in endpoints().items() if spec.tool["toolset"] in QUEUE_AND_MEDIA_TOOLSETS}
    assert ours >= {"CreateQueue", "RemoveQueueCall", "CreateMediaStorage", "DownloadMedia"}
    assert tour.done >= ours


async def test_queue_and_media_events_follow_their_schema_and_class(tour: Tour, schemas: SpecSchemas) -> None:
    await _queue_and_media_tour(tour)
    seen = check_events(tour.sandbox.events, schemas)
    assert seen >= {"call.enqueued", "call.dequeued", "call.bridged", "call.playback.started", "call.hangup"}
    reasons = [
        e["data"]["payload"]["reason"] for e in tour.sandbox.events if e["data"]["event_type"] == "call.dequeued"
    ]
    assert reasons == ["leave", "bridged"]


async def _services_tour(tour: Tour) -> None:
    """Streaming, SIPREC, transcription, the AI assistant and machine detection: started, stopped and failed."""
    sandbox = tour.sandbox
    sandbox.config.media_duration = 0.0
    cid = await tour.answered_call(answering_machine_detection="detect")
    premium = await tour.answered_call(answering_machine_detection="premium")
    path = {"call_control_id": cid}
    await tour.run("StartCallStreaming", path, stream_url="wss://example.com/stream")
    await tour.run("StopCallStreaming", path)
    await tour.run("StartCallStreaming", path)  # nothing to stream to: streaming.failed
    await tour.run("StartCallStreaming", path, stream_url="wss://example.com/stream")  # stopped by the hangup
    await tour.run("StartSiprecSession", path)  # no connector: siprec.failed
    await tour.run("StartSiprecSession", path, connector_name="recorder")
    await tour.run("StopSiprecSession", path)
    await tour.run("StartCallTranscription", path, transcription_tracks="outbound")
    await tour.run("SpeakCall", path)
    await tour.run("CallStartAIAssistant", path)
    await tour.run("callGatherUsingAI", path, parameters={"type": "object", "properties": {"n": {"type": "integer"}}})
    for event_type in ("call.transcription", "call.ai_gather.ended", "call.machine.detection.ended"):
        await sandbox.wait_for_event(event_type, call_control_id=cid)
    await sandbox.wait_for_event("call.machine.premium.detection.ended", call_control_id=premium)
    await tour.run("HangupCall", path)
    await sandbox.wait_for_event("call.conversation.ended", call_control_id=cid)


async def test_every_emitted_event_follows_its_schema_and_class(tour: Tour, schemas: SpecSchemas) -> None:
    sandbox = tour.sandbox
    await test_every_operation_answers_with_its_documented_schema(tour)
    sandbox.config.media_duration = 0.0
    silent = (
        await tour.run(
            "DialCall",
            connection_id="tour",
            to="+15550009999",
            custom_headers=[{"name": "X-Sandbox-Behavior", "value": "no-answer"}],
        )
    )["data"]["call_control_id"]
    await sandbox.wait_for_event("call.hangup", call_control_id=silent)
    await _services_tour(tour)

    seen = check_events(sandbox.events, schemas)
    assert seen >= {
        "call.initiated",
        "call.answered",
        "call.hangup",
        "call.bridged",
        "call.speak.started",
        "call.speak.ended",
        "call.playback.started",
        "call.playback.ended",
        "call.dtmf.received",
        "call.gather.ended",
        "call.recording.saved",
        "call.enqueued",
        "call.dequeued",
        "call.fork.started",
        "call.fork.stopped",
        "call.refer.started",
        "call.refer.completed",
        "streaming.started",
        "streaming.stopped",
        "streaming.failed",
        "siprec.started",
        "siprec.stopped",
        "siprec.failed",
        "call.transcription",
        "call.ai_gather.ended",
        "call.conversation.ended",
        "call.machine.detection.ended",
        "call.machine.premium.detection.ended",
    }
    hangups = {e["data"]["payload"]["hangup_cause"] for e in sandbox.events if e["data"]["event_type"] == "call.hangup"}
    assert {"normal_clearing", "call_rejected", "timeout"} <= hangups
