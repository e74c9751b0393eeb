from typing import Literal, cast

GatherUsingSpeakRequestPayloadType = Literal["ssml", "text"]

GATHER_USING_SPEAK_REQUEST_PAYLOAD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "ssml",
        "text",
    }
)


def check_gather_using_speak_request_payload_type(value: str) -> GatherUsingSpeakRequestPayloadType:
    """Return value as a GatherUsingSpeakRequestPayloadType.

    A value outside GATHER_USING_SPEAK_REQUEST_PAYLOAD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(GatherUsingSpeakRequestPayloadType, value)
