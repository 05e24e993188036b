"""Reporting status rules, on hand-built attributions and invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newstrace.extract.status import StatusDecision, cue_hits, decide_status
from newstrace.extract.status_article import article_statuses
from newstrace.model import Analysis, Attribution, Source, SourceKind, Span, Status


def att(text: str, source: str | None, kind: SourceKind, cue: str,
        chain_kinds: tuple[str, ...] = ()) -> Attribution:  # fmt: skip
    src = None if source is None else Source(None, kind, source)
    c = text.find(cue)
    cue_span = Span(c, c + len(cue), cue) if c >= 0 else None
    return Attribution(
        id="a1",
        source=src,
        cue=cue_span,
        content=Span(0, len(text), text),
        chain=("Test Herald", source) if source else (),
        chain_kinds=chain_kinds or (("outlet", kind.value) if source else ()),
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The harbour master allegedly sold the permits.", Status.ALLEGED),
        ("The mayor reportedly resigned on Friday.", Status.ALLEGED),
        ("Rumours spread that the bridge had collapsed.", Status.RUMOUR),
        ("Unverified footage shows smoke over the depot.", Status.RUMOUR),
        ("The claim could not be independently verified.", Status.RUMOUR),
        ("The ministry denied the reports.", Status.DENIED),
        ("The council called the story completely false.", Status.DENIED),
        ("The company declined to comment.", Status.NO_COMMENT),
        ("The embassy did not respond to a request for comment.", Status.NO_COMMENT),
        ("The ministry didn't comment on the rumor.", Status.NO_COMMENT),
        ("The flood may have reached the lower town.", Status.SPECULATIVE),
        ("If the reports are true, the dam is leaking.", Status.SPECULATIVE),
        ("Is the governor about to resign?", Status.SPECULATIVE),
        ("Forty ferries sailed from Ostra on Monday.", Status.UNATTRIBUTED),
        ("The festival will open in May.", Status.UNATTRIBUTED),
    ],
)
def test_cue_words_without_a_source(text: str, status: Status) -> None:
    d = decide_status(text)
    assert d.status is status
    if status is not Status.UNATTRIBUTED:
        assert d.cues


def test_named_source_neutral_cue_is_attributed() -> None:
    text = "The port handled more cargo than ever, Mayor Ilse Brandt said."
    d = decide_status(text, att(text, "Ilse Brandt", SourceKind.PERSON, "said"))
    assert d.status is Status.ATTRIBUTED and d.cues == ("said",)


def test_named_source_confirming_is_confirmed() -> None:
    text = "Admiral Petra Kovac confirmed that two boats were damaged."
    d = decide_status(text, att(text, "Petra Kovac", SourceKind.PERSON, "confirmed"))
    assert d.status is Status.CONFIRMED and "confirmed" in d.cues


def test_claim_verb_makes_alleged_and_denial_verb_denied() -> None:
    text = "The opposition claimed the ballots were burned."
    assert (
        decide_status(text, att(text, "Opposition", SourceKind.ORGANISATION, "claimed")).status
        is Status.ALLEGED
    )
    text2 = "The ministry denied that troops crossed the river."
    d = decide_status(text2, att(text2, "Ministry", SourceKind.GOVERNMENT, "denied"))
    assert d.status is Status.DENIED


@pytest.mark.parametrize("kind", [SourceKind.ANONYMOUS, SourceKind.SOCIAL_MEDIA])
def test_anonymous_or_social_origin_is_rumour(kind: SourceKind) -> None:
    text = "The commander has fled the country, the channel wrote."
    a = att(text, "a channel", kind, "wrote", chain_kinds=("outlet", "outlet", kind.value))
    d = decide_status(text, a)
    assert d.status is Status.RUMOUR


def test_origin_kind_comes_from_the_end_of_the_chain() -> None:
    text = "The depot burned, the paper said, citing a post."
    a = att(
        text,
        "Daily Orlin",
        SourceKind.OUTLET,
        "said",
        chain_kinds=("outlet", "outlet", "social_media"),
    )
    assert decide_status(text, a).status is Status.RUMOUR


def test_opinion_only_when_writer_and_not_checkable() -> None:
    text = "The plan is a shameful disaster."
    assert decide_status(text, opinion=True, checkable=False).status is Status.OPINION
    quoted = att(text, "Ilse Brandt", SourceKind.PERSON, "said")
    assert decide_status(text, quoted, opinion=False).status is Status.ATTRIBUTED


def test_month_may_is_not_a_modal(analyse: Callable[[str], Analysis]) -> None:
    text = "May was the wettest month in Orlin since records began."
    a = analyse(text)
    assert Status.SPECULATIVE not in cue_hits(text, a.tokens)
    text2 = "The river may flood the lower town."
    assert Status.SPECULATIVE in cue_hits(text2, analyse(text2).tokens)


def test_rumour_stays_rumour_after_no_comment() -> None:
    sents = [
        "A rumour spread that the navy lost twelve boats.",
        "The Ministry didn't comment on the rumor.",
    ]
    out = article_statuses([decide_status(s) for s in sents])
    assert [d.status for d in out] == [Status.RUMOUR, Status.NO_COMMENT]


def test_a_quoted_channel_post_does_not_turn_the_writers_claim_into_rumour() -> None:
    decisions = [
        StatusDecision(Status.UNATTRIBUTED),  # the writer's own claim
        StatusDecision(Status.RUMOUR, ("Iron Owl",), refers_back=True),  # "..., the post read."
        decide_status("Ostra officials called the claim unverified."),
    ]
    out = article_statuses(decisions[:2])
    assert out[0].status is Status.UNATTRIBUTED
    # a lexical judgement of the earlier claim still reaches it
    out = article_statuses([decisions[0], decisions[2]])
    assert out[0].status is Status.RUMOUR


def test_what_a_named_person_said_does_not_become_the_rumour() -> None:
    said = StatusDecision(Status.ATTRIBUTED, ("said",))  # "Nobody offered," Ada Kell said.
    # her own next words about "the rumour", or the writer's
    for later in (
        StatusDecision(Status.RUMOUR, ("rumour",), refers_back=True),
        StatusDecision(Status.RUMOUR, ("the rumour", "Ada Kell"), refers_back=True),
    ):
        assert article_statuses([said, later])[0].status is Status.ATTRIBUTED
    # the writer's bare claim does become the rumour the next sentence names
    bare = StatusDecision(Status.UNATTRIBUTED)
    later = StatusDecision(Status.RUMOUR, ("rumour",), refers_back=True)
    assert article_statuses([bare, later])[0].status is Status.RUMOUR


def test_later_denial_of_the_report_marks_the_reported_claim() -> None:
    first = "Troops crossed the river at dawn, the Daily Orlin reported."
    a = att(first, "Daily Orlin", SourceKind.OUTLET, "reported")
    decisions = [decide_status(first, a), decide_status("The army denied the report.")]
    out = article_statuses(decisions)
    assert out[0].status is Status.DENIED and "reported" in out[0].cues and "denied" in out[0].cues
    assert out[1].status is Status.DENIED


def test_later_denial_does_not_reach_past_unrelated_sentences() -> None:
    decisions = [StatusDecision(Status.ATTRIBUTED, ("said",))] + [
        StatusDecision(Status.UNATTRIBUTED) for _ in range(4)
    ]
    decisions.append(decide_status("Officials denied the claim."))
    out = article_statuses(decisions)
    assert out[0].status is Status.ATTRIBUTED
    assert out[4].status is Status.DENIED  # the nearest reported claim before the denial


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ferry line to close its Ostra route, officials say", Status.ALLEGED),
        ("Ferry line to close its Ostra route: report", Status.ALLEGED),
        ("Ferry line to close its Ostra route, Ilse Brandt says", Status.ATTRIBUTED),
        ("Orlin Ferries denies it will close the Ostra route", Status.DENIED),
        ("Ferry captain feared drowned off Ostra", Status.ALLEGED),
        ("Ferry Line May Close Ostra Route", Status.SPECULATIVE),
        ("Ferry line to close Ostra route in May 2027", Status.UNATTRIBUTED),
        ("No, the ferry line is not closing", Status.DENIED),
        ("Burger left for years? It has not aged at all, owners say", Status.ALLEGED),
        ("Source: ferry captain arrested in Ostra", Status.ALLEGED),
        ("The photo of the flooded square is fake", Status.DENIED),
        ("The mayor of Orlin is not dead", Status.DENIED),
        ("Leaked memo suggests the port will be sold", Status.SPECULATIVE),
        ("Orlin Ferries considering a new route to Velm", Status.SPECULATIVE),
    ],
)
def test_headline_style_attributions(text: str, status: Status) -> None:
    assert decide_status(text).status is status


def test_claim_as_a_verb_needs_the_parse(analyse: Callable[[str], Analysis]) -> None:
    verb = "The fishermen claim the harbour was sold in secret."
    noun = "Insurance claims rose sharply after the storm."
    assert decide_status(verb, tokens=analyse(verb).tokens).status is Status.ALLEGED
    assert decide_status(noun, tokens=analyse(noun).tokens).status is Status.UNATTRIBUTED


def test_named_versus_description() -> None:
    from newstrace.extract.status import is_named, text_attribution

    assert is_named("Ilse Brandt") and is_named("Reuters")
    assert (
        not is_named("officials") and not is_named("Senior officials") and not is_named("a report")
    )
    # a description ending in a role is not a name, whatever its capitals
    assert not is_named("Kestavian Lawmaker") and not is_named("Orlin Intel")
    assert is_named("Rep. Mara Banks") and is_named("Harbour Authority")
    assert text_attribution("Dam is leaking, engineers say") == ("engineers", "say")
    assert text_attribution("Kim Orlin: the dam is leaking badly today") is None


def test_the_writers_own_belief_is_opinion() -> None:
    text = "I believe the council deserves far better than this circus."
    assert (
        decide_status(text, att(text, "writer", SourceKind.WRITER, "believe")).status
        is Status.OPINION
    )


def test_an_identifiable_body_on_the_record_is_attributed_not_alleged() -> None:
    text = "The council said the ferry would cost $4 million."
    body = att(text, "The council", SourceKind.GOVERNMENT, "said")
    assert decide_status(text, body).status is Status.ATTRIBUTED
    text = "Officials said the ferry would cost $4 million."
    unnamed = att(text, "Officials", SourceKind.PERSON, "said")
    assert decide_status(text, unnamed).status is Status.ALLEGED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a trailing source after a dash, or a bare "REPORT"
        ("Ferry line to close its Ostra route - report", Status.ALLEGED),
        ("Ferry line to close its Ostra route -- analyst", Status.ALLEGED),
        ("Ferry line to close its Ostra route REPORT", Status.ALLEGED),
        # a leading label naming an unnamed source, but not a topic label
        ("Official: ferry captain arrested in Ostra", Status.ALLEGED),
        ("Opposition group: ferry captain arrested in Ostra", Status.ALLEGED),
        ("Ostra ferry crisis: captain arrested on Monday", Status.UNATTRIBUTED),
        # a question in a headline's first part, but not a teaser put to the reader
        ("Has the Ostra ferry sunk? Coastguard searches the bay", Status.SPECULATIVE),
        ("Would you sail on it? Ostra ferry returns after refit", Status.UNATTRIBUTED),
        ('Captain asks crew "Is the engine on?" before the ferry drifts', Status.UNATTRIBUTED),
        # debunking vocabulary
        ("That viral photo of a flooded Ostra square isn't real", Status.DENIED),
        ("The Ostra ferry 'ghost' is a bogus story", Status.DENIED),
        ("Ostra mayor rebuffs claims about the ferry contract", Status.DENIED),
        ("Doubts cast over Ostra ferry rescue account", Status.DENIED),
        ("Ostra captain didn't actually swim to shore", Status.DENIED),
        ("Ostra ferry has NOT been sold, owners insist", Status.DENIED),
        ("Ferry sinking report is a complete fabrication, says owner", Status.DENIED),
        ("Harbour master calls the ferry story rubbish", Status.DENIED),
        ("Ostra mayor alive and well despite online rumours", Status.DENIED),
        ("Ferry owner kills sinking rumour with new photo", Status.DENIED),
        ("Did the Ostra ferry sink? No, says the coastguard", Status.DENIED),
        ("The harbour mural is not by Anselm Vell", Status.DENIED),
        ("Fake Daily Orlin account spreads ferry story", Status.DENIED),
        ("Engineers doubt that the Ostra dam leaked", Status.DENIED),
        ("Reports of a second ferry fire were wildly exaggerated", Status.DENIED),
        # headline capitalisation: "Claims" and "May" are verbs here
        ("Fisherman Claims Ferry Hit His Boat", Status.ALLEGED),
        ("The Claims About The Ferry Keep Growing", Status.UNATTRIBUTED),
        ("Orlin Ferries May Sell Its Oldest Boat", Status.SPECULATIVE),
        # hedges
        ("Ostra ferry video purports to show the collision", Status.ALLEGED),
        ("Ferry captain seemingly ignored the storm warning", Status.SPECULATIVE),
        ("Possible leak found on the Ostra ferry", Status.SPECULATIVE),
        ("The refit was finished as soon as possible", Status.UNATTRIBUTED),
        ("The council will use every possible berth in the harbour", Status.UNATTRIBUTED),
        ("Police are investigating a possible arson at the Ostra depot", Status.SPECULATIVE),
        ("The seemingly worthless plot was sold for $2 million", Status.UNATTRIBUTED),
        ("Ostra engineers didn't really enjoy the refit", Status.UNATTRIBUTED),
        ("The captain filed a false logbook entry, prosecutors say", Status.ALLEGED),
        ("I doubt that the ferry will ever sail again", Status.UNATTRIBUTED),
        ("She has a BS in marine engineering from Orlin College", Status.UNATTRIBUTED),
        # the writer's announcement, and passive or "per" reports
        ("IT'S OFFICIAL: Orlin Ferries is splitting into two companies", Status.CONFIRMED),
        ("Ostra ferry arsonist named by media", Status.ALLEGED),
        ("Ferry captain injured in accidental fall, per local reports", Status.ALLEGED),
    ],
)
def test_headline_conventions(text: str, status: Status) -> None:
    assert decide_status(text).status is status


def test_another_outlets_report_relayed_is_alleged() -> None:
    text = "The ferry was sold for $2 million, the Daily Orlin reported."
    relayed = att(text, "Daily Orlin", SourceKind.OUTLET, "reported")
    d = decide_status(text, relayed)
    assert d.status is Status.ALLEGED and "reported" in d.cues
    # through an outlet down to a named official, it is that official's statement
    official = att(
        text,
        "Ilse Brandt",
        SourceKind.PERSON,
        "reported",
        chain_kinds=("outlet", "outlet", "person"),
    )
    assert decide_status(text, official).status is Status.ATTRIBUTED


def test_alleged_qualifying_a_thing_marks_the_claim_but_not_a_role(
    analyse: Callable[[str], Analysis],
) -> None:
    thing = "Alleged recording of the ferry collision surfaces online."
    role = "The alleged smuggler appeared in court in Ostra on Monday."
    assert decide_status(thing, tokens=analyse(thing).tokens).status is Status.ALLEGED
    assert decide_status(role, tokens=analyse(role).tokens).status is Status.UNATTRIBUTED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a headline negating its main predicate debunks the story it names
        ("Ostra ferry wasn't sunk: coastguard", Status.DENIED),
        ("Missing Ostra fishermen not found in the harbour wreck", Status.DENIED),
        ("Orlin Ferries says its captain has not resigned", Status.DENIED),
        ("The harbour mural is not the work of a Kestavian artist", Status.DENIED),
        # not a debunk: a negated forecast, a slogan with no subject, a quotation
        ("The new Ostra ferry won't be ready for summer", Status.UNATTRIBUTED),
        ("Keep calm, don't panic: Ostra ferry fans gather", Status.UNATTRIBUTED),
        ('Mayor tells dock workers "we did not sell the harbour"', Status.ATTRIBUTED),
        # a hedge outranks the negation
        ("Ostra ferry may not sail again this year", Status.SPECULATIVE),
        # the verbless headline: "are" left out after the noun, or a clause opening "No"
        ("Missing Ostra fishermen not among the crew rescued at sea", Status.DENIED),
        ("Harbour mural not painted by Kestavian artist", Status.DENIED),
        ("No toll rise on the Ostra bridge", Status.DENIED),
        ("Coastguard: No ferry sank in the storm", Status.DENIED),
        ("Harbour Master Ada Kell: No, the ferry was not sold", Status.DENIED),
        # a state of mind negated is reported, not debunked
        ("Ostra mayor isn't happy with the new ferry timetable", Status.UNATTRIBUTED),
        ("Fisherman isn't sure how his boat drifted to Vell", Status.UNATTRIBUTED),
        # debunking words
        ("Harbour master calls ferry sale claims completely absurd", Status.DENIED),
        ("Ostra ferry photo was reportedly faked: harbour office", Status.DENIED),
        ("Coastguard: Claims of a sunken ferry categorically false", Status.DENIED),
        ("Rumour fatigue after another false alarm over the Ostra ferry", Status.DENIED),
        # nobody could check it: a rumour, whatever confirmation word is negated
        ("The claim has not been independently verified.", Status.RUMOUR),
        ("The footage of the ferry could not be authenticated.", Status.RUMOUR),
        ("The Harbor Times was unable to verify the claim.", Status.RUMOUR),
        ("The Harbor Times has not independently confirmed the account.", Status.RUMOUR),
        # unsupported, and unknown
        ("There is no evidence that the Ostra ferry sank.", Status.RUMOUR),
        ("The mayor said, without providing evidence, that the ferry was sold.", Status.RUMOUR),
        ("It is unclear whether the Ostra ferry sank.", Status.SPECULATIVE),
        ("It is not yet known how many passengers were aboard.", Status.SPECULATIVE),
        # the no-comment formulas with "immediate" or "further" in them
        ("A council spokesman had no immediate comment.", Status.NO_COMMENT),
        ("The ministry could not immediately be reached for comment.", Status.NO_COMMENT),
        ("The ferry line declined further comment.", Status.NO_COMMENT),
        # a confirmation still to come confirms nothing
        ("Treat the ferry report with caution until it is confirmed.", Status.UNATTRIBUTED),
        ("The sale of the ferry was confirmed by the council.", Status.CONFIRMED),
        # a denial in the reporting verb's own words: the hedge is the verb, not the claim
        ("Ostra ferry did not sink, harbour office insists", Status.DENIED),
        ("Vell blast not a gas leak, fire brigade suggests", Status.DENIED),
        ("Ostra ferry was not hijacked, navy maintains", Status.DENIED),
        ("Ostra ferry did not sink, a source says", Status.RUMOUR),
        # a verdict word negated affirms, and "real or hoax?" asks; "all a hoax?" doubts
        ("Third arm on Ostra statue is no hoax, sculptor vows", Status.ALLEGED),
        ("Ostra ferry photo was NOT a hoax, captain insists", Status.ALLEGED),
        ("Ostra ferry photo is not fake", Status.UNATTRIBUTED),
        ("The Ostra ferry report is not false", Status.UNATTRIBUTED),
        ("Three-armed statue in Ostra: real or hoax?", Status.SPECULATIVE),
        ("Was the Ostra ferry photo all a hoax?", Status.DENIED),
        ("Ostra ferry photo is a hoax", Status.DENIED),
        # scare quotes keep a headline's distance; a quoted reaction or speaker label does not
        ("Ostra ferry 'sank' near Vell", Status.ALLEGED),
        ("Harbour master “lied” about the ferry sale", Status.ALLEGED),
        ("'Terrifying': Vell residents flee the harbour", Status.UNATTRIBUTED),
        # rejecting or disputing a claim denies it; rejecting an offer, or a pay dispute, not
        ("Harbour master Elin Rask flatly rejected the allegation.", Status.DENIED),
        ("The Vell ministry disputed the figures.", Status.DENIED),
        ("Ferry sale claim dismissed as hoax", Status.DENIED),
        ("Vell dockers walk out over pay dispute", Status.UNATTRIBUTED),
        # (the union's stance is reported: attributed, not a denial of anything)
        ("Vell dockers were offered a 4% rise, which the union rejected.", Status.ATTRIBUTED),
        # a contrast, an infinitive and "No one" are not debunks
        ("Orlin Ferries will build its new dock in Ostra, not Vell", Status.UNATTRIBUTED),
        ("Five reasons not to worry about the Ostra ferry", Status.UNATTRIBUTED),
        ("No one in Ostra is allowed to fish in the harbour", Status.UNATTRIBUTED),
    ],
)
def test_headline_negation_is_a_denial(text: str, status: Status) -> None:
    from newstrace.extract.classify import status_of_texts

    assert status_of_texts([text])[0][0] == status.value


def test_negation_in_body_text_is_a_claim_not_a_denial(
    analyse: Callable[[str], Analysis],
) -> None:
    text = "The ferry was not sold in March."
    tokens = analyse(text).tokens
    assert decide_status(text, tokens=tokens).status is Status.UNATTRIBUTED
    # the same words as a headline (no full stop) debunk
    head = "Ostra ferry was not sold in March"
    assert decide_status(head, tokens=analyse(head).tokens, headline=True).status is (Status.DENIED)


def test_a_headline_labelled_opinion_is_opinion() -> None:
    head = "Opinion: The Ostra ferry rumour is not a transport policy"
    d = decide_status(head, headline=True)
    assert d.status is Status.OPINION and d.cues == ("Opinion",)
    # the label means nothing in body text, and a topic label is not a genre
    assert decide_status(head + ".").status is not Status.OPINION
    assert decide_status("Ferry crisis: Ostra line closes", headline=True).status is not (
        Status.OPINION
    )


def test_a_rumour_compared_against_is_not_this_claims_status() -> None:
    text = (
        "The new audit is more convincing than the rumour that the ferry was sold, and it "
        "was confirmed on Friday by Harbour Master Ada Kell."
    )
    assert decide_status(text).status is Status.CONFIRMED
    assert decide_status("Ostra was swept by the rumour that Vrana had fled.").status is (
        Status.RUMOUR
    )


def test_a_modal_in_a_purpose_clause_is_not_a_hedge(
    analyse: Callable[[str], Analysis],
) -> None:
    text = "The council closed the bridge so that engineers could inspect it."
    assert decide_status(text, tokens=analyse(text).tokens).status is Status.UNATTRIBUTED
    hedged = "Engineers say the bridge could collapse, so it was closed."
    assert decide_status(hedged, tokens=analyse(hedged).tokens).status is Status.SPECULATIVE


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a suspicion or a belief reported, not a fact
        ("Harbour clerk a suspect in Ostra ferry theft", Status.ALLEGED),
        ("Vell dock worker emerges as suspect in ferry fire", Status.ALLEGED),
        ("Smuggling boss believed killed in Ostra harbour blast", Status.ALLEGED),
        ("Ostra council orders inquiry after claims ferry tickets were forged", Status.ALLEGED),
        ("Fisherman who fell overboard claims he swam to Vell", Status.ALLEGED),
        # ... but not a suspect a verb acts on, a belief in an aside, nor the adjective
        ("Police arrest a suspect in Ostra ferry theft", Status.UNATTRIBUTED),
        ("Ferry cat, believed drowned, swims back to Ostra", Status.UNATTRIBUTED),
        ("The council said the ferry figures were suspect", Status.ATTRIBUTED),
        # "alleged" qualifying a role in a headline's name-like run, not the claim
        ("Mob Attacks Alleged Harbour Thief In Ostra", Status.UNATTRIBUTED),
        ("Accused Dock Arsonist Injured In Vell Prison", Status.UNATTRIBUTED),
        ("Alleged Ferry Logbook Surfaces Online", Status.ALLEGED),
        # a trailing label reports the whole headline, an inner report included
        ("Ostra mayor wants harbour ferry sold: report", Status.ALLEGED),
        ("Dock workers tell council the ferry was sold -CNN", Status.ALLEGED),
        ("Ostra ferry sold at a loss -CNBC", Status.ALLEGED),
        ("Ostra mayor says harbour ferry was sold", Status.ATTRIBUTED),
        # a wish ascribed to the mayor is the writer's claim, not the mayor's statement
        ("Ostra mayor wants harbour ferry sold", Status.UNATTRIBUTED),
        # ... but a body on the record, parsed as the report's own source, stays attributed
        (
            "Ostra spent $3 million on ferries in 2025, the city's budget office said.",
            Status.ATTRIBUTED,
        ),
        # "neither confirm nor deny" is a no-comment; a slogan's "don't" is an order
        ("Ostra mayor refuses to confirm or deny ferry sale", Status.NO_COMMENT),
        ("Ferry line denies sale and declines to comment further", Status.DENIED),
        ("Hands off, don't sell comes to the Ostra ferry protest", Status.UNATTRIBUTED),
        # an unnamed online source trailing the headline is a rumour's
        ("Ostra ferry sold for $7 million, channel says", Status.RUMOUR),
        ("Ostra ferry sold for $7 million, officials say", Status.ALLEGED),
        # a description ending in a role is not a name
        ("Vell Rep: Ostra ferry was sold at a loss", Status.ALLEGED),
    ],
)
def test_reported_questions_suspicions_and_beliefs(text: str, status: Status) -> None:
    from newstrace.extract.classify import status_of_texts

    assert status_of_texts([text])[0][0] == status.value


def test_a_question_somebody_asks_is_reported_not_asked() -> None:
    from newstrace.extract.classify import status_of_texts

    asked, asking = status_of_texts(
        ["Ferry passenger wakes mid-crossing, asks crew how's the sea?", "Did the ferry sink?"]
    )
    assert asked[0] != Status.SPECULATIVE.value
    assert asking[0] == Status.SPECULATIVE.value


@pytest.mark.parametrize(
    ("text", "speculative"),
    [
        # a wh-question takes its proposition as given: the truck did reach Vell
        ("How did an Ostra ferry end up in Vell harbour? video", False),
        ("Why the Ostra ferry was sold at a loss? Council papers explain", False),
        # yes/no questions, "What if" and a bare question mark doubt it
        ("What if the Ostra ferry sank?", True),
        ("Did the Ostra ferry sink?", True),
        ("Ostra ferry sold?", True),
        ("Is this the Ostra ferry? How did it reach Vell?", True),
    ],
)
def test_wh_questions_presuppose_yes_no_questions_doubt(text: str, speculative: bool) -> None:
    from newstrace.extract.classify import status_of_texts

    assert (status_of_texts([text])[0][0] == Status.SPECULATIVE.value) is speculative


def test_a_denial_goes_back_to_the_claim_it_shares_words_with() -> None:
    texts = [
        "The Ostra ferry sank off Vell on Tuesday, the Daily Grebe reported.",
        "About 140 passengers had been on board, the paper said.",
        "Harbour master Elin Rask denied the report, saying no ferry had sunk off Vell.",
    ]
    decisions = [
        StatusDecision(Status.ALLEGED, ("reported",)),
        StatusDecision(Status.ALLEGED, ("said",)),
        StatusDecision(Status.DENIED, ("denied",), refers_back=True),
    ]
    out = article_statuses(decisions, texts)
    assert out[0].status is Status.DENIED and out[1].status is Status.ALLEGED
    # without the texts, the closest claim before it
    assert article_statuses(decisions)[1].status is Status.DENIED


def test_reporting_words_do_not_tie_a_denial_to_a_claim() -> None:
    # the only words the denial shares with the second claim are "says" and "this"
    texts = [
        "The Ostra ferry sank off Vell on Tuesday, the Daily Grebe reported.",
        "This ferry line says its timetable stands, the paper says.",
        "Harbour master Elin Rask says this ferry report is denied: the Ostra ferry never sank.",
    ]
    decisions = [
        StatusDecision(Status.ALLEGED, ("reported",)),
        StatusDecision(Status.ALLEGED, ("says",)),
        StatusDecision(Status.DENIED, ("denied",), refers_back=True),
    ]
    out = article_statuses(decisions, texts)
    assert out[0].status is Status.DENIED and out[1].status is Status.ALLEGED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a body on the record, with or without its article, and its spokesperson
        ("Police confirmed that two people died in the Ostra dock fire.", Status.CONFIRMED),
        ("The harbour police confirmed that two people died.", Status.CONFIRMED),
        ("A spokesperson for the Vell ministry confirmed the ferry sale.", Status.CONFIRMED),
        ("A spokesman for Nordlink said the ferry was safe.", Status.ATTRIBUTED),
        # unnamed and speaking for nobody in particular: still hearsay
        ("A spokesman said the ferry was safe.", Status.ALLEGED),
        ("Officials confirmed the ferry sale.", Status.ALLEGED),
        # withholding an answer is a no-comment
        ("The mayor's office refused to say whether the ferry had been sold.", Status.NO_COMMENT),
        ("Nordlink declined to discuss the sale of the Ostra ferry.", Status.NO_COMMENT),
        ("The ministry declined to give details of the talks.", Status.NO_COMMENT),
        ("Calls to the Vell harbour office went unanswered.", Status.NO_COMMENT),
        ("Emails to Nordlink's press office on Tuesday went unanswered.", Status.NO_COMMENT),
        ("Messages left for the Ostra captain were not returned.", Status.NO_COMMENT),
        # nobody could check it
        ("The Harbor Times could not immediately verify the video.", Status.RUMOUR),
        ("The claims about the Ostra ferry are impossible to verify.", Status.RUMOUR),
    ],
)
def test_on_the_record_bodies_and_withheld_answers(text: str, status: Status) -> None:
    from newstrace.extract.classify import status_of_texts

    assert status_of_texts([text])[0][0] == status.value


def test_refusing_to_say_something_is_not_a_no_comment() -> None:
    from newstrace.extract.classify import status_of_texts

    for text in (
        "The captain refused to say that the Ostra ferry was safe.",
        "The mayor has refused to disclose the price of the ferry.",
    ):
        assert status_of_texts([text])[0][0] != Status.NO_COMMENT.value, text


def test_an_unverified_claim_is_the_closest_one_even_if_already_a_rumour() -> None:
    texts = [
        "FICTION.",
        "The Vell dockers will strike for a week, the union said.",
        "In a post on X, the account @VellWatch wrote that the strike would last a month.",
        "The claim could not be verified.",
    ]
    decisions = [
        StatusDecision(Status.UNATTRIBUTED),
        StatusDecision(Status.ATTRIBUTED, ("said",)),
        StatusDecision(Status.RUMOUR, ("@VellWatch",)),
        StatusDecision(Status.RUMOUR, ("could not be verified",), refers_back=True),
    ]
    out = article_statuses(decisions, texts)
    # the post stays the rumour it was; neither the bare word nor the union's statement moves
    assert [d.status for d in out] == [
        Status.UNATTRIBUTED,
        Status.ATTRIBUTED,
        Status.RUMOUR,
        Status.RUMOUR,
    ]
    # a bare claim just before is the one meant
    bare = [*texts[:2], "The strike will last a month.", texts[3]]
    out = article_statuses(
        [*decisions[:2], StatusDecision(Status.UNATTRIBUTED), decisions[3]], bare
    )
    assert out[2].status is Status.RUMOUR


def test_a_fact_checks_verdict_rates_the_claim_before_it(
    analyse: Callable[[str], Analysis],
) -> None:
    texts = ["Claim: The Vell dock strike will last a month.", "Verdict: False."]
    decisions = [decide_status(t, tokens=analyse(t).tokens) for t in texts]
    assert [d.status for d in decisions] == [Status.ALLEGED, Status.DENIED]
    out = article_statuses(decisions, texts)
    assert [d.status for d in out] == [Status.DENIED, Status.DENIED]
    true = "Our rating: Mostly true"
    assert decide_status(true, tokens=analyse(true).tokens).status is Status.CONFIRMED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a title-case modal, even after a word ending in "on"; not a surname before a verb
        ("New Harbour Tape From Vellington May Capture The Ferry Collision", Status.SPECULATIVE),
        ("Ferry Captain Anna May Says The Crossing Is Safe", Status.ATTRIBUTED),
        ("The Ostra ferry festival opens on May 3.", Status.UNATTRIBUTED),
        # a hedged noun after a colon or a preposition
        ("Ostra Update: Possible Gas Leak At Ferry Terminal", Status.SPECULATIVE),
        ("Vell commission on possible meteorite strike shows rock samples", Status.SPECULATIVE),
        ("It was the best possible result for the Ostra ferry line.", Status.UNATTRIBUTED),
        # nobody knows yet
        ("Confusion surrounds arrest of Ostra ferry boss", Status.SPECULATIVE),
        # passed around rather than reported
        ("There is a strange story going around about the Ostra ferry cat", Status.RUMOUR),
        ("Claims doing the rounds online say the ferry sank", Status.RUMOUR),
        # a source's fear or suspicion is not a statement of fact
        ("Mayor Ilse Brandt fears the Vell dam cracked overnight", Status.SPECULATIVE),
        ("Police suspect arson in Ostra ferry terminal fire", Status.SPECULATIVE),
        # talks are not a deal
        ("Ostra ferry line in serious discussions to buy rival", Status.SPECULATIVE),
        # headlinese the parser reads as one noun run
        ("Rebel video claims beheading of Ostra aid worker", Status.ALLEGED),
        # an arranged event reported as such is the writer's claim, not a hedge
        ("Ostra harbour board set to approve ferry sale", Status.UNATTRIBUTED),
        ("Ostra harbour board expected to approve ferry sale", Status.SPECULATIVE),
    ],
)
def test_hedges_rounds_fears_and_title_modals(text: str, status: Status) -> None:
    from newstrace.extract.classify import status_of_texts

    assert status_of_texts([text])[0][0] == status.value


def test_a_silence_told_beside_a_rumour_leaves_it_a_rumour() -> None:
    from newstrace.extract.classify import status_of_texts

    text = (
        "A source close to the ministry told the Ostra Post that the ferry had been sold, "
        "a claim the ministry did not comment on."
    )
    assert status_of_texts([text])[0][0] == Status.RUMOUR.value
    alone = "The ministry did not comment on the claim that the ferry had been sold."
    assert status_of_texts([alone])[0][0] == Status.NO_COMMENT.value
