"""A unit list wrapped after one of its 、 inside a notice that lost its line breaks (stage 3, locate).

A copy that runs a notice into one line (a portal's paragraph, an e-paper's article, a table cell holding the
whole notice) may still break it once where an editor wrapped a long unit list: ``责任单位：县财政局、<br/>县税务局…``.
The break parts the one line in two, neither holding half the notice, so no piece is read as a notice that lost its
breaks (``textlayer.is_run_on``) and its items are not cut apart.  A line ending with 、 ends no line of a notice (a
list never closes with it): the lines so linked are one, when together they are a run-on notice
(``join_list_wraps``).  Lines that together are no more than a line of a notice stay apart: the readers of labels
and lists join a wrapped list on their own."""
from __future__ import annotations

from ..models import TABLE_MARK
from .textlayer import is_run_on

#: the mark a wrapped unit list's line ends with
LIST_MARK = "、"


def join_list_wraps(texts: list[str], total: int) -> list[str]:
    """``texts`` (stripped lines) with each chain of lines linked by a trailing 、 joined into one line when the
    chain is a notice that lost its breaks (``is_run_on`` of its length in ``total``, the notice's length)."""
    if not any(t.endswith(LIST_MARK) for t in texts):
        return texts   # most pages
    out: list[str] = []
    chain: list[str] = []
    for t in texts:
        if not t or t.startswith(TABLE_MARK):
            _flush(chain, out, total)
            chain = []
            out.append(t)
            continue
        chain.append(t)
        if not t.endswith(LIST_MARK):
            _flush(chain, out, total)
            chain = []
    _flush(chain, out, total)
    return out


def _flush(chain: list[str], out: list[str], total: int) -> None:
    """Set ``chain`` (lines linked by a trailing 、) into ``out``: one line when it is a run-on notice, else as it is."""
    if len(chain) > 1 and is_run_on(joined := "".join(chain), total):
        out.append(joined)
    else:
        out.extend(chain)
