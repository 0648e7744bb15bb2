"""Real places and the bodies every one of them has, as notices print them.

Only names the writer is sure of: prefecture-level cities, their districts and county-level
cities (checked against the administrative divisions the writer knows), and departments that
every city / district of the 2019 template carries.  A printed abbreviation expands by the
fixture convention (tests/fixtures/README.md: 发改委 -> 发展和改革委员会, 发改局 -> 发展和改革局).
"""

# city, its districts, county-level cities under it, a doc-number prefix of the city office,
# a district office, and the catch-all the city prints for its lower governments.
PLACES = [
    dict(city="苏州市", districts=["姑苏区", "吴中区", "相城区", "吴江区"], cls=["常熟市", "昆山市"],
         doc="苏府办", under="各区人民政府"),
    dict(city="株洲市", districts=["芦淞区", "荷塘区", "石峰区", "天元区"], cls=["醴陵市"],
         doc="株政办发", under="各县市区人民政府"),
    dict(city="绵阳市", districts=["涪城区", "游仙区", "安州区"], cls=["江油市"],
         doc="绵府办发", under="各县（市、区）人民政府"),
    dict(city="洛阳市", districts=["西工区", "老城区", "涧西区", "洛龙区"], cls=[],
         doc="洛政办", under="各县（市、区）人民政府"),
    dict(city="潍坊市", districts=["奎文区", "潍城区", "寒亭区", "坊子区"], cls=["青州市", "诸城市"],
         doc="潍政办字", under="各县（市、区）人民政府"),
    dict(city="泉州市", districts=["鲤城区", "丰泽区", "洛江区", "泉港区"], cls=["晋江市", "石狮市"],
         doc="泉政办", under="各县（市、区）人民政府"),
    dict(city="柳州市", districts=["城中区", "鱼峰区", "柳南区", "柳北区"], cls=[],
         doc="柳政办", under="各县（区）人民政府"),
    dict(city="宜昌市", districts=["西陵区", "伍家岗区", "点军区", "猇亭区"], cls=["宜都市", "枝江市"],
         doc="宜府办发", under="各县市区人民政府"),
]

# district names more than one city has (城中区: 柳州 and 西宁): a notice with no letter prints the city
SHARED_NAMES = {"城中区"}

# (printed short body, official body) of a city's departments after the 2018-19 reform.
CITY_DEPTS = [
    ("发改委", "发展和改革委员会"), ("工信局", "工业和信息化局"), ("科技局", "科学技术局"),
    ("财政局", "财政局"), ("教育局", "教育局"), ("公安局", "公安局"), ("民政局", "民政局"),
    ("司法局", "司法局"), ("人社局", "人力资源和社会保障局"), ("生态环境局", "生态环境局"),
    ("住建局", "住房和城乡建设局"), ("交通运输局", "交通运输局"), ("水利局", "水利局"),
    ("农业农村局", "农业农村局"), ("商务局", "商务局"), ("卫健委", "卫生健康委员会"),
    ("应急局", "应急管理局"), ("审计局", "审计局"), ("统计局", "统计局"),
    ("市场监管局", "市场监督管理局"), ("医保局", "医疗保障局"), ("退役军人事务局", "退役军人事务局"),
]
# a district's or county-level city's (its 发改 is a 局, its health body a 局).
LOCAL_DEPTS = [
    ("发改局", "发展和改革局"), ("科技局", "科学技术局"), ("财政局", "财政局"), ("教育局", "教育局"),
    ("民政局", "民政局"), ("司法局", "司法局"), ("人社局", "人力资源和社会保障局"),
    ("住建局", "住房和城乡建设局"), ("交通运输局", "交通运输局"), ("农业农村局", "农业农村局"),
    ("商务局", "商务局"), ("卫健局", "卫生健康局"), ("应急局", "应急管理局"), ("审计局", "审计局"),
    ("统计局", "统计局"), ("医保局", "医疗保障局"),
]


class Place:
    """The notice's jurisdiction: level word (市 / 区), canonical prefix, its units."""

    def __init__(self, rng):
        self.rng = rng
        p = rng.choice(PLACES)
        self.city = p["city"]
        kinds = ["city"] * 3 + ["district"] * 2 + (["cls"] if p["cls"] else [])
        self.kind = rng.choice(kinds)
        if self.kind == "city":
            self.name, self.full, self.word = self.city, self.city, "市"
            self.depts = CITY_DEPTS + ([("税务局", "税务局")] if rng.random() < 0.4 else [])
            self.doc = p["doc"]
            # lower governments, by name (a district under the city, a county-level city alone)
            self.lower = [(d + "人民政府", self.city + d + "人民政府") for d in p["districts"]]
            self.lower += [(c + "人民政府", c + "人民政府") for c in p["cls"]]
            self.catchalls = [p["under"], "市直有关部门", "市直各有关单位"]
            # FORMATS.md "Recipients"/holdout notes (葫芦岛: 各县（市）区人民政府，市政府各部门、各直属单位)
            self.recipients = [
                (p["under"] + "，市政府各部门、各直属机构：", [p["under"], "市政府各部门", "各直属机构"]),
                (p["under"] + "，市直各有关单位：", [p["under"], "市直各有关单位"]),
            ]
            self.gov = "市政府"
        elif self.kind == "district":
            d = rng.choice(p["districts"])
            self.name, self.full, self.word = d, self.city + d, "区"
            self.depts = LOCAL_DEPTS
            self.doc = d[0] + "政办"
            self.lower = []
            self.catchalls = ["各街道办事处", "区直有关部门", "各街道"]
            self.recipients = [
                ("各街道办事处，区政府各部门：", ["各街道办事处", "区政府各部门"]),
                ("各街道办事处，区各有关单位：", ["各街道办事处", "区各有关单位"]),
            ]
            self.gov = "区政府"
        else:
            c = rng.choice(p["cls"])
            self.name, self.full, self.word = c, c, "市"
            self.depts = LOCAL_DEPTS
            self.doc = c[0] + "政办发"
            self.lower = []
            self.catchalls = ["各镇（街道）", "市直有关部门"]
            # README: 各镇人民政府、街道办事处 -> two names
            self.recipients = [
                ("各镇人民政府、街道办事处，市各有关部门：", ["各镇人民政府", "街道办事处", "市各有关部门"]),
            ]
            self.gov = "市政府"
        self.office = self.full + "人民政府办公室"
        # the title block names the office by the place's own short name (姑苏区人民政府办公室)
        self.office_short = self.name + "人民政府办公室"
        self.site = self.full + "人民政府"  # the portal's name (chrome)
        self.src = self.name + "人民政府办公室"  # an info line's 信息来源
        self.issuer, self.signs = "gov", {}
        self.gov_depts, self.gov_lower = self.depts, self.lower

    def unit(self, dept, style):
        """(printed, canonical) for a department in a naming style."""
        if self.issuer == "zone":
            if getattr(self, "zone_short", False):
                from . import levels
                return levels.zone_unit(self, dept)  # 高新区经发局 (session 42)
            return dept[0], self.full + dept[1]  # a zone's own bureau, printed bare (kfqbare-mianyang)
        if style == "mixed":  # one list mixing the styles (holdout notes: 州林草局 beside 州工业和信息化局)
            style = self.rng.choice(["short", "long", "place"])
        printed, canon = self._unit(dept, style)
        sign = self.signs.get(dept[0], "") if style != "bare" and dept[1] != "税务局" else ""
        # a second sign in brackets, keyed as printed, the head's body (README "A second sign in brackets")
        return printed + sign, canon

    def _unit(self, dept, style):
        short, long = dept
        if long == "税务局":
            # a vertical body: the tax system names every city office 国家税务总局<city>税务局
            # (tests/fixtures/README.md "Vertical bodies")
            canon = f"国家税务总局{self.city}税务局"
            return (canon if style == "place" else ("税务局" if style == "bare" else "市税务局")), canon
        canon = self.full + long
        if style == "short":
            return self.word + short, canon
        if style == "long":
            return self.word + long, canon
        if style == "place":
            return self.name + long, canon
        return short, canon  # bare: the issuing government's own bureau

    def units(self, rng, n, style, lower_ok=True):
        """n distinct (printed, canonical) units; sometimes a lower government."""
        picks = rng.sample(self.gov_depts, n)
        if self.issuer != "gov":
            # a zone's or a department's list, drawn from the second stream; the first stream makes
            # the draws it made before these issuers existed (docs/blindsynth.md)
            if style == "mixed":
                for _ in picks:
                    self.rng.choice(["short", "long", "place"])
            if lower_ok and self.gov_lower and rng.random() < 0.15:
                rng.choice(self.gov_lower)
            from . import issuers
            return issuers.units(self, self.xrng, n, style)
        out = [self.unit(d, style) for d in picks]
        if lower_ok and self.lower and rng.random() < 0.15:
            out[-1] = rng.choice(self.lower)
        return out

    def catchall(self, rng):
        return rng.choice(self.catchalls), None
