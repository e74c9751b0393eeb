from typing import Literal, cast

DialRequestPrivacy = Literal["id", "none"]

DIAL_REQUEST_PRIVACY_VALUES: frozenset[str] = frozenset(
    {
        "id",
        "none",
    }
)


def check_dial_request_privacy(value: str) -> DialRequestPrivacy:
    """Return value as a DialRequestPrivacy.

    A value outside DIAL_REQUEST_PRIVACY_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestPrivacy, value)
