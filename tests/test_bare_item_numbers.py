"""Items whose number is run into their first character with no mark (``1大力发展…``, ``2加快…``: a province
portal's copy of a 2006 plan dropped every item's dot) are numbered items all the same, when at least
``MIN_BARE_NUMBER_RUN`` such lines number 1, 2, 3 … in order (holdout nodotnum-jiangsu, batch 57: before, each
text kept its number)."""
from extractor.parse.textlayer import MIN_BARE_NUMBER_RUN, mark_bare_numbers

from test_outline import parsed, rows


def test_a_run_of_bare_numbers_gets_its_item_dots_back():
    lines = ["一、加快结构调整", "　　1大力发展高新技术产业。", "　　2加快发展服务业。", "二、加强环境保护", "　　3抓好流域治理。"]
    assert mark_bare_numbers(lines) == [
        "一、加快结构调整", "　　1.大力发展高新技术产业。", "　　2.加快发展服务业。", "二、加强环境保护", "　　3.抓好流域治理。"]


def test_too_short_a_run_or_numbers_out_of_order_are_left_alone():
    assert MIN_BARE_NUMBER_RUN == 3
    two = ["1大力发展高新技术产业。", "2加快发展服务业。"]
    assert mark_bare_numbers(two) == two
    unordered = ["1大力发展产业。", "3加快发展服务业。", "2抓好流域治理。"]
    assert mark_bare_numbers(unordered) == unordered


def test_quantities_and_dates_and_marked_items_are_no_bare_numbers():
    lines = ["3个项目开工。", "4月底前完成。", "5项任务落实。", "1.已有标记。", "2.已有标记。", "3.已有标记。"]
    assert mark_bare_numbers(lines) == lines


def test_bare_numbered_items_are_read_with_their_units():
    result = parsed(["一、加快经济结构调整", "1大力发展高新技术产业。（省科技厅、发展改革委）", "2加快发展现代服务业。（省商务厅）",
                     "3推进农业结构调整。（省农林厅）"])
    assert rows(result) == [
        ("一、", 1, "大力发展高新技术产业。", ("省科技厅、发展改革委",), (), "inline-list"),
        ("一、", 2, "加快发展现代服务业。", ("省商务厅",), (), "inline-list"),
        ("一、", 3, "推进农业结构调整。", ("省农林厅",), (), "inline-list"),
    ]


def test_a_run_of_numbers_printed_with_a_stop_for_the_dot_gets_its_dots():
    lines = ["总体要求和主要预期目标", "1。坚持稳中求进。（市政府各部门分别负责）", "2。完成就业目标任务。（市人社局负责）",
             "3。力争物价涨幅在3.5%左右。（市发展改革委负责）"]
    assert mark_bare_numbers(lines) == [
        "总体要求和主要预期目标", "1.坚持稳中求进。（市政府各部门分别负责）", "2.完成就业目标任务。（市人社局负责）",
        "3.力争物价涨幅在3.5%左右。（市发展改革委负责）"]


def test_a_stop_after_a_figure_or_runs_of_two_kinds_start_no_run():
    wrapped = ["全年新增就业达到", "5。同时加强培训。", "6。", "7月底前完成。"]
    assert mark_bare_numbers(wrapped) == wrapped
    mixed = ["1。坚持稳中求进。", "2加快发展服务业。", "3。抓好流域治理。"]
    assert mark_bare_numbers(mixed) == mixed


def test_items_numbered_with_a_stop_are_read_with_their_units():
    result = parsed(["1。坚持稳中求进，圆满收官。（市政府各部门分别负责，年内持续推进）", "2。完成就业目标任务。（市人社局负责，年内完成）",
                     "3。力争物价涨幅在3.5%左右。（市发展改革委负责，年内完成）"])
    assert [(no, text, lead) for _, no, text, lead, _, _ in rows(result)] == [
        (1, "坚持稳中求进，圆满收官。", ("市政府各部门",)), (2, "完成就业目标任务。", ("市人社局",)),
        (3, "力争物价涨幅在3.5%左右。", ("市发展改革委",))]


def test_a_letterless_lists_heading_over_bare_numbered_items_titles_it():
    """The dots are back before the metadata is read: a letterless copy's heading over ``1落實…`` is its title and
    table title, and its place resolves the bare 市 units (blindsynth session 54 cause 1, bs1811: before, no title,
    no place, every name unresolved)."""
    from extractor import extract
    text = ("附件\n株洲市2024年生態環境保護重點任務分工\n"
            "1落實減稅降費政策，全年為市場主體減負41億元以上。（市民政局牽頭，市農業農村局配合，2024年12月30日前完成）\n"
            "2完成59座病險水庫除險加固。（市財政局牽頭，市應急局參與）\n"
            "3新增城鎮就業1600人。（市退役軍人事務局牽頭，市衛健委配合）\n")
    notice = extract(text.encode("big5"))
    assert notice.title == notice.table_title == "株洲市2024年生態環境保護重點任務分工"
    assert [m.measure_no for m in notice.measures] == [1, 2, 3]
    assert notice.measures[1].lead[0].canonical == "株洲市财政局"


def _cut(line: str, width: int) -> list[str]:
    return [line[at:at + width] for at in range(0, len(line), width)]


def test_a_wrapped_line_filling_the_width_goes_on_into_no_stop_numbered_item():
    # a copy printing 。 for its items' dot and wrapped at 16 characters: item 2's last line fills the width, and
    # the joiner (which runs before mark_bare_numbers puts the dots back) took item 3 for its rest (bs4689: item 6
    # read with 6。 in its text under item 5's number)
    from extractor.parse.hardwraps import join_hard_wraps
    items = ["1。完成高标准农田建设六万亩任务。（牵头单位：市农业农村局）", "2。推进老旧小区改造。（牵头部门：市住房和城乡建设局、市财政局）",
             "3。开展安全生产专项整治。（牵头部门：市应急管理局）", "4。落实减税降费政策。（牵头单位：市财政局）"]
    assert len(items[1]) % 16 == 0 and len(items[2]) > 16
    lines = [piece for item in items for piece in _cut(item, 16)]
    assert join_hard_wraps(lines) == items
    # a figure and its stop under a line cut mid-sentence is a wrap's rest: only the next number opens an item
    figure = ["1。全年新增城镇就业五千人，新建", "改扩建中小学校的总数量力争要达到", "5。同时加强职业技能培训。"]
    joined = join_hard_wraps(figure + lines[2:])
    assert joined[0] == "".join(figure) and joined[1] == items[1]
