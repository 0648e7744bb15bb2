"""A unit list a wrap cut right after the word that opens its last name (``…、省统计局、各`` / ``市（州）人民政府``,
``…、团省委、中共`` / ``贵州省委宣传部``): the opener alone names nothing, so the next line is the name's rest
whatever it opens with (``labelwraps._rest_after_opener``; holdout cutname-guizhou-2022-1, generator seed 15815:
the list ended in 各, the rest line broke the item and its deadline was lost)."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.labelwraps import continues_label
from extractor.source.decode import decode_bytes

from conftest import make_raw


def test_the_rest_of_a_name_cut_after_its_opener_goes_on_its_label_line():
    assert continues_label(["配合单位：省发展改革委、省统计局、各"], "市（州）人民政府")
    assert continues_label(["配合单位：省教育厅、团省委、中共"], "贵州省委宣传部")
    assert continues_label(["配合单位：市财政局、县"], "人力资源和社会保障局，县直有关单位")


def test_a_line_that_completes_no_name_after_the_opener_stays_apart():
    assert not continues_label(["配合单位：省发展改革委、各"], "市（州）要落实属地责任")
    assert not continues_label(["配合单位：省发展改革委、各"], "完成时限：2022年10月底前")
    # a whole last name: a line opening with a level word names a unit of its own (the next items' heading)
    assert not continues_label(["配合单位：省发展改革委、省统计局"], "市（州）人民政府")


def test_the_item_keeps_its_whole_list_and_its_deadline():
    text = "\n".join(["某省2022年粮食安全工作分工", "", "1.粮食播种面积稳定在4100万亩以上。", "",
                      "牵头单位：省农业农村厅", "", "配合单位：省发展改革委、省财政厅、省统计局、各", "",
                      "市（州）人民政府", "", "完成时限：2022年10月底前", "", "2.新建高标准农田260万亩。", "",
                      "牵头单位：省农业农村厅", "", "完成时限：2022年12月底前"])
    result = parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert [(m.measure_no, m.support_cells, m.deadline) for m in result.measures] == [
        (1, ("省发展改革委、省财政厅、省统计局、各市（州）人民政府",), "2022年10月底前"), (2, (), "2022年12月底前")]


def test_a_name_cut_between_its_place_and_the_level_word_goes_on():
    """``…、区水利局、宜春`` / ``市生态环境局袁州分局`` (holdout placecut-yuanzhou, bs17285): 宜春 alone names no
    unit, 宜春市 is a listed place, so the wrap cut inside the name; a traditional copy reads the same."""
    assert continues_label(["配合单位：区发改委、区水利局、宜春"], "市生态环境局袁州分局")
    assert continues_label(["責任單位：區人社局、濰坊"], "市濰城區人民檢察院等部門")
    # a place no level word completes (宜春县 is listed nowhere), a level word alone, a label after: apart
    assert not continues_label(["配合单位：区发改委、宜春"], "县生态环境局")
    assert not continues_label(["配合单位：区发改委、宜春"], "市")
    assert not continues_label(["配合单位：区发改委、宜春"], "市要落实属地责任：")
