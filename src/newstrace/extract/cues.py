"""Cue lexicons for reporting status: the words and patterns ``status`` looks for.

Kept apart from the decision logic in ``status.py`` so each can be read on its own.
Patterns are case-insensitive and match whole words.
"""

from __future__ import annotations

import re

from ..model import Status
from .cuefilter import CueScanner, alternation

__all__ = [
    "CUES",
    "CUE_SCANNER",
    "CUE_VERBS",
    "EVIDENCE",
    "GENERIC_SOURCES",
    "LEAD_COLON",
    "MONTH_MAY",
    "PRONOUNS",
    "QUESTION_START",
    "STOPWORDS",
    "TRAIL_COLON",
    "TRAIL_SAY",
    "VERDICT_LINE",
]


_PARTS: dict[re.Pattern[str], tuple[str, ...]] = {}


def _rx(*parts: str) -> re.Pattern[str]:
    rx = re.compile(alternation(parts), re.I)
    _PARTS[rx] = parts
    return rx


# "could not", "cannot", "can't": an inability (a verification nobody could make)
_CANNOT = r"(?:(?:could|can)\s*not|cannot|can[’']t|could\s*n[’']t)"
# what a denial denies, as a noun
_CLAIM_NOUNS = (
    r"(?:claims?|reports?|allegations?|accusations?|rumou?rs?|stor(?:y|ies)|suggestions?|"
    r"assertions?|notion|idea|account|version|figures?|numbers?|findings?|charges?|"
    r"characteri[sz]ations?|speculation|theory|theories)\b"
)
# a fact-check's rating line, which rates the claim stated before it
VERDICT_LINE = re.compile(r"^\W*(?:our\s+)?(?:verdict|rating|ruling)\s*:", re.I)
CUES: dict[Status, re.Pattern[str]] = {
    Status.DENIED: _rx(
        r"den(?:y|ies|ied|ying|ial|ials)",
        # rejecting, disputing or dismissing a claim, not an offer or a case: "rejected
        # the allegation", "disputes the figures", "dismissed as a hoax", "rejected that"
        r"(?:reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?)\s+"
        r"(?:(?:as|that)\b|(?:[\w’'-]+\s+){0,3}?" + _CLAIM_NOUNS + r")",
        r"refut(?:e|es|ed|ing)",
        r"rebut(?:s|ted)?",
        r"debunk(?:s|ed|ing)?",
        # "branded the story a smear", "calling them 'fantasy'"
        r"(?:call(?:ed|s|ing)|brand(?:ed|s|ing)|label(?:led|ed|ling|ing)|dubb(?:ed|ing))\s+"
        r"(?:[\w’'-]+\s+){0,6}?[\"“‘']?(?:a\s+)?(?:smears?|fantasy|fiction|fabrications?|"
        r"witch[- ]hunt|lies|nonsense|rubbish)(?![\w-])",
        r"(?:called|calls|branded|labelled|labeled)\s+(?:\w+\s+){0,6}?(?:false|fake|baseless|untrue|"
        r"nonsense|fabricated|a\s+hoax|a\s+lie|lies|crazy|ridiculous|absurd|preposterous|laughable)",
        r"(?:is|was|are|were)\s+(?:completely\s+|entirely\s+)?(?:false|untrue|fake|a\s+hoax|fabricated|baseless)",
        r"(?:not|never)\s+true",
        # "described the claims as nonsense", "characterised the report as misleading"
        r"(?:describ|characteri[sz])(?:es|ed|ing)\s+(?:[\w’'-]+\s+){0,5}?as\s+(?:\w+\s+)?(?:false|fake|"
        r"baseless|untrue|nonsense|fabricated|a\s+hoax|a\s+lie|lies|ridiculous|absurd|unfounded|"
        r"groundless|misleading|inaccurate|fiction)",
        # "the allegations were without foundation", "called the lawsuit without merit"
        r"(?:is|are|was|were|be|been|as|called|calls|completely|entirely|totally)\s+"
        r"(?:(?!not\b|never\b)\w+\s+)?(?:unfounded|groundless|without\s+(?:any\s+)?"
        r"(?:foundation|basis|merit))",
        r"(?:is|are|was|were|been|as|called|calls)\s+(?:(?!not\b|never\b)\w+\s+)?misleading",
        r"(?:taken|quoted|used|shown|presented)\s+out\s+of\s+context",
        # a plea answers the charge: "Dunn has pleaded not guilty"
        r"plead(?:s|ed|ing)?\s+(?:not\s+guilty|innocent)",
        r"pled\s+(?:not\s+guilty|innocent)",
        r"no\s+truth",
        r"fake\s+news",
        r"hoax(?:es|er)?",
        r"(?:has|have|had)\s+not\s+happened",
        r"satir(?:e|ical)",
        r"prank(?:s|ed)?",
        r"fool(?:s|ed)",
        r"f[ae]ll(?:s)?\s+for",
        r"trolled",
        r"myths?",
        r"wrongly",
        r"turns?\s+out\s+(?:not|to\s+be\s+(?:false|fake|a\s+hoax))",
        r"(?:rais|cast)(?:e|es|ed|ing|s)?\s+doubts?",
        r"question(?:s|ed)?\s+whether",
        r"contradict(?:s|ed)?",
        r"sho(?:o|)t(?:s)?\s+down",
        r"(?:^|(?<=:\s))no,",
        r"(?:is|was|are|were|as|be|been|outed\s+as|exposed\s+as|definitely|clearly)\s+"
        r"(?:\w+ly\s+)?(?:a\s+)?(?:fakes?|faked)",
        r"fake[- ]news",
        r"fake$",
        r"(?:is|are|was|were|be|been|as|called|calls|proved|proven|patently|completely|entirely|"
        r"totally|simply|demonstrably|categorically|flatly|utterly|absolutely)\s+(?:(?!not\b|never\b)\w+\s+)?false",
        r"false(?:ly|hood|hoods)",
        r"false\s+alarms?",
        r"^false",
        r"(?:categorically|completely|totally|patently)\s+(?:wrong|untrue)",
        r"(?:not|\w+n[’']t|never)\s+(?:actually\s+)?dead",
        r"(?:not|\w+n[’']t|never)\s+actually",
        r"(?:\w+n[’']t|not)\s+(?:\w+\s+)?real(?!\s+estate)",
        r"not\s+a\s+thing",
        r"bogus",
        r"made\s+(?:it|this|that|them|the\s+\w+)\s+(?:all\s+)?up",
        r"photoshop(?:s|ped)?",
        r"doctored",
        r"rebuff(?:s|ed)?",
        r"doubts?\s+(?:cast|raised|grow|grows|mount)",
        r"set(?:s|ting)?\s+the\s+record\s+straight",
        r"too\s+good\s+to\s+(?:check|be\s+true)",
        r"reality\s+check",
        r"^sorry,",
        r"every(?:one|body)\s+(?:relax|chill|calm\s+down)",
        r"fabricat(?:ed|ion|ions|ing)",
        r"rubbish",
        r"(?:wildly|greatly|grossly|hugely|completely|totally)\s+(?:inaccurate|exaggerated)",
        r"(?:is|are|was|were|be|been|likely|probably|called|calls)\s+(?:\w+\s+)?(?:inaccurate|"
        r"exaggerated|erroneous)",
        r"(?:kill|kills|killed|quash(?:es|ed)?|dispel(?:s|led)?|squash(?:es|ed)?|scotch(?:es|ed)?|"
        r"put(?:s)?\s+to\s+rest)\s+(?:\w+\s+){0,4}?rumou?rs?",
        r"rumou?rs?\s+(?:\w+\s+){0,2}(?:put\s+to\s+rest|dispelled|quashed|scotched)",
        r"(?:despite|contrary\s+to)\s+(?:\w+\s+){0,3}(?:rumou?rs?|reports?|claims?)",
        r"despite\s+what\s+(?:everyone|everybody|people|some)",
        r"^no\s*[-–—]",
        r"(?<=\?)\s+(?:probably\s+)?(?:no|not|nope)",
        r"(?:is|was|are|were)\s+not\s+by",
        r"\w+n[’']t\s+by",
        r"fake\s+(?:\w+\s+){0,3}?(?:accounts?|websites?|sites?|reports?|stor(?:y|ies)|photos?|"
        r"videos?|images?|tweets?|posts?|profiles?)",
        r"(?<!I\s)(?<!no\s)(?<!little\s)doubt(?:s|ed)?\s+(?:that|whether)",
        r"bullshit",
        r"nope",
        r"duped",
        r"retract(?:s|ed|ion|ions)?",
        r"misinformation",
        r"disinformation",
        # a fact-check's verdict: "Verdict: False", "Our rating: Mostly false"
        r"(?:verdict|rating|ruling|conclusion)\s*:\s*(?:mostly\s+|largely\s+)?(?:false|fake|"
        r"misleading|incorrect|wrong|untrue|not\s+true|fabricated|pants\s+on\s+fire)",
    ),
    Status.NO_COMMENT: _rx(
        r"declin(?:ed|es|ing)\s+(?:to\s+)?(?:immediate\s+|further\s+)?(?:comment|confirm|respond)",
        r"(?:did|does|do|would|could)\s*(?:not|n[’']t)\s+(?:immediately\s+)?(?:comment|respond|reply|return)",
        # "could not confirm" is not knowing (a rumour cue), "would not confirm" withholding
        r"(?:did|does|do|would)\s*(?:not|n[’']t)\s+(?:immediately\s+)?confirm",
        r"(?:would|does|do)\s*(?:not|n[’']t)\s+discuss",
        r"(?:will\s+not|won[’']t)\s+(?:comment|discuss|respond|confirm)",
        r"(?:did|does|do|would)\s*(?:not|n[’']t)\s+(?:immediately\s+)?answer\s+(?:[\w’'-]+\s+){0,2}?"
        r"questions",
        r"(?:refus|declin)(?:ed|es|ing)\s+to\s+be\s+drawn",
        r"refus(?:ed|es)\s+to\s+(?:comment|confirm)",
        # withheld: "refused to say whether", "declined to discuss the sale"
        r"(?:refus|declin)(?:ed|es|ing)\s+to\s+(?:say\s+(?:whether|if|how|why|what|who|when|where)|"
        r"discuss|elaborate|answer\s+questions|(?:give|provide|offer)\s+(?:any\s+)?"
        r"(?:further\s+|more\s+|additional\s+|other\s+)?details)",
        r"(?:neither\s+)?confirm(?:ed)?\s+(?:n|)or\s+den(?:y|ied)",
        r"no\s+(?:immediate\s+|further\s+)?comment",
        r"(?:not|n[’']t)\s+(?:immediately\s+)?be\s+reached",
        r"(?:was|were|is|are)\s+(?:not\s+(?:immediately\s+)?available|unavailable)\s+for\s+comment",
        # "police would not say how many officers were involved"
        r"(?:would|will|did)\s*(?:not|n[’']t)\s+say\s+(?:whether|if|how|why|who|when|where)",
        r"(?:request|requests)\s+for\s+comment\s+(?:went\s+unanswered|was\s+not\s+returned)",
        r"(?:calls?|e-?mails?|messages?|requests?|inquiries|queries)\s+(?:[\w’'-]+\s+){0,8}?"
        r"(?:went|have\s+gone|has\s+gone)\s+unanswered",
        r"(?:calls?|e-?mails?|messages?)\s+(?:[\w’'-]+\s+){0,8}?"
        r"(?:(?:was|were)\s+not|(?:has|have)\s+not\s+been)\s+returned",
        r"declin(?:ed|es|ing)\s+(?:to\s+be\s+interviewed|(?:an?\s+|repeated\s+|several\s+)?"
        r"(?:interview\s+requests?|requests?\s+for\s+(?:an?\s+)?interviews?))",
        r"^neither\b[^.;]*?\bnor\b[^.;]*?\b(?:responded|replied|commented|returned)",
        r"(?:has|have|had)\s+(?:not|yet\s+to)\s+(?:commented|responded|confirmed)",
        r"(?:has|have|had)\s+yet\s+to\s+(?:comment|respond|confirm)",
    ),
    Status.RUMOUR: _rx(
        r"rumou?r(?:s|ed)?",
        r"unverified",
        r"unconfirmed",
        r"unsubstantiated",
        # negated only: "I can confirm" is a confirmation, "cannot be confirmed" is not
        _CANNOT
        + r"\s*(?:be\s+)?(?:(?:independently|immediately)\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)",
        r"(?:impossible|difficult|hard)\s+to\s+(?:independently\s+)?(?:verify|confirm|authenticate)",
        r"speculation",
        # "has not been independently verified", "was unable to verify", "could not be
        # authenticated", "has not independently confirmed": nobody could check it
        r"(?:has|have|had|is|are|was|were)\s+not\s+(?:yet\s+)?been\s+(?:independently\s+)?"
        r"(?:verified|confirmed|authenticated)",
        r"(?:unable|not\s+(?:been\s+)?able|failed)\s+to\s+(?:independently\s+)?"
        r"(?:verify|confirm|authenticate)",
        # "a video shared on TikTok", "photos circulating on Telegram": an online origin
        r"(?:videos?|photos?|photographs?|images?|posts?|messages?|clips?|footage)\s+(?:[\w’'-]+\s+){0,2}?"
        r"(?:shared|posted|circulating|circulated|spread)\s+(?:widely\s+)?on\s+(?:social\s+media|"
        r"tiktok|telegram|facebook|twitter|whatsapp|instagram|youtube|x)",
        _CANNOT + r"\s*(?:be\s+)?(?:independently\s+)?authenticat(?:e|ed)",
        r"(?:has|have|had)\s+not\s+independently\s+(?:verified|confirmed)",
        # unsupported: "there is no evidence that ...", "said, without providing evidence"
        r"no\s+(?:hard\s+|solid\s+|firm\s+)?evidence",
        r"without\s+(?:providing\s+|offering\s+|citing\s+)?(?:any\s+)?evidence",
        r"circulat(?:ing|ed)\s+(?:online|on\s+social\s+media)",
        r"anonymous\s+(?:sources?|accounts?|channels?|posts?|letters?|notes?|tips?|tipsters?|"
        r"messages?|e-?mails?|callers?|users?)",
        r"hearsay",
        # a source kept unnamed: "who spoke on condition of anonymity", "who asked not to be
        # named", "speaking anonymously"
        r"(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity",
        r"(?:asked|requested|declined|refused)\s+not\s+to\s+be\s+(?:named|identified)",
        r"(?:declined|refused|did\s+not\s+want)\s+to\s+be\s+(?:named|identified)",
        r"speaking\s+anonymously",
        # nobody knows where it came from: "of unknown origin", "whose origin is unclear"
        r"(?:of\s+)?unknown\s+(?:origin|provenance)",
        r"no\s+known\s+(?:source|origin)",
        r"whose\s+(?:origin|source)s?\s+(?:is|are|was|were|remains?)\s+(?:\w+\s+)?"
        r"(?:unclear|unknown|uncertain)",
        r"(?:provenance|authenticity)\s+(?:[\w’'-]+\s+){0,4}?(?:is|are|was|were|remains?|"
        r"remained|could\s+not\s+be|has\s+not\s+been)\s+(?:still\s+|yet\s+)?(?:unclear|unknown|"
        r"uncertain|established|determined|verified)",
        _CANNOT + r"\s*(?:be\s+)?(?:independently\s+)?(?:corroborat(?:e|ed)|substantiat(?:e|ed)|"
        r"check(?:ed)?)",
        # "none of the claims has been verified"
        r"none\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:has|have|had|was|were)\s+(?:yet\s+)?been\s+"
        r"(?:independently\s+)?(?:verified|confirmed|substantiated|corroborated)",
        # passed around rather than reported: "a story going around about", "claims doing
        # the rounds online"
        r"(?:stor(?:y|ies)|claims?|rumou?rs?|reports?|posts?|videos?|photos?|images?|messages?)\s+"
        r"(?:\w+\s+){0,2}?(?:going\s+around|doing\s+the\s+rounds|making\s+the\s+rounds)",
        r"whispers",
    ),
    Status.ALLEGED: _rx(
        r"allegedly",
        r"alleg(?:e|es|ed|ing|ation|ations)",
        r"reportedly",
        r"purportedly",
        r"purport(?:s|ed|ing)?\s+to",
        r"supposedly",
        r"ostensibly",
        r"claim(?:s|ed|ing)?\s+(?:that|to)",
        r"(?:is|are|was|were\s+)?said\s+to\s+(?:be|have|\w+)",
        r"(?:is|are|was|were|been|being)\s+reported",
        r"reported\s+(?:in|to|by|at|near)",
        r"(?:claims?|reports?|allegations?)\s+(?:that|of)",
        r"(?:investigat|prob|look)(?:e|es|ed|ing|s)?\s+(?:into\s+)?(?:the\s+)?(?:claims?|reports?|allegations?)",
        r"according\s+to\s+(?:media\s+|news\s+|press\s+|local\s+)?reports",
        r"reports?\s+(?:say|says|said|suggest|suggests|claim|claims)",
        r"report:",
        r"accus(?:e|es|ed|ing)",
        r"feared\s+(?:dead|killed|captured|missing|abducted|kidnapped|drowned)",
        r"(?:believed|thought|understood|rumou?red)\s+to",
        r"it\s+(?:is|was)\s+(?:widely\s+)?(?:understood|believed|thought|rumou?red)\s+that",
        r"said\s+(?:\w+ed)\b",
        r"apparent(?:ly)?",
        r"(?:that[’']?s|is)\s+the\s+claim",
        r"^(?:[\w.'’-]+\s){0,3}(?:sources?|insiders?|experts?|reports?|officials|witnesses?|analysts?)\s*:",
        r"purported",
        r"suspected\s+(?:of|to|in)",
        r"reported\s+(?:\w+ed|dead|missing|alive)",
        r"(?:named|identified|unmasked|outed)\s+by\s+(?:the\s+)?(?:media|press|reports?|newspapers?|tabloids?)",
        r"per\s+(?:\w+\s+)?reports",
        # "after claims 400 followers were ...": an allegation made, not a legal claim
        r"(?:after|amid|following|over)\s+claims\s+(?:\w+\s+){0,5}?(?:is|are|was|were|has|had|"
        r"have|will|would|did)",
        r"claims\s+(?:he|she|they|we|i)(?=\s+\w)",
        # "is a suspect", "emerges as suspect"; not the adjective ("the data was suspect")
        r"(?:is|are|was|were)\s+(?:(?:a|an|the|key|main|prime|chief|top|possible|potential|new)"
        r"\s+){1,2}suspects?",
        r"(?:emerges?|emerged|named|identified|considered)\s+as\s+"
        r"(?:(?:a|an|the|key|main|prime|chief|top|possible|potential|new)\s+){0,2}suspects?",
    ),
    Status.SPECULATIVE: _rx(
        r"may",
        r"might",
        r"could",
        r"possibly",
        r"perhaps",
        r"likely",
        r"unlikely",
        r"probably",
        r"^possible",
        # a hedged noun after a colon or a preposition: "Update: Possible gas leak",
        # "commission on possible meteorite strike"
        r"(?:(?<=:\s)|(?<=\bon\s)|(?<=\babout\s)|(?<=\bof\s)|(?<=\binto\s))"
        r"(?:possible|probable|potential)(?=\s+[\w-]+)(?!\s+(?:to|that|for)\b)",
        # nobody knows yet: "Confusion surrounds the arrest", "mystery over the boom"
        r"(?:confusion|mystery|uncertainty)\s+(?:surrounds?|surrounded|over|about|around)",
        r"(?:a|an|its|their|his|her)\s+possible",
        r"(?:it\s+is|it[’']s|is\s+it)\s+(?:\w+\s+)?possible\s+that",
        r"seemingly\s+\w+(?:ed|es)",
        r"tipped\s+(?:to|for|as)",
        r"eyed\s+(?:to|for|as)",
        r"potentially",
        r"expected\s+to",
        r"predict(?:s|ed)?",
        r"forecasts?",
        r"if\s+(?:the\s+)?(?:reports?|claims?|rumou?rs?|true|confirmed|accurate)",
        r"if\s+(?:\w+\s+){0,4}(?:are|is|prove[sn]?)\s+(?:true|accurate|correct)",
        r"appears?\s+to",
        r"seems?\s+to",
        r"speculat(?:e|es|ed|ors?|ing)",
        r"suggest(?:s|ed|ing)?",
        r"consider(?:s|ing)",
        r"mull(?:s|ing)",
        r"in\s+(?:\w+\s+)?(?:talks|discussions|negotiations)\s+(?:to|with|over|about|on)",
        r"in\s+talks",
        r"questions?\s+(?:raised|over|remain)",
        r"\?{2,}",
        r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?unclear",
        r"remain(?:s|ed)?\s+to\s+be\s+seen",
        r"no\s*(?:one|body)\s+(?:yet\s+|really\s+)?knows",
        # a conditional set off by commas before a forecast: "The plan, if approved, would"
        r"(?<=,\s)if(?=\s[^,]{2,40},\s*(?:would|will)\b)",
        r"it\s+is\s+not\s+(?:yet\s+|immediately\s+)?(?:clear|known)",
        # "Whether the ferry was overloaded remains unclear"; not a concession, whose main
        # clause follows a comma ("Whether she wins or loses, ...", "Whether the issue is
        # X, Y or Z, ...")
        r"^whether\b(?=[^,;]*$)",
        r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+|immediately\s+)?"
        r"(?:known|clear)|"
        r"unknown)",
        r"feared\s+to",
        r"too\s+(?:early|soon)\s+to\s+(?:say|tell|know|determine|speculate)",
        # not excluded: "officials have not ruled out sabotage", "cannot be ruled out"
        r"(?:not|n[’']t|never)\s+(?:yet\s+)?(?:been\s+)?rul(?:e|ed|ing)\s+out",
        r"(?:cannot|can[’']t|could\s+not)\s+be\s+ruled\s+out",
        # an open inquiry: "investigating whether", "trying to establish how"
        # (not a task described: "reviewers determine whether it should stay up")
        r"(?:investigat|prob|examin|weigh|consider|assess|review|determin|establish|ascertain)"
        r"ing\s+whether",
        r"(?:to|will|would)\s+(?:investigate|probe|examine|weigh|consider|assess|review|determine|"
        r"establish|ascertain)\s+whether",
        r"(?:trying|seeking|working|attempting)\s+to\s+(?:establish|determine|ascertain|find\s+out|"
        r"work\s+out)\s+(?:whether|if|how|why|what|who|when|where)",
        # a conditional forecast: "If the council approves, the tower will be built", "Should
        # the deal collapse, 400 jobs would be at risk"
        # ("If anything, ...", "If so, ..." are no conditions)
        r"^(?:if|unless|should|had|were)(?!\s+(?:anything|so|not|only|ever|nothing)\b)"
        r"(?=\s[^,;]{3,80},[^;.]*?\b(?:would|will)\b)",
    ),
    Status.CONFIRMED: _rx(
        r"confirm(?:s|ed|ing)?",
        r"verif(?:y|ies|ied)",
        r"announc(?:e|es|ed|ing)",
        r"acknowledg(?:e|es|ed|ing)",
        r"admit(?:s|ted|ting)?",
        r"officially",
        r"(?:said|says)\s+in\s+a\s+(?:written\s+)?statement",
        # "In a statement, the council said", "Ostra Shipping, in a statement, said"
        r"(?:^|(?<=,\s))in\s+a\s+(?:written\s+|brief\s+|short\s+)?statement(?=\s*,)",
        r"declar(?:e|es|ed)",
        r"it[’']?s\s+official",
        r"(?:verdict|rating|ruling|conclusion)\s*:\s*(?:mostly\s+|largely\s+)?(?:true|correct|"
        r"accurate)",
    ),
}
# ``CUES`` for ``finditer`` over a sentence: the same matches, found faster by trying
# only the alternatives whose literal words the sentence holds (see ``cuefilter``)
CUE_SCANNER = CueScanner([(status, _PARTS[rx]) for status, rx in CUES.items()])
# Cue words of the attribution verb itself, read from the attribution's cue span.
CUE_VERBS: dict[Status, re.Pattern[str]] = {
    Status.DENIED: CUES[Status.DENIED],
    Status.ALLEGED: _rx(r"claim(?:s|ed|ing)?", r"alleg(?:e|es|ed|ing)", r"insist(?:s|ed)?"),
    Status.CONFIRMED: CUES[Status.CONFIRMED],
    # a source's fear or suspicion is not a statement of fact: "residents fear the dam
    # cracked", "police suspect arson"
    Status.SPECULATIVE: _rx(r"fear(?:s|ed)?", r"suspect(?:s|ed)?"),
}
QUESTION_START = re.compile(
    r"^(?:is|are|was|were|will|would|could|can|should|did|does|do|has|have|had|who|what|why|"
    r"how|when|where|which)\b",
    re.I,
)
MONTH_MAY = re.compile(
    r"(?:\b(?:in|on|of|since|until|by|last|next|early|late|mid|this|from)\s+May\b|May\s+\d|May\s*$)"
)
GENERIC_SOURCES = frozenset(
    [
        "official",
        "officials",
        "source",
        "sources",
        "report",
        "reports",
        "media",
        "paper",
        "newspaper",
        "police",
        "authorities",
        "experts",
        "analysts",
        "witnesses",
        "residents",
        "people",
        "observers",
        "insiders",
        "aides",
        "group",
        "monitor",
        "monitors",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "government",
        "ministry",
        "army",
        "military",
        "investigators",
        "prosecutors",
        "researchers",
        "scientists",
        "doctors",
        "reporters",
        "journalists",
        "activists",
        "critics",
        "lawyers",
        "diplomats",
        "documents",
        "document",
        "tv",
        "radio",
        "outlets",
        "site",
        "website",
        "senator",
        "senators",
        "congressman",
        "congresswoman",
        "congressmen",
        "congresswomen",
        "rep",
        "reps",
        "lawmaker",
        "lawmakers",
        "parent",
        "parents",
        "envoy",
        "watchdog",
        "intel",
        "intelligence",
        "insider",
        "expert",
        "analyst",
        "witness",
        "resident",
        "neighbour",
        "neighbor",
        "neighbours",
        "neighbors",
        "study",
        "survey",
        "poll",
    ]
)
TRAIL_SAY = re.compile(
    r"[,:–—-]\s*(?P<src>[^,:?]{2,60}?)\s+(?P<cue>says|say|said|reports|reported|claims|claimed|"
    r"confirms|confirmed|denies|denied|insists|alleges|warns|suggests|suggested|maintains|"
    r"argues|admits|tells\s+\w+)\s*[.!]?\s*$",
    re.I,
)
# "...: Reuters", "... - report", "... -- analyst", "... -CNBC", "... REPORT"
TRAIL_COLON = re.compile(
    r"(?::\s*|\s[-–—]{1,2}\s*|\s(?=REPORTS?\s*$))(?P<src>(?:[\w.&'’-]+\s){0,3}[\w.&'’-]+)\s*[.!]?\s*$"
)
# "Official: ...", "US Intel: ...", "Opposition group: ..." (a leading source label)
LEAD_COLON = re.compile(r"^(?P<src>(?:[\w.&'’-]+\s){0,2}[\w.&'’-]+)\s*:\s+\S")


PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it", "him", "her", "them"])
# Sources that are evidence rather than people: "a video shows", "the footage shows"
EVIDENCE = frozenset(
    [
        "video",
        "videos",
        "footage",
        "photo",
        "photos",
        "image",
        "images",
        "audio",
        "recording",
        "picture",
        "pictures",
    ]
)


STOPWORDS = frozenset(
    ["a", "an", "the", "some", "several", "many", "local", "senior", "top", "two", "three", "other"]
)
