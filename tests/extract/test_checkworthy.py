"""Check-worthiness: the shipped model and the plain-array linear model behind it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from newstrace.errors import ModelError
from newstrace.extract.checkworthy import (
    SURFACE_NAMES,
    CheckWorthiness,
    LinearTextModel,
    char_wb_tokens,
    surface_features,
)

TRAIN = [
    "The dam in Orlin holds 40 million cubic metres of water.",
    "Unemployment in Velmora rose to 7 percent last year.",
    "The ferry carried 300 passengers in March.",
    "Taxes on fuel doubled in 2019 under the new law.",
    "Good evening and welcome to the debate.",
    "Thank you all for coming tonight.",
    "I think we should talk about the future.",
    "Let me say how happy I am to be here.",
]
LABELS = np.array([1, 1, 1, 1, 0, 0, 0, 0])


def test_plain_array_model_matches_scikit_learn(tmp_path: Path) -> None:
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    x = vec.fit_transform(TRAIN)
    rng = np.random.default_rng(0)
    emb = rng.normal(size=(len(TRAIN), 4)).astype(np.float32)
    surf = np.array([surface_features(t) for t in TRAIN])
    mean, scale = surf.mean(axis=0), np.where(surf.std(axis=0) == 0, 1.0, surf.std(axis=0))
    full = sparse.hstack(
        [x, sparse.csr_matrix(emb), sparse.csr_matrix((surf - mean) / scale)]
    ).tocsr()
    lr = LogisticRegression(C=10.0).fit(full, LABELS)
    n = x.shape[1]
    model = LinearTextModel(
        vocab={w: int(i) for w, i in vec.vocabulary_.items()},
        idf=vec.idf_,
        coef_tfidf=lr.coef_[0][:n],
        coef_emb=lr.coef_[0][n : n + 4],
        coef_surface=lr.coef_[0][n + 4 :],
        surface_mean=mean,
        surface_scale=scale,
        intercept=float(lr.intercept_[0]),
    )
    ours = model.decision(TRAIN, emb, surf)
    assert np.allclose(ours, lr.decision_function(full), atol=1e-6)
    model.save(tmp_path / "m.npz")
    again = LinearTextModel.load(tmp_path / "m.npz")
    assert np.allclose(again.decision(TRAIN, emb, surf), ours, atol=1e-4)


def test_surface_features_have_their_names() -> None:
    f = surface_features("Prices rose 30 percent in 2019, officials in Orlin said.")
    named = dict(zip(SURFACE_NAMES, f, strict=True))
    assert named["has_digit"] == 1.0 and named["has_money_or_percent"] == 1.0
    assert named["has_year"] == 1.0 and named["question"] == 0.0


def test_missing_model_file_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as exc:
        CheckWorthiness(tmp_path / "nothing.npz").warm_up()
    assert exc.value.code == "NT302"


def test_shipped_model_ranks_factual_claims_above_pleasantries() -> None:
    cw = CheckWorthiness()
    scores = cw.score(
        [
            "Velmora spent $4.2 billion on its navy in 2021, twice what it spent in 2015.",
            "Unemployment in the province has fallen to 3 percent, the lowest since 1990.",
            "Thank you so much, it is wonderful to be here with all of you tonight.",
            "Well, let me just say, I love this country.",
        ]
    )
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert min(scores[:2]) > max(scores[2:])


def test_long_input_is_scored() -> None:
    text = " ".join(["The ferry carried 300 passengers."] * 1200)
    (score,) = CheckWorthiness().score([text])
    assert 0.0 <= score <= 1.0


def test_char_ngrams_match_scikit_learn() -> None:
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5))
    analyse = vec.build_analyzer()
    for text in [*TRAIN, "A  b\tI'm  x", "", "Ostra's $4.1bn port, up 8%!"]:
        assert char_wb_tokens(text, 2, 5) == analyse(text)


def test_char_block_matches_scikit_learn(tmp_path: Path) -> None:
    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    xw, xc = word.fit_transform(TRAIN), char.fit_transform(TRAIN)
    rng = np.random.default_rng(1)
    emb = rng.normal(size=(len(TRAIN), 3)).astype(np.float32)
    surf = np.array([surface_features(t) for t in TRAIN])
    mean, scale = surf.mean(axis=0), np.where(surf.std(axis=0) == 0, 1.0, surf.std(axis=0))
    full = sparse.hstack(
        [xw, xc, sparse.csr_matrix(emb), sparse.csr_matrix((surf - mean) / scale)]
    ).tocsr()
    lr = LogisticRegression(C=10.0).fit(full, LABELS)
    coef = lr.coef_[0]
    nw, nc = xw.shape[1], xc.shape[1]
    model = LinearTextModel(
        vocab={w: int(i) for w, i in word.vocabulary_.items()},
        idf=word.idf_,
        coef_tfidf=coef[:nw],
        coef_emb=coef[nw + nc : nw + nc + 3],
        coef_surface=coef[nw + nc + 3 :],
        surface_mean=mean,
        surface_scale=scale,
        intercept=float(lr.intercept_[0]),
        char_vocab={g: int(i) for g, i in char.vocabulary_.items()},
        char_idf=char.idf_,
        coef_char=coef[nw : nw + nc],
        calib_a=0.5,
        calib_b=-1.0,
    )
    ours = model.decision(TRAIN, emb, surf)
    assert np.allclose(ours, lr.decision_function(full), atol=1e-6)
    assert np.allclose(model.decision(TRAIN, emb, surf), ours)  # again, from the word cache
    model.save(tmp_path / "m.npz")
    again = LinearTextModel.load(tmp_path / "m.npz")
    assert again.char_ngram == (2, 5) and (again.calib_a, again.calib_b) == (0.5, -1.0)
    probs = again.predict(TRAIN, emb, surf)
    assert np.allclose(probs, 1 / (1 + np.exp(-(0.5 * ours - 1.0))), atol=1e-4)


NEWS_CLAIMS = [
    "The ministry spent $7.12 billion on tanks in 2023.",
    "Unemployment in Orlin fell to 4.8 percent last year, the lowest since 1999.",
    "The council voted 7 to 2 on Tuesday to close the Ostra ferry terminal.",
    "Velmora's exports of grain doubled between 2015 and 2020, customs figures show.",
]
NEWS_OTHER = [
    "It was a bright, cold morning in the harbour.",
    "Thank you all for coming out tonight.",
    "We will never give up on the people of this city.",
    "What a wonderful, beautiful day it is for all of us.",
    "The mood in the room was tense but hopeful.",
]


def test_news_style_claims_outscore_opinion_and_chit_chat() -> None:
    cw = CheckWorthiness()
    claims, other = cw.score(NEWS_CLAIMS), cw.score(NEWS_OTHER)
    assert min(claims) > max(other)
    assert claims[0] >= cw.threshold > max(other)  # "$7.12 billion on tanks" is a claim
