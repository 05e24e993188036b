"""Bytes to text: UTF-8 first, then charset detection (charset-normalizer only here)."""

from __future__ import annotations

__all__ = ["decode_bytes", "looks_binary"]

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes (outside UTF-16) or many control bytes."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, enc in _BOMS if enc == "utf-16"):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.1


def decode_bytes(data: bytes) -> str | None:
    """Decode to str, or None when no encoding gives sensible text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    high = sum(1 for b in data if b >= 0x80)
    if high < len(data) * 0.1:
        # Mostly ASCII with a few accented letters: Windows-1252 is by far the likeliest
        # (statistical detection misfires on short Western European texts).
        try:
            return _readable(data.decode("cp1252"))
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return _readable(str(best))


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a cut or corrupted download) stays UTF-8, the
    stray bytes becoming U+FFFD: read as Windows-1252 instead, every accented letter
    of it would turn to mojibake ('Zoë' -> 'ZoÃ«')."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) >= 0x80 and ch != "\ufffd")
    if good >= 1 and bad <= max(3, good // 10, len(text) // 1000):
        return text
    return None


def _readable(text: str) -> str | None:
    """None for text no reader could use: replacement characters, or no word breaks at all."""
    if text.count("\ufffd") > max(3, len(text) // 100):
        return None
    if len(text) > 100 and sum(ch.isspace() for ch in text) < len(text) * 0.01:
        return None
    return text
