from typing import Literal, cast

CallBridgedRecordType = Literal["event"]

CALL_BRIDGED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_bridged_record_type(value: str) -> CallBridgedRecordType:
    """Return value as a CallBridgedRecordType.

    A value outside CALL_BRIDGED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallBridgedRecordType, value)
