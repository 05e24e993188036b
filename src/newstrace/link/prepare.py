"""Per-article views that the linking steps share: sentences, embeddings, signature, time.

Everything is computed once per ``Linker.link`` call. Sentence embeddings come
from the fast tier (``analyse.embed.embed_fast``); the article vector is the
normalised mean of its sentence vectors, so no extra embedding pass is needed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..analyse.embed import FAST_DIM, embed_fast
from ..model import ArticleDoc, content_id, normalise_text
from .minhash import decode, signature
from .text import SentenceSpan, parse_date, sentences_of

__all__ = ["DocView", "earlier", "prepare"]


@dataclass(frozen=True, slots=True)
class DocView:
    doc: ArticleDoc
    sentences: tuple[SentenceSpan, ...]
    embeddings: npt.NDArray[np.float32]  # (n_sentences, dim) unit rows
    vector: npt.NDArray[np.float32]  # (dim,) unit article vector (zeros when empty)
    signature: bytes
    when: float | None  # days since 1970 when the date is known
    text_key: str  # content id of the normalised text (identical texts share it)

    @property
    def id(self) -> str:
        return self.doc.article.id

    @property
    def outlet(self) -> str:
        return self.doc.article.outlet


def earlier(a: DocView, b: DocView) -> bool:
    """True when ``a`` was published before ``b`` (unknown dates count as later; then id)."""
    ka = (a.when is None, a.when if a.when is not None else 0.0, a.id)
    kb = (b.when is None, b.when if b.when is not None else 0.0, b.id)
    return ka < kb


def prepare(docs: Sequence[ArticleDoc], signatures: Mapping[str, bytes]) -> list[DocView]:
    """Build the views, embedding all sentences of all articles in one batch."""
    sents = [tuple(sentences_of(d)) for d in docs]
    flat = [s.text for ss in sents for s in ss]
    emb = embed_fast(flat) if flat else np.zeros((0, FAST_DIM), np.float32)
    dim = emb.shape[1] if emb.size else FAST_DIM
    views: list[DocView] = []
    pos = 0
    for doc, ss in zip(docs, sents, strict=True):
        e = emb[pos : pos + len(ss)]
        pos += len(ss)
        if len(ss):
            v = e.mean(axis=0)
            norm = float(np.linalg.norm(v))
            vec = (v / norm if norm > 0 else v).astype(np.float32)
        else:
            vec = np.zeros(dim, np.float32)
        sig = signatures.get(doc.article.id)
        if sig is None or decode(sig) is None:
            sig = signature(doc.article.text)
        views.append(
            DocView(
                doc=doc,
                sentences=ss,
                embeddings=np.ascontiguousarray(e),
                vector=vec,
                signature=sig,
                when=parse_date(doc.article.published),
                text_key=content_id(normalise_text(doc.article.text)),
            )
        )
    return views
