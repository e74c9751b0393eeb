from typing import Literal, cast

StartRecordingRequestTranscriptionEngine = Literal["A", "B", "deepgram/nova-3"]

START_RECORDING_REQUEST_TRANSCRIPTION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "A",
        "B",
        "deepgram/nova-3",
    }
)


def check_start_recording_request_transcription_engine(value: str) -> StartRecordingRequestTranscriptionEngine:
    """Return value as a StartRecordingRequestTranscriptionEngine.

    A value outside START_RECORDING_REQUEST_TRANSCRIPTION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StartRecordingRequestTranscriptionEngine, value)
