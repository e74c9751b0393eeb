from typing import Literal, cast

CallCostEventType = Literal["call.cost"]

CALL_COST_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.cost",
    }
)


def check_call_cost_event_type(value: str) -> CallCostEventType:
    """Return value as a CallCostEventType.

    A value outside CALL_COST_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallCostEventType, value)
