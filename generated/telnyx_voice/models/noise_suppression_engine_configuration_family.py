from typing import Literal, cast

NoiseSuppressionEngineConfigurationFamily = Literal["quail", "sparrow"]

NOISE_SUPPRESSION_ENGINE_CONFIGURATION_FAMILY_VALUES: frozenset[str] = frozenset(
    {
        "quail",
        "sparrow",
    }
)


def check_noise_suppression_engine_configuration_family(value: str) -> NoiseSuppressionEngineConfigurationFamily:
    """Return value as a NoiseSuppressionEngineConfigurationFamily.

    A value outside NOISE_SUPPRESSION_ENGINE_CONFIGURATION_FAMILY_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(NoiseSuppressionEngineConfigurationFamily, value)
