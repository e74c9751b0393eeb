from typing import Literal, cast

AnswerRequestRecordFormat = Literal["mp3", "wav"]

ANSWER_REQUEST_RECORD_FORMAT_VALUES: frozenset[str] = frozenset(
    {
        "mp3",
        "wav",
    }
)


def check_answer_request_record_format(value: str) -> AnswerRequestRecordFormat:
    """Return value as a AnswerRequestRecordFormat.

    A value outside ANSWER_REQUEST_RECORD_FORMAT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AnswerRequestRecordFormat, value)
