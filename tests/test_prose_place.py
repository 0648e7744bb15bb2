"""A place the page's prose names (tests/fixtures/README.md, session 56): a notice nothing else places is placed
by the one city its prose OUTSIDE its measures names; a city named inside a measure, inside a unit's name, or
beside another city places nothing (proseplace.place_from_prose, asked last by noticeplace.notice_place)."""
from extractor.agencies.proseplace import place_from_prose
from extractor.engine.extract import extract

UNITS = ("市外侨办", "市建设局", "各县市区")
DUTY = "市建设局负责展馆周边道路的整治工作。"


def test_one_city_in_the_requirements_prose_places_the_notice():
    lines = ["（三）" + DUTY, "五、工作要求", "办好这次活动，对吸引客商来株洲投资兴业有重要意义。"]
    assert place_from_prose(UNITS, lines, [DUTY]) == "株洲市"


def test_a_city_named_only_inside_a_measure_places_nothing():
    duty = "在《今日株洲》和株洲政务网开设专栏。"
    assert place_from_prose(UNITS, ["1、" + duty + "责任单位：市委宣传部。"], [duty]) is None


def test_two_cities_named_place_nothing():
    lines = [DUTY, "学习借鉴长沙经验，吸引客商来株洲投资。"]
    assert place_from_prose(UNITS, lines, [DUTY]) is None


def test_a_city_inside_a_unit_name_is_no_prose():
    lines = [DUTY, "配合单位：市财政局、宁波电业局"]
    assert place_from_prose(("市财政局", "宁波电业局"), lines, [DUTY]) is None


def test_units_of_another_level_are_not_placed_by_a_city():
    assert place_from_prose(("县农业局",), ["来株洲投资兴业。"], []) is None


def test_a_fragment_naming_its_city_in_its_prose_resolves_its_city_units():
    page = ("（三）市建设局负责展馆周边道路和绿化的整治工作。\n"
            "（四）市规划局负责参展项目的规划审查和选址论证工作。\n"
            "（五）市交通局负责客商接送车辆的调度和交通疏导工作。\n"
            "五、工作要求\n"
            "本次活动对吸引海内外客商来株洲投资兴业有重要意义，各有关部门要高度重视。\n")
    notice = extract(page.encode("utf-8"))
    assert notice.city == "株洲市"
    assert [r.canonical for m in notice.measures for r in m.lead] == ["株洲市建设局", "株洲市规划局", "株洲市交通局"]


COUNTY_UNITS = ("县交通局", "县住建局", "钟庄街道")
CAPTION = "冠华路两侧多个公交候车亭未张贴公益广告。"


def test_a_county_paper_printed_bare_places_its_county():
    """A county daily's news page (holdout photocap-jianhu, session 57): its masthead and byline print the paper's
    name, the county's short name before 日报; its 县 units are that county's."""
    lines = ["建湖日报数字报", "县开展文明城市创建点位专项督查", "建湖日报数字报 2020-11-05", "图①：" + CAPTION + "责任单位：县交通局。"]
    assert place_from_prose(COUNTY_UNITS, lines, [CAPTION]) == "盐城市建湖县"


def test_a_county_named_otherwise_or_a_paper_quoted_places_nothing():
    # a county's short name as a word of the prose is no paper's (counties are read only so)
    assert place_from_prose(COUNTY_UNITS, ["建湖城区部分创建点位开展专项督查。", CAPTION], [CAPTION]) is None
    # a paper the text cites in 《》 is another's (光明 is also a district's name)
    assert place_from_prose(("区财政局",), ["据《光明日报》报道，各地正在推进。"], []) is None
    # a paper of another level's place (the city's paper over a county's units) places nothing
    assert place_from_prose(COUNTY_UNITS, ["盐城晚报", CAPTION], [CAPTION]) is None


def test_a_municipality_named_in_a_news_lead_places_its_units():
    """A news portal's repost whose lead names the municipality's government as issuing the notice (holdout
    sinalead-tianjin, session 57): a municipality's own units print 市 as a city's do."""
    item = "落实积极的财政政策，加大减税降费力度。"
    lines = ["刚刚，天津市人民政府印发通知，落实国务院《政府工作报告》。", "1。" + item + "（市财政局牵头，年内持续推进）"]
    assert place_from_prose(("市财政局", "市税务局"), lines, [item]) == "天津市"
    # beside a city's name it is one of two places named: nothing
    lines.insert(1, "学习借鉴苏州经验。")
    assert place_from_prose(("市财政局", "市税务局"), lines, [item]) is None


DISTRICT_UNITS = ("区卫生健康局", "区财政局", "区文广旅局")
DISTRICT_DUTY = "推动中医医院高质量发展，"


def test_a_district_named_in_full_in_prose_places_district_units():
    # holdout runon-pengshan (batch 107): 三、组织实施's sentence names 彭山区's leading group
    lines = ["1." + DISTRICT_DUTY + "（责任单位：区卫生健康局、区财政局等）",
             "三、组织实施", "区政府成立由区长任组长的“彭山区推进中医药强区建设工作领导小组”，统筹上述任务。"]
    assert place_from_prose(DISTRICT_UNITS, lines, [DISTRICT_DUTY]) == "眉山市彭山区"


def test_a_district_name_several_cities_hold_places_nothing():
    assert place_from_prose(DISTRICT_UNITS, ["由新华区领导小组统筹上述任务。"], []) is None


def test_two_districts_named_place_nothing():
    assert place_from_prose(DISTRICT_UNITS, ["学习温江区经验，由彭山区领导小组统筹。"], []) is None


def test_a_district_named_only_inside_a_measure_places_nothing():
    duty = "组织彭山区中医药文化节，"
    assert place_from_prose(DISTRICT_UNITS, ["1." + duty + "（责任单位：区文广旅局）"], [duty]) is None


# holdout cutbracket-baodi-2022-1 (batch 128): a district's plan tasks the city bureau's branch in it beside its own 区
# bodies, and its preface names the district in full and the municipality it reports to
BAODI_LINES = ["为巩固我区示范区创建成果，制定本计划。", "完成天津市下达的年度目标任务。",
               "宝坻区示范区建设指标现状及2022年目标详见附表。"]


def test_a_city_bureaus_branch_gives_no_level_beside_a_district_unit():
    units = ("市规划和自然资源局宝坻分局", "区农业农村委")
    assert place_from_prose(units, BAODI_LINES, []) == "天津市宝坻区"


def test_city_units_beside_the_branch_keep_the_city_level():
    # the same prose under a city's units: the branch counts for no level, the 市 units keep theirs
    units = ("市规划和自然资源局宝坻分局", "市生态环境局", "市水务局", "区农业农村委")
    assert place_from_prose(units, BAODI_LINES, []) == "天津市"


def test_branches_alone_still_give_their_level():
    assert place_from_prose(("市规划和自然资源局宝坻分局",), BAODI_LINES, []) == "天津市"


def test_a_short_district_name_is_no_place():
    # 城区 and 郊区 are districts' names and common words alike (PROSE_COUNTY_MIN_CHARS)
    assert place_from_prose(DISTRICT_UNITS, ["城区各街道要统筹上述任务。"], []) is None


# batch 122 (holdout cutclause-liupanshui-2022-1): the measure's own paragraph printed with what its text leaves out
# (its closing bracket, cut by the store) or without what it took in (the heading's sentence run into it) is still
# the measure's: a firm named in the task places nothing
FIRM_TASK = "支持贵州省六盘水双元铝业有限责任公司实施电解槽升级改造，推进焦化行业超低排放改造。"


def test_a_measure_line_with_its_cut_bracket_is_no_prose():
    line = FIRM_TASK + "（市工业和信息化局、市能源局等按职责分工负责，各市〔特区、区〕人民政府"
    text = "重点行业绿色升级工程。" + FIRM_TASK   # the heading taken into the measure's text
    assert place_from_prose(("市工业和信息化局", "市能源局"), ["（一）重点行业绿色升级工程。", line], [text]) is None


def test_a_city_in_prose_beside_such_a_line_still_places():
    line = FIRM_TASK + "（市工业和信息化局、市能源局等按职责分工负责，各市〔特区、区〕人民政府"
    lines = ["结合实际，推动安顺节能降耗工作。", line]
    assert place_from_prose(("市工业和信息化局", "市能源局"), lines, [FIRM_TASK]) == "安顺市"


# batch 130 (holdout semicells-taishan-2021-1): a county-level city's table, cut by the store inside its twelfth task,
# which names the prefecture's data platform; the cut task is the list's next item, a task's words, never prose
CUT_TASK = "12.按照上级考核要求，市直有关部门每年至少更新一次“开放江门”数"


def test_the_next_item_the_store_cut_is_no_prose():
    assert place_from_prose(UNITS, [DUTY, CUT_TASK], [DUTY], next_item=12) is None


def test_a_line_of_another_number_is_still_prose():
    # a requirement part numbered as the measures are but not after them, and a line of no number, still place
    lines = [DUTY, "1.加强组织领导。办好这次活动，对吸引客商来株洲投资兴业有重要意义。"]
    assert place_from_prose(UNITS, lines, [DUTY], next_item=12) == "株洲市"
    # with no numbered measure there is no next item: the numbered line is prose as before
    assert place_from_prose(UNITS, [DUTY, CUT_TASK], [DUTY]) == "江门市"


def test_a_cut_twelfth_row_under_eleven_leaves_the_notice_unplaced():
    rows = "".join(f"{n}.做好第{n}项信息的主动公开工作。 | 市财政局 |\n" for n in range(1, 12))
    notice = extract(("工作任务 | 责任单位 |\n" + rows + CUT_TASK + "\n").encode("utf-8"))
    assert len(notice.measures) == 11 and notice.city is None
