from typing import Literal, cast

GatherUsingAIRequestMessageHistoryItemRole = Literal["assistant", "user"]

GATHER_USING_AI_REQUEST_MESSAGE_HISTORY_ITEM_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "assistant",
        "user",
    }
)


def check_gather_using_ai_request_message_history_item_role(value: str) -> GatherUsingAIRequestMessageHistoryItemRole:
    """Return value as a GatherUsingAIRequestMessageHistoryItemRole.

    A value outside GATHER_USING_AI_REQUEST_MESSAGE_HISTORY_ITEM_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(GatherUsingAIRequestMessageHistoryItemRole, value)
