"""An independent generator of responsibility-division notices with their truth.

Written from the fixture conventions (tests/fixtures/README.md), docs/forms.md, FORMATS.md and the
holdout notes only, without reading the extractor or tests/synth/: see docs/blindsynth.md.
`build(seed)` -> (name, ext, bytes, expected dict); deterministic per seed.
"""

import random

from . import batch33, batch47, batch48, batch49, batch50, batch51, batch52, batch53, batch54, batch55, batch56, batch57, batch58, batch59, batch60, batch61, batch62, batch63, batch64, batch65, batch66, batch67, batch68, batch69, batch70, batch71, batch72, batch73, batch74, batch75, forms, issuers, levels, outline, page, places, projects, realnoise, textgrid, transposed, wechat
from . import legacy
from . import office as office_mod
from .model import Notice
from .trad import convert_truth, to_trad

# how often each form is drawn: the holdout's own mix (html-table 106, inline-label 68,
# labelled 55, inline-verb 45, text forms ~30 of ~430 expected files), text tables raised to be seen
FORMS = [("html-table", 26), ("inline-label", 16), ("labelled", 14), ("inline-verb", 12),
         ("prose", 5), ("inline-list", 4), ("headlead", 5), ("text-tab", 5), ("text-bar", 4),
         ("text-bl", 4), ("text-sp", 3), ("text-pipe", 2), ("xlsx-table", 4), ("docx-table", 4)]


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    r = rng.uniform(0, total)
    for v, w in weighted:
        r -= w
        if r <= 0:
            return v
    return weighted[-1][0]


def build(seed, legacy_files=False):
    """legacy_files: draw the --office axes (legacy.py); the expected dict then may carry `_attachment`
    (kind, HTML to convert) for the page's attachment, which the caller writes and removes."""
    rng = random.Random(seed)
    key = pick(rng, FORMS)
    # form variants of session 41 (textgrid.py) and table cell axes: a third stream
    yrng = random.Random(f"blindsynth-y:{seed}")
    if key == "text-bar" and yrng.random() < textgrid.P_BOX:
        key = "text-box"
    elif key == "text-sp" and yrng.random() < textgrid.P_LAYOUT:
        key = "text-layout"
    text_table = key.startswith("text-")
    # axes added in session 41 draw from a second stream, so a seed that draws none of them prints
    # what it printed before (docs/blindsynth.md)
    xrng = random.Random(f"blindsynth-x:{seed}")
    # axes added in session 42 (levels.py, wechat.py, textgrid/cells additions): a fourth stream
    zrng = random.Random(f"blindsynth-z:{seed}")
    # axes added in session 44 (realnoise.py): a sixth stream
    vrng = random.Random(f"blindsynth-v:{seed}")
    n = Notice(rng, sections=rng.random() < 0.7, restart=rng.random() < 0.3, xrng=xrng,
               letter_possible=key not in ("xlsx-table", "docx-table"), zrng=zrng, vrng=vrng)
    n.yrng = yrng
    n.zrng = zrng
    # axes added in session 45 (batch33.py): a seventh stream
    n.qrng = random.Random(f"blindsynth-45:{seed}")
    # axes added in session 46 (batch35.py): an eighth stream
    n.q46 = random.Random(f"blindsynth-46:{seed}")
    # axes added in session 47 (batch47.py): a ninth stream
    n.q47 = random.Random(f"blindsynth-47:{seed}")
    levels.add_branches(n)
    batch47.add_zone_unit(n, random.Random(f"blindsynth-47z:{seed}"))  # session 47: a zone's committee
    # axes added in session 48 (batch48.py): a tenth stream
    batch48.draw(n, seed)
    batch48.catchalls(n)  # 相关 / 有关 place groups among the supports
    # axes added in session 49 (batch49.py): an eleventh stream
    batch49.draw(n, seed)
    # axes added in session 50 (batch50.py): a twelfth stream
    batch50.draw(n, seed)
    # axes added in session 51 (batch51.py): a thirteenth stream
    batch51.draw(n, seed)
    # axes added in session 52 (batch52.py): a fourteenth stream
    batch52.draw(n, seed)
    # axes added in session 53 (batch53.py): a fifteenth stream
    batch53.draw(n, seed)
    # axes added in session 54 (batch54.py): a sixteenth stream
    batch54.draw(n, seed)
    # axes added in session 55 (batch55.py): a seventeenth stream
    batch55.draw(n, seed)
    # axes added in session 56 (batch56.py): an eighteenth stream (the deadline spellings drawn here)
    batch56.draw(n, seed, key)
    # axes added in session 57 (batch57.py): a nineteenth stream (vertical bodies, streets and towns drawn here)
    batch57.draw(n, seed, key)
    # axes added in session 58 (batch58.py): a twentieth stream (deadline words, district bureaus drawn here)
    batch58.draw(n, seed, key)
    batch53.shudi(n)  # 属地乡镇 / 属地街道 closing supports
    batch53.tortoise(n)  # place groups printed with 〔〕
    # axes added in session 59 (batch59.py): a twenty-first stream (lists joined by 及 / 和, month spans drawn here)
    batch59.draw(n, seed, key)
    # axes added in session 60 (batch60.py): a twenty-second stream (place groups in ＜＞ drawn here)
    batch60.draw(n, seed, key)
    # axes added in session 61 (batch61.py): a twenty-third stream (count groups drawn here)
    batch61.draw(n, seed, key)
    # axes added in session 62 (batch62.py): a twenty-fourth stream (coordinating committees drawn here)
    batch62.draw(n, seed, key)
    # axes added in session 63 (batch63.py): a twenty-fifth stream (own offices, level phrases drawn here)
    batch63.draw(n, seed, key)
    # axes added in session 64 (batch64.py): a twenty-sixth stream
    batch64.draw(n, seed, key)
    # axes added in session 65 (batch65.py): a twenty-seventh stream
    batch65.draw(n, seed)
    # axes added in session 66 (batch66.py): a twenty-eighth stream (a city bureau's branches drawn here)
    batch66.draw(n, seed, key)
    # axes added in session 67 (batch67.py): a twenty-ninth stream
    batch67.draw(n, seed, key)
    # axes added in session 68 (batch68.py): a thirtieth stream
    batch68.draw(n, seed, key)
    # axes added in session 69 (batch69.py): a thirty-first stream (the 全年 deadlines drawn here)
    batch69.draw(n, seed, key)
    # axes added in session 70 (batch70.py): a thirty-second stream
    batch70.draw(n, seed, key)
    # axes added in session 71 (batch71.py): a thirty-third stream (the bracketed recipients drawn here)
    batch71.draw(n, seed, key)
    # axes added in session 72 (batch72.py): a thirty-fourth stream (task forces, the recipient joined by 和 drawn here)
    batch72.draw(n, seed, key)
    # axes added in session 73 (batch73.py): a thirty-fifth stream (its draws; what they print comes after the others)
    batch73.draw(n, seed, key)
    # axes added in session 74 (batch74.py): a thirty-sixth stream (its draws; what they print comes after the others)
    batch74.draw(n, seed, key)
    # axes added in session 75 (batch75.py): a thirty-seventh stream (its draws; what they print comes after the others)
    batch75.draw(n, seed, key)
    outline.leader_heads(n, xrng, levels.leader_post(n.place, issuers.leader_post(n.place)))
    n.convention = key == "inline-list" and rng.random() < 0.5
    n.letter_convention = n.convention
    # media: a page (html) or a text copy; text tables are text copies only
    ext = "txt" if text_table else ("html" if rng.random() < 0.7 else "txt")
    if key == "html-table":
        ext = "html"
    office = key in ("xlsx-table", "docx-table")
    if office:
        ext = key[:4]
    batch55.mask(n, ext)  # session 55: unit names a repost masked (县**局), on a page or a sheet
    n.letterless = office or (ext == "txt" and rng.random() < 0.1)
    if n.place.issuer != "gov":
        n.letterless = False  # a zone's or a department's notice always prints its letter and signer
    repost50 = not n.letterless and ext == "txt" and not text_table and n.place.issuer == "gov" \
        and n.place.name not in places.SHARED_NAMES and batch50.repost(n)
    if repost50:
        n.letterless = True  # session 50: a news site's repost of the list alone (unlistednote-huaian)
    if n.letterless and n.place.name in places.SHARED_NAMES:
        # no letter names the city, so the heading does: a district name several cities share
        # (城中区: 柳州 and 西宁) read alone can be placed by no reader (BLIND901 bs1154, bs330)
        n.table_title = n.place.full + n.table_title[len(n.place.name):]
    batch65.nested_name(n)  # session 65: 《政府工作报告》 inside the plan's name
    form = {"headlead": "inline-verb", "text-layout": "text-sp"}.get(key, key)
    if office:
        data = (office_mod.xlsx if ext == "xlsx" else office_mod.docx)(rng, n)
        batch61.mark_count(n)  # session 61: the count groups drawn on the measures
        batch62.mark(n)  # session 62: the committees drawn on the measures
        batch63.mark(n)  # session 63: the offices and level phrases drawn on the measures
        return _finish(seed, key, key, ext, "zip", n, data, {
            "doc_number": None, "title": n.table_title, "issuer": None, "date": None, "recipients": [],
            "table_title": n.table_title})
    # axes added in session 43 (transposed.py, the rule under a letterless table): a fifth stream
    wrng = random.Random(f"blindsynth-w:{seed}")
    is_transposed = transposed.draws(wrng, n, key)
    if is_transposed:
        body = transposed.html_table(wrng, n)  # one measure a column, one place a row
    elif key == "html-table" and zrng.random() < projects.P_PROJECT:
        body = projects.html_table(rng, n)  # session 42: 序号 merged with 项目名称 over sub-rows
    elif key == "html-table":
        k58 = len(n.axes)
        body = batch55.byunit(n, forms.html_table(rng, n))  # session 55: a table laid out by unit
        if batch58.owner_draws(n, key, n.axes[k58:]):
            del n.axes[k58:]  # the form's table is not printed, nor its first-stream shapes
            body = batch58.owner_table(n)  # session 58: a project table printing its owner (the form's table set aside)
        elif batch61.unitmerge_draws(n, key, n.axes[k58:]):
            kept = n.axes[k58:]
            del n.axes[k58:]
            body = batch61.unitmerge_table(n) or body  # session 61: a table by unit, 序号 merged with the unit
            if "b61:unitmerge" not in " ".join(n.axes):
                n.axes += kept
    elif text_table:
        body = forms.text_table(rng, n, key)
    elif key == "headlead":
        body = forms.headlead(rng, n)
    else:
        body = forms.items(rng, n, key)
    if key == "html-table" and not is_transposed:
        body = batch72.stars(n, body)  # session 72: a ★ before a key task's text
        body = batch69.cell_spaces(n, body)  # session 69: a task cell's space where the source's line broke
        batch72.star_truth(n)  # session 72: the ★ kept in the starred tasks' texts (tests/fixtures/README.md)
    form = getattr(n, "form46", None) or form  # session 46: 主办单位 lines are inline-label
    batch61.mark_count(n)  # session 61: the count groups drawn on the measures
    batch62.mark(n)  # session 62: the committees drawn on the measures
    batch63.mark(n)  # session 63: the offices and level phrases drawn on the measures
    batch63.finish(n)  # session 63: ㈠ labels without their space, report-only items no measures
    body = batch73.body(n, body)  # session 73: 参与单位, a body's member units leading, `1 .` numbers
    body = batch74.body(n, body)  # session 74: items numbered （一） under 一、 headings
    body = batch75.body(n, body)  # session 75: the （一） items with half-width brackets
    if key == "html-table" and not is_transposed:
        body = batch75.header_spaces(n, body)  # session 75: a header cell's space where its line broke (after 参与单位)
    if not any(m["section_no"] for m in n.measures):
        n.sections = []
    if n.letterless and n.letter_convention:
        # a notice with no letter prints the first-listed rule under its table or list, where a reader
        # sees it (docs/forms.md: "or a note under the table"); with no rule printed anywhere every unit
        # of a bare list would lead (session 42's generator error: bs3265, bs3409, bs3557)
        body = body + [("p", "注：" + wrng.choice(forms.CONVENTIONS))]
        n.axes.append("rule-note")
    head, meta = page.letter(rng, n)
    batch63.default_support(n, head, form)  # session 63: the letter names every item's default support units
    if n.letterless and ext == "txt":
        if not repost50:
            batch49.letterless_head(n, head, meta)  # session 49: lead lines or a site's tag over the list
        if not text_table and not any(a.startswith(("b49:leadlines", "b49:sitetag")) for a in n.axes):
            batch50.letterless_head(n, head, meta, repost50)  # session 50: one name in 《》, placed by 结合X实际
    if key == "text-bl":
        body = body + batch33.banji(n, meta)  # session 45: 版记 at the foot (seventh stream)
    blocks = head + body
    title = meta["title"]
    # session 42: a WeChat article's copy of the notice (wechat.py)
    wx = not n.letterless and key not in ("text-box", "text-layout") and zrng.random() < wechat.P_WECHAT
    if realnoise.digit_date(n, head, meta, ext == "html" and not wx and not n.letterless):
        blocks = head + body  # session 44: no signer, a digits-only date, the source line names the office
        title = meta["title"]
    elif not wx and not n.letterless and batch48.gazette(n, head, meta):
        blocks = head + body  # session 48: the doc number and the Chinese date on one line under the title
    elif batch49.undated(n, head, meta, ext == "html" and not wx and not n.letterless):
        blocks = head + body  # session 49: no number, no signature, no date: the info line dates it
    if batch51.letter_axes(n, head, meta, wx):
        blocks = head + body  # session 51: the doc number run into the recipients, or lost its 〕 and 号
        title = meta["title"]
    if batch54.level_title(n, head, meta):
        blocks = head + body  # session 54: the title names the plan by the issuer's level alone (区政府…)
        title = meta["title"]
    if batch54.run_recipients(n, head, wx):
        blocks = head + body  # session 54: the recipients line run on into the letter's first sentence
    if batch64.date_without_ri(n, head, meta, ext == "html" and not wx):
        blocks = head + body  # session 64: the signature date lost its 日
    if batch65.letter(n, head, meta, wx):
        body = batch65.nest_blocks(n, body)
        blocks = head + body  # session 65: a contact line, 特此通知, a title over two lines, 〈〉, 汇总单位
        title = meta["title"]
    if batch66.letter(n, head, meta, key):
        blocks = head + body  # session 66: <> inside 《》, a lone 责任单位's bracket, a numbered list of attachments
        title = meta["title"]
    if batch67.letter(n, head, meta, key, ext, wx):
        blocks = head + body  # session 67: the roles' sentence, a document site's preview opening mid-letter
        title = meta["title"]
    if batch68.letter(n, head, meta, ext, wx):
        blocks = head + body  # session 68: 协作单位's sentence, a glued number, a spaced title, a Word field's date
        title = getattr(n, "title68", None) or meta["title"]
    if batch69.letter(n, head, meta, ext, wx):
        blocks = head + body  # session 69: a title with no 关于 (a 导读 line over it), a province's central units
        title = getattr(n, "title68", None) or meta["title"]
    if batch70.letter(n, head, meta, ext, wx):
        blocks = head + body  # session 70: a title with no 的通知, the number twice, a space before the year
        title = getattr(n, "title70", None) or getattr(n, "title68", None) or meta["title"]
    if batch71.letter(n, head, meta):
        blocks = head + body  # session 71: successors take over the listed leaders' and officers' tasks
    k72 = len(n.axes)
    if batch72.letter(n, head, meta, wx):
        title = meta["title"]  # session 72: a letter the party's and the government's offices issue together
    if len(n.axes) > k72:
        blocks = head + body  # session 72: numbered points, a file's extension, the recipient joined by 和
    k73 = len(n.axes)
    if batch73.letter(n, head, meta, wx):
        title = meta["title"]  # session 73: a title naming the office by its level, the committee's and government's letter
    if len(n.axes) > k73:
        blocks = head + body  # session 73: a Word copy's space before an opener
    k74 = len(n.axes)
    batch74.letter(n, head, meta, wx)
    if len(n.axes) > k74:
        blocks = head + body  # session 74: the number after the title, 一要 points, an aggregator's summary line
    k75 = len(n.axes)
    if batch75.letter(n, head, meta, wx):
        title = meta["title"]  # session 75: the title line wrapped in 《》
    if len(n.axes) > k75:
        blocks = head + body  # session 75: the title line in 《》, the signature date twice
    n.wx49 = wx
    n.meta62 = meta  # session 62: a law database's fields over the letter say what the letter says
    pair = legacy_files and key == "html-table" and not wx and not is_transposed and legacy.pair_kind(seed)
    attachment = None
    # (a page's list: not a WeChat article's, a PDF's text or a text copy of the attachment alone)
    laws = None if pair or wx or key in ("text-box", "text-layout") or (n.letterless and ext == "txt") \
        else batch48.laws(n, ext == "html")
    if laws:
        blocks = blocks + laws  # session 48: a page's 相关法规 list after the last item
    if pair:
        # session 43 (--office): the letter on the page, its table in a linked .doc / .docx / PDF
        blocks, attachment = legacy.split_pair(n, head, body, pair)
        n.axes.append(f"pair:{pair}")
        form = legacy.FORMS[pair]
    # session 57: several texts on one page, the notice the first (a model-text site's collection)
    blocks = batch57.collection(n, blocks, len(head), len(body), key, ext, wx, pair)
    page_title = getattr(n, "coll57", None) or title
    noisy = False
    if ext == "html":
        enc = rng.choice(["utf-8"] * 6 + ["gbk-decl"] * 3 + ["gbk-bare"] * 1)
        decl = {"utf-8": rng.choice(["utf-8", "UTF-8", None]), "gbk-decl": rng.choice(["gbk", "gb2312"]),
                "gbk-bare": None}[enc]
        blocks = batch52.news_box(n, blocks, key, wx, False)  # session 52: a 相关新闻 box over the plan's title
        if wx:
            enc = "utf-8"  # a WeChat page is always UTF-8
            text = wechat.html(rng, n, title, blocks)
        else:
            text = page.render_html(rng, n, page_title, blocks, decl)
    elif wx:
        enc = rng.choice(["utf-8"] * 7 + ["gbk-bare"] * 3)
        text = wechat.text(rng, n, title, blocks)
    else:
        enc = rng.choice(["utf-8"] * 7 + ["gbk-bare"] * 3)
        items_form = not text_table
        copy = not n.letterless and rng.random() < 0.6
        # session 45: a share of an item list's text copies stacks the noise axes (batch33.py)
        noisy = items_form and not n.letterless and key != "text-layout" and batch33.noisy(n)
        copy = copy or noisy
        if key == "text-layout":
            copy = False  # pdftotext's copy of the notice's PDF: no portal around it
        if getattr(n, "mid67", False):
            copy = False  # session 67: a document site's preview prints its own line, no portal around it
        oneline = not copy and key in ("inline-label", "inline-verb") and rng.random() < 0.2 \
            and "b46:opinion" not in n.axes and "b47:chengban" not in n.axes \
            and not n.no_oneline48 and not getattr(n, "no_oneline49", False) \
            and not getattr(n, "unwrapped51", False) \
            and not getattr(n, "no_oneline54", False) \
            and not getattr(n, "coll57", None)  # a heading over an unnumbered paragraph
        # run into it on one line leaves no mark where the heading ends
        blocks = batch52.news_box(n, blocks, key, wx, oneline)  # session 52: a 相关新闻 box over the plan's title
        blocks = batch56.page_items(n, blocks, len(head) + getattr(n, "shift57", 0), key, ext, oneline, noisy)  # session 56: a Word copy's pages
        if not copy and not noisy and not oneline and not n.letterless:
            batch50.digit_date(n, blocks, meta)  # session 50: a signature date's digits that split two ways
        # a news site's repost keeps its paragraphs (session 50): three short items wrapped at a width show the wrap
        # on two lines, fewer than docs/parsing.md's written rule reads a wrap from (bs5487)
        text = page.render_text(rng, n, page_title, blocks, page_copy=copy, wrappable=items_form and not repost50,
                                plain=key in ("text-box", "text-layout"), oneline=oneline, noisy=noisy)
        if items_form and not copy and not oneline and not noisy and not n.letterless and not repost50 \
                and not any(a.startswith("wrap:") for a in n.axes) and not getattr(n, "mid67", False) \
                and not getattr(n, "coll57", None):
            text = batch67.raw_html(n, title, blocks, meta) or text  # session 67: a law site's copy of the HTML source
        # session 70: a forum's copy (the forum's lines for a visitor over the letter)
        text = batch70.forum(n, text, copy or noisy or oneline or key in ("text-box", "text-layout")
                             or getattr(n, "mid67", False) or "b67:raw" in n.axes or bool(getattr(n, "coll57", None)))
    trad = rng.random() < 0.08 or noisy  # a mirror in traditional characters (big5-beihai, tradgbk)
    if trad:
        text = to_trad(text)
        if ext == "txt" and rng.random() < 0.5:
            enc = "big5"
        # session 63: a converter's pinyin residue after converted characters
        text = batch63.pinyin_gloss(n, text, ext, enc, any(a.startswith("wrap:") for a in n.axes), noisy)
        # session 71: a converter leaving one-to-many characters simplified, or one using Taiwan's words
        text = batch71.mirror(n, text, "b63:pinyin" in n.axes)
    try:
        # Big5 as standard tables read it: Python's cp950/big5 write ① as C7E9, which iconv BIG5/CP950,
        # BIG5-HKSCS and browsers read as private use or katakana; big5hkscs writes C6A1 (BLIND901 bs1457)
        data = text.encode({"gbk-decl": "gbk", "gbk-bare": "gbk", "big5": "big5hkscs"}.get(enc, "utf-8"))
    except UnicodeEncodeError:
        enc = "utf-8"
        data = text.encode("utf-8")
    name, ext, data, expected = _finish(seed, key, form, ext, enc, n, data, meta, trad)
    if attachment:
        if trad:
            attachment = to_trad(attachment)
        expected["_attachment"] = (pair, attachment)
    return name, ext, data, expected


def _finish(seed, key, form, ext, enc, n, data, meta, trad=False):
    if not any(m["section_no"] for m in n.measures):
        n.sections = []
    sections = [{"no": s["no"], "label": s["label"], "title": s["title"]} for s in n.sections]
    expected = {
        "form": form,
        "note": f"blindsynth seed {seed}: {key}, {ext}, {enc}, {n.place.kind} {n.place.full}, "
                f"names {n.unit_style}, restart {n.restart}, letterless {n.letterless}; "
                + " ".join(a for a in n.axes if a)
        + (f" issuer:{n.place.issuer}" if n.place.issuer != "gov" else "")
        + (" second-signs" if n.place.signs else ""),
        **meta,
        "sections": sections,
        "measures": n.truth_measures(),
        "agencies": n.agencies(),
    }
    if trad:
        convert_truth(expected)
        batch71.mirror_truth(n, expected)  # session 71: the same converter as the page's
        expected["note"] += " traditional"
    name = f"bs{seed:03d}-{key}"
    return name, ext, data, expected
