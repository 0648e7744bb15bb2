"""A signature's date printed twice, one line under the other (a law database's copy; session 50's digits-only date
too, ``2025119`` / ``2025119``), signs the letter once: the letter ends past the copy
(``metadata._signature_index``), and a copy run into one line is cut after the second date as after the first
(``letterjoints._past_date_again``).  Blindsynth session 75 causes 2 and 3: before, the second date opened the plan's
name as the table title (``2019年4月24日（此件公开发布）附件常熟市…``, ``2021121蘇州市…``)."""
from extractor import extract

LETTER = """关于印发某市2021年重点任务分工方案的通知
某政办发〔2021〕12号
各县（市、区）人民政府，市政府各部门：
《某市2021年重点任务分工方案》已经市政府同意，现印发给你们，请认真贯彻落实。
附件：某市2021年重点任务分工方案
某市人民政府办公室
{date}
{again}
（此件公开发布）
附件
某市2021年重点任务分工方案
1．建成5G基站900个。（牵头单位：市工信局；配合单位：市住建局）
2．新增城镇就业1万人。（牵头单位：市人社局）
"""
NAME = "某市2021年重点任务分工方案"


def test_a_date_printed_twice_signs_once():
    for date, iso in (("2021年3月5日", "2021-03-05"), ("2021121", None)):
        notice = extract(LETTER.format(date=date, again=date).encode("utf-8"))
        assert notice.table_title == NAME
        if iso:
            assert notice.date == iso
        assert notice.issuer == "某市人民政府办公室"
        assert [m.measure_no for m in notice.measures] == [1, 2]


def test_a_different_line_under_the_date_is_no_copy_of_it():
    # a note of its own under the date stays the note it was; the plan's name is still the table title
    notice = extract(LETTER.format(date="2021年3月5日", again="（联系人：张某）").encode("utf-8"))
    assert notice.table_title == NAME
    assert notice.date == "2021-03-05"


def test_a_one_line_copy_cuts_after_the_date_printed_again():
    for sep in ("", " "):
        line = LETTER.format(date="2021年3月5日", again=sep + "2021年3月5日").replace(f"附件：{NAME}\n", "").replace("\n", "")
        notice = extract(line.encode("utf-8"))
        assert notice.table_title == NAME
        assert notice.date == "2021-03-05"
        assert [m.measure_no for m in notice.measures] == [1, 2]
