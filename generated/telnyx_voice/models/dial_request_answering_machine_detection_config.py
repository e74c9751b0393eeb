from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialRequestAnsweringMachineDetectionConfig")


@_attrs_define(frozen=True)
class DialRequestAnsweringMachineDetectionConfig:
    """Optional configuration parameters to modify 'answering_machine_detection' performance. Only
    `total_analysis_time_millis` and `greeting_duration_millis` parameters are applicable when `premium` is selected as
    answering_machine_detection.

        Attributes:
            after_greeting_silence_millis (int | Unset): Silence duration threshold after a greeting message or voice for it
                be considered human. Example: 1000.
            between_words_silence_millis (int | Unset): Maximum threshold for silence between words. Example: 100.
            greeting_duration_millis (int | Unset): Maximum threshold of a human greeting. If greeting longer than this
                value, considered machine. Example: 1500.
            greeting_silence_duration_millis (int | Unset): If machine already detected, maximum threshold for silence
                between words. If exceeded, the greeting is considered ended. Example: 2000.
            greeting_total_analysis_time_millis (int | Unset): If machine already detected, maximum timeout threshold to
                determine the end of the machine greeting. Example: 7500.
            initial_silence_millis (int | Unset): If initial silence duration is greater than this value, consider it a
                machine. Example: 1800.
            maximum_number_of_words (int | Unset): If number of detected words is greater than this value, consder it a
                machine. Example: 3.
            maximum_word_length_millis (int | Unset): If a single word lasts longer than this threshold, consider it a
                machine. Example: 2000.
            silence_threshold (int | Unset): Minimum noise threshold for any analysis. Example: 512.
            total_analysis_time_millis (int | Unset): Maximum timeout threshold for overall detection. Example: 5000.
    """

    after_greeting_silence_millis: int | Unset = UNSET
    between_words_silence_millis: int | Unset = UNSET
    greeting_duration_millis: int | Unset = UNSET
    greeting_silence_duration_millis: int | Unset = UNSET
    greeting_total_analysis_time_millis: int | Unset = UNSET
    initial_silence_millis: int | Unset = UNSET
    maximum_number_of_words: int | Unset = UNSET
    maximum_word_length_millis: int | Unset = UNSET
    silence_threshold: int | Unset = UNSET
    total_analysis_time_millis: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        after_greeting_silence_millis = self.after_greeting_silence_millis

        between_words_silence_millis = self.between_words_silence_millis

        greeting_duration_millis = self.greeting_duration_millis

        greeting_silence_duration_millis = self.greeting_silence_duration_millis

        greeting_total_analysis_time_millis = self.greeting_total_analysis_time_millis

        initial_silence_millis = self.initial_silence_millis

        maximum_number_of_words = self.maximum_number_of_words

        maximum_word_length_millis = self.maximum_word_length_millis

        silence_threshold = self.silence_threshold

        total_analysis_time_millis = self.total_analysis_time_millis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if after_greeting_silence_millis is not UNSET:
            field_dict["after_greeting_silence_millis"] = after_greeting_silence_millis
        if between_words_silence_millis is not UNSET:
            field_dict["between_words_silence_millis"] = between_words_silence_millis
        if greeting_duration_millis is not UNSET:
            field_dict["greeting_duration_millis"] = greeting_duration_millis
        if greeting_silence_duration_millis is not UNSET:
            field_dict["greeting_silence_duration_millis"] = greeting_silence_duration_millis
        if greeting_total_analysis_time_millis is not UNSET:
            field_dict["greeting_total_analysis_time_millis"] = greeting_total_analysis_time_millis
        if initial_silence_millis is not UNSET:
            field_dict["initial_silence_millis"] = initial_silence_millis
        if maximum_number_of_words is not UNSET:
            field_dict["maximum_number_of_words"] = maximum_number_of_words
        if maximum_word_length_millis is not UNSET:
            field_dict["maximum_word_length_millis"] = maximum_word_length_millis
        if silence_threshold is not UNSET:
            field_dict["silence_threshold"] = silence_threshold
        if total_analysis_time_millis is not UNSET:
            field_dict["total_analysis_time_millis"] = total_analysis_time_millis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        after_greeting_silence_millis = d.pop("after_greeting_silence_millis", UNSET)

        between_words_silence_millis = d.pop("between_words_silence_millis", UNSET)

        greeting_duration_millis = d.pop("greeting_duration_millis", UNSET)

        greeting_silence_duration_millis = d.pop("greeting_silence_duration_millis", UNSET)

        greeting_total_analysis_time_millis = d.pop("greeting_total_analysis_time_millis", UNSET)

        initial_silence_millis = d.pop("initial_silence_millis", UNSET)

        maximum_number_of_words = d.pop("maximum_number_of_words", UNSET)

        maximum_word_length_millis = d.pop("maximum_word_length_millis", UNSET)

        silence_threshold = d.pop("silence_threshold", UNSET)

        total_analysis_time_millis = d.pop("total_analysis_time_millis", UNSET)

        additional_properties = d
        return cls(
            after_greeting_silence_millis=after_greeting_silence_millis,
            between_words_silence_millis=between_words_silence_millis,
            greeting_duration_millis=greeting_duration_millis,
            greeting_silence_duration_millis=greeting_silence_duration_millis,
            greeting_total_analysis_time_millis=greeting_total_analysis_time_millis,
            initial_silence_millis=initial_silence_millis,
            maximum_number_of_words=maximum_number_of_words,
            maximum_word_length_millis=maximum_word_length_millis,
            silence_threshold=silence_threshold,
            total_analysis_time_millis=total_analysis_time_millis,
            additional_properties=additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
