from typing import Literal, cast

CallRecordingTranscriptionSavedRecordType = Literal["event"]

CALL_RECORDING_TRANSCRIPTION_SAVED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_recording_transcription_saved_record_type(value: str) -> CallRecordingTranscriptionSavedRecordType:
    """Return value as a CallRecordingTranscriptionSavedRecordType.

    A value outside CALL_RECORDING_TRANSCRIPTION_SAVED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallRecordingTranscriptionSavedRecordType, value)
