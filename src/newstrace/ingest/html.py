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
        date=getattr(doc, "date", None) or None,
        site=(getattr(doc, "sitename", None) or "").strip(),
        url=(getattr(doc, "url", None) or url or "").strip(),
    )
