from typing import Literal, cast

InworldVoiceSettingsType = Literal["inworld"]

INWORLD_VOICE_SETTINGS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "inworld",
    }
)


def check_inworld_voice_settings_type(value: str) -> InworldVoiceSettingsType:
    """Return value as a InworldVoiceSettingsType.

    A value outside INWORLD_VOICE_SETTINGS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(InworldVoiceSettingsType, value)
