"""Where a claim first appeared is where it comes from: "The rumour first appeared on an
anonymous Telegram channel" names the channel as the source of the rumour.

All channels, outlets, places and events here are fiction.
"""

from __future__ import annotations

import pytest

from newstrace.model import SourceKind

from .attribution_helpers import MakeDoc, about, run


@pytest.mark.parametrize(
    ("text", "carried", "cue"),
    [
        (
            "The rumour first appeared on an anonymous Telegram channel on Sunday. "
            "The Vell ministry denied it.",
            "The rumour",
            "first appeared on",
        ),
        (
            "Reports of the sinking first appeared on an anonymous Telegram channel.",
            "Reports of the sinking",
            "first appeared on",
        ),
        (
            "The allegation was first posted on an anonymous Telegram channel.",
            "The allegation",
            "was first posted on",
        ),
        ("The story first surfaced on an anonymous Telegram channel.", "The story", None),
    ],
)
def test_the_channel_a_claim_first_appeared_on_is_its_source(
    make_doc: MakeDoc, text: str, carried: str, cue: str | None
) -> None:
    att = about(run(make_doc, text), carried)
    assert att.source is not None, att
    assert att.source.kind is SourceKind.SOCIAL_MEDIA
    assert att.source.canonical == "anonymous telegram channel"
    assert att.chain == ("Test Herald", "anonymous telegram channel")
    assert att.chain_kinds == ("outlet", "social_media")
    # what the channel carried is the subject, not the channel itself
    assert att.content.text == carried
    if cue is not None:
        assert att.cue is not None and att.cue.text == cue


def test_a_named_channel_keeps_its_name_and_the_time_is_not_part_of_it(
    make_doc: MakeDoc,
) -> None:
    text = (
        "The rumour that the ferry had sunk first appeared on an anonymous Telegram "
        "channel called Vell Watch on Sunday."
    )
    att = about(run(make_doc, text), "the ferry had sunk")
    assert att.source is not None and att.source.span is not None
    assert att.source.canonical == "Vell Watch"
    assert att.source.kind is SourceKind.SOCIAL_MEDIA
    assert "Sunday" not in att.source.span.text
    assert att.content.text == "The rumour that the ferry had sunk"


def test_a_platform_outlet_or_document_is_a_venue_too(make_doc: MakeDoc) -> None:
    video = about(run(make_doc, "The video first appeared on X on Sunday."), "The video")
    assert video.source is not None
    assert (video.source.canonical, video.source.kind) == ("X", SourceKind.SOCIAL_MEDIA)
    claim = about(run(make_doc, "The claim first appeared in the Daily Orlin."), "The claim")
    assert claim.source is not None and claim.source.canonical == "Daily Orlin"
    memo = about(
        run(make_doc, "The figure first appeared in a leaked ministry memo."), "The figure"
    )
    assert memo.source is not None and memo.source.kind is SourceKind.DOCUMENT


@pytest.mark.parametrize(
    "text",
    [
        "The minister appeared on television on Monday.",
        "The minister appeared in court on Monday.",
        "Cracks first appeared in the bridge's steel supports in May.",
    ],
)
def test_people_and_things_that_appear_somewhere_are_not_attributions(
    make_doc: MakeDoc, text: str
) -> None:
    assert not [a for a in run(make_doc, text) if a.cue and "appeared" in a.cue.text]


def test_a_name_where_a_claim_first_appeared_is_its_venue(make_doc: MakeDoc) -> None:
    atts = run(make_doc, "The rumour first appeared on Vell Watch.")
    rumour = about(atts, "The rumour")
    assert rumour.source is not None and rumour.source.canonical == "Vell Watch"
    # introduced as a channel, it is social media
    text = (
        "Vell Watch, an anonymous Telegram channel, said the ferry sank. "
        "The rumour first appeared on Vell Watch on Sunday."
    )
    rumour = about(run(make_doc, text), "The rumour")
    assert rumour.source is not None and rumour.source.kind is SourceKind.SOCIAL_MEDIA
    # a day is not a venue
    for att in run(make_doc, "The claim first appeared on Monday."):
        assert att.source is None or att.source.canonical != "Monday"


def test_a_headlines_trailing_report_is_an_attribution(make_doc: MakeDoc) -> None:
    text = (
        "Secret cracks found in Ostervik dam, channel claims\n\n"
        "An anonymous Telegram channel called Dam Watch claimed on Monday that cracks had "
        "been found in the dam."
    )
    head = about(run(make_doc, text), "Secret cracks")
    assert head.content.text == "Secret cracks found in Ostervik dam"
    # "channel" is the one channel the article names
    assert head.source is not None and head.source.canonical == "Dam Watch"
    assert head.source.kind is SourceKind.SOCIAL_MEDIA
    # a parsed "officials say" is not found twice
    atts = run(make_doc, "Ostervik dam is cracked, officials say\n\nThe dam was closed.")
    assert [a.content.text for a in atts] == ["Ostervik dam is cracked"]


@pytest.mark.parametrize(
    ("text", "carried", "venue", "kind"),
    [
        (
            "The claim appears to have started with the anonymous X account @VellWatch.",
            "The claim",
            "@VellWatch",
            SourceKind.SOCIAL_MEDIA,
        ),
        (
            "The rumour started with a post on Vell Watch, an anonymous Telegram channel.",
            "The rumour",
            "Vell Watch",
            SourceKind.SOCIAL_MEDIA,
        ),
        ("The video came from a post by @HarbourEye.", "The video", "@HarbourEye", None),
        ("The story appeared in the Daily Flash on Monday.", "The story", "Daily Flash", None),
    ],
)
def test_where_a_claim_started_or_came_from_is_its_source(
    make_doc: MakeDoc, text: str, carried: str, venue: str, kind: SourceKind | None
) -> None:
    atts = run(make_doc, text)
    assert len(atts) == 1, [(a.cue, a.content.text) for a in atts]
    [att] = atts
    assert att.content.text == carried and att.source is not None
    assert att.source.canonical == venue
    assert att.source.kind is not SourceKind.PERSON
    if kind is not None:
        assert att.source.kind is kind
    # a day something started on is no venue
    assert run(make_doc, "The strike started on Monday.") == ()
