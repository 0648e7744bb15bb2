"""Stage 3, locate: the notice's own content, without the portal's chrome.

HTML: parse with lxml (the hot path; several times cheaper than bs4:
docs/libraries.md),
read the portal's metadata box (索引号/发布机构/文号…) into ``meta`` and
drop it, drop navigation/share/print/related/footer blocks, then keep the
element that holds most of the remaining Chinese text.  Its block text
becomes ``lines``; its tables are kept as elements for the table stage.

Text: lines, with portal boilerplate lines removed and everything from
the footer (相关新闻, 分享到…) on cut off.

This module chooses the content; its rooms read it: an HTML block's lines and tables
(``htmllines.py``), the lines cleaned of chrome and noise, the footer cut off (``cleanlines.py``).
"""
from __future__ import annotations

import logging
import re
import warnings

from lxml import etree

from ..hanzi import simplified
from ..models import Decoded, ExtractorError, Located
from ..parse.grid import text_content
from .tree import cjk_count, drop as _drop
from .pagetitle import content_headline, page_title_and_site
from .cleanlines import clean_text_lines, is_stop_line
from .collection import heads_collection
from .htmllines import html_lines
from .infoline import is_info_line
from .menus import is_menu_table
from .metabox import read_field_line, take_meta_rows, take_meta_tables
from .metalines import take_meta_label_lines
from .running import drop_running_lines, is_page_number_line
from .previewpieces import join_preview_pieces
from .letterlines import opens_letter_line
from .noise import has_markdown, strip_markdown, unescape_twice
from ..parse.letterspacing import close_letter_spacing
from ..parse.hardwraps import join_hard_wraps, join_split_label_words
from ..parse.lostindents import restore_lost_indents
from ..parse.textlayer import mark_bare_numbers
from ..text import PINYIN_GLOSS_RE, vocab

log = logging.getLogger(__name__)

#: elements whose text no reader sees as the page's (code, an inert <template>'s placeholders)
#: or that are controls
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "nav", "select", "button", "input", "textarea",
              "object")
_NAME_SPLIT_RE = re.compile(r"[\s_-]+")
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
                                                   is_page_number_line, opens_letter_line, is_stop_line,
                                                   _about_the_page))
    lines = join_preview_pieces(lines)   # a document site's preview printed in numbered page pieces
    lines, meta = take_meta_rows(clean_text_lines(lines))
    lines, listed = take_meta_label_lines(lines)   # a box printed as label lines, each over its value (• 索引号:)
    meta = {**read_field_line(lines), **listed, **meta}   # a law database's 【发布部门】…【发布日期】… line
    # items whose numbers lost their marks (1落实…) get their dots back before any reader asks for an item
    return Located(decoded=decoded, lines=tuple(mark_bare_numbers(lines)), meta=meta)



def _about_the_page(text: str) -> bool:
    """``text`` is the portal's information line (``infoline.is_info_line``: 时间：… 来源：…), which
    ``clean_text_lines`` drops: the hard-wrap joiner measures the wrap without it where none shows."""
    return ("：" in text or ":" in text) and is_info_line(simplified(text))


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
    if heads_collection(page_title, decoded.text):   # a model-text site's heading over its texts: no title, no line
        lines, page_title = [line for line in lines if line != page_title], None
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


