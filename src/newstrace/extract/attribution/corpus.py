"""Reading PolNeAR (brat standoff) and caching spaCy parses of its texts.

Used by the evaluation harness and the training script only; nothing here runs
in the pipeline. PolNeAR lays out ``<split>/text/<name>.txt`` and
``<split>/attributions/<name>_<annotator>.ann``; when several annotators did an
article, the first ``.ann`` in sorted order is used as the gold.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from pathlib import Path

from ...model import Analysis

__all__ = [
    "GoldDoc",
    "GoldRelation",
    "GoldSpan",
    "parse_ann",
    "parse_cached",
    "phrase_head",
    "read_split",
    "span_tokens",
]


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """A possibly discontinuous annotated span: ``parts`` are (start, end) offsets."""

    parts: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@dataclass(frozen=True, slots=True)
class GoldRelation:
    source: GoldSpan | None
    cue: GoldSpan | None
    content: GoldSpan | None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    name: str
    text: str
    relations: tuple[GoldRelation, ...]


def parse_ann(ann: str) -> tuple[GoldRelation, ...]:
    """Parse the T and E lines of a brat .ann file into relations."""
    spans: dict[str, GoldSpan] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            fields = line.split("\t")
            if len(fields) < 2:
                continue
            label_offsets = fields[1].split(" ", 1)
            if len(label_offsets) != 2:
                continue
            parts: list[tuple[int, int]] = []
            for frag in label_offsets[1].split(";"):
                a, _, b = frag.strip().partition(" ")
                if a.isdigit() and b.isdigit():
                    parts.append((int(a), int(b)))
            if parts:
                spans[fields[0]] = GoldSpan(tuple(sorted(parts)))
        elif line.startswith("E"):
            fields = line.split("\t")
            if len(fields) < 2:
                continue
            roles: dict[str, str] = {}
            for arg in fields[1].split():
                role, _, ref = arg.partition(":")
                roles[role] = ref
            events.append(roles)
    rels = []
    for roles in events:
        rels.append(
            GoldRelation(
                source=spans.get(roles.get("Source", "")),
                cue=spans.get(roles.get("Cue", "")),
                content=spans.get(roles.get("Content", "")),
            )
        )
    return tuple(rels)


def read_split(data: Path, split: str) -> list[GoldDoc]:
    """Read every article of a split with the first annotator's relations."""
    text_dir = data / split / "text"
    ann_dir = data / split / "attributions"
    anns: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        name = path.stem.rsplit("_", 1)[0]
        anns.setdefault(name, path)
    docs = []
    for path in sorted(text_dir.glob("*.txt")):
        ann_path = anns.get(path.stem)
        if ann_path is None:
            continue
        text = path.read_text(encoding="utf-8")
        rels = parse_ann(ann_path.read_text(encoding="utf-8"))
        docs.append(GoldDoc(path.stem, text, rels))
    return docs


def parse_cached(texts: list[str], cache: Path) -> list[Analysis]:
    """Analyse texts with spaCy, reusing a pickle cache keyed by the texts' hash."""
    from ... import analyse
    from ...analyse import SpacyAnalyser

    # the parses are only good for the analyse code that made them
    code = b"".join(p.read_bytes() for p in sorted(Path(analyse.__file__).parent.glob("*.py")))
    key = "\x1e".join(texts).encode("utf-8", "surrogatepass") + code
    digest = hashlib.sha256(key).hexdigest()[:16]
    path = cache / f"parses-{digest}.pkl"
    if path.exists():
        with path.open("rb") as fh:
            loaded: list[Analysis] = pickle.load(fh)
        return loaded
    analyses = SpacyAnalyser().analyse_many(texts)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(analyses, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return analyses


def span_tokens(analysis: Analysis, parts: tuple[tuple[int, int], ...]) -> list[int]:
    """Indices of the tokens overlapping any of the character ranges ``parts``."""
    import bisect

    toks = analysis.tokens
    starts = [t.start for t in toks]
    out: list[int] = []
    for s, e in parts:
        i = max(0, bisect.bisect_right(starts, s) - 1)
        while i < len(toks) and toks[i].start < e:
            if toks[i].end > s:
                out.append(i)
            i += 1
    return out


def phrase_head(analysis: Analysis, idx: list[int]) -> int:
    """The first token of ``idx`` whose syntactic head lies outside ``idx``."""
    inside = set(idx)
    for i in idx:
        h = analysis.tokens[i].head
        if h == i or h not in inside:
            return i
    return idx[0]
