"""Stage 3, locate: the body a portal's footer names as running the site.

A portal's footer labels its owner (``主办：某市某区人民政府办公室　承办：…大数据中心　网站标识码：…``,
``[html] site_owner_labels``).  A page whose ``<title>`` prints no site's name beside the notice's
title (``pagetitle.page_title_and_site``) is served by that body; with no letter and no place
anywhere else, its place is the notice's (``located_site_owner``, ``placeclues.city_from_site``).
Only a label opening a text run counts (the footer's own line or cell), and the footer's label
is the page's last; a name that is no body's (本站, a company's) names no owner.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .pagetitle import SITE_OWNER_MAX_CHARS, site_owner, site_owner_of
from ..hanzi import simplified
from ..models import Located
from ..text import PINYIN_GLOSS_RE, alternation, vocab


def page_site_owner(title_pieces: tuple[str, ...], page: str) -> str | None:
    """The body whose site serves the page (``located_site_owner``): the first body's name the
    ``<title>`` prints beside the notice's title (a mirror's pinyin glosses dropped), else the one
    the footer's owner label names (``footer_owner``), else None.  Read only when asked: only a
    page whose place nothing else gives needs it."""
    owner = site_owner_of(title_pieces)
    if owner:
        owner = PINYIN_GLOSS_RE.sub("", owner)
    return owner or footer_owner(page)


def located_site_owner(located: Located) -> str | None:
    """The body whose site serves the located page (``page_site_owner`` over its ``site_pieces`` and
    its text); None for a page that is no web page.  ``engine/extract.py`` asks it only when nothing
    else places the notice."""
    return None if located.site_pieces is None else page_site_owner(located.site_pieces, located.decoded.text)


def names_own_site(name: str, page: str) -> bool:
    """The page (its decoded HTML) prints ``name`` as the text of a link to its site's home (``<a href="/">温州督考网</a>``,
    the first step of its location crumb, its logo's link): ``name`` is the site's own name."""
    name = name.strip()
    return bool(name) and any(m.group("text").strip() == name for m in _HOME_LINK_RE.finditer(page))


#: a link to a site's home page (``/``, ``./``, ``index.html``, the bare host) and its text, no markup inside
_HOME_LINK_RE = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']?(?:\.?/|(?:\.?/)?index\.s?html?|https?://[^/"'\s>]+/?)["'\s>]"""
                           r"""[^>]*>(?P<text>[^<]{1,%d})</a>""" % SITE_OWNER_MAX_CHARS, re.IGNORECASE)


def footer_owner(page: str) -> str | None:
    """The body the last owner label of ``page`` (the decoded HTML) names (``pagetitle.site_owner``:
    a site's endings taken off, a body's name), or None.  Searched from the page's end (the
    footer's), a label at a time, so a page holding none costs one scan of ``str.rfind``.  A mirror's
    copy is read as the portal printed it: the labels in simplified characters (主辦：), the name
    without its pinyin glosses (岳陽樓區(qū) -> 岳陽樓區) and in the characters printed."""
    printed = PINYIN_GLOSS_RE.sub("", page) if "(" in page else page
    page = simplified(printed)      # the same length: the name is cut from ``printed`` at the same place
    best, span = -1, None
    owner_re = _owner_re()
    for label in _labels():
        at = len(page)
        while (at := page.rfind(label, 0, at)) > best:
            m = owner_re.match(page, at)
            if m and (at == 0 or page[at - 1] in _OPENERS):
                best, span = at, m.span(1)
                break
    for label in _labels_after():
        at = len(page)
        while (at := page.rfind(label, 0, at)) > best:
            if (found := _name_before(page, at, label)) is not None:
                best, span = at, found
                break
    return site_owner(printed[span[0]:span[1]], tuple(vocab()["html"]["site_name_ends"])) if span else None


def _name_before(page: str, at: int, label: str) -> tuple[int, int] | None:
    """The span of the name a footer prints right before the owner label at ``at`` (``温州市委市政府督查室主办　浙ICP备…``),
    the name opening a text run (``_OPENERS``) and the label closing it (a space, a tag or the page's end after it: not
    ``市发改委主办，…``, an item's assignment); None where no such name stands there.  A space may part the name from
    the label (``濮阳市爱国卫生运动委员会办公室 主办``)."""
    end = at + len(label)
    if end < len(page) and page[end] not in _CLOSERS:
        return None
    name_end = at
    while name_end > 0 and at - name_end < MAX_GAP_BEFORE_LABEL and page[name_end - 1] in _GAP:
        name_end -= 1
    start = name_end
    while start > 0 and name_end - start < SITE_OWNER_MAX_CHARS and page[start - 1] not in _OPENERS \
            and page[start - 1] not in _NOT_IN_OWNER:
        start -= 1
    if start == name_end or (start > 0 and page[start - 1] not in _OPENERS):
        return None
    return start, name_end


#: what may stand right before a label opening a text run: a tag's end, a line break, a space, an entity's end
_OPENERS = frozenset(">\n\r\t \u3000;")
#: what may stand right after an owner label printed after its name, closing the name's run: a space, a tag, a break
_CLOSERS = frozenset("<\n\r\t \u3000&")
#: the spaces a footer may print between an owner's name and the label after it, and how many at most
_GAP = frozenset(" \u3000")
MAX_GAP_BEFORE_LABEL = 4
#: characters no owner's name holds: a name before a label that runs over one is a sentence's piece
_NOT_IN_OWNER = frozenset("<>&|｜，,；;：:。（()）")


@lru_cache(maxsize=1)
def _labels() -> tuple[str, ...]:
    return tuple(vocab()["html"]["site_owner_labels"])


@lru_cache(maxsize=1)
def _labels_after() -> tuple[str, ...]:
    return tuple(vocab()["html"]["site_owner_labels_after"])


@lru_cache(maxsize=1)
def _owner_re() -> re.Pattern:
    """A label (the longest first), its colon, and the name up to the next space, tag or separator."""
    return re.compile(r"(?:%s)\s*[:：]\s*([^\s\u3000<&|｜，,；;]{2,%d})" % (alternation(_labels()), SITE_OWNER_MAX_CHARS))
