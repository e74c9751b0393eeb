from typing import Literal, cast

CallAIGatherEndedPayloadStatus = Literal["invalid", "valid"]

CALL_AI_GATHER_ENDED_PAYLOAD_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "invalid",
        "valid",
    }
)


def check_call_ai_gather_ended_payload_status(value: str) -> CallAIGatherEndedPayloadStatus:
    """Return value as a CallAIGatherEndedPayloadStatus.

    A value outside CALL_AI_GATHER_ENDED_PAYLOAD_STATUS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAIGatherEndedPayloadStatus, value)
