"""Ingest: files, folders, globs, stdin, JSON/JSONL and URLs to Articles."""

from .base import Accepted, IngestResult, Limits, Rejected
from .readers import SUFFIXES, expand_inputs, read_inputs

__all__ = [
    "SUFFIXES",
    "Accepted",
    "IngestResult",
    "Limits",
    "Rejected",
    "expand_inputs",
    "read_inputs",
]
