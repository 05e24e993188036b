"""The datasketch adapter: MinHash signatures and an LSH index over them.

datasketch is imported only here. A signature is 128 MinHash values (datasketch's
affine32 scheme, crc32 shingle hashes, seed 1) over the article's word 5-shingles, serialised as ``b"NTMH1"`` + 128 little-endian
uint64 values, so the ledger can keep it and the index can be rebuilt from it
without re-reading the text.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from .text import shingles

__all__ = ["NUM_PERM", "SEED", "MinHashIndex", "decode", "jaccard", "signature"]

NUM_PERM = 128
SEED = 1
_MAGIC = b"NTMH1"
_SCHEME = "affine32"


@functools.lru_cache(maxsize=1)
def _permutations() -> object:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=_SCHEME).permutations


def _minhash(values: np.ndarray | None = None) -> MinHash:
    # crc32 is a stable, fast 32-bit hash of each shingle; the permutations are
    # drawn once (seeded) and shared, so signatures from any run are comparable.
    return MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashfunc=zlib.crc32,
        hashvalues=values,
        permutations=_permutations(),
        scheme=_SCHEME,
    )


_EMPTY = np.asarray(_minhash().hashvalues, dtype=np.uint64)


def signature(text: str) -> bytes:
    """The MinHash signature of an article text, as bytes to persist."""
    grams = shingles(text)
    if not grams:
        return _MAGIC + _EMPTY.astype("<u8").tobytes()
    mh = _minhash()
    mh.update_batch([g.encode("utf-8", "surrogatepass") for g in sorted(set(grams))])
    return _MAGIC + np.asarray(mh.hashvalues, dtype="<u8").tobytes()


def decode(sig: bytes) -> np.ndarray | None:
    """The hash values in a signature, or None when it is not one of ours."""
    if not isinstance(sig, bytes | bytearray) or not sig.startswith(_MAGIC):
        return None
    body = bytes(sig[len(_MAGIC) :])
    if len(body) != NUM_PERM * 8:
        return None
    return np.frombuffer(body, dtype="<u8").astype(np.uint64)


def jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    va, vb = decode(a), decode(b)
    if va is None or vb is None:
        return 0.0
    if np.array_equal(va, _EMPTY) or np.array_equal(vb, _EMPTY):
        return 1.0 if np.array_equal(va, vb) else 0.0
    return float(np.count_nonzero(va == vb)) / NUM_PERM


class MinHashIndex:
    """An LSH index of signatures keyed by article id (candidate pairs above ~threshold)."""

    def __init__(self, threshold: float = 0.5) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, bytes] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, key: str, sig: bytes) -> None:
        values = decode(sig)
        if values is None or key in self._sigs or np.array_equal(values, _EMPTY):
            return
        self._lsh.insert(key, _minhash(values), check_duplication=False)
        self._sigs[key] = sig

    def query(self, sig: bytes) -> list[str]:
        values = decode(sig)
        if values is None or np.array_equal(values, _EMPTY):
            return []
        return sorted(str(k) for k in self._lsh.query(_minhash(values)))

    def query_keys(self, sig: bytes) -> list[str]:
        """Like ``query`` but unsorted (cheaper for large buckets)."""
        values = decode(sig)
        if values is None or np.array_equal(values, _EMPTY):
            return []
        return [str(k) for k in self._lsh.query(_minhash(values))]

    def pairs(self, keys: Iterable[str]) -> list[tuple[str, str, float]]:
        """Candidate pairs (a < b) among ``keys`` and the index, with estimated Jaccard."""
        seen: set[tuple[str, str]] = set()
        out: list[tuple[str, str, float]] = []
        for key in keys:
            sig = self._sigs.get(key)
            if sig is None:
                continue
            for other in self.query(sig):
                if other == key:
                    continue
                pair = (key, other) if key < other else (other, key)
                if pair in seen:
                    continue
                seen.add(pair)
                out.append((pair[0], pair[1], jaccard(self._sigs[pair[0]], self._sigs[pair[1]])))
        return sorted(out)
