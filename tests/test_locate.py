"""Stage 3: parsing the page and locating the notice's own content."""
import pytest

from extractor.source.decode import decode_bytes
from extractor.parse.forms import parse_body
from extractor.parse.labels import names_role_by_copula
from extractor.layout.locate import locate_content, parse_html

from conftest import make_raw

TABLE = "<table><tr><td>工作任务</td><td>牵头单位</td></tr><tr><td>1、做事</td><td>市财政局</td></tr></table>"


def test_xhtml_page_with_xml_declaration_in_its_own_encoding():
    page = f'<?xml version="1.0" encoding="gb2312"?>\n<html><body><div class="content">{TABLE}</div></body></html>'
    located = locate_content(decode_bytes(make_raw(page.encode("gbk"))))
    assert [(m.text, m.lead_cells) for m in parse_body(located).measures] == [("做事", ("市财政局",))]


def test_unparseable_for_lxml_falls_back_to_soup():
    root = parse_html("<!-- only a comment -->")
    assert root.tag == "html" and root.text_content() == ""


def test_portal_chrome_and_metadata_box_are_not_content():
    page = ("<html><body><div class='nav'>首页 政务公开</div>"
            "<table><tr><td>索引号：</td><td>1</td><td>发布机构：</td><td>某市人民政府办公室</td></tr></table>"
            f"<div class='content'><p>关于印发分工方案的通知</p>{TABLE}</div>"
            "<div class='related'><p>相关新闻</p><p>关于印发另一方案的通知</p></div></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    text = "\n".join(located.lines)
    assert "首页" not in text and "另一方案" not in text and "索引号" not in text
    assert located.meta["发布机构"] == "某市人民政府办公室" and len(located.tables) == 1


@pytest.mark.parametrize("fixture", ["box-heze-2023-15.txt", "sp-chuzhou-2020-9.txt", "seed-dongguan-2014-75.txt"])
def test_text_table_in_a_pre_block_reads_as_the_text_does(fixtures_dir, tmp_path, fixture):
    """A page that shows the notice as typed, in <pre>: its lines and runs of spaces
    are the table's structure (text-box borders, text-sp columns), so it must give what the
    text gives, not one line with its spacing collapsed."""
    import html as html_lib

    from extractor.engine.extract import extract_file

    text = (fixtures_dir / fixture).read_text(encoding="utf-8")
    page = tmp_path / (fixture.rsplit(".", 1)[0] + ".html")
    page.write_text(f"<html><head><meta charset='utf-8'><title>通知</title></head><body>"
                    f"<div class='content'><pre>{html_lib.escape(text)}</pre></div></body></html>",
                    encoding="utf-8")
    want, got = extract_file(fixtures_dir / fixture), extract_file(page)
    assert len(want.measures) >= 4
    assert [(m.text, m.deadline, [r.name for r in m.lead], [r.name for r in m.support]) for m in got.measures] == \
           [(m.text, m.deadline, [r.name for r in m.lead], [r.name for r in m.support]) for m in want.measures]
    assert (got.doc_number, got.date) == (want.doc_number, want.date)


def test_cjk_count_equals_counting_cjk_re_matches():
    """``cjk_count`` counts by UTF-16 high bytes; it must agree with CJK_RE on
    the range's edges, other planes (𠀀 is two UTF-16 units) and lone surrogates."""
    import random

    from extractor.layout.locate import cjk_count
    from extractor.text import CJK_RE

    alphabet = ["a", " ", "，", "\u4dff", "\u4e00", "中", "\u9fff", "\ua000", "\U00020000", "\ud800", "\udc00",
                "\u4e4e", "\x9f"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert cjk_count(text) == len(CJK_RE.findall(text)), repr(text)
    assert cjk_count("东莞市\U00020000a中") == 4


def test_compact_removes_exactly_the_white_space_the_regex_did():
    """``compact`` uses str.split(); it must drop the same characters as
    re.sub(r"[\\s\\u3000\\xa0]+", "") did, for every code point."""
    import re

    from extractor.text import compact

    every = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    assert compact(every) == re.sub(r"[\s\u3000\xa0]+", "", every)
    assert compact(" 牵头\u3000单位\xa0(\n市发改局)\t") == "牵头单位(市发改局)"


LETTER = ("<p>各县区人民政府，市政府各部门：</p><p>现将方案印发给你们。</p>"
          "<p>某市人民政府办公室</p><p>2021年3月5日</p><p>某市任务分工表</p>")


def test_a_menu_of_links_laid_out_as_a_table_is_chrome():
    # an old portal: the menu is a three-row table of links beside the letter's cell
    menu = ("<table><tr><td><a href='/a'>政务公开</a></td></tr><tr><td><a href='/b'>区府文件</a></td></tr>"
            "<tr><td><a href='/c'>部门文件</a></td></tr></table>")
    page = (f"<html><body><table><tr><td>{menu}</td><td><table><tr><td>关于印发某方案的通知</td></tr>"
            f"<tr><td>{LETTER}{TABLE}</td></tr></table></td></tr></table></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    assert located.lines[0] == "关于印发某方案的通知" and "政务公开" not in "\n".join(located.lines)
    assert len(located.tables) == 1


def test_a_page_laid_out_in_a_table_without_a_table_inside_is_read_as_lines():
    items = "".join(f"<p>{k}．某项工作。（县发改局牵头）</p>" for k in range(1, 6))
    page = ("<html><body><table><tr><td>首页 &gt; 通知公告</td></tr><tr><td><p>某府办〔2020〕3号</p>"
            f"<p>关于印发某方案的通知</p>{items}</td></tr></table></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    assert not located.tables and "1．某项工作。（县发改局牵头）" in located.lines
    assert len(parse_body(located).measures) == 5


def test_a_notice_run_into_one_cell_of_a_short_table_is_read_as_lines():
    # a county portal: the title over empty rows, then the whole notice in one cell with no paragraphs,
    # its pieces parted by single spaces (holdout runpara-haiyan, batch 50)
    items = " ".join(f"{k}.某项重点工作推进落实，统筹各方力量，细化时间节点，年底前完成第{k}批建设任务。 责任单位：县发改局、县财政局"
                     for k in range(1, 9))
    notice = ("各镇人民政府，县政府各部门： 现将某分解印发给你们，请认真贯彻执行。 某县人民政府办公室 2022年4月18日 "
              f"（此件公开发布） 某县重点工作责任分解 一、张某县长牵头重点工作 {items}")
    page = (f"<html><body><table><tr><td>关于印发某县重点工作责任分解的通知</td></tr><tr><td></td><td></td></tr>"
            f"<tr><td>{notice}</td></tr></table></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    assert not located.tables
    assert "各镇人民政府，县政府各部门：" in located.lines and "某县重点工作责任分解" in located.lines
    assert len(parse_body(located).measures) == 8


def test_a_short_task_table_with_long_cells_stays_a_table():
    lines = "".join(f"<p>第{k}段工作内容。</p>" for k in range(6))
    page = ("<html><body><p>关于印发某方案的通知</p><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>"
            f"<tr><td>1</td><td>{lines}</td><td>县发改局</td></tr></table></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    assert len(located.tables) == 1


def test_heading_printed_beside_the_article_block_is_kept():
    # title and doc number in cells above the hinted article cell; a sidebar of
    # other notices is too long to be a heading and stays out
    sidebar = "".join(f"<li>关于印发第{i}号某某工作方案的通知</li>" for i in range(12))
    page = (f"<html><body><div><ul>{sidebar}</ul><table><tr><td>关于印发某方案的通知</td></tr>"
            f"<tr><td>某府办〔2019〕12号</td></tr><tr><td class='zw'>{LETTER}<p>{'请各单位认真抓好落实。' * 60}</p>"
            f"{TABLE}</td></tr></table>"
            "</div></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    assert located.lines[:3] == ("关于印发某方案的通知", "某府办〔2019〕12号", "各县区人民政府，市政府各部门：")
    assert "第1号" not in "\n".join(located.lines)


@pytest.mark.parametrize("line,dropped", [
    ("发布时间：2016-03-14 来源：县政府办 浏览次数：", True),
    ("发布日期:2023-03-21访问次数: 信息来源:某市人民政府办公室", True),
    ("發布時間：2016-03-14 來源：縣政府辦", True),
    ("发布日期：2016-03-14", False),          # one label may be the notice's own date line
    ("来源于群众的意见：要认真研究。", False),
])
def test_the_portal_information_line_is_dropped(line, dropped):
    located = locate_content(decode_bytes(make_raw(f"关于印发某方案的通知\n{line}\n各有关单位：\n".encode("utf-8"),
                                                   path="n.txt")))
    assert (line not in located.lines) == dropped


@pytest.mark.parametrize("footer", ["— — — 2 —", "— 2 —", "- 12 -", "－3－"])
def test_a_page_footer_of_a_pdf_copy_is_dropped(footer):
    text = f"1.某工作，全面停止使\n{footer}\n用一次性纸杯。\n"
    lines = locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))).lines
    assert lines == ("1.某工作，全面停止使", "用一次性纸杯。")


def test_a_law_databases_related_articles_end_the_text():
    """A law database's copy lists related articles and its copyright under the text: the
    list's 【相关文章】 line ends the notice, so the last item does not take them as its rest."""
    items = [f"{n}.建成口袋公园{n}个，改造老旧小区{n}个，新增停车泊位{n}00个。" for n in range(1, 4)]
    text = "\n".join([*items, "完成时限：2025年底前", "【相关文章】", "关于做好政务公开工作的通知",
                      "©某数据库 版权所有"])
    lines = locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))).lines
    assert lines == (*items, "完成时限：2025年底前")


@pytest.mark.parametrize("line", ["2020", "- 2", "— 关于", "1"])
def test_a_number_or_a_dash_alone_is_not_a_page_footer(line):
    lines = locate_content(decode_bytes(make_raw(f"甲\n{line}\n乙\n".encode("utf-8"), path="n.txt"))).lines
    assert line in lines


def test_short_hidden_text_is_dropped_a_hidden_table_is_not():
    """Words a portal hides between a notice's characters (style="display:none") are never
    seen, so never read; a hidden block holding a table (a print copy, a tab a script shows)
    is left to the content choice, not thrown away."""
    hidden = '<span style="DISPLAY: none">本站原创</span>'
    page = (f"<html><body><div class='content'><p>关于印发分工{hidden}方案的通知</p>"
            f"<div style='display:none'>{TABLE}</div></div></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    assert "关于印发分工方案的通知" in located.lines and "本站原创" not in "".join(located.lines)
    assert len(located.tables) == 1


def test_script_style_and_template_text_never_reach_the_box_or_the_lines():
    """A portal writes a box value with a script (document.write) and leaves a template's
    placeholders in an inert <template>: neither is text a reader sees.  The box was read before
    scripts were dropped, so 发布机构 held the script's source (and the issuer came from it)."""
    page = ("<html><head><title>某县人民政府</title><style>p{margin:0}</style></head><body>"
            "<table><tr><td>索引号：</td><td>001-2021-01</td><td>发布机构：</td>"
            "<td><script>var org='县政府办';document.write(org);</script>县政府办</td></tr>"
            "<tr><td>文号：</td><td>某政办〔2021〕3号</td><td>发布日期：</td>"
            "<td><script>document.write('2021-03-01')</script></td></tr></table>"
            "<div class='content'><p>关于印发某县重点工作任务分工方案的通知</p><template><p>{{title}}</p></template>"
            "<style>.x{color:red}</style><p>各乡镇人民政府：</p></div></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    assert located.meta["发布机构"] == "县政府办" and "发布日期" not in located.meta
    assert located.lines == ("关于印发某县重点工作任务分工方案的通知", "各乡镇人民政府：")


def test_reading_a_page_leaves_no_reference_cycle(fixtures_dir):
    """Locating a page's content makes no reference cycle (a closure that calls itself was
    one): its tree is freed when the notice is done with it, not at the garbage collector's
    next pass some twenty pages later (docs/scale.md, session 34)."""
    import gc

    raw = make_raw((fixtures_dir / "seed-dongguan-2014-75.html").read_bytes(), "seed-dongguan-2014-75.html")
    decoded = decode_bytes(raw)
    locate_content(decoded)   # caches and patterns made once: not this page's garbage
    gc.collect()
    gc.disable()
    try:
        located = locate_content(decoded)
        assert located.tables and located.lines
        del located
        assert gc.collect() == 0
    finally:
        gc.enable()


def _chosen_by_every_class_and_id(root):
    """``_choose_content`` as it read each block's class and id, with no look at its attribute names first."""
    from extractor.layout.locate import CONTENT_SHARE, _name_tokens
    from extractor.layout.tree import cjk_count
    from extractor.parse.grid import text_content
    from extractor.text import vocab

    body = root.find("body")
    body = body if body is not None else root
    total = cjk_count(text_content(body)) or 1
    hints = frozenset(vocab()["html"]["content_hints"])
    best, best_len = body, 0
    for el in body.iter("div", "td", "article", "section", "main"):
        if not (el.get("class") or el.get("id")) or hints.isdisjoint(_name_tokens(el)):
            continue
        text = text_content(el)
        if len(text) < CONTENT_SHARE * total:
            continue
        n = cjk_count(text)
        if n >= CONTENT_SHARE * total and (best is body or n < best_len):
            best, best_len = el, n
    return best


def test_the_content_block_is_chosen_as_by_reading_every_blocks_class_and_id(fixtures_dir):
    """``_choose_content`` skips a block with no attribute before asking its class and id:
    the same block is chosen on every HTML page of the fixtures and on cells whose only
    attributes are spans, or an empty class."""
    from extractor.layout.locate import _choose_content

    pages = [p.read_bytes() for p in sorted(fixtures_dir.rglob("*.htm*"))]
    pages.append(("<html><body><table><tr><td rowspan='2'>一</td><td class=''>甲</td>"
                  f"<td class='zw' valign='top'>{'请各单位认真抓好落实。' * 20}</td></tr>"
                  "<tr><td id=''>乙</td><td>丙</td></tr></table></body></html>").encode("utf-8"))
    chosen = 0
    for data in pages:
        root = parse_html(decode_bytes(make_raw(data)).text)
        found = _choose_content(root)
        assert found is _chosen_by_every_class_and_id(root)
        chosen += found.tag != "body"
    assert chosen > 10   # (pages whose content block is a hinted one, not the body)


def _direct_cjk(el):
    from extractor.layout.tree import cjk_count
    from extractor.parse.grid import text_content
    return cjk_count(text_content(el))


def _blocks_counted_beside_their_parent(root):
    """(element, its count by ``_block_cjk`` from its parent's direct count, the direct count)
    for every element under the body whose parent is an element (every block, not only hinted ones)."""
    from extractor.layout.locate import _block_cjk

    out = []
    for el in root.iter():
        parent = el.getparent()
        if not isinstance(el.tag, str) or parent is None:
            continue
        counted = {parent: _direct_cjk(parent)}
        out.append((el, _block_cjk(el, counted, 0.0), _direct_cjk(el)))
    return out


def test_a_block_counted_beside_its_parent_holds_what_its_own_text_holds(fixtures_dir):
    """``_block_cjk`` under a counted parent (the parent's count less ``_cjk_beside``) gives the
    count of the block's own text, on every element of every HTML fixture page and of invented
    pages with comments, processing instructions, tails, entities and text outside the CJK range;
    with a share, None exactly where the block holds fewer."""
    from extractor.layout.locate import _block_cjk

    pages = [decode_bytes(make_raw(p.read_bytes())).text for p in sorted(fixtures_dir.rglob("*.htm*"))]
    pages += [
        "<html><body>前文<!-- 注释里的字 -->中<div class='content'>正文<p>一段<b>加粗</b>尾</p>后<?pi 处理?>尾巴"
        "<!--c-->Ｃ</div>abc尾<span>旁</span>&amp;结&nbsp;束</body></html>",
        "<html><body><div class='article'><h1>标题</h1><div class='content' id='zoom'>"
        f"<p>{'请各单位认真抓好落实。' * 5}</p>{TABLE}</div></div><div class='footer'>主办：某办</div></body></html>",
        "<html><body><div>𠀀𪚥豈ㄅ〇一鿿丂</div><p>䶵</p>\u4e00\u9fff\u4dff\ua000</body></html>",
        "<html><body></body></html>",
    ]
    checked = 0
    for text in pages:
        root = parse_html(text)
        for el, by_parent, direct in _blocks_counted_beside_their_parent(root):
            assert by_parent == direct, (etree_tostring(el), by_parent, direct)
            checked += 1
            parent = el.getparent()
            total = _direct_cjk(parent)
            for share in (direct - 0.5, float(direct), direct + 0.5, 0.6 * total):
                found = _block_cjk(el, {parent: total}, share)
                assert found == (None if direct < share else direct)
    assert checked > 10000


def etree_tostring(el):
    from lxml import etree
    return etree.tostring(el, encoding=str)[:80]


def test_the_content_block_is_chosen_as_by_counting_each_blocks_own_text():
    """Nested hinted blocks (body > article > content), a sidebar beside them, a block holding
    just under and just over the share, and a page with no CJK text: the block chosen is the one
    counting every hinted block's own text chooses (``_chosen_by_every_class_and_id``)."""
    from extractor.layout.locate import _choose_content

    words = "请各单位认真抓好落实。"
    pages = [
        f"<html><body><div class='article'><h1>标题</h1><div class='content'>{words * 6}</div></div></body></html>",
        f"<html><body><div class='content'>{words * 6}</div><div class='side'>{words * 4}</div></body></html>",
        # the inner block holds exactly 60 %, then one character fewer, of the page's CJK characters
        f"<html><body><div class='article'>{'甲' * 40}<div class='content'>{'乙' * 60}</div></div></body></html>",
        f"<html><body><div class='article'>{'甲' * 41}<div class='content'>{'乙' * 59}</div></div></body></html>",
        f"<html><body><div class='main'>{'甲' * 39}<!--{'丙' * 50}--><div class='content'>{'乙' * 61}</div>"
        f"{'丁' * 3}</div><div class='article'><div class='content'>{words}</div></div></body></html>",
        "<html><body><div class='content'>abc</div><div class='article'>def</div></body></html>",
    ]
    for page in pages:
        root = parse_html(page)
        assert _choose_content(root) is _chosen_by_every_class_and_id(root)


LEAD = ("<p>近日，某市人民政府网站发布了本年度重点工作责任分解方案，全市经济社会发展主要目标和重点任务被细化为"
        "一百余项具体工作，逐项明确了牵头单位和责任单位。</p>")
ITEMS = ("<p>一、主要预期目标</p><p>1.地区生产总值增长6%左右。（牵头单位：市发改委；责任单位：市统计局）</p>"
         "<p>2.社会消费品零售总额增长7%。（牵头单位：市商务局）</p>")


def _content_lines(body: str) -> list[str]:
    page = f"<html><body><div class='article'>{body}</div></body></html>"
    return list(locate_content(decode_bytes(make_raw(page.encode("utf-8")))).lines)


def test_a_related_news_box_between_a_leads_paragraph_and_the_notice_is_no_footer():
    """A repost printing a 相关新闻>> box between its news lead and the plan it reposts: the lines under the box
    name units by their labels and nothing over it does, so the box is no footer (holdout dataunit-chengdu, batch 51:
    before, the content ended at the box and no row was read).  The box's line is dropped."""
    lines = _content_lines(LEAD + "<p>相关新闻&gt;&gt;</p><p><a href='/1.html'>某市政府工作报告全文发布</a></p>" + ITEMS)
    assert lines[-1] == "2.社会消费品零售总额增长7%。（牵头单位：市商务局）" and "相关新闻>>" not in lines


@pytest.mark.parametrize("copula", ["为", "是"])
def test_a_related_news_box_over_items_assigning_by_copula_is_no_footer(copula):
    """Items closing with a copula sentence (``A为牵头单位，B为配合单位。``) name their units as label lines do: the box
    over them is no footer either (blindsynth session 54 cause 2, bs2239: before, the content ended at the box)."""
    items = (f"<p>1.新建公园3个。市住建局{copula}牵头单位，市财政局、市自然资源局{copula}配合单位。</p>"
             f"<p>2.社会消费品零售总额增长7%。市商务局{copula}主要责任单位。</p>")
    lines = _content_lines(LEAD + "<p>相关新闻&gt;&gt;</p><p><a href='/1.html'>某市政府工作报告全文发布</a></p>" + items)
    assert lines[-1] == f"2.社会消费品零售总额增长7%。市商务局{copula}主要责任单位。" and "相关新闻>>" not in lines


@pytest.mark.parametrize("rule", ["除另有标明的外，各县（区）人民政府为配合单位。", "除已标注的外，各县（区）人民政府均为配合单位。",
                                  "除特别注明的外，各县（区）人民政府都是配合单位。"])
def test_a_related_news_box_under_a_letters_default_support_rule_is_no_footer(rule):
    """A letter closing with its rule that some units support every item (``除另有标明的外，X为配合单位。``: tests/fixtures/
    README.md "A letter's default support units") names no item's units: the box under it, over labelled items, is
    no footer (blindsynth session 63 cause 8, bs626, bs6771; holdout letterbox-yibin: before, the rule read as an
    item's copula sentence over the box, the box ended the content and every measure was lost)."""
    letter = f"<p>《某市分工方案》已经市政府同意，现印发给你们，请认真贯彻落实。{rule}</p><p>某市人民政府办公室</p>"
    lines = _content_lines(letter + "<p>相关新闻&gt;&gt;</p><p>某市召开重点工作推进会</p>" + ITEMS)
    assert lines[-1] == "2.社会消费品零售总额增长7%。（牵头单位：市商务局）" and "相关新闻>>" not in lines


def test_an_items_copula_sentence_over_a_related_news_box_still_names_units():
    """An item's own copula sentence over the box names units as before (``names_role_by_copula`` takes out only the
    letter's rule), so a box under such items is still the page's footer."""
    assert names_role_by_copula("市民政局为牵头单位，市财政局为配合单位。")
    assert not names_role_by_copula("请认真贯彻落实。除另有标明的外，各县（区）人民政府为配合单位。")
    assert not names_role_by_copula("各县（区）人民政府为各项工作的配合单位，不再逐项列出。")
    assert names_role_by_copula("除另有标明的外，各县（区）人民政府为配合单位。1.新建公园。市住建局为牵头单位。")


def test_a_related_news_footer_under_the_items_still_ends_the_content():
    """The same words under the notice's labelled items are its page's footer, as before."""
    lines = _content_lines(LEAD + ITEMS + "<p>相关新闻&gt;&gt;</p><p>1.另一则新闻（牵头单位：某某）</p>"
                           "<p>2.再一则新闻（牵头单位：某某）</p>")
    assert lines[-1] == "2.社会消费品零售总额增长7%。（牵头单位：市商务局）"


def test_a_related_news_footer_over_no_labelled_items_still_ends_the_content():
    """With one labelled line at most after the box (a related link's title quoting a label), the box is the
    footer: it takes ``TEASER_ITEMS_MIN`` such lines to read the box as standing over the notice."""
    lines = _content_lines(LEAD + "<p>相关新闻&gt;&gt;</p><p>1.地区生产总值增长6%左右。（牵头单位：市发改委）</p>"
                           "<p>某市召开常务会议</p>")
    assert lines[-1].startswith("近日") and len(lines) == 1


@pytest.mark.parametrize("link", ["某市部署2024年重点工作", "某市召开2024年重点工作推进会", "重磅！某市政府工作报告全文发布（建议收藏）"])
def test_a_related_news_boxs_link_goes_with_the_box(link):
    """The box is its stop line and its link: the line right under the stop line is a news item's headline, dropped
    with it, so it neither runs into the plan's title under it nor titles the list (blindsynth session 52 cause 1:
    before, 某区部署2021年重点工作 + 某区2021年…清单 was read as the table title)."""
    title = "<p>某市2024年重点工作任务责任分工表</p>"
    lines = _content_lines(LEAD + f"<p>相关新闻&gt;&gt;</p><p>{link}</p>" + title + ITEMS)
    assert link not in lines and lines[1] == "某市2024年重点工作任务责任分工表"


@pytest.mark.parametrize("under", ["<p>附件</p>", "<p>某市2024年重点工作任务责任分工表</p>", ""])
def test_a_box_printing_no_link_leaves_the_line_under_it(under):
    """A line under the box that is an attachment mark, a title ending as a list's does or the notice's first item
    is the content's, kept: the box printed no link of its own."""
    lines = _content_lines(LEAD + "<p>相关新闻&gt;&gt;</p>" + under + ITEMS)
    first = under[3:-4] if under else "一、主要预期目标"
    assert lines[1] == first


def test_a_table_of_images_only_is_no_table():
    """An e-paper's logo and page-map frames are tables holding images only: no table mark, so the article's last
    label line between them is no heading over a table, nor the page's title (holdout epaperrun-ningbo, batch 58)."""
    frame = '<table><tr><td><img src="logo.jpg" alt=""></td></tr></table>'
    article = ("1.新建城区公园绿地12处。　牵头领导：赵某某　责任单位：市园林局　配合单位：市规划局、市财政局　"
               "2.新增公共停车泊位3000个。　牵头领导：孙某某　责任单位：市交通局　配合单位：市公安局")
    page = f"<html><head><title></title></head><body>{frame}<div><p>{article}</p></div>{frame}</body></html>"
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    assert not located.tables and not any(line.startswith("\x00") for line in located.lines)
    from extractor.layout.metadata import parse_metadata
    meta = parse_metadata(located)
    assert meta.title is None and meta.table_title is None


@pytest.mark.parametrize("rule", ["牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹推进。",
                                  "所列责任单位中，排在第一位的为牵头单位。"])
def test_a_related_news_box_under_a_letters_lead_reading_rule_is_no_footer(rule):
    """A letter stating how a bare 责任单位 list divides (``[conventions] all_lead``, ``first_leads``: 无牵头单位的，责任单位即为
    牵头单位) names no item's units either: the box under it, over labelled items, is no footer (blindsynth session 66
    cause 1, bs280; holdout lonebracket-wuhan-2023-1: before, 即为牵头单位 read as a copula sentence over the box, the box
    ended the content and every measure was lost)."""
    letter = f"<p>《某市分工方案》已经市政府同意，现印发给你们，请认真贯彻落实。{rule}</p><p>某市人民政府办公室</p>"
    lines = _content_lines(letter + "<p>相关新闻</p><p>某市召开重点工作推进会</p>" + ITEMS)
    assert lines[-1] == "2.社会消费品零售总额增长7%。（牵头单位：市商务局）" and "相关新闻" not in lines
    assert not names_role_by_copula(rule)
    assert names_role_by_copula(rule + "1.新建公园。市住建局为牵头单位。")
