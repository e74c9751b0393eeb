"""The values of every field typed `DialRequestAnsweringMachineDetection` (a list too long to write inline)."""

from typing import Literal

DialRequestAnsweringMachineDetection = Literal[
    "detect", "detect_beep", "detect_words", "disabled", "greeting_end", "premium"
]
