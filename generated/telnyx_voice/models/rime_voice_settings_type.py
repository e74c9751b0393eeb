from typing import Literal, cast

RimeVoiceSettingsType = Literal["rime"]

RIME_VOICE_SETTINGS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "rime",
    }
)


def check_rime_voice_settings_type(value: str) -> RimeVoiceSettingsType:
    """Return value as a RimeVoiceSettingsType.

    A value outside RIME_VOICE_SETTINGS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(RimeVoiceSettingsType, value)
