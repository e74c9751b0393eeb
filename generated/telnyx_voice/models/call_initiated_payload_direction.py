from typing import Literal, cast

CallInitiatedPayloadDirection = Literal["incoming", "outgoing"]

CALL_INITIATED_PAYLOAD_DIRECTION_VALUES: frozenset[str] = frozenset(
    {
        "incoming",
        "outgoing",
    }
)


def check_call_initiated_payload_direction(value: str) -> CallInitiatedPayloadDirection:
    """Return value as a CallInitiatedPayloadDirection.

    A value outside CALL_INITIATED_PAYLOAD_DIRECTION_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallInitiatedPayloadDirection, value)
