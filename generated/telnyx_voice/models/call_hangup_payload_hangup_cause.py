from typing import Literal, cast

CallHangupPayloadHangupCause = Literal[
    "call_rejected",
    "no_answer",
    "normal_clearing",
    "not_found",
    "originator_cancel",
    "time_limit",
    "timeout",
    "unspecified",
    "user_busy",
]

CALL_HANGUP_PAYLOAD_HANGUP_CAUSE_VALUES: frozenset[str] = frozenset(
    {
        "call_rejected",
        "no_answer",
        "normal_clearing",
        "not_found",
        "originator_cancel",
        "time_limit",
        "timeout",
        "unspecified",
        "user_busy",
    }
)


def check_call_hangup_payload_hangup_cause(value: str) -> CallHangupPayloadHangupCause:
    """Return value as a CallHangupPayloadHangupCause.

    A value outside CALL_HANGUP_PAYLOAD_HANGUP_CAUSE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallHangupPayloadHangupCause, value)
