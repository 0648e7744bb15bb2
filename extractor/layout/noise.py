"""Noise a forum or a mirror adds to a notice's lines, taken out before any line is read.

**Jammer runs.**  Forum software hides random ASCII at the line breaks of a post against
copying (Discuz!'s ``jammer()``: pairs of a character from space to ``;``, a space, and a
character from ``?`` to ``~``, five to fifteen of them, in a hidden element right before or
after the break).  A reader never sees them; a copy of the page keeps them, on lines of their
own or glued to the end or the start of a real line::

    重庆市某区人民政府办公室关于印发…的通知% k2 W! b8 ]' j
    5 k J- b* e, n. s+ t一、抓好工业投资

Left in, they became part of the title, hid an item's number (so the item was lost) and stood
between a line and the one it continues.  One recognizer tells a run (``is_jammer_run``): at
least ``JAMMER_MIN_TOKENS`` tokens of one or two ASCII characters apart by spaces, with a
letter, at least ``JAMMER_MIN_SYMBOL_SHARE`` of digits and punctuation and at least
``JAMMER_MIN_PUNCT_KINDS`` different punctuation marks.  ASCII that notices print themselves
is never that: words and numbers are longer tokens (``GDP``, ``PM2.5``, ``2018-4-23 10:26``,
URLs), and short ones come one kind at a time (``1. 2. 3.``, ``a) b) c)``, a text table's
``| 1 | 2 |``).  Where a run is glued to the text, the generator's grammar says how much of the
glued token is the run's: one character, the first of a run glued before the text's end
(a digit or punctuation mark) and the last of a run glued to the text's start (a letter or one of
``?@[\\]^_`{|}~``), so ``…G2018年…`` keeps its year.  Older forums printed the pairs with no
space between them; such a run is one token, indistinguishable from a code or a URL, and is
left alone.

**Code.**  CSS or JavaScript that reached the text (``is_code_line``): a web editor that lost a
pasted Word document's <style> element, a copy of a page with its scripts.

**Markdown.**  A mirror that keeps its articles as Markdown prints a notice's bold headings and
labels between ``**`` and escapes an item's dot (``1\\.``, so that no renderer makes a list of
it): ``strip_markdown`` takes the markup out of a text copy's lines, as a reader of the rendered
page never sees it.

**Repost lines.**  A forum's, a reposting portal's or a document-sharing site's own lines around
the notice (an attachment entry with its download count, an upload stamp, a web address alone on
its line, a page thumbnail's caption): ``is_noise_line``, the expressions in ``[boilerplate]
noise_lines``; the lines that open with a fixed word are ``drop_prefixes`` there.

**A WeChat article's controls.**  A copy of a 公众号 article keeps the page's prompts and buttons
around the article (``关注该公众号``, ``在看``, ``点赞``, ``写留言``, the reading count ``阅读 9762``): a
line of nothing else is dropped wherever it sits (``is_wechat_controls``, ``[boilerplate]
wechat_controls`` and ``wechat_count``); the prompts only its footer prints (预览时标签不可点,
继续滑动看下一个) end the content as stop prefixes.  The account's name alone on a line beside the
controls, as the byline over the article names it, is the footer's too (``wechat_account_lines``).

**Members' masks.**  A tender or document aggregator hides what it sells behind a mask printed
in the value's place (``*开通会员可解锁*`` where a date, a deadline or a phone number stood):
``strip_masks`` takes the ``[boilerplate] masks`` out of a line, and a line that held only a mask
is dropped, as a reader of the full text never sees it.

**List entries.**  A page may print a notice as one entry of its own list of notices (a box of
bulleted titles, the first with the whole notice folded under it).  The bullet is the list's, not
the title's (``list_entry_title``), and the entries after the notice's are the page's list again:
the locate stage ends the content at the first entry after an entry with a notice under it.

**A mirror's ``@@`` marks.**  A policy mirror may set ``@@`` (or ``@@@@``) after the words and names all through a
notice, its letter, signature, date and items (``国家发展改革@@委@@@@``, ``2022年@@3月@@10日@@``), to spoil copying: where a
page prints at least ``AT_MARK_MIN_RUNS`` of them, every run of two or more ``@`` is taken out of its lines
(``strip_at_marks``), as a reader never needs them (tests/fixtures/README.md "A mirror's ``@@`` between words"; holdout
atnoise-guojia-2022-371: before, no date, item or name was read through them).  A notice prints an ``@`` only in a mail
address, one at a time.

**A mirror's extra comma before a mark.**  A mirror may set a comma right before another mark all through a page
(``规划，，支持``, ``协调，、部门``, ``政策，。``), to spoil copying as its ``@@`` and its pinyin glosses do: where a page prints
at least ``EXTRA_COMMA_MIN_RUNS`` of them, each such comma is taken out of its lines (``strip_extra_commas``), so a text,
a name or a unit list reads as the notice printed it (tests/fixtures/README.md "A mirror's extra comma before a mark";
holdout colonglosses-chongqing-2022-1: before, every duty's text kept the commas).  A notice never prints two marks in a
row; a page with one or two such slips is left as printed.  An ASCII comma after a space or after another ASCII comma is
a comma dump's cell mark (``… ,,`` closing a row whose next line opens ``, …``, parse/delimited.py), never the mirror's,
which glues its comma to the word before: such a dump run into one line (``…考评. ,,, 督促…``) printed enough of them to
be taken for the mirror's, and lost the marks that part its lines (holdout dutycsv-unplaced's one-line copy, session 75).

**Markup escaped twice.**  A mirror that escaped a page's markup twice shows a character reference
where the page printed a character (``&#8546;-1-&#9312;`` for ``Ⅲ-1-①``; its source holds
``&amp;#8546;``): ``unescape_twice`` turns a numeric reference back into the character it names,
in a page's source before it is parsed (``&amp;#N;`` -> the character, so every cell and title
reads it) and in a text copy's lines (``&#N;`` -> the character), as a reader of the page
as written saw it.  Only numeric references of printable characters: a named one (``&amp;nbsp;``)
and a control character's stay as printed.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache

from ..hanzi import simplified
from ..parse.pagetail import elisions, is_wechat_controls, reading_count_re, wechat_footer_rest
from ..numbering import is_bare_label, split_numbering
from ..text import CJK_RE, alternation, compact, fold, vocab

#: a numeric character reference printed as text (decimal or hexadecimal), its source's ``&amp;`` optional
_REFERENCE_RE = re.compile(r"&(?:amp;)?#(?:(\d{2,7})|[xX]([0-9a-fA-F]{2,6}));")
#: the characters a page's source writes as references for its parser (a reference naming one stays a reference)
_MARKUP_CHARS = frozenset("<>&\"'")
#: the lowest code point a reference may name and be read as its character (below it: control characters)
_PRINTABLE_FROM = 0x20


def _code(m: re.Match) -> int | None:
    """The code point a reference names, ``None`` where it names no printable character."""
    code = int(m[1]) if m[1] else int(m[2], 16)
    if code < _PRINTABLE_FROM or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return code


def _in_source(m: re.Match) -> str:
    """A reference a page's source escaped twice, as the parser is to read it: the character itself, but for the
    markup's own (``<``, ``&``: a reference the parser reads back)."""
    if not m[0].startswith("&amp;") or (code := _code(m)) is None:
        return m[0]
    return chr(code) if chr(code) not in _MARKUP_CHARS else f"&#{code};"


def _in_text(m: re.Match) -> str:
    return m[0] if m[0].startswith("&amp;") or (code := _code(m)) is None else chr(code)


def unescape_twice(text: str, html: bool) -> str:
    """``text`` with the numeric character references a mirror escaped twice read again (module
    docstring, "Markup escaped twice"): in a page's source (``html``) ``&amp;#N;`` becomes the character (a
    reference ``&#N;`` for the markup's own characters); in a text copy ``&#N;`` does.  Digits of any width are read
    (``&#８５４６;``: a copy that printed its digits full-width).  Most pages print none:
    one substring test."""
    if html:
        return _REFERENCE_RE.sub(_in_source, text) if "&amp;#" in text else text
    return _REFERENCE_RE.sub(_in_text, text) if "&#" in text else text


#: a run has at least this many tokens: Discuz! draws five pairs at least (six tokens; one may
#: be lost where a space drawn as a pair's first character collapses into the separator)
JAMMER_MIN_TOKENS = 5
#: a token of a run is one or two characters (a pair's second character and the next pair's first)
JAMMER_TOKEN_MAX_CHARS = 2
#: digits and punctuation among a run's characters: every first character of a pair is one, a
#: second one is a letter four times in five (about 0.6 in all); words and codes are mostly letters
JAMMER_MIN_SYMBOL_SHARE = 0.35
#: different punctuation marks in a run: a random draw mixes them (``# & : ~ .``), a list's labels
#: or a table's rules repeat one (``1. 2.``, ``a) b)``, ``| |``)
JAMMER_MIN_PUNCT_KINDS = 3

#: the spaces a run has at least: a line with fewer is not looked at (most lines)
JAMMER_MIN_SPACES = JAMMER_MIN_TOKENS - 1

_TOKEN = "[!-~]{1,%d}" % JAMMER_TOKEN_MAX_CHARS
#: a line that is nothing but short ASCII tokens
_WHOLE_RE = re.compile(r"(?:%s +)*%s" % (_TOKEN, _TOKEN))
#: a run glued to a line's start: its tokens, then its last character (``?``-``~``) on the text
_START_RE = re.compile(r"(?:%s +){%d,}[?-~]" % (_TOKEN, JAMMER_MIN_TOKENS - 1))
#: a run at a line's end: its first character (space-``;``) glued to the text, or a whole token
#: after a space (the pair's first character was a space), then tokens to the end
_END_RE = re.compile(r"(?:(?<! )[!-;]|(?<![^ ])%s)(?: +%s){%d,}$" % (_TOKEN, _TOKEN, JAMMER_MIN_TOKENS - 1))
_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def is_jammer_run(text: str) -> bool:
    """True when ``text`` (ASCII tokens apart by spaces) is a forum's jammer run."""
    tokens = text.split()
    chars = "".join(tokens)
    if len(tokens) < JAMMER_MIN_TOKENS or not chars.isascii() \
            or any(len(t) > JAMMER_TOKEN_MAX_CHARS for t in tokens):
        return False
    letters = sum(ch.isalpha() for ch in chars)
    return (letters > 0 and (len(chars) - letters) >= JAMMER_MIN_SYMBOL_SHARE * len(chars)
            and len(_PUNCT.intersection(chars)) >= JAMMER_MIN_PUNCT_KINDS)


def strip_jammer(line: str) -> str:
    """``line`` without the jammer runs on it or glued to its start and end ('' when it was
    only a run); a line without one is given back as it is."""
    if line.count(" ") < JAMMER_MIN_SPACES:   # most lines: a run has its spaces
        return line
    text = line.strip()
    copy = fold(text)   # the matching copy (one character for one): a copy may widen the run's digits
    if _WHOLE_RE.fullmatch(copy):
        return "" if is_jammer_run(copy) else line
    start = _START_RE.match(copy)
    if start and is_jammer_run(start.group()):
        text, copy = text[start.end():], copy[start.end():]
    end = _END_RE.search(copy)
    if end and is_jammer_run(end.group()):
        text = text[:end.start()]
    return text.strip() if len(text) != len(line.strip()) else line


#: a run anywhere in a line: its first character glued to the text before (space..;) or a whole
#: token after a space, tokens, and its last character (?..~), glued to the text after or not
_INSIDE_RE = re.compile(r"(?:(?<! )[!-;]|(?<![^ ])%s)(?: +%s)* +[?-~]" % (_TOKEN, _TOKEN))


def strip_jammer_inside(line: str) -> str:
    """``line`` without the jammer runs anywhere in it: a notice that lost its line breaks
    (a mirror's one-line copy of a forum post) glues the runs that stood at its line breaks
    between its words (``…的通知% k2 W! b8 ]' j潼南府办发…``, ``…）3 w& A2 f; I5 o- t3 N4.开展…``).
    The grammar is ``strip_jammer``'s: one character at each glued end is the run's, so the item
    number after it (``4.``) stays.  Left in, a run's brackets (``( }(``) opened what the text
    never closed and the joints of the run-on text were looked for inside brackets."""
    if line.count(" ") < JAMMER_MIN_SPACES:
        return line
    copy = fold(line)   # the matching copy (one character for one)
    cuts = [m.span() for m in _INSIDE_RE.finditer(copy) if is_jammer_run(m.group())]
    if not cuts:
        return line
    kept, at = [], 0
    for start, end in cuts:
        kept.append(line[at:start])
        at = end
    kept.append(line[at:])
    return "".join(kept)


#: Markdown's strong emphasis around a word (**一、重点任务**, **牵头单位**：); a single * is a
#: notice's own footnote mark (*为约束性指标) and __ its fill-in blank (____年__月), so neither goes.
#: A mask is no emphasis mark (tests/fixtures/README.md, masked names): two stars between two Chinese
#: characters (县**局, 2025年**县…) or a run of three or more (****分局, 文库用户****) hide words, so an
#: opening ** has no Chinese character on both sides and no star beside it, and a closing one no star beside
#: it and no Chinese character after it, but after a label's colon (**牵头单位：**县…): a mask opening a name
#: after a list mark (、**镇局) closes nothing
_MD_CJK = "\u4e00-\u9fff"
_MD_OPEN = rf"(?:(?<![*{_MD_CJK}])\*\*(?=[^\s*])|(?<=[{_MD_CJK}])\*\*(?=[^\s*{_MD_CJK}]))"
_MD_CLOSE = rf"(?:(?<=[^\s*])\*\*(?![*{_MD_CJK}])|(?<=[：:])\*\*(?=[{_MD_CJK}]))"
_MD_STRONG_RE = re.compile(rf"{_MD_OPEN}(.+?){_MD_CLOSE}")
#: a backslash escaping ASCII punctuation (1\. 2\.), but not a bar: ``\|`` is a Markdown table cell's
#: own text, and the bar would split the cell
_MD_ESCAPE_RE = re.compile(r"\\([!-/:-@\[\\\]^_`{}~])")
#: an ATX heading's marks (## 一、重点任务); not on a table's row, whose first cell may be a # (序号)
_MD_HEADING_RE = re.compile(r"^ {0,3}#{1,6} +")


def has_markdown(text: str) -> bool:
    """``text`` (a whole input) holds Markdown's strong emphasis, escapes or headings."""
    return "**" in text or "\\" in text or "#" in text


def strip_markdown(line: str) -> str:
    """``line`` without Markdown's strong emphasis, backslash escapes and heading marks."""
    if "**" in line:
        line = _MD_STRONG_RE.sub(r"\1", line)
    if "\\" in line:
        line = _MD_ESCAPE_RE.sub(r"\1", line)
    if "#" in line and "|" not in line and "\t" not in line:
        line = _MD_HEADING_RE.sub("", line)
    return line


#: a line of code is mostly ASCII: Word's style sheet names a Chinese font now and then
#: (``mso-font-alt:宋体;``), a notice's line is mostly Chinese
CODE_MIN_ASCII_SHARE = 0.8
#: what only code prints: a CSS comment, an at-rule (@font-face, @page), a brace opening or
#: closing the line, a declaration (name:value;), a script's keywords and objects
_CODE_RE = re.compile(r"^/\*.*\*/$|^@[a-z-]+|^[{}]|[{}]$|(?<![\w.])[a-z][a-z0-9-]*\s*:[^;{}]*;"
                      r"|\b(?:function\s*\(|var\s+[\w$]+\s*=|document\.[a-zA-Z]|window\.[a-zA-Z])")


def is_code_line(line: str) -> bool:
    """True for a line of CSS or JavaScript that reached the text: a web editor that lost a
    pasted Word document's <style> element prints its rules, a copy of a page may keep its
    scripts.  Mostly ASCII (``CODE_MIN_ASCII_SHARE``) and shaped like code."""
    chars = "".join(line.split())
    if not chars or sum(ch.isascii() for ch in chars) < CODE_MIN_ASCII_SHARE * len(chars):
        return False
    return _CODE_RE.search(chars if chars[:1] in "{}" else line.strip()) is not None


@lru_cache(maxsize=1)
def noise_line_hint() -> re.Pattern:
    """One of the words every ``noise_lines`` expression holds (``noise_line_words``, and
    ``noise_line_words_any_case`` in any letter case): a line holding none, almost every line, is
    not searched with them."""
    voc = vocab()["boilerplate"]
    words = [*map(re.escape, voc["noise_line_words"]), *map(_any_case, voc["noise_line_words_any_case"])]
    return re.compile("|".join(words))


def _any_case(word: str) -> str:
    """``word`` as a pattern matching it in any letter case, one class a letter (``.jpg`` -> ``\\.[jJ][pP][gG]``):
    a ``(?i:…)`` branch would cost the whole hint its speed (4x on a line of prose, measured)."""
    return "".join(f"[{ch.lower()}{ch.upper()}]" if ch.lower() != ch.upper() else re.escape(ch) for ch in word)


@lru_cache(maxsize=1)
def _noise_line_res() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(rx) for rx in vocab()["boilerplate"]["noise_lines"])


def is_noise_line(line: str) -> bool:
    """True for a line a repost adds around the notice (``[boilerplate] noise_lines``), or a
    line of code (``is_code_line``)."""
    return noise_line_hint().search(line) is not None and (
        any(rx.search(line) for rx in _noise_line_res()) or is_code_line(line))


def opens_wechat_footer(line: str) -> bool:
    """A line opening with a WeChat article's reading count and going on with the account's name and
    its buttons (``阅读 3562青阳发布在看点赞``, ``pagetail.wechat_footer_rest``): the footer of a copy run into
    one line, cut off the last item there (``pagetail.footer_joints``); it ends the content.  The count
    alone on its line is a controls line (``is_wechat_controls``), dropped wherever it sits."""
    m = reading_count_re().match(line)
    return m is not None and bool(line[m.end():].strip()) and wechat_footer_rest(line[m.end():])


#: the byline naming the article's account stands among the first lines of a WeChat copy
WECHAT_BYLINE_LINES = 8


def wechat_account_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that are a WeChat article's account name in its footer: the name the byline
    over the article prints (``原创 小编 青阳发布``: ``[boilerplate] wechat_byline`` opening it, the account
    its last word but a date or time), alone on a line under the byline with a controls line
    (``is_wechat_controls``: 阅读 3562, 在看) for its nearest neighbour above or below.  A footer with a
    stop prompt (预览时标签不可点) ends the content before it; one without any kept the name, and it was the
    last item's text (session 42's closing note).  A body posting its own notice signs with the account's
    name over a date, never beside the controls: its signature stays."""
    words = tuple(vocab()["boilerplate"]["wechat_byline"])
    firsts = [i for i, line in enumerate(lines[:WECHAT_BYLINE_LINES]) if simplified(line.strip()).startswith(words)]
    if not firsts:
        return set()   # almost every page: no byline
    tokens = [t for t in lines[firsts[0]].split()[1:] if not any(ch.isdigit() for ch in t)]
    account = simplified(tokens[-1]) if tokens else ""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    out = set()
    for k, i in enumerate(filled):
        if i <= firsts[0] or not account or simplified(lines[i].strip()) != account:
            continue
        near = [lines[filled[j]].strip() for j in (k - 1, k + 1) if 0 <= j < len(filled)]
        if any(is_wechat_controls(simplified(line)) for line in near):
            out.add(i)
    return out


@lru_cache(maxsize=1)
def _masks() -> tuple[tuple[str, ...], re.Pattern]:
    """The mask words (``[boilerplate] masks``) and one pattern taking each out with the
    asterisks a site prints around it."""
    words = tuple(vocab()["boilerplate"]["masks"])
    return words, re.compile(r"\*?(?:%s)\*?" % (alternation(words) or "(?!)"))


def has_masks(lines: list[str]) -> bool:
    """Some line of ``lines`` holds a members' mask (one search of the page's text per word)."""
    text = "\n".join(lines)
    return any(w in text for w in _masks()[0])


def strip_masks(line: str) -> str:
    """``line`` without the members' masks an aggregator printed in place of hidden values."""
    words, rx = _masks()
    return rx.sub("", line) if any(w in line for w in words) else line


#: a list entry's title is one line of at most this many characters (a notice's title with its
#: issuer is some 40-80)
LIST_ENTRY_MAX_CHARS = 100
#: marks no title holds: a line with one is a sentence or a label (● 牵头单位：…)
_CLAUSE_MARKS_RE = re.compile(r"[，,。；;：:！？!?]")


@lru_cache(maxsize=1)
def list_bullets() -> str:
    """The bullets a page's list prints before each entry (``[boilerplate] list_bullets``)."""
    return "".join(vocab()["boilerplate"]["list_bullets"])


@lru_cache(maxsize=1)
def _title_ends() -> tuple[str, ...]:
    return tuple(vocab()["metadata"]["title_ends"])


def list_entry_title(line: str) -> str | None:
    """The document title a bulleted entry of a page's list prints (``• 某市人民政府关于…的通知``),
    without its bullet; None for any other line (most: asked only of a line opening with a
    bullet).  The rest must title a document: one line, no clause marks, 关于 in it and a
    ``[metadata] title_ends`` word at its end, so a plan's own bulleted items (● 完善…，…。, ●
    制定年度工作计划) are no entries."""
    bullets = list_bullets()
    if not line or line[0] not in bullets:
        return None
    rest = line.lstrip(bullets + " \u3000")
    s = compact(simplified(rest))
    if len(s) > LIST_ENTRY_MAX_CHARS or "关于" not in s or _CLAUSE_MARKS_RE.search(s) or not s.endswith(_title_ends()):
        return None
    return rest


@lru_cache(maxsize=1)
def _spam_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The spam words (``[boilerplate] spam_words``) and the ordinary words that hold one (``spam_word_hosts``)."""
    voc = vocab()["boilerplate"]
    spam = re.compile("|".join(map(re.escape, voc["spam_words"])) or "(?!)")   # no words: never
    return spam, re.compile(alternation(voc["spam_word_hosts"]) or "(?!)")


def is_spam_line(simple: str) -> bool:
    """A mirror's spam or casino line (``simple``: the line in simplified characters): it holds a spam word
    outside the ordinary words that hold one (a culture plan's 娱乐场所, entertainment venues, holds the casino's
    娱乐场): only a line still holding one once those words are taken out is spam (holdout ownlines-fujian, batch 87:
    before, its item on 娱乐场所 was dropped)."""
    spam, hosts = _spam_patterns()
    line = simple.lower()
    return spam.search(line) is not None and spam.search(hosts.sub("", line)) is not None


#: an elision note is a line of its own: around the note's words it prints at most this many Chinese characters (the
#: site's name, 新文秘网, and 可完整阅读); a line holding more is a copy run into one line, cut at the note first
#: (``parse.pagetail.page_marks``), the note then dropped alone
ELISION_LINE_OTHER_CJK = 20


def _is_elision_line(text: str) -> bool:
    simple = simplified(text)
    for rx in elisions()[1]:
        m = rx.search(simple)
        if m is not None and len(CJK_RE.findall(simple[:m.start()] + simple[m.end():])) <= ELISION_LINE_OTHER_CJK:
            return True
    return False


def without_elisions(texts: list[str]) -> list[str]:
    """``texts`` without a site's paid elision line (``[boilerplate] elision_lines``) and the lines after it up to the
    next one opening with a number: they go on from an item whose number the hidden part held, so they are no item of
    their own, nor the text of the item over the line (tests/fixtures/README.md "A site's elision inside a list";
    holdout glosselide-yuhua, batch 107: a 新文秘网 mirror hiding items 2-8)."""
    words = elisions()[0]
    if not any(w in t for t in texts for w in words):
        return texts   # almost every page
    out, hidden = [], False
    for t in texts:
        if _is_elision_line(t):
            hidden = True
            continue
        if hidden and t.strip() and (split_numbering(t.strip()) is not None or is_bare_label(t)):
            hidden = False   # a number printed on a line of its own over its text opens an item too (a PDF copy)
        if not hidden:
            out.append(t)
    return out


#: a signature date whose Word date field lost its code and its words, its value left as digits parted by spaces after
#: the field's opening brace (``{ 2017 6 23``, 牟定县人民政府办公室's 2017 letter on its portal, under （此件公开发布）),
#: its closing brace kept or not: alone on its line
_FIELD_DATE_RE = re.compile(r"^[{｛]\s*(\d{4})\s+(\d{1,2})\s+(\d{1,2})\s*[}｝]?$")
#: the years a field's date can have (``dates.FIRST_YEAR`` / ``LAST_YEAR``)
_FIELD_FIRST_YEAR, _FIELD_LAST_YEAR = 1949, 2100


def field_dates(texts: list[str]) -> list[str]:
    """``texts`` with each line that is a Word date field's leftover (``_FIELD_DATE_RE``) printed as the date its digits
    say, ``2017年6月23日``, when they are one: year, month and day parted by spaces split one way only (unlike digits
    run together, ``2020125``, which split two ways and give no date: ``dates.run_together_date``), so the line signs
    the letter as its printed date would, and closes its signature (issuer) and its text (the table's title under it).
    Before, the line dated nothing: the notice had no date or the page's posting day, and an undated signature lost
    its issuer or ran into the table's title (the generator's thirtieth stream, blind68's cause 1: 13 of seeds
    23601-24000, 281 of 1-8000; holdout wordfield-mouding-2017-1)."""
    if not any(t.lstrip()[:1] in ("{", "｛") for t in texts):
        return texts   # almost every page
    return [_field_date(t) for t in texts]


def _field_date(line: str) -> str:
    m = _FIELD_DATE_RE.match(line.strip())
    if m is None:
        return line
    year, month, day = map(int, m.groups())
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return line
    return f"{year}年{month}月{day}日" if _FIELD_FIRST_YEAR <= date.year <= _FIELD_LAST_YEAR else line


#: a mirror's mark set after words to spoil copying: a run of at least two ``@`` (a mail address prints one)
AT_MARK_RE = re.compile(r"@{2,}")
#: a page prints at least this many ``@@`` marks before they are taken for a mirror's noise
AT_MARK_MIN_RUNS = 5


def strip_at_marks(lines: list[str]) -> list[str]:
    """``lines`` without a mirror's ``@@`` marks (module docstring), or as they are where the page prints fewer than
    ``AT_MARK_MIN_RUNS`` of them."""
    if sum(line.count("@@") for line in lines) < AT_MARK_MIN_RUNS:
        return lines
    return [AT_MARK_RE.sub("", line) for line in lines]


#: a mirror's comma set right before another mark (``规划，，支持``, ``协调，、部门``, ``政策，。``): the comma, not the mark after it
#: (an ASCII comma after a space or another ASCII comma is a comma dump's cell mark: `` ,,`` closing a row's line)
EXTRA_COMMA_RE = re.compile(r"(?:，|(?<![ \t,]),)(?=[，,、。])")
#: a page prints at least this many such commas before they are taken for a mirror's noise: one or two are a typist's
#: slips, left as printed, while the mirror sets one at nearly every mark (the 托育 page: eighteen in three paragraphs)
EXTRA_COMMA_MIN_RUNS = 5


def strip_extra_commas(lines: list[str]) -> list[str]:
    """``lines`` without a mirror's extra commas before marks (module docstring), or as they are where the page prints
    fewer than ``EXTRA_COMMA_MIN_RUNS`` of them."""
    if sum(len(EXTRA_COMMA_RE.findall(line)) for line in lines) < EXTRA_COMMA_MIN_RUNS:
        return lines
    return [EXTRA_COMMA_RE.sub("", line) for line in lines]
