from typing import Literal, cast

CallInitiatedPayloadState = Literal["bridging", "parked"]

CALL_INITIATED_PAYLOAD_STATE_VALUES: frozenset[str] = frozenset(
    {
        "bridging",
        "parked",
    }
)


def check_call_initiated_payload_state(value: str) -> CallInitiatedPayloadState:
    """Return value as a CallInitiatedPayloadState.

    A value outside CALL_INITIATED_PAYLOAD_STATE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallInitiatedPayloadState, value)
