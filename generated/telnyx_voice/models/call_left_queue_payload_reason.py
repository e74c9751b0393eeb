from typing import Literal, cast

CallLeftQueuePayloadReason = Literal["bridged", "bridging-in-process", "hangup", "leave", "timeout"]

CALL_LEFT_QUEUE_PAYLOAD_REASON_VALUES: frozenset[str] = frozenset(
    {
        "bridged",
        "bridging-in-process",
        "hangup",
        "leave",
        "timeout",
    }
)


def check_call_left_queue_payload_reason(value: str) -> CallLeftQueuePayloadReason:
    """Return value as a CallLeftQueuePayloadReason.

    A value outside CALL_LEFT_QUEUE_PAYLOAD_REASON_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallLeftQueuePayloadReason, value)
