from typing import Literal, cast

WebhookToolParamsQueryParametersType = Literal["object"]

WEBHOOK_TOOL_PARAMS_QUERY_PARAMETERS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "object",
    }
)


def check_webhook_tool_params_query_parameters_type(value: str) -> WebhookToolParamsQueryParametersType:
    """Return value as a WebhookToolParamsQueryParametersType.

    A value outside WEBHOOK_TOOL_PARAMS_QUERY_PARAMETERS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(WebhookToolParamsQueryParametersType, value)
