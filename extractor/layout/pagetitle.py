"""Stage 3, locate: the page's own title (its ``<h1>`` or ``<title>``) and the site's name.

A ``<title>`` prints the notice's title with the site's name around it: after a dash
(…的通知-库尔勒市人民政府网), after an underscore or a bar (…的通知_政务督查_烟台市人民政府), or
after or before a space (…上半年推进情况 烟台市人民政府, 丽水市人民政府 市政府工作报告…), sometimes with
the site's column between them (…的通知 - 政策法规 - 智策网).  The title is read without them (``Located.page_title``); the site's name, when it is a body's
(某市人民政府, 某县生态环境局, or such a name with 门户网站 after it), is kept apart
(``siteowner.located_site_owner``): a page that prints no letter names its place nowhere else
(docs/agencies.md, the notice's jurisdiction).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..hanzi import simplified
from ..lazyre import lazy_re
from ..numerals import cn_class, cn_run
from ..parse.grid import text_content
from ..text import vocab
from .collection import text_label

#: a dash before the site's name at the end of a <title> (…的通知-库尔勒市人民政府网); a dash
#: inside a title (（2021-2025年）) is followed by more than a name
_SITE_DASH_RE = lazy_re(r"\s*[-－—–]+\s*(?=[^-－—–]+$)")
#: a body's name after a <title>'s dash is at most this long (as ``issuer.ISSUER_MAX_CHARS``)
SITE_OWNER_MAX_CHARS = 40
#: a body's name holds no digit, bracket or punctuation (a title's piece after a dash may: （2021-2025年）)
_NOT_IN_NAME_RE = re.compile(r"[\d\s，。,:：；;（）()《》〔〕【】、]")


def page_title_and_site(root) -> tuple[str | None, tuple[str, ...]]:
    """(the page's title, the names the ``<title>`` prints beside it).  The title: the first ``<h1>``,
    else the ``<title>``'s first piece (titles read ``notice_site_section`` or ``notice-site``) that is
    not the site's own name (三水区政府公众网) or a body's name alone (某县人民政府: ``_names_site``).  The names beside it, in order, are where the site's
    owner is read (``site_owner_of``), only for a page whose place nothing else gives."""
    site_ends = tuple(vocab()["html"]["site_name_ends"])
    title = next((t for el in root.iter("h1")     # document order, as //h1 (no XPath compiled per page)
                  if (t := " ".join(text_content(el).split())) and not _names_site(t, site_ends)), None)
    besides = []
    for el in root.iter("title"):
        text = " ".join(text_content(el).split())
        for piece in (p.strip() for p in re.split(r"[_|]", text)):
            bare, beside = _without_site_name(piece, site_ends)
            if beside is not None:
                bare = without_dashed_name(bare)
            if title is None and bare and not _names_site(bare, site_ends):
                title = bare
            elif beside is None:
                beside = piece      # a piece of its own beside the title's: a column's or the site's name
            if beside:
                besides.append(beside)
    if title is not None and names_collection(title):
        title = None   # a model-text site's collection (…(10篇)): no notice's title, nor is its column's name
    if title is not None and names_menu_column(root, title):
        title = None   # the <title> names the column the page sits in (通知公告, 地方财政 - 某网), a link of the site's menu
    if title is not None and (m := _split_page_re().search(title)) and m.start() > 0:
        title = title[:m.start()]   # …实施方案(第2/2页): the site's page of a split text, no word of the title
    return title, tuple(besides)


@lru_cache(maxsize=1)
def _split_page_re() -> re.Pattern:
    """The page of a text a site splits over pages, printed after its title (…实施方案(第2/2页), …（第3页）,
    (第1页/共3页): ``[html] split_page_note_re``; holdout twoduelabels-county, batch 103: before, the title kept it)."""
    return re.compile(vocab()["html"]["split_page_note_re"])


#: the heading elements below ``<h1>`` a page may print its headline in (a county daily's ``<h2 class="detailTitle">``)
_HEADLINE_TAGS = ("h2", "h3", "h4", "h5", "h6")


def content_headline(content, block) -> str | None:
    """The headline of a page with no ``<h1>`` and no ``<title>`` naming a notice (``page_title_and_site`` gave
    none): the text of the first heading element below ``<h1>`` in ``block`` (the ``content`` grown to take in the
    heading printed beside it), when it opens the text of the smallest element holding both it and the content
    (a site's banner or the column's name printed above them both aside), and names no site or column
    (``_names_site``).  A heading under any line of the text (a part's heading, 一、检查发现的问题, under the lead)
    is the text's own, no headline."""
    head = next(block.iter(*_HEADLINE_TAGS), None)
    if head is None:
        return None
    text = " ".join(text_content(head).split())
    if not text or _names_site(text, tuple(vocab()["html"]["site_name_ends"])) or text_label(text) is not None:
        return None     # a collection's label of one text (…范文 文档1: collection.py) names a kind of text, no notice
    holders = {content, *content.iterancestors()}
    holder = next((el for el in (head, *head.iterancestors()) if el in holders), content)
    return text if "".join(text_content(holder).split()).startswith("".join(text.split())) else None


def _names_site(text: str, site_ends: tuple[str, ...]) -> bool:
    """``text`` names the site, not the notice: a site's name (三水区政府公众网) or a body's name
    alone (a county portal's ``<title>`` 某县人民政府 over a page that prints no title of its own: the
    body is the site's owner, and no document is titled by its issuer's name), or a page template's
    column and kind of page (``_names_column``)."""
    return simplified(text).endswith(site_ends) or _is_body_name(text) or _names_column(text)


#: the dashes parting a <title>'s pieces (新闻详情-行业资讯)
_PIECE_DASH_RE = re.compile(r"\s*[-－—–]+\s*")


def _names_column(text: str) -> bool:
    """Every piece of ``text`` between dashes ends with a word naming a site's column or kind of page
    (``[html] column_page_ends``: 新闻详情-行业资讯, a repost site's template over a letter that prints no
    title): it names no notice, so it is no title."""
    ends = tuple(vocab()["html"]["column_page_ends"])
    pieces = [_PAGE_NO_RE.sub("", p) for p in _PIECE_DASH_RE.split(simplified(text)) if p]
    return bool(pieces) and all(p.endswith(ends) for p in pieces)


#: a site's column is named in a few words (通知公告, 地方财政, 質量管理); a notice's title is longer
MENU_COLUMN_MAX_CHARS = 8


def names_menu_column(root, title: str) -> bool:
    """``title`` is the name of a column of the site's menu: a short text (at most ``MENU_COLUMN_MAX_CHARS``) printed
    as a link with another link after it in the same element (a navigation bar, ``首页 | 通知公告 | 政策法规``, or a
    breadcrumb's column before ``>> 正文``).  A repost site's template titles its page by the column when the notice
    prints no title line (holdout runcells-cnipa, partparas-hebei, squarebracket-biaozhun, batch 112: before, the
    column's name was the notice's title).  A breadcrumb's last link (the page itself) is no column."""
    key = "".join(title.split())
    if len(key) > MENU_COLUMN_MAX_CHARS:
        return False
    for link in root.iter("a"):
        if "".join(text_content(link).split()) == key and next(link.itersiblings("a"), None) is not None:
            return True
    return False


#: the number of a split text's page printed after its kind of page (法律法规全文（第3页）)
_PAGE_NO_RE = re.compile(r"\s*[（(]第\d+页[）)]$")


def names_collection(text: str) -> bool:
    """``text`` names a site's collection of texts by their count in a bracket (``创建文明城市工作方案(10篇)(全文完整)``,
    ``…【热选8篇】``, ``…（优秀19篇）``: ``[html] collection_count_words``), or by a count closing it with no bracket
    (``开发区改革实施方案6篇``, ``…范文汇总五篇``; no 第 before the count: ``…第一篇`` numbers a part): a model-text
    site's page of several documents, no one notice's title (tests/fixtures/README.md "Several texts on one page";
    holdout tentexts-collection-2022-1, batch 68: before, the collection's heading titled the first text;
    threelabels-gansu-2017-1, batch 118: a count with no bracket titled it)."""
    bracketed, closing = _collection_res()
    s = simplified(text)
    return bool(bracketed.search(s) or closing.search(s))


@lru_cache(maxsize=1)
def _collection_res() -> tuple[re.Pattern, re.Pattern]:
    words = "|".join(map(re.escape, vocab()["html"]["collection_count_words"]))
    count = r"(?:\d+|%s)" % cn_run()
    bracketed = re.compile(r"[（(【\[][^）)】\]第]{0,%d}?%s(?:%s)[^）)】\]]{0,%d}[）)】\]]"
                           % (COLLECTION_WORDS_MAX, count, words, COLLECTION_WORDS_MAX))
    closing = re.compile(r"(?<!%s)%s(?:%s)$" % (cn_class(r"第\d"), count, words))
    return bracketed, closing


#: the words a collection's count bracket prints around the count (热选, 优秀, 通用, 精选 …), at most this many
COLLECTION_WORDS_MAX = 4


def site_owner_of(besides: tuple[str, ...]) -> str | None:
    """The site's owner: the first body's name among the names a ``<title>`` prints beside the title
    (``page_title_and_site``; ``site_owner``), or None."""
    if not besides:
        return None
    site_ends = tuple(vocab()["html"]["site_name_ends"])
    return next((owner for beside in besides if (owner := site_owner(beside, site_ends))), None)


def _without_site_name(piece: str, site_ends: tuple[str, ...]) -> tuple[str, str | None]:
    """A <title>'s piece without the site's name a dash puts after the notice's title: a name
    ending as a site's does (…网, …门户), or the name of the body whose site it is (…实施方案 -
    某县人民政府, …工作方案－某市生态环境局: ``_is_body_name``); or the body's name a space puts
    before or after it.  Also the name taken off (None when none was)."""
    parts = _SITE_DASH_RE.split(piece, maxsplit=1)
    if len(parts) == 2 and parts[0] and (simplified(parts[1]).endswith(site_ends) or _is_body_name(parts[1])):
        return parts[0], parts[1]
    # the owner's name and a space BEFORE the title (丽水市人民政府 市政府工作报告…); not before a title
    # naming its issuers up to 关于 (甲市人民政府办公室 乙市人民政府办公室关于…: the names are the title's)
    owner, _, rest = piece.partition(" ")
    if rest and _is_body_name(owner) and "关于" not in simplified(rest):
        return rest, owner
    # ... or AFTER it (…上半年推进情况 烟台市人民政府)
    rest, _, owner = piece.rpartition(" ")
    if rest and _is_body_name(owner):
        return rest, owner
    return piece, None


#: a site's column named between the notice's title and the site's name (…分工的通知 - 政策法规 - 智策网), or a site's
#: own name after the title where no site word ends it (…的通知-欧洲杯网络平台, a spam mirror's heading), is at most
#: this long: column names run two to six characters (政策法规, 通知公告, 政府文件, 法律法规库)
COLUMN_NAME_MAX_CHARS = 8


def without_dashed_name(title: str) -> str:
    """``title`` without the name a dash puts after the notice's title: a site's column (a <title>'s piece the
    site's name was taken off: stopbracket-tianjin-2006-1, ``…工作分工的通知 - 政策法规 - 智策网``) or a site's own
    name that no site word ends (a spam mirror's heading and <title> alike: spamtitle-luan-2021-1,
    ``…的通知-欧洲杯网络平台``): the piece before the dash ends with a document's kind (``[metadata] title_ends``),
    the piece after it is short, holds no digit or punctuation and names no document itself.  Any other last
    piece is the title's own (（2021-2025年））: a title ends with its kind."""
    parts = _SITE_DASH_RE.split(title, maxsplit=1)
    if len(parts) != 2 or not parts[0]:
        return title
    head, tail = parts
    ends = tuple(vocab()["metadata"]["title_ends"])
    if (simplified(head).endswith(ends) and len(tail) <= COLUMN_NAME_MAX_CHARS
            and not _NOT_IN_NAME_RE.search(tail) and not simplified(tail).endswith(ends)):
        return head
    return title


@lru_cache(maxsize=1)
def _home_link_words() -> tuple[str, ...]:
    """The words a page's link to its home prints after the site's name (明升体育首页, 返回…首页:
    ``[html] home_link_words``)."""
    return tuple(vocab()["html"]["home_link_words"])


def without_home_name(title: str, page: str) -> str:
    """``title`` without a site's name a dash glued after it, told by the page's link to its home printing the same
    name (``…下游河段接近断流-明升体育`` on a page printing ``明升体育首页``: a mirror's brand put after a report's
    headline, which ends with no document's kind, so ``without_dashed_name`` keeps it; tests/fixtures/README.md "One
    measure a report quotes from the plan it checks", holdout quotedplan-ganzi).  The piece after the dash is short
    and holds no digit or punctuation, as a column's name is; ``page`` is the decoded page."""
    parts = _SITE_DASH_RE.split(title, maxsplit=1)
    if len(parts) != 2 or not parts[0]:
        return title
    head, tail = parts
    if (len(tail) <= COLUMN_NAME_MAX_CHARS and not _NOT_IN_NAME_RE.search(tail)
            and any(tail + word in page for word in _home_link_words())):
        return head
    return title


def site_owner(name: str, site_ends: tuple[str, ...]) -> str | None:
    """The body a site's name names (烟台市人民政府, from 烟台市人民政府门户网站 too), or None (三水区政府公众网,
    a column's name such as 政务督查)."""
    ends = _longest_first(site_ends)
    while (end := _site_end(name, simplified(name), ends)):   # the name converted once a round, not once an ending
        name = name[:-len(end)]
    return name if _is_body_name(name) else None


@lru_cache(maxsize=4)
def _longest_first(site_ends: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(site_ends, key=len, reverse=True))


def _site_end(name: str, simple: str, ends: tuple[str, ...]) -> str | None:
    """The longest of ``ends`` that ``name`` (``simple`` in simplified characters) ends with and is longer than."""
    return next((e for e in ends if simple.endswith(e) and len(name) > len(e)), None)


def _is_body_name(text: str) -> bool:
    """``text`` is a body's name: short, ending as an issuer's name does (``[metadata] issuer_ends``:
    某县人民政府, 某市生态环境局), no digit or punctuation."""
    return (0 < len(text) <= SITE_OWNER_MAX_CHARS and not _NOT_IN_NAME_RE.search(text)
            and simplified(text).endswith(tuple(vocab()["metadata"]["issuer_ends"])))
