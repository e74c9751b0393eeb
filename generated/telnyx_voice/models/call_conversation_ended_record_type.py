from typing import Literal, cast

CallConversationEndedRecordType = Literal["event"]

CALL_CONVERSATION_ENDED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_conversation_ended_record_type(value: str) -> CallConversationEndedRecordType:
    """Return value as a CallConversationEndedRecordType.

    A value outside CALL_CONVERSATION_ENDED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallConversationEndedRecordType, value)
