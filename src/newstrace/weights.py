"""Shipped model weights: plain ``.npz`` arrays (never pickles), read in one place.

Every classifier newstrace ships (check-worthiness, opinion, stance) stores its
weights as named arrays beside a ``.json`` note of its training data and script.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .errors import ModelError

__all__ = ["MODEL_DIR", "load_weights", "weight"]

MODEL_DIR = Path(__file__).resolve().parent / "models"


def load_weights(path: Path) -> dict[str, npt.NDArray[Any]]:
    """All arrays of an ``.npz`` file; a missing or broken file is a coded ModelError."""
    try:
        with np.load(path, allow_pickle=False) as z:
            return {name: np.asarray(z[name]) for name in z.files}
    except (OSError, ValueError, EOFError) as exc:
        raise ModelError("NT302", path=str(path)) from exc


def weight(arrays: dict[str, npt.NDArray[Any]], name: str, path: Path) -> npt.NDArray[Any]:
    """One named array; its absence means the file is not the model it should be."""
    try:
        return arrays[name]
    except KeyError as exc:
        raise ModelError("NT302", path=str(path)) from exc
