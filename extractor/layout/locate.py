"""Stage 3, locate: the notice's own content, without the portal's chrome.

HTML: parse with lxml (the hot path; several times cheaper than bs4:
docs/libraries.md),
read the portal's metadata box (索引号/发布机构/文号…) into ``meta`` and
drop it, drop navigation/share/print/related/footer blocks, then keep the
element that holds most of the remaining Chinese text.  Its block text
becomes ``lines``; its tables are kept as elements for the table stage.

Text: lines, with portal boilerplate lines removed and everything from
the footer (相关新闻, 分享到…) on cut off.
"""
from __future__ import annotations

import logging
import re
import warnings
from functools import lru_cache
from itertools import islice

from lxml import etree

from ..models import TABLE_MARK, Decoded, ExtractorError, Located
from ..parse.grid import html_grid, text_content
from .tree import cjk_count, drop as _drop
from .pagetitle import content_headline, page_title_and_site
from .collection import next_text_label, text_label, without_first_label
from .menus import is_menu_table
from .metabox import read_field_line, take_meta_rows, take_meta_tables
from .running import drop_running_lines, drop_running_runs, is_page_number_line
from .previewpieces import join_preview_pieces
from .infoline import heading_before_labels, is_info_line
from .itemlabels import footer_label_line, item_label_line
from .letterlines import opens_letter_line
from .noise import JAMMER_MIN_SPACES, has_markdown, has_masks, is_noise_line, is_spam_line, is_wechat_controls, \
    list_bullets, list_entry_title, noise_line_hint, opens_wechat_footer, strip_jammer, strip_jammer_inside, strip_markdown, \
    strip_masks, unescape_twice, wechat_account_lines, field_dates, without_elisions
from ..parse.runon import split_run_on
from ..parse.listwraps import join_list_wraps
from ..parse.barruns import bar_table_parts
from ..parse.flatrows import flat_header_pieces
from ..parse.runprojects import project_table_pieces
from ..parse.runtable import run_header_at, run_table_pieces
from ..parse.labels import find_labels, holds_label_mark, names_role_by_copula
from ..parse.roles import UNIT_ROLES
from ..parse.spacejoined import space_joined_pieces
from ..parse.crampedletter import cramped_signature_pieces
from ..parse.letterspacing import close_letter_spacing
from ..parse.hardwraps import join_hard_wraps, join_split_label_words
from ..parse.lostindents import cut_at_lost_indents, has_lost_indents, restore_lost_indents
from ..parse.textlayer import is_run_on, mark_bare_numbers
from ..hanzi import simplified
from ..numbering import split_numbering
from ..text import ATTACHMENT_MARK_RE, CJK_RE, PINYIN_GLOSS_RE, compact, plan_name_ends, strip_chrome, vocab

log = logging.getLogger(__name__)

_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "section", "article",
               "blockquote", "center", "pre", "dd", "dt", "ul", "ol", "table", "form", "header", "footer"}
#: elements whose text no reader sees as the page's (code, an inert <template>'s placeholders)
#: or that are controls
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "nav", "select", "button", "input", "textarea",
              "object")
_NAME_SPLIT_RE = re.compile(r"[\s_-]+")
#: a stop line (相关新闻, 分享到) ends the content only after this many CJK characters
#: of it: above that, such lines are the portal's menu over the title (a title alone
#: is about 20 characters, a notice's letter hundreds)
CONTENT_SEEN_CJK = 40
#: a header row and two measures: the least a task table has; a smaller table is layout
TASK_TABLE_MIN_ROWS = 3
#: the share of the page's CJK characters a content-hinted block must hold to be the
#: article (less: a sidebar or a teaser block that happens to be hinted)
CONTENT_SHARE = 0.6
#: portals often print the heading (title, doc number, a 发布时间 line) in blocks beside the
#: hinted article block: the block grows to its parent while the parent adds no more CJK
#: characters than this (a long title is about 70, a doc number and a date line 30 more;
#: a sidebar of other notices is several hundred)
HEADING_MAX_CJK = 120
#: a stop line with the notice's items still under it is a related-news box inside the article,
#: not the footer, when at least this many lines after it name units by a label (one could be a
#: related link's title quoting a label; two are the notice's items)
TEASER_ITEMS_MIN = 2


def locate_content(decoded: Decoded) -> Located:
    """Return the located content of one decoded input."""
    if decoded.format == "html":
        return _locate_html(decoded)
    text = unescape_twice(decoded.text, html=False)   # a mirror's references escaped twice: &#8546; -> Ⅲ
    if "\xa0" in text:   # a browser's copy of a page laid out with &nbsp;: its columns are spaces
        text = text.replace("\xa0", " ")
    lines = drop_running_lines(text.split("\n"))   # a paged copy's heads and feet first: page chrome
    if has_markdown(text):
        lines = [strip_markdown(line) for line in lines]
    lines = join_split_label_words(join_hard_wraps(restore_lost_indents(close_letter_spacing(lines)),
                                                   is_page_number_line, opens_letter_line, is_stop_line))
    lines = join_preview_pieces(lines)   # a document site's preview printed in numbered page pieces
    lines, meta = take_meta_rows(clean_text_lines(lines))
    meta = {**read_field_line(lines), **meta}   # a law database's 【发布部门】…【发布日期】… line
    # items whose numbers lost their marks (1落实…) get their dots back before any reader asks for an item
    return Located(decoded=decoded, lines=tuple(mark_bare_numbers(lines)), meta=meta)


def clean_text_lines(lines) -> list[str]:
    """Drop chrome lines and cut the footer off a text page (blank lines kept).

    Print/font/close controls (``patterns.strip_chrome``) are removed from a line wherever it stands and never end
    the content: portals put ``【打印】 【字体：`` above the title as well as under the text.

    A notice run into one line (once broken in a list: ``parse.listwraps``) is split back first (``runon.split_run_on``).

    Mirror corruption is cleaned here too: pinyin noise (號(hào)), a forum's jammer runs and an aggregator's members'
    masks (``layout.noise``) are removed and spam lines dropped; traditional characters stay as printed (the
    vocabulary is matched on a simplified copy).  A page's own list of notices around the notice (bulleted titles, the
    notice under one of them) loses its bullets and ends the content after the notice's entry.
    """
    stop, stop_whole, drop, drop_whole, noise = _boilerplate()
    out: list[str] = []
    texts = field_dates(without_elisions([PINYIN_GLOSS_RE.sub("", t.strip().replace("\xa0", " ")) for t in lines]))
    if account := wechat_account_lines(texts):   # a WeChat footer's account name beside its controls
        texts = [t for i, t in enumerate(texts) if i not in account]
    texts = join_list_wraps(texts, total := sum(len(t) for t in texts if not t.startswith(TABLE_MARK)))
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
    pieces = [piece for pieces in run_on for piece in pieces]
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
    (parse/flatrows.py); a bar table's rows are cut apart by its cells (parse/barruns.py), and cut no further."""
    line = drop_running_runs(strip_jammer_inside(line))
    pieces = [p for part in (flat_header_pieces(line) or project_table_pieces(line) or (line,))
              for text, rows in bar_table_parts(part) for p in ((text,) if rows else split_run_on(text))]
    return cut_at_lost_indents(pieces) if has_lost_indents(line) else pieces


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


_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


_HTML_PARSER = etree.HTMLParser()


def parse_html(text: str):
    """An lxml tree of a decoded page.

    XHTML pages open with ``<?xml … encoding="gb2312"?>``, which lxml refuses
    in a str (the text is already decoded, so the declaration is dropped).
    If lxml's parser gives up, BeautifulSoup (html.parser, via lxml's
    soupparser) is the lenient second try before the page counts as unreadable.
    """
    text = _XML_DECL_RE.sub("", text, count=1)
    try:
        # lxml's plain HTML parser, not lxml.html's: the same tree, without the
        # Python class lookup lxml.html makes for every element it hands out
        root = etree.fromstring(text, _HTML_PARSER)
        if root is None:
            raise etree.ParserError("Document is empty")
        return root
    except (etree.ParserError, ValueError) as exc:
        log.info("lxml could not parse the page (%s); trying BeautifulSoup", exc)
    try:
        from lxml.html import soupparser

        with warnings.catch_warnings():   # bs4's advice (XMLParsedAsHTMLWarning) is not for our users
            warnings.simplefilter("ignore")
            return soupparser.fromstring(text)
    except Exception as exc:  # bs4 raises assorted errors on hopeless input
        raise ExtractorError(f"cannot parse HTML: {exc}") from None


def _locate_html(decoded: Decoded) -> Located:
    root = parse_html(unescape_twice(decoded.text, html=True))   # &amp;#8546; -> &#8546;: the parser reads Ⅲ
    for el in root.iter(*_DROP_TAGS):   # first: a box's value may be written by a script
        _drop(el)
    page_title, site_pieces = page_title_and_site(root)
    meta = take_meta_tables(root)
    if "none" in decoded.text and _DISPLAY_NONE_RE.search(decoded.text):   # most pages hide nothing: no tree walk
        _drop_hidden(root)
    _drop_chrome(root)
    chosen = _choose_content(root)
    content = _with_heading(chosen)
    if page_title is None:    # no <h1> and no <title> naming a notice: a headline in another heading element
        page_title = content_headline(chosen, content)
    if page_title:
        page_title = PINYIN_GLOSS_RE.sub("", page_title)   # a mirror's glosses
    lines, tables, spaced = html_lines(content)
    lines = join_preview_pieces(lines)   # a document site's preview printed in numbered page pieces
    meta = {**read_field_line(lines), **meta}   # a law database's 【发布部门】…【发布日期】… line
    return Located(decoded=decoded, lines=tuple(mark_bare_numbers(lines)), tables=tuple(tables),
                   page_title=page_title, site_pieces=site_pieces, meta=meta, spaced=spaced)


#: an element hidden by its inline style (display:none) is dropped when it holds at most this
#: many characters and no table: anti-copy words a portal hides between a notice's characters
#: are a few; a hidden block of a whole notice (a print copy, a tab a script shows) is not junk
HIDDEN_MAX_CHARS = 40
_DISPLAY_NONE_RE = re.compile(r"display\s*:\s*none", re.I)
#: elements whose inline style hides them (display:none, spaces and capitals allowed)
_HIDDEN_XPATH = etree.XPath("//*[@style][contains(translate(@style, 'DISPLAYNOE ', 'displaynoe'), 'display:none')]")


def _drop_hidden(root) -> None:
    """Drop the short hidden elements of ``root`` (``HIDDEN_MAX_CHARS``): text a reader never sees."""
    for el in _HIDDEN_XPATH(root):
        if el.find(".//table") is None and len(text_content(el)) <= HIDDEN_MAX_CHARS:
            _drop(el)


def _drop_chrome(root) -> None:
    hints = frozenset(vocab()["html"]["chrome_hints"])
    for table in list(root.iter("table")):
        if is_menu_table(table):   # (menus.py)
            _drop(table)
    for el in list(root.iter("div", "ul", "header", "footer", "aside", "section", "span", "p", "table")):
        # most elements have neither class nor id: that is asked first, the parent only after
        if el.tag in ("header", "footer", "aside") or ((el.get("class") or el.get("id"))
                                                        and not hints.isdisjoint(_name_tokens(el))):
            if el.getparent() is None or el.tag in ("html", "body"):
                continue
            if not _holds_task_table(el):
                _drop(el)


def _name_tokens(el) -> list[str]:
    """The words of an element's class and id (``article-content`` -> article, content)."""
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return []
    return _NAME_SPLIT_RE.split(" ".join(filter(None, (cls, ident))).lower())


def _holds_task_table(el) -> bool:
    return any(len(t.xpath(".//tr")) >= TASK_TABLE_MIN_ROWS for t in el.iter("table"))


def _choose_content(root):
    """The element holding the article: a content-hinted block if it holds
    most of the page's text, else the body.

    Only hinted blocks are counted, and only when their text is long enough
    to hold ``CONTENT_SHARE`` of the page's CJK characters (a count never exceeds the
    length); a block inside a counted one is counted by what lies beside it
    (``_block_cjk``), so nested layout blocks do not re-read the whole page each.
    """
    body = root.find("body")
    body = body if body is not None else root
    counted = {body: cjk_count(text_content(body))}   # element -> the CJK characters of its text
    total = counted[body] or 1
    hints = frozenset(vocab()["html"]["content_hints"])
    best, best_len = body, 0
    for el in body.iter("div", "td", "article", "section", "main"):
        # most blocks (table cells) have neither class nor id, most no attribute at all: one
        # call for the names rules those out, where two get() cost twice as much
        if not el.keys() or not (el.get("class") or el.get("id")) or hints.isdisjoint(_name_tokens(el)):
            continue
        n = _block_cjk(el, counted, CONTENT_SHARE * total)
        if n is not None and n >= CONTENT_SHARE * total and (best is body or n < best_len):
            best, best_len = el, n  # the innermost hinted block that still holds most text
    return best


def _block_cjk(el, counted: dict, share: float) -> int | None:
    """The CJK characters of ``el``'s text (kept in ``counted``), or None when it holds fewer
    than ``share``.  Under a block already counted (the body, a hinted block around it) they
    are its parent's less those beside it (``_cjk_beside``: the parent's text, the other
    children's, the tails), where most of a page is one block inside another (body > article
    > content) and counting each one's text read the whole page again; else its own text's."""
    parent = el.getparent()
    above = counted.get(parent)
    beside = None if above is None else _cjk_beside(parent, el, above, share)
    if beside is None:
        text = text_content(el)
        if len(text) < share:
            return None
        n = cjk_count(text)
    else:
        n = above - beside
        if n < share:
            return None
    counted[el] = n
    return n


def _cjk_beside(parent, child, above: int, share: float) -> int | None:
    """The CJK characters of ``parent``'s text outside ``child``'s (its own text, the other
    children's, every child's tail): a string() of an element is its text nodes' in order, so
    the parent's count (``above``) is the child's plus these.  The count so far once ``above``
    less it falls under ``share`` (the child holds fewer, and counting on would not change
    that); None for a child node that is neither an element, a comment nor a processing
    instruction (an entity: the child is read as a whole instead)."""
    n = cjk_count(parent.text or "")
    for sib in parent:
        if sib is not child:
            tag = sib.tag
            if isinstance(tag, str):
                n += cjk_count(text_content(sib))
            elif tag is not etree.Comment and tag is not etree.ProcessingInstruction:
                return None
        n += cjk_count(sib.tail or "")
        if above - n < share:
            break
    return n


def _with_heading(content):
    """The content block grown to take in the heading printed beside it: the
    smallest ancestor whose other children hold more than ``HEADING_MAX_CJK``
    CJK characters stops the growth (the body is never passed)."""
    el = content
    while True:
        parent = el.getparent()
        if parent is None or el.tag == "body" or parent.tag == "html":
            return el
        extra = cjk_count(parent.text or "")
        for sib in parent:
            if sib is not el and isinstance(sib.tag, str):
                extra += cjk_count(text_content(sib))
            extra += cjk_count(sib.tail or "")
            if extra > HEADING_MAX_CJK:
                return el
        el = parent


def html_lines(content) -> tuple[list[str], list, dict[str, str]]:
    """Block text of ``content`` as lines; each top-level table becomes a
    ``TABLE_MARK`` line and is returned in order.  Third, the lines whose source
    prints a run of spaces, each as printed (``Located.spaced``)."""
    lines: list[str] = []
    tables: list = []
    buf: list[str] = []
    spaced: dict[str, str] = {}
    _walk_lines(content, content.tag, lines, tables, buf, spaced)
    _flush_line(lines, buf, spaced)
    return clean_text_lines(restore_lost_indents(lines)), tables, spaced


# The walk is module functions, not closures inside ``html_lines``: a closure that calls
# itself is a reference cycle, which kept each page's tree (the tables in ``tables``) alive
# until the garbage collector's next pass, some twenty pages later.

def _flush_line(lines: list[str], buf: list[str], spaced: dict[str, str]) -> None:
    raw = "".join(buf)
    text = " ".join(raw.split())
    if text:
        lines.append(text)
        if "  " in raw or "\xa0" in raw or "\u3000" in raw:
            _keep_spaced(raw, spaced)
    buf.clear()


#: a line break (and the white space around it) in a block's source: one space as a browser shows it
_SOURCE_BREAK_RE = re.compile(r"\s*[\r\n\t]\s*")


def _keep_spaced(raw: str, spaced: dict[str, str]) -> None:
    """``raw`` (a block's text as its source spaces it) under the line it reads as, when it prints a
    run of spaces (a no-break or ideographic space a space): a table flattened one row a paragraph
    prints an empty cell as one space more (``parse/spacedrows.py``); a mirror's glosses out, as
    ``clean_text_lines`` takes them out."""
    printed = PINYIN_GLOSS_RE.sub("", _SOURCE_BREAK_RE.sub(" ", raw.replace("\xa0", " ").replace("\u3000", " "))).strip()
    if "  " in printed:
        spaced[" ".join(printed.split())] = printed


def _walk_lines(el, tag, lines: list[str], tables: list, buf: list[str], spaced: dict[str, str]) -> None:
    """``el``'s text into ``buf`` and ``lines`` (``html_lines``); ``tag``: ``el.tag``, read
    once (lxml makes a new str at every read)."""
    if tag == "table" and not any(t.strip() for t in el.itertext()):
        return   # a table of images or spacers only (an e-paper's logo and page-map frames): nothing to read
    if tag == "table" and not _is_layout_table(el):
        _flush_line(lines, buf, spaced)
        lines.append(f"{TABLE_MARK}{len(tables)}")
        tables.append(el)
        return
    if tag == "pre":
        # preformatted text keeps its lines and its runs of spaces: a text
        # table (text-box, text-sp) put in a page as it was typed is read as in a .txt
        _flush_line(lines, buf, spaced)
        lines.extend(text_content(el).split("\n"))
        return
    block = tag in _BLOCK_TAGS or tag == "br"
    if block:
        _flush_line(lines, buf, spaced)
    text = el.text
    if text:
        buf.append(text)
    for child in el:
        child_tag = child.tag
        if isinstance(child_tag, str):
            _walk_lines(child, child_tag, lines, tables, buf, spaced)
        tail = child.tail
        if tail:
            buf.append(tail)
    if block:
        _flush_line(lines, buf, spaced)


def _is_layout_table(table) -> bool:
    """A table that lays out the page (a menu cell beside a content cell, or
    the whole letter in one cell with the task table nested in it) rather
    than holding tasks itself: it has tables inside and no task header of
    its own.  Its cells are read as blocks, so the cover letter in them
    stays before the task table's mark (old portals put the whole notice
    in one ``<td>``: without this the letter's lines were all hidden inside
    the mark and doc number, title and date were lost).  A table with no
    table inside lays out the page too when it has a few rows and a cell of
    paragraphs (a menu row, then the whole notice in one cell) and, again,
    no task header."""
    if table.find(".//table") is None and not _holds_paragraphs(table) and not _holds_run_on_notice(table):
        return False
    from ..parse.transposed import is_task_table   # table -> agencies: imported late to keep locate light
    return not is_task_table(html_grid(table))


def _holds_paragraphs(table) -> bool:
    """A table of at most ``LAYOUT_MAX_ROWS`` rows with a cell of at least
    ``LAYOUT_CELL_MIN_BLOCKS`` paragraphs: the shape of a page laid out in a
    table, never of a task table (many rows, a few lines a cell).  Rows with no
    text (spacer rows, empty rows a template adds) do not count."""
    if next(islice(table.iter("tr"), LAYOUT_MAX_ROWS, None), None) is not None:
        filled = (tr for tr in table.iter("tr") if any(t.strip() for t in tr.itertext()))
        if next(islice(filled, LAYOUT_MAX_ROWS, None), None) is not None:
            return False   # a task table's rows: most tables stop here
    return any(sum(1 for _ in cell.iter(*_PARAGRAPH_TAGS)) >= LAYOUT_CELL_MIN_BLOCKS
               for cell in table.iter("td", "th"))


def _holds_run_on_notice(table) -> bool:
    """A table of at most ``LAYOUT_MAX_ROWS`` rows with text and a cell of at least
    ``LAYOUT_RUN_ON_MIN_CHARS`` characters: a portal that put the whole notice in one cell with
    no paragraphs, its pieces (recipients, letter, signature, headings, items) parted by
    spaces (holdout runpara-haiyan, batch 50); a task table's cell holds a sentence or a few,
    and a task table has more rows.  Its cell is read as a block, a line the text layer
    repairs as a notice that lost its line breaks.  Rows are read only until one too many holds text
    (a task table's whole list of rows was read)."""
    filled = (tr for tr in table.iter("tr") if any(t.strip() for t in tr.itertext()))
    if next(islice(filled, LAYOUT_MAX_ROWS, None), None) is not None:
        return False
    return any(len("".join(cell.itertext()).strip()) >= LAYOUT_RUN_ON_MIN_CHARS for cell in table.iter("td", "th"))


#: a page laid out in a table has a menu row, a content row, maybe a footer row
#: or two; a table of more rows holds data
LAYOUT_MAX_ROWS = 5
#: a content cell holds the letter and its items: a title, recipients, a few
#: paragraphs and items; a task table's cell holds a unit list or a sentence or two
LAYOUT_CELL_MIN_BLOCKS = 5
_PARAGRAPH_TAGS = ("p", "div", "br", "section")   # WeChat prints its paragraphs as <section>
#: a cell holding a whole notice run together (no paragraphs): a letter and its items are
#: several hundred characters; a task table's cell (a task, a unit list, a progress note in
#: a table of few rows) rarely half that
LAYOUT_RUN_ON_MIN_CHARS = 500
