from typing import Literal, cast

WebhookToolParamsPathParametersType = Literal["object"]

WEBHOOK_TOOL_PARAMS_PATH_PARAMETERS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "object",
    }
)


def check_webhook_tool_params_path_parameters_type(value: str) -> WebhookToolParamsPathParametersType:
    """Return value as a WebhookToolParamsPathParametersType.

    A value outside WEBHOOK_TOOL_PARAMS_PATH_PARAMETERS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(WebhookToolParamsPathParametersType, value)
