"""Session 63 axes (a twenty-fifth stream, `blindsynth-s63:<seed>`): shapes real notices print, with a rule in
tests/fixtures/README.md, docs/forms.md or docs/agencies.md for their truth, that none of the twenty-four earlier
streams drew (docs/blindsynth.md "Session 63 axes").

- a department's own offices together as one catch-all among the supports (`局机关各科室`, `委相关处室`: docs/agencies.md,
  holdout ownoffices-anhui, casinomirror-anhui)
- a level phrase printed over one kind of department (`市、县（市、区）财政部门`, `市级和各县（市、区）教育部门`: one
  catch-all, tests/fixtures/README.md "Kinds of departments under one body word", holdout trportal-huizhou)
- two verb clauses parted by 、 in an item's bracket (`（A牵头、B、C配合）`: docs/forms.md inline-verb, holdout
  ownoffices-anhui)
- the （一） level numbered by the parenthesized ideographs ㈠ … ㈩ (README batch 89, holdout circlednum-bozhou)
- a cover letter naming every item's default support units (`除特别注明的外，各县（市、区）人民政府都是配合单位。`:
  tests/fixtures/README.md "A letter's default support units", holdout defaultsupport-jinhua)
- items whose only unit is the body that reports their figure or follows them up (`（数据提供单位：市统计局）`: no measure,
  tests/fixtures/README.md "A body that only checks or reports", holdout dataonly-alashanyouqi)
- a converter's pinyin residue after traditional characters (`關(guān)`, `會(huì )`, `局(jú)(jú)`: docs/forms.md "Mirror
  copies", holdout residuefarm-wuhan, residuenews-zhoushan)

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re

from . import batch59

P_OFFICES = 0.5         # of a department's own notices (a city bureau's, a province department's)
P_OFFICES_ITEM = 0.3    # of their measures (one at least)
P_LEVELKIND = 0.2       # of a city's or a province's own government notices
P_LEVELKIND_ITEM = 0.3  # of their measures (one at least)
P_VERBSEP = 0.6         # of inline-verb item lists whose items print the form's own bracket
P_VERBSEP_ITEM = 0.6    # of their items printing `A牵头，B配合` / `A牵头，B参与`
P_CIRCLED = 0.25        # of item lists whose sections are labelled （一）, not nested
P_DEFAULT = 0.7         # of a government's labelled and inline-label lists under a letter
P_REPORT = 0.5          # of a government's labelled and inline-label lists whose items print the form's own labels
P_REPORT_ITEM = 0.25    # of their items after the first
P_PINYIN = 0.5          # of traditional copies (HTML, or unwrapped text not in Big5, no stacked noise)
AXES = ["offices", "levelkind", "verbsep", "circled", "default", "report", "pinyin"]

PAREN_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_CN = "一二三四五六七八九十"


def draw(n, seed, key):
    """The twenty-fifth stream and each axis's draw (a number each, drawn whether or not the axis may apply); the
    offices and the level phrases are added here, on the measures, before any form prints them."""
    q = random.Random(f"blindsynth-s63:{seed}")
    n.q63 = q
    n.d63 = {k: q.random() for k in AXES}
    own_offices(n)
    level_kinds(n)


def _d(n, k):
    d = getattr(n, "d63", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b63:" + k not in n.axes:
        n.axes.append("b63:" + k)


def _add_support(n, unit, p_item, no_dup):
    """`unit` closing the supports of P of the measures (one at least) whose lists are joined by no 及 / 和 (session 59)
    and hold no name with `no_dup` in it; returns whether any measure took it."""
    q = n.q63
    cands = [m for m in n.measures if not any(isinstance(u, batch59.Conj) for u in m["lead"] + m["support"])
             and not any(no_dup in u[0] for u in m["lead"] + m["support"])]
    if not cands:
        return False
    picked = [m for m in cands if q.random() < p_item] or [q.choice(cands)]
    for m in picked:
        _before_catchalls(m, unit)
    return True


def _before_catchalls(m, unit):
    """`unit` after a measure's named supports, before the catch-alls closing them (as session 62's committees): a
    count group's run of place words (`9个县、市、区`, session 61) never stands right before a level phrase's level
    words, which would print one run no reader could part."""
    sup = list(m["support"])
    k = len(sup)
    while k and sup[k - 1][1] is None:
        k -= 1
    m["support"] = sup[:k] + [unit] + sup[k:]


# ---------------------------------------------------------------- a department's own offices together

CITY_OFFICES = ["局机关各科室", "局相关科室", "局有关科室", "局机关各股室"]
PROV_OFFICES = ["委机关各处室", "委相关处室", "委有关处室"]


def own_offices(n):
    """A department's own offices together, none named, after a measure's named supports (before its closing
    catch-alls): a city bureau's `局机关各科室`,
    `局相关科室`, `局有关科室`, `局机关各股室`; a province department's `委机关各处室`, `委相关处室`, `委有关处室` (one name a
    notice).  Truth: docs/agencies.md ("So are a department's own offices, none named: 各 before 处室, 科室 or 股室 after
    its body's words (厅机关各处室, 局机关各科室), and 有关/相关 before 处室, 科室, 股室, 处 or 科"; holdout ownoffices-anhui,
    casinomirror-anhui, numhead-chaoyang, batch 87): a catch-all, `null`.  Drawn on P_OFFICES of the notices a city
    bureau or a province department issues (sessions 41 and 42), on P_OFFICES_ITEM of their measures (one at least)."""
    p = n.place
    if _d(n, "offices") >= P_OFFICES or p.issuer != "dept" or not n.measures:
        return
    printed = n.q63.choice(PROV_OFFICES if p.kind == "province" else CITY_OFFICES)
    if _add_support(n, (printed, None), P_OFFICES_ITEM, "处室" if p.kind == "province" else "科室"):
        n.offices63 = printed


# ---------------------------------------------------------------- a level phrase over one kind of department

KINDS = ["财政", "教育", "司法行政主管", "住房城乡建设", "生态环境", "市场监管", "人力资源社会保障", "自然资源主管"]
LEVELS = {"city": ["市、县（市、区）", "市、县（区）", "市级和各县（市、区）"],
          "province": ["省、市、县", "省、市、县（市、区）", "省级和各市、县（市、区）"]}


def level_kinds(n):
    """A level phrase over ONE kind of department, none named, after a measure's named supports (before its closing
    catch-alls): `市、县（市、区）财政部门`,
    `市、县（区）司法行政主管部门`, `市级和各县（市、区）教育部门` (a province's `省、市、县生态环境部门`; one kind a measure).
    Truth: tests/fixtures/README.md "Kinds of departments under one body word" ("So is a level phrase over one body word
    alone (`市级和各县（市、区）宣传部`: the city's and every county's)": ONE unit as printed, `null`) and holdout
    trportal-huizhou (`市、縣（區）司法行政主管部門`, README batch 85).  Drawn on P_LEVELKIND of a city's or a province's own
    government notices, on P_LEVELKIND_ITEM of their measures (one at least)."""
    p = n.place
    if _d(n, "levelkind") >= P_LEVELKIND or p.issuer != "gov" or p.kind not in LEVELS or not n.measures:
        return
    q = n.q63
    level = q.choice(LEVELS[p.kind])
    cands = [m for m in n.measures if not any(isinstance(u, batch59.Conj) for u in m["lead"] + m["support"])]
    if not cands:
        return
    picked = [m for m in cands if q.random() < P_LEVELKIND_ITEM] or [q.choice(cands)]
    for m in picked:
        _before_catchalls(m, (level + q.choice(KINDS) + "部门", None))
    n.levelkind63 = True


def mark(n):
    """The marks of the axes drawn on the measures, added after the form printed the body (as session 62's
    committees)."""
    if getattr(n, "offices63", None):
        _mark(n, "offices")
    if getattr(n, "levelkind63", None):
        _mark(n, "levelkind")


# ---------------------------------------------------------------- which shapes an item list prints

def list_draws(n, form, plain_items, plain_bracket, report_ok):
    """The shapes of this stream an item list prints: a subset of ("verbsep", "report").  plain_items: the items print
    the form's own bracket or label lines (no item shape of streams 7-24 replaced them); report_ok: no rule note, group
    line or other item shape gives the list's items units of another kind."""
    out = []
    if form == "inline-verb" and plain_bracket and _d(n, "verbsep") < P_VERBSEP:
        out.append("verbsep")
    if form in ("labelled", "inline-label") and plain_items and report_ok and n.place.issuer == "gov" \
            and n.place.kind in ("city", "district", "cls", "province") and _d(n, "report") < P_REPORT \
            and len(n.measures) >= 3:
        out.append("report")
    return tuple(out)


# ---------------------------------------------------------------- two verb clauses parted by 、

_VERB_BRACKET = re.compile(r"（((?:[^（），；、由]+、)*[^（），；、由]+)牵头，([^（），；]+?)(配合|参与|参加)([，）])")


def verb_parted(n, blocks, m, shapes):
    """An inline-verb item's bracket whose first clause names the lead and the second the supports, printed with 、
    between them in place of the comma (a province department's brackets: `（厅政策法规处牵头、厅机关各处室配合）`):
    `（市发改委牵头、市财政局、市商务局配合）`, `（区住建局牵头、区应急局参与，年底前完成）`.  P_VERBSEP_ITEM of the items
    whose bracket opens `L牵头，S配合` (or 参与, 参加: no 由, no 分别, no comma inside the supports, no bracket in a name).
    Truth: docs/forms.md inline-verb ("Two verb clauses parted by 、 rather than ， (`（A牵头、B配合）`, a province
    department's brackets) are two clauses: a 、 right after a role verb closes the clause before it, where every piece
    so cut names units by a verb of its own"; holdout ownoffices-anhui, batch 87): unchanged, the lead the 牵头 clause's
    units, the supports the other's."""
    if "verbsep" not in shapes or not blocks or not m["support"] or n.q63.random() >= P_VERBSEP_ITEM:
        return blocks
    k = len(blocks) - 1
    kind, text = blocks[k]
    if kind != "p":
        return blocks
    mm = _VERB_BRACKET.search(text)
    if not mm or "分别" in mm.group(1):
        return blocks
    new = text[:mm.start()] + f"（{mm.group(1)}牵头、{mm.group(2)}{mm.group(3)}{mm.group(4)}" + text[mm.end():]
    _mark(n, "verbsep")
    return blocks[:k] + [("p", new)]


# ---------------------------------------------------------------- ㈠ … ㈩ for the （一） level

def circled(n, eligible):
    """Section labels `（一）` … `（十）` printed with the parenthesized ideographs `㈠` … `㈩` (one character each, a
    document's automatic numbering kept by its copy), followed by an ASCII or an ideographic space half the time (as
    circlednum-bozhou prints its ㈠ items).  Drawn on P_CIRCLED of the item lists whose every
    section label is `（一）`-style, not nested and printing no topic, dash, lead or chapter headings.  Truth: README
    batch 89 ("the parenthesized ideographs ㈠ … ㈩ number the （一） level") and tests/fixtures/README.md `sections`
    (`label` the number as printed with its mark: `㈠`; the title after it as printed, no space): numbers unchanged."""
    if _d(n, "circled") >= P_CIRCLED or not eligible or not n.sections:
        return
    labels = [s["label"] for s in n.sections]
    if not all(lab and re.fullmatch(r"（[一二三四五六七八九十]）", lab) for lab in labels):
        return
    q = n.q63
    gap = q.choice(["", "", " ", "　"])
    for s in n.sections:
        s["label"] = PAREN_IDEOGRAPHS[_CN.index(s["label"][1])] + gap
    n.gap63 = gap
    _mark(n, "circled")


def finish(n):
    """After the body is printed: the ㈠ labels without the space printed after them; the report-only items taken out
    of the measures (no measure) and the sections left with none out of the list."""
    if getattr(n, "gap63", None) is not None:
        for s in n.sections:
            s["label"] = s["label"].strip(" 　")
    if any(m.get("report63") for m in n.measures):
        n.measures = [m for m in n.measures if not m.get("report63")]
        held = {m["section_no"] for m in n.measures}
        n.sections = [s for s in n.sections if s["no"] in held]


# ---------------------------------------------------------------- items naming only the body that reports them

INDICATORS = [
    "城镇新增就业{a}万人以上。", "城镇调查失业率控制在{b}.5%以内。", "居民人均可支配收入增长{b}%左右。",
    "规模以上工业增加值增长{c}%以上。", "社会消费品零售总额增长{c}%左右。", "固定资产投资增长{c}%以上。",
    "常住人口城镇化率提高{a}个百分点。", "一般公共预算收入增长{b}%以上。", "粮食总产量稳定在{d}万吨以上。",
]


def report_items(n, shapes):
    """Which items of the list print only the body that reports their figure or follows them up: P_REPORT_ITEM of the
    items after the first, at least two measures left."""
    if "report" not in shapes:
        return set()
    q = n.q63
    picked = {i for i in range(1, len(n.measures)) if q.random() < P_REPORT_ITEM}
    while len(n.measures) - len(picked) < 2 and picked:
        picked.discard(max(picked))
    n.report63 = bool(picked)
    return picked


def report_item(n, m, lab, form):
    """An indicator item whose only label names the body that reports its figure or follows it up: its text an
    indicator's target (`城镇新增就业3万人以上。`, own words), then `数据提供单位：市统计局` (数据提供部门; the place's
    statistics bureau by its level word) or, a quarter of the time, `督办单位：市政府督查室` (the government's
    inspection office): a line of its own under a labelled item, the item's bracket in an inline-label list.  Truth:
    tests/fixtures/README.md "A body that only checks or reports, as an item's only unit" (such an item names no unit:
    it gives no measure; a section left with none is not listed; holdout dataonly-alashanyouqi): the measure taken out,
    the other items keeping their printed numbers."""
    q = n.q63
    w = n.place.word
    text = q.choice(INDICATORS).format(a=q.randint(2, 9), b=q.randint(3, 7), c=q.randint(5, 9), d=q.randint(20, 90))
    if q.random() < 0.75:
        label, body = q.choice(["数据提供单位", "数据提供单位", "数据提供部门"]), w + "统计局"
    else:
        label, body = "督办单位", w + "政府督查室"
    m["report63"] = True
    _mark(n, "report")
    if form == "labelled":
        return [("p", lab + text), ("p", f"{label}：{body}")]
    return [("p", lab + text + f"（{label}：{body}）")]


# ---------------------------------------------------------------- the letter's default support units

DEFAULT_WORDINGS = [
    "除特别注明的外，{u}都是配合单位。", "除特别注明外，{u}为各项工作的配合单位。", "除另有标明的外，{u}为配合单位。",
    "除已标注的外，{u}均为配合单位。", "{u}为各项工作的配合单位，不再逐项列出。",
]
# words of a place group or a place's body that names some of the letter's lower governments, streets or towns
_MEMBER_WORDS = ("县", "街道", "镇", "乡", "设区市", "市州", "市（州）", "市、州")


def _names_some(n, m, group):
    """Whether measure m names some of the letter's group without naming the group as printed: one of the lower
    governments (`醴陵市人民政府` for `各县市区人民政府`), a street or a town, or a place group printed another way (`属地街道`,
    `9个县（市、区）`, `相关县（市、区）人民政府`, `各县〔市、区〕人民政府`, `各街道`).  A level phrase over a kind of
    department (`市、县（区）财政部门`: the counties' departments, no government) names none of them."""
    lower = {c for _, c in getattr(n.place, "lower", [])}
    for printed, canon in m["lead"] + m["support"]:
        if printed == group or printed.endswith("部门"):
            continue
        if canon is not None and (canon in lower or any(w in printed for w in ("街道", "镇", "乡"))):
            return True
        if canon is None and any(w in printed for w in _MEMBER_WORDS):
            return True
    return False


def default_support(n, head, form):
    """A sentence of the cover letter naming units that support every item unless an item says otherwise, after the
    letter's first sentence: `除特别注明的外，各县（市、区）人民政府都是配合单位。` (为各项工作的配合单位, 均为配合单位; 注明,
    标明, 标注), a fifth of them the rule with no exception word, `各县（市、区）人民政府为各项工作的配合单位，不再逐项列出。`;
    the units the place's lower governments, streets or towns as its first catch-all names them (`各县市区人民政府`,
    `各街道办事处`, `各镇（街道）`, a province's `各市州人民政府`).  Drawn on P_DEFAULT of a government's labelled and
    inline-label lists under a letter, printing no rule note and no report-only item, where no measure names SOME of
    those units without the group (a lower government by its name, a street, a town, the group printed another way:
    whether such an item is "specially noted" the convention leaves to the reader's sense of "any of them", so the
    generator draws no such notice).  Truth: tests/fixtures/README.md "A letter's default support units" (every
    measure takes the letter's units as support after its own, in the letter's order; a measure naming them itself,
    leading or supporting, is "specially noted" and takes none; holdout defaultsupport-jinhua): as that says."""
    p = n.place
    if _d(n, "default") >= P_DEFAULT or n.letterless or p.issuer != "gov" \
            or p.kind not in ("city", "district", "cls", "province") or form not in ("labelled", "inline-label") \
            or getattr(n, "report63", False) or not n.measures:
        return
    if any(a.startswith(("rule-note", "b46:", "b45:", "b47:", "b48:colon", "b57:zg", "b58:articles", "b62:project",
                         "group-line:labelled", "group-line:inline-label")) for a in n.axes):
        return
    group = p.catchalls[0]
    if any(_names_some(n, m, group) for m in n.measures):
        return
    at = next((i for i, (k, t) in enumerate(head) if k == "indent" and t.startswith("《")), None)
    if at is None:
        return
    q = n.q63
    sentence = q.choice(DEFAULT_WORDINGS).format(u=group)
    text = head[at][1]
    cut = text.index("。") + 1
    head[at] = (head[at][0], text[:cut] + sentence + text[cut:])
    for m in n.measures:
        if group not in {u[0] for u in m["lead"] + m["support"]}:
            m["support"] = list(m["support"]) + [(group, None)]
    _mark(n, "default")


# ---------------------------------------------------------------- a converter's pinyin residue

PINYIN = {
    "關": "guān", "發": "fā", "經": "jīng", "區": "qū", "環": "huán", "執": "zhí", "會": "huì", "號": "hào",
    "縣": "xiàn", "單": "dān", "農": "nóng", "業": "yè", "產": "chǎn", "現": "xiàn", "據": "jù", "貿": "mào",
    "務": "wù", "辦": "bàn", "員": "yuán", "設": "shè", "計": "jì", "財": "cái", "質": "zhì", "資": "zī",
    "導": "dǎo", "鄉": "xiāng", "鎮": "zhèn", "衛": "wèi", "體": "tǐ", "開": "kāi", "門": "mén", "國": "guó",
    "際": "jì", "進": "jìn", "運": "yùn", "實": "shí", "協": "xié", "電": "diàn", "監": "jiān", "報": "bào",
    "屬": "shǔ", "護": "hù", "責": "zé", "負": "fù", "組": "zǔ", "織": "zhī", "統": "tǒng", "規": "guī",
    "預": "yù", "領": "lǐng", "項": "xiàng", "題": "tí", "風": "fēng", "險": "xiǎn", "總": "zǒng", "機": "jī",
    "構": "gòu", "職": "zhí", "聯": "lián", "節": "jié", "營": "yíng", "補": "bǔ", "議": "yì", "評": "píng",
    "識": "shí", "證": "zhèng", "費": "fèi", "貫": "guàn", "轉": "zhuǎn", "輸": "shū", "達": "dá", "連": "lián",
    "選": "xuǎn", "這": "zhè", "鐵": "tiě", "陽": "yáng", "隊": "duì", "陳": "chén", "難": "nán", "館": "guǎn",
    "驗": "yàn", "廳": "tīng", "廣": "guǎng", "參": "cān", "變": "biàn", "園": "yuán", "圖": "tú", "場": "chǎng",
    "處": "chù", "學": "xué", "審": "shěn", "對": "duì", "層": "céng", "應": "yīng", "強": "qiáng", "錄": "lù",
    "擴": "kuò", "擔": "dān", "數": "shù", "時": "shí", "術": "shù", "標": "biāo", "檢": "jiǎn", "濟": "jì",
    "點": "diǎn", "熱": "rè", "愛": "ài", "牽": "qiān", "確": "què", "稅": "shuì", "競": "jìng", "築": "zhù",
    "糧": "liáng", "緊": "jǐn", "級": "jí", "線": "xiàn", "結": "jié", "續": "xù", "維": "wéi", "綜": "zōng",
    "編": "biān", "網": "wǎng", "藥": "yào", "獲": "huò", "視": "shì", "認": "rèn", "記": "jì",
    "論": "lùn", "試": "shì", "話": "huà", "語": "yǔ", "說": "shuō", "請": "qǐng", "讀": "dú", "購": "gòu",
    "車": "chē", "過": "guò", "遠": "yuǎn", "違": "wéi", "郵": "yóu", "鋼": "gāng", "銀": "yín", "問": "wèn",
    "間": "jiān", "聞": "wén", "階": "jiē", "陸": "lù", "靜": "jìng", "順": "shùn", "額": "é", "龍": "lóng",
    "東": "dōng", "專": "zhuān", "嚴": "yán", "豐": "fēng", "臨": "lín", "舉": "jǔ", "優": "yōu", "傳": "chuán",
    "價": "jià", "興": "xīng", "養": "yǎng", "軍": "jūn", "決": "jué", "況": "kuàng", "準": "zhǔn", "減": "jiǎn",
    "創": "chuàng", "動": "dòng", "勞": "láo", "醫": "yī", "華": "huá", "後": "hòu", "啟": "qǐ", "備": "bèi",
    "復": "fù", "婦": "fù", "寧": "níng", "師": "shī", "帶": "dài", "幫": "bāng", "慶": "qìng", "庫": "kù",
    "張": "zhāng", "歸": "guī", "態": "tài", "戰": "zhàn", "戶": "hù", "揚": "yáng", "擬": "nǐ", "換": "huàn",
    "斷": "duàn", "無": "wú", "舊": "jiù", "顯": "xiǎn", "條": "tiáo", "來": "lái", "極": "jí", "樣": "yàng",
    "橋": "qiáo", "樓": "lóu", "氣": "qì", "漢": "hàn", "澤": "zé", "潔": "jié", "溫": "wēn", "灣": "wān",
    "濱": "bīn", "災": "zāi", "煙": "yān", "獨": "dú", "療": "liáo", "禮": "lǐ", "離": "lí", "積": "jī",
    "穩": "wěn", "籌": "chóu", "簡": "jiǎn", "紀": "jì", "約": "yuē", "練": "liàn", "細": "xì", "終": "zhōng",
    "給": "gěi", "績": "jì", "綠": "lǜ", "蘇": "sū", "範": "fàn", "榮": "róng", "覽": "lǎn", "講": "jiǎng",
    "訪": "fǎng", "誠": "chéng", "詢": "xún", "該": "gāi", "誤": "wù", "課": "kè", "談": "tán", "貨": "huò",
    "賽": "sài", "輪": "lún", "較": "jiào", "輔": "fǔ", "轄": "xiá", "邊": "biān", "遷": "qiān", "鄭": "zhèng",
    "錢": "qián", "銷": "xiāo", "隨": "suí", "頁": "yè", "須": "xū", "飛": "fēi", "寶": "bǎo",
}


def pinyin_gloss(n, text, ext, enc, wrapped, noisy):
    """A converter's residue on a traditional mirror: after some converted characters their pinyin reading in ASCII
    brackets, `關(guān)`, `發(fā)`, `區(qū)` (every one of five to nine of the notice's converted characters, each occurrence
    85 % of the time, inside unit names, titles and numbers too: `市發(fā)改委`, `株政辦(bàn)發〔2022〕12號(hào)`), on a
    third of the pages with a space closing the reading inside its bracket (`會(huì )`, one of the rules farm's domains),
    and now and then the same reading twice over (`局(jú)(jú)`-style, `區(qū)(qū)`).  Drawn on P_PINYIN of the traditional
    copies: HTML pages, and text copies neither hard-wrapped (a mirror glosses its own page; a fixed-width wrap is
    another copy's) nor in Big5 (no tone letters there) nor of stacked noise.  Truth unchanged: docs/forms.md "Mirror
    copies" (glosses are removed from the text lines, the cells and the page's own title; holdout residuefarm-wuhan,
    residuenews-zhoushan: "glosses are noise and leave every field, the spaced one too")."""
    if _d(n, "pinyin") >= P_PINYIN or enc == "big5" or noisy or (ext == "txt" and wrapped):
        return text
    q = n.q63
    present = sorted({c for c in text if c in PINYIN})
    if len(present) < 3:
        return text
    chosen = set(q.sample(present, min(len(present), q.randint(5, 9))))
    space = " " if q.random() < 0.33 else ""
    twice = q.random() < 0.2
    out = []
    in_tag = False
    for c in text:
        out.append(c)
        if ext == "html":
            if c == "<":
                in_tag = True
            elif c == ">":
                in_tag = False
        if c in chosen and not in_tag and q.random() < 0.85:
            g = f"({PINYIN[c]}{space})"
            out.append(g + (g if twice and q.random() < 0.3 else ""))
    _mark(n, "pinyin")
    return "".join(out)
