"""Language analysis: the spaCy adapter (spaCy is imported only in this package)."""

from .nlp import AnalyseStage, SpacyAnalyser, load_spacy_model

__all__ = ["AnalyseStage", "SpacyAnalyser", "load_spacy_model"]
