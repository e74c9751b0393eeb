from typing import Literal, cast

CallAIGatherEndedRecordType = Literal["event"]

CALL_AI_GATHER_ENDED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_ai_gather_ended_record_type(value: str) -> CallAIGatherEndedRecordType:
    """Return value as a CallAIGatherEndedRecordType.

    A value outside CALL_AI_GATHER_ENDED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAIGatherEndedRecordType, value)
