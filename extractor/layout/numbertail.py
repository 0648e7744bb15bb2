"""Stage 4, metadata: doc numbers as a copy prints them apart from a line of their own - damaged
(``is_damaged_number``: 深府〔9〕193, 湘政发〔20231) or closing a title's line after a space
(``closing_number``: ``关于印发…的通知 鄂政办发〔2023〕63号``).

Asked by the title readers (``titlelines``, ``lettertitle``) and the number's (``docnumber``); it
imports neither, so both may (``letterlines`` re-exports ``is_damaged_number``).
"""
from __future__ import annotations

import re

from ..hanzi import simplified
from ..text import DOC_NUMBER_RE, compact, doc_number_start

#: template sites strip the year's digits (深府〔9〕193): kept as printed when
#: it is the whole line, since it is still the notice's own number
_STRIPPED_NUMBER_RE = re.compile(r"^[\u4e00-\u9fa5]{1,15}\s*[〔\[【［]\s*\d{1,3}\s*[〕\]】］]\s*\d{1,5}\s*[号號]?$")
#: a copy may lose the closing bracket and the 号, running the year into the number (湘政发〔20231 for
#: 湘政发〔2023〕1号): kept as printed when it is the whole line and a year of this century or the last opens the
#: digits, one to ``LOST_CLOSE_MAX_DIGITS`` more following it (which digits are the year's is not guessed)
LOST_CLOSE_MAX_DIGITS = 4
_LOST_CLOSE_RE = re.compile(
    rf"^[\u4e00-\u9fa5]{{1,15}}\s*[〔\[【［]\s*(?:19|20)\d{{2}}\d{{1,{LOST_CLOSE_MAX_DIGITS}}}$")


def is_damaged_number(line: str) -> bool:
    """``line`` is, whole, a doc number a copy damaged: its year's digits stripped (深府〔9〕193) or its closing
    bracket and 号 lost (湘政发〔20231): it stands where the number does (``docnumber.find_doc_number`` reads it)."""
    line = line.strip()
    return bool(_STRIPPED_NUMBER_RE.match(line) or _LOST_CLOSE_RE.match(line))


#: the last piece of a line, after a space (ASCII, ideographic or a no-break one)
_LAST_PIECE_RE = re.compile(r"[\s\u3000\xa0]+(\S+)[\s\u3000\xa0]*$")


def closing_number(line: str) -> str | None:
    """The doc number closing ``line`` after a space, as printed, when the line's last piece is one and nothing more
    (``DOC_NUMBER_RE`` whole, no red header's word run into it: ``doc_number_start``) or a number a copy damaged
    (``is_damaged_number``: 萬寿街辦發〔2025102) and words stand before it; else None.  A page that prints the title
    and its number on one line (常州市人民政府 2023: ``關于印發…方案的通知 常政發〔2023〕1號``, a heading run together
    from the two lines GB/T 9704 prints apart) gives the number no word of the title's: the title is the words before
    it, the number the notice's (tests/fixtures/README.md "A doc number printed after the title on its line").  A
    number inside the title's words (关于转发某政发〔2021〕3号文件的通知) is no last piece; one run into the title with no
    space is left where it stands."""
    m = _LAST_PIECE_RE.search(line)
    if m is None or not line[:m.start()].strip():
        return None
    piece = m.group(1)
    simple = compact(simplified(piece))
    number = DOC_NUMBER_RE.fullmatch(simple)
    if (number is not None and doc_number_start(number) == 0) or is_damaged_number(simple):
        return piece
    return None


def without_closing_number(line: str) -> str:
    """``line`` without the doc number closing it after a space (``closing_number``), the space too; else as it is."""
    piece = closing_number(line)
    return line[:line.rstrip().rfind(piece)].rstrip() if piece else line
