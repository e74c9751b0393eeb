from typing import Literal, cast

CallRecordingTranscriptionSavedPayloadStatus = Literal["completed"]

CALL_RECORDING_TRANSCRIPTION_SAVED_PAYLOAD_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "completed",
    }
)


def check_call_recording_transcription_saved_payload_status(value: str) -> CallRecordingTranscriptionSavedPayloadStatus:
    """Return value as a CallRecordingTranscriptionSavedPayloadStatus.

    A value outside CALL_RECORDING_TRANSCRIPTION_SAVED_PAYLOAD_STATUS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallRecordingTranscriptionSavedPayloadStatus, value)
