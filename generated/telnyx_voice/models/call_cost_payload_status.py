from typing import Literal, cast

CallCostPayloadStatus = Literal["error", "success"]

CALL_COST_PAYLOAD_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "error",
        "success",
    }
)


def check_call_cost_payload_status(value: str) -> CallCostPayloadStatus:
    """Return value as a CallCostPayloadStatus.

    A value outside CALL_COST_PAYLOAD_STATUS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallCostPayloadStatus, value)
