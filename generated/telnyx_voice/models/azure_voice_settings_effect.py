from typing import Literal, cast

AzureVoiceSettingsEffect = Literal["eq_car", "eq_telecomhp8k"]

AZURE_VOICE_SETTINGS_EFFECT_VALUES: frozenset[str] = frozenset(
    {
        "eq_car",
        "eq_telecomhp8k",
    }
)


def check_azure_voice_settings_effect(value: str) -> AzureVoiceSettingsEffect:
    """Return value as a AzureVoiceSettingsEffect.

    A value outside AZURE_VOICE_SETTINGS_EFFECT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AzureVoiceSettingsEffect, value)
