"""Session 42 axes of the issuing level (drawn from a fourth stream, `blindsynth-z:<seed>`, so a seed that
draws none of them prints what it printed before).  Truth from README/docs/agencies.md's written
conventions only; where they leave a name open, it is written "unresolved" (docs/blindsynth.md).

- A zone's own units printed with the zone's short name (docs/agencies.md "A zone's own notice" and "A zone
  the list lacks": its bureaus "printed bare or after its short names (经济发展局, 高新区经发局) and the template's
  departments (财政局) carry that name"): `高新区经发局`, `经开区财政局`, `株洲高新区规划建设局` in the zone's own
  notice -> `<official zone name><bureau>`.  Only the bureaus docs/agencies.md names as a zone's (经济发展局
  printed 经发局, 规划建设局, 社会事务局, 招商合作局) and template departments (财政局, 应急局 -> 应急管理局).
  A city bureau's branch in the zone (`市公安局高新区分局`, `自然资源分局`): "unresolved" (tests/fixtures/README.md
  "Development zones", which names both).
- A town's (镇) or a street's (街道) own notice in a county-level city (ledger-tianmuhu, dlsect-zhujiajiao,
  ffsave-beijiao): signed `晋江市陈埭镇人民政府` / `晋江市青阳街道办事处`, title by the short name.  Units: the
  town's own offices printed bare (党政办公室, 经发办 …) are "unresolved" (docs/agencies.md "Towns as the notice's
  place": the extractor reads no town's chain from an issuer, and the holdout's expected files for towns' notices
  keep their offices unresolved); the county-level city's departments printed with 市 or its name (市财政局 ->
  晋江市财政局: the issuer's chain is the county-level city, "乐清市柳市镇人民政府 gives 乐清市"); a station printed
  with the town's name (`陈埭派出所` -> 晋江市公安局陈埭派出所, `陈埭司法所` -> 晋江市司法局陈埭司法所: docs/agencies.md
  "Printed with the town alone (茅坪派出所) the word names the bureau, the notice's own"); catch-alls
  各村（社区）, 镇直各单位 (null).
- A province's notice (duty-henan, leaderlines-liaoning, leadheads-shanxi): 江苏省人民政府办公厅, units 省发展改革委 ->
  江苏省发展和改革委员会, 省财政厅, 省卫生健康委, printed with 省, in full or bare (the issuing government's);
  catch-alls 各设区市人民政府, 省直有关部门, 省直各单位 (null); a city government among the units (苏州市人民政府).
  A third of them a province department's own notice (chushi-qinghai, lawmirror-sichuan): issued and signed by its
  full name (江苏省发展和改革委员会), units its own 处室 ("unresolved", as chushi-qinghai's) and other 省 departments.
"""

from . import places

P_ZONE_SHORT = 0.6   # of a zone's notices: its bureaus printed with the zone's short name
P_BRANCH = 0.5       # of those: a city bureau's branch in the zone among some measures' supports
P_TOWN = 0.35        # of a county-level city's notices with a letter: a town's or a street's
P_PROVINCE = 0.06    # of notices in a city of a province: the province's
P_PROV_DEPT = 0.33   # of the province's: a province department's own notice

# a zone's bureaus docs/agencies.md names (printed, official) and template departments
ZONE_SHORT_DEPTS = [("经发局", "经济发展局"), ("财政局", "财政局"), ("应急局", "应急管理局"),
                    ("规划建设局", "规划建设局"), ("社会事务局", "社会事务局"), ("招商合作局", "招商合作局")]
ZONE_BRANCHES = ["市公安局高新区分局", "自然资源分局", "市生态环境局高新区分局"]
ZONE_BRANCHES_ETDZ = ["市公安局经开区分局", "自然资源分局", "市生态环境局经开区分局"]

# county-level city -> towns and streets (real ones the writer is sure of)
TOWNS = {
    "常熟市": ["梅李镇", "海虞镇", "古里镇", "沙家浜镇", "支塘镇", "虞山街道", "碧溪街道"],
    "昆山市": ["巴城镇", "陆家镇", "花桥镇", "千灯镇", "张浦镇"],  # not 玉山镇: 玉山 is a county too
    "醴陵市": ["浦口镇", "白兔潭镇", "王仙镇", "东富镇", "来龙门街道", "阳三石街道"],
    "青州市": ["弥河镇", "王坟镇", "庙子镇", "邵庄镇", "王府街道", "益都街道"],
    "诸城市": ["枳沟镇", "贾悦镇", "相州镇", "昌城镇", "密州街道", "龙都街道"],
    "晋江市": ["陈埭镇", "池店镇", "安海镇", "磁灶镇", "东石镇", "青阳街道", "梅岭街道"],
    "石狮市": ["灵秀镇", "宝盖镇", "蚶江镇", "祥芝镇", "湖滨街道", "凤里街道"],
    "宜都市": ["红花套镇", "高坝洲镇", "聂家河镇", "枝城镇", "陆城街道"],
    "枝江市": ["董市镇", "白洋镇", "顾家店镇", "七星台镇", "马家店街道"],
}
# a town's own offices of the 2019 reform, as its lists print them (docs/agencies.md town_offices)
TOWN_OFFICES = ["党政办公室", "党政办", "经济发展办公室", "经发办", "社会事务办公室", "综合行政执法队",
                "便民服务中心", "财政所", "应急管理办公室", "退役军人服务站", "综合文化服务站"]
# (station word, the bureau it belongs to) printed after the town's name
TOWN_STATIONS = [("派出所", "公安局"), ("司法所", "司法局")]

# city -> (province, its office's doc prefix, its catch-all of cities, a department's doc prefix)
PROVINCES = {
    "苏州市": ("江苏省", "苏政办发", "各设区市人民政府", "苏发改"),
    "株洲市": ("湖南省", "湘政办发", "各市州人民政府", "湘发改"),
    "绵阳市": ("四川省", "川办发", "各市（州）人民政府", "川发改"),
    "洛阳市": ("河南省", "豫政办", "各省辖市人民政府", "豫发改"),
    "潍坊市": ("山东省", "鲁政办发", "各市人民政府", "鲁发改"),
    "泉州市": ("福建省", "闽政办", "各设区市人民政府", "闽发改"),
    "宜昌市": ("湖北省", "鄂政办发", "各市、州人民政府", "鄂发改"),
}
# (printed after 省 / bare, official) of a province's departments (the 2018 reform's names)
PROV_DEPTS = [
    ("发展改革委", "发展和改革委员会"), ("工业和信息化厅", "工业和信息化厅"), ("教育厅", "教育厅"),
    ("科技厅", "科学技术厅"), ("公安厅", "公安厅"), ("民政厅", "民政厅"), ("司法厅", "司法厅"),
    ("财政厅", "财政厅"), ("人力资源社会保障厅", "人力资源和社会保障厅"), ("自然资源厅", "自然资源厅"),
    ("生态环境厅", "生态环境厅"), ("住房城乡建设厅", "住房和城乡建设厅"), ("交通运输厅", "交通运输厅"),
    ("水利厅", "水利厅"), ("农业农村厅", "农业农村厅"), ("商务厅", "商务厅"), ("卫生健康委", "卫生健康委员会"),
    ("应急厅", "应急管理厅"), ("审计厅", "审计厅"), ("市场监管局", "市场监督管理局"), ("统计局", "统计局"),
    ("医保局", "医疗保障局"),
]
PROV_DEPT_OFFICES = ["办公室", "综合规划处", "固定资产投资处", "产业发展处", "社会发展处", "财政金融处",
                     "政策法规处"]


def draw(n, zrng, letter_possible):
    """Settle the session 42 level axes on the notice's place (after issuers.draw)."""
    p = n.place
    p.zrng = zrng
    p.zone_short = False
    p.branches = []
    r = zrng.random()
    if p.issuer == "zone":
        if r < P_ZONE_SHORT:
            zone_short(p, zrng)
            n.axes.append("zone-short-units" + "+branch" * bool(p.branches))
        return
    if p.issuer != "gov":
        return
    if letter_possible and p.kind == "cls" and p.name in TOWNS and r < P_TOWN:
        town(p, zrng)
        n.axes.append(f"town:{p.town}")
    elif p.city in PROVINCES and r > 1 - P_PROVINCE:
        province(p, zrng, letter_possible)
        n.axes.append("province" + "-dept" * (p.issuer == "dept"))


def zone_short(p, zrng):
    p.zone_short = True
    kind = p.name[-3:]  # 高新区 / 经开区
    p.zone_prefixes = [kind] * 3 + [p.name]
    p.zone_depts = list(ZONE_SHORT_DEPTS)
    p.depts = p.zone_depts
    if zrng.random() < P_BRANCH:
        p.branches = ZONE_BRANCHES if kind == "高新区" else ZONE_BRANCHES_ETDZ


def zone_unit(p, dept):
    """A zone bureau printed after the zone's short name (60 %) or bare."""
    printed, official = dept
    if p.zrng.random() < 0.6:
        return p.zrng.choice(p.zone_prefixes) + printed, p.full + official
    bare = {"经发局": "经济发展局", "应急局": "应急管理局"}.get(printed, printed)
    return bare, p.full + official


def add_branches(n):
    """A branch of a city bureau in the zone among a few measures' supports: "unresolved"."""
    p = n.place
    if not p.branches:
        return
    k = 0
    for m in n.measures:
        if p.zrng.random() < 0.3 or (k == 0 and m is n.measures[-1]):
            m["support"].insert(0, (p.zrng.choice(p.branches), "unresolved"))
            k += 1


def town(p, zrng):
    t = zrng.choice(TOWNS[p.name])
    street = t.endswith("街道")
    cls = p.name
    p.issuer = "town"
    p.town = t
    p.town_short = t[:-2] if street else t[:-1]
    p.street = street
    p.cls = cls
    p.office = cls + t + ("办事处" if street else "人民政府")
    p.office_short = t + ("办事处" if street else "人民政府")
    p.site = p.office
    p.src = p.office_short
    p.name = t  # the table's title opens with the town (陈埭镇2023年…)
    p.full = cls  # departments printed with 市 are the county-level city's
    p.doc = p.town_short[:2] + ("街办发" if street else "政发")
    if street:
        p.recipients = [("各社区居委会，街道各部门：", ["各社区居委会", "街道各部门"]),
                        ("各社区，街道各办（所、站）：", ["各社区", "街道各办（所、站）"])]
        p.catchalls = ["各社区", "街道各部门"]
        p.gov = "街道党工委、办事处"
    else:
        p.recipients = [("各村（社区），镇直各单位：", ["各村（社区）", "镇直各单位"]),
                        ("各村（居）委会，镇直各有关单位：", ["各村（居）委会", "镇直各有关单位"])]
        p.catchalls = ["各村（社区）", "镇直各单位"]
        p.gov = "镇党委、镇政府"
    p.lower = []
    p.signs = {}


def town_units(p, rng, n, style):
    """The town's own offices (mostly), the county-level city's departments and the town's stations."""
    out, seen = [], set()
    offices = rng.sample(TOWN_OFFICES, len(TOWN_OFFICES))
    for i in range(n):
        r = rng.random()
        if r < 0.6:
            u = (offices[i], "unresolved")
        elif r < 0.85:
            d = rng.choice(places.LOCAL_DEPTS)
            printed = rng.choice(["市" + d[0], "市" + d[1], p.cls + d[1]])
            u = (printed, p.cls + d[1])
        else:
            word, bureau = rng.choice(TOWN_STATIONS)
            u = (p.town_short + word, f"{p.cls}{bureau}{p.town_short}{word}")
        if u[0] in seen or any(u[0].startswith(s) or s.startswith(u[0]) for s in seen):
            continue  # 党政办 beside 党政办公室 would be one office twice
        seen.add(u[0])
        out.append(u)
    return out or [(offices[0], "unresolved")]


def province(p, zrng, letter_possible):
    prov, doc, under, dept_doc = PROVINCES[p.city]
    city = p.city
    p.kind = "province"
    p.name = p.full = prov
    p.word = "省"
    p.depts = p.gov_depts = list(PROV_DEPTS)
    p.doc = doc
    p.lower = p.gov_lower = [(city + "人民政府", city + "人民政府")]
    p.catchalls = [under, "省直有关部门", "省直各单位"]
    p.recipients = [(f"{under}，省政府各部门、各直属机构：", [under, "省政府各部门", "各直属机构"]),
                    (f"{under}，省直各单位：", [under, "省直各单位"])]
    p.gov = "省政府"
    p.office = p.office_short = prov + "人民政府办公厅"
    p.site = prov + "人民政府"
    p.src = p.office
    p.signs = {}
    if letter_possible and zrng.random() < P_PROV_DEPT:
        body = prov + "发展和改革委员会"
        p.issuer = "dept"
        p.dept_name = body
        p.own_offices = [(o, "unresolved") for o in PROV_DEPT_OFFICES]
        p.depts = [d for d in p.depts if d[0] != "发展改革委"]
        p.doc = dept_doc
        under_d = under.replace("人民政府", "发展改革委")
        p.recipients = [(f"{under_d}，委机关各处室、委属各单位：", [under_d, "委机关各处室", "委属各单位"])]
        p.catchalls = ["委属各单位", under_d]
        p.gov = "委党组"
        p.office = p.office_short = p.src = p.site = body
        p.name = body


def leader_post(p, default):
    if p.issuer == "town":
        return ["主任", "副主任"] if p.street else ["镇长", "副镇长"]
    if p.kind == "province":
        return ["主任", "副主任"] if p.issuer == "dept" else ["省长", "副省长"]
    return default
