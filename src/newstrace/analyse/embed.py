"""Sentence embeddings (wordllama is imported only here).

Fast tier: wordllama's 256-dimension model, shipped inside the wordllama
package, loaded with downloads disabled. Rows come back L2-normalised, float32,
so a dot product is a cosine similarity.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..errors import ModelError

__all__ = ["FAST_DIM", "FAST_MODEL", "embed_fast"]

FAST_MODEL = "wordllama-l2-supercat-256"
FAST_DIM = 256


@functools.lru_cache(maxsize=1)
def _wordllama() -> Any:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError as exc:  # pragma: no cover - a dependency
        raise ModelError("NT302", path="wordllama") from exc
    finally:
        # wordllama calls logging.basicConfig(level=INFO) on import; undo that, so that
        # faiss and others do not print INFO lines into our users' terminals.
        root.handlers[:] = handlers
        root.setLevel(level)
    cache = Path(wordllama.__file__).parent
    return WordLlama.load(dim=FAST_DIM, cache_dir=cache, disable_download=True)


def embed_fast(texts: Sequence[str], batch_size: int = 256) -> npt.NDArray[np.float32]:
    """Embed texts with the fast tier; returns an (n, 256) float32 array of unit rows."""
    if not texts:
        return np.zeros((0, FAST_DIM), dtype=np.float32)
    wl = _wordllama()
    vecs = np.asarray(wl.embed(list(texts), norm=True, batch_size=batch_size), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(vecs / norms, dtype=np.float32)
