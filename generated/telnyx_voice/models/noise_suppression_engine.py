from typing import Literal, cast

NoiseSuppressionEngine = Literal[
    "aic_l_quail",
    "aic_l_rook",
    "aic_s_quail",
    "aic_s_rook",
    "AiCoustics",
    "DeepFilterNet",
    "Denoiser",
    "Krisp",
    "quail_voice_focus_s",
    "quail_voice_focus_xs",
]

NOISE_SUPPRESSION_ENGINE_VALUES: frozenset[str] = frozenset(
    {
        "aic_l_quail",
        "aic_l_rook",
        "aic_s_quail",
        "aic_s_rook",
        "AiCoustics",
        "DeepFilterNet",
        "Denoiser",
        "Krisp",
        "quail_voice_focus_s",
        "quail_voice_focus_xs",
    }
)


def check_noise_suppression_engine(value: str) -> NoiseSuppressionEngine:
    """Return value as a NoiseSuppressionEngine.

    A value outside NOISE_SUPPRESSION_ENGINE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(NoiseSuppressionEngine, value)
