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


def test_an_attachment_line_naming_a_list_by_its_file():
    # a portal's link prints the list's file name: the suffix ends the list's name, no wrapped line goes on after it
    assert names_attached_list("附件：某區2024年生態環境保護重點任務清單.xls")
    assert names_attached_list("附件：某市2019年重點任務責任分工表.DOCX")
    assert not names_attached_list("附件：某市2019年重點任務.xls")   # no list's name before the suffix
    assert not names_attached_list("附件：.xls")
    assert opens_letter_line("柳州市城中區人民政府辦公室", "附件：城中區2024年生態環境保護重點任務清單.xls", "")


# a copy hard-wrapped at 30 characters whose attachment line, naming the list by its file, stops one short of the
# width, and whose signature stands over a note (（此件公開發布）), not right over its date: the signature is the
# letter's own line (blindsynth seed 27391: it ran into the attachment line, the issuer
# came from the title, 城中區人民政府辦公室, which two cities' districts share, and 16 names lost their city)
FILED = ("城中區人民政府辦公室關于印發城中區2024年生態環境保護重點任務清單的通知\n\n"
         "城政辦【2024】104號\n\n"
         "各街道辦事處，區各有關單位：\n\n"
         "　　《城中區2024年生態環境保護重點任務清單》已經區政府同\n\n"
         "意，現印發給你們，請認真貫徹落實。\n\n"
         "　　1.明確任務，壓實責任。各牽頭單位要緊扣目標任務，細化工\n\n"
         "作舉措，建立推進機制，確保責任逐級落實、壓力層層傳導。\n\n"
         "　　2.統籌協調，合力攻堅。牽頭單位要加強與配合單位的溝通聯\n\n"
         "系，及時協調解決推進中的困難和問題；各配合單位要主動作為、積\n\n"
         "極配合。\n\n"
         "　　附件：城中區2024年生態環境保護重點任務清單.xls\n\n"
         "柳州市城中區人民政府辦公室\n\n"
         "（此件公開發布）\n\n"
         "2024年1月15日\n\n"
         "城中區2024年生態環境保護重點任務清單\n\n"
         "１．完成交通干線提升改造47公里，打通斷頭路47條。\n\n"
         "責任單位：區交通運輸局 區農業農村局\n\n"
         "２．新建改擴建中小學和幼兒園6所，新增學位6000個。\n\n"
         "責任單位：區教育局 區審計局\n")


def test_a_signature_under_an_attachment_line_naming_its_file():
    notice = extract(FILED.encode("utf-8"))
    assert notice.issuer == "柳州市城中區人民政府辦公室"
    assert notice.city == "柳州市城中区"
    assert notice.measures[0].lead[0].canonical == "柳州市城中区交通运输局"
    # without the suffix the line named the list whole already
    plain = extract(FILED.replace("清单.xls", "清单").replace("清單.xls", "清單").encode("utf-8"))
    assert plain.issuer == "柳州市城中區人民政府辦公室"


def test_a_lists_title_under_a_line_that_ended_its_sentence():
    title = "柳州市2020年穩經濟促發展重點工作任務責任分工表"
    assert opens_letter_line(title, "問題限期整改。各牽頭單位要於每月10日前將任務進展情況報送市政府督查室。", "")
    # a wrap's rest: the line over it ended no sentence
    assert not opens_letter_line(title, "各牽頭單位要對照《柳州市2020年穩經濟促發展重點工作任務責任分工表》和", "")
    # a sentence's rest is no list's title, whatever the line over it ends with
    assert not opens_letter_line("推進機制，確保責任逐級落實。", "問題限期整改。各牽頭單位要於每月報送市政府督查室。", "")


# a gazette letter hard-wrapped at 36 characters whose last point fills the width to its full stop, the plan's heading
# right under it (blindsynth seed 6324: the heading ran into the point and the table lost its title)
POINTS = ("柳州市人民政府辦公室\n"
          "關於印發柳州市2020年穩經濟促發展重點工作任務責任分工表的通知\n"
          "柳政辦【2020】53號　二○二○年三月八日\n"
          "各縣（區）人民政府，市直各有關單位：\n"
          "　　《柳州市2020年穩經濟促發展重點工作任務責任分工表》已經市政府同意\n"
          "，現印發給你們，請認真貫徹落實。各牽頭單位要於每季度末將工作進展情況報市\n"
          "政府督查室。\n"
          "　　1.明確任務，壓實責任。各牽頭單位要緊扣目標任務，細化工作舉措，建立\n"
          "推進機制，確保責任逐級落實、壓力層層傳導。\n"
          "　　2.加強督考，狠抓落實。市政府督查室要跟踪督查各項工作進展，對發現的\n"
          "問題限期整改。各牽頭單位要於每月10日前將任務進展情況報送市政府督查室。\n"
          "柳州市2020年穩經濟促發展重點工作任務責任分工表\n"
          "（一）保障和改善民生（1項）\n"
          "１．市生態環境局：指導深化“放管服”改革，政務服務事項網上可辦率達到96\n"
          "%。\n"
          "（二）深化重點領域改革（2項）\n"
          "１．市交通運輸局：負責完善養老服務體系，新建社區養老服務中心18個。\n"
          "２．市司法局：開展大氣污染防治攻堅，PM2.5平均濃度下降6%；指導推進\n"
          "國家衛生城市復審工作，鞏固創建成果。\n")


def test_a_plans_heading_under_a_last_point_that_fills_the_width():
    notice = extract(POINTS.encode("utf-8"))
    assert notice.table_title == "柳州市2020年穩經濟促發展重點工作任務責任分工表"
    assert [m.text[:6] for m in notice.measures] == ["指導深化“放", "負責完善養老", "開展大氣污染"]
