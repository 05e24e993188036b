"""Text features of the check-worthiness model: tokens for its two tf-idf blocks and
cheap surface features (regular expressions only; no parse, so scoring stays cheap).

- ``tfidf_tokens``: lower-cased word 1-2-grams, as scikit-learn's default word
  analyzer builds them;
- ``char_wb_tokens``: character n-grams inside word boundaries, as scikit-learn's
  ``analyzer="char_wb"`` builds them;
- ``surface_features``: numbers and quantities, names, person, questions, length,
  and counts of small word classes that separate checkable claims from talk
  (past-tense and reporting verbs, modals and promises, comparisons and records,
  opinion and pleasantry words, dates, negation, policy vocabulary, fragments).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from ..model import Quantity
from .cuefilter import NeedIndex
from .quantities import parse_quantities

__all__ = ["SURFACE_NAMES", "char_wb_tokens", "surface_features", "tfidf_tokens"]

TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
_WHITE = re.compile(r"\s\s+")  # scikit-learn's white-space normaliser for char_wb


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)


# word classes counted by surface_features (log1p of the number of matches)
_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number_words", _words("millions?", "billions?", "trillions?", "thousands?", "hundreds?",
                            "dozens?", "percent", "half", "twice", "doubled?", "tripled?",
                            "third", "quarter")),
    ("past_verbs", _words("was", "were", "had", "did", "voted", "said", "passed", "signed",
                          "lost", "went", "became", "created", "increased", "decreased", "rose",
                          "fell", "grew", "cut", "raised")),
    ("ed_words", re.compile(r"\b\w{3,}ed\b", re.I)),
    ("modals", _words("will", "would", "should", "could", "can", "might", "must", "going to",
                      "gonna", "ll")),
    ("comparisons", _words("more", "less", "fewer", "most", "least", "highest", "lowest",
                           "largest", "biggest", "smallest", "worst", "best", "record", "ever",
                           "never", "since", "first", "only", "than", "increase[ds]?",
                           "decrease[ds]?", "up", "down")),
    ("est_words", re.compile(r"\b\w{3,}est\b", re.I)),
    ("opinion_words", _words("think", "believe", "feel", "hope", "want", "wish", "love",
                             "great", "wonderful", "terrible", "beautiful", "incredible",
                             "amazing", "tremendous", "horrible", "bad", "good")),
    ("obligation", _words("need", "needs", "have to", "has to", "ought", "let's", "let us")),
    ("pleasantries", _words("thank", "thanks", "applause", "laughter", "crosstalk", "welcome",
                            "ladies", "gentlemen")),
    ("time_words", _words("years?", "ago", "last", "since", "today", "january", "february",
                          "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "months?", "decade", "century")),
    ("negation", _words("not", "no", "never", "n't", "nobody", "nothing")),
    ("economy_words", _words("tax", "taxes", "jobs?", "unemployment", "economy", "debt",
                             "deficit", "budget", "spending", "trade", "wages", "income",
                             "dollars", "money", "health", "insurance", "crime", "immigrants",
                             "illegal")),
    ("government_words", _words("president", "congress", "senate", "parliament",
                                "administration", "government", "law", "bill", "voted", "vote",
                                "state", "states", "federal", "ministry", "minister")),
    ("promise", re.compile(r"\b(?:we|I)(?:'ll| will| are going to| am going to|'m going to"
                           r"|'re going to)\b", re.I)),
    ("reporting", _words("said", "says", "say", "according", "reported", "claims?")),
    ("pronoun_start", re.compile(r"^\W*(?:I|we|you|they|it|that|this|he|she)\b", re.I)),
    ("fragment_start", re.compile(r"^\W*[a-z\u2014\u2013-]")),
    ("fragment_end", re.compile(r"[\u2014\u2013-]\s*$")),
    ("talk_fillers", _words("you know", "i mean", "okay", "ok", "yeah", "well", "folks",
                            "believe me")),
)  # fmt: skip

# which classes may match a sentence: one that lacks the literals a class cannot match
# without (``cuefilter.needs``) has no match of it, so its count is 0 without a scan
_CLASS_INDEX = NeedIndex([(pattern.pattern, pattern.flags) for _, pattern in _CLASSES])

SURFACE_NAMES = (
    "has_digit",
    "n_quantities",
    "has_money_or_percent",
    "n_capitalised",
    "first_person",
    "second_person",
    "question",
    "log_len",
    "has_year",
    "exclaim",
    *(name for name, _ in _CLASSES),
    "n_digits",
    "capitalised_ratio",
)
_FIRST = re.compile(r"\b(?:I|I'm|I've|me|my|we|we're|our|us)\b")
_SECOND = re.compile(r"\b(?:you|your|you're)\b", re.I)
_CAP = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")
_CAP_ANY = re.compile(r"\b[A-Z][a-z]+")


def surface_features(text: str, quantities: Sequence[Quantity] | None = None) -> list[float]:
    """Cheap features of the sentence text (see ``SURFACE_NAMES``).

    ``quantities`` are the text's quantities when the caller has them already.
    """
    qs = parse_quantities(text[:5000]) if quantities is None else quantities
    kinds = {q.kind for q in qs}
    n_words = max(1, len(text.split()))
    stripped = text.rstrip()
    may = _CLASS_INDEX.bits(text)
    return [
        float(any(map(str.isdigit, text))),
        math.log1p(len([q for q in qs if q.kind != "year"])),
        float(bool(kinds & {"money", "percent"})),
        math.log1p(len(_CAP.findall(text))),
        float(bool(_FIRST.search(text))),
        float(bool(_SECOND.search(text))),
        float(stripped.endswith("?")),
        math.log(n_words),
        float("year" in kinds),
        float(stripped.endswith("!")),
        *(
            math.log1p(len(pattern.findall(text))) if may >> i & 1 else 0.0
            for i, (_, pattern) in enumerate(_CLASSES)
        ),
        math.log1p(sum(map(str.isdigit, text))),
        len(_CAP_ANY.findall(text)) / n_words,
    ]


def tfidf_tokens(text: str, ngram: int = 2) -> list[str]:
    """Lower-cased word n-grams as scikit-learn builds them."""
    words = TOKEN_RE.findall(text.lower())
    out = list(words)
    for n in range(2, ngram + 1):
        out.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return out


def char_wb_tokens(text: str, min_n: int, max_n: int) -> list[str]:
    """Character n-grams within word boundaries, as scikit-learn's ``char_wb`` builds them."""
    out: list[str] = []
    for word in _WHITE.sub(" ", text.lower()).split():
        w = f" {word} "
        size = len(w)
        for n in range(min_n, max_n + 1):
            if size <= n:  # a short word counts once, whole
                out.append(w)
                break
            out.extend(w[i : i + n] for i in range(size - n + 1))
    return out
