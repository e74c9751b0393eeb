from typing import Literal, cast

DialRequestConferenceConfigBeepEnabled = Literal["always", "never", "on_enter", "on_exit"]

DIAL_REQUEST_CONFERENCE_CONFIG_BEEP_ENABLED_VALUES: frozenset[str] = frozenset(
    {
        "always",
        "never",
        "on_enter",
        "on_exit",
    }
)


def check_dial_request_conference_config_beep_enabled(value: str) -> DialRequestConferenceConfigBeepEnabled:
    """Return value as a DialRequestConferenceConfigBeepEnabled.

    A value outside DIAL_REQUEST_CONFERENCE_CONFIG_BEEP_ENABLED_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestConferenceConfigBeepEnabled, value)
