from typing import Literal, cast

NoiseSuppressionEngineConfigurationSize = Literal["l", "s", "vf_1_1_l", "vf_l", "xs", "xxs"]

NOISE_SUPPRESSION_ENGINE_CONFIGURATION_SIZE_VALUES: frozenset[str] = frozenset(
    {
        "l",
        "s",
        "vf_1_1_l",
        "vf_l",
        "xs",
        "xxs",
    }
)


def check_noise_suppression_engine_configuration_size(value: str) -> NoiseSuppressionEngineConfigurationSize:
    """Return value as a NoiseSuppressionEngineConfigurationSize.

    A value outside NOISE_SUPPRESSION_ENGINE_CONFIGURATION_SIZE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(NoiseSuppressionEngineConfigurationSize, value)
