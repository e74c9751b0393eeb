from typing import Literal, cast

WebhookToolType = Literal["webhook"]

WEBHOOK_TOOL_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "webhook",
    }
)


def check_webhook_tool_type(value: str) -> WebhookToolType:
    """Return value as a WebhookToolType.

    A value outside WEBHOOK_TOOL_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(WebhookToolType, value)
