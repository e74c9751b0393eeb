from typing import Literal, cast

AnswerRequestStreamTrack = Literal["both_tracks", "inbound_track", "outbound_track"]

ANSWER_REQUEST_STREAM_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "both_tracks",
        "inbound_track",
        "outbound_track",
    }
)


def check_answer_request_stream_track(value: str) -> AnswerRequestStreamTrack:
    """Return value as a AnswerRequestStreamTrack.

    A value outside ANSWER_REQUEST_STREAM_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AnswerRequestStreamTrack, value)
