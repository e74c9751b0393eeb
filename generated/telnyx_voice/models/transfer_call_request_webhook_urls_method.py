from typing import Literal, cast

TransferCallRequestWebhookUrlsMethod = Literal["GET", "POST"]

TRANSFER_CALL_REQUEST_WEBHOOK_URLS_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "GET",
        "POST",
    }
)


def check_transfer_call_request_webhook_urls_method(value: str) -> TransferCallRequestWebhookUrlsMethod:
    """Return value as a TransferCallRequestWebhookUrlsMethod.

    A value outside TRANSFER_CALL_REQUEST_WEBHOOK_URLS_METHOD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestWebhookUrlsMethod, value)
