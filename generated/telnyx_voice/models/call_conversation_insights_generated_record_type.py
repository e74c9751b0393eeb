from typing import Literal, cast

CallConversationInsightsGeneratedRecordType = Literal["event"]

CALL_CONVERSATION_INSIGHTS_GENERATED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_conversation_insights_generated_record_type(value: str) -> CallConversationInsightsGeneratedRecordType:
    """Return value as a CallConversationInsightsGeneratedRecordType.

    A value outside CALL_CONVERSATION_INSIGHTS_GENERATED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallConversationInsightsGeneratedRecordType, value)
