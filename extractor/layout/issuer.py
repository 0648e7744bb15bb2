"""Stage 4, metadata: whose letter it is (the issuer), in order of evidence.

The name(s) signed right over the letter's date; the metadata box's 发布机构; the name on its own
line over the title; the name the title opens with; the body a doc number abbreviates
(docs/parsing.md, "Whose letter it is").
"""
from __future__ import annotations

import re

from .dates import is_date_line, is_labelled_date_line, is_posting_stamp
from .titlelines import opener_at
from ..hanzi import simplified
from ..models import JOINT_ISSUER_SEP
from ..agencies.placechains import listed_chain
from ..numbering import split_numbering
from ..parse.hardwraps import blank_spaced
from ..parse.letterspacing import closed_value
from ..text import (DOC_NUMBER_RE, SIGNER_MAX_CHARS, compact, is_attachment_mark, is_signed_digits, may_sign,
                    titles_division)

#: the marks a paragraph over a closing signature ends its sentence with
_SENTENCE_ENDS = ("。", "！", "!")
#: the issuer signs in the lines right above the date
ISSUER_LINES_ABOVE_DATE = 3
#: an issuer's name is one line (``text.SIGNER_MAX_CHARS``)
ISSUER_MAX_CHARS = SIGNER_MAX_CHARS


def read_issuer(head, date_idx, meta, voc, title_at: int | None) -> str | None:
    """The name(s) signed over the date (line ``date_idx``), else the box's issuer, else the name
    over the title (opening at line ``title_at``)."""
    if date_idx is not None:
        signature = [_signed_names(head[k], voc) for k in _lines_above(head, date_idx)]
        for last in range(len(signature) - 1, -1, -1):
            if signs(signature[last], voc):
                first = last
                while first > 0 and signs(signature[first - 1], voc) and signature[first - 1] not in signature[first:]:
                    first -= 1
                return JOINT_ISSUER_SEP.join(_whole_names(signature[first:last + 1], voc))
    return box_issuer(meta, voc) or _issuer_over_title(head, voc, title_at)


def _lines_above(head, date_idx: int) -> list[int]:
    """The indexes of the ``ISSUER_LINES_ABOVE_DATE`` lines right above the date, top down.  In a copy that sets a
    blank line after every line (``hardwraps.blank_spaced``) the blanks are spacing, not lines (a copy that dropped a
    line, ``（此件公开发布）``, leaves two), so two bodies signing on two lines (``中共某市委办公室`` / blank /
    ``某市人民政府办公室`` / blank / date) are read together, as a copy with no blank reads them.  Before, the
    party office's line stood four lines over the date and a joint letter's issuer was the government office alone
    (blindsynth's thirty-fourth stream, 27 of seeds 1-8000)."""
    start = max(0, date_idx - ISSUER_LINES_ABOVE_DATE)
    if not blank_spaced(head[:date_idx + 1]):
        return list(range(start, date_idx))
    above = [k for k in range(date_idx - 1, -1, -1) if head[k].strip()][:ISSUER_LINES_ABOVE_DATE]
    return above[::-1]


def _whole_names(lines: list[str], voc) -> list[str]:
    """The signature's names from its ``lines``: a line that is only an issuer's ending (``[metadata] issuer_ends``:
    办公室 under 某市…工作领导小组, the office's name broken over two lines) ends the name on the line over it, and a
    bracketed mark of signing on another's behalf closing a line (``（代）``, ``[metadata] proxy_marks``) is no word of
    the name.  Holdout dutyrule-yulin (batch 95): before, `…领导小组、办公室（代）`, two signers, one of them no body."""
    names: list[str] = []
    for line in lines:
        name = _without_proxy_mark(line, voc)
        if names and simplified(name) in voc["issuer_ends"]:
            names[-1] += name
        else:
            names.append(name)
    return names


def _without_proxy_mark(name: str, voc) -> str:
    """``name`` without a closing bracket holding only a mark of signing on another's behalf (办公室（代）)."""
    m = re.search(r"[（(]\s*([^（()）]{1,4})\s*[)）]$", name)
    return name[:m.start()] if m and simplified(m.group(1)) in voc["proxy_marks"] and m.start() > 0 else name


def box_issuer(meta, voc, bracketed: bool = False) -> str | None:
    """The metadata box's issuer (``[metadata] issuer``: 发布机构 …).  A box naming the body with a
    bracketed alternative (某市人民政府(办公室)) is passed over unless ``bracketed``: the letter's
    own evidence (the title's issuer, ``issuer_in_title``) comes first, and the box's name as
    printed is the issuer only of a page that says nothing else (no letter, no title naming
    one: dupmeta-qiaocheng, whose information line's 信息来源 names another body).  A value spaced out letter by
    letter to fill the box's cell (``水 利 局``) is closed up (``letterspacing.closed_value``; holdout keyvalue-chengan)."""
    for key in voc["issuer"]:
        if meta.get(key) and (bracketed or not _BRACKET_RE.search(meta[key])):
            return closed_value(meta[key])   # 水 利 局: spaced out to fill its cell, as the box's labels are
    return None


#: a site's name shorter than this is no brand a mirror put in the issuer's place (a piece that short may be a place's
#: short name, 宁波, which a real body's name opens with)
SITE_WORDS_MIN_CHARS = 4


def is_site_words(value: str, site_pieces, voc) -> bool:
    """``value`` (a box's 发布机构) is the site's own name, the one the page's ``<title>`` prints beside the title
    (``site_pieces``: ``金宝博官网`` of ``…的通知_金宝博-金宝博官网``), closing the words before nothing but an issuer's
    ending (``金宝博-金宝博官网 办公室``): a mirror that put its own words wherever the page printed its owner's name,
    in the signature, the box and the ``<title>``, left the box a body word after its brand, and names no body
    there.  The site's name must itself name no body (``signs``: 某市人民政府's box 某市人民政府办公室 stays) and be
    at least ``SITE_WORDS_MIN_CHARS`` long."""
    key = simplified(compact(value))
    end = next((e for e in sorted(voc["issuer_ends"], key=len, reverse=True) if key.endswith(e)), None)
    if end is None:
        return False
    words = key[:-len(end)]
    return any(len(name := simplified(compact(piece))) >= SITE_WORDS_MIN_CHARS and words.endswith(name)
               and not signs(name, voc) for piece in site_pieces or ())


def without_site_words(meta, site_pieces, voc):
    """``meta`` without an issuer field holding the site's words (``is_site_words``); ``meta`` itself when none
    does."""
    if not site_pieces or not any(meta.get(k) and is_site_words(meta[k], site_pieces, voc) for k in voc["issuer"]):
        return meta
    return {k: v for k, v in meta.items()
            if not (k in voc["issuer"] and v and is_site_words(v, site_pieces, voc))}


def undated_signature_end(head, voc, recipients_at: int | None = None) -> int | None:
    """Where a letter signed without a shown date ends: the 附件 mark alone on its line
    (附件： over the plan) right under a signing body's line.  An aggregator's copy masks the
    date under the signature (``noise.strip_masks`` takes the mask out), a cut copy loses it; the
    mark then stands where the date would, and the signature is read above it as above a date.
    None when the first such mark has no signing line right over it.  In a letter (its recipients
    line at ``recipients_at``) the list's own title under the signing line (…任务分工, …清单:
    ``text.titles_division``) stands there too: a WeChat repost that kept no date line (before
    session 43 its posting stamp dated it) prints the signer and then the list; and so does a date that lost
    its 年, 月 and 日 and reads two ways (2019116: 1-16 or 11-6), which no date is read from (batch 43); and so does a
    plan's name right under a signing line that itself stands right under the closing formula (``signed_under_closing``:
    特此通知。 / the office / the plan, batch 96)."""
    for at, line in enumerate(head):
        if at and is_attachment_mark(line.strip()):
            above = next((compact(x) for x in reversed(head[:at]) if x.strip()), "")
            return at if signs(above, voc) else None
        if recipients_at is not None and at > recipients_at + 1 and titles_division(line.strip()):
            above = next((compact(x) for x in reversed(head[:at]) if x.strip()), "")
            if signs(above, voc):
                return at
        if recipients_at is not None and at > recipients_at + 1 and signed_under_closing(head, at, voc):
            return at   # 特此通知。 / the signing office / the plan's name: a letter signed with no date (signednodate-guozhi)
        if at > (0 if recipients_at is None else recipients_at + 1) and is_signed_digits(line):
            above = next((compact(x) for x in reversed(head[:at]) if x.strip()), "")
            if signs(above, voc):
                return at   # the signature's date lost its 年/月/日 and reads two ways (2019116): it still closes
                # the letter, a recipients line or not (a document site's preview opening after it: bs4433, bs2227)
    return closing_signer_end(head, voc)


#: a line that could be the plan's name under a signature: a heading's line, no clause or label mark in it
_CLAUSE_OR_LABEL_RE = re.compile(r"[，。,；;：:！!？?]")


def signed_under_closing(head, at: int, voc) -> bool:
    """Whether line ``at`` is the first line after a letter signed with NO date: the line over it (blank lines
    passed) is a signing body's name alone (``signs``) and the one over that is the letter's closing formula alone
    (``[metadata] letter_closings``: 特此通知。), while line ``at`` reads as a heading (no clause or label mark:
    the plan's name printed right under the signature).  A 部际联席会议办公室's letter on a policy platform prints
    ``特此通知。`` / its office / ``2024年…推进计划`` (holdout signednodate-guozhi, batch 96): before, the signature ran
    into the plan's name as a two-line title and the letter had no issuer."""
    line = head[at].strip() if at < len(head) else ""
    if not line or _CLAUSE_OR_LABEL_RE.search(line) or is_date_line(line):
        return False
    before = [compact(x) for x in reversed(head[:at]) if x.strip()][:2]
    return (len(before) == 2 and signs(before[0], voc)
            and simplified(before[1]).rstrip("。") in voc["letter_closings"])


def closing_signer_end(head, voc) -> int | None:
    """Past the content's last line when it is a signing body's name alone (``signs``) under a paragraph that ends
    its sentence and is no numbered item, the name printed in that paragraph or above it (an inspection group's
    list handed over: ``4月14日，市某某督导组对…进行了暗访检查，…交办如下：`` / items / ``…整改完毕。`` / ``市某某督导组``):
    the body the page says acted signs it, with no date under the name.  None otherwise: a unit's name under the
    last item is that item's, and a name the page prints nowhere else is no proof of a signature."""
    text = [(at, compact(line)) for at, line in enumerate(head) if line.strip()]
    if len(text) < 2:
        return None
    (_at, before), (last_at, name) = text[-2], text[-1]
    if not signs(name, voc) or not before.endswith(tuple(_SENTENCE_ENDS)) or split_numbering(before) is not None:
        return None
    return last_at + 1 if any(name in line for _i, line in text[:-1]) else None


_BRACKET_RE = re.compile(r"[（(〔\[【].*[)）〕\]】]")
#: a name in a signature line of several bodies is longer than this (中共某县委 …): a part only this
#: long is a piece of one name spaced out (某市发展 改革委), not a body of its own
JOINT_PART_MIN_CHARS = 4
_GAP_RE = re.compile(r"\s+")


def _signed_names(line: str, voc) -> str:
    """A signature line, compacted, past a database's issuer label glued to it (``past_glued_label``); one where
    bodies sign side by side, a space between their names (济南市人民政府办公厅　临沂市人民政府办公室), names them all
    joined with ``JOINT_ISSUER_SEP``, as when each signs on a line of its own.  A part is a name when it signs
    (``signs``) and is more than an issuer's ending (某县人民政府 办公室 is one name)."""
    line = past_glued_label(line.strip(), voc)
    parts = _GAP_RE.split(line)
    if len(parts) > 1 and all(len(p) >= JOINT_PART_MIN_CHARS and signs(p, voc)
                              and simplified(p) not in voc["issuer_ends"] for p in parts):
        return JOINT_ISSUER_SEP.join(parts)
    return JOINT_ISSUER_SEP.join(_run_together_names(compact(line), voc))


def _run_together_names(line: str, voc) -> list[str]:
    """A party body's signature run into the government's with nothing between them (a one-line copy:
    ``中共某区委办公室某区人民政府办公室``): cut where the party's name (``[metadata] party_prefixes``) ends like an
    issuer and the rest opens with a place the gazetteer lists and signs, both more than an issuer's ending; else
    the line, one name.  Only a name opening with the party's prefix is cut: a body's own name may hold a place
    after a word ending like an issuer (某市委员会…)."""
    if not simplified(line).startswith(tuple(voc["party_prefixes"])):
        return [line]
    simple = simplified(line)
    for at in range(JOINT_PART_MIN_CHARS, len(line) - JOINT_PART_MIN_CHARS + 1):
        first, rest = line[:at], line[at:]
        if signs(first, voc) and signs(rest, voc) and listed_chain(simple, at) is not None \
                and simplified(rest) not in voc["issuer_ends"]:
            return [first, rest]
    return [line]


def past_glued_label(line: str, voc) -> str:
    """``line`` past an issuer label of the box (``[metadata] issuer``: 发布部门, 发文机关, 制定机关 …, longest first)
    glued to the name after it with no colon, a law database's field line copied over the letter
    (``制定机关九江市人民政府办公室``, its markup alone parting label and value); else ``line``.  A label is no word of a
    body's name, and no body's name opens with one.  Before, a letter the database kept with no signature was read as
    signed by that line over its glued 发文日期 line, label and all, and its units were placed in ``制定机关九江市``
    (holdout fieldglue-jiujiang-2021-9; the generator's bs2718, bs2072, bs4917 …), as the doc number's glued label
    was read before ``docnumber._past_glued_label``."""
    simple = simplified(line)
    word = next((w for w in sorted(voc["issuer"], key=len, reverse=True)
                 if simple.startswith(w) and len(simple) > len(w)), None)
    return line[len(word):].lstrip() if word else line


def signs(s: str, voc) -> bool:
    """True for a (compacted) line that is a signing body's name: an issuer's ending, one line, no
    sentence or label punctuation.  A name closed by its second sign in brackets signs as the name before
    it does (``相山区城市管理局（区城市管理行政执法局）``: a bureau and the enforcement office it is too, the
    reading units with a second sign have, tests/fixtures/README.md)."""
    if not may_sign(s):
        return False
    ends = tuple(voc["issuer_ends"])
    simple = simplified(s)
    if simple.endswith(ends):
        return True
    second = _SECOND_SIGN_RE.fullmatch(simple)
    return second is not None and second.group(1).endswith(ends)


#: a name closed by one bracketed second sign: group 1 the name before it
_SECOND_SIGN_RE = re.compile(r"(.+?)[（(][^（）()]{1,30}[）)]")


#: the signature under a table ends the page within this many lines of text (the signer, the date)
SIGNATURE_UNDER_TABLE_LINES = 2


def signed_under_table(lines, voc) -> str | None:
    """The date line of a signature closing the page under its table (a letterless notice that
    prints its plan's title, the table, then the signing body over the date: the letter's cover
    ends at the table, so its signature is not among the cover lines), or None: the page's last
    ``SIGNATURE_UNDER_TABLE_LINES`` lines of text are a body's name (``signs``) over a bare date
    (no label, no posting time)."""
    last = [ln.strip() for ln in lines if ln.strip()][-SIGNATURE_UNDER_TABLE_LINES:]
    if len(last) < SIGNATURE_UNDER_TABLE_LINES or not signs(compact(last[0]), voc):
        return None
    date = last[-1]
    if not is_date_line(date) or is_posting_stamp(date) or is_labelled_date_line(date):
        return None
    return date


def _issuer_over_title(head, voc, at: int | None) -> str | None:
    """Without a signature, the issuer printed on its own line over the title opening at line ``at``
    (德阳: 德阳市人民政府办公室 / 关于印发…的通知, date alone at the foot)."""
    if not at:
        return None
    s = past_glued_label(compact(head[at - 1]), voc)
    ends = tuple(voc["issuer_ends"])
    if len(s) <= ISSUER_MAX_CHARS and simplified(s).endswith(ends) and not re.search(r"[，。,:：；;〔\[【\d]", s):
        return s
    return None


def issuer_in_title(title: str | None, voc) -> str | None:
    """Last, the name the title opens with (某市人民政府关于…的通知): a letter printed with
    no signature line and no box still says who issues it there.  A title that opens
    with 关于 names no issuer."""
    if not title:
        return None
    at = opener_at(simplified(title))
    s = compact(title[:at]) if at > 0 else ""
    # a forwarding title relays another body's notice (转发国务院关于…, 某市人民政府批转市发改委关于…): the name after the
    # relay verb is that notice's issuer; the letter's is the name before the verb, if any (before, 转发国务院 was read as
    # the issuer of 广东's 1999 letter: holdout topicpoints-guangdong, batch 131)
    head = title[:at]
    relayed = min((i for v in voc["relay_verbs"] if (i := simplified(s).find(v)) >= 0), default=-1)
    if relayed >= 0:
        s = head = s[:relayed]
    if s and simplified(s).endswith(tuple(voc["issuer_ends"])) and not re.search(r"[，。,:：；;《〔\[【\d]", s):
        # two bodies the heading parts by a space (中共某镇委员会 某镇人民政府关于…), each a name that signs: both issue it,
        # as two names signing side by side on one line do (``_signed_names``; holdout rosterduty-xiashan, batch 126)
        return _signed_names(head, voc)
    return None


#: a place a doc number abbreviates, as a title prints it: its first character(s) (the number's),
#: at most this many more, and its level (儋 -> 儋州市; 州市 before 州, so 儋州 is never cut short)
PLACE_NAME_MAX_REST = 3
_PLACE_END = r"(?:州市|市|县|区|旗|州)(?![市县区])"


def issuer_of_number(number: str | None, titles, voc) -> str | None:
    """Last of all, the issuer a doc number abbreviates (儋府办〔2021〕21号: 儋 + 府办 + kind), when
    the title names the place whose first characters the number prints (关于印发儋州市…的通知):
    a letter signed by its date alone, with no box, under a title opening with 关于.  The
    bodies and kinds are ``[metadata] number_bodies`` / ``number_kinds``."""
    m = DOC_NUMBER_RE.search(simplified(number)) if number else None
    if m is None:
        return None
    prefix = m.group("prefix")
    for kind in voc["number_kinds"]:
        if prefix.endswith(kind) and len(prefix) > len(kind):
            prefix = prefix[:-len(kind)]
            break
    for body, name in sorted(voc["number_bodies"].items(), key=lambda kv: -len(kv[0])):
        place = prefix[:-len(body)] if prefix.endswith(body) else ""
        if 0 < len(place) <= 2:
            rx = re.compile(re.escape(place) + r"[^省市县区州旗盟\d\s]{0,%d}?" % PLACE_NAME_MAX_REST + _PLACE_END)
            found = next((f for t in titles if t and (f := rx.search(simplified(t)))), None)
            return found.group(0) + name if found else None
    return None
