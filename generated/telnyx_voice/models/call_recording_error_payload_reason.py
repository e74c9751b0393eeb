"""The values of every field typed `CallRecordingErrorPayloadReason` (a list too long to write inline)."""

from typing import Literal

CallRecordingErrorPayloadReason = Literal[
    "Failed to authorize with storage using custom credentials",
    "Internal server error",
    "Invalid credentials json",
    "Unsupported backend",
]
