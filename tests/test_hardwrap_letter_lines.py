"""In a hard-wrapped copy a gazette's number-and-date line, the lines under it or under a doc number alone, an
attachment's mark alone and the line under an attachment line naming a list are letter lines of their own, never a
wrapped line's rest (layout/letterlines.opens_letter_line)."""
from extractor.engine.extract import extract
from extractor.layout.letterlines import names_attached_list, opens_letter_line

NUMBER_DATE = "某政辦【2021】35號　二○二一年四月二十五日"


def test_letter_lines_under_a_full_line():
    assert opens_letter_line(NUMBER_DATE, "關於印發某市2021年生態環境保護重點任務清單的通知", "各單位：")
    assert opens_letter_line("各縣（市、區）人民政府，市直各有關單位：", NUMBER_DATE, "")
    assert opens_letter_line("附件", "《某方案》已經市政府同意，現印發給你們，請認真貫徹落實。", "")
    assert opens_letter_line("某市2019年重點任務責任分工表", "附件：某市2019年重點任務責任分工表", "")
    assert not opens_letter_line("實施，確保完成。", "各牽頭單位要切實履行牽頭職責，會同配合單位制定具體推進措", "")


def test_an_attachment_line_naming_a_list():
    assert names_attached_list("附件：某市2019年重點任務責任分工表")
    assert not names_attached_list("附件：某市2019年重點任務")
    assert not names_attached_list("附件")


LETTER = ("關於印發某市2020年穩經濟促發展重點工作任務責任分工表的通知\n"
          "某政辦【2020】53號　二○二○年三月八日\n"
          "各縣（區）人民政府，市直各有關單位：\n"
          "　　《某市2020年穩經濟促發展重點工作任務責任分工表》已經市政府同意，現\n"
          "印發給你們，請認真貫徹落實。\n"
          "某市2020年穩經濟促發展重點工作任務責任分工表\n"
          "１．推進城鄉污水管網建設，新建管網38公里。（牽頭單位：市住建局）\n"
          "２．新建改擴建中小學和幼兒園3所，新增學位3000個。（牽頭單位：市教育局）\n")


def test_a_wrapped_gazette_keeps_its_title_and_number():
    notice = extract(LETTER.encode("utf-8"))
    assert notice.title == "關於印發某市2020年穩經濟促發展重點工作任務責任分工表的通知"
    assert notice.doc_number == "某政辦【2020】53號"
    assert notice.date == "2020-03-08"
