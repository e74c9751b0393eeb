"""The values of every field typed `NoiseSuppressionEngineConfigurationModel` (a list too long to write inline)."""

from typing import Literal

NoiseSuppressionEngineConfigurationModel = Literal[
    "krisp-viva-pro-v1.kef", "krisp-viva-ss-v1.kef", "krisp-viva-tel-lite-v1.kef", "krisp-viva-tel-v2.kef"
]
