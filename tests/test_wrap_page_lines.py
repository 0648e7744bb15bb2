"""A portal's information line left out of a hard wrap's measure where no width shows (hardwraps.join_hard_wraps'
``page_line``, the locate stage's ``infoline.is_info_line``): wrapwhole-jingmen's portal-header pair (session 71)."""
from pathlib import Path

from extractor.engine.extract import extract
from extractor.parse.hardwraps import join_hard_wraps

HOLDOUT = Path(__file__).parent / "fixtures" / "holdout"
PORTAL_HEADER = ("您的位置：首页 » 法规资料库 » 地方法规 »", "作者：资料库　时间：2024-07-01 16:20:34　浏览：9319　来源：资料库")


def test_a_portal_information_line_hides_no_wrap():
    """The copy wrapped at 32 shows it on four lines under its title left whole and its 〖发布时间〗 line; a portal's
    header adds one more long line (作者：… 时间：… 来源：…): before, no wrap was found and unit names stayed cut."""
    text = (HOLDOUT / "wrapwhole-jingmen-2023-18.txt").read_text(encoding="utf-8")
    notice = extract(("\n".join(PORTAL_HEADER) + "\n" + text).encode(), name="jingmen.txt")
    assert [[r.name for r in m.lead] for m in notice.measures] == [
        ["市财政局", "市住房和城乡建设局", "市自然资源和规划局"], ["市交通运输局", "市公安局"], ["市生态环境局", "市水利和湖泊局"]]


def test_without_page_lines_the_measure_is_as_before():
    """The same lines with no line taken for the page's: the long lines hide the wrap, nothing is joined."""
    text = (HOLDOUT / "wrapwhole-jingmen-2023-18.txt").read_text(encoding="utf-8")
    lines = [*PORTAL_HEADER, *text.split("\n")]
    assert join_hard_wraps(lines) == lines
    joined = join_hard_wraps(lines, page_line=lambda t: "来源：" in t)
    assert "1.完成老旧小区改造60个。牵头单位：市财政局、市住房和城乡建设局、市自然资源和规划局。" in joined
