from typing import Literal, cast

CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole = Literal["assistant", "user"]

CALL_AI_GATHER_MESSAGE_HISTORY_UPDATED_PAYLOAD_MESSAGE_HISTORY_ITEM_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "assistant",
        "user",
    }
)


def check_call_ai_gather_message_history_updated_payload_message_history_item_role(
    value: str,
) -> CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole:
    """Return value as a CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole.

    A value outside CALL_AI_GATHER_MESSAGE_HISTORY_UPDATED_PAYLOAD_MESSAGE_HISTORY_ITEM_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole, value)
