from typing import Literal, cast

NoiseSuppressionEngineConfigurationModel = Literal[
    "krisp-viva-pro-v1.kef", "krisp-viva-ss-v1.kef", "krisp-viva-tel-lite-v1.kef", "krisp-viva-tel-v2.kef"
]

NOISE_SUPPRESSION_ENGINE_CONFIGURATION_MODEL_VALUES: frozenset[str] = frozenset(
    {
        "krisp-viva-pro-v1.kef",
        "krisp-viva-ss-v1.kef",
        "krisp-viva-tel-lite-v1.kef",
        "krisp-viva-tel-v2.kef",
    }
)


def check_noise_suppression_engine_configuration_model(value: str) -> NoiseSuppressionEngineConfigurationModel:
    """Return value as a NoiseSuppressionEngineConfigurationModel.

    A value outside NOISE_SUPPRESSION_ENGINE_CONFIGURATION_MODEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(NoiseSuppressionEngineConfigurationModel, value)
