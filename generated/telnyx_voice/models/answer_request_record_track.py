from typing import Literal, cast

AnswerRequestRecordTrack = Literal["both", "inbound", "outbound"]

ANSWER_REQUEST_RECORD_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "both",
        "inbound",
        "outbound",
    }
)


def check_answer_request_record_track(value: str) -> AnswerRequestRecordTrack:
    """Return value as a AnswerRequestRecordTrack.

    A value outside ANSWER_REQUEST_RECORD_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AnswerRequestRecordTrack, value)
