from typing import Literal, cast

AnswerRequestRecordTrim = Literal["trim-silence"]

ANSWER_REQUEST_RECORD_TRIM_VALUES: frozenset[str] = frozenset(
    {
        "trim-silence",
    }
)


def check_answer_request_record_trim(value: str) -> AnswerRequestRecordTrim:
    """Return value as a AnswerRequestRecordTrim.

    A value outside ANSWER_REQUEST_RECORD_TRIM_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AnswerRequestRecordTrim, value)
