from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialRequestDeepfakeDetection")


@_attrs_define(frozen=True)
class DialRequestDeepfakeDetection:
    """Enables deepfake detection on the call. When enabled, audio from the remote party is streamed to a detection service
    that analyzes whether the voice is AI-generated. Results are delivered via the `call.deepfake_detection.result`
    webhook.

        Attributes:
            enabled (bool): Whether deepfake detection is enabled.
            rtp_timeout (int | Unset): Maximum time in seconds to wait for RTP audio before timing out. If no audio is
                received within this window, detection stops with an error.
            timeout (int | Unset): Maximum time in seconds to wait for a detection result before timing out.
    """

    enabled: bool
    rtp_timeout: int | Unset = UNSET
    timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        rtp_timeout = self.rtp_timeout

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if rtp_timeout is not UNSET:
            field_dict["rtp_timeout"] = rtp_timeout
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        rtp_timeout = d.pop("rtp_timeout", UNSET)

        timeout = d.pop("timeout", UNSET)

        additional_properties = d
        return cls(
            enabled=enabled,
            rtp_timeout=rtp_timeout,
            timeout=timeout,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
