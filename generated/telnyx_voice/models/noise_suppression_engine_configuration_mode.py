from typing import Literal, cast

NoiseSuppressionEngineConfigurationMode = Literal["advanced", "standard"]

NOISE_SUPPRESSION_ENGINE_CONFIGURATION_MODE_VALUES: frozenset[str] = frozenset(
    {
        "advanced",
        "standard",
    }
)


def check_noise_suppression_engine_configuration_mode(value: str) -> NoiseSuppressionEngineConfigurationMode:
    """Return value as a NoiseSuppressionEngineConfigurationMode.

    A value outside NOISE_SUPPRESSION_ENGINE_CONFIGURATION_MODE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(NoiseSuppressionEngineConfigurationMode, value)
