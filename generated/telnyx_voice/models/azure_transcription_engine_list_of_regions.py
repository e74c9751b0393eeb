"""The values of every field typed `AzureTranscriptionEngineListOfRegions` (a list too long to write inline)."""

from typing import Literal

AzureTranscriptionEngineListOfRegions = Literal[
    "australiaeast", "centralindia", "eastus", "northcentralus", "westeurope", "westus2"
]
