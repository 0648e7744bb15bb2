"""The text path's lines cleaned: portal chrome and noise dropped, the footer cut off.

A text page (and an HTML page's block text, ``htmllines.html_lines``) comes as lines; ``clean_text_lines``
drops the portal's boilerplate lines (``[boilerplate]`` in the vocabulary), print and share controls,
mirror noise (pinyin glosses, jammer runs, members' masks, spam), and cuts everything off from the
footer's first stop line (相关新闻, 分享到…) on, unless it is a related-news box standing over the
notice's items.  A notice run into one line is split back into its lines first.  The locate stage
(``locate.py``) calls it; the hard-wrap joiner asks ``is_stop_line``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..models import TABLE_MARK
from .collection import next_text_label, text_label, without_first_label
from .running import drop_running_runs, is_page_number_line
from .infoline import heading_before_labels, is_info_line
from .itemlabels import footer_label_line, item_label_line
from .noise import JAMMER_MIN_SPACES, has_masks, is_noise_line, is_spam_line, is_wechat_controls, list_bullets, \
    list_entry_title, noise_line_hint, opens_wechat_footer, strip_at_marks, strip_extra_commas, strip_jammer, \
    strip_jammer_inside, strip_masks, wechat_account_lines, field_dates, without_elisions
from ..parse.runon import split_run_on
from ..parse.listwraps import join_list_wraps
from ..parse.barruns import bar_table_parts
from ..parse.commaruns import comma_dump_parts
from ..parse.flatrows import flat_header_pieces
from ..parse.runprojects import project_table_pieces
from ..parse.runtable import run_header_at, run_table_pieces
from ..parse.labels import find_labels, holds_label_mark, names_role_by_copula
from ..parse.roles import UNIT_ROLES
from ..parse.spacejoined import space_joined_pieces
from ..parse.crampedletter import cramped_signature_pieces
from ..parse.lostindents import cut_at_lost_indents, has_lost_indents
from ..parse.textlayer import is_run_on
from ..hanzi import simplified
from ..numbering import split_numbering
from ..text import ATTACHMENT_MARK_RE, CJK_RE, PINYIN_GLOSS_RE, compact, plan_name_ends, vocab
from ..chrome import strip_chrome

#: a stop line (相关新闻, 分享到) ends the content only after this many CJK characters
#: of it: above that, such lines are the portal's menu over the title (a title alone
#: is about 20 characters, a notice's letter hundreds)
CONTENT_SEEN_CJK = 40
#: a stop line with the notice's items still under it is a related-news box inside the article,
#: not the footer, when at least this many lines after it name units by a label (one could be a
#: related link's title quoting a label; two are the notice's items)
TEASER_ITEMS_MIN = 2


def clean_text_lines(lines) -> list[str]:
    """Drop chrome lines and cut the footer off a text page (blank lines kept).

    Print/font/close controls (``chrome.strip_chrome``) are removed from a line wherever it stands and never end
    the content: portals put ``【打印】 【字体：`` above the title as well as under the text.

    A notice run into one line (once broken in a list: ``parse.listwraps``) is split back first (``runon.split_run_on``).

    Mirror corruption is cleaned here too: pinyin noise (號(hào)), a forum's jammer runs and an aggregator's members'
    masks (``layout.noise``) are removed and spam lines dropped; traditional characters stay as printed (the
    vocabulary is matched on a simplified copy).  A page's own list of notices around the notice (bulleted titles, the
    notice under one of them) loses its bullets and ends the content after the notice's entry.
    """
    stop, stop_whole, drop, drop_whole, noise = _boilerplate()
    out: list[str] = []
    texts = field_dates(without_elisions(strip_extra_commas(strip_at_marks(
        [PINYIN_GLOSS_RE.sub("", t.strip().replace("\xa0", " ")) for t in lines]))))
    if account := wechat_account_lines(texts):   # a WeChat footer's account name beside its controls
        texts = [t for i, t in enumerate(texts) if i not in account]
    # the notice's text: a repost's noise lines (a document site's page thumbnails, 某方案_第1页) are no part of it, so a
    # preview's pieces joined into one line are weighed against the text, not the site around it (holdout contactpts-town)
    texts = join_list_wraps(texts, total := sum(len(t) for t in texts
                                                if not t.startswith(TABLE_MARK) and not is_noise_line(t)))
    # a notice run into one line is split first, so every piece is read as a line
    # (its spam, its footer) and the metadata stage sees the letter's lines; a paged
    # copy's running heads and feet glued to its page numbers go before
    # a table run together with nothing between its cells (a preview's) keeps its line: its title is cut off
    # a letter's signature run into the plan's name in a paragraph (…人民政府2015年8月10日…实施方案2015年是…) is cut too
    run_on = ((_text_pieces(t, total) or cramped_signature_pieces(texts, i) or (t,)) if not t.startswith(TABLE_MARK)
              else (t,) for i, t in enumerate(texts))
    masked = has_masks(texts)   # asked once of the page: almost no page prints a members' mask
    bullets = list_bullets()
    entry_at = None   # where the last entry of the page's own list of notices stood in ``out``
    pieces = without_elisions([piece for pieces in run_on for piece in pieces])   # a note the run-on cut cut out
    box_link = False   # a related-news box inside the article was dropped: the line under it is its link
    for i, s in enumerate(pieces):
        if box_link and s:
            box_link = False
            if _is_box_link(s):
                continue   # 相关新闻>> / 某区部署2024年重点工作: the box's link, dropped with it
        if s.count(" ") >= JAMMER_MIN_SPACES and not (s := strip_jammer(s)):
            continue   # a forum's jammer run on a line of its own: dropped, not left blank
        if masked and (unmasked := strip_masks(s)) is not s and not (s := unmasked.strip()):
            continue   # an aggregator's members' mask alone on a line, in a date's place
        if s and s[0] in bullets and (entry := list_entry_title(s)) is not None:
            # the page's list of notices (• 某市…关于…的通知): the entry after the notice's ends it
            if entry_at is not None and _seen_content(out[entry_at + 1:]):
                break
            entry_at, s = len(out), entry
        # print/font/share controls, wherever they sit and closed or not; a line that is
        # only controls (分享到：微信 微博 floated beside the heading) is dropped, not a stop
        bare = strip_chrome(s)
        if bare != s and not bare:
            continue
        simple = simplified(s)  # mirrors print 相關新聞 / 繁體 chrome
        if next_text_label(simple, out) and _seen_content(out):
            # a model-text site's label of its second text (…方案篇二): the notice is the first, its label no line of it
            out = without_first_label(simple, out)   # (collection.py)
            break
        if (_starts(simple, stop) or simple in stop_whole or opens_wechat_footer(simple) or footer_label_line(simple)) \
                and _seen_content(out) and not item_label_line(simple, pieces[i + 1:]):
            if _teaser_before_items(out, pieces[i + 1:], stop, stop_whole):
                box_link = True
                continue   # a related-news box between a repost's lead and the notice: dropped, no footer
            break
        if (info := is_info_line(simple)) and (head := heading_before_labels(bare)) is not None:
            out.append(head)   # the page's heading run into its info line: the heading kept, the labels dropped
            continue
        if _starts(simple, drop) or simple in drop_whole or is_spam_line(simple) or info \
                or (noise.search(s) is not None and is_noise_line(s)) \
                or is_wechat_controls(simple if bare is s else simplified(bare)):
            continue
        if is_page_number_line(s):
            continue    # — 2 —, 第2页 共5页: a page footer of a text copied out of a PDF
        out.append(bare)
    while out and not out[0]:
        out.pop(0)
    while out and not out[-1]:
        out.pop()
    return out


def is_stop_line(text: str) -> bool:
    """``text`` is a line that ends the content only whole (``[boilerplate] stop_lines``: 相关法规 over a page's
    list of related laws) or a site's label of one text of a collection (``collection.text_label``: ``…清单篇二``,
    ``【第2篇】…``, which ends the first text), in simplified characters: the hard-wrap joiner keeps it a line of its
    own (a copy wrapped at 35 characters whose last item filled its line took the next text's label into it, and
    the second text was read on: blindsynth session 57 seeds 2126 and 4689)."""
    simple = simplified(text.strip())
    return simple in _boilerplate()[1] or text_label(simple) is not None


def _text_pieces(t: str, total: int):
    """A line cut into its lines where it ran them together, or None: a table run together opens a line of its own, the
    text before it cut as any line is (holdout runtable-shaoxing: an aggregator ran letter and table into one paragraph);
    a notice that lost its breaks; lines parted by spaces."""
    if run_header_at(t, loose=True) is not None:
        first, *rest = run_table_pieces(t) or (t,)
        return [*((_text_pieces(first, total) or (first,)) if rest else (first,)), *rest]
    if is_run_on(t, total):
        return _run_on_pieces(t)
    return (space_joined_pieces(t) or flat_header_pieces(t) or (t,)) if " " in t else None


def _run_on_pieces(line: str) -> list[str]:
    """A line that lost its breaks, cut into its lines: by its numbering and letter joints, then where a mirror's lost
    indents (``??``) stood at the lines' starts.  A table run flat inside it (a forum's copy of a table by unit) opens
    a line of its own: the letter's lines before it are cut as a letter's, its rows are the flat reader's
    (parse/flatrows.py); a bar table's rows are cut apart by its cells (parse/barruns.py), a comma dump's at its row
    numbers (parse/commaruns.py), and cut no further."""
    line = drop_running_runs(strip_jammer_inside(line))
    pieces = [p for part in (flat_header_pieces(line) or project_table_pieces(line) or (line,))
              for text, rows in _table_parts(part) for p in ((text,) if rows else split_run_on(text))]
    return cut_at_lost_indents(pieces) if has_lost_indents(line) else pieces


def _table_parts(line: str) -> list[tuple[str, bool]]:
    """A run-on line as (text, whether it is a table's lines) parts: a bar table's rows (parse/barruns.py), and in
    the text around them a comma dump's (parse/commaruns.py)."""
    return [piece for text, rows in bar_table_parts(line)
            for piece in ([(text, rows)] if rows else comma_dump_parts(text))]


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[dict[str, tuple[str, ...]], frozenset[str], dict[str, tuple[str, ...]], frozenset[str],
                            re.Pattern]:
    """The boilerplate vocabulary as ``clean_text_lines`` asks it of every line:
    the stop prefixes by their first character (``_starts``) and the lines that stop only whole
    (``stop_lines``), the drop prefixes so, the lines dropped only whole (``drop_lines``) and one
    pattern for the words a repost's line holds (``noise.is_noise_line`` is asked only of a line
    that holds one); the spam words are ``noise.is_spam_line``'s."""
    voc = vocab()["boilerplate"]
    return (_by_first(voc["stop_prefixes"]), frozenset(voc["stop_lines"]), _by_first(voc["drop_prefixes"]),
            frozenset(voc["drop_lines"]), noise_line_hint())


def _by_first(prefixes: list[str]) -> dict[str, tuple[str, ...]]:
    by_first: dict[str, tuple[str, ...]] = {}
    for prefix in prefixes:
        by_first[prefix[:1]] = by_first.get(prefix[:1], ()) + (prefix,)
    return by_first


def _starts(line: str, by_first: dict[str, tuple[str, ...]]) -> bool:
    """``line`` opens with one of the prefixes: only those with its first character are
    compared (``str.startswith`` with the whole tuple compares each of some sixty)."""
    prefixes = by_first.get(line[:1])
    return prefixes is not None and line.startswith(prefixes)


def _seen_content(lines: list[str]) -> bool:
    return sum(len(CJK_RE.findall(s)) for s in lines) > CONTENT_SEEN_CJK


def _teaser_before_items(seen: list[str], rest: list[str], stop: dict[str, tuple[str, ...]],
                         stop_whole: frozenset[str]) -> bool:
    """A stop line (相关新闻>>) that is a box of related links inside the article, not its footer: the
    content so far names no unit by a label (a repost's news lead over the notice it reposts), and the
    lines after it, up to the next stop line, name units by a label (牵头单位：…) in at least
    ``TEASER_ITEMS_MIN`` lines.  A page's footer follows the notice's items, never stands over them."""
    if any(_names_units(s) for s in seen):
        return False
    found = 0
    for s in rest:
        simple = simplified(s)
        if _starts(simple, stop) or simple in stop_whole:
            return False
        if _names_units(s):
            found += 1
            if found >= TEASER_ITEMS_MIN:
                return True
    return False


def _is_box_link(line: str) -> bool:
    """``line``, right under a related-news box's stop line (``_teaser_before_items``), is the box's link (a news
    item's headline: 某区部署2024年重点工作, 重磅！…政府工作报告全文发布（建议收藏）), not the content it stands over: no
    attachment mark (附件), numbered line, line naming units by a label, nor a line ending as a document's or a list's
    title does (``[metadata] title_ends``, ``table_title_ends``: a box printing no link of its own right over the plan's
    title, 某区2024年…责任分工表)."""
    text = compact(simplified(line))
    return not (ATTACHMENT_MARK_RE.match(text) or split_numbering(text) is not None
                or _names_units(line) or text.endswith(plan_name_ends()))


def _names_units(line: str) -> bool:
    """``line`` holds a label naming units (a lead, support or responsible label: 牵头单位：, 【责任单位】), or names
    them by a copula and such a label word (``A为牵头单位，B为配合单位。``: ``labels.names_role_by_copula``; blindsynth
    session 54 cause 2: before, a related-news box over such items ended the content)."""
    return (holds_label_mark(line) and any(role in UNIT_ROLES for role, _, _ in find_labels(line))) \
        or names_role_by_copula(line)
