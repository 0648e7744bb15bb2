"""A line a few display columns short of a screen's wrap counts as cut by it only when what opens the next line would
not have fitted (``wrapwidth._stopped_short``): a copy wrapped at 34 characters whose page lines are exactly 68 columns
is measured in characters (blindsynth session 57 seed 14453, holdout wrapchars-xiling)."""
from extractor.engine.extract import extract
from extractor.parse.hardwraps import join_hard_wraps
from extractor.parse.wrapwidth import _first_piece, find_wrap
from extractor.text import display_width

WIDTH = 34

#: the page's heading and its posting line, left whole: each exactly 68 columns (figures in them)
PAGE = ["某某市某某区人民政府门户网站", "当前位置：首页 > 政务公开 > 区政府办公室文件",
        "某某市某某区人民政府办公室关于印发2022年为民办实事项目责任分工的通知",
        "发布时间：2022-04-11\u3000来源：某某区人民政府办公室\u3000【字体：大 中 小】"]
LETTER = ["某某市某某区人民政府办公室", "关于印发2022年为民办实事项目责任分工的通知", "某府办发〔2022〕9号",
          "各街道办事处，区政府各部门，各有关单位："]
BODY = "《某某区2022年为民办实事项目责任分工》已经区政府常务会议研究同意，现印发给你们，请各牵头单位对照分工细化措施，每月底前将进展报区政府办公室。"
SIGNATURE = ["某某市某某区人民政府办公室", "2022年4月7日", "某某区2022年为民办实事项目责任分工"]
SECTIONS = [("一、办好教育民生实事",
             "新建学校食堂3所，改造“明厨亮灶”设施46处，PM2.5在线监测覆盖全部校园，中小学课后服务参与率达到95%以上。（区教育局牵头，区财政局、区市场监管局配合）"),
            ("二、改善城市人居环境",
             "改造老旧小区21个、背街小巷十五条，推进既有住宅楼加装电梯不少于40部；新增公共停车泊位800个。（区住建局负责，区发改局配合）"),
            ("三、提升养老服务水平",
             "建成社区嵌入式养老服务中心4个，为2000户困难老年人家庭完成适老化改造，“助餐点”覆盖率达到70%。（区民政局牵头，区财政局配合）")]


def _cut(paragraph: str) -> list[str]:
    return [paragraph[k:k + WIDTH] for k in range(0, len(paragraph), WIDTH)]


def _copy() -> list[str]:
    return [*PAGE, *LETTER, *_cut(BODY), *SIGNATURE, *(x for head, text in SECTIONS for x in (head, *_cut(text)))]


def test_page_lines_as_wide_as_the_wrap_in_columns_do_not_make_it_a_screens():
    lines = _copy()
    assert [display_width(line) for line in PAGE[2:]] == [2 * WIDTH, 2 * WIDTH]
    # the body's full lines with figures stop 3 to 10 columns short of 68 where the next character would have fitted
    assert any(2 * WIDTH - 5 <= display_width(line) < 2 * WIDTH and len(line) == WIDTH for line in lines)
    wrap = find_wrap(lines)
    assert wrap is not None and wrap.width == WIDTH and wrap.measure is len
    joined = join_hard_wraps(lines)
    for head, text in SECTIONS:
        assert joined[joined.index(head) + 1] == text


def test_the_headings_stay_sections_over_their_one_paragraph(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("\n".join(_copy()) + "\n", encoding="utf-8")
    notice = extract(str(path))
    assert [s.title for s in notice.sections] == ["办好教育民生实事", "改善城市人居环境", "提升养老服务水平"]
    assert [(m.section_no, m.text[:6]) for m in notice.measures] == [(1, "新建学校食堂"), (2, "改造老旧小区"), (3, "建成社区嵌入")]


def test_a_screens_wrap_still_counts_lines_its_breaker_stopped_short():
    """Firefox's 72 columns: a line stops short where the next line opens with a piece kept whole (a number, a
    character with the mark after it), and such lines still show the wrap."""
    paragraph = ("为进一步优化营商环境，激发市场主体活力，现就有关事项通知如下：各地要在2024年6月底前全面推行"
                 "企业开办一网通办，压缩办理时间至1个工作日以内；同步推进电子营业执照在银行开户、社保登记、公积金缴存等"
                 "场景中的应用，实现企业开办全流程电子化，办理结果当日可查、当日可用。各有关部门要加强协同配合，确保按期完成。")
    lines, line = [], ""
    for piece in _pieces(paragraph):
        if display_width(line + piece) > 72:
            lines, line = lines + [line], piece
        else:
            line += piece
    lines.append(line)
    assert any(display_width(ln) < 71 for ln in lines[:-1])   # a number or a marked character held over
    page = ["某市人民政府办公室关于优化营商环境有关事项的通知", *lines, *lines]
    wrap = find_wrap(page)
    assert wrap is not None and wrap.width == 72 and wrap.measure is not len


def _pieces(text: str) -> list[str]:
    out = []
    while text:
        piece = _first_piece(text)
        out.append(piece)
        text = text[len(piece):]
    return out


def test_first_piece_keeps_numbers_and_marks_with_their_character():
    assert _first_piece("2024年6月底前") == "2024"
    assert _first_piece("府。现将") == "府。"
    assert _first_piece("（经区政府同意）") == "（经"
    assert _first_piece("道））等") == "道））"
    assert _first_piece("PM2.5平均浓度") == "PM2.5"
    assert _first_piece("网上可办") == "网"
