"""The values of every field typed `CallDeepfakeDetectionErrorPayloadErrorMessage` (a list too long to write inline)."""

from typing import Literal

CallDeepfakeDetectionErrorPayloadErrorMessage = Literal[
    "detection_timeout", "dfd_connection_error", "dfd_stream_error", "rtp_timeout"
]
