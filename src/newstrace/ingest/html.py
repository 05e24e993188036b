"""HTML to article text and metadata (trafilatura is imported only here)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["HtmlDoc", "extract_html"]


@dataclass(frozen=True, slots=True)
class HtmlDoc:
    text: str
    title: str
    author: str
    date: str | None
    site: str
    url: str


def _date(value: str | None) -> str | None:
    """ISO date or datetime; a bare midnight means the page gave a day only."""
    if not value:
        return None
    if value.endswith(("T00:00:00+0000", "T00:00:00")):
        return value[:10]
    if len(value) > 19 and value[-5] in "+-":  # +0000 -> +00:00 (ISO 8601 extended)
        value = f"{value[:-2]}:{value[-2:]}"
    return value


def extract_html(html: str, url: str = "") -> HtmlDoc | None:
    """Main text and metadata of a page, or None when no article text is found."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url or None,
        include_comments=False,
        include_tables=False,
        favor_precision=False,
        with_metadata=True,
        # keep the time of day when the page gives it: it orders same-day reports
        date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True},
    )
    if doc is None:
        return None
    text = (getattr(doc, "text", None) or "").strip()
    if not text:
        return None
    return HtmlDoc(
        text=text,
        title=(getattr(doc, "title", None) or "").strip(),
        author=(getattr(doc, "author", None) or "").strip(),
        date=_date(getattr(doc, "date", None)),
        site=(getattr(doc, "sitename", None) or "").strip(),
        url=(getattr(doc, "url", None) or url or "").strip(),
    )
