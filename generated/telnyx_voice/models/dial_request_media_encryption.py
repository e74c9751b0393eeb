from typing import Literal, cast

DialRequestMediaEncryption = Literal["disabled", "DTLS", "SRTP"]

DIAL_REQUEST_MEDIA_ENCRYPTION_VALUES: frozenset[str] = frozenset(
    {
        "disabled",
        "DTLS",
        "SRTP",
    }
)


def check_dial_request_media_encryption(value: str) -> DialRequestMediaEncryption:
    """Return value as a DialRequestMediaEncryption.

    A value outside DIAL_REQUEST_MEDIA_ENCRYPTION_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestMediaEncryption, value)
