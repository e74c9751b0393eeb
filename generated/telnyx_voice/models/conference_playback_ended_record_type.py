from typing import Literal, cast

ConferencePlaybackEndedRecordType = Literal["event"]

CONFERENCE_PLAYBACK_ENDED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_conference_playback_ended_record_type(value: str) -> ConferencePlaybackEndedRecordType:
    """Return value as a ConferencePlaybackEndedRecordType.

    A value outside CONFERENCE_PLAYBACK_ENDED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferencePlaybackEndedRecordType, value)
