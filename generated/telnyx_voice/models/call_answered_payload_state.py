from typing import Literal, cast

CallAnsweredPayloadState = Literal["answered"]

CALL_ANSWERED_PAYLOAD_STATE_VALUES: frozenset[str] = frozenset(
    {
        "answered",
    }
)


def check_call_answered_payload_state(value: str) -> CallAnsweredPayloadState:
    """Return value as a CallAnsweredPayloadState.

    A value outside CALL_ANSWERED_PAYLOAD_STATE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAnsweredPayloadState, value)
