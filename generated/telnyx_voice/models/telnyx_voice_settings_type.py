from typing import Literal, cast

TelnyxVoiceSettingsType = Literal["telnyx"]

TELNYX_VOICE_SETTINGS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "telnyx",
    }
)


def check_telnyx_voice_settings_type(value: str) -> TelnyxVoiceSettingsType:
    """Return value as a TelnyxVoiceSettingsType.

    A value outside TELNYX_VOICE_SETTINGS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TelnyxVoiceSettingsType, value)
