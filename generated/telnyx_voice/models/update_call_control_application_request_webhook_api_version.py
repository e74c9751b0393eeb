from typing import Literal, cast

UpdateCallControlApplicationRequestWebhookApiVersion = Literal["1", "2"]

UPDATE_CALL_CONTROL_APPLICATION_REQUEST_WEBHOOK_API_VERSION_VALUES: frozenset[str] = frozenset(
    {
        "1",
        "2",
    }
)


def check_update_call_control_application_request_webhook_api_version(
    value: str,
) -> UpdateCallControlApplicationRequestWebhookApiVersion:
    """Return value as a UpdateCallControlApplicationRequestWebhookApiVersion.

    A value outside UPDATE_CALL_CONTROL_APPLICATION_REQUEST_WEBHOOK_API_VERSION_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(UpdateCallControlApplicationRequestWebhookApiVersion, value)
