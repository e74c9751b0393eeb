from typing import Literal, cast

CallAIGatherPartialResultsPayloadMessageHistoryItemRole = Literal["assistant", "user"]

CALL_AI_GATHER_PARTIAL_RESULTS_PAYLOAD_MESSAGE_HISTORY_ITEM_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "assistant",
        "user",
    }
)


def check_call_ai_gather_partial_results_payload_message_history_item_role(
    value: str,
) -> CallAIGatherPartialResultsPayloadMessageHistoryItemRole:
    """Return value as a CallAIGatherPartialResultsPayloadMessageHistoryItemRole.

    A value outside CALL_AI_GATHER_PARTIAL_RESULTS_PAYLOAD_MESSAGE_HISTORY_ITEM_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAIGatherPartialResultsPayloadMessageHistoryItemRole, value)
