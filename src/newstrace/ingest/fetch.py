"""Fetching http(s) URLs with a timeout and a size cap (stdlib urllib only)."""

from __future__ import annotations

import urllib.error
import urllib.request

from .base import Limits

__all__ = ["FetchError", "fetch_url"]

USER_AGENT = "newstrace/0.1 (+https://github.com/newstrace/newstrace)"


class FetchError(Exception):
    def __init__(self, reason: str, fix: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.fix = fix


def fetch_url(url: str, limits: Limits) -> tuple[bytes, str, str]:
    """Return (body, content type, final URL); raise FetchError with a fix on failure."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=limits.timeout) as resp:
            body = resp.read(limits.max_bytes + 1)
            ctype = resp.headers.get("Content-Type", "")
            final = resp.geturl()
    except urllib.error.HTTPError as exc:
        raise FetchError(
            f"HTTP {exc.code} {exc.reason}", "check the URL, or save the page and add the file"
        ) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(
            f"unreachable ({reason})",
            "check the network and the URL, or save the page and add the file",
        ) from exc
    if len(body) > limits.max_bytes:
        raise FetchError(
            f"larger than {limits.max_bytes} bytes",
            "raise --max-bytes, or save the article text and add the file",
        )
    return body, ctype, final
