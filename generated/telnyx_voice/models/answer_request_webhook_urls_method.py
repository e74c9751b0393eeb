from typing import Literal, cast

AnswerRequestWebhookUrlsMethod = Literal["GET", "POST"]

ANSWER_REQUEST_WEBHOOK_URLS_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "GET",
        "POST",
    }
)


def check_answer_request_webhook_urls_method(value: str) -> AnswerRequestWebhookUrlsMethod:
    """Return value as a AnswerRequestWebhookUrlsMethod.

    A value outside ANSWER_REQUEST_WEBHOOK_URLS_METHOD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AnswerRequestWebhookUrlsMethod, value)
