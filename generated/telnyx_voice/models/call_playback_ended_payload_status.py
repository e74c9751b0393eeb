"""The values of every field typed `CallPlaybackEndedPayloadStatus` (a list too long to write inline)."""

from typing import Literal

CallPlaybackEndedPayloadStatus = Literal[
    "call_hangup", "cancelled", "cancelled_amd", "completed", "failed", "file_not_found", "unknown"
]
