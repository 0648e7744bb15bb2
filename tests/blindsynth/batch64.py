"""Session 64 axes (a twenty-sixth stream, `blindsynth-s64:<seed>`): shapes real notices print, with a rule in
tests/fixtures/README.md, docs/forms.md or docs/agencies.md for their truth, that none of the twenty-five earlier
streams drew (docs/blindsynth.md "Session 64 axes").

- 办理 closing a verb bracket's unit clause (`（X会同A、B办理）`, `（A、B办理）`, `（A、B等有关部门办理）`: docs/forms.md
  inline-verb, holdout huitongban-unplaced)
- 各负其责 after the lead's clause, and 共同负责 for two leads (`（X牵头，A、B及相关部门各负其责）`, `（A、B共同负责，C配合）`:
  docs/forms.md inline-verb, holdout sharedduty-unplaced)
- a label line naming what the item yields (`工作成果：`, `预期成果：`, `成果形式：`) among a labelled item's lines:
  tests/fixtures/README.md "An item's label line naming what it yields", holdout lostlabel-haidong
- a list closed by `等各有关部门和单位` (`等各有关部门`, `等各相关单位`): tests/fixtures/README.md "Lists" (a 等 tail saying
  only "the other relevant ones" is no unit), holdout README batch 94
- a department printed by its function and 部门 after its place, several places sharing it (`荷塘区、芦淞区教育部门`):
  docs/agencies.md "A name's jurisdiction", tests/fixtures/README.md "Shared body", holdout lostlabel-haidong
- a signature date that lost its 日 (`2023年3月15`): docs/forms.md "Numbering and metadata", holdout gazettecells-dingzhou
- a portal's metadata box printed as a list of `[label] value` fields over the title (`[发文机构] …`, `[成文日期] …`,
  `[发文字号] 〔〕`): holdout leadgroupbox-beijing, README batch 90; the letter under it says the same

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import datetime as dt
import random
import re

from . import batch59
from .places import SHARED_NAMES

P_BANLI = 0.5        # of inline-verb and prose item lists whose items print the form's own bracket or sentence
P_BANLI_ITEM = 0.5   # of their items whose bracket is the first stream's
P_GEFU = 0.5         # of inline-verb and prose item lists whose items print the form's own bracket or sentence
P_GEFU_ITEM = 0.5    # of their items whose bracket is the first stream's (and not printed with 办理)
P_YIELD = 0.5        # of labelled item lists whose items print the form's own label lines
P_YIELD_ITEM = 0.6   # of their items (the first eligible one always)
P_ETC = 0.3          # of labelled, inline-label, inline-verb and prose item lists
P_ETC_ITEM = 0.4     # of their items whose supports close with a named unit
P_FUNC = 0.4        # of a city's own government notices printed as such item lists
P_FUNC_ITEM = 0.3    # of their items whose supports hold a named unit printed once as such
P_NORI = 0.15        # of HTML pages whose letter's signature date prints digits and 日
P_FIELDS = 0.12      # of HTML pages with a signed, dated letter and no xxgk box
AXES = ["banli", "gefu", "yield", "etc", "func", "nori", "fields"]

# a department's function word whose body is the function and 局 at every level (places.py: 教育局, 财政局 …)
FUNCTIONS = ["教育", "财政", "民政", "司法", "商务", "审计", "统计", "交通运输", "农业农村"]
ETC_TAILS = ["等各有关部门和单位", "等各有关部门和单位", "等各有关部门", "等各相关单位", "等各有关单位"]
YIELD_LABELS = ["工作成果", "工作成果", "预期成果", "成果形式"]
YIELDS = {
    "工作成果": ["形成工作方案并组织实施。", "建立部门会商机制，定期研究解决重点问题。", "完成年度目标任务，形成总结报告。",
             "出台配套政策措施，推动政策落地见效。", "建成一批示范项目，形成可复制推广的经验。"],
    "预期成果": ["形成工作方案并组织实施。", "完成年度目标任务，形成总结报告。", "建立长效工作机制。",
             "推动重点项目建成投用。"],
    "成果形式": ["工作方案", "政策文件", "总结报告", "项目清单", "制度文件"],
}


def draw(n, seed, key):
    """The twenty-sixth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-s64:{seed}")
    n.q64 = q
    n.d64 = {k: q.random() for k in AXES}


def _d(n, k):
    d = getattr(n, "d64", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b64:" + k not in n.axes:
        n.axes.append("b64:" + k)


# ---------------------------------------------------------------- which shapes an item list prints

def list_draws(n, form, plain_bracket):
    """The shapes of this stream an item list prints: a subset of ("banli", "gefu", "yield", "etc", "func").
    plain_bracket: the items print the form's own bracket or label lines (no item shape of streams 7-25 replaced them;
    the outline's shapes may be drawn)."""
    out = []
    if form in ("inline-verb", "prose") and plain_bracket:
        if _d(n, "banli") < P_BANLI:
            out.append("banli")
        if _d(n, "gefu") < P_GEFU:
            out.append("gefu")
    if form == "labelled" and plain_bracket and _d(n, "yield") < P_YIELD:
        out.append("yield")
    if form in ("labelled", "inline-label", "inline-verb", "prose") and plain_bracket:
        if _d(n, "etc") < P_ETC:
            out.append("etc")
        p = n.place
        if _d(n, "func") < P_FUNC and p.issuer == "gov" and p.kind == "city" and len(_places(n)) >= 2:
            out.append("func")
    return tuple(out)


def item(n, blocks, m, form, shapes):
    """The item's blocks with this stream's shapes printed on them (its truth mended where a shape adds a unit)."""
    if not blocks:
        return blocks
    done = False
    if "func" in shapes:
        blocks, done = func_dept(n, blocks, m)
    if "etc" in shapes and not done:
        blocks = etc_tail(n, blocks, m)
    prose = form == "prose"
    if "banli" in shapes:
        blocks, done = (prose_banli if prose else banli)(n, blocks, m)
    else:
        done = False
    if "gefu" in shapes and not done:
        blocks = (prose_gefu if prose else gefu)(n, blocks, m)
    if "yield" in shapes:
        blocks = yield_line(n, blocks, m)
    return blocks


# ---------------------------------------------------------------- where the supports are printed

_HIGHER = re.compile(r"[省市区县级]牵头(单位|部门)|牵头领导|责任领导")
_AFTER_NAME = tuple("、，,；;）)。") + ("配合", "参与", "参加", "协同", "按职责", "负责", "协办", "为配合")


def _last_named_support(m):
    """Index in m["support"] of the last unit with a canonical name (no catch-all), when every unit after it is a
    catch-all; None where the supports hold none or a list joined by 及 / 和 (session 59)."""
    sup = m["support"]
    if any(isinstance(u, batch59.Conj) for u in m["lead"] + sup):
        return None
    k = len(sup) - 1
    while k >= 0 and sup[k][1] is None:
        k -= 1
    return k if k >= 0 else None


def _find_printed(blocks, name):
    """(block index, end offset) of the one place the name is printed as a unit of the item's lists: the name
    followed by a list's separator, a role verb or the bracket's end; None where it is printed no such way or twice."""
    hits = []
    for bi, (kind, text) in enumerate(blocks):
        if kind != "p" or _HIGHER.search(text):
            continue
        start = 0
        while True:
            j = text.find(name, start)
            if j < 0:
                break
            e = j + len(name)
            if (e == len(text) or text[e:].startswith(_AFTER_NAME)) and (j == 0 or text[j - 1] in "、，,：:｜ 　由同（(；;"):
                hits.append((bi, e))
            start = j + 1
    return hits[0] if len(hits) == 1 else None


# ---------------------------------------------------------------- a list closed by 等各有关部门和单位

def etc_tail(n, blocks, m):
    """A support list closed by `等各有关部门和单位` (`等各有关部门`, `等各相关单位`, `等各有关单位`) right after its last
    named unit, where no catch-all follows it: `配合单位：市财政局、市商务局等各有关部门和单位`,
    `（市发改委牵头，市财政局等各有关部门和单位配合）`, `由市发改委会同市财政局等各有关部门和单位负责落实。`.  P_ETC_ITEM of
    the items whose supports close with a named unit printed once as such.  Truth: tests/fixtures/README.md "Lists" (`A、B等
    部门`, `等相关部门`, `等有关单位`: a tail saying only "and the other (relevant) ones" lists A and B, no unit; a group
    after 等 that says WHICH ones, `等市级有关部门`, is one) and README batch 94 (the three measures a list closed by
    `等各有关部门和单位` lost: the 各 made the tail a unit): unchanged, the tail no unit."""
    q = n.q64
    k = _last_named_support(m)
    if k is None or k != len(m["support"]) - 1 or q.random() >= P_ETC_ITEM:
        return blocks
    at = _find_printed(blocks, m["support"][k][0])
    if at is None:
        return blocks
    bi, e = at
    text = blocks[bi][1]
    if text[e:].startswith("等"):
        return blocks
    out = list(blocks)
    out[bi] = (blocks[bi][0], text[:e] + q.choice(ETC_TAILS) + text[e:])
    _mark(n, "etc")
    return out


# ---------------------------------------------------------------- a department by its function and 部门, places sharing it

def _places(n):
    """The city's districts and county-level cities whose names no other city gives (places.py lower governments)."""
    out = []
    for printed, canon in n.place.lower:
        name = printed[:-len("人民政府")]
        if name not in SHARED_NAMES:
            out.append((name, canon[:-len("人民政府")]))
    return out


def func_dept(n, blocks, m):
    """A run of the city's districts or county-level cities closed by one function word and 部门 among an item's
    supports, right after its last named unit (before the catch-alls closing them): `配合单位：市财政局、荷塘区、芦淞区教育部门，
    各县市区人民政府`, `（市发改委牵头，市商务局、醴陵市、天元区交通运输部门配合）`; two or three places, a fifth of the time one
    (`荷塘区民政部门`).  P_FUNC_ITEM of the items whose supports hold a named unit printed once as such.  Truth:
    docs/agencies.md "A name's jurisdiction" (a department printed by its function and 部门 after its place is that
    place's department whose spelling is the function and 局 …; a list sharing one kind of department over several places,
    海东市、兰州市、临夏州发展改革部门) and tests/fixtures/README.md "Shared body" (write the names so split, each with the
    body's name, in the printed order; holdout lostlabel-haidong: `海东市发展改革部门` -> `海东市发展和改革委员会`): each place a
    unit printed `荷塘区教育部门`, keyed `株洲市荷塘区教育局` (a county-level city's `醴陵市教育局`).  Returns (blocks, drawn)."""
    q = n.q64
    k = _last_named_support(m)
    if k is None or q.random() >= P_FUNC_ITEM:
        return blocks, False
    at = _find_printed(blocks, m["support"][k][0])
    if at is None:
        return blocks, False
    pool = _places(n)
    held = {c for _, c in m["lead"] + m["support"]}
    r = q.random()
    picks = q.sample(pool, 1 if r < 0.2 or len(pool) < 2 else (3 if r > 0.7 and len(pool) >= 3 else 2))
    func = q.choice(FUNCTIONS)
    units = [(name + func + "部门", canon + func + "局") for name, canon in picks]
    if any(c in held for _, c in units):
        return blocks, False
    bi, e = at
    text = blocks[bi][1]
    if text[e:].startswith("等"):
        return blocks, False
    printed = "、".join(name for name, _ in picks) + func + "部门"
    out = list(blocks)
    out[bi] = (blocks[bi][0], text[:e] + "、" + printed + text[e:])
    m["support"] = list(m["support"][:k + 1]) + units + list(m["support"][k + 1:])
    _mark(n, "func")
    return out, True


# ---------------------------------------------------------------- the first stream's verb bracket, taken apart

def _bracket(blocks):
    """(block index, opener offset, closer offset, top-level clauses) of the item's closing verb bracket, the first
    stream's `（…）` (a stop after it allowed, session 60), or None."""
    bi = len(blocks) - 1
    kind, text = blocks[bi]
    if kind != "p":
        return None
    end = len(text) - 1
    if text.endswith("。"):
        end -= 1
    if end < 0 or text[end] != "）":
        return None
    depth, i = 0, end
    while i >= 0:
        c = text[i]
        if c in "）)":
            depth += 1
        elif c in "（(":
            depth -= 1
            if depth == 0:
                break
        i -= 1
    if i < 0 or text[i] != "（":
        return None
    body = text[i + 1:end]
    clauses, depth, cur = [], 0, ""
    for c in body:
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
        if c == "，" and depth == 0:
            clauses.append(cur)
            cur = ""
        else:
            cur += c
    clauses.append(cur)
    return bi, i, end, clauses


def _names(units):
    return [p for p, _ in units]


def _plain_list(clause, units):
    """Whether clause is the units' names parted by 、 exactly (no 等 tail, no 及, no gap)."""
    return bool(units) and clause == "、".join(_names(units))


def _rebuild(blocks, at, clauses):
    bi, i, end, _ = at
    text = blocks[bi][1]
    out = list(blocks)
    out[bi] = (blocks[bi][0], text[:i + 1] + "，".join(clauses) + text[end:])
    return out


# ---------------------------------------------------------------- 办理 closing the unit clause

def banli(n, blocks, m):
    """The bracket's clauses said with 办理 (handle) after the units: `（A牵头，B、C配合）` -> `（A会同B、C办理）`,
    `（A负责）` / `（A牵头）` -> `（A办理）` or, with no support, `（A、B等有关部门办理）` (a third of those); a deadline clause
    after them kept.  P_BANLI_ITEM of the items whose bracket is the first stream's (`L牵头，S配合` / `S参与` / `S协同`, or
    `L负责` / `L牵头`, no 由, no 分别, the supports printed as their names parted by 、).  Truth: docs/forms.md
    inline-verb ("办理 (handle) closes a unit clause as 负责 does where a unit's last character stands right before it
    (`（X会同市有关部门办理）`: X leads, the 会同 units support; `（A、B等有关部门办理）`: A and B lead)"; holdout
    huitongban-unplaced, README batch 90): unchanged, the leads before 会同 or 办理, the supports after 会同.  Returns
    (blocks, drawn)."""
    q = n.q64
    at = _bracket(blocks)
    if at is None or q.random() >= P_BANLI_ITEM:
        return blocks, False
    clauses = at[3]
    first = clauses[0]
    L = "、".join(_names(m["lead"]))
    if first.startswith("由") or "分别" in first:
        return blocks, False
    if m["support"]:
        if len(clauses) < 2 or first != L + "牵头":
            return blocks, False
        second = clauses[1]
        verb = next((v for v in ("配合", "参与", "协同") if second.endswith(v)), None)
        if verb is None or not _plain_list(second[:-len(verb)], m["support"]):
            return blocks, False
        new = [L + "会同" + second[:-len(verb)] + "办理"] + clauses[2:]
    else:
        if first not in (L + "负责", L + "牵头"):
            return blocks, False
        tail = "等有关部门" if q.random() < 0.33 else ""
        new = [L + tail + "办理"] + clauses[1:]
    _mark(n, "banli")
    return _rebuild(blocks, at, new), True


# ---------------------------------------------------------------- 各负其责 after the lead, 共同负责 for two leads

def gefu(n, blocks, m):
    """The supports' clause said with 各负其责 (each answering for its part) after the lead's: `（A牵头，B、C配合）` ->
    `（A牵头，B、C各负其责）`, half the time `（A牵头，B、C及相关部门各负其责）` (a catch-all joined by 及, where the supports
    close with a named unit); and two leads `A、B牵头` printed `A、B共同负责` (with or without supports).  P_GEFU_ITEM of
    the items whose bracket is the first stream's (no 由, no 分别).  Truth: docs/forms.md inline-verb ("各负其责 is a clause
    by duties: after a clause naming the lead or the responsible unit its units support, as `按职责分工负责` does
    (`（X牵头，A、B及相关部门各负其责）`)") and the fixture's reading (holdout sharedduty-unplaced, README batch 90: `及`
    parts two units, 相关部门 a catch-all, `null`; `（A、B共同负责，C配合）`: both lead): the 各负其责 units support, the
    joined 相关部门 one more support; two 共同负责 units lead."""
    q = n.q64
    at = _bracket(blocks)
    if at is None or q.random() >= P_GEFU_ITEM:
        return blocks
    clauses = at[3]
    first = clauses[0]
    L = "、".join(_names(m["lead"]))
    if first.startswith("由") or "分别" in first or first not in (L + "牵头", L + "负责"):
        return blocks
    new = list(clauses)
    changed = False
    if len(m["lead"]) == 2 and q.random() < 0.6:
        new[0] = L + "共同负责"
        changed = True
    if m["support"] and len(clauses) >= 2 and first == L + "牵头":
        second = clauses[1]
        verb = next((v for v in ("配合", "参与", "协同") if second.endswith(v)), None)
        if verb and _plain_list(second[:-len(verb)], m["support"]):
            S = second[:-len(verb)]
            if m["support"][-1][1] is not None and q.random() < 0.5:
                S += "及相关部门"
                m["support"] = list(m["support"]) + [("相关部门", None)]
            new[1] = S + "各负其责"
            changed = True
    if not changed:
        return blocks
    _mark(n, "gefu")
    return _rebuild(blocks, at, new)


# ---------------------------------------------------------------- the same in a prose item's 由 sentence

def _prose(blocks, m):
    """(text before the sentence, opener `由` / `此项工作由`, the sentence's clauses after 由, the deadline clause or '')
    of a prose item printing the first stream's closing sentence, or None."""
    if len(blocks) != 1 or blocks[0][0] != "p" or not blocks[0][1].endswith("。"):
        return None
    text = blocks[0][1][:-1]
    L = "、".join(_names(m["lead"]))
    for opener in ("此项工作由", "由"):
        k = text.rfind(opener + L)
        if k >= 0:
            break
    else:
        return None
    if text[:k].endswith("分别"):
        return None  # session 59's co-leads by 分别: left as printed
    rest = text[k + len(opener):]
    parts, depth, cur = [], 0, ""
    for c in rest:
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
        if c == "，" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += c
    parts.append(cur)
    return text[:k], opener, parts


def _prose_rebuild(before, opener, clauses):
    return [("p", before + opener + "，".join(clauses) + "。")]


def prose_banli(n, blocks, m):
    """A prose item's 由 sentence said with 办理: `由A牵头，B、C配合。` / `由A会同B、C负责落实。` -> `由A会同B、C办理。`, `由A负责。`
    -> `由A办理。` (此项工作由 kept, a deadline clause after kept).  P_BANLI_ITEM of the prose items whose sentence is the
    first stream's.  Truth: docs/forms.md inline-verb (办理 closes a unit clause as 负责 does, `X会同…办理`: X leads, the
    会同 units support) and prose (`由X会同Y、Z等部门负责落实。` — X leads, Y and Z support): unchanged.  Returns
    (blocks, drawn)."""
    q = n.q64
    at = _prose(blocks, m)
    if at is None or q.random() >= P_BANLI_ITEM:
        return blocks, False
    before, opener, clauses = at
    L = "、".join(_names(m["lead"]))
    S = "、".join(_names(m["support"]))
    first = clauses[0]
    if m["support"]:
        if first == L + "会同" + S + "负责落实" and _plain_list(S, m["support"]):
            new = [L + "会同" + S + "办理"] + clauses[1:]
        elif first == L + "牵头" and len(clauses) >= 2 and clauses[1] == S + "配合" and _plain_list(S, m["support"]):
            new = [L + "会同" + S + "办理"] + clauses[2:]
        else:
            return blocks, False
    elif first == L + "负责":
        new = [L + "办理"] + clauses[1:]
    else:
        return blocks, False
    _mark(n, "banli")
    return _prose_rebuild(before, opener, new), True


def prose_gefu(n, blocks, m):
    """A prose item's 由 sentence said with 各负其责 after the lead: `由A牵头，B、C配合。` -> `由A牵头，B、C各负其责。` (half
    the time `B、C及相关部门各负其责`), and two leads `由A、B负责` printed `由A、B共同负责`.  Truth: as gefu's (docs/forms.md
    inline-verb: 各负其责 after a clause naming the lead supports; holdout sharedduty-unplaced)."""
    q = n.q64
    at = _prose(blocks, m)
    if at is None or q.random() >= P_GEFU_ITEM:
        return blocks
    before, opener, clauses = at
    L = "、".join(_names(m["lead"]))
    S = "、".join(_names(m["support"]))
    new = list(clauses)
    if m["support"] and clauses[0] == L + "牵头" and len(clauses) >= 2 and clauses[1] == S + "配合" \
            and _plain_list(S, m["support"]):
        if m["support"][-1][1] is not None and q.random() < 0.5:
            S += "及相关部门"
            m["support"] = list(m["support"]) + [("相关部门", None)]
        new[1] = S + "各负其责"
    elif not m["support"] and len(m["lead"]) == 2 and clauses[0] == L + "负责":
        new[0] = L + "共同负责"
    else:
        return blocks
    _mark(n, "gefu")
    return _prose_rebuild(before, opener, new)


# ---------------------------------------------------------------- a label line naming what the item yields

def yield_line(n, blocks, m):
    """A labelled item's line naming what it is to yield, `工作成果：形成工作方案并组织实施。` (预期成果; `成果形式：工作方案`),
    right under the item's text line (60 %, as lostlabel-haidong prints it) or after its unit lines, before the deadline
    line.  P_YIELD_ITEM of the items whose text line is followed directly by its label lines (one at least tried).
    Truth: tests/fixtures/README.md "An item's label line naming what it yields" (no text of the measure, no unit; kept
    beside it in `extra`): unchanged."""
    q = n.q64
    if q.random() >= P_YIELD_ITEM and getattr(n, "yield64", False):
        return blocks
    if len(blocks) < 2 or not all(k == "p" for k, _ in blocks):
        return blocks
    if not _is_label(blocks[1][1]):
        return blocks  # steps under the item's title (session 60), or another shape: no place for it
    label = q.choice(YIELD_LABELS)
    colon = "：" if q.random() < 0.85 else ":"
    line = ("p", f"{label}{colon}{q.choice(YIELDS[label])}")
    if q.random() < 0.6:
        at = 1
    else:
        at = next((j for j in range(1, len(blocks)) if _deadline_label(blocks[j][1])), len(blocks))
    n.yield64 = True
    _mark(n, "yield")
    return blocks[:at] + [line] + blocks[at:]


_LABEL_HEAD = re.compile(r"^[\u4e00-\u9fff 　]{2,16}[：:｜]")


def _is_label(text):
    return bool(_LABEL_HEAD.match(text))


def _deadline_label(text):
    head = re.sub(r"[ 　]", "", text[:16])
    return head.startswith(("完成时限", "完成时间", "时间节点", "进度安排", "完成期限"))


# ---------------------------------------------------------------- a signature date that lost its 日

_SIG_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def date_without_ri(n, head, meta, eligible):
    """The letter's signature date printed without its 日 (`2023年3月15`, `2023年03月15`), as a gazette page's Word copy
    lost it.  Drawn on P_NORI of the HTML pages, no WeChat article, whose letter prints its signature date in digits with
    年, 月 and 日 on its own line (no gazette line, digit date or undated letter of the earlier streams).  Truth:
    docs/forms.md "Numbering and metadata" ("a date that lost its 日 alone (`2021年9月12`: 年 and 月 printed) splits one
    way by its own words and is no number, so it is read right under the issuer's line or anywhere after the recipients
    line"; holdout gazettecells-dingzhou, README batch 92): unchanged, the date the letter's."""
    if _d(n, "nori") >= P_NORI or not eligible or n.letterless or not meta.get("date"):
        return False
    for i, (kind, text) in enumerate(head):
        mm = _SIG_DATE.fullmatch(text)
        if kind == "right" and mm and i > 0 and head[i - 1] == ("right", meta.get("issuer")):
            y, mo, d = (int(x) for x in mm.groups())
            if f"{y:04d}-{mo:02d}-{d:02d}" != meta["date"]:
                return False
            head[i] = (kind, text[:-1])
            _mark(n, "nori")
            return True
    return False


# ---------------------------------------------------------------- a metadata box of `[label] value` fields

SUBJECTS = ["综合政务", "综合政务/政务公开", "国民经济管理、国有资产监管", "城乡建设、环境保护"]


def field_box(n, info=""):
    """The portal's metadata box printed as an ordered list of `[label] value` fields over the page's title (a city
    portal's policy page: `[主题分类] 综合政务` / `[发文机构] <the signing office>` / `[联合发文单位] ` / `[实施日期] ` /
    `[成文日期] <the signature's day, YYYY-MM-DD>` / `[发文字号] <the letter's number, or 〔〕 printed empty where the
    letter prints none>` / `[废止日期] ` / `[发布日期] <the posting day, the information line's>` / `[有效性] ` / `[文件来源] 政府公报 年 第期(总第期)`
    half the time), the empty fields as the portal leaves them.  Drawn on P_FIELDS of the HTML pages, no WeChat article,
    printing no xxgk box, whose letter is signed and dated as the first stream prints it (no digit date, undated or
    gazette letter, no damaged number).  Truth unchanged: the fields say what the letter says (its issuer, its date and
    its number; an empty 〔〕 is no number: holdout leadgroupbox-beijing, README batch 90, whose 〔〕 reads as none), and the
    posting day dates nothing where the letter's signature dates it (docs/forms.md: the document's written date before the
    page's posted one).  Returns the list's lines, or []."""
    meta = getattr(n, "meta62", None)
    if _d(n, "fields") >= P_FIELDS or n.letterless or not meta or getattr(n, "wx49", False):
        return []
    sig = getattr(n, "sign_date", None)
    if sig is None or meta.get("date") != sig.isoformat() or meta.get("issuer") != n.place.office:
        return []
    if any(a.startswith(("digit-date", "b49:undated", "b48:gazette", "b51:", "b44:")) for a in n.axes):
        return []
    num = meta.get("doc_number")
    if num is not None and not num.endswith("号"):
        return []
    q = n.q64
    _mark(n, "fields")
    shown = re.search(r"\d{4}-\d{2}-\d{2}", info or "")
    post = shown.group(0) if shown else (sig + dt.timedelta(days=q.randint(1, 7))).isoformat()
    out = [f"[主题分类] {q.choice(SUBJECTS)}", f"[发文机构] {meta['issuer']}", "[联合发文单位] ", "[实施日期] ",
           f"[成文日期] {meta['date']}", f"[发文字号] {num or '〔〕'}", "[废止日期] ", f"[发布日期] {post}", "[有效性] "]
    if q.random() < 0.5:
        out.append("[文件来源] 政府公报 年 第期(总第期)")
    return out
