from typing import Literal, cast

AnswerRequestWebhookUrlMethod = Literal["GET", "POST"]

ANSWER_REQUEST_WEBHOOK_URL_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "GET",
        "POST",
    }
)


def check_answer_request_webhook_url_method(value: str) -> AnswerRequestWebhookUrlMethod:
    """Return value as a AnswerRequestWebhookUrlMethod.

    A value outside ANSWER_REQUEST_WEBHOOK_URL_METHOD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AnswerRequestWebhookUrlMethod, value)
