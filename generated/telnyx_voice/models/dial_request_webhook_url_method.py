from typing import Literal, cast

DialRequestWebhookUrlMethod = Literal["GET", "POST"]

DIAL_REQUEST_WEBHOOK_URL_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "GET",
        "POST",
    }
)


def check_dial_request_webhook_url_method(value: str) -> DialRequestWebhookUrlMethod:
    """Return value as a DialRequestWebhookUrlMethod.

    A value outside DIAL_REQUEST_WEBHOOK_URL_METHOD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestWebhookUrlMethod, value)
