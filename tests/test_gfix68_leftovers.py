"""Session 68's fixes for the independent generator's leftovers (docs/blindsynth.md; blind67-causes.md's stream-29 cause 2
and the metadata fields seeds 1-8000 and the kept-back 23201-23600 still read wrong), each a general reading:

- a page opening right after the letter's signature date opens the attachment: its heading is no running head the first
  page's copy witnesses (``running._closes_letter``; cause 2, bs22903 and 28 previews of seeds 1-8000);
- a text copy whose first line (past a bar of links) is the list's heading, with no title line, is titled by it though a
  signature dates it, and so is a one-line copy gluing the site's field line to it (``metadata._heads_page``; cause 2
  over item lists, bs519);
- a signature's date printed as digits that split two ways closes the letter with no recipients line too
  (``issuer.undated_signature_end``; bs4433, bs2227);
- a doc-number field left empty (``文号 :``) is no recipients line (``letterlines._no_recipients_labels``; bs1850,
  bs4066, bs6434, bs23418), and a damaged number in the field is the notice's (``docnumber._field_value``; bs1615,
  bs6496 and four more);
- a contact note under the signature wrapped in its e-mail address is one note (``cover.closes_wrapped_note``,
  ``tabletitle._wrapped_note_end``; bs23318).

Every notice here is written for the test; each fix's cases fail on main eb5fd451's code, the guards beside them (what
stays as it was) pass on both."""
from __future__ import annotations

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.layout.running import drop_running_lines
from extractor.source.decode import decode_bytes

from conftest import make_raw

HEADING = "某市2020年优化营商环境重点任务清单"


def metadata(text: str):
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


ITEMS = ("1.新建社区养老服务中心12个。\n责任单位：某市民政局\n完成时限：2020年12月底前\n"
         "2.完成病险水库除险加固30座。\n责任单位：某市水利局\n完成时限：2020年10月底前\n")

PREVIEW = (f"{HEADING}\n栏目:工作计划发布:2020-01-09浏览:2332下载140次收藏\n确保各项任务按时完成。\n"
           f"附件：{HEADING}\n某市人民政府办公室\n2020年1月9日\n— — — 2 —\n{HEADING}\n" + ITEMS)


# -- a document site's preview opening inside the letter (cause 2)

def test_a_preview_over_an_item_list_is_titled_by_its_heading():
    meta = metadata(PREVIEW)
    assert (meta.title, meta.table_title) == (HEADING, HEADING)
    assert (meta.issuer, meta.date, meta.recipients, meta.doc_number) == ("某市人民政府办公室", "2020-01-09", (), None)


def test_the_heading_after_the_letters_last_page_is_kept():
    lines = PREVIEW.split("\n")
    assert drop_running_lines(lines).count(HEADING) == 2


def test_a_note_under_the_date_still_closes_the_letter():
    lines = PREVIEW.replace("2020年1月9日\n", "2020年1月9日\n（联系人：张三，联系电话：1234567）\n（此件公开发布）\n").split("\n")
    assert drop_running_lines(lines).count(HEADING) == 2


def test_later_pages_printing_the_heading_as_their_head_lose_it():
    lines = (PREVIEW + f"— — — 3 —\n{HEADING}\n3.新增城镇就业8000人。\n责任单位：某市人力资源和社会保障局\n").split("\n")
    kept = drop_running_lines(lines)
    assert kept.count(HEADING) == 2   # the page's heading and the attachment's; page 3's head goes
    assert kept.index("3.新增城镇就业8000人。") == kept.index("— — — 3 —") + 1


def test_guard_a_list_opening_on_the_first_page_loses_its_later_pages_head():
    lines = (f"{HEADING}\n" + ITEMS + f"— — — 2 —\n{HEADING}\n3.新增城镇就业8000人。\n责任单位：某市人力资源和社会保障局\n"
             ).split("\n")
    assert drop_running_lines(lines).count(HEADING) == 1


def test_a_bar_of_links_over_the_heading_is_passed():
    meta = metadata("登录 | 注册 | 无障碍\n" + PREVIEW)
    assert (meta.title, meta.table_title) == (HEADING, HEADING)


def test_a_heading_glued_to_the_sites_field_line_titles_the_copy():
    meta = metadata(PREVIEW.replace(f"{HEADING}\n栏目", f"{HEADING}栏目", 1))
    assert (meta.title, meta.table_title) == (HEADING, HEADING)


def test_guard_a_heading_running_on_into_words_of_its_own_titles_nothing():
    meta = metadata(PREVIEW.replace(f"{HEADING}\n栏目", f"{HEADING}的说明\n栏目", 1))
    assert meta.title is None


def test_guard_a_letter_with_its_own_title_line_keeps_it():
    title = f"某市人民政府办公室关于印发{HEADING}的通知"
    meta = metadata(PREVIEW.replace("确保各项任务按时完成。\n", f"{title}\n各县（市、区）人民政府：\n确保各项任务按时完成。\n"))
    assert meta.title == title


def test_a_digit_date_under_the_signature_closes_a_preview():
    meta = metadata(PREVIEW.replace("2020年1月9日", "2020119"))
    assert (meta.title, meta.table_title, meta.issuer, meta.date) == (HEADING, HEADING, "某市人民政府办公室", None)


# -- a law site's field box (文号 :)

FIELDS = ("关于印发某区2024年生态环境保护重点任务清单的通知\n发文机关:某市某区人民政府办公室\n发布日期:2024年04月03\n"
          "生效日期:2024年04月03\n时效性 :现行有效\n文号 :{number}\n各街道办事处，区政府各部门：\n"
          "《某区2024年生态环境保护重点任务清单》已经区政府同意，现印发给你们，请认真贯彻落实。\n"
          "某市某区人民政府办公室\n2024年4月3日\n某区2024年生态环境保护重点任务清单\n"
          "1.新建污水管网20公里。（区住建局牵头，区财政局配合）\n2.完成造林1000亩。（区林业局牵头）\n")


def test_an_empty_number_field_is_no_recipients_line():
    meta = metadata(FIELDS.format(number=""))
    assert meta.recipients == ("各街道办事处", "区政府各部门")
    assert meta.doc_number is None


def test_a_damaged_number_in_the_field_is_the_notices():
    assert metadata(FIELDS.format(number="某政办〔2024114")).doc_number == "某政办〔2024114"


def test_guard_a_whole_number_in_the_field_reads_as_before():
    assert metadata(FIELDS.format(number="某政办〔2024〕114号")).doc_number == "某政办〔2024〕114号"


# -- a contact note wrapped in its e-mail address (bs23318)

def test_a_contact_note_wrapped_over_two_lines_is_no_heading():
    text = ("某市人民政府办公室关于印发某市2023年重点工作任务清单的通知\n某政办发〔2023〕102号\n各镇人民政府，市各有关部门：\n"
            "《某市2023年重点工作任务清单》已经市政府同意，现印发给你们，请认真贯彻落实。\n某市人民政府办公室\n2023年3月20日\n"
            "（联系人：张三，联系电话：7597367，电子邮箱：abc52@163\n.com）\n（此件公开发布）\n某市2023年重点工作任务清单\n"
            "（一）加强生态环境保护\n1.新建污水管网57公里。此项工作由市住建局办理。\n2.新建社区养老服务中心12个。此项工作由市民政局办理。\n")
    meta = metadata(text)
    assert meta.table_title == "某市2023年重点工作任务清单"
