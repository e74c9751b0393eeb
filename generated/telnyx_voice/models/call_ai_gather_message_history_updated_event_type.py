from typing import Literal, cast

CallAIGatherMessageHistoryUpdatedEventType = Literal["call.ai_gather.message_history_updated"]

CALL_AI_GATHER_MESSAGE_HISTORY_UPDATED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.ai_gather.message_history_updated",
    }
)


def check_call_ai_gather_message_history_updated_event_type(value: str) -> CallAIGatherMessageHistoryUpdatedEventType:
    """Return value as a CallAIGatherMessageHistoryUpdatedEventType.

    A value outside CALL_AI_GATHER_MESSAGE_HISTORY_UPDATED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAIGatherMessageHistoryUpdatedEventType, value)
