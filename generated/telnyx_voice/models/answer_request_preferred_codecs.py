from typing import Literal, cast

AnswerRequestPreferredCodecs = Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"]

ANSWER_REQUEST_PREFERRED_CODECS_VALUES: frozenset[str] = frozenset(
    {
        "G722,PCMU,PCMA,G729,OPUS,VP8,H264",
    }
)


def check_answer_request_preferred_codecs(value: str) -> AnswerRequestPreferredCodecs:
    """Return value as a AnswerRequestPreferredCodecs.

    A value outside ANSWER_REQUEST_PREFERRED_CODECS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AnswerRequestPreferredCodecs, value)
