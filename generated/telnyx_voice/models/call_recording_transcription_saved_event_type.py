from typing import Literal, cast

CallRecordingTranscriptionSavedEventType = Literal["call.recording.transcription.saved"]

CALL_RECORDING_TRANSCRIPTION_SAVED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.recording.transcription.saved",
    }
)


def check_call_recording_transcription_saved_event_type(value: str) -> CallRecordingTranscriptionSavedEventType:
    """Return value as a CallRecordingTranscriptionSavedEventType.

    A value outside CALL_RECORDING_TRANSCRIPTION_SAVED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallRecordingTranscriptionSavedEventType, value)
