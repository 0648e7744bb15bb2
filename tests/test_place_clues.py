"""A notice whose letter and first title name no place (2023年县《政府工作报告》…分解表) is placed
by what else it prints: a later table's title and unit names that carry a place the gazetteer
knows, printed without its level word (汉寿高新区管委会: 汉寿 + the 县 its units print).
Never by a place a measure's text merely mentions, and never over the issuer's own place."""
import extractor


def page(first_title: str, second_title: str, rows_one: str, rows_two: str) -> bytes:
    head = "<tr><td>序号</td><td>重点工作</td><td>牵头单位</td><td>责任单位</td><td>完成时限</td></tr>"
    return ("<html><body><div class='content'>"
            f"<p>附件1</p><p>{first_title}</p><table>{head}{rows_one}</table>"
            f"<p>附件2</p><p>{second_title}</p><table>{head}{rows_two}</table>"
            "</div></body></html>").encode()


def row(no: int, task: str, lead: str, support: str) -> str:
    return f"<tr><td>{no}</td><td>{task}</td><td>{lead}</td><td>{support}</td><td>2023年12月底</td></tr>"


ROWS_ONE = (row(1, "新增规模以上工业企业12家。", "县工信局", "县发改局、汉寿高新区管委会")
            + row(2, "新建高标准农田5万亩。", "县农业农村局", "县财政局、各乡镇人民政府"))
ROWS_TWO = (row(1, "推进城区污水管网改造。", "县住建局", "县财政局")
            + row(2, "完成病险水库除险加固8座。", "县水利局", "县财政局"))


def notice_of(first_title: str, second_title: str, rows_one: str = ROWS_ONE):
    return extractor.extract(page(first_title, second_title, rows_one, ROWS_TWO), name="annexes.html")


def units(notice) -> dict[str, str | None]:
    return {a.name: a.canonical for m in notice.measures for a in m.lead + m.support}


def test_the_place_in_a_later_title_and_in_a_unit_name_places_the_notice():
    notice = notice_of("2023年县《政府工作报告》确定的重点工作责任分解表", "2023年市《政府工作报告》涉及汉寿重点事项责任分解表")
    assert notice.city is not None and notice.city.endswith("汉寿县")
    assert units(notice)["县财政局"] == "汉寿县财政局"
    assert units(notice)["县工信局"].startswith("汉寿县")


def test_two_unit_names_carrying_the_place_place_the_notice_without_a_title_naming_it():
    rows = (row(1, "新增规模以上工业企业12家。", "县工信局", "汉寿高新区管委会")
            + row(2, "建成物流园一期。", "县商务局", "汉寿经开区管委会、县财政局"))
    notice = notice_of("2023年县重点工作责任分解表", "2023年县民生实事责任分解表", rows)
    assert notice.city is not None and notice.city.endswith("汉寿县")


def test_a_place_a_measure_merely_mentions_does_not_place_the_notice():
    # the measures name 汉寿 (a road section, a station) and no unit carries it: a mention in a measure is no clue.
    # (A tasked unit named after the place, such as 汉寿高新区管委会, is one since session 57: MIN_OWN_UNIT_CLUES,
    # tests/test_own_unit_clue.py.)
    rows = (row(1, "完成沅江汉寿段堤防加固。", "县水利局", "县发改局")
            + row(2, "建成汉寿站站前广场。", "县住建局", "县财政局"))
    notice = notice_of("2023年县重点工作责任分解表", "2023年县民生实事责任分解表", rows)
    assert notice.city is None


def test_the_issuers_place_is_never_overridden_by_another_place_the_notice_prints():
    notice = notice_of("安乡县2023年《政府工作报告》确定的重点工作责任分解表", "2023年市《政府工作报告》涉及汉寿重点事项责任分解表")
    assert notice.city is not None and notice.city.endswith("安乡县")
    assert units(notice)["县财政局"] == "安乡县财政局"


# --- the titles of documents the notice quotes ----------------------------------------------

def progress_page(progress_one: str, progress_two: str, level: str = "市") -> bytes:
    """A progress table copied alone (no title, letter or site): its units print only their level,
    its progress cells quote the documents issued for the tasks."""
    head = "<tr><td>序号</td><td>目标任务</td><td>牵头单位</td><td>进展情况</td></tr>"
    rows = (f"<tr><td>1</td><td>盘活存量低效用地。</td><td>{level}自然资源局</td><td>{progress_one}</td></tr>"
            f"<tr><td>2</td><td>落实小微企业融资支持政策。</td><td>{level}财政局</td><td>{progress_two}</td></tr>"
            f"<tr><td>3</td><td>推进政务服务一网通办。</td><td>{level}数据资源局</td><td>新增通办事项12项。</td></tr>")
    return f"<html><body><div class='content'><table>{head}{rows}</table></div></body></html>".encode()


def test_the_place_the_quoted_documents_open_with_places_a_notice_printing_it_nowhere_else():
    notice = extractor.extract(progress_page("印发《洛阳市存量低效用地盘活工作方案》，完成摸底。",
                                             "出台《洛阳市2024年小微企业融资支持若干措施》。"), name="p.html")
    assert notice.city == "洛阳市"
    assert units(notice)["市财政局"] == "洛阳市财政局"


def test_quoted_documents_of_another_level_or_too_few_place_nothing():
    # one quoted title is one clue: not enough
    one = progress_page("印发《洛阳市存量低效用地盘活工作方案》。", "已落实。")
    # a county's table quoting its city's documents: the titles name a city, its units a county
    county = progress_page("印发《洛阳市存量低效用地盘活工作方案》。", "出台《洛阳市小微企业融资支持若干措施》。", level="县")
    # the province's documents quoted by a city's table: no place of the units' level
    province = progress_page("落实《河南省存量低效用地盘活办法》。", "落实《河南省小微企业融资支持若干措施》。")
    # two cities' documents, one each: no place named by more than half
    split = progress_page("学习《洛阳市存量低效用地盘活工作方案》。", "借鉴《郑州市小微企业融资支持若干措施》。")
    for page in (one, county, province, split):
        assert extractor.extract(page, name="p.html").city is None


def test_a_leagues_units_printing_its_level_word_place_it_as_a_countys_do():
    """The level words a notice's own units open with are the local ones of places.toml [levels]
    (盟 and 州 beside 县, 区, 市, 旗): a league's notice (盟发改委) names its zones after the league
    without its level word (阿拉善高新区管委会), and they place it."""
    rows = (row(1, "新增规模以上工业企业5家。", "盟工信局", "阿拉善高新区管委会")
            + row(2, "建成物流园一期。", "盟商务局", "阿拉善经济开发区管委会、盟财政局"))
    rows_two = row(1, "推进城区污水管网改造。", "盟住建局", "盟财政局")
    notice = extractor.extract(page("2023年盟重点工作责任分解表", "2023年盟民生实事责任分解表", rows, rows_two),
                               name="annexes.html")
    assert notice.city == "阿拉善盟"
    assert units(notice)["盟财政局"] == "阿拉善盟财政局"
