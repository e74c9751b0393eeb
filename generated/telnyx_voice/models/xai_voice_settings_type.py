from typing import Literal, cast

XAIVoiceSettingsType = Literal["xai"]

XAI_VOICE_SETTINGS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "xai",
    }
)


def check_xai_voice_settings_type(value: str) -> XAIVoiceSettingsType:
    """Return value as a XAIVoiceSettingsType.

    A value outside XAI_VOICE_SETTINGS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(XAIVoiceSettingsType, value)
