"""Issuers other than a government's office, and second signs in brackets (session 41 axes).

Drawn from `n.xrng` (a second random stream per seed), so a seed that draws none of these prints
the same bytes as before they were added.

- A development zone's committee office issuing for the zone (kfqbare-mianyang: 绵阳高新区管委会办公室 in
  the title, 绵阳高新技术产业开发区管理委员会办公室 signing; the zone's own bureaus printed BARE, each the
  zone's: 经济发展局 -> 绵阳高新技术产业开发区经济发展局, tests/fixtures/README.md "Development zones";
  tailunits-qinzhougang: 经济发展局, 财政局, 规划建设局 bare).  Only national high-tech / economic zones
  of the generator's cities whose official names the writer is sure of; the full name is always printed
  in the signature, so a reader can place the bare bureaus.
- A city department's own notice (chushi-qinghai: a 厅's 办公室 issues, its table names the department's
  own offices 处室, "unresolved"; xxgkplan-xiangyin: a 县住建局's 实施方案; town-sizhoutou: 责任科室 of a
  town, "unresolved"): 株洲市教育局关于印发…, units the bureau's 科室 and 局办公室 ("unresolved": a body's own
  section, README "Public institutions of a national naming": `文化宣传股` unresolved), other city
  departments, and catch-alls 局属各单位 / 各科室 (null, as chushi-qinghai's 各市州自然资源局).
- Second signs (README "A second sign in brackets": 市财政局（市国资委）, 市经信局(市中小企业局),
  区应急管理局(安委办)): keyed as printed, the head's body.
"""

# city -> (zone's short name as titles print it, official name, doc-number prefix)
ZONES = {
    "株洲市": ("株洲高新区", "株洲高新技术产业开发区", "株高管办发"),
    "绵阳市": ("绵阳高新区", "绵阳高新技术产业开发区", "绵高管办发"),
    "洛阳市": ("洛阳高新区", "洛阳高新技术产业开发区", "洛高管办"),
    "潍坊市": ("潍坊高新区", "潍坊高新技术产业开发区", "潍高管办发"),
    "柳州市": ("柳州高新区", "柳州高新技术产业开发区", "柳高管办发"),
    "宜昌市": ("宜昌高新区", "宜昌高新技术产业开发区", "宜高管办发"),
    "泉州市": ("泉州经开区", "泉州经济技术开发区", "泉经管办"),
}
# a zone's own bureaus, printed bare (kfqbare-mianyang, tailunits-qinzhougang)
ZONE_DEPTS = ["经济发展局", "科技创新局", "财政局", "规划建设局", "社会事业局", "投资促进局", "应急管理局"]
ZONE_CATCHALLS = ["各街道办事处", "管委会各部门", "各园区"]

# (department's short name in 市X, official name, doc-number char, its own offices)
DEPTS = [
    ("教育局", "教育局", "教", ["基础教育科", "职业教育科", "计划财务科", "人事科", "政策法规科", "安全稳定科",
                            "局办公室"]),
    ("住建局", "住房和城乡建设局", "建", ["城市建设科", "建筑业管理科", "房地产市场监管科", "村镇建设科",
                                 "计划财务科", "局办公室"]),
    ("交通运输局", "交通运输局", "交", ["综合规划科", "公路管理科", "运输管理科", "安全监督科", "计划财务科",
                                "局办公室"]),
]

# second signs (README's own examples; a district's 应急 as printed there, half-width brackets)
SIGNS_CITY = {"财政局": "（市国资委）", "工信局": "（市中小企业局）", "应急局": "（市安委办）"}
SIGNS_LOCAL = {"应急局": "(安委办)"}

P_ZONE = 0.07      # of notices with a letter in a city with a zone
P_DEPT = 0.07      # of city notices with a letter
P_SIGNS = 0.15     # a notice whose list prints second signs


def draw(n, xrng, letter_possible):
    """Settle the issuer kind and second signs; change the place so units and the letter follow."""
    p = n.place
    p.issuer = "gov"
    p.xrng = xrng
    r = xrng.random()
    if letter_possible and p.kind == "city" and p.city in ZONES and r < P_ZONE:
        zone(p, xrng)
    elif letter_possible and p.kind == "city" and r < P_ZONE + P_DEPT:
        dept(p, xrng)
    p.signs = {}
    if xrng.random() < P_SIGNS and p.issuer != "zone":
        p.signs = SIGNS_CITY if p.word == "市" and p.kind == "city" else SIGNS_LOCAL
    return p.issuer


def zone(p, xrng):
    short, full, doc = ZONES[p.city]
    p.issuer = "zone"
    p.name, p.full, p.word = short, full, ""
    p.zone_depts = [(d, d) for d in ZONE_DEPTS]
    p.depts = p.zone_depts
    p.doc = doc
    p.lower = []
    p.catchalls = ZONE_CATCHALLS
    p.recipients = [("各街道办事处，管委会各部门，各直属单位：", ["各街道办事处", "管委会各部门", "各直属单位"]),
                    ("管委会各部门，各街道办事处：", ["管委会各部门", "各街道办事处"])]
    p.gov = "管委会"
    p.office = full + "管理委员会办公室"
    p.office_short = short + "管委会办公室"
    p.site = full + "管理委员会"
    p.src = p.office_short


def dept(p, xrng):
    short, long, ch, offices = xrng.choice(DEPTS)
    p.issuer = "dept"
    body = p.city + long
    p.dept_name = body
    p.own_offices = [(o, "unresolved") for o in offices]
    p.depts = [d for d in p.depts if d[0] != short]
    p.doc = p.city[0] + ch + "发"
    under = {"各区人民政府": "各区", "各县市区人民政府": "各县市区"}.get(p.catchalls[0], "各县（市、区）")
    p.recipients = [(f"{under}{long}，局机关各科室，局属各单位：", [f"{under}{long}", "局机关各科室", "局属各单位"])]
    p.catchalls = ["局属各单位", "各科室", f"{under}{long}"]
    p.gov = "局党组"
    p.office = p.office_short = body
    p.src = body
    p.site = body
    p.name = body  # the table's title names the bureau (株洲市教育局2023年…)


def units(p, rng, n, style):
    """A zone's list (its bureaus, bare) or a department's: mostly its own offices, now and then
    another city department."""
    if p.issuer == "zone":
        return [p.unit(d, style) for d in rng.sample(p.zone_depts, n)]
    if p.issuer == "town" and getattr(p, "district_street", False):
        from . import realnoise
        return realnoise.street_units(p, n)  # session 44: a street's notice in a district
    if p.issuer == "town":
        from . import levels
        return levels.town_units(p, p.zrng, n, style)
    out = []
    own = rng.sample(p.own_offices, min(n, len(p.own_offices)))
    for i in range(n):
        if i < len(own) and rng.random() < 0.85:
            out.append(own[i])
        else:
            d = rng.choice(p.depts)
            u = p.unit(d, "short")
            if u not in out:
                out.append(u)
    # distinct, at least one
    seen, res = set(), []
    for u in out:
        if u[0] not in seen:
            seen.add(u[0])
            res.append(u)
    return res


def leader_post(p):
    return {"zone": ["主任", "副主任"], "dept": ["局长", "副局长"]}.get(
        p.issuer, ["市长", "副市长"] if p.word == "市" else ["区长", "副区长"])
