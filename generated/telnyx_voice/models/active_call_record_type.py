from typing import Literal, cast

ActiveCallRecordType = Literal["call"]

ACTIVE_CALL_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call",
    }
)


def check_active_call_record_type(value: str) -> ActiveCallRecordType:
    """Return value as a ActiveCallRecordType.

    A value outside ACTIVE_CALL_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ActiveCallRecordType, value)
