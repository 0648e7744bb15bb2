"""A document site's page names the uploaded file (``某市贯彻落实《某省若干措施》实施方案.docx``) over the preview of
its text, whose heading prints the same words without the name's book marks: the title is the heading as the
document's text prints it (layout/metadata._as_text_prints; holdout pptpreview-jiaxing, batch 55)."""
from extractor import extract
from extractor.layout.metadata import _as_text_prints

FILE = "某市贯彻落实《某省促进民营经济发展若干措施》实施方案"


def test_the_preview_heading_over_the_file_name():
    lines = ["某文库 首页 | 登录", FILE + ".docx", "《" + FILE + ".docx》由会员分享，可在线阅读。",
             "某市贯彻落实某省促进民营经济发展若干措施实施方案为贯彻落实…，制定本方案。"]
    assert _as_text_prints(FILE, lines) == "某市贯彻落实某省促进民营经济发展若干措施实施方案"


def test_a_title_read_from_no_file_name_or_printed_so_by_no_text_stays():
    text_line = "某市贯彻落实某省促进民营经济发展若干措施实施方案为贯彻落实…"
    # the name on no file's line: a letter's title keeps its marks
    assert _as_text_prints(FILE, [FILE, text_line]) == FILE
    # a file's name whose words no later line opens with
    assert _as_text_prints(FILE, [FILE + ".docx", "为贯彻落实…，制定本方案。"]) == FILE
    # the text printed above the file's name is no heading under it
    assert _as_text_prints(FILE, [text_line, FILE + ".pdf"]) == FILE


def test_a_preview_page_is_titled_by_its_heading():
    page = ("某文库 首页 | 登录\n" + FILE + ".docx\n"
            # the preview runs the heading into the preface (its pieces joined)
            "某市贯彻落实某省促进民营经济发展若干措施实施方案为贯彻落实省委决策部署，结合我市实际，制定本方案。\n"
            "一、加强要素支持\n"
            "（一）强化财税保障。落实税费优惠政策。（市税务局、市财政局，列第一位的为牵头单位）\n"
            "（二）强化金融支持。扩大信贷投放。（市金融办、市财政局）\n")
    notice = extract(page.encode("utf-8"))
    assert notice.title == "某市贯彻落实某省促进民营经济发展若干措施实施方案"
