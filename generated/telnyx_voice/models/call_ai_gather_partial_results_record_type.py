from typing import Literal, cast

CallAIGatherPartialResultsRecordType = Literal["event"]

CALL_AI_GATHER_PARTIAL_RESULTS_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_ai_gather_partial_results_record_type(value: str) -> CallAIGatherPartialResultsRecordType:
    """Return value as a CallAIGatherPartialResultsRecordType.

    A value outside CALL_AI_GATHER_PARTIAL_RESULTS_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAIGatherPartialResultsRecordType, value)
