"""Transforms for defects and differences of older spec versions (2024-01-04 to 2025-08-01).

Pure functions `spec -> spec`, like those of `normalize`: each fixes one thing an older mirrored
version does that the pinned one does not, names the versions it was seen in, and is a no-op on a
spec without it. `normalize` and `prepare_for_selection` run them with the others.
"""

from __future__ import annotations

import re
from typing import Any

from ..openapi import X_ORIGINAL_OPERATION_ID, Spec, iter_operations, map_operations, resolve

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
    taken = {operation.get("operationId") for _, _, operation in iter_operations(spec)}
    renames = {old: new for old, new in OPERATION_IDS_BEFORE_2024_06.items() if old in taken and new not in taken}
    if not renames:
        return spec

    def rename(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
        old = operation.get("operationId")
        if old not in renames:
            return operation
        return {**operation, "operationId": renames[old], X_ORIGINAL_OPERATION_ID: old}

    return map_operations(spec, rename)


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


BRACKETED = re.compile(r"^(?P<base>[A-Za-z_][\w.]*)(?P<keys>(?:\[[^\[\]]+\])+)$")


def _nest(tree: dict[str, Any], keys: list[str], leaf: dict[str, Any], required: bool) -> bool:
    """Put leaf at keys in the object schema tree (creating objects on the way); False when a key
    is both a value and an object (`filter[a]` beside `filter[a][b]`)."""
    node = tree
    for key in keys[:-1]:
        child = node["properties"].setdefault(key, {"type": "object", "properties": {}})
        if "properties" not in child:
            return False
        if required and key not in node.get("required", []):
            node.setdefault("required", []).append(key)
        node = child
    if keys[-1] in node["properties"]:
        return False
    node["properties"][keys[-1]] = leaf
    if required:
        node.setdefault("required", []).append(keys[-1])
    return True


def _leaf(param: dict[str, Any]) -> dict[str, Any]:
    """The schema of param, with param's description unless the schema has its own."""
    description = {"description": param["description"]} if "description" in param else {}
    return {**description, **param.get("schema", {})}


def _grouped(spec: Spec, parameters: list[Any]) -> list[Any]:
    """parameters with every family of bracketed query parameters made one deepObject parameter,
    in the place of the family's first member; a family that does not nest cleanly stays as it is."""
    names = {resolve(spec, p).get("name") for p in parameters}
    families: dict[str, list[tuple[int, list[str], dict[str, Any]]]] = {}
    for index, node in enumerate(parameters):
        param = resolve(spec, node)
        match = BRACKETED.match(str(param.get("name", ""))) if param.get("in") == "query" else None
        if match and match["base"] not in names:
            keys = match["keys"][1:-1].split("][")
            families.setdefault(match["base"], []).append((index, keys, param))
    replaced: dict[int, Any] = {}
    for base, members in families.items():
        tree: dict[str, Any] = {"type": "object", "properties": {}}
        fits = all(_nest(tree, keys, _leaf(p), p.get("required") is True) for _, keys, p in members)
        if not fits:
            continue
        originally = ", ".join(p["name"] for _, _, p in members)
        grouped = {
            "name": base,
            "in": "query",
            "style": "deepObject",
            "explode": True,
            "description": f"Grouped {base} parameter (deepObject style). Originally: {originally}",
            "schema": tree,
        }
        if tree.get("required"):
            grouped["required"] = True
        replaced.update({index: None for index, _, _ in members})
        replaced[members[0][0]] = grouped
    if not replaced:
        return parameters
    return [replaced.get(index, node) for index, node in enumerate(parameters) if replaced.get(index, node) is not None]


def group_bracketed_query_parameters(spec: Spec) -> Spec:
    """Make each family of query parameters spelled `page[number]`, `page[size]` (or
    `filter[occurred_at][gte]`) one `style: deepObject` parameter (`page`, `filter`) with an object schema.

    Seen in the OpenAPI 3.0 versions (2024-01-04 to 2025-08-01): each key of a filter or page is its
    own parameter, so the client got `page_number=` and `filter_occurred_at_gte=` keywords instead
    of the `page=` and `filter=` objects the 3.1 specs (which Telnyx consolidated the same way,
    "Originally: page[after], page[before], ...") give it, and no operation was paginated (the pinned
    spec still spells 55 operations outside the selection this way; `--whole-spec` groups them too). The
    wire format is the same: `?page[number]=2`. Operation-level parameters only; a family whose keys
    clash (`filter[a]` beside `filter[a][b]`) or whose base name is a parameter already stays as it is.
    """

    def group(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
        parameters = operation.get("parameters")
        if not isinstance(parameters, list):
            return operation
        grouped = _grouped(spec, parameters)
        return operation if grouped is parameters else {**operation, "parameters": grouped}

    return map_operations(spec, group)
