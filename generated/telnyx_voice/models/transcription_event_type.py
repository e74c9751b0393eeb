from typing import Literal, cast

TranscriptionEventType = Literal["call.transcription"]

TRANSCRIPTION_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.transcription",
    }
)


def check_transcription_event_type(value: str) -> TranscriptionEventType:
    """Return value as a TranscriptionEventType.

    A value outside TRANSCRIPTION_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionEventType, value)
