from typing import Literal, cast

ResembleVoiceSettingsType = Literal["resemble"]

RESEMBLE_VOICE_SETTINGS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "resemble",
    }
)


def check_resemble_voice_settings_type(value: str) -> ResembleVoiceSettingsType:
    """Return value as a ResembleVoiceSettingsType.

    A value outside RESEMBLE_VOICE_SETTINGS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ResembleVoiceSettingsType, value)
