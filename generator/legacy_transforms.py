"""Transforms for defects and differences of older spec versions (2024-01-04 to 2025-08-01).

Pure functions `spec -> spec`, like those of `normalize`: each fixes one thing an older mirrored
version does that the pinned one does not, names the versions it was seen in, and is a no-op on a
spec without it. `normalize` and `prepare_for_selection` run them with the others.
"""

from __future__ import annotations

from typing import Any

Spec = dict[str, Any]

# operationId in the 2024-01-04 spec -> the id the same operation (method and path) has had since
# 2024-06-04, as spec/selection.toml and spec/naming.toml name it.
OPERATION_IDS_BEFORE_2024_06: dict[str, str] = {
    "listCallControlApplications": "ListCallControlApplications",
    "createCallControlApplication": "CreateCallControlApplication",
    "deleteCallControlApplication": "DeleteCallControlApplication",
    "retrieveCallControlApplication": "RetrieveCallControlApplication",
    "updateCallControlApplication": "UpdateCallControlApplication",
    "listCallEvents": "ListCallEvents",
    "callDial": "DialCall",
    "retrieveCallStatus": "RetrieveCallStatus",
    "callAnswer": "AnswerCall",
    "callBridge": "BridgeCall",
    "clientStateUpdate": "UpdateClientState",
    "callEnqueue": "EnqueueCall",
    "callForkStart": "StartCallFork",
    "callForkStop": "StopCallFork",
    "callGather": "GatherCall",
    "callGatherStop": "StopCallGather",
    "callGatherUsingAudio": "GatherUsingAudio",
    "callGatherUsingSpeak": "GatherUsingSpeak",
    "callHangup": "HangupCall",
    "leaveQueue": "LeaveQueue",
    "callPlaybackStart": "StartCallPlayback",
    "callPlaybackStop": "StopCallPlayback",
    "callRecordPause": "PauseCallRecording",
    "callRecordResume": "ResumeCallRecording",
    "callRecordStart": "StartCallRecord",
    "callRecordStop": "StopCallRecording",
    "callRefer": "ReferCall",
    "callReject": "RejectCall",
    "callSendDTMF": "SendDTMF",
    "callSpeak": "SpeakCall",
    "callStreamingStart": "StartCallStreaming",
    "callStreamingStop": "StopCallStreaming",
    "callTranscriptionStart": "StartCallTranscription",
    "callTranscriptionStop": "StopCallTranscription",
    "callTransfer": "TransferCall",
    "listConnectionActiveCalls": "ListConnectionActiveCalls",
}


def adopt_current_operation_ids(spec: Spec) -> Spec:
    """Rename the call-control operations of specs before 2024-06 to the operationIds they have now.

    Seen in 2024-01-04: the same operations (same method and path) had other ids (`callDial` for
    DialCall, `callAnswer` for AnswerCall, ...; `OPERATION_IDS_BEFORE_2024_06`), so the selection
    found none of them and generation produced an empty package that did not even format. An old
    id is renamed only while the spec has no operation with the new id; the old one stays in
    `x-original-operation-id`. Runs before selection.
    """
    taken = {
        operation.get("operationId")
        for item in spec.get("paths", {}).values()
        if isinstance(item, dict)
        for operation in item.values()
        if isinstance(operation, dict)
    }
    renames = {old: new for old, new in OPERATION_IDS_BEFORE_2024_06.items() if old in taken and new not in taken}
    if not renames:
        return spec
    paths: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        paths[path] = item
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            old = operation.get("operationId") if isinstance(operation, dict) else None
            if old in renames:
                renamed = {**operation, "operationId": renames[old], "x-original-operation-id": old}
                paths[path] = {**paths[path], method: renamed}
    return {**spec, "paths": paths}


def _lift_required_flags(node: Any) -> Any:
    if isinstance(node, list):
        return [_lift_required_flags(item) for item in node]
    if not isinstance(node, dict):
        return node
    lifted = {key: _lift_required_flags(value) for key, value in node.items()}
    properties = lifted.get("properties")
    if not isinstance(properties, dict):
        return lifted
    flagged = {
        name: prop
        for name, prop in properties.items()
        if isinstance(prop, dict) and isinstance(prop.get("required"), bool)
    }
    if not flagged:
        return lifted
    lifted["properties"] = {
        name: {k: v for k, v in prop.items() if k != "required"} if name in flagged else prop
        for name, prop in properties.items()
    }
    required = list(lifted.get("required", []))
    required += [name for name, prop in flagged.items() if prop["required"] is True and name not in required]
    if required:
        lifted["required"] = required
    return lifted


def move_property_required_flags(spec: Spec) -> Spec:
    """Move `required: true` written inside a property into its object's `required` list.

    An OpenAPI 2 habit, invalid in 3.x, that openapi-python-client refuses outright
    (`components.schemas.EnqueueRequest.properties.queue_name.required: Input should be a valid
    list`). Seen in 2024-01-04 and 2024-06-04 (EnqueueRequest.queue_name, in the selection) and in
    2024-12-02 (AuditLogEntry's `changes[].from`, outside it). `required: false` is dropped.
    """
    result: Spec = _lift_required_flags(spec)
    return result
