"""Reporting status on ordinary news body prose, pinned on fiction.

The status rules were first written on headlines; these sentences are the body prose
users feed in: "said in a statement", "who spoke on condition of anonymity", "did not
return calls seeking comment", "officials are investigating whether". Every sentence
was written for this test (people, places and outlets are invented). Each is judged
the way ``newstrace classify status`` judges it: parsed, attributed, and decided as one
unit. Where the right status is arguable, a comment says which way we went and why:
the choice is the one a fact-checker tracking the claim would want.
"""

from __future__ import annotations

from functools import cache

import pytest

from newstrace.model import Status

C, A, AL, R = Status.CONFIRMED, Status.ATTRIBUTED, Status.ALLEGED, Status.RUMOUR
D, N, S, U = Status.DENIED, Status.NO_COMMENT, Status.SPECULATIVE, Status.UNATTRIBUTED

CONFIRMED = [
    ("The Vellmark transport ministry confirmed on Tuesday that the Ostra ferry route "
     "would close in June.", C),
    ("Mayor Ilse Brandt confirmed to the Harbour Herald that she had signed the contract.", C),
    ("In a statement, Kelby Water acknowledged that 40 tonnes of sludge had entered the "
     "reservoir.", C),
    ("The Dornach police department said in a statement that two officers had been "
     "suspended.", C),
    ("Ostra Shipping admitted that its vessel had sailed without a licence.", C),
    ("A spokesperson for the Marrow County council confirmed the bridge would stay shut "
     "until March.", C),
    ("Health minister Tomas Verhoeven announced on Monday that the clinic would reopen.", C),
    # the coastguard is a public body by its function, on the record though unnamed
    ("The coastguard confirmed that all 32 passengers had been rescued.", C),
    ("Prosecutors in Lindau confirmed the arrest of a 45-year-old man.", C),
    ("Police confirmed the identity of the victim on Thursday.", C),
    ("Karin Holt, the company's chief executive, confirmed the layoffs in an email to "
     "staff.", C),
    ("The city's finance director, Paul Ember, acknowledged the shortfall at a council "
     "meeting on Wednesday.", C),
    ("The ministry said in a statement that the dam was safe.", C),
    ("The company acknowledged in a court filing that it had destroyed the records.", C),
    ("In a statement, the council said the bridge was safe.", C),
    ("Ostra Shipping, in a statement, said it was cooperating fully with investigators.", C),
    # "can confirm" confirms; only "cannot confirm" is a verification nobody could make
    ("Police can confirm that two men were arrested.", C),
    ('"I can confirm that the ferry has been sold," Brandt said.', C),
]  # fmt: skip

ATTRIBUTED = [
    ("The plant will employ 300 people, Mayor Ilse Brandt said.", A),
    ("According to the Vellmark statistics office, unemployment rose to 7.2 percent in "
     "March.", A),
    ("Karin Holt told the Harbour Herald that the merger would be completed by autumn.", A),
    ("The council said the new tram line would cost 84 million crowns.", A),
    ('"We have never seen water this high," said Anna Lind, a farmer in Reedby.', A),
    ("Fire chief Olav Dunn said the blaze started in a storage shed.", A),
    # a town's police force, named by its town: a body on the record
    ("Ostra police said three people had been taken to hospital.", A),
    ("Speaking to reporters on Friday, Senator Mara Quill said the vote would go ahead.", A),
    # the relative clause describes the named source; it does not make her unnamed
    ("Dr Lena Ruiz, who led the study, said the results were consistent across all age "
     "groups.", A),
    ('"The numbers simply do not add up," opposition leader Jonas Feld told the Courier.', A),
    # a quoted opinion is the speaker's, attributed; the writer's own view is not this
    ("The decision was a disgrace, said opposition leader Jonas Feld.", A),
    ('"Why would anyone believe this?" Brandt asked.', A),
    ("Feld called the mayor's decision a disgrace.", A),
    ('"We did not sell the ferry," Brandt said.', A),
    ('"This budget is a betrayal of working families," Feld said.', A),
    ("Opposition leader Jonas Feld said he thought the budget was a mistake.", A),
    # a named person on social media is on the record: not an anonymous online origin
    ("Mayor Brandt wrote on Facebook that the bridge would reopen on Monday.", A),
    ("Brandt said in a post on X that the ferry had been sold to a Lindau firm.", A),
    ("Ostra Shipping said in a filing that revenue fell by 11 percent last year.", A),
    ("The harbour master, Per Aune, said the ship had left port without clearance.", A),
    # the body's own voice, though the spokesman is not named
    ("A government spokesman said the talks were going well.", A),
    ("A report by the Ostra Audit Office found that 12 schools lacked fire exits.", A),
    ("The fire brigade said the blaze was under control by 3 a.m.", A),
    ("The company said revenue rose 4 percent in the third quarter.", A),
    ("Scientists at the Farrow Institute found that the lake had warmed by 2 degrees.", A),
    ("Data from the Vellmark statistics office show that exports fell 3 percent.", A),
    ("Brandt, 54, said the ferry would be sold.", A),
    ("Holt, speaking at a press conference in Lindau, said the plant would close.", A),
    ("The mayor, Ilse Brandt, said the plant would close.", A),
    # a negative statement by a source is its statement, not a denial
    ("Police said the fire was not suspicious.", A),
    ("The company said it had not been contacted by regulators.", A),
    ("An investigation by the Herald found that the company had ignored 40 complaints.", A),
    # arguable: a singular "the mayor", "the minister" is one identifiable person, whom
    # the article names or the reader can name, on the record; a fact-checker can go
    # back to her, as to "the council" (unlike "the source", "the official", below)
    ("The mayor said the bridge would reopen on Monday.", A),
    ("The minister told parliament that the budget was balanced.", A),
    ("The company's chief executive said the plant would close.", A),
    ("The mayor did not deny the report.", A),
    ("Reached by phone, Holt said she had not seen the report.", A),
    ("In an interview, Brandt said the ferry had been sold.", A),
    # a public body's records are on the record, like the body
    ("Police records show the car was registered to Dunn.", A),
    ("Dunn's lawyer, Mia Stark, said her client would appeal.", A),
    ("Dunn's lawyer said his client would appeal.", A),
    ("Brandt's spokesman said the mayor was on holiday.", A),
    ("A spokesperson for the ministry said officials were reviewing the decision.", A),
    ("Police said they had received no reports of looting.", A),
    ("It was the third such incident this year, according to police.", A),
    ("The harbour authority said on its website that the port would close at noon.", A),
    ("The union said more than 3,000 workers had joined the strike.", A),
    ("Ostra Shipping said on Tuesday it had hired an outside firm to review its safety "
     "record.", A),
    # what a search found, attributed to the police: not a claim "without evidence"
    ("Police found no evidence of forced entry at the warehouse.", A),
    # arguable: not disputing is no denial; the sentence reports Brandt's stance
    ("Brandt did not dispute the figures.", A),
]  # fmt: skip

ALLEGED = [
    ("The mayor allegedly accepted 40,000 crowns from a developer.", AL),
    ("The suspect reportedly fled to Lindau after the robbery.", AL),
    ("Ostra Shipping is said to have paid the inspectors to look away.", AL),
    ("The activist group claims that the factory dumped waste into the river.", AL),
    ("The minister is accused of misusing public funds for private travel.", AL),
    ("Prosecutors allege that Dunn falsified the safety records.", AL),
    ("The director is believed to have left the country on Sunday.", AL),
    ("The Harbour Herald reported that the mayor had resigned.", AL),
    ("The lawsuit alleges that the hospital lost patient records.", AL),
    # another outlet's report relayed, though that outlet cites a document in turn
    ("The Daily Flash, citing a leaked memo, reported that the port would be sold.", AL),
    # arguable: "critics" are nobody in particular; the claim is theirs, unchecked
    ("Critics say the dam project has displaced more than 2,000 families.", AL),
    ("The Vellmark Times was first to report that the clinic had lost its licence.", AL),
    ("Dunn is suspected of setting fire to the warehouse.", AL),
    ("The deal was reportedly worth about 12 million crowns.", AL),
    ("The fire is thought to have started in the kitchen.", AL),
    ("Feld, speaking on a radio show, claimed the budget had been rigged.", AL),
    ("The mayor is said to be furious.", AL),
    ("The ferry, the Marit, reportedly sank in calm seas.", AL),
    ("The ministry said it was looking into the reports.", AL),
    ("Local media reported that two ministers had resigned.", AL),
    ("Officials said the bridge would reopen on Monday.", AL),
    ("Experts say the dam is unsafe.", AL),
    ("Brandt is understood to have met the developer twice.", AL),
    ("It is understood that the talks collapsed on Friday.", AL),
    ("The mayor is reported to have resigned.", AL),
    ("It is alleged that Dunn took the money.", AL),
    ("Dunn is alleged to have taken the money.", AL),
    ("The video is believed to have been filmed in Reedby.", AL),
    ("The mayor's office said it was aware of the allegations and was looking into them.", AL),
    # a role that keeps its holder unnamed, even with "the"
    ("The official said the budget would be cut.", AL),
    ("The spokesman said the ferry was safe.", AL),
    ("The officials said the bridge was safe.", AL),
    ("The ferry operator is reportedly in talks to sell its fleet.", AL),
    ("The mayor would have known about the payments, critics say.", AL),
    ("Two people were injured, according to local media.", AL),
    ("The allegations have not been tested in court.", AL),
    ("The Vellmark Times, which first reported the story, said the payment was made in "
     "cash.", AL),
]  # fmt: skip

RUMOUR = [
    ("Rumours that the factory will close have circulated in Reedby for weeks.", R),
    ("An unverified video posted on social media appears to show flooding at the "
     "station.", R),
    ("The Herald was unable to verify the photographs.", R),
    ("A senior official, who spoke on condition of anonymity, said the talks had "
     "collapsed.", R),
    ("A source close to the minister said he would resign within days.", R),
    ("Posts circulating online claim that the water supply has been poisoned.", R),
    ("According to an anonymous account on Telegram, the general was arrested overnight.", R),
    ("The figures have not been independently confirmed.", R),
    ("According to two people familiar with the matter, the bank plans to cut 500 jobs.", R),
    ("People familiar with the negotiations said a deal could be announced next week.", R),
    ("Speculation is growing that the coach will be sacked.", R),
    ("A person with knowledge of the investigation, who asked not to be named because the "
     "inquiry is ongoing, said the suspect had confessed.", R),
    ("Unconfirmed reports say three soldiers were killed at the border.", R),
    ("Sources told the Courier that the contract was worth 12 million crowns.", R),
    ("A police officer, speaking on condition of anonymity because he was not authorised "
     "to talk to the press, said the driver had been drinking.", R),
    ("Two government officials, who asked not to be identified, said the plan had been "
     "shelved.", R),
    ("An official at the ministry, who was not authorised to speak publicly, said the "
     "budget would be cut.", R),
    # "could not confirm" is not knowing, a rumour cue; "would not confirm" is withholding
    ("The Courier could not confirm the account.", R),
    ("The report could not be immediately verified by the Herald.", R),
    ("The authenticity of the letter could not be established.", R),
    ("The pictures have been widely shared but their authenticity has not been "
     "established.", R),
    ("The claim, which spread widely on messaging apps, has no known source.", R),
    ("The photographs, whose origin is unclear, were shared thousands of times.", R),
    ("No evidence has emerged to support the claim that the water was poisoned.", R),
    ("Officials said they were aware of the reports but could not confirm them.", R),
    ("The source said the talks had collapsed.", R),
    ("The unnamed official said the plan was dead.", R),
    ("The figure could not be checked independently.", R),
    ("The Herald could not independently confirm the report.", R),
    ("None of the claims has been verified.", R),
    ("An anonymous letter sent to the Courier accuses the mayor of taking bribes.", R),
    ("Users on a local forum claimed the bridge had cracked.", R),
    # a post is an online origin: rumour outranks the "claimed" that would make it alleged
    ("The post, which has since been deleted, claimed that the mayor had fled.", R),
    # an online origin, whatever the video purports to show
    ("A video shared on TikTok purports to show the ferry sinking.", R),
    ("The Courier has not been able to independently verify the claims.", R),
    # arguable (alleged or rumour): unnamed members of the public are an origin nobody
    # can go back to, so the claim stays a rumour until someone on the record says it
    ("Residents told the Courier that the water had been brown for weeks.", R),
    ("Witnesses said they heard two explosions shortly before midnight.", R),
    ("The company has been accused by former employees of ignoring safety warnings.", R),
]  # fmt: skip

DENIED = [
    ("Ostra Shipping denied any wrongdoing.", D),
    ("The mayor dismissed the reports as baseless.", D),
    ("A spokesman for the council rejected the allegations.", D),
    ("Kell called the claims completely false.", D),
    ("The company said the report was false.", D),
    ("The minister flatly denied that she had met the developer.", D),
    ("The police said there was no truth to the rumours.", D),
    ("The hospital disputed the figures, saying only 14 patients had been affected.", D),
    ("Brandt rejected suggestions that she would step down.", D),
    ("The army said reports of civilian deaths were fabricated.", D),
    ("Karin Holt has denied ever receiving the payment.", D),
    ("Lawyers for Dunn said the charges were baseless and that he would fight them in "
     "court.", D),
    ("The embassy said the photographs had been doctored.", D),
    ("The council said the story was untrue.", D),
    ("The ministry described the claims as nonsense.", D),
    ("The club insisted that the report was inaccurate.", D),
    ("Kelby Water said the allegations were without foundation.", D),
    ("The company said the video was misleading and had been taken out of context.", D),
    ("Police have confirmed that the rumours about a second gunman were false.", D),
    ("The rumour that the ferry sank was false, the coastguard said.", D),
    ("The mayor's claim that the ferry was sold is false.", D),
    ("Contrary to reports on social media, the bridge has not collapsed.", D),
    ('"That is simply not true," Brandt said.', D),
    ('"We categorically deny these allegations," the company said in a statement.', D),
    # a plea answers the charge
    ("Dunn has pleaded not guilty to all charges.", D),
    ("The claims have been widely debunked.", D),
    ("The council later retracted the statement.", D),
    ('The company said the allegations were "categorically untrue".', D),
    ("Brandt branded the story a smear.", D),
    ('The minister hit back at the claims, calling them "fantasy".', D),
    ("Kell has consistently denied the allegations.", D),
    ("The claim is misleading, according to the Vellmark Fact Desk.", D),
    ("Brandt has previously denied the allegations.", D),
    ("The ministry has denied reports that the minister will resign, calling them "
     "speculation.", D),
]  # fmt: skip

NO_COMMENT = [
    ("Ostra Shipping declined to comment on the allegations.", N),
    ("The ministry did not return calls seeking comment.", N),
    ("A spokesperson for Kelby Water did not respond to a request for comment.", N),
    ("Brandt refused to be drawn on whether she would stand again.", N),
    ("A spokesperson for Ostra Shipping said the company does not comment on rumours.", N),
    ("Emails to the mayor's office went unanswered.", N),
    ("The embassy would neither confirm nor deny the arrest.", N),
    ("The council has not responded to questions from the Herald.", N),
    ("Representatives for the singer could not be reached for comment.", N),
    ("The club said it would not comment while the investigation was ongoing.", N),
    ("Police declined to say whether anyone had been arrested.", N),
    ("The minister's office did not immediately reply to an email on Sunday.", N),
    ("Asked about the payment, Holt said she had no comment.", N),
    ("The company has yet to respond to the allegations.", N),
    ("The mayor did not confirm the closure.", N),
    ("Kelby Water did not respond to repeated requests for comment.", N),
    ("The ministry declined to give further details.", N),
    ("A spokesman said the company would not discuss individual cases.", N),
    ("Holt did not confirm or deny the report.", N),
    ("Police would not say how many officers were involved.", N),
    ("The company did not immediately respond to the Herald's questions on Friday.", N),
    ("Brandt's office said she was unavailable for comment.", N),
    ("The mayor did not say whether she would resign.", N),
    ("Brandt declined to be interviewed for this article.", N),
    ("Holt declined an interview request.", N),
    ("Neither the ministry nor the company responded to requests for comment.", N),
    ("The company did not immediately return a message seeking comment.", N),
    ("A message left at the mayor's office was not returned.", N),
    ("Brandt, reached by phone on Monday, would not comment.", N),
    ("Holt declined to answer questions about the payments.", N),
    ("The company did not answer specific questions about the spill.", N),
    ('"I won\'t comment on rumours," Holt said.', N),
    ('"I have no comment," Holt said.', N),
]  # fmt: skip

SPECULATIVE = [
    ("The storm could reach the coast by Thursday.", S),
    ("The bridge may have been damaged by the earlier flood.", S),
    ("If the reports are true, the ferry was carrying twice its licensed load.", S),
    ("The new tax is expected to raise 300 million crowns a year.", S),
    ("It is unclear whether the mayor knew about the payments.", S),
    ("Was the fire set deliberately?", S),
    ("The vote is likely to be delayed until autumn.", S),
    ("Analysts suggest the merger might face opposition from regulators.", S),
    ("The outbreak appears to have started at a farm near Reedby.", S),
    ("The company is considering moving its headquarters to Lindau.", S),
    # a conditional forecast, the condition put first (also inverted)
    ("Should the deal collapse, 400 jobs would be at risk.", S),
    ("If the council approves the plan, the tower will be built by 2030.", S),
    ("The death toll is feared to be much higher.", S),
    ("The cause of the crash is not yet known.", S),
    # a suspicion or an open inquiry, whoever holds it: not an allegation
    ("Investigators suspect the fire was caused by faulty wiring.", S),
    ("Officials are investigating whether the fire was set deliberately.", S),
    ("Officials have not ruled out sabotage.", S),
    ("Police are trying to establish whether the two fires are linked.", S),
    ("The council is weighing whether to close the school.", S),
    ("It remains unclear how many people were aboard.", S),
    # a named source, but what she says is itself a maybe
    ("Mayor Brandt said the ferry might be sold.", S),
    ('"It may be months before we know," Brandt said.', S),
    ('Brandt said the ferry would "probably" be sold.', S),
    ("It is possible that the fire was started by a cigarette.", S),
    ("The bridge will probably reopen next week.", S),
    ("The company is unlikely to survive the year.", S),
    ("The council said it was too early to say whether the pool would reopen.", S),
    ("Police said it was not clear who had fired first.", S),
    ("Whether the ferry was overloaded remains unclear.", S),
    ("Questions remain about who authorised the payment.", S),
    ("It was not immediately clear why the ferry left port.", S),
    ("The cause of the fire was not immediately known.", S),
    ("Whether the plan will survive a court challenge is another question.", S),
    ("It could not be determined whether the two men knew each other.", S),
    ("It is not known how the fire started.", S),
    ("Brandt is expected to announce her resignation on Friday.", S),
    ("The plan, if approved, would cost 84 million crowns.", S),
    ("It remains to be seen whether the ban will be enforced.", S),
    ("There are fears that the dam could burst.", S),
    ("Concerns have been raised that the water may be contaminated.", S),
    ("No one knows how many people were aboard.", S),
]  # fmt: skip

UNATTRIBUTED = [
    ("The Reedby dam was completed in 1962 and holds 40 million cubic metres of water.", U),
    ("The ferry sank about two miles off the coast of Ostra.", U),
    ("Three people were killed and 12 injured in the explosion.", U),
    ("The mayor resigned on Friday after six years in office.", U),
    # in body text a negative statement is a claim of its own, not a denial
    ("The company did not pay any tax in 2021.", U),
    ("The bridge was not damaged in the storm.", U),
    ("The fire did not spread to neighbouring buildings, and no one was hurt.", U),
    ("Ostra's population has grown by 20 percent since 2010.", U),
    ("Brandt, who has led the council since 2015, is the first woman to hold the post.", U),
    ("Police arrested two men in connection with the robbery.", U),
    # a purpose clause's "could" hedges nothing
    ("The company closed its factory in Reedby so that it could cut costs.", U),
    ("The museum will open in May.", U),
    ("The harbour was closed for three days while divers searched the wreck.", U),
    # a report of nothing is the writer's statement, not a relayed report
    ("There were no immediate reports of injuries.", U),
    ("No one was reported hurt in the blaze.", U),
    ("The ship was carrying 140 passengers, more than twice the number allowed.", U),
    # a condition with no forecast states the law
    ("If convicted, Dunn faces up to ten years in prison.", U),
    ("The council will vote on the plan on Thursday.", U),
    ("Police have yet to identify the victim.", U),
    ("The figure was later revised down to 14.", U),
    ("No arrests have been made.", U),
    ("The incident was captured on video.", U),
    ("The ministry has since deleted the post.", U),
    ("Brandt has not been charged with any crime.", U),
    ("Residents can check the water quality online.", U),
    # a concession, not an open question
    ("Whether the council approves the plan or not, the tower will be built.", U),
]  # fmt: skip

OPINION = [
    ("I believe the council has failed the people of Reedby.", Status.OPINION),
    ("I think the mayor should have resigned months ago.", Status.OPINION),
]

CASES = (
    (CONFIRMED + ATTRIBUTED + ALLEGED + RUMOUR + DENIED + NO_COMMENT + SPECULATIVE)
    + UNATTRIBUTED
    + OPINION
)


@cache
def _statuses() -> dict[str, str]:
    """All sentences judged in one batch (spaCy loads once)."""
    from newstrace.extract.classify import status_of_texts

    texts = [t for t, _ in CASES]
    return {t: s for t, (s, _) in zip(texts, status_of_texts(texts), strict=True)}


@pytest.mark.parametrize(("text", "status"), CASES)
def test_status_of_news_prose(text: str, status: Status) -> None:
    assert _statuses()[text] == status.value


def test_every_status_is_covered() -> None:
    assert {s for _, s in CASES} == set(Status)
