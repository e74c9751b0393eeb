from typing import Literal, cast

ConferenceRecordingSavedPayloadChannels = Literal["dual", "single"]

CONFERENCE_RECORDING_SAVED_PAYLOAD_CHANNELS_VALUES: frozenset[str] = frozenset(
    {
        "dual",
        "single",
    }
)


def check_conference_recording_saved_payload_channels(value: str) -> ConferenceRecordingSavedPayloadChannels:
    """Return value as a ConferenceRecordingSavedPayloadChannels.

    A value outside CONFERENCE_RECORDING_SAVED_PAYLOAD_CHANNELS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceRecordingSavedPayloadChannels, value)
