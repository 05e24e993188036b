"""The claims stage end to end on invented articles (real spaCy and attribution)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from newstrace.extract.attribution import AttributionStage
from newstrace.extract.claims import ClaimStage, covering_attribution, origin_name
from newstrace.model import ArticleDoc, Attribution, Source, SourceKind, Span, Status, content_id
from newstrace.pipeline import Stage

ARTICLE = (
    "A rumour spread on Telegram that the Velmoran navy had lost twelve patrol boats near Ostra. "
    "The Ministry of Defence didn't comment on the rumor. "
    "The port of Ostra handled $7.12 billion of cargo last year, up 30 percent. "
    '"This is a disgraceful, cowardly smear," Mayor Ilse Brandt said. '
    "The government's handling of the storm has been a shameful, arrogant disaster. "
    "The storm may have damaged as many as 40 ships. "
    "Two trawlers sank off Velm on Sunday, officials said."
)


@pytest.fixture(scope="module")
def stage() -> ClaimStage:
    s = ClaimStage()
    s.warm_up()
    return s


@pytest.fixture(scope="module")
def run(make_doc: Callable[..., ArticleDoc], stage: ClaimStage) -> Callable[[str], ArticleDoc]:
    att = AttributionStage()

    def go(text: str) -> ArticleDoc:
        return stage(att(make_doc(text)))

    return go


def test_stage_contract(stage: ClaimStage) -> None:
    assert isinstance(stage, Stage)
    assert stage.name == "claims" and stage.version == "1"
    assert stage.requires == frozenset({"parse", "sentences", "entities", "attributions"})
    assert stage.provides == frozenset({"claims", "opinions"})


def test_claims_spans_ids_and_statuses(run: Callable[[str], ArticleDoc]) -> None:
    doc = run(ARTICLE)
    assert "claims" in doc.done
    text = doc.article.text
    by_start = {c.text.split()[0] + " " + c.text.split()[1]: c for c in doc.claims}
    for c in doc.claims:
        assert text[c.start : c.end] == c.text
        assert c.id == content_id(doc.article.id, "claim", c.start, c.end)
        assert 0.0 <= c.checkworthiness <= 1.0
        assert c.status in {s.value for s in Status}
        for q in c.quantities:
            assert text[q.start : q.end] == q.text
    assert by_start["A rumour"].status == "rumour"
    assert by_start["The Ministry"].status == "no_comment"
    port = by_start["The port"]
    assert port.status == "unattributed" and port.source is None
    assert [q.kind for q in port.quantities] == ["money", "percent"]
    assert "Ostra" in port.entities
    storm = by_start["The storm"]
    assert storm.status == "speculative" and "may" in storm.cues
    assert [(q.low, q.high, q.unit) for q in storm.quantities] == [(None, 40, "ships")]
    sank = by_start["Two trawlers"]
    assert sank.status == "alleged"  # an unnamed source
    assert sank.source is not None and sank.attribution is not None


def test_a_wish_ascribed_to_somebody_is_the_writers_claim(
    run: Callable[[str], ArticleDoc],
) -> None:
    doc = run(
        "Mayor Lena Orvik wants to sell the Ostra ferry for $2 million. "
        "Mayor Lena Orvik said the Ostra ferry would be sold for $2 million."
    )
    wants, said = doc.claims
    assert wants.status == "unattributed" and wants.source is None
    assert said.status == "attributed" and said.source == "Lena Orvik"


def test_an_offer_to_act_ascribed_to_somebody_is_the_writers_claim(
    run: Callable[[str], ArticleDoc],
) -> None:
    doc = run(
        "Now Mayor Eli Varga is offering to buy any boat the harbour needs. "
        "Mayor Eli Varga offered his assessment of the harbour on Monday."
    )
    offer, assessment = doc.claims
    # the writer says what Varga proposes to do: Varga is on record saying nothing
    assert offer.status == "unattributed" and offer.source is None
    # what was offered is an assessment: that is Varga's word
    assert assessment.source == "Eli Varga"


def test_a_claim_named_inside_a_sentence_leaves_the_sentence_to_its_speaker(
    run: Callable[[str], ArticleDoc],
) -> None:
    doc = run(
        "Two dock workers spoke to the Harbor Times on Monday. The consortium's claim that "
        "it had paid $2 million for the ferry was never true, one of them said."
    )
    claim = next(c for c in doc.claims if "never true" in c.text)
    assert claim.status == "denied" and claim.source != "consortium"


def test_a_byline_is_neither_claim_nor_opinion(run: Callable[[str], ArticleDoc]) -> None:
    doc = run(
        "Ferry sold, channel says\n\nBy Oda Strand, Vardholm Courier\n\n"
        "The Ostra ferry was sold for $2 million, the Telegram channel Vell Watch said."
    )
    assert not any("Oda Strand" in c.text for c in doc.claims)
    assert not any("Oda Strand" in o.text for o in doc.opinions)
    assert any("$2 million" in c.text for c in doc.claims)


def test_what_the_article_says_of_itself_is_neither_claim_nor_opinion(
    run: Callable[[str], ArticleDoc],
) -> None:
    notes = (
        "This article is fiction, written for a newstrace test.",
        "This story has been updated with a statement from the ferry line.",
        "Reporting by Oda Strand; Editing by Per Lund",
        "Ida Berg contributed reporting.",
    )
    doc = run(
        "The Ostra ferry was sold for $2 million, the ferry line said.\n\n" + "\n\n".join(notes)
    )
    for note in notes:
        assert not any(note[:20] in c.text for c in doc.claims), note
        assert not any(note[:20] in o.text for o in doc.opinions), note
    assert any("$2 million" in c.text for c in doc.claims)
    # a report about a story is still a claim
    denial = run("The ferry line said the story was false.")
    assert denial.claims


def test_opinions_keep_writer_and_quoted_apart(run: Callable[[str], ArticleDoc]) -> None:
    doc = run(ARTICLE)
    holders = {o.text[:12]: o.holder for o in doc.opinions}
    assert holders.get("The governme") == "writer"
    assert holders.get('"This is a d') == "quoted"
    writer = next(o for o in doc.opinions if o.text.startswith("The government"))
    assert {s.text.lower() for s in writer.loaded} & {"shameful", "arrogant", "disaster"}
    for o in doc.opinions:
        assert doc.article.text[o.start : o.end] == o.text
        for s in o.loaded:
            assert doc.article.text[s.start : s.end] == s.text


def test_writer_loaded_words_around_a_quote_make_it_the_writers(
    run: Callable[[str], ArticleDoc],
) -> None:
    doc = run(
        "In a typically arrogant and shameful outburst, Mayor Ilse Brandt said "
        '"the harbour fees are fair."'
    )
    assert doc.opinions and doc.opinions[0].holder == "writer"


def test_bad_input_does_not_crash(run: Callable[[str], ArticleDoc]) -> None:
    text = (
        "Officials counted 940 000 voters and 1.000,5 euros in fees, about 1k ballots. "
        "The count ended at 2.15pm (or so (they said (at least))). "
        + " ".join(["The ferry carried 300 passengers"] * 800)
        + "."
    )
    doc = run(text)
    for c in doc.claims:
        assert text[c.start : c.end] == c.text
    first = doc.claims[0]
    assert any(q.low == 940000 for q in first.quantities)


def test_empty_and_unanalysed_docs(make_doc: Callable[..., ArticleDoc], stage: ClaimStage) -> None:
    doc = make_doc("")
    out = stage(doc)
    assert out.claims == () and out.opinions == () and "claims" in out.done
    bare = dataclasses.replace(doc, analysis=None)
    assert stage(bare).claims == ()


def test_covering_attribution_prefers_innermost_and_origin_is_chain_end() -> None:
    outer = Attribution("o", Source(None, SourceKind.OUTLET, "Daily Orlin"), None,
                        Span(0, 100, "x" * 100), chain=("Daily Orlin",))  # fmt: skip
    inner = Attribution("i", Source(None, SourceKind.PERSON, "Ilse Brandt"), None,
                        Span(10, 60, "y" * 50), chain=("Daily Orlin", "Ilse Brandt"))  # fmt: skip
    assert covering_attribution(12, 58, [outer, inner]) is inner
    assert covering_attribution(70, 95, [outer, inner]) is outer
    assert covering_attribution(200, 250, [outer, inner]) is None
    assert origin_name(inner) == "Ilse Brandt" and origin_name(None) is None


def test_classify_tasks_bad_rows_and_unknown_task() -> None:
    from newstrace.errors import ConfigError
    from newstrace.extract.classify import classify

    rows: list[dict[str, object]] = [
        {"id": 1, "text": "Velmora spent $4.2 billion on its navy in 2021."},
        {"id": 2, "text": None},
        {"id": 3, "text": "Thank you all for coming tonight."},
    ]
    cw = list(classify("checkworthiness", rows))
    assert [r["id"] for r in cw] == [1, 2, 3]
    assert "error" in cw[1] and "score" not in cw[1]
    assert float(cw[0]["score"]) > float(cw[2]["score"])  # type: ignore[arg-type]
    status = list(classify("status", [{"id": "a", "text": "The ministry denied the report."},
                                      {"id": "b", "text": "Ferry line to close route, officials say"}]))  # fmt: skip
    assert [r["status"] for r in status] == ["denied", "alleged"]
    op = list(
        classify(
            "opinion", [{"id": "x", "text": "The mayor's reckless, shameful plan is a disgrace."}]
        )
    )
    assert op[0]["label"] == "opinion" and "shameful" in op[0]["loaded"]  # type: ignore[operator]
    with pytest.raises(ConfigError) as exc:
        classify("sentiment", rows)
    assert exc.value.code == "NT102"


def test_covering_attribution_prefers_the_main_report_over_an_aside() -> None:
    text = (
        "The account of Iron Owl, widely assumed to belong to two clerks, said Monday that "
        "the ferry board is selling its oldest boat."
    )

    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words), words)

    aside = Attribution("a", None, span("widely assumed"), span("to belong to two clerks"))
    said = Attribution(
        "s",
        Source(span("The account of Iron Owl"), SourceKind.SOCIAL_MEDIA, "Iron Owl"),
        span("said"),
        span("that the ferry board is selling its oldest boat"),
    )
    # both cues are in the sentence: the report covering more of it is the sentence's
    assert covering_attribution(0, len(text), [aside, said]) is said
    # a report nested in it is preferred to it (innermost along the chain)
    nested = Attribution(
        "n",
        Source(None, SourceKind.ORGANISATION, "ferry board"),
        None,
        span("the ferry board is selling its oldest boat"),
        parent="s",
    )
    assert covering_attribution(0, len(text), [aside, said, nested]) is nested


def test_covering_attribution_does_not_descend_into_an_act() -> None:
    text = "Iron Owl said that Vrana is negotiating, which Orvalle doubts, by offering grain."

    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words), words)

    said = Attribution(
        "s",
        Source(span("Iron Owl"), SourceKind.SOCIAL_MEDIA, "Iron Owl"),
        span("said"),
        span("that Vrana is negotiating, which Orvalle doubts, by offering grain"),
    )
    act = Attribution(
        "o",
        Source(span("Orvalle"), SourceKind.GOVERNMENT, "Orvalle"),
        span("offering"),
        span("grain"),
        parent="s",
    )
    assert covering_attribution(0, len(text), [said, act]) is said


def test_reports_tells_reporting_words_from_acts() -> None:
    from newstrace.extract.attribution.lexicon import reports

    for cue in ("claims", "has repeatedly said", "told", "According to", "denied", "indicates"):
        assert reports(cue), cue
    for cue in ("offering", "is offering", "ordered"):
        assert not reports(cue), cue


def test_a_no_comment_names_who_kept_silent(run: Callable[[str], ArticleDoc]) -> None:
    doc = run(
        "Skarholt Power, which operates the dam, did not respond to requests for comment. "
        "The transport ministry would not comment. He did not respond."
    )
    silent = {c.text: c.source for c in doc.claims if c.status == "no_comment"}
    assert silent == {
        "Skarholt Power, which operates the dam, did not respond to requests for comment.": (
            "Skarholt Power"
        ),
        "The transport ministry would not comment.": "transport ministry",
        "He did not respond.": None,
    }


def test_a_sentence_that_judges_what_it_reports_is_the_writers_opinion(
    run: Callable[[str], ArticleDoc],
) -> None:
    doc = run(
        "Three outlets repeated the Vell ferry claim. "
        "It is shameful that three outlets repeated a claim from an anonymous channel. "
        "It is clear that editors failed."
    )
    verdict = next(c for c in doc.claims if c.text.startswith("It is shameful"))
    assert verdict.status == "opinion" and verdict.source is None
    # "It is clear that": the placeholder "it" is nobody, not the outlets named before
    clear = next(o for o in doc.opinions if o.text.startswith("It is clear"))
    assert clear.holder == "writer"
    assert not any(
        a.source is not None
        and a.source.canonical == "three outlets"
        and "editors" in a.content.text
        for a in doc.attributions
    )


def test_loaded_words_around_a_stated_figure_leave_a_checkable_claim(
    run: Callable[[str], ArticleDoc],
) -> None:
    doc = run(
        "Scandal at Ostra: 40 tonnes of waste dumped in the harbour\n\n"
        "This disgraceful, shameful farce must end now.\n\n"
        "A claim repeated three times is still only one shameful claim."
    )
    by_text = {c.text[:20]: c for c in doc.claims}
    scandal = by_text["Scandal at Ostra: 40"]
    assert scandal.status == Status.UNATTRIBUTED.value
    assert any(o.text.startswith("Scandal at Ostra") for o in doc.opinions)
    assert all(
        c.status == Status.OPINION.value for c in doc.claims if not c.text.startswith("Scandal")
    )


def test_a_headlines_body_named_in_full_is_on_the_record(
    run: Callable[[str], ArticleDoc],
) -> None:
    doc = run(
        "Kelby water is safe, authority says\n\n"
        "The Kelby Water Authority said on Tuesday that tests had found nothing in the lake."
    )
    [headline] = [c for c in doc.claims if c.text.startswith("Kelby water is safe")]
    assert headline.source == "Kelby Water Authority"
    assert headline.status == Status.ATTRIBUTED.value


def test_a_headlines_poll_by_a_named_body_is_on_the_record(
    run: Callable[[str], ArticleDoc],
) -> None:
    doc = run(
        "Kelby reservoir divides residents, poll shows\n\n"
        "Forty percent of Kelby residents oppose the reservoir, a poll by the Kelby Water "
        "Authority found.\n"
    )
    [headline] = [c for c in doc.claims if c.text.startswith("Kelby reservoir divides")]
    assert headline.source == "Kelby Water Authority"
    assert headline.status == Status.ATTRIBUTED.value
    # an unnamed poll stays a poll nobody can check
    doc = run("Kelby reservoir divides residents, poll shows\n\nResidents are split.\n")
    [headline] = [c for c in doc.claims if c.text.startswith("Kelby reservoir divides")]
    assert headline.status != Status.ATTRIBUTED.value
