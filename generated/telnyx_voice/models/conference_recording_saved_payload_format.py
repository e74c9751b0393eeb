from typing import Literal, cast

ConferenceRecordingSavedPayloadFormat = Literal["mp3", "wav"]

CONFERENCE_RECORDING_SAVED_PAYLOAD_FORMAT_VALUES: frozenset[str] = frozenset(
    {
        "mp3",
        "wav",
    }
)


def check_conference_recording_saved_payload_format(value: str) -> ConferenceRecordingSavedPayloadFormat:
    """Return value as a ConferenceRecordingSavedPayloadFormat.

    A value outside CONFERENCE_RECORDING_SAVED_PAYLOAD_FORMAT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceRecordingSavedPayloadFormat, value)
