from typing import Literal, cast

CallCostRecordType = Literal["event"]

CALL_COST_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_cost_record_type(value: str) -> CallCostRecordType:
    """Return value as a CallCostRecordType.

    A value outside CALL_COST_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallCostRecordType, value)
