from typing import Literal, cast

CallAIGatherMessageHistoryUpdatedRecordType = Literal["event"]

CALL_AI_GATHER_MESSAGE_HISTORY_UPDATED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_ai_gather_message_history_updated_record_type(value: str) -> CallAIGatherMessageHistoryUpdatedRecordType:
    """Return value as a CallAIGatherMessageHistoryUpdatedRecordType.

    A value outside CALL_AI_GATHER_MESSAGE_HISTORY_UPDATED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAIGatherMessageHistoryUpdatedRecordType, value)
