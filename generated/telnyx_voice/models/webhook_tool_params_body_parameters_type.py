from typing import Literal, cast

WebhookToolParamsBodyParametersType = Literal["object"]

WEBHOOK_TOOL_PARAMS_BODY_PARAMETERS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "object",
    }
)


def check_webhook_tool_params_body_parameters_type(value: str) -> WebhookToolParamsBodyParametersType:
    """Return value as a WebhookToolParamsBodyParametersType.

    A value outside WEBHOOK_TOOL_PARAMS_BODY_PARAMETERS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(WebhookToolParamsBodyParametersType, value)
