from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import BaseModel, init_model
from .._validation import Rule
from ..types import UNSET, Unset


@_attrs_define(frozen=True, init=False)
class DialRequestAnsweringMachineDetectionConfig(BaseModel):
    """Optional configuration parameters to modify 'answering_machine_detection' performance. Only
    `total_analysis_time_millis` and `greeting_duration_millis` parameters are applicable when `premium` is selected as
    answering_machine_detection.

        Attributes:
            after_greeting_silence_millis (int | None): Silence duration threshold after a greeting message or voice for it
                be considered human. Example: 1000.
            between_words_silence_millis (int | None): Maximum threshold for silence between words. Example: 100.
            greeting_duration_millis (int | None): Maximum threshold of a human greeting. If greeting longer than this
                value, considered machine. Example: 1500.
            greeting_silence_duration_millis (int | None): If machine already detected, maximum threshold for silence
                between words. If exceeded, the greeting is considered ended. Example: 2000.
            greeting_total_analysis_time_millis (int | None): If machine already detected, maximum timeout threshold to
                determine the end of the machine greeting. Example: 7500.
            initial_silence_millis (int | None): If initial silence duration is greater than this value, consider it a
                machine. Example: 1800.
            maximum_number_of_words (int | None): If number of detected words is greater than this value, consder it a
                machine. Example: 3.
            maximum_word_length_millis (int | None): If a single word lasts longer than this threshold, consider it a
                machine. Example: 2000.
            silence_threshold (int | None): Minimum noise threshold for any analysis. Example: 512.
            total_analysis_time_millis (int | None): Maximum timeout threshold for overall detection. Example: 5000.
    """

    after_greeting_silence_millis: int | None = None
    between_words_silence_millis: int | None = None
    greeting_duration_millis: int | None = None
    greeting_silence_duration_millis: int | None = None
    greeting_total_analysis_time_millis: int | None = None
    initial_silence_millis: int | None = None
    maximum_number_of_words: int | None = None
    maximum_word_length_millis: int | None = None
    silence_threshold: int | None = None
    total_analysis_time_millis: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    _present: frozenset[str] = _attrs_field(factory=frozenset, kw_only=True, eq=False, repr=False)
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("after_greeting_silence_millis", "after_greeting_silence_millis", False),
        ("between_words_silence_millis", "between_words_silence_millis", False),
        ("greeting_duration_millis", "greeting_duration_millis", False),
        ("greeting_silence_duration_millis", "greeting_silence_duration_millis", False),
        ("greeting_total_analysis_time_millis", "greeting_total_analysis_time_millis", False),
        ("initial_silence_millis", "initial_silence_millis", False),
        ("maximum_number_of_words", "maximum_number_of_words", False),
        ("maximum_word_length_millis", "maximum_word_length_millis", False),
        ("silence_threshold", "silence_threshold", False),
        ("total_analysis_time_millis", "total_analysis_time_millis", False),
    )

    def __init__(
        self,
        *,
        after_greeting_silence_millis: int | Unset | None = UNSET,
        between_words_silence_millis: int | Unset | None = UNSET,
        greeting_duration_millis: int | Unset | None = UNSET,
        greeting_silence_duration_millis: int | Unset | None = UNSET,
        greeting_total_analysis_time_millis: int | Unset | None = UNSET,
        initial_silence_millis: int | Unset | None = UNSET,
        maximum_number_of_words: int | Unset | None = UNSET,
        maximum_word_length_millis: int | Unset | None = UNSET,
        silence_threshold: int | Unset | None = UNSET,
        total_analysis_time_millis: int | Unset | None = UNSET,
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
        _set(self, "after_greeting_silence_millis", d.pop("after_greeting_silence_millis", None))
        _set(self, "between_words_silence_millis", d.pop("between_words_silence_millis", None))
        _set(self, "greeting_duration_millis", d.pop("greeting_duration_millis", None))
        _set(self, "greeting_silence_duration_millis", d.pop("greeting_silence_duration_millis", None))
        _set(self, "greeting_total_analysis_time_millis", d.pop("greeting_total_analysis_time_millis", None))
        _set(self, "initial_silence_millis", d.pop("initial_silence_millis", None))
        _set(self, "maximum_number_of_words", d.pop("maximum_number_of_words", None))
        _set(self, "maximum_word_length_millis", d.pop("maximum_word_length_millis", None))
        _set(self, "silence_threshold", d.pop("silence_threshold", None))
        _set(self, "total_analysis_time_millis", d.pop("total_analysis_time_millis", None))
        _set(self, "additional_properties", d)
        return self

    @staticmethod
    def _rules() -> tuple[Rule, ...]:
        return (
            ("after_greeting_silence_millis", int, 0),
            ("between_words_silence_millis", int, 0),
            ("greeting_duration_millis", int, 0),
            ("greeting_silence_duration_millis", int, 0),
            ("greeting_total_analysis_time_millis", int, 0),
            ("initial_silence_millis", int, 0),
            ("maximum_number_of_words", int, 0),
            ("maximum_word_length_millis", int, 0),
            ("silence_threshold", int, 0),
            ("total_analysis_time_millis", int, 0),
        )
