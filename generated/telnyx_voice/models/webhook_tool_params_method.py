from typing import Literal, cast

WebhookToolParamsMethod = Literal["DELETE", "GET", "PATCH", "POST", "PUT"]

WEBHOOK_TOOL_PARAMS_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "DELETE",
        "GET",
        "PATCH",
        "POST",
        "PUT",
    }
)


def check_webhook_tool_params_method(value: str) -> WebhookToolParamsMethod:
    """Return value as a WebhookToolParamsMethod.

    A value outside WEBHOOK_TOOL_PARAMS_METHOD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(WebhookToolParamsMethod, value)
