from typing import Literal, cast

BridgeRequestRingtone = Literal[
    "at",
    "au",
    "be",
    "bg",
    "br",
    "ch",
    "cl",
    "cn",
    "cz",
    "de",
    "dk",
    "ee",
    "es",
    "fi",
    "fr",
    "gr",
    "hu",
    "il",
    "in",
    "it",
    "jp",
    "lt",
    "mx",
    "my",
    "nl",
    "no",
    "nz",
    "ph",
    "pl",
    "pt",
    "ru",
    "se",
    "sg",
    "th",
    "tw",
    "uk",
    "us",
    "us-old",
    "ve",
    "za",
]

BRIDGE_REQUEST_RINGTONE_VALUES: frozenset[str] = frozenset(
    {
        "at",
        "au",
        "be",
        "bg",
        "br",
        "ch",
        "cl",
        "cn",
        "cz",
        "de",
        "dk",
        "ee",
        "es",
        "fi",
        "fr",
        "gr",
        "hu",
        "il",
        "in",
        "it",
        "jp",
        "lt",
        "mx",
        "my",
        "nl",
        "no",
        "nz",
        "ph",
        "pl",
        "pt",
        "ru",
        "se",
        "sg",
        "th",
        "tw",
        "uk",
        "us",
        "us-old",
        "ve",
        "za",
    }
)


def check_bridge_request_ringtone(value: str) -> BridgeRequestRingtone:
    """Return value as a BridgeRequestRingtone.

    A value outside BRIDGE_REQUEST_RINGTONE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BridgeRequestRingtone, value)
