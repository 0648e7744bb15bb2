"""An independent generator of responsibility-division notices with their truth.

Written from the fixture conventions (tests/fixtures/README.md), docs/forms.md, FORMATS.md and the
holdout notes only, without reading the extractor or tests/synth/: see docs/blindsynth.md.
`build(seed)` -> (name, ext, bytes, expected dict); deterministic per seed.
"""

import random

from . import forms, page
from .model import Notice

# how often each form is drawn: the holdout's own mix (html-table 106, inline-label 68,
# labelled 55, inline-verb 45, text forms ~30 of ~430 expected files), text tables raised to be seen
FORMS = [("html-table", 26), ("inline-label", 16), ("labelled", 14), ("inline-verb", 12),
         ("prose", 5), ("inline-list", 4), ("headlead", 5), ("text-tab", 5), ("text-bar", 4),
         ("text-bl", 4), ("text-sp", 3), ("text-pipe", 2)]


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    r = rng.uniform(0, total)
    for v, w in weighted:
        r -= w
        if r <= 0:
            return v
    return weighted[-1][0]


def build(seed):
    rng = random.Random(seed)
    key = pick(rng, FORMS)
    text_table = key.startswith("text-")
    n = Notice(rng, sections=rng.random() < 0.7, restart=rng.random() < 0.3)
    n.axes = []
    n.convention = key == "inline-list" and rng.random() < 0.5
    n.letter_convention = n.convention
    # media: a page (html) or a text copy; text tables are text copies only
    ext = "txt" if text_table else ("html" if rng.random() < 0.7 else "txt")
    if key == "html-table":
        ext = "html"
    n.letterless = ext == "txt" and rng.random() < 0.1
    form = "inline-verb" if key == "headlead" else key
    if key == "html-table":
        body = forms.html_table(rng, n)
    elif text_table:
        body = forms.text_table(rng, n, key)
    elif key == "headlead":
        body = forms.headlead(rng, n)
    else:
        body = forms.items(rng, n, key)
    if not any(m["section_no"] for m in n.measures):
        n.sections = []
    head, meta = page.letter(rng, n)
    blocks = head + body
    title = meta["title"]
    if ext == "html":
        enc = rng.choice(["utf-8"] * 6 + ["gbk-decl"] * 3 + ["gbk-bare"] * 1)
        decl = {"utf-8": rng.choice(["utf-8", "UTF-8", None]), "gbk-decl": rng.choice(["gbk", "gb2312"]),
                "gbk-bare": None}[enc]
        text = page.render_html(rng, n, title, blocks, decl)
    else:
        enc = rng.choice(["utf-8"] * 7 + ["gbk-bare"] * 3)
        text = page.render_text(rng, n, title, blocks, page_copy=not n.letterless and rng.random() < 0.6)
    data = text.encode("gbk" if enc.startswith("gbk") else "utf-8")
    sections = [{"no": s["no"], "label": s["label"], "title": s["title"]} for s in n.sections]
    expected = {
        "form": form,
        "note": f"blindsynth seed {seed}: {key}, {ext}, {enc}, {n.place.kind} {n.place.full}, "
                f"names {n.unit_style}, restart {n.restart}, letterless {n.letterless}; "
                + " ".join(a for a in n.axes if a),
        **meta,
        "sections": sections,
        "measures": n.truth_measures(),
        "agencies": n.agencies(),
    }
    name = f"bs{seed:03d}-{key}"
    return name, ext, data, expected
