from typing import Literal, cast

InworldVoiceSettingsDeliveryMode = Literal["BALANCED", "CREATIVE", "STABLE"]

INWORLD_VOICE_SETTINGS_DELIVERY_MODE_VALUES: frozenset[str] = frozenset(
    {
        "BALANCED",
        "CREATIVE",
        "STABLE",
    }
)


def check_inworld_voice_settings_delivery_mode(value: str) -> InworldVoiceSettingsDeliveryMode:
    """Return value as a InworldVoiceSettingsDeliveryMode.

    A value outside INWORLD_VOICE_SETTINGS_DELIVERY_MODE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(InworldVoiceSettingsDeliveryMode, value)
