from typing import Literal, cast

SpeakRequestPayloadType = Literal["ssml", "text"]

SPEAK_REQUEST_PAYLOAD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "ssml",
        "text",
    }
)


def check_speak_request_payload_type(value: str) -> SpeakRequestPayloadType:
    """Return value as a SpeakRequestPayloadType.

    A value outside SPEAK_REQUEST_PAYLOAD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SpeakRequestPayloadType, value)
