from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import REQUIRED, Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class AnswerRequestDeepfakeDetection(BaseModel):
    """Enables deepfake detection on the call. When enabled, audio from the remote party is streamed to a detection service
    that analyzes whether the voice is AI-generated. Results are delivered via the `call.deepfake_detection.result`
    webhook.

        Attributes:
            enabled (bool): Whether deepfake detection is enabled.
            rtp_timeout (int | None): Maximum time in seconds to wait for RTP audio before timing out. If no audio is
                received within this window, detection stops with an error.
            timeout (int | None): Maximum time in seconds to wait for a detection result before timing out.
    """

    enabled: bool
    rtp_timeout: int | None = None
    timeout: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("enabled", "enabled", True),
        ("rtp_timeout", "rtp_timeout", False),
        ("timeout", "timeout", False),
    )

    def __init__(
        self,
        *,
        enabled: bool,
        rtp_timeout: int | Unset | None = UNSET,
        timeout: int | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        init_model(self, locals())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the model from JSON data leniently: absent fields are None, values that are not what
        the spec says are kept as sent, unknown fields go to `additional_properties`."""
        d = dict(src_dict)
        self = cls.__new__(cls)
        _set = object.__setattr__
        _set(self, "_present", frozenset(d))
        _set(self, "enabled", d.pop("enabled", None))
        _set(self, "rtp_timeout", d.pop("rtp_timeout", None))
        _set(self, "timeout", d.pop("timeout", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("enabled", bool, REQUIRED),
            ("rtp_timeout", int, 0),
            ("timeout", int, 0),
        )
