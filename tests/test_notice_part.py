"""A page holding part of a notice (tests/fixtures/README.md "A part of a notice"): read as far as it goes, its
measures numbered as printed and its metadata only what it prints, with one warning for review when nothing on the
page names the notice (``engine.extract._part_warning``)."""
from extractor import extract

PAGE_THREE = """（三）市国资办负责组织市属国有企业参加招商活动。（市国资办负责）
（四）做好洽谈会期间的宣传报道工作。（市委外宣办负责）
（五）做好客商邀请和接待工作。（市外侨办负责）
"""

HEADLESS = """各县人民政府，市政府各部门：
现将重点工作责任分解如下，请认真贯彻落实。
2018年1月29日
重点工作责任分解
1.做好甲。（牵头单位：市财政局）
2.做好乙。（牵头单位：市商务局）
"""


def _part_warnings(notice):
    return [w for w in notice.warnings if "prints no title, issuer or doc number" in w]


def test_a_later_page_of_a_split_copy_is_read_and_warned_about():
    notice = extract(PAGE_THREE.encode("utf-8"), name="p.txt")
    assert [m.measure_no for m in notice.measures] == [3, 4, 5]
    assert notice.title is None and notice.issuer is None
    warned = _part_warnings(notice)
    assert len(warned) == 1 and "numbered 3" in warned[0] and "later page" in warned[0]


def test_a_copy_that_lost_its_head_is_warned_about():
    notice = extract(HEADLESS.encode("utf-8"), name="p.txt")
    assert [m.measure_no for m in notice.measures] == [1, 2] and notice.date == "2018-01-29"
    warned = _part_warnings(notice)
    assert len(warned) == 1 and "lost its head" in warned[0]


def test_a_page_naming_its_notice_gives_no_such_warning():
    notice = extract(("关于印发重点工作责任分解的通知\n" + HEADLESS).encode("utf-8"), name="p.txt")
    assert notice.title and notice.measures and not _part_warnings(notice)


def test_a_piece_going_on_from_the_page_before_and_an_item_cut_before_its_units_are_no_measures():
    """The page opens inside the last page's item (no number of its own, mid-bracket) and stops inside an item
    before its units: neither is a measure (its number or its assignment is on another page); the whole items
    between are."""
    page = ("、市财政局配合）\n" + PAGE_THREE + "（六）加快建设招商项目库，完善项目的储备、\n")
    notice = extract(page.encode("utf-8"), name="p.txt")
    assert [(m.measure_no, [r.name for r in m.lead]) for m in notice.measures] == [
        (3, ["市国资办"]), (4, ["市委外宣办"]), (5, ["市外侨办"])]
