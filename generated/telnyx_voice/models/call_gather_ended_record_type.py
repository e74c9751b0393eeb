from typing import Literal, cast

CallGatherEndedRecordType = Literal["event"]

CALL_GATHER_ENDED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_gather_ended_record_type(value: str) -> CallGatherEndedRecordType:
    """Return value as a CallGatherEndedRecordType.

    A value outside CALL_GATHER_ENDED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallGatherEndedRecordType, value)
