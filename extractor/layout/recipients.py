"""Stage 4, metadata: the letter's recipients line (各县（市、区）人民政府，市政府各委、办、局：), found
among the letter's first lines (``recipients_index``) and cut into its recipients.

The line is cut at ，and ；, then at 、; the pieces of a 、 run that name no body by
themselves are joined back to the piece they share words with (``join_recipient_pieces``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .cover import first_lines
from .dates import is_date_line
from .letterlines import may_be_recipients_line
from .lettertitle import title_index
from .headingwraps import TITLE_MAX_EXTRA_LINES
from .placename import PLACE_NAME_MAX_CHARS, is_bare_place
from .titlelines import is_title_line
from ..brackets import split_outside_brackets
from ..numbering import SECTION_RE, split_numbering
from ..parse.wrapwidth import SENTENCE_END
from ..hanzi import simplified
from ..text import DOC_NUMBER_RE, TRAILING_NOTE_RE, close_bracket_gaps, compare_key, vocab
from ..placegroups import join_place_groups
from ..lazyre import lazy_re
from ..agencies.zones import committee_words

#: a piece of a 、 run this short is a level word (县、市、区, 各县, 市直) that shares the name
#: after it, unless it is a kind of body (各委、办、局)
LEVEL_WORD_MAX_CHARS = 2
#: the words that join two names in one piece (县直和省, 中央及省)
_CONJUNCTION_RE = lazy_re(r"[和及与]")
#: the recipients line (各县（市、区）人民政府：) is among the first lines of the letter
#: (lines of text, as ``docnumber.DOC_NUMBER_LINES``)
RECIPIENTS_LINES = 20
#: a wrapped part of a long recipients list is shorter than this; a longer one is body text
RECIPIENTS_WRAP_MAX_CHARS = 120
#: the recipients line stands right under the title: past its wrapped lines, a doc number and a date
#: at most (lines of text)
RECIPIENTS_UNDER_TITLE_LINES = TITLE_MAX_EXTRA_LINES + 2


def recipients_index(head) -> int | None:
    """The recipients line: among the first lines of the letter ending in a colon (``may_be_recipients_line``),
    the one right under a line opening a title (``RECIPIENTS_UNDER_TITLE_LINES``), else the first.  A
    portal's box above the title labelled with a colon (政策解读： over its links) is no recipients line."""
    lines = first_lines(head, RECIPIENTS_LINES)
    found = [i for i, line in enumerate(lines) if may_be_recipients_line(line.strip()) or run_in_recipients(line)]
    found = found[:_first_part_heading(lines, found)]
    if len(found) > 1:
        for i in found:
            above = [k for k in range(i) if lines[k].strip()][-RECIPIENTS_UNDER_TITLE_LINES:]
            if any(is_title_line(lines[k]) for k in above):
                return i
    return found[0] if found else None


def signing_post(head, at: int) -> bool:
    """The colon line ``head[at]`` is a signature's post, naming no recipients: the letter's text stands above it (a
    line ending a sentence) and the signature's date right under it (``dates.is_date_line``).  An order a leader signs
    by post prints the post with its colon where the name or seal goes (``行委级总林（草）长：`` over ``2024年10月29日``,
    under the issuing paragraph); a recipients line stands over the letter's text, never between its last sentence and
    its date (holdout forestorder-dachaidan-2024-3: before, the post was read as the recipients).  The line still ends
    the letter's head for the title's search (``recipients_index``): what stands over it is the order's text, no title."""
    below = next((line for line in head[at + 1:] if line.strip()), None)
    if below is None or not is_date_line(below):
        return False
    return any(line.rstrip().endswith(SENTENCE_END) for line in head[:at] if line.strip())


def _first_part_heading(lines, found: list[int]) -> int:
    """How many of the candidate lines ``found`` stand above the text's first numbered part (a line opening with
    ``一、`` or ``（一）`` and a title after it: ``numbering.SECTION_RE``): the recipients line is the letter's, over its
    body, never a label line under a part's heading (a 整改 report's page printing ``四、落实整改`` / ``（一）…`` /
    ``整改措施：`` over its items, holdout shexiang-unplaced, batch 105: before, 整改措施 was read as the recipients)."""
    for n, i in enumerate(found):
        if any(_opens_part(lines[k]) for k in range(i)):
            return n
    return len(found)


def _opens_part(line: str) -> bool:
    """``line`` opens a numbered part of the text (``一、总体要求``, ``（一）…``), a title after its number."""
    m = SECTION_RE.match(line)
    return m is not None and bool(line[m.end():].strip())


def read_recipients(head, at: int | None) -> tuple[str, ...]:
    """The bodies the letter is sent to, from its recipients line ``at`` (``recipients_index``)."""
    if at is not None and signing_post(head, at):
        return ()
    if at is not None:
        text = (run_in_recipients(head[at]) or head[at].strip())[:-1]
    elif (at := _recipients_without_colon(head, title_index(head, None))) is not None:
        text = head[at].strip()
    else:
        return ()
    # a long list wraps: the lines above that end in ， or 、 belong to it
    # (衢州: 各县（市、区）人民政府，市政府各部门、直属各单位，/ 中央和省驻衢各单位：)
    k = at - 1
    while k >= 0 and head[k].strip().endswith(("，", ",", "、")) and len(head[k]) < RECIPIENTS_WRAP_MAX_CHARS:
        text = head[k].strip() + text
        k -= 1
    return split_recipients(_without_doc_number(text))


#: a recipients line run into the letter names at least this many bodies before its colon
RUN_IN_RECIPIENTS_MIN = 2


def run_in_recipients(line: str) -> str | None:
    """The recipients line a line opens with, its colon and all, where the letter's first sentence runs on after the
    colon with no break (``各镇人民政府、街道办事处，区政府各部门、各直属单位：为全面落实…``: a document site's text of
    a district's 2011 notice, holdout docsite-zhenhai, batch 57: before, the line was no recipients line and the
    notice had none), else None: the words before the first colon pass as a recipients line
    (``may_be_recipients_line``) and name at least ``RUN_IN_RECIPIENTS_MIN`` recipients, each ending like a unit or
    naming a group of places (``unitlists.ends_like_unit``), so a sentence's lead-in (为进一步做好…：) is none; nor is a
    line opening with an item's or section's number (``(2)市民政局、市科学技术局：推进…``: a unit-led item of the list,
    whose units before the colon are the item's, not the letter's recipients), nor one whose words after the colon open
    with a duty's verb (``[outline] duty_openers``: ``市电信局、某公司：负责保障…``, a list of duties by unit)."""
    s = _after_own_number(line.strip())
    colon = min((k for k in (s.find("："), s.find(":")) if k > 0), default=-1)
    if colon < 0 or colon == len(s) - 1 or not may_be_recipients_line(s[:colon + 1]):
        return None   # most lines: no colon, or a line ending at it (a recipients line of its own)
    if split_numbering(s) is not None:   # (asked after the colon: the numbering readers cost more)
        return None
    if simplified(s[colon + 1:].lstrip()).startswith(tuple(vocab()["outline"]["duty_openers"])):
        return None   # 市电信局、某公司：负责保障…: the units' duties, an item of a list by unit
    from ..parse.unitlists import ends_like_unit   # the parse stage's unit words, read once
    names = split_recipients(s[:colon])
    return s[:colon + 1] if len(names) >= RUN_IN_RECIPIENTS_MIN and all(map(ends_like_unit, names)) else None


#: the notice's doc number in brackets after its title, where a copy ran the title, the number and the recipients into
#: one paragraph: 关于印发…的通知（通市政明电【2015】7号）东昌区、二道江区人民政府，…：
_BRACKETED_NUMBER_RE = lazy_re(r"[（(]\s*" + DOC_NUMBER_RE.pattern + r"\s*[）)]")


def _after_own_number(line: str) -> str:
    """What ``line`` prints after the notice's doc number in brackets, where more follows it (a copy that lost the line
    breaks runs the recipients on after it: holdout cramped-tonghua, 360docs' text of a 2015 创卫 plan; before, the
    notice had no recipients); else the line.  Whatever follows must still pass as recipients (``run_in_recipients``)."""
    m = _BRACKETED_NUMBER_RE.search(simplified(line)) if "号" in line or "號" in line else None
    return line[m.end():].lstrip() if m and m.end() < len(line) else line


def _without_doc_number(text: str) -> str:
    """The recipients line without the notice's doc number run into its start where a copy lost the line
    break between them (a law database's export on a document site: ``徐政发〔2020〕3号各县（市）区人民政府，…：``):
    a number is no body addressed.  The doc number itself is read from the same line (``docnumber``)."""
    m = DOC_NUMBER_RE.match(simplified(text))
    return text[m.end():].lstrip() if m and m.end() < len(text) else text


def _recipients_without_colon(head, at: int | None) -> int | None:
    """A recipients line that lost its colon (a page cut it short): under the title
    (and its doc number: the title opens at ``at``), a line of bodies opening with 各 and no sentence in it."""
    if at is None:
        return None
    for k in range(at + 1, min(len(head), at + 2 + TITLE_MAX_EXTRA_LINES)):
        s = head[k].strip()
        if "。" in s or len(s) >= RECIPIENTS_WRAP_MAX_CHARS:
            return None
        if s.startswith("各") and ("，" in s or "、" in s) and not re.search(r"[：:；;]", s) and _names_bodies(s):
            return k
    return None


def _names_bodies(line: str) -> bool:
    """Every piece of a colonless recipients line ends like a unit or names a group of places (``unitlists.ends_like_unit``,
    as ``run_in_recipients`` asks): a page of a split copy opening with a sentence whose subjects open with 各 and run on
    into a cited title (``各地、各部门要切实执行《…》(国艾办发〔2004〕4号)``, cut at the number) is no recipients line (holdout
    subjectparas-jiangxi-2004-2, batch 131: before, its sentence was two recipients)."""
    from ..parse.unitlists import ends_like_unit   # the parse stage's unit words, read once
    return all(map(ends_like_unit, split_recipients(line)))


def split_recipients(text: str) -> tuple[str, ...]:
    """The recipients of one recipients line, its colon already taken off."""
    kinds = _bare_kinds()
    out: list[str] = []
    for group in split_outside_brackets(close_bracket_gaps(text), ",，；;"):
        out.extend(join_recipient_pieces(join_place_groups(split_outside_brackets(group, "、")), kinds))
    return tuple(p for p in out if p)


@lru_cache(maxsize=1)
def _bare_kinds() -> frozenset[str]:
    return frozenset(vocab()["metadata"]["bare_kinds"])


def join_recipient_pieces(parts: list[str], kinds: frozenset[str]) -> list[str]:
    """Re-join the pieces of a 、 run that cannot stand alone as a recipient.

    A piece that is only a kind of body (委、办、局, 管委会, 事业单位: ``bare_kinds``),
    maybe with a bracketed note (局（公司）), names no body by itself: it shares the
    words before it (市政府各委、办、局（公司）、中心 is one recipient).  A piece that is
    only a level word (县、市、区人民政府; 市直、驻市各单位), or that ends in one after 和/及/与
    (县直和省、市驻某地各单位: the province's and the city's units there), or only a city's or
    county's name (济南市、临沂市各区县人民政府), shares the name after it.  Any other piece starts
    a new recipient (市政府各部门、各直属单位 are two; 各镇人民政府、街道办事处 are two;
    某某新区、某某高新区管委会 are two: a zone printed by its name is a recipient of its own).
    """
    out: list[str] = []
    for part in parts:
        before = out[-1].split("、")[-1] if out else ""
        if out and (_bare_kind(part, kinds) or _zone_kind_run(out[-1], part)
                    or (_bare_level(before, kinds) or is_bare_place(before)
                        or _district_sharing_government(before, part))
                    and not _opens_own_group(part)):
            out[-1] += "、" + part
        else:
            out.append(part)
    return out


#: what a run of a level's own zones' kinds opens with: 各, a level word before it or none (市各开发区: the city's zones,
#: none named), or a level word and 属 (市属开发区、发展区: the zones the city runs, none named: 属 says whose, as 各 says
#: every; holdout wrapbracket-qingzhou-2023-1, batch 137)
_LEVEL_DISTRIBUTOR_RE = lazy_re(r"^(?:(?:省|市|州|盟|县|区|旗)?各|(?:省|市|州|盟|县|区|旗|镇|乡)属)")


def _zone_kind_run(run: str, part: str) -> bool:
    """``part`` goes on a 各 run of zones' kinds alone (``市各开发区、新区、园区管委会``: every zone of each kind, one
    committee word closing the run; ``市属开发区、发展区``: the city's own zones of two kinds): ``run`` opens with 各 (a level
    word before it, 市各) or with a level word and 属 (市属) over a zone's kind alone and
    every piece after it is a kind alone, and ``part`` is one too, its committee word after it or none
    (``[metadata] zone_place_ends``, ``zones.committee_words``).  Such a run names no zone, so no piece is a recipient
    of its own; a zone printed by its name (某某新区、某某高新区管委会) still is (tests/fixtures/README.md "Place groups":
    a 各 run is one group while its pieces are bare words of their kind; holdout notitle-suqian-2024-1, batch 122)."""
    pieces = compare_key(run).split("、")
    first = _LEVEL_DISTRIBUTOR_RE.sub("", pieces[0], count=1)
    if first == pieces[0]:
        return False
    kinds = set(vocab()["metadata"]["zone_place_ends"])
    last = re.sub(rf"(?:{committee_words()})$", "", compare_key(part))
    return all(p in kinds for p in (first, *pieces[1:], last))


def _opens_own_group(part: str) -> bool:
    """A piece opening with a distributor of its own (``[place_groups] distributors``: 各, 相关, 有关): no level word
    before it reaches it (各镇、各嘎查村 are two recipients, each 各 its own group; tests/fixtures/README.md: a 各 run is
    one group only while its pieces are bare place words; holdout banfarea-etuokeqianqi-2019-1, batch 128)."""
    return part.strip().startswith(tuple(vocab()["place_groups"]["distributors"]))


#: a district's name alone before another district's government (东昌区、二道江区人民政府): the two share the body; a
#: zone's name ends in 区 too, but is addressed with its committee (某某新区、某某高新区管委会 are two)
_DISTRICT_ALONE_RE = lazy_re(r"^[^各、\s]{1,%d}区$" % (PLACE_NAME_MAX_CHARS - 1))
_DISTRICT_GOVERNMENT_RE = lazy_re(r"^[^各、\s]{1,%d}区(?:人民)?政府$" % (PLACE_NAME_MAX_CHARS - 1))


def _district_sharing_government(before: str, part: str) -> bool:
    """``before`` is a district's name alone and ``part`` a district's government: one recipient, the governments of
    both (a city's letter to its two districts, holdout cramped-tonghua)."""
    key = compare_key(before)
    return bool(_DISTRICT_ALONE_RE.match(key) and not key.endswith(tuple(vocab()["metadata"]["zone_place_ends"]))
                and _DISTRICT_GOVERNMENT_RE.match(compare_key(part)))


def _bare_kind(piece: str, kinds: frozenset[str]) -> bool:
    s = compare_key(piece)
    return s in kinds or TRAILING_NOTE_RE.sub("", s) in kinds   # 局（公司）: the kind before the note


def _bare_level(piece: str, kinds: frozenset[str]) -> bool:
    """A level word alone (县, 各区, 市直): short, and neither a kind of body nor the villages together (各村:
    ``[metadata] village_ends``; before session 65 各村、镇属各单位 was one recipient); or one level character after
    a conjunction (县直和省)."""
    s = compare_key(piece)
    if len(s) <= LEVEL_WORD_MAX_CHARS:
        return not s.endswith((*kinds, *vocab()["metadata"]["village_ends"]))
    tail = _CONJUNCTION_RE.split(s)[-1]
    return len(tail) == 1 and tail != s and tail not in kinds
