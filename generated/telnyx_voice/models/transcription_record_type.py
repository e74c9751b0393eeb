from typing import Literal, cast

TranscriptionRecordType = Literal["event"]

TRANSCRIPTION_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_transcription_record_type(value: str) -> TranscriptionRecordType:
    """Return value as a TranscriptionRecordType.

    A value outside TRANSCRIPTION_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TranscriptionRecordType, value)
