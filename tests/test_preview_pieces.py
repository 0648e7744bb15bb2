"""A document site's text preview printed in numbered page pieces (1、 2、 3、 …) that break inside words:
the pieces are one text, their numbers no items (holdout pptpreview-jiaxing, batch 55: before, the pieces'
numbers were read as items and no measure came out right)."""
from extractor.layout.previewpieces import PIECE_MIN_CHARS, join_preview_pieces

from test_outline import parsed
from test_table import parse_text

BODY = ("某市贯彻落实促进民营经济发展若干措施实施方案为落实上级关于促进民营经济发展壮大的决策部署，进一步激发民营经济活力、"
        "提振发展信心，营造公平竞争的市场环境，结合本市实际，制定本实施方案。一、加强民营经济资源要素支持"
        "（一）强化财税政策保障。落实国家延续优化的阶段性税费优惠政策，依规加大减税降费力度，对小微企业和个体工商")
REST = ("户发放小额贷款利息收入免征增值税等政策执行至2027年底。企业研发费用税前加计扣除比例提高到100%，作为长期制度安排实施。"
        "（市税务局、市财政局）（二）加强产业基金支持。发挥政府产业基金的引导作用，带动社会资本投向先进制造业，"
        "争取省级产业基金投向本市项目，支持科技型民营企业发展壮大。（市发展改革委、市财")
LAST = "政局）（三）强化用地保障。优先保障重大产业项目用地。（市自然资源和规划局）"


def test_pieces_breaking_inside_words_are_one_text():
    assert len(BODY) >= PIECE_MIN_CHARS and len(REST) >= PIECE_MIN_CHARS
    lines = ["某文档.docx", f"1、{BODY}", f"2、{REST}", f"3、{LAST}", "下载文档"]
    assert join_preview_pieces(lines) == ["某文档.docx", BODY + REST + LAST, "下载文档"]


def test_the_joined_preview_reads_its_items():
    result = parsed([f"1、{BODY}", f"2、{REST}", f"3、{LAST}"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [
        (1, ("市税务局、市财政局",)), (2, ("市发展改革委、市财政局",)), (3, ("市自然资源和规划局",))]


def test_items_numbered_so_that_end_their_sentences_stay_items():
    items = [f"{n}、{'推进重点项目建设，完成年度投资任务，' * 8}确保按期竣工。（市发展改革委负责）" for n in (1, 2, 3)]
    assert join_preview_pieces(items) == items


def test_short_numbered_lines_stay_as_they_are():
    lines = ["1、加强组织领导", "2、强化督查考核", "3、营造良好氛围"]
    assert join_preview_pieces(lines) == lines


def test_pieces_numbered_in_full_width_digits_or_dots_and_spaced_are_one_text():
    """The pieces' numbers in full-width digits or with another item dot, and white space round a piece, as a
    copy of the preview may print them: the same one text."""
    for number in ("{}、", "{}．", "{}﹒", "{}、\u3000"):
        lines = [number.format(n) + piece + "  \t" for n, piece in (("１", BODY), ("２", REST), ("３", LAST))]
        assert join_preview_pieces(lines) == [BODY + REST + LAST]


def test_a_number_alone_on_its_line_opens_the_piece_on_the_next():
    """A PDF's copy prints each piece's number on a line of its own, the piece on the next (holdout
    pptpreview-jiaxing's and piecegap-wuhan's number-own-line pairs): the same one text."""
    lines = ["1、", BODY, "2、", "", REST, "3、", LAST, "下载文档"]
    assert join_preview_pieces(lines) == [BODY + REST + LAST, "下载文档"]


def test_a_chrome_or_information_line_between_two_pieces_is_set_after_them():
    """A portal's print bar or its information line put between two pieces (mid-chrome, info-line-between): the
    pieces are still one text, the line after it (the locate stage drops it there as anywhere)."""
    for between in ("【打印】【关闭】", "来源：某某市人民政府网　编辑：王晓　发布时间：2024-07-01"):
        lines = [f"1、{BODY}", between, f"2、{REST}", f"3、{LAST}"]
        assert join_preview_pieces(lines) == [BODY + REST + LAST, between]


def test_an_items_label_lines_between_numbers_end_the_run():
    """A page's items numbered 1. 2. with label lines under each (holdout projlabels-yecheng): the lines between
    the numbers are no chrome, so the items stay as they are even when each is long and its last label line ends
    inside a word (…2026年9月)."""
    item = "实施设施农业大棚配套建设项目，投资320万元，本次安排资金300万元，新建温室大棚及配套灌溉管网。" * 3
    lines = [f"1.{item}", "项目责任单位：柯克亚乡、农业农村局", "项目实施时间：2026年2月-2026年9月",
             f"2.{item}", "项目责任单位：宗朗乡、民族宗教事务局", "项目实施时间：2026年4月-2026年10月"]
    assert join_preview_pieces(lines) == lines


def test_a_wrapped_preview_is_joined_after_its_wraps():
    """A text copy of the preview wrapped at a fixed width (hard-wrap): the wraps are joined first
    (hardwraps.join_hard_wraps), so each piece is one line again and the run is seen."""
    text = "\n".join(line[k:k + 38] for line in ("某文档.docx", f"1、{BODY}", f"2、{REST}", f"3、{LAST}")
                     for k in range(0, len(line), 38))
    result = parse_text(text)
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [
        (1, ("市税务局、市财政局",)), (2, ("市发展改革委、市财政局",)), (3, ("市自然资源和规划局",))]


def test_a_piece_ending_on_an_opening_bracket_breaks_inside_a_phrase():
    """A page that broke inside a bracket leaves its opener last (``…使用强度（`` / ``2、折百量）…``: holdout
    taskgroup-unplaced, batch 124): the pieces are one text, as when it breaks inside a word; a piece ending its
    sentence stays an item."""
    first = BODY[:-1] + "（"
    assert join_preview_pieces([f"1、{first}", f"2、市财政局）{REST}"]) == [first + "市财政局）" + REST]
    ended = BODY[:-1] + "。"
    assert join_preview_pieces([f"1、{ended}", f"2、{REST}"]) == [f"1、{ended}", f"2、{REST}"]


#: the site's words over the preview, then the pieces run into one line with them (a copy that lost its line breaks)
SITE = "某文档.docx由会员分享，可在线阅读，请在某文库上搜索。"


def test_pieces_run_into_one_line_lose_their_numbers():
    """Run into one line, the pieces' numbers stand mid-line, each right inside a word: they go, the words they cut
    join again (xfail73: the one-line pairs of contactpts-town, pptpreview-jiaxing, piecegap-wuhan)."""
    line = f"{SITE}1、{BODY}2、{REST}3、{LAST}"
    assert join_preview_pieces([line]) == [SITE + BODY + REST + LAST]
    assert [m.lead_cells for m in parsed([SITE + BODY + REST + LAST]).measures] == [
        ("市税务局、市财政局",), ("市发展改革委、市财政局",), ("市自然资源和规划局",)]


def test_a_run_on_list_s_own_numbers_stay():
    """Items run into one line after their sentence's end or their bracket keep their numbers; so does an item whose
    last label's value runs into the next number (``…完成时限：2026年9月2、…``: a labelled item's last line, no page's
    break), and a number inside a word with no piece before it that is long enough."""
    items = "".join(f"{n}、{'推进重点项目建设，完成年度投资任务，' * 8}确保按期竣工。（市发展改革委负责）" for n in (1, 2, 3))
    assert join_preview_pieces([items]) == [items]
    labelled = "".join(f"{n}、{'推进重点项目建设，完成年度投资任务，' * 8}确保按期竣工。责任单位：市发改委完成时限：2026年9月"
                       for n in (1, 2, 3))
    assert join_preview_pieces([labelled]) == [labelled]
    short = f"{SITE}1、{BODY[:100]}2、{REST}3、{LAST}{REST}"
    assert join_preview_pieces([short]) == [short]


def test_the_site_s_prompt_after_a_preview_run_on_is_its_footer():
    """A document site prints a prompt where the part it shows ends (亲，该文档共18页，当前仅展示部分内容… /
    剩余内容需下载后查看, ``[boilerplate] run_on_footer_words``): run on after the last item's bracket it opens the page's
    footer, and the item keeps its row (before, that item was lost)."""
    from extractor.engine.extract import extract
    for prompt in ("亲，该文档共18页，当前仅展示部分内容，下载后可查看全部。下载 | 收藏 | 分享某文库",
                   "剩余内容需下载后查看下载文档到电脑，查找使用更方便10 积分下载 | 加入VIP，免费下载相关资源"):
        line = SITE + BODY + REST + LAST + prompt
        notice = extract(line.encode("utf-8"))
        assert [(m.text, [r.name for r in m.lead]) for m in notice.measures][-1] == (
            "强化用地保障。优先保障重大产业项目用地。", ["市自然资源和规划局"]), prompt
