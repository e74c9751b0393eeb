from typing import Literal, cast

AnswerRequestRecord = Literal["record-from-answer"]

ANSWER_REQUEST_RECORD_VALUES: frozenset[str] = frozenset(
    {
        "record-from-answer",
    }
)


def check_answer_request_record(value: str) -> AnswerRequestRecord:
    """Return value as a AnswerRequestRecord.

    A value outside ANSWER_REQUEST_RECORD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AnswerRequestRecord, value)
