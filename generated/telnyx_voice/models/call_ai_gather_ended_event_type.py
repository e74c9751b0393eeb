from typing import Literal, cast

CallAIGatherEndedEventType = Literal["call.ai_gather.ended"]

CALL_AI_GATHER_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.ai_gather.ended",
    }
)


def check_call_ai_gather_ended_event_type(value: str) -> CallAIGatherEndedEventType:
    """Return value as a CallAIGatherEndedEventType.

    A value outside CALL_AI_GATHER_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAIGatherEndedEventType, value)
