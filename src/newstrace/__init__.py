"""newstrace: who says what in the news, through whom, and from how many origins."""

__version__ = "0.1.0"
