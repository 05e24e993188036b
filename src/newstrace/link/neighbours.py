"""The faiss adapter: nearest neighbours by cosine similarity.

faiss is imported only here. Small corpora use an exact inner-product index;
above ``EXACT_LIMIT`` rows an HNSW graph keeps the cost near n log n. faiss
runs on one thread so results are reproducible (and the machine is shared).
"""

from __future__ import annotations

import functools

import faiss
import numpy as np
import numpy.typing as npt

__all__ = ["EXACT_LIMIT", "knn"]

EXACT_LIMIT = 4000
_HNSW_M = 24
_EF_CONSTRUCTION = 64


@functools.lru_cache(maxsize=1)
def _single_thread() -> None:
    faiss.omp_set_num_threads(1)


def knn(
    vectors: npt.NDArray[np.float32], k: int, ef_search: int = 96
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]]:
    """For each row, its ``k`` nearest other rows: (similarities, indices), -1 when absent.

    Rows should be L2-normalised so the inner product is the cosine similarity.
    """
    _single_thread()
    x = np.ascontiguousarray(vectors, dtype=np.float32)
    n = x.shape[0]
    if n == 0 or k <= 0:
        return np.zeros((n, 0), np.float32), np.zeros((n, 0), np.int64)
    want = min(k + 1, n)
    index: faiss.Index
    if n <= EXACT_LIMIT:
        index = faiss.IndexFlatIP(x.shape[1])
    else:
        index = faiss.IndexHNSWFlat(x.shape[1], _HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = _EF_CONSTRUCTION
        index.hnsw.efSearch = max(ef_search, want)
    index.add(x)
    sims, idx = index.search(x, want)
    out_s = np.full((n, k), -1.0, np.float32)
    out_i = np.full((n, k), -1, np.int64)
    for row in range(n):
        cols = [c for c in range(want) if idx[row, c] >= 0 and idx[row, c] != row][:k]
        out_s[row, : len(cols)] = sims[row, cols]
        out_i[row, : len(cols)] = idx[row, cols]
    return out_s, out_i
