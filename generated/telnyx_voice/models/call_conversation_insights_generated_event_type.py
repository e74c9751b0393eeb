from typing import Literal, cast

CallConversationInsightsGeneratedEventType = Literal["call.conversation_insights.generated"]

CALL_CONVERSATION_INSIGHTS_GENERATED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.conversation_insights.generated",
    }
)


def check_call_conversation_insights_generated_event_type(value: str) -> CallConversationInsightsGeneratedEventType:
    """Return value as a CallConversationInsightsGeneratedEventType.

    A value outside CALL_CONVERSATION_INSIGHTS_GENERATED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallConversationInsightsGeneratedEventType, value)
