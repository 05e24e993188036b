"""Ingest results: an input is either Accepted (an Article) or Rejected (why, and the fix)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Article

__all__ = ["Accepted", "IngestResult", "Limits", "Rejected"]


@dataclass(frozen=True, slots=True)
class Accepted:
    article: Article


@dataclass(frozen=True, slots=True)
class Rejected:
    origin: str
    reason: str
    fix: str
    code: str = ""  # the errors.ERRORS entry, for the rejections that have one

    def line(self) -> str:
        """The one line shown to the user: file, reason, fix."""
        code = f"[{self.code}] " if self.code else ""
        return f"{self.origin}: {code}{self.reason} — {self.fix}"

    @classmethod
    def coded(cls, origin: str, code: str, **fields: object) -> Rejected:
        """A rejection worded by the errors catalogue (``code`` names its entry)."""
        from ..errors import IngestError

        exc = IngestError(code, **fields)
        return cls(origin, exc.reason, exc.fix, code)


IngestResult = Accepted | Rejected


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps that keep a batch safe from hostile or accidental input."""

    max_bytes: int = 5_000_000
    timeout: float = 15.0
    min_chars: int = 1
    # The most characters one article may hold: the analyser's own limit
    # (newstrace.analyse.nlp.MAX_CHARS); a longer text is refused here, with a fix,
    # instead of failing inside the analysis on every run.
    max_chars: int = 2_000_000

    def __post_init__(self) -> None:
        from ..errors import ConfigError

        if self.max_bytes <= 0:
            raise ConfigError(
                "NT101", name="max_bytes", expected="a positive integer", got=self.max_bytes
            )
        if self.max_chars <= 0:
            raise ConfigError(
                "NT101", name="max_chars", expected="a positive integer", got=self.max_chars
            )
        if self.timeout <= 0:
            raise ConfigError(
                "NT101", name="timeout", expected="a positive number", got=self.timeout
            )
