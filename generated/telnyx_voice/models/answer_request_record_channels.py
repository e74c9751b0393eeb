from typing import Literal, cast

AnswerRequestRecordChannels = Literal["dual", "single"]

ANSWER_REQUEST_RECORD_CHANNELS_VALUES: frozenset[str] = frozenset(
    {
        "dual",
        "single",
    }
)


def check_answer_request_record_channels(value: str) -> AnswerRequestRecordChannels:
    """Return value as a AnswerRequestRecordChannels.

    A value outside ANSWER_REQUEST_RECORD_CHANNELS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AnswerRequestRecordChannels, value)
