from typing import Literal, cast

CallHangupPayloadState = Literal["hangup"]

CALL_HANGUP_PAYLOAD_STATE_VALUES: frozenset[str] = frozenset(
    {
        "hangup",
    }
)


def check_call_hangup_payload_state(value: str) -> CallHangupPayloadState:
    """Return value as a CallHangupPayloadState.

    A value outside CALL_HANGUP_PAYLOAD_STATE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallHangupPayloadState, value)
