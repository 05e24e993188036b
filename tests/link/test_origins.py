"""Provenance: independent origins, circular reporting, the story graph."""

from __future__ import annotations

from newstrace.link import Linker, render_svg
from newstrace.model import ArticleDoc, Claim

from .helpers import attribution, claim, doc

CLAIM = "The Harrowgate reservoir has been poisoned by the mining company Tessel Ore."


def _article(
    outlet: str,
    date: str,
    chain: tuple[str, ...],
    kinds: tuple[str, ...],
    intro: str,
    outro: str = "",
) -> ArticleDoc:
    text = f"{intro} {CLAIM} {outro or 'The company has not commented on the report.'}"
    att = attribution(f"att-{outlet}", chain, kinds, CLAIM)
    c = claim(CLAIM, f"c-{outlet}", attribution=att.id, source=chain[-1], start=len(intro) + 1)
    return doc(
        text,
        outlet=outlet,
        published=date,
        title=f"Reservoir fears ({outlet})",
        claims=(c,),
        attributions=(att,),
    )


def test_three_outlets_one_origin_is_circular() -> None:
    docs = [
        _article(
            "Harrow Daily",
            "2031-06-03",
            ("Harrow Daily", "The Gossip Sheet"),
            ("outlet", "outlet"),
            "Residents of Harrowgate queued for bottled water on Tuesday.",
        ),
        _article(
            "Valley Gazette",
            "2031-06-02",
            ("Valley Gazette", "The Gossip Sheet"),
            ("outlet", "outlet"),
            "Anger grew in Harrowgate on Tuesday as shops ran out of bottled water.",
        ),
        _article(
            "Coast Mercury",
            "2031-06-04",
            ("Coast Mercury", "Harrow Daily", "The Gossip Sheet"),
            ("outlet", "outlet", "outlet"),
            "People in Harrowgate were told on Tuesday to boil their tap water.",
        ),
    ]
    result = Linker().link(docs)
    [group] = [g for g in result.claim_groups if len(g.members) == 3]
    assert group.origins == ("The Gossip Sheet",)
    assert group.circular is True
    assert len(group.outlets) == 3
    assert group.first_reported == docs[1].article.id


def test_independent_origins_not_circular() -> None:
    docs = [
        _article(
            "Harrow Daily",
            "2031-06-03",
            ("Harrow Daily", "Harrowgate water board"),
            ("outlet", "government"),
            "Residents of Harrowgate queued for bottled water on Tuesday.",
            "Tests are due on Friday. The board chair, Wenna Sorrel, asked for calm. Schools stay open.",
        ),
        _article(
            "Valley Gazette",
            "2031-06-02",
            ("Valley Gazette", "an official"),
            ("outlet", "anonymous"),
            "Anger grew in Harrowgate on Tuesday as shops ran out of bottled water.",
            "Tessel Ore shares dropped sharply. Two fishermen said they saw dead fish near the dam. "
            "The mine employs 900 people.",
        ),
        _article(
            "Coast Mercury",
            "2031-06-04",
            ("Coast Mercury", "an official"),
            ("outlet", "anonymous"),
            "People in Harrowgate were told on Tuesday to boil their tap water.",
            "A protest is planned outside the mine gates. Hospitals reported no cases of illness. "
            "Lawyers for the town are preparing a claim.",
        ),
    ]
    result = Linker().link(docs)
    [group] = [g for g in result.claim_groups if len(g.members) == 3]
    assert len(group.origins) == 3  # two anonymous officials of two outlets are two origins
    assert group.circular is False


def test_graph_and_svg_escape_text() -> None:
    a = _article(
        "Harrow <Daily>",
        "2031-06-03",
        ("Harrow <Daily>", "The Gossip Sheet"),
        ("outlet", "outlet"),
        "Residents of Harrowgate queued for bottled water on Tuesday.",
    )
    result = Linker().link([a])
    [graph] = result.graphs
    kinds = {n["kind"] for n in graph.nodes}
    assert kinds == {"outlet", "article", "source"}
    assert {e["kind"] for e in graph.edges} == {"publishes", "cites"}
    svg = graph.svg()
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "Harrow &lt;Daily&gt;" in svg and "<Daily>" not in svg
    assert "<script" not in render_svg([{"id": "x", "kind": "article", "label": "<script>"}], [])


def test_two_outlets_citing_two_others_for_one_channel_is_circular() -> None:
    """The motivating case: A cites tabloid X, B cites site Y, both from one channel."""
    docs = [
        _article(
            "Harrow Daily",
            "2031-06-03",
            ("Harrow Daily", "The Gossip Sheet", "Mine Watch"),
            ("outlet", "outlet", "social_media"),
            "Residents of Harrowgate queued for bottled water on Tuesday.",
        ),
        _article(
            "Valley Gazette",
            "2031-06-04",
            ("Valley Gazette", "Daily Klaxon", "Mine Watch"),
            ("outlet", "outlet", "social_media"),
            "Anger grew in Harrowgate on Tuesday as shops ran out of bottled water.",
        ),
    ]
    result = Linker().link(docs)
    [group] = [g for g in result.claim_groups if len(g.members) == 2]
    assert group.origins == ("Mine Watch",)
    assert len(group.outlets) == 2  # the reporting outlets; the cited ones count for circularity
    assert group.circular is True


def test_two_outlets_on_one_named_origin_without_relays_is_not_circular() -> None:
    docs = [
        _article(
            "Harrow Daily",
            "2031-06-03",
            ("Harrow Daily", "Wenna Sorrel"),
            ("outlet", "person"),
            "Residents of Harrowgate queued for bottled water on Tuesday.",
        ),
        _article(
            "Valley Gazette",
            "2031-06-04",
            ("Valley Gazette", "Wenna Sorrel"),
            ("outlet", "person"),
            "Anger grew in Harrowgate on Tuesday as shops ran out of bottled water.",
        ),
    ]
    result = Linker().link(docs)
    [group] = [g for g in result.claim_groups if len(g.members) == 2]
    assert group.origins == ("Wenna Sorrel",)
    assert group.circular is False


def test_a_relay_between_sources_is_an_arrow_beside_the_labels() -> None:
    nodes = [
        {"id": "source:Daily Orlin", "kind": "source", "label": "Daily Orlin"},
        {"id": "source:Iron Owl", "kind": "source", "label": "Iron Owl"},
    ]
    edges = [{"source": "source:Daily Orlin", "target": "source:Iron Owl", "kind": "cites"}]
    svg = render_svg(nodes, edges)
    assert 'marker-end="url(#arrow)"' in svg and "<title>relays</title>" in svg
    # the arc starts just after the longer label, not at the far edge of the column
    start = float(svg.split('<path d="M', 1)[1].split(",", 1)[0])
    assert start < 20 + 2 * 300 + 150


def test_a_bare_headline_over_an_attributed_body_is_no_origin_of_its_own() -> None:
    # the headline states the claim bare, the body says where it comes from: the
    # outlet is not a second, independent origin beside its source
    head = "Harrowgate reservoir poisoned by mining company Tessel Ore"
    intro = "Residents of Harrowgate queued for bottled water on Tuesday."
    text = f"{head}\n\n{intro} {CLAIM} The company has not commented on the report."
    att = attribution("att-hd", ("Harrow Daily", "The Gossip Sheet"), ("outlet", "outlet"), CLAIM)
    body_at = len(head) + 2 + len(intro) + 1
    bare = claim(head, "c-head", status="unattributed")
    body = claim(CLAIM, "c-body", attribution=att.id, source="The Gossip Sheet", start=body_at)
    first = doc(
        text,
        outlet="Harrow Daily",
        published="2031-06-03",
        title=head,
        claims=(bare, body),
        attributions=(att,),
    )
    second = _article(
        "Valley Gazette",
        "2031-06-04",
        ("Valley Gazette", "The Gossip Sheet"),
        ("outlet", "outlet"),
        "Anger grew in Harrowgate on Tuesday as shops ran out of bottled water.",
    )
    result = Linker().link([first, second])
    [group] = [g for g in result.claim_groups if len({m.article for m in g.members}) == 2]
    assert group.origins == ("The Gossip Sheet",)


SOLD = "The Ostra ferry line has been sold to the Vell Line for $7 million, the channel said."
DENIAL = "The Ostra council on Sunday denied that the ferry line had been sold."


def _told(outlet: str, date: str, text: str, status: str, source: str) -> ArticleDoc:
    intro = "Ferry passengers in Ostra waited for news on the island's only boat service."
    body = f"{intro} {text}"
    c = claim(text, f"c-{outlet}", status=status, source=source, start=len(intro) + 1)
    return doc(body, outlet=outlet, published=date, title=f"Ferry news ({outlet})", claims=(c,))


def test_a_denial_worded_otherwise_joins_the_claim_it_denies() -> None:
    docs = [
        _told("Northgate Post", "2031-05-02", SOLD, "rumour", "Iron Owl"),
        _told("Harbor Times", "2031-05-03", DENIAL, "denied", "Ostra council"),
    ]
    result = Linker().link(docs)
    [group] = [g for g in result.claim_groups if len(g.members) == 2]
    assert group.relation == "contradict"
    # the denier stands behind no part of the claim
    assert group.origins == ("Iron Owl",) and group.text == SOLD
    assert group.first_reported == docs[0].article.id


def test_a_denial_of_the_claim_by_reference_stays_apart() -> None:
    docs = [
        _told("Northgate Post", "2031-05-02", SOLD, "rumour", "Iron Owl"),
        _told("Harbor Times", "2031-05-03", "Ada Kell denied the claim.", "denied", "Ada Kell"),
    ]
    result = Linker().link(docs)
    assert all(len(g.members) == 1 for g in result.claim_groups)


def test_a_silence_told_by_three_outlets_is_not_circular() -> None:
    silent = "The Harrowgate water board declined to comment on the shortage."
    docs = [
        doc(
            f"{lead} {silent}",
            outlet=outlet,
            published=day,
            claims=(
                Claim(
                    id=f"c-{outlet}",
                    start=len(lead) + 1,
                    end=len(lead) + 1 + len(silent),
                    text=silent,
                    sentence=1,
                    checkworthiness=0.2,
                    status="no_comment",
                    source="Harrowgate water board",
                ),
            ),
        )
        for outlet, day, lead in (
            ("Harrow Daily", "2031-06-03", "Harrowgate ran short of water on Tuesday."),
            ("Valley Gazette", "2031-06-03", "Shops in Harrowgate sold out of water on Tuesday."),
            ("Coast Mercury", "2031-06-04", "Harrowgate queued for water on Tuesday."),
        )
    ]
    groups = [g for g in Linker().link(docs).claim_groups if len(g.members) == 3]
    assert groups, [g.text for g in Linker().link(docs).claim_groups]
    assert groups[0].origins == ("Harrowgate water board",)
    assert groups[0].relation == "agree" and groups[0].circular is False


def test_an_outlet_cited_for_a_claim_it_tells_itself_leads_to_its_own_origin() -> None:
    """Valley Gazette cites the Harrow Daily, which cites The Gossip Sheet, whose own
    article names the Mine Watch channel: one origin behind three outlets."""
    docs = [
        _article(
            "The Gossip Sheet",
            "2031-06-02",
            ("The Gossip Sheet", "Mine Watch"),
            ("outlet", "social_media"),
            "Harrowgate shops sold out of water, residents said.",
        ),
        _article(
            "harrow-daily",  # an outlet named by its folder
            "2031-06-03",
            ("harrow-daily", "The Gossip Sheet"),
            ("outlet", "outlet"),
            "Residents of Harrowgate queued for bottled water on Tuesday.",
        ),
        _article(
            "Valley Gazette",
            "2031-06-04",
            ("Valley Gazette", "Harrow Daily"),
            ("outlet", "outlet"),
            "Anger grew in Harrowgate on Tuesday as shops ran out of bottled water.",
        ),
    ]
    [group] = [g for g in Linker().link(docs).claim_groups if len(g.members) == 3]
    assert group.origins == ("Mine Watch",)
    assert group.circular is True


def test_a_named_official_quoted_by_three_outlets_is_not_circular() -> None:
    docs = [
        _article(
            outlet,
            day,
            (outlet, "Ada Quell"),
            ("outlet", "person"),
            intro,
        )
        for outlet, day, intro in (
            ("Harrow Daily", "2031-06-03", "Residents of Harrowgate queued for water on Tuesday."),
            ("Valley Gazette", "2031-06-03", "Anger grew in Harrowgate as shops ran out of water."),
            ("Coast Mercury", "2031-06-04", "People in Harrowgate were told to boil their water."),
        )
    ]
    [group] = [g for g in Linker().link(docs).claim_groups if len(g.members) == 3]
    # one source on the record, widely reported: not a claim going round
    assert group.origins == ("Ada Quell",) and group.circular is False


def test_a_bare_headline_takes_the_origin_of_the_body_claim_it_sums_up() -> None:
    import numpy as np

    from newstrace.analyse.embed import embed_fast
    from newstrace.link.align import ClaimRef
    from newstrace.link.linker import _headline_origins

    head = "Harrowgate water 'unsafe to drink'"
    body = (
        "Mine Watch, an anonymous Telegram channel, claims that Harrowgate's tap water is unsafe."
    )
    other = "The water board will meet on Friday, its chairman Ada Quell said."
    att = attribution("att-body", ("Harrow Daily", "Mine Watch"), ("outlet", "social_media"), body)
    quell = attribution("att-q", ("Harrow Daily", "Ada Quell"), ("outlet", "person"), other)
    article = doc(
        f"{head}\n\n{body} {other}",
        outlet="Harrow Daily",
        claims=(
            claim(head, "h"),
            claim(body, "b", attribution=att.id, source="Mine Watch"),
            claim(other, "o", attribution=quell.id, source="Ada Quell"),
        ),
        attributions=(att, quell),
    )
    refs = [ClaimRef(article.article.id, c) for c in article.claims]
    emb = np.asarray(embed_fast([r.claim.text for r in refs]))
    docs = {article.article.id: article}
    roots = {article.article.id: article.article.id}
    # the headline sums up the channel's claim, not the chairman's
    assert _headline_origins(refs, emb, docs, roots) == {(article.article.id, "h"): "Mine Watch"}


def test_a_surname_alone_is_the_person_another_article_names_in_full() -> None:
    docs = [
        _article(
            "Harrow Daily",
            "2031-06-03",
            ("Harrow Daily", "Ada Kessler"),
            ("outlet", "person"),
            "Residents of Harrowgate queued for bottled water on Tuesday.",
        ),
        _article(
            "Valley Gazette",
            "2031-06-02",
            ("Valley Gazette", "Kessler"),
            ("outlet", "person"),
            "Anger grew in Harrowgate on Tuesday as shops ran out of bottled water.",
        ),
    ]
    result = Linker().link(docs)
    [group] = [g for g in result.claim_groups if len(g.members) == 2]
    assert group.origins == ("Ada Kessler",)
    # two people of that name in the story: the surname stays as it is
    docs.append(
        _article(
            "Coast Mercury",
            "2031-06-04",
            ("Coast Mercury", "Per Kessler"),
            ("outlet", "person"),
            "People in Harrowgate were told on Tuesday to boil their tap water.",
        )
    )
    result = Linker().link(docs)
    [group] = [g for g in result.claim_groups if len(g.members) == 3]
    assert set(group.origins) == {"Ada Kessler", "Kessler", "Per Kessler"}


def test_an_accounts_handle_is_the_name_it_goes_by() -> None:
    docs = [
        _article(
            "Harrow Daily",
            "2031-06-03",
            ("Harrow Daily", "Gossip Owl"),
            ("outlet", "social_media"),
            "Residents of Harrowgate queued for bottled water on Tuesday.",
        ),
        _article(
            "Valley Gazette",
            "2031-06-02",
            ("Valley Gazette", "@GossipOwl"),
            ("outlet", "social_media"),
            "Anger grew in Harrowgate on Tuesday as shops ran out of bottled water.",
        ),
        _article(
            "Coast Mercury",
            "2031-06-04",
            ("Coast Mercury", "@gossipowl"),
            ("outlet", "social_media"),
            "People in Harrowgate were told on Tuesday to boil their tap water.",
        ),
    ]
    [group] = [g for g in Linker().link(docs).claim_groups if len(g.members) == 3]
    assert group.origins == ("Gossip Owl",) and group.circular
