"""Text helpers every stage shares, one copy each: dates and doc numbers;
normalization (NFKC, white space, the matching copy); pinyin glosses;
list titles.  Simplified/traditional characters (one OpenCC
converter) are ``hanzi.py``; bracket-aware splitting is ``brackets.py``; the
numbering grammar (labels) is ``numbering.py``, the numerals it counts in ``numerals.py``; a portal's
print and share controls are ``chrome.py``; 各 groups of place words are ``placegroups.py``.

Word lists live in ``parse/vocab.toml``; this module compiles them once and
holds the regular expressions, so no parser scatters its own.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Callable

from .brackets import ANY_OPENERS
from .cachefiles import load_toml
from .hanzi import simplified
from .lazyre import lazy_re
from .models import OFFICE_SUFFIXES
from .numerals import CN_NUMERAL_CHARS, CN_YEAR, cn_class

#: what ends a sentence (``text.endswith(SENTENCE_ENDS)``, ``ch in SENTENCE_ENDS``): the full stops
#: 。！？ and the semicolon, which closes a clause that stands as one (an item's ``……；`` in a list, the
#: closing ``……；由X负责``).  Every reader asking whether a text ends a sentence, or where its last
#: sentence starts, uses this one set (a heading ends none; a measure's text ends one).
FULL_STOPS = ("。", "！", "？")
SENTENCE_ENDS = FULL_STOPS + ("；", ";")
#: the ASCII ! and ?, which a copy run on one line or typed in ASCII may print for ！ and ？ (a reader of such a copy
#: asks them beside ``FULL_STOPS`` or ``SENTENCE_ENDS``: ``RUN_ON_SENTENCE_ENDS``)
ASCII_STOPS = ("!", "?")
#: a sentence's end (``SENTENCE_ENDS``) or its ASCII ! and ?, as one string: where a run-on copy's sentence ends
#: (``parse/headfields``, ``parse/dashruns``, ``parse/runon``, ``parse/letterjoints``)
RUN_ON_SENTENCE_ENDS = "".join(SENTENCE_ENDS + ASCII_STOPS)
#: marks print never sets at the start of a line (full-width and ASCII): a line opening with one is the
#: rest of the line above it (``formlines.join_line_start_marks``), and a laid-out cell's piece opening
#: with one is the rest of the piece above it in its column (``textrows``)
LINE_START_MARKS = tuple("。，、；：！？,;")
#: the marks a list of names prints between its names (市财政局、市税务局; 市发改委，市商务局；区教育局): the enumeration
#: comma, the comma and the semicolon, full-width and ASCII.  Every reader that cuts a list of unit names printed in
#: one run of text (a run-together table's unit cells, ``parse/runtable``, ``parse/runleaders``, ``parse/runprojects``;
#: a label's value, ``parse/unitvalue``; a bold run, ``parse/conventions``; a PDF cell's line, ``source/office/pdf``)
#: asks this one set (``parse/unitlists.LIST_MARKS`` is another: the marks inside ONE clause's list, 、 / and spaces)
NAME_LIST_MARKS = "、，,；;"
#: the colons, full-width and ASCII, that close a label (责任单位：), a lead-in sentence (…要求：) or a heading's phrase
#: run into its paragraph (（一）总体要求：…): every reader asking for "a colon" asks this pair (``str.endswith``,
#: ``ch in COLONS``; ``COLON_CHARS`` where a string of them is wanted: ``str.rstrip``)
COLONS = ("：", ":")
COLON_CHARS = "".join(COLONS)
#: signs print keeps with the number before them (a percentage, a per-mille): a line opening with one under a
#: line ending in a digit is that line's rest, a wrap cut between the number and its sign
#: (``…控制在7`` / ``%以内。``: ``formlines.join_line_start_marks``)
NUMBER_SIGNS = tuple("%％‰")
#: white space and the marks a clause may close with: what may stand after a text's wording once a clause,
#: a bracket or a reference is cut off (the wording must remain: ``inline``, ``cellclause``, ``ranges``)
TRAILING_MARKS = " \t\u3000。；;.，,"


@lru_cache(maxsize=1)
def vocab() -> dict:
    """The parsed ``parse/vocab.toml``."""
    return load_toml(resources.files("extractor.parse").joinpath("vocab.toml"))   # (cachefiles)


#: the characters a repost masks hidden words with (``[masks] mask_re`` in vocab.toml is made of them)
MASK_CHARS = "*＊×"
_MASK_1, _MASK_2, _MASK_3 = MASK_CHARS   # is_masked tests each (unpacking fails if the set changes size)


@lru_cache(maxsize=1)
def _mask_re() -> re.Pattern:
    return re.compile(vocab()["masks"]["mask_re"])


def is_masked(name: str) -> bool:
    """Whether a name holds a repost's mask for hidden words (``****分局``, ``县**局``: ``[masks]`` in vocab.toml):
    it names no body that can be told, and its marks are no lead mark."""
    # three substring tests, not a generator over MASK_CHARS: this runs on every token (perf54: +65 M instructions)
    return (_MASK_1 in name or _MASK_2 in name or _MASK_3 in name) and _mask_re().search(name) is not None


@lru_cache(maxsize=1)
def plan_name_ends() -> tuple[str, ...]:
    """The words a plan's or a list's name ends in (…实施方案, …任务分工表): ``[metadata] title_ends`` and
    ``table_title_ends``, in one tuple for ``str.endswith``."""
    voc = vocab()["metadata"]
    return (*voc["title_ends"], *voc["table_title_ends"])


@lru_cache(maxsize=1)
def title_opener() -> str:
    """The word a letter's title opens its subject with (…关于印发…的通知: ``[metadata] title_opener``)."""
    return vocab()["metadata"]["title_opener"]


@lru_cache(maxsize=1)
def forwarding_verb() -> str:
    """The forwarding verb of a title with no 关于 (某市人民政府办公室印发…的通知: ``[metadata] forwarding_verb``)."""
    return vocab()["metadata"]["forwarding_verb"]


def alternation(words) -> str:
    """``words`` as one regex alternation, longest first (a word before its own prefix: ——
    before —, 行政公署 before 公署), words of one length in their own order: one pattern whatever
    order ``words`` come in (a set's order changes with the hash seed)."""
    return "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w))))


DOC_NUMBER_RE = re.compile(
    r"(?P<prefix>[\u4e00-\u9fa5]{1,15}?)\s*[〔\[【［(（]\s*(?P<year>\d{4}|" + CN_YEAR + r")\s*[〕\]】］)）]"
    r"\s*(?P<num>\d{1,5})\s*[号號]"
)


def doc_number_start(m: re.Match) -> int:
    """Where the doc number ``DOC_NUMBER_RE`` found in a simplified text begins: past a word that
    ends a red header or a portal's column (``[metadata] red_header_ends``: 某市人民政府办公室文件,
    a breadcrumb's 部门文件) run into it where the line breaks were lost; an issuer's
    abbreviation never holds one."""
    prefix = m.group("prefix")
    cut = max((prefix.rfind(end) + len(end) for end in vocab()["metadata"]["red_header_ends"] if end in prefix),
              default=0)
    return m.start() + (cut if cut < len(prefix) else 0)


DATE_RE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
#: a year in Chinese numerals; typed pages write its zeros with the Latin letter (二OO七年)
_CN_YEAR_CHARS = CN_NUMERAL_CHARS + "Oo"
CN_DATE_RE = re.compile(rf"(?P<y>[{_CN_YEAR_CHARS}]{{4}})\s*年\s*(?P<m>[{CN_NUMERAL_CHARS}]{{1,3}})\s*月"
                        rf"\s*(?P<d>[{CN_NUMERAL_CHARS}]{{1,3}})\s*日")
#: 2021-03-29, and as portals also print it, 2021/03/29 and 2021.3.29 (one separator throughout)
ISO_DATE_RE = re.compile(r"(?<!\d)(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")


#: a signature's date that lost its 日 alone (``2024年3月22``, session 64's copies: 年 and 月 printed, the day's digits
#: after 月 and nothing more), which ``layout.dates.run_together_date`` reads as the letter's date
_DAY_LOST_DATE_RE = re.compile(r"(?:19|20)\d\d\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})")


def is_signature_date(text: str) -> bool:
    """A paragraph that is only a date (``2023年3月15日``), or one that lost its 日 alone (``2024年3月22``, a valid month
    and day: ``_DAY_LOST_DATE_RE``): the signature under a letter.  Before, the lost 日 left the letter unclosed and its
    last numbered point (``3.加强督考，狠抓落实。…``) headed the plan's items as a section (blindsynth bs28467)."""
    s = text.strip()
    if DATE_RE.fullmatch(s) or CN_DATE_RE.fullmatch(s):
        return True
    m = _DAY_LOST_DATE_RE.fullmatch(s)
    return m is not None and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31


#: a signature's date that lost its 年, 月 and 日 (2019116, 20191106): a year and four or fewer digits; one the date
#: reader could not read (two valid splits, no shown date to check it by: ``layout.dates.run_together_date``) stands
#: where the date does, under the signing body's line, and closes the letter all the same
_SIGNED_DIGITS_RE = re.compile(r"(?:19|20)\d{5,6}")
#: a signing body's name is one line: the longest in the shipped registry is 19 characters (``layout.issuer`` reads
#: signatures by it as ``ISSUER_MAX_CHARS``)
SIGNER_MAX_CHARS = 40
_SIGNER_MARKS_RE = re.compile(r"[，。,:：；;]")
#: a year (2021年): a plan's heading may print one and end as a body's name does (洛阳市2021年政府 / 工作报告…, a heading
#: broken after 政府); no signing body's name holds one
_SIGNER_YEAR_RE = re.compile(r"(?:19|20)\d\d年")


def may_sign(name: str) -> bool:
    """``name`` (compacted) may be a signing body's line: not empty, one line's length (``SIGNER_MAX_CHARS``), no
    sentence or label punctuation and no year (``_SIGNER_YEAR_RE``: before, an undated unsigned letter's plan heading
    broken after 政府 was read as its signer, blindsynth bs151); whether it ends as a body's name does is the caller's
    test."""
    return (bool(name) and len(name) <= SIGNER_MAX_CHARS and not _SIGNER_MARKS_RE.search(name)
            and not _SIGNER_YEAR_RE.search(name))


def is_signed_digits(line: str) -> bool:
    """``line`` is only a year's digits and four or fewer more (``_SIGNED_DIGITS_RE``): a signature's date that
    lost its words, read or not; under a signing body's line it stands where the date does."""
    return _SIGNED_DIGITS_RE.fullmatch(compact(line)) is not None


def signs_with_digits(text: str, above: str | None) -> bool:
    """``text`` is a signature's date that lost its words (``is_signed_digits``) right under ``above``, a line naming a
    body (short, no clause or label mark, ending as an issuer's name does: ``[metadata] issuer_ends``): the letter
    ends there as at a whole date (``parse.outline``; ``layout.issuer`` reads the letter's end so)."""
    if not above or not is_signed_digits(unicodedata.normalize("NFKC", text)):   # ２０２２１１６ too
        return False
    name = compact(above)
    return may_sign(name) and simplified(name).endswith(tuple(vocab()["metadata"]["issuer_ends"]))


#: the 附件 mark before an attachment's title: 附件 / 附件1： / 附件一：
ATTACHMENT_MARK_RE = re.compile(r"^附\s*件\s*(?P<number>" + cn_class(r"\d") + r"*)\s*[:：]?\s*")


def attachment_title_start(text: str, mark: re.Match, earlier: Callable[[], str]) -> int:
    """Where the title after the 附件 ``mark`` in ``text`` starts (``mark`` has a ``number`` group): after the
    mark's number, unless the number runs straight into the title (no colon or space between) and the title
    read with some of its numerals is one the text before the mark (``earlier()``, read only then) names, the
    longest such (the letter's 关于印发七星台镇…分工表的通知 over ``附件七星台镇…分工表``: 七 opens the town's
    name, not the mark's number).  One rule for a one-line copy (``parse.runon``) and a copy with its lines
    (``layout.tabletitle``)."""
    start, end = mark.span("number")
    if mark.end() != end or end == len(text.rstrip()):
        return mark.end()   # a colon or space after the number, or no title after it (附件1 alone)
    before = earlier()
    return next((at for at in range(start, end) if text[at:] in before), mark.end())


def is_attachment_mark(text: str | None) -> bool:
    """``附件`` / ``附件1`` alone on its line: the mark over an attachment (also the <title> Word
    writes for an attachment saved as a web page, which names no notice)."""
    return bool(text) and not ATTACHMENT_MARK_RE.sub("", text.strip())


#: a list's own title line is short (2024年县政府民生实事任务分工表: 17 characters) and more than its noun
LIST_TITLE_MAX_CHARS = 30
LIST_TITLE_MIN_CHARS = 5
#: marks no title holds: a line with one is wording (按照权责清单，逐项明确责任)
_CLAUSE_MARKS_RE = lazy_re(r"[，,。；;：:、！？!?]")
#: a note in round brackets closing a text: after a title (…项目清单（第一批）, …任务清单(征求意见稿)), a
#: header word (责任单位（排第一位的为牵头单位）) or a kind of body (局（公司）); no part of what it follows.
#: The one pattern for it: every reader that drops such a note uses this one.
TRAILING_NOTE_RE = lazy_re(r"[（(][^（()）]*[)）]$")


def is_bracket_note(text: str) -> bool:
    """``text`` is one bracketed note and nothing else (（此件公开发布）, (联系人：…))."""
    return TRAILING_NOTE_RE.match(text) is not None


def is_list_title(text: str | None) -> bool:
    """A line alone that titles a list (``2024年民生实事项目清单``, ``…任务分工表``): short
    (``LIST_TITLE_MIN_CHARS``-``LIST_TITLE_MAX_CHARS`` without a bracket note after it), no clause
    marks, ending in a noun a list is named by (``[metadata] list_title_ends``)."""
    if not text or len(text) > 2 * LIST_TITLE_MAX_CHARS or simplified(text.rstrip()[-1:]) not in _list_title_last():
        return False   # most paragraphs: longer than a title with its note and its spaces, or ending otherwise
    s = TRAILING_NOTE_RE.sub("", compact(text))
    return (LIST_TITLE_MIN_CHARS <= len(s) <= LIST_TITLE_MAX_CHARS and _CLAUSE_MARKS_RE.search(s) is None
            and simplified(s).endswith(tuple(vocab()["metadata"]["list_title_ends"])) and not issues_a_list(s))


def issues_a_list(text: str) -> bool:
    """``text`` (compact) opens with a letter's words issuing a list (``[metadata] issuing_title_openers``: 关于印发,
    关于转发 …): it is the letter's title, even one printed without its kind (关于印发某市…任务分解表, no 的通知),
    never the list's own title, which names the list alone (某市2022年…任务分解表)."""
    return simplified(text).startswith(tuple(vocab()["metadata"]["issuing_title_openers"]))


@lru_cache(maxsize=1)
def _list_title_last() -> frozenset[str]:
    """The characters a list's title line may end with: its noun's last, or a note's bracket."""
    return frozenset([w[-1] for w in vocab()["metadata"]["list_title_ends"]] + ["）", ")"])


def titles_division(text: str | None) -> bool:
    """A line alone that titles a list of tasks: a list's own title (``is_list_title``) or a division's
    (…工作任务分工, …责任清单: ending in a word of ``[metadata] division_title_ends``), as short and
    with no clause marks.  A letter's own title (…的批复, …的函) is none, nor one that lost its kind (关于印发…分工表:
    ``issues_a_list``)."""
    if is_list_title(text):
        return True
    if not text or len(text) > 2 * LIST_TITLE_MAX_CHARS:
        return False
    s = TRAILING_NOTE_RE.sub("", compact(text))
    return (LIST_TITLE_MIN_CHARS <= len(s) <= LIST_TITLE_MAX_CHARS and _CLAUSE_MARKS_RE.search(s) is None
            and simplified(s).endswith(tuple(vocab()["metadata"]["division_title_ends"])) and not issues_a_list(s))


def names_attached_list(line: str) -> bool:
    """``line`` is an attachment's mark and the whole name of a list of tasks after it (``附件：某市2019年…责任分工表``:
    ``titles_division``), the list's file suffix after it or not (``附件：某区…任务清单.xls``: a portal's link prints the
    file's name, ``models.OFFICE_SUFFIXES``).  Before, a line naming the list by its file's name was no whole line: in a
    copy hard-wrapped a few characters wider, the signature under it ran into it and the letter lost its issuer
    (blindsynth seed 27391: 柳州市城中區人民政府辦公室 under ``附件：城中區…清單.xls``)."""
    m = ATTACHMENT_MARK_RE.match(line.strip())
    return m is not None and m.end() < len(line.strip()) \
        and titles_division(without_file_suffix(line.strip()[m.end():].strip()))


def without_file_suffix(name: str) -> str:
    """``name`` without the office file's suffix it ends with (``models.OFFICE_SUFFIXES``: ….xlsx, ….DOC); as it is
    when it ends with none, or is nothing but one."""
    suffix = next((x for x in OFFICE_SUFFIXES if name.lower().endswith(x)), None)
    return name[:-len(suffix)].rstrip() if suffix and len(name) > len(suffix) else name


def is_record_line(text: str | None) -> bool:
    """The notice's record line (版记: ``抄送：市委办公室，…``): a label of ``[metadata] record_labels``
    and a colon opening it."""
    s = simplified(compact(text or ""))
    return any(s.startswith(label) and s[len(label):len(label) + 1] in COLONS
               for label in vocab()["metadata"]["record_labels"])


def opens_part(text: str | None) -> bool:
    """A line over a new part of the notice: an attachment's mark (附件2) or a list's own title
    (``is_list_title``).  The headings and section rows of the part before it head nothing in it."""
    return is_attachment_mark(text) or is_list_title(text)


CJK_RE = lazy_re(r"[\u4e00-\u9fff]")
#: a text of CJK ideographs only (a place name, a wrapped name's rest, a unit cell's line)
CJK_ONLY_RE = re.compile(r"^[\u4e00-\u9fff]+$")

#: what a mis-decoding leaves for a byte it could not read: ``?`` (a lossy encoder's) or U+FFFD
REPLACEMENT_MARKS = ("?", "\ufffd")
#: a line holding a replacement mark is mis-decoded when fewer than this share of its characters
#: are ideographs: mojibake is mostly marks, Latin-1 letters and stray punctuation (mojibake-xian:
#: （此件公开发布） read as ``?。ù思_發布)``, 3 of 8), where any title or sentence is mostly words
GARBLED_MAX_CJK_SHARE = 0.5


def is_garbled(line: str) -> bool:
    """``line`` is text a mis-decoding left (``GARBLED_MAX_CJK_SHARE``): it names nothing, so it never
    heads a table nor joins a title."""
    s = "".join(line.split())
    if not s or not any(mark in s for mark in REPLACEMENT_MARKS):
        return False
    return len(CJK_RE.findall(s)) < GARBLED_MAX_CJK_SHARE * len(s)
#: a pinyin reading that a traditional-character mirror prints after a converted
#: character, 號(hào) 關(guān)于: tone-marked Latin letters in brackets, right after a CJK
#: character (so a bracketed (a) after a digit stays); a run of them is one gloss, as mirrors
#: print the same one several times over (局(ju)(ju)(ju)); one space may close the reading inside its
#: bracket, as one converter prints every reading on a rules farm's page (會(huì ): holdout
#: residuefarm-wuhan, batch 85; before, such a gloss stayed in titles, texts and names).  The pattern opens
#: with the literal "(" (the CJK character is a look-behind after it), so the regex engine skips to each "("
#: instead of trying the look-behind at every character: three times faster than the look-behind first.
#: A reading holds a vowel (or the syllabic ń/ň/ǹ): a bracketed word of consonants is an abbreviation the notice prints, 合作(ppp) (holdout
#: leadthenduty-xicheng, batch 109, in ASCII brackets), and stays
_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ"
_PINYIN_VOWEL = "aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ"
PINYIN_GLOSS_RE = re.compile(
    rf"\((?<=[\u4e00-\u9fff]\()(?=[^)]*[{_PINYIN_VOWEL}])[{_PINYIN}]+ ?\)"
    rf"(?:\((?=[^)]*[{_PINYIN_VOWEL}])[{_PINYIN}]+ ?\))*")
#: what joins several names in one cell of the outputs (市发改局、市财政局)
JOINER = "、"

#: dots that notices print after an item number instead of ``.``/``．`` (``1﹒``)
ITEM_DOTS = "﹒․‧·・∙"


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}   # full-width ASCII
    for cp in range(0xFE50, 0xFE6C):   # small form variants (﹒ ﹐ ﹙ …)
        folded = unicodedata.normalize("NFKC", chr(cp))
        if len(folded) == 1 and folded != chr(cp):   # not the unassigned U+FE53, U+FE67
            table[cp] = folded
    table.update({0x3000: " ", 0xA0: " "})
    table.update({ord(ch): "." for ch in ITEM_DOTS})
    return table


def fold(text: str) -> str:
    """The matching copy of ``text``: full-width ASCII (``１．（``), small
    forms, the ideographic space and odd item dots folded to ASCII, one
    character for one, so an index found in the copy cuts the printed text.

    ``str.translate`` with a dict looks up every character (about 0.2 µs
    each: 12 µs for a line of 60); a notice's text holds few foldable
    characters, so they are found by one regular expression and each
    distinct one replaced (no folded character is itself folded, so the
    replacements cannot interfere: tests/test_text.py checks both)."""
    found = _foldable_re().findall(text)
    if not found:
        return text
    chars = _fold_chars()
    for ch in set(found):
        text = text.replace(ch, chars[ch])
    return text


@lru_cache(maxsize=1)
def _fold_chars() -> dict[str, str]:
    """``_fold_table`` keyed by character."""
    return {chr(cp): ch for cp, ch in _fold_table().items()}


def printed_class(chars: str) -> str:
    """A regular-expression class of the characters that ``fold`` makes one of ``chars``
    (``(`` -> ``[\\(﹙（]``; a character ``fold`` changes is in it only if it is changed into one of
    ``chars``).  A pattern built with it matches a text where the pattern built with ``chars``
    matches the text's folded copy, at the same positions: folding is one character for one, a
    digit or a space folds to a digit or a space and nothing else folds to one (tests/test_text.py
    checks it), so ``\\d`` and ``\\s`` read the same on either."""
    folds = _fold_chars()
    members = {ch for ch in chars if ch not in folds} | {ch for ch, to in folds.items() if to in chars}
    return "[" + "".join(re.escape(ch) for ch in sorted(members)) + "]"


@lru_cache(maxsize=1)
def _foldable_re() -> re.Pattern:
    """One character that ``fold`` changes."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_fold_chars())) + "]")


@lru_cache(maxsize=1)
def info_label_re() -> re.Pattern:
    """One label of the portal's page-information line (发布时间： 来源： 浏览次数：) with its colon,
    matched in simplified characters (a mirror's 時間：… 來源：… 點擊： reads as its source's line): the
    ``[boilerplate] info_labels`` and the ``[metadata] info_sources`` / ``info_dates`` the metadata stage
    reads from it, one set for the locate stage (``infoline.is_info_line``) and the metadata stage
    (``layout/infoline.py``); a label that also ends longer ones (``[metadata] info_bare_labels``: 时间,
    日期 — 完成时间：, 成文日期：) counts only after no other Chinese character.  Group ``label``: the label."""
    voc = vocab()
    bare = set(voc["metadata"]["info_bare_labels"])
    words = {*voc["metadata"]["info_sources"], *voc["metadata"]["info_dates"], *voc["boilerplate"]["info_labels"]}
    return re.compile(r"(?P<label>%s|(?<![\u4e00-\u9fff])(?:%s))\s*[:：]" % (alternation(words - bare),
                                                                           alternation(bare)))


#: the brackets a doc number's year is printed in (after NFKC: ［］（） became []()),
#: and 號, mapped to the forms its identity uses
_DOC_NUMBER_FORMS = str.maketrans({"[": "〔", "]": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕",
                                   "號": "号"})


def doc_number_key(text: str) -> str:
    """What identifies a doc number however it is printed: white space removed,
    full width folded (NFKC), simplified characters, every year bracket
    (〔〕 [] ［］ 【】 () （）) as 〔〕 and 號 as 号.  ``东府办[2016]23号``,
    ``東府辦〔2016〕23號`` and ``东府办 〔２０１６〕 23 号`` are one notice; the
    doc number is still shown as printed."""
    key = unicodedata.normalize("NFKC", "".join(text.split()))
    return simplified(key).translate(_DOC_NUMBER_FORMS)


def compact(text: str) -> str:
    """Text with all white space (incl. full-width and nbsp) removed."""
    # str.split() and re's \s both use Py_UNICODE_ISSPACE (U+3000 and nbsp
    # included): the same result as re.sub(r"[\s\u3000\xa0]+", "", text) for
    # every code point, 2.5-5x faster, and it runs for most cells of a page
    return "".join(text.split())


def compare_key(text: str) -> str:
    """The form texts are compared in: no white space, then simplified characters (``序 号``,
    ``序號`` and ``牽頭單位`` read as 序号 and 牵头单位).  The order matters: OpenCC converts some
    characters by the phrase they stand in (乾隆 stays, 乾 alone becomes 干), so the text is
    converted as one word, with its spaces gone."""
    return simplified(compact(text))


#: a CJK ideograph: the unified blocks (extension A and the basic one) and the compatibility ideographs
_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: what may stand on the other side of a gap next to an ideograph: an ideograph, a digit, % or a
#: Latin letter, ASCII or full width (2020 年, 增长 7.5% 左右, 新建 5G 基站, 工作机 制)
_GAP_NEIGHBOUR = _IDEOGRAPH + "0-9%A-Za-z０-９％Ａ-Ｚａ-ｚ"
#: one run of white space inside a line: ASCII spaces and tabs, nbsp, the ideographic space
_GAP = "[ \t\u00a0\u3000]+"


def _holds_gap(text: str) -> bool:
    """``text`` holds one of ``_GAP``'s characters: str's own search, no pattern (most texts hold none)."""
    return " " in text or "\u3000" in text or "\t" in text or "\xa0" in text


@lru_cache(maxsize=1)
def _cjk_gap_re() -> re.Pattern:
    """The gaps ``close_cjk_gaps`` drops, compiled the first time a text holds a gap
    character: each class of the CJK ranges is built by ``re`` as a 65,536-entry bitmap,
    about 56 M instructions for the pattern (a twentieth of a run's start), and a run
    whose measures, deadlines and titles hold no white space never needs it."""
    return re.compile(rf"(?<=[{_IDEOGRAPH}]){_GAP}(?=[{_GAP_NEIGHBOUR}])"
                      rf"|(?<=[{_GAP_NEIGHBOUR}]){_GAP}(?=[{_IDEOGRAPH}])")


def close_cjk_gaps(text: str) -> str:
    """Chinese prose as the notice wrote it, without the spaces an extraction left in it.

    Chinese has no word spaces, so a run of white space with an ideograph on one side
    and an ideograph, a digit, ``%`` or a Latin letter on the other is damage: a PDF's
    line break inside a table cell (工作机 制), pdftotext's spaces around digits of
    another font (2019 年 8 月底前), a mirror's pangu spacing (增长 7.5% 左右, 新建 5G
    基站).  It is dropped; a space between two ASCII words stays (Windows 10), and so
    does one beside punctuation.  The one normalizer for output prose: titles, table
    titles, measure texts and deadlines (docs/forms.md "Output text").  Unit cells are
    not passed through it: a space separates two units there."""
    return _cjk_gap_re().sub("", text) if _holds_gap(text) else text


#: white space an extraction left before an opening bracket of any shape (``brackets.ANY_OPENERS``:
#: 各县区政府 （管委会）, a Word copy's)
_BRACKET_GAP_RE = lazy_re(rf"{_GAP}(?=[{re.escape(ANY_OPENERS)}])")


def close_bracket_gaps(text: str) -> str:
    """``text`` without the white space before an opening bracket: a name and the bracket after it
    (各县区政府 （管委会）) are one name in a unit list or a recipients line, as a table cell's split
    reads them; a bracket opens no name of its own."""
    return _BRACKET_GAP_RE.sub("", text) if _holds_gap(text) else text


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced layout (CJK and full-width characters: two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clean_name(text: str | None) -> str:
    """NFKC and no white space: the form names (and texts in ``diff``) are compared in."""
    return compact(unicodedata.normalize("NFKC", text or ""))


