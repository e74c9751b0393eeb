from typing import Literal, cast

AzureTranscriptionEngineListOfRegions = Literal[
    "australiaeast", "centralindia", "eastus", "northcentralus", "westeurope", "westus2"
]

AZURE_TRANSCRIPTION_ENGINE_LIST_OF_REGIONS_VALUES: frozenset[str] = frozenset(
    {
        "australiaeast",
        "centralindia",
        "eastus",
        "northcentralus",
        "westeurope",
        "westus2",
    }
)


def check_azure_transcription_engine_list_of_regions(value: str) -> AzureTranscriptionEngineListOfRegions:
    """Return value as a AzureTranscriptionEngineListOfRegions.

    A value outside AZURE_TRANSCRIPTION_ENGINE_LIST_OF_REGIONS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(AzureTranscriptionEngineListOfRegions, value)
