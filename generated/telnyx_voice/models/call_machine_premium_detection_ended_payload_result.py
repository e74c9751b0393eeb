"""The values of every field typed `CallMachinePremiumDetectionEndedPayloadResult` (a list too long to write inline)."""

from typing import Literal

CallMachinePremiumDetectionEndedPayloadResult = Literal[
    "fax_detected", "human_business", "human_residence", "machine", "not_sure", "silence"
]
