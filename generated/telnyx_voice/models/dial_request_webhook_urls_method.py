from typing import Literal, cast

DialRequestWebhookUrlsMethod = Literal["GET", "POST"]

DIAL_REQUEST_WEBHOOK_URLS_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "GET",
        "POST",
    }
)


def check_dial_request_webhook_urls_method(value: str) -> DialRequestWebhookUrlsMethod:
    """Return value as a DialRequestWebhookUrlsMethod.

    A value outside DIAL_REQUEST_WEBHOOK_URLS_METHOD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestWebhookUrlsMethod, value)
