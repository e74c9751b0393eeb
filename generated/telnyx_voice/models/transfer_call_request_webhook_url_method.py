from typing import Literal, cast

TransferCallRequestWebhookUrlMethod = Literal["GET", "POST"]

TRANSFER_CALL_REQUEST_WEBHOOK_URL_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "GET",
        "POST",
    }
)


def check_transfer_call_request_webhook_url_method(value: str) -> TransferCallRequestWebhookUrlMethod:
    """Return value as a TransferCallRequestWebhookUrlMethod.

    A value outside TRANSFER_CALL_REQUEST_WEBHOOK_URL_METHOD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestWebhookUrlMethod, value)
