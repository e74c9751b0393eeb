from typing import Literal, cast

CallConversationEndedEventType = Literal["call.conversation.ended"]

CALL_CONVERSATION_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.conversation.ended",
    }
)


def check_call_conversation_ended_event_type(value: str) -> CallConversationEndedEventType:
    """Return value as a CallConversationEndedEventType.

    A value outside CALL_CONVERSATION_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallConversationEndedEventType, value)
