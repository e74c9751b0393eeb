from typing import Literal, cast

CallAIGatherPartialResultsEventType = Literal["call.ai_gather.partial_results"]

CALL_AI_GATHER_PARTIAL_RESULTS_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.ai_gather.partial_results",
    }
)


def check_call_ai_gather_partial_results_event_type(value: str) -> CallAIGatherPartialResultsEventType:
    """Return value as a CallAIGatherPartialResultsEventType.

    A value outside CALL_AI_GATHER_PARTIAL_RESULTS_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAIGatherPartialResultsEventType, value)
