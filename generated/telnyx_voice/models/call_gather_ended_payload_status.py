from typing import Literal, cast

CallGatherEndedPayloadStatus = Literal["call_hangup", "cancelled", "cancelled_amd", "invalid", "timeout", "valid"]

CALL_GATHER_ENDED_PAYLOAD_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "call_hangup",
        "cancelled",
        "cancelled_amd",
        "invalid",
        "timeout",
        "valid",
    }
)


def check_call_gather_ended_payload_status(value: str) -> CallGatherEndedPayloadStatus:
    """Return value as a CallGatherEndedPayloadStatus.

    A value outside CALL_GATHER_ENDED_PAYLOAD_STATUS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallGatherEndedPayloadStatus, value)
