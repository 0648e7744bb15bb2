"""The page's own text inside a notice that lost its line breaks (``runon.split_run_on``).

A mirror that prints a notice as one line runs the page around it into the notice too: a PDF
copy's page footers (``— 2 —``), a phone page's back-to-top links, and under the last item the
page's footer (相关新闻, 分享到 …, WeChat's ▼来源：…编辑：…).  Here they are found, as places to
cut the run-on text at; the locate stage then drops the pieces as it drops such lines.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..brackets import ANY_CLOSERS, ANY_OPENERS, bracket_balance
from ..hanzi import simplified
from ..numerals import cn_class, cn_run
from ..text import alternation, info_label_re, vocab


def page_marks(text: str) -> set[int]:
    """Around each page footer (``— 2 —``) a PDF copy left inside the run-on
    text and each back-to-top link (``[boilerplate] run_on_drop_words``): cut out as
    a line of its own, it is dropped like any footer or chrome line; so is a site's elision note run in
    (``……（开头部分已省略924字）``: ``[boilerplate] elision_lines``, dropped by ``layout.noise.without_elisions``)."""
    cuts = {at for m in page_mark_re().finditer(text) for at in m.span()}
    copy = simplified(text)
    words, notes = elisions()
    if any(w in copy for w in words):   # an elision note run in (……（开头部分已省略924字）): a line of its own, dropped then
        cuts.update(at for rx in notes for m in rx.finditer(copy) for at in m.span())
    for word in vocab()["boilerplate"]["run_on_drop_words"]:
        at = copy.find(word)
        while at >= 0:
            cuts.update((at, at + len(word)))
            at = copy.find(word, at + len(word))
    return cuts


@lru_cache(maxsize=1)
def elisions() -> tuple[tuple[str, ...], tuple[re.Pattern, ...]]:
    """``[boilerplate] elision_words`` and the ``elision_lines`` expressions, compiled: a site's elision notes
    (``……（新文秘网http://…省略252字，正式会员可完整阅读）……``), matched in simplified characters; a text holding none of
    the words holds no note.  ``layout.noise.without_elisions`` drops their lines, and ``page_marks`` cuts a run-on
    copy around them."""
    voc = vocab()["boilerplate"]
    return tuple(voc["elision_words"]), tuple(re.compile(rx) for rx in voc["elision_lines"])


@lru_cache(maxsize=1)
def page_mark_re() -> re.Pattern:
    return re.compile(vocab()["boilerplate"]["page_number_mark"])


def footer_joints(text: str) -> set[int]:
    """Before the first page-footer word (相关新闻, 分享到 …; a forum's 欢迎光临 …, the
    ``run_on_footer_words``; and before a list bullet right in front of it, ``_FOOTER_BULLETS``),
    the page-information line a page prints under the text (``_info_footer``) or the first reply
    a forum prints under it (``post_header_re``) in a part, outside any bracket (``（主办单位：…）``
    is an item's own label)."""
    copy = simplified(text)
    words = vocab()["boilerplate"]
    found = [at for at in (len(copy[:at].rstrip(_FOOTER_BULLETS)) for at in (
        copy.find(w) for w in (*words["stop_prefixes"], *words["run_on_footer_words"])) if at > 0) if at > 0]
    found.extend(_info_footer(copy))
    found.extend(m.start() for m in post_header_re().finditer(copy))
    found.extend(m.start() for m in reading_count_re().finditer(copy)   # WeChat's 阅读 3562 after the text
                 if m.start() and copy[m.start() - 1] in _POST_ABOVE_ENDS and wechat_footer_rest(copy[m.end():]))
    found = [at for at in found if bracket_balance(copy[:at], ANY_OPENERS, ANY_CLOSERS) <= 0]
    return {min(found)} if found else set()


#: the page-information line under a notice's text (WeChat's 来源：… 编辑：… 审核：…) holds
#: two of its labels this close: a label's value is a name or a date, shorter than an issuer
INFO_FOOTER_GAP = 40


def _info_footer(copy: str) -> list[int]:
    """Where the page-information line starts in a part run on after the last item: its first
    label with a second one within ``INFO_FOOTER_GAP`` characters (one label may be the
    notice's own: 资金来源：…), moved back over the pointer marks a page prints over it (▼);
    the piece cut there is dropped as the portal's line (``infoline.is_info_line``)."""
    if ":" not in copy and "：" not in copy:
        return []
    labels = list(info_label_re().finditer(copy))
    for first, second in zip(labels, labels[1:]):
        if first.start() > 0 and second.start() - first.end() <= INFO_FOOTER_GAP:
            return [len(copy[:first.start()].rstrip(_FOOTER_POINTERS))]
    return []


#: the bullets of a list of the page's links (``* 上一篇：…`` in a browser's text copy): a footer
#: word's joint is moved back over them, so the bullet goes with the footer, not the last item
_FOOTER_BULLETS = "*•·●▪ \u3000"
#: marks a page prints over its footer, pointing down to it (WeChat's ▼)
_FOOTER_POINTERS = "▼▽↓ \u3000"


@lru_cache(maxsize=1)
def _wechat_controls() -> tuple[frozenset[str], re.Pattern]:
    """The first characters of a WeChat controls line (``is_wechat_controls``) and one pattern for
    the whole line: controls and reading counts, apart by spaces or not."""
    voc = vocab()["boilerplate"]
    words = voc["wechat_controls"]
    piece = "(?:%s|%s)" % (alternation(words), voc["wechat_count"])
    firsts = frozenset(w[0] for w in words) | {voc["wechat_count"][0]}
    return firsts, re.compile(r"%s(?:\s*%s)*" % (piece, piece))


def is_wechat_controls(line: str) -> bool:
    """True for a line that is only a WeChat article's controls and prompts or its reading count
    (``关注该公众号``, ``分享 收藏 赞 在看``, ``阅读 1.2万``): the article's page, not the notice."""
    firsts, rx = _wechat_controls()
    return line[:1] in firsts and rx.fullmatch(line) is not None


#: the account's name between a WeChat footer's reading count and its buttons is at most this long
ACCOUNT_MAX_CHARS = 20


def wechat_footer_rest(rest: str) -> bool:
    """What follows a reading count run on after an article's text is its footer: nothing, controls
    (``is_wechat_controls``), or a name of at most ``ACCOUNT_MAX_CHARS`` (the account's) and then only
    controls (``青阳发布在看点赞写留言``).  A sentence opening with 阅读 and a figure goes on otherwise."""
    rest = rest.strip()
    return not rest or any(is_wechat_controls(rest[k:].lstrip()) for k in range(min(len(rest), ACCOUNT_MAX_CHARS + 1)))


@lru_cache(maxsize=1)
def reading_count_re() -> re.Pattern:
    """A WeChat article's reading count (``[boilerplate] wechat_count``: 阅读 3562, 阅读 1.2万), which opens
    its footer under the text: run on after the last item's sentence end, it is where the footer starts
    (a footer printing no stop prompt, 预览时标签不可点, has nothing else to be found by)."""
    return re.compile(vocab()["boilerplate"]["wechat_count"])


#: a forum poster's name before the stamp of their post is at most this long
POSTER_MAX_CHARS = 16
#: a poster's name follows the end of the post above it: a sentence end or a closing bracket
_POST_ABOVE_ENDS = "。！？!?；;" + ANY_CLOSERS


@lru_cache(maxsize=1)
def post_header_re() -> re.Pattern:
    """A reply's header run on after a notice's last item (…各县区政府。网友甲 2022-02-16 10:12…):
    after a sentence end or a closing bracket, the poster's name (no punctuation, set off from
    the stamp by a space, as a forum prints it) and the ``[boilerplate] post_stamp``.  A date and
    time in an item's own sentence follow no such name (截至2023-03-15 09:00) or the sentence goes
    on after them (请于 2023-03-15 09:00前): the stamp's pattern leaves those."""
    ends = re.escape(_POST_ABOVE_ENDS)
    return re.compile(rf"(?<=[{ends}])[^\s{ends}，,、：:（(【\[]{{1,{POSTER_MAX_CHARS}}}[ \t\u3000]+"
                      rf"(?:{vocab()['boilerplate']['post_stamp']})")


#: the words two of a collection's text labels share before their count word are at least this many (a site labels
#: its texts with the collection's name: …任务清单篇一, …任务清单篇二)
TEXT_LABEL_MIN_CHARS = 4
#: ... and at most this many (``layout.collection.LABEL_MAX_CHARS``, the count word and ordinal aside)
TEXT_LABEL_MAX_CHARS = 36


def text_label_joints(text: str) -> set[int]:
    """Around each label of a later text of a collection run into a notice that lost its breaks (``…完成时限：年底前）
    农村人居环境整治工作任务清单篇二为做好本镇…``) and around the first text's label (``…阅读：128…任务清单篇一恩施市…``):
    the collection's name and a count word (``[html] collection_count_words``: 篇) with an ordinal, the name being the
    words the first label and the later one share before the count word (at least ``TEXT_LABEL_MIN_CHARS``).  Cut
    out as lines of their own, they are read as a site's text labels are on a page with its breaks (the content ends
    at the second text's: ``layout/collection.py``); glued, the second text's items were read on as the notice's
    (holdout labelwrap-enshi's one-line copy)."""
    copy = simplified(text)
    labels = [(m.start(), m.end(), m.group(1)) for m in _count_word_re().finditer(copy)]
    firsts = [(start, end) for start, end, ordinal in labels if ordinal in ("一", "1")]
    if not firsts:
        return set()
    first_start, first_end = firsts[0]
    cuts: set[int] = set()
    for start, end, ordinal in labels:
        if start <= first_start or ordinal in ("一", "1"):
            continue
        shared = _shared_tail(copy[:first_start], copy[:start])
        if shared >= TEXT_LABEL_MIN_CHARS:
            cuts |= {first_start - shared, first_end, start - shared, end}
    return cuts - {0, len(text)}


def _shared_tail(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end with alike, at most ``TEXT_LABEL_MAX_CHARS``."""
    n = 0
    while n < min(len(a), len(b), TEXT_LABEL_MAX_CHARS) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


@lru_cache(maxsize=1)
def _count_word_re() -> re.Pattern:
    """A collection's count word and an ordinal after it, no more digits or ordinals (篇二, 篇3)."""
    words = alternation(vocab()["html"]["collection_count_words"])
    numeral, more = cn_run("{1,3}"), cn_class(r"\d")
    return re.compile(rf"(?:{words})(\d{{1,2}}|{numeral})(?!{more})")
