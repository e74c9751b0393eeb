from typing import Literal, cast

RejectRequestCause = Literal["CALL_REJECTED", "USER_BUSY"]

REJECT_REQUEST_CAUSE_VALUES: frozenset[str] = frozenset(
    {
        "CALL_REJECTED",
        "USER_BUSY",
    }
)


def check_reject_request_cause(value: str) -> RejectRequestCause:
    """Return value as a RejectRequestCause.

    A value outside REJECT_REQUEST_CAUSE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(RejectRequestCause, value)
