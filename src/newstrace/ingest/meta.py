"""Building an Article: id from the normalised text, outlet from metadata, URL or folder."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..model import Article

__all__ = ["make_article", "outlet_from_url", "title_from_text"]


def outlet_from_url(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def title_from_text(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped[:300]
    return ""


def make_article(
    *,
    text: str,
    title: str = "",
    url: str = "",
    outlet: str = "",
    published: str | None = None,
    author: str = "",
    origin: str = "",
    fallback_outlet: str = "",
) -> Article:
    """Outlet from metadata, else the URL's domain, else the parent folder's name.

    NUL characters (which no database text column holds) become U+FFFD, one for one,
    so every character offset still holds.
    """
    text = text.replace("\x00", "\ufffd")
    title = title.replace("\x00", "")
    return Article(
        id=Article.make_id(text),
        text=text,
        title=title or title_from_text(text),
        outlet=outlet or outlet_from_url(url) or fallback_outlet,
        url=url,
        published=published,
        author=author,
        origin=origin,
    )
