from typing import Literal, cast

TranscriptionPayloadTranscriptionDataTranscriptionTrack = Literal["inbound", "outbound"]

TRANSCRIPTION_PAYLOAD_TRANSCRIPTION_DATA_TRANSCRIPTION_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "inbound",
        "outbound",
    }
)


def check_transcription_payload_transcription_data_transcription_track(
    value: str,
) -> TranscriptionPayloadTranscriptionDataTranscriptionTrack:
    """Return value as a TranscriptionPayloadTranscriptionDataTranscriptionTrack.

    A value outside TRANSCRIPTION_PAYLOAD_TRANSCRIPTION_DATA_TRANSCRIPTION_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionPayloadTranscriptionDataTranscriptionTrack, value)
