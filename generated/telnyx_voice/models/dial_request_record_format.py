from typing import Literal, cast

DialRequestRecordFormat = Literal["mp3", "wav"]

DIAL_REQUEST_RECORD_FORMAT_VALUES: frozenset[str] = frozenset(
    {
        "mp3",
        "wav",
    }
)


def check_dial_request_record_format(value: str) -> DialRequestRecordFormat:
    """Return value as a DialRequestRecordFormat.

    A value outside DIAL_REQUEST_RECORD_FORMAT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestRecordFormat, value)
