from typing import Literal, cast

CallHangupPayloadHangupSource = Literal["callee", "caller", "unknown"]

CALL_HANGUP_PAYLOAD_HANGUP_SOURCE_VALUES: frozenset[str] = frozenset(
    {
        "callee",
        "caller",
        "unknown",
    }
)


def check_call_hangup_payload_hangup_source(value: str) -> CallHangupPayloadHangupSource:
    """Return value as a CallHangupPayloadHangupSource.

    A value outside CALL_HANGUP_PAYLOAD_HANGUP_SOURCE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallHangupPayloadHangupSource, value)
