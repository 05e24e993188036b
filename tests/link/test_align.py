"""Claim alignment: numbers as intervals, denials, relations within a story."""

from __future__ import annotations

from newstrace.link import Linker
from newstrace.link.align import compare_claims, compare_quantities

from .helpers import claim, doc, qty


def test_intervals_agree_over_and_exact() -> None:
    exact = qty("$7.12 billion", 7.12e9, 7.12e9, "USD", "money")
    over = qty("over $7 billion", 7e9, None, "USD", "money")
    assert compare_quantities([exact], [over]) == "agree"


def test_different_counts_contradict() -> None:
    a = qty("3,000 tanks", 3000, 3000, "tank")
    b = qty("1,500 tanks", 1500, 1500, "tank")
    assert compare_quantities([a], [b]) == "contradict"
    # other units are not compared
    c = qty("1,500 soldiers", 1500, 1500, "soldier")
    assert compare_quantities([a], [c]) is None


def test_denial_contradicts() -> None:
    said = claim("The Velk dam at Orrin was damaged by the blast.", "c1")
    denied = claim(
        "The water ministry denied that the Velk dam at Orrin was damaged by the blast.",
        "c2",
        status="denied",
    )
    assert compare_claims(said, denied) == "contradict"
    assert compare_claims(said, said) == "agree"


def test_silences_agree_and_judge_nothing_else() -> None:
    declined = claim("Orrin Power declined to comment.", "c1", status="no_comment")
    none = claim("The operator, Orrin Power, had no immediate comment.", "c2", status="no_comment")
    said = claim("Orrin Power said the dam was not damaged.", "c3", status="attributed")
    assert compare_claims(declined, none) == "agree"
    assert compare_claims(declined, said) is None and compare_claims(said, none) is None


STORY = (
    "Troops of the Northern Pact massed on the border of Velkaria on Monday, "
    "officials in the capital Orrin said. The defence minister Paulo Estrand spoke to reporters."
)


def test_story_claim_groups() -> None:
    tanks_a = "The Northern Pact moved 3,000 tanks to the Velkarian border."
    tanks_b = "The Northern Pact moved 1,500 tanks to the Velkarian border."
    cost_a = "The operation cost $7.12 billion, the budget office said."
    cost_b = "The operation cost over $7 billion, the budget office said."
    a = doc(
        STORY + " " + tanks_a + " " + cost_a,
        outlet="Orrin Herald",
        published="2031-05-01",
        claims=(
            claim(tanks_a, "a1", (qty("3,000 tanks", 3000, 3000, "tank"),)),
            claim(cost_a, "a2", (qty("$7.12 billion", 7.12e9, 7.12e9, "USD", "money"),)),
        ),
    )
    b = doc(
        STORY + " Reporters saw long convoys. " + tanks_b + " " + cost_b,
        outlet="Velk Observer",
        published="2031-05-02",
        claims=(
            claim(tanks_b, "b1", (qty("1,500 tanks", 1500, 1500, "tank"),)),
            claim(cost_b, "b2", (qty("over $7 billion", 7e9, None, "USD", "money"),)),
        ),
    )
    result = Linker().link([a, b])
    assert len(result.stories) == 1
    groups = {tuple(sorted(m.claim for m in g.members)): g for g in result.claim_groups}
    assert groups[("a1", "b1")].relation == "contradict"
    assert groups[("a2", "b2")].relation == "agree"
    assert groups[("a1", "b1")].first_reported == a.article.id
    assert groups[("a1", "b1")].outlets == ("Orrin Herald", "Velk Observer")


def test_same_origin_and_figure_group_freely_worded_claims() -> None:
    import dataclasses

    import numpy as np

    from newstrace.link.align import ClaimRef, group_claims

    a = dataclasses.replace(
        claim(
            "The Grey Heron channel claims the mayor is buying 40 river barges.",
            "a1",
            (qty("40 river barges", 40, 40, "river barges"),),
        ),
        source="Grey Heron",
    )
    b = dataclasses.replace(
        claim(
            "Citing Grey Heron, the Gazette says the city wants 40 cargo boats.",
            "b1",
            (qty("40 cargo boats", 40, 40, "cargo boats"),),
        ),
        source="Grey Heron",
    )
    c = claim("The harbour reopened on Tuesday.", "c1")
    refs = [ClaimRef("A", a), ClaimRef("B", b), ClaimRef("C", c)]
    # Wording alone (cosine 0.5) is below the 0.75 threshold; a shared named origin
    # and the same figure make up the difference. An unrelated claim stays apart.
    vecs = np.array([[1.0, 0.0, 0.0], [0.5, 0.8660254, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)
    assert group_claims(refs, vecs, threshold=0.75) == [[0, 1], [2]]
    plain = [
        ClaimRef("A", dataclasses.replace(a, source=None)),
        ClaimRef("B", dataclasses.replace(b, source=None)),
        refs[2],
    ]
    assert group_claims(plain, vecs, threshold=0.75) == [[0], [1], [2]]


def test_an_extra_figure_is_detail_not_a_contradiction() -> None:
    both = [
        qty("$7.4 million", 7.4e6, 7.4e6, "USD", "money"),
        qty("$5 million", 5e6, 5e6, "USD", "money"),
    ]  # "$7.4 million, up from an earlier estimate of $5 million"
    about = [qty("about $7 million", 6.3e6, 7.7e6, "USD", "money")]
    assert compare_quantities(both, about) == "agree"
    assert compare_quantities(about, both) == "agree"
    assert compare_quantities([both[1]], about) == "contradict"


def test_not_only_is_not_a_negation() -> None:
    over = qty("over $7 billion", 7e9, None, "USD", "money")
    exact = qty("$7.12 billion", 7.12e9, 7.12e9, "USD", "money")
    a = claim(
        "The strike not only cost the ferry firm over $7 billion but its captains.", "a", (over,)
    )
    b = claim("The strike cost the ferry firm $7.12 billion, its accounts show.", "b", (exact,))
    assert compare_claims(a, b) == "agree"
    c = claim("The strike did not cost the ferry firm $7.12 billion.", "c", (exact,))
    assert compare_claims(c, b) == "contradict"


def test_a_figure_and_its_approximation_are_the_same_figure() -> None:
    from newstrace.link.align import _same_figure

    exact = qty("$12.5 million", 12.5e6, 12.5e6, "USD", "money")
    about = qty("about $12 million", 10.8e6, 13.2e6, "USD", "money")
    other = qty("$12 million", 12e6, 12e6, "USD", "money")
    assert _same_figure(exact, about) and _same_figure(about, other)
    # two exact figures apart are not one figure: the drift is for the group to show
    assert not _same_figure(exact, other)


def test_a_silence_a_statement_and_a_bare_reference_are_not_grouped() -> None:
    from newstrace.analyse.embed import embed_fast
    from newstrace.link.align import ClaimRef, group_claims

    refs = [
        ClaimRef(
            "a",
            claim(
                "The Orrin port authority declined to comment on the talks.",
                "a1",
                status="no_comment",
                source="port authority",
            ),
        ),
        ClaimRef(
            "b",
            claim(
                "The Orrin port authority said it remained open to talks.",
                "b1",
                status="attributed",
                source="port authority",
            ),
        ),
        ClaimRef("a", claim("The claim could not be verified.", "a2", status="rumour")),
        ClaimRef("b", claim("Verdict: False.", "b2", status="denied")),
        ClaimRef(
            "c",
            claim(
                "The Orrin port authority would not comment on the talks.",
                "c1",
                status="no_comment",
                source="port authority",
            ),
        ),
    ]
    emb = embed_fast([r.claim.text for r in refs])
    groups = group_claims(refs, emb, 0.75)
    assert [0, 4] in groups  # two silences of one body are one
    assert [1] in groups and [2] in groups and [3] in groups


def test_counts_compare_by_what_they_count_and_exclusive_bounds_hold() -> None:
    upto = qty("Up to 5,000 workers", None, 5000, "workers")
    more = qty("More than 5,000 dock workers", 5000, None, "dock workers")
    exact = qty("5,000 workers", 5000, 5000, "workers")
    fewer = qty("about 3,000 workers", 2700, 3300, "workers")
    # "dock workers" and "workers" are both workers; up to 5,000 is not more than 5,000
    assert compare_quantities([upto], [more]) == "contradict"
    # a round 5,000 may well be more than 5,000; about 3,000 is up to 5,000
    assert compare_quantities([exact], [more]) == "agree"
    assert compare_quantities([fewer], [upto]) == "agree"
    assert compare_quantities([fewer], [more]) == "contradict"


def test_a_claim_citing_the_outlet_of_another_groups_with_it() -> None:
    import numpy as np

    from newstrace.link.align import ClaimRef, group_claims

    own = claim("Forty tonnes of waste fouled the Kelby lake, a Facebook group said.", "a1")
    cited = claim(
        "Nearly 40 tonnes of waste were dumped in the lake, the Valley Ledger reported.",
        "b1",
        source="Valley Ledger",
    )
    other = claim("The Kelby ferry resumed service on Tuesday.", "c1")
    refs = [ClaimRef("A", own), ClaimRef("B", cited), ClaimRef("C", other)]
    # wording alone (cosine 0.6) is below the threshold; B cites the outlet of A
    vecs = np.array([[1.0, 0.0, 0.0], [0.6, 0.8, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)
    homes = ["valleyledger", "coastalexaminer", "valleyledger"]
    assert group_claims(refs, vecs, threshold=0.75, homes=homes) == [[0, 1], [2]]
    # without the outlets, or citing somebody else, they stay apart
    assert group_claims(refs, vecs, threshold=0.75) == [[0], [1], [2]]
    elsewhere = ["kelbygazette", "coastalexaminer", "kelbygazette"]
    assert group_claims(refs, vecs, threshold=0.75, homes=elsewhere) == [[0], [1], [2]]


def test_a_silence_beside_a_claim_is_not_a_negation() -> None:
    rumour = claim(
        "A source said Vesland had promised fighter jets, a claim the ministry did not comment on.",
        "a1",
        status="rumour",
    )
    denial = claim(
        "The ministry denied reports that fighter jets were promised.", "b1", status="denied"
    )
    assert compare_claims(rumour, denial) == "contradict"
    repeated = claim("Vesland promised fighter jets, a source said.", "c1", status="rumour")
    assert compare_claims(rumour, repeated) == "agree"


def test_one_figure_given_two_values_in_the_same_frame_is_a_dispute() -> None:
    import dataclasses

    import numpy as np

    from newstrace.link.align import ClaimRef, disputed_figure, group_claims
    from newstrace.model import Claim

    def money(text: str, figure: str, value: float, cid: str) -> Claim:
        at = text.index(figure)
        q = dataclasses.replace(
            qty(figure, value, value, "USD", "money"), start=at, end=at + len(figure)
        )
        return claim(text, cid, (q,))

    kessler = money(
        "Senator Ada Kessler said the harbour tunnel would cost $4.2 billion.",
        "$4.2 billion",
        4.2e9,
        "a1",
    )
    varga = money(
        "He said the tunnel would cost about $2.3 billion.", "about $2.3 billion", 2.3e9, "b1"
    )
    upkeep = money("Running the tunnel would cost $300 million a year.", "$300 million", 3e8, "c1")
    sale = money(
        "The city sold the old ferry terminal for $2.3 billion.", "$2.3 billion", 2.3e9, "d1"
    )
    tiny = money("The tunnel study would cost $2.3 million.", "$2.3 million", 2.3e6, "e1")
    assert disputed_figure(kessler, varga)
    assert not disputed_figure(kessler, upkeep)  # a yearly rate
    assert not disputed_figure(kessler, sale)  # another frame
    assert not disputed_figure(kessler, tiny)  # 1,800 times smaller
    assert not disputed_figure(kessler, kessler)  # the same figure
    stadium = money("The new stadium would cost $2.3 billion.", "$2.3 billion", 2.3e9, "f1")
    assert not disputed_figure(kessler, stadium)  # the same frame, another thing
    refs = [ClaimRef("A", kessler), ClaimRef("B", varga)]
    # wording alone (cosine 0.5) is far from the threshold; the dispute joins them
    vecs = np.array([[1.0, 0.0], [0.5, 0.8660254]], dtype=np.float32)
    assert group_claims(refs, vecs, threshold=0.75) == [[0, 1]]
