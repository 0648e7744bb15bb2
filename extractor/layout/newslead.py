"""A news item's lead sentence that names the notice it reports (近日，某市人民政府发布关于…的通知).

A newspaper item reposted on a forum or a news site may print no title line, doc number or
signature of the notice it restates: the lead sentence names it instead, with its issuer
before a verb of issuing (``[metadata] lead_verbs``: 发布, 印发 …), then the title from its 关于
(``X发布关于…的通知``, ``X印发了《关于…的通知》``).  The notice's title is put together as the
issuer's name and that 关于…, as a title printing its issuer reads (某市人民政府关于…的通知); the
issuer is then read from it.  A lead may name the plan the notice issues by its book title alone,
no 关于 (``X印发了《某市…实施方案》``, ``X出台《…任务清单》``): the notice is that plan, titled by the
quoted text as printed (as an attachment with no letter is titled by its heading), and X issues
it.  A lead opening with the day (``2月23日，X印发《…》``) dates the notice (``dates.lead_date``).  Only a book title right after the verb, ending in a document's kind (``[metadata]
title_ends`` or ``table_title_ends``): a plan or a law cited anywhere else in the lead
(``印发通知，要求贯彻落实《…方案》``, ``根据《…法》``, ``…印发的《…》``) is not the notice.
A lead naming the notice by its kind alone and the lists it issues after another verb of issuing
(``X印发通知，公布《…清单》``: a news item on a department's site reposting the city's list) says who
issued it and that its title is not printed: the notice has no title then (the page's headline is the
news item's; the lists it names are the notice's attachments), and X issues it.  A notice said to ask
for something else (``X印发通知，要求贯彻落实《…方案》``) is not read so.

A brief may name no notice at all, only that a body issued a document of some kind, the topic in a 就
clause at most, closing the sentence (``省政府就落实《政府工作报告》中的重点工作提出分工意见。``):
``read_issuing_body`` reads that body, printed with its place or by its level alone (省政府), and the
headline stays the title.  A level alone names the body only once the notice's place is known
(``Metadata.unplaced_issuer``, completed in ``engine/extract.py``).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from ..agencies.gazetteer import names_listed_place
from ..hanzi import simplified
from ..text import alternation, vocab

#: a lead's issuer is a body's full name, at most this long (as ``issuer.ISSUER_MAX_CHARS``)
LEAD_ISSUER_MAX_CHARS = 40
#: a lead sentence's head, in both readers (``_lead_re``, ``_kind_lead_re``): after a sentence break,
#: the issuer's name between time words (``{times}``: ``[metadata] lead_time_words``)
_ISSUER_HEAD = (r"(?:^|(?<=[，,。；;：:\s]))(?:{times})?"
                r"(?P<issuer>[^，,。；;：:\s《》“”]{{2,%d}}?)(?:{times})?" % LEAD_ISSUER_MAX_CHARS)
#: an issuer opening with a level word alone (市政府办公室, 县人民政府) does not print its place:
#: the name the title would carry is not known
UNPLACED_OPENERS = "省市县区州旗盟乡镇"


def is_unplaced(name: str) -> bool:
    """A body's name printed without its place (市政府办公室, 县人民政府: a level word opens it; 政府办, 人民政府办公室:
    the government's own word opens it, ``[metadata] unplaced_name_openers``): it names no issuer, in a lead
    sentence as in a portal's information line (``metadata.py``; a mirror's traditional 區政府督查室 too)."""
    s = simplified(name)
    return s.startswith(tuple(UNPLACED_OPENERS)) or s.startswith(_unplaced_name_openers())


@lru_cache(maxsize=1)
def _unplaced_name_openers() -> tuple[str, ...]:
    return tuple(vocab()["metadata"]["unplaced_name_openers"])


class Lead(NamedTuple):
    """The notice a lead sentence names: its title (None when the lead names it by its kind
    alone: 某市人民政府办公厅印发通知，公布《…清单》), the body issuing it (None when the lead names
    a place alone: 潮州印发《…》) and the day the lead opens with, (year or None, month, day), when
    it prints one (2月23日，某厅印发《…》)."""
    title: str | None
    issuer: str | None
    day: tuple[int | None, int, int] | None = None


#: the day a lead sentence opens with, right before its issuer (2月23日，… ; 2023年2月23日，…)
_LEAD_DAY_RE = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日[，,]?\s*$")


def _lead_day(before: str) -> tuple[int | None, int, int] | None:
    """The day printed at the end of ``before`` (a lead's words up to its issuer), or None."""
    m = _LEAD_DAY_RE.search(unicodedata.normalize("NFKC", before))
    if m is None:
        return None
    return (int(m.group("y")) if m.group("y") else None), int(m.group("m")), int(m.group("d"))


def read_lead(lines: list[str]) -> Lead | None:
    """The notice the first lead sentence among ``lines`` names, or None; with no such sentence, a
    lead printed a phrase a line (``_lead_over_lines``)."""
    rx = _lead_re()
    ends = tuple(vocab()["metadata"]["issuer_ends"])
    for line in lines:
        if "关于" not in line and "《" not in line:
            continue
        text = line.strip()
        for m in rx.finditer(text):
            issuer = m.group("issuer")
            if issuer.endswith(ends) and not is_unplaced(issuer):
                about = m.group("quoted") or m.group("about")
                title = issuer + about if about else m.group("book")   # book None: 印发通知，
                return Lead(title, issuer, _lead_day(text[:m.start()]))
            if m.group("book") and names_listed_place(issuer):
                # 日前，潮州印发《潮州市…实施方案》: the place stands for its government, whose name the page
                # does not print; the quoted plan is the notice, no body issues it
                return Lead(m.group("book"), None, _lead_day(text[:m.start()]))
    return _site_lead(lines) or _lead_over_lines(lines)


def headline_issuer(headline: str | None) -> str | None:
    """The place or body a news headline reports as issuing the text (``江西省发布…整改方案(附整改措施清单)``: a
    listed place, or a placed body's name, right before a verb of issuing, ``[metadata] lead_verbs``), or None."""
    m = _headline_re().match(simplified(headline.strip())) if headline else None
    if m is None:
        return None
    who = m.group("who")
    ends = tuple(vocab()["metadata"]["issuer_ends"])
    return who if names_listed_place(who) or (who.endswith(ends) and not is_unplaced(who)) else None


def reposts_report(headline: str | None, source: str) -> bool:
    """The information line (``来源：环保部``) is a repost's, not the issuer's: the page's headline reports another
    place or body issuing the text (``headline_issuer``: 江西省发布…, posted by 环保部), and the source's name does not
    open with it (``江西省人民政府`` would).  Its source issues nothing, and its date is the report's."""
    who = headline_issuer(headline)
    return who is not None and not simplified(source.strip()).startswith(who)


@lru_cache(maxsize=1)
def _headline_re() -> re.Pattern:
    verbs = alternation(vocab()["metadata"]["lead_verbs"])
    return re.compile(rf"(?P<who>[^，,。；;：:\s《》“”]{{2,{LEAD_ISSUER_MAX_CHARS}}}?)(?:{verbs})")


def _site_lead(lines: list[str]) -> Lead | None:
    """The notice a lead names by the site that published it, quoting its title whole, its issuer
    before its 关于 (``今天，某自治区人民政府网站刊发了《自治区人民政府办公厅关于…的通知》``), or None.  The
    quoted title is the notice's, as printed; the site's owner is not its issuer (``lead_site_owner``
    places the notice): the issuer is read from the title (``issuer.issuer_in_title``)."""
    for line in lines:
        if "《" not in line:
            continue
        text = line.strip()
        simple = simplified(text)
        if not _names_a_site(simple):
            continue   # most lines quoting a document: no site word, which the pattern needs, and no search
        for m in _site_lead_re().finditer(simple):
            if m.group("about") is not None:
                return Lead(text[m.start("about"):m.end("about")], None, _lead_day(text[:m.start()]))
    return None


def lead_site_owner(lines: list[str]) -> str | None:
    """The body whose site a lead sentence among ``lines`` says published a document it quotes
    (``近日，某市人民政府网站发布了《…方案》``: a body's name printed with its place, one of ``[metadata]
    lead_site_words``, a verb of issuing, a book title), or None.  The site's owner, not the issuer: it places a
    notice nothing else places, as a portal's footer naming its owner does (``siteowner.located_site_owner``)."""
    rx = _site_lead_re()
    ends = tuple(vocab()["metadata"]["issuer_ends"])
    for line in lines:
        if "《" not in line:
            continue   # most lines: no quoted document, no search
        text = line.strip()
        simple = simplified(text)
        if not _names_a_site(simple):
            continue
        for m in rx.finditer(simple):   # the words in simplified characters, the name as printed
            owner = text[m.start("issuer"):m.end("issuer")]
            if simplified(owner).endswith(ends) and not is_unplaced(owner):
                return owner
    return None


def _names_a_site(simple: str) -> bool:
    """``simple`` (a line in simplified characters) prints one of ``[metadata] lead_site_words``, which
    ``_site_lead_re`` needs literally: a line printing none is no site lead, and is not searched (the pattern opens
    with no literal, so ``re`` tries its issuer's lazy run after every sentence break of the line)."""
    return any(word in simple for word in _site_words())


@lru_cache(maxsize=1)
def _site_words() -> tuple[str, ...]:
    return tuple(vocab()["metadata"]["lead_site_words"])


@lru_cache(maxsize=1)
def _site_lead_re() -> re.Pattern:
    """A site lead's head (``X网站发布了《``; a site's own verbs too, ``[metadata] site_lead_verbs``: 刊发), and
    the quoted title when it prints its issuer before its 关于 (group ``about``), in simplified characters."""
    voc = vocab()["metadata"]
    verbs = alternation(voc["lead_verbs"] + voc["site_lead_verbs"])
    times, sites, ends = (alternation(voc[k]) for k in ("lead_time_words", "lead_site_words", "title_ends"))
    about = (rf"[^《》“”，,。；;：:\s]{{2,{LEAD_ISSUER_MAX_CHARS}}}?关于(?:[^，,。；;《》“”]|《[^《》]*》)+?的(?:{ends})")
    return re.compile(_ISSUER_HEAD.format(times=times) + rf"(?:{sites})(?:{verbs})了?《(?:(?P<about>{about})》)?")


def _lead_over_lines(lines: list[str]) -> Lead | None:
    """A lead printed a phrase a line, as a post's card sets it (``6月24日`` / ``某市人民政府办公室`` /
    ``发布`` / ``某市…若干措施`` / ``全文内容如下``): a line holding a verb of issuing alone (``[metadata]
    lead_verbs``, maybe with 了), the line of text over it a body's name printed with its place, the line
    under it the plan's name (in 《》 or not: a name ending in a document's kind, no sentence mark), and the
    line over the body's maybe the day.  The plan is the notice, titled by its name as printed, and the body
    issues it, as in a lead sentence naming its plan by its book title alone (holdout issuedlines-xianning,
    batch 41: before, nothing on the page named the issuer)."""
    text = [line.strip() for line in lines if line.strip()]
    return next((lead for at in range(len(text)) if (lead := _lead_at(text, at)) is not None), None)


def _lead_at(text: list[str], at: int) -> Lead | None:
    """The lead printed a phrase a line (``_lead_over_lines``) whose verb is the line ``text[at]`` (lines of
    text, no blank), or None."""
    voc = vocab()["metadata"]
    # a line longer than a verb and its 了 is none (``simplified`` keeps a text's length): most lines, not converted
    if not 0 < at < len(text) - 1 or len(text[at]) > _verb_line_max() \
            or simplified(text[at]).removesuffix("了") not in voc["lead_verbs"]:
        return None
    # the words are asked in simplified characters (a traditional copy's 出臺, …辦公室, …清單), kept as printed
    issuer, name = text[at - 1], text[at + 1]
    book = _book_line_re().fullmatch(simplified(name))
    if (book is None or len(issuer) > LEAD_ISSUER_MAX_CHARS
            or not simplified(issuer).endswith(tuple(voc["issuer_ends"]))
            or is_unplaced(issuer) or re.search(r"[，,。；;：:\s《》“”]", issuer)):
        return None
    return Lead(name[book.start("book"):book.end("book")], issuer, _lead_day(text[at - 2]) if at >= 2 else None)


@lru_cache(maxsize=1)
def _verb_line_max() -> int:
    """The longest line ``_lead_at`` reads as a verb of issuing alone: the longest of ``[metadata] lead_verbs``
    and a 了."""
    return max(map(len, vocab()["metadata"]["lead_verbs"])) + len("了")


def dates_a_lead(lines: list[str], at: int) -> bool:
    """The date line ``lines[at]`` is the day of a lead printed a phrase a line under it (``2023年6月24日`` /
    ``某市人民政府办公室`` / ``发布`` / ``某市…方案``: ``_lead_over_lines``): it dates the plan the lead names, and
    signs no letter (no line after it is a letter's last)."""
    text = [line.strip() for line in lines[at:at + LEAD_DAY_LINES * 2] if line.strip()][:LEAD_DAY_LINES]
    lead = _lead_at(text, 2)
    return lead is not None and lead.day is not None


#: a lead printed a phrase a line takes this many lines from its day to its plan's name
LEAD_DAY_LINES = 4


@lru_cache(maxsize=1)
def _book_line_re() -> re.Pattern:
    """A line that is a plan's name alone, in 《》 or not (``_lead_over_lines``)."""
    kinds = alternation(vocab()["metadata"]["title_ends"] + vocab()["metadata"]["table_title_ends"])
    return re.compile(rf"《?(?P<book>[^《》“”，,。；;：:\s]{{2,{LEAD_BOOK_MAX_CHARS}}}?(?:{kinds})(?:（[^（）]{{1,12}}）)?)》?")


#: a book title the lead issues is at most this long (the longest plan titles run to ~40)
LEAD_BOOK_MAX_CHARS = 60
#: a 就 clause naming what a document is about (就落实《政府工作报告》中的重点工作) is at most this long
LEAD_TOPIC_MAX_CHARS = 60
#: a document named by its kind alone (分工意见, 重点工作分工方案) is a few words at most
LEAD_KIND_MAX_CHARS = 16


def read_day_lead(lines: list[str]) -> tuple[int | None, int, int] | None:
    """The day the first lead sentence among ``lines`` opens with when a body's name follows it, printed with its
    place or by its level alone, then a verb of issuing or of handing over (``[metadata] lead_verbs``,
    ``day_lead_verbs``): ``8月30日，市创文办通报…问题，…`` (a news item on an office's list of problems, which prints no
    letter), as (year or None, month, day); None otherwise.  A lead naming its notice (``read_lead``) dates it first."""
    rx = _day_lead_re()
    ends = tuple(vocab()["metadata"]["issuer_ends"])
    for line in lines:
        m = rx.match(unicodedata.normalize("NFKC", line.strip()))
        if m is not None and simplified(m.group("issuer")).endswith(ends):
            return _lead_day(m.group("day"))
    return None


@lru_cache(maxsize=1)
def _day_lead_re() -> re.Pattern:
    voc = vocab()["metadata"]
    verbs = alternation(voc["lead_verbs"] + voc["day_lead_verbs"])
    return re.compile(r"(?P<day>(?:\d{4}年)?\d{1,2}月\d{1,2}日[,，]?)\s*"
                      r"(?P<issuer>[^，,。；;：:\s《》“”]{2,%d}?)(?:%s)" % (LEAD_ISSUER_MAX_CHARS, verbs))


def read_issuing_body(lines: list[str]) -> str | None:
    """The body the first lead sentence among ``lines`` says issued a document it names by its kind
    alone (``X[就…]提出分工意见。``, ``X印发…分工方案。``: ``[metadata] lead_verbs`` or ``brief_verbs``, then a phrase ending in
    a title word, ``title_ends``, that closes the sentence), or by its subject and a kind after 的 followed by another
    verb of issuing (``X印发2020年政府工作报告重点工作责任分解的通知，公布…``: what the notice publishes; holdout
    leaderlbl-zhejiang, batch 61), as printed: with its place or its level alone.
    A sentence going on after the kind (``X印发通知，要求贯彻落实《…》``) says what the document asks, not that
    it is the page's: no body."""
    voc = vocab()["metadata"]
    ends = tuple(voc["issuer_ends"])
    verbs = _brief_verbs()
    for line in lines:
        if not any(verb in line for verb in verbs):
            continue   # most lines: no verb of issuing, no search
        for m in _kind_lead_re().finditer(line.strip()):
            if m.group("issuer").endswith(ends):
                return m.group("issuer")
    return None


@lru_cache(maxsize=1)
def _brief_verbs() -> tuple[str, ...]:
    """The verbs a brief's body issues its document with: ``[metadata] lead_verbs`` and ``brief_verbs``."""
    voc = vocab()["metadata"]
    return (*voc["lead_verbs"], *voc["brief_verbs"])


@lru_cache(maxsize=1)
def _kind_lead_re() -> re.Pattern:
    voc = vocab()["metadata"]
    verbs, times, ends = (alternation(words) for words in (_brief_verbs(), voc["lead_time_words"], voc["title_ends"]))
    lead_verbs = alternation(voc["lead_verbs"])
    return re.compile(_ISSUER_HEAD.format(times=times)
                      + rf"(?:就[^，,。；;：:]{{2,{LEAD_TOPIC_MAX_CHARS}}}?)?(?:{verbs})了?"
                      rf"(?:[^，,。；;：:《》“”]{{0,{LEAD_KIND_MAX_CHARS}}}?(?:{ends})(?=[。；;！!]|$)"
                      # …印发2020年…责任分解的通知，公布…: the notice by its subject, then what it publishes
                      rf"|[^，,。；;：:《》“”]{{2,{LEAD_TOPIC_MAX_CHARS}}}?的(?:{ends})(?=[，,](?:{lead_verbs})))")


@lru_cache(maxsize=1)
def _lead_re() -> re.Pattern:
    voc = vocab()["metadata"]
    verbs, times, ends = (alternation(voc[k]) for k in ("lead_verbs", "lead_time_words", "title_ends"))
    kinds = alternation(voc["title_ends"] + voc["table_title_ends"])
    about = rf"关于(?:[^，,。；;《》“”]|《[^《》]*》)+?的(?:{ends})"
    # a plan's name may close with its period in brackets (…实施方案（2019—2020年）), as a name line may
    book = rf"[^《》“”]{{2,{LEAD_BOOK_MAX_CHARS}}}?(?:{kinds})(?:（[^（）]{{1,12}}）)?"
    return re.compile(_ISSUER_HEAD.format(times=times)
                      + rf"(?:{verbs})了?(?:《(?P<quoted>{about})》|(?P<about>{about})|《(?P<book>{book})》"
                      rf"|(?:{ends})(?=[，,](?:{verbs})了?《{book}》))")
