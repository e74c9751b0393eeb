"""The values of every field typed `NoiseSuppressionEngine` (a list too long to write inline)."""

from typing import Literal

NoiseSuppressionEngine = Literal[
    "AiCoustics",
    "DeepFilterNet",
    "Denoiser",
    "Krisp",
    "aic_l_quail",
    "aic_l_rook",
    "aic_s_quail",
    "aic_s_rook",
    "quail_voice_focus_s",
    "quail_voice_focus_xs",
]
