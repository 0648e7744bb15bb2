"""A mirror that copied a district portal's page in traditional characters with pinyin glosses keeps
the portal's footer: its owner label (主辦：…) places a page that names its place nowhere else."""
import pytest

from extractor import extract
from extractor.layout.locate import locate_content
from extractor.layout.siteowner import located_site_owner
from extractor.source.decode import decode_bytes

from conftest import make_raw


def mirror_page(footer: str) -> str:
    """A spam site's copy: its own name beside the title in <title>, no letter, an unplaced 來源,
    a table of the district's units printed 區…, the copied footer."""
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td><td>{lead}</td><td>{sup}</td></tr>" for n, t, lead, sup in (
        ("1", "新建社區(qū)食堂四個(gè)", "區(qū)民政局", "區(qū)財政局"),
        ("2", "改造背街小巷六條", "區(qū)住建局", "區(qū)城管局")))
    return ("<html><head><title>2021年區(qū)民生實事進展_好運資訊</title></head><body>"
            "<div class='nav'><a href='/'>首頁</a></div><h1>2021年區(qū)民生實事進展</h1>"
            "<div class='info'>來源：區(qū)政府辦 2021-07-20 10:11</div><div>瀏覽量：<span>2</span></div>"
            "<table border='1'><tr><td>序號</td><td>工作任務(wù)</td><td>牽頭單位</td><td>配合單位</td></tr>"
            f"{rows}</table><div class='footer'>{footer}</div></body></html>")


def test_a_glossed_traditional_footer_names_the_sites_owner():
    loc = locate_content(decode_bytes(make_raw(
        mirror_page("主辦：洛陽市澗西區(qū)人民政府辦公室&nbsp;&nbsp;豫ICP備00000000號").encode("utf-8"), path="p.html")))
    assert located_site_owner(loc) == "洛陽市澗西區人民政府辦公室"


def test_a_mirror_of_a_district_page_is_placed_by_the_footer_it_copied():
    notice = extract(mirror_page("主辦：洛陽市澗西區(qū)人民政府辦公室&nbsp;&nbsp;豫ICP備00000000號").encode("utf-8"),
                     name="p.html")
    assert notice.city == "洛阳市涧西区"
    assert [m.lead[0].canonical for m in notice.measures] == ["洛阳市涧西区民政局", "洛阳市涧西区住房和城乡建设局"]


@pytest.mark.parametrize("footer", ["主辦單位：本站", "承辦：洛陽市澗西區(qū)人民政府辦公室", "版權所有：好運資訊"])
def test_a_mirrors_footer_naming_no_owner_body_places_nothing(footer):
    notice = extract(mirror_page(footer).encode("utf-8"), name="p.html")
    assert notice.city is None
