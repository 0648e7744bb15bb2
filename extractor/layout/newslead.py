"""A news item's lead sentence that names the notice it reports (近日，某市人民政府发布关于…的通知).

A newspaper item reposted on a forum or a news site may print no title line, doc number or
signature of the notice it restates: the lead sentence names it instead, with its issuer
before a verb of issuing (``[metadata] lead_verbs``: 发布, 印发 …), then the title from its 关于
(``X发布关于…的通知``, ``X印发了《关于…的通知》``).  The notice's title is put together as the
issuer's name and that 关于…, as a title printing its issuer reads (某市人民政府关于…的通知); the
issuer is then read from it.  A lead naming only a plan (印发了《某方案》) names no notice title.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text import alternation, vocab

#: a lead's issuer is a body's full name, at most this long (as ``metadata.ISSUER_MAX_CHARS``)
LEAD_ISSUER_MAX_CHARS = 40
#: an issuer opening with a level word alone (市政府办公室, 县人民政府) does not print its place:
#: the name the title would carry is not known
UNPLACED_OPENERS = "省市县区州旗盟乡镇"


def title_in_lead(lines: list[str]) -> str | None:
    """The title of the notice the first lead sentence among ``lines`` names (the issuer's
    name and the 关于… after the verb), or None."""
    rx = _lead_re()
    ends = tuple(vocab()["metadata"]["issuer_ends"])
    for line in lines:
        if "关于" not in line:
            continue
        for m in rx.finditer(line.strip()):
            issuer = m.group("issuer")
            if issuer.endswith(ends) and not issuer.startswith(tuple(UNPLACED_OPENERS)):
                return issuer + (m.group("quoted") or m.group("about"))
    return None


@lru_cache(maxsize=1)
def _lead_re() -> re.Pattern:
    voc = vocab()["metadata"]
    verbs, times, ends = (alternation(voc[k]) for k in ("lead_verbs", "lead_time_words", "title_ends"))
    about = rf"关于(?:[^，,。；;《》“”]|《[^《》]*》)+?的(?:{ends})"
    return re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?:{times})?(?P<issuer>[^，,。；;：:\s《》“”]{{2,{LEAD_ISSUER_MAX_CHARS}}}?)"
                      rf"(?:{times})?(?:{verbs})了?(?:《(?P<quoted>{about})》|(?P<about>{about}))")
