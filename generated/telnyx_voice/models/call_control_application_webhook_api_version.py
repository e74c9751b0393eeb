from typing import Literal, cast

CallControlApplicationWebhookApiVersion = Literal["1", "2"]

CALL_CONTROL_APPLICATION_WEBHOOK_API_VERSION_VALUES: frozenset[str] = frozenset(
    {
        "1",
        "2",
    }
)


def check_call_control_application_webhook_api_version(value: str) -> CallControlApplicationWebhookApiVersion:
    """Return value as a CallControlApplicationWebhookApiVersion.

    A value outside CALL_CONTROL_APPLICATION_WEBHOOK_API_VERSION_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallControlApplicationWebhookApiVersion, value)
