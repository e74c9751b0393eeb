from typing import Literal, cast

MinimaxVoiceSettingsType = Literal["minimax"]

MINIMAX_VOICE_SETTINGS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "minimax",
    }
)


def check_minimax_voice_settings_type(value: str) -> MinimaxVoiceSettingsType:
    """Return value as a MinimaxVoiceSettingsType.

    A value outside MINIMAX_VOICE_SETTINGS_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(MinimaxVoiceSettingsType, value)
