from typing import Literal, cast

CallAIGatherEndedPayloadMessageHistoryItemRole = Literal["assistant", "user"]

CALL_AI_GATHER_ENDED_PAYLOAD_MESSAGE_HISTORY_ITEM_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "assistant",
        "user",
    }
)


def check_call_ai_gather_ended_payload_message_history_item_role(
    value: str,
) -> CallAIGatherEndedPayloadMessageHistoryItemRole:
    """Return value as a CallAIGatherEndedPayloadMessageHistoryItemRole.

    A value outside CALL_AI_GATHER_ENDED_PAYLOAD_MESSAGE_HISTORY_ITEM_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAIGatherEndedPayloadMessageHistoryItemRole, value)
