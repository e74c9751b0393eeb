from typing import Literal, cast

ConferenceParticipantPlaybackStartedRecordType = Literal["event"]

CONFERENCE_PARTICIPANT_PLAYBACK_STARTED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_conference_participant_playback_started_record_type(
    value: str,
) -> ConferenceParticipantPlaybackStartedRecordType:
    """Return value as a ConferenceParticipantPlaybackStartedRecordType.

    A value outside CONFERENCE_PARTICIPANT_PLAYBACK_STARTED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceParticipantPlaybackStartedRecordType, value)
