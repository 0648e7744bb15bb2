"""Traditional characters, as a mirror's conversion prints them (big5-beihai, tradgbk mirrors).

A character map written by hand for the vocabulary this generator prints; a character it does not
list stays as it is.  The truth is converted by the same function as the page: printed strings in
traditional, canonical agency names simplified (tests/fixtures/README.md)."""

PAIRS = (
    "万萬 专專 业業 东東 丝絲 两兩 严嚴 个個 丰豐 临臨 为為 丽麗 举舉 乡鄉 书書 买買 乱亂 争爭 于於 亏虧 "
    "产產 亩畝 亲親 亿億 仅僅 从從 众眾 优優 会會 伟偉 传傳 伤傷 伦倫 体體 余餘 侧側 价價 儿兒 关關 兴興 "
    "养養 兽獸 内內 册冊 军軍 农農 冲衝 决決 况況 冻凍 净淨 准準 减減 几幾 击擊 刘劉 则則 刚剛 创創 删刪 "
    "别別 剧劇 办辦 动動 务務 劳勞 势勢 区區 医醫 华華 协協 单單 卖賣 卫衛 历歷 压壓 县縣 参參 双雙 "
    "发發 变變 台臺 叶葉 号號 后後 启啟 员員 呜嗚 咨諮 响響 围圍 园園 国國 图圖 圆圓 场場 坏壞 块塊 坚堅 "
    "坛壇 垦墾 埘塒 墙牆 声聲 处處 备備 复復 够夠 头頭 夹夾 夺奪 奋奮 妇婦 学學 宁寧 实實 审審 宪憲 宫宮 "
    "宽寬 宾賓 对對 寻尋 导導 将將 层層 岁歲 岗崗 岛島 币幣 师師 带帶 帮幫 广廣 庄莊 庆慶 库庫 应應 废廢 "
    "开開 异異 弃棄 张張 弹彈 强強 归歸 当當 录錄 彻徹 径徑 忆憶 态態 总總 恶惡 恳懇 悬懸 惊驚 惯慣 愿願 "
    "战戰 户戶 扩擴 扫掃 扬揚 执執 扶扶 抚撫 报報 担擔 拟擬 拥擁 择擇 挥揮 损損 换換 据據 掷擲 携攜 摄攝 "
    "数數 断斷 无無 旧舊 时時 显顯 晋晉 术術 机機 杂雜 权權 条條 来來 杨楊 极極 构構 枪槍 标標 栏欄 树樹 "
    "样樣 档檔 桥橋 检檢 楼樓 欢歡 毕畢 气氣 汇匯 汉漢 汤湯 沟溝 没沒 泽澤 洁潔 浅淺 浏瀏 济濟 浓濃 涧澗 "
    "润潤 涨漲 渔漁 温溫 湾灣 满滿 滨濱 潍濰 灾災 炉爐 点點 炼煉 烟煙 热熱 爱愛 牵牽 状狀 独獨 狮獅 环環 "
    "现現 电電 画畫 畅暢 疗療 监監 盖蓋 着著 码碼 础礎 确確 礼禮 离離 种種 积積 称稱 税稅 稳穩 穷窮 窗窗 "
    "竞競 笔筆 筑築 筹籌 签簽 简簡 粮糧 紧緊 纠糾 红紅 纪紀 约約 级級 纳納 纵縱 纸紙 线線 练練 组組 细細 "
    "织織 终終 经經 结結 绕繞 绘繪 给給 络絡 绝絕 统統 继繼 绩績 续續 维維 综綜 绵綿 绿綠 编編 缴繳 网網 "
    "罚罰 职職 联聯 聪聰 肃肅 胜勝 脑腦 脱脫 舆輿 艺藝 节節 芦蘆 苏蘇 范範 荣榮 药藥 获獲 营營 蓝藍 虑慮 "
    "补補 装裝 见見 规規 视視 览覽 觉覺 订訂 认認 讨討 让讓 训訓 议議 讯訊 记記 讲講 许許 论論 设設 访訪 "
    "证證 评評 识識 诉訴 词詞 译譯 试試 诚誠 话話 询詢 该該 详詳 语語 误誤 说說 请請 诸諸 读讀 课課 调調 "
    "谈談 谋謀 谓謂 谢謝 贝貝 负負 贡貢 财財 责責 贤賢 败敗 货貨 质質 购購 贯貫 贴貼 贵貴 贷貸 费費 贸貿 "
    "资資 赋賦 赏賞 赔賠 赛賽 赢贏 赵趙 赶趕 车車 轨軌 转轉 轮輪 软軟 轻輕 载載 较較 辅輔 辑輯 输輸 辖轄 "
    "边邊 达達 迁遷 过過 运運 还還 这這 进進 远遠 违違 连連 迟遲 适適 选選 递遞 邮郵 邻鄰 郑鄭 释釋 "
    "钢鋼 钱錢 铁鐵 银銀 链鏈 销銷 锅鍋 锋鋒 长長 门門 闭閉 问問 间間 闻聞 队隊 阳陽 阶階 际際 陆陸 陈陳 "
    "险險 随隨 隐隱 难難 雾霧 静靜 韩韓 页頁 顶頂 项項 顺順 须須 顾顧 预預 领領 频頻 题題 额額 风風 飞飛 "
    "与與 们們 属屬 护護 类類 计計 镇鎮 吴吳 巩鞏 "
    "馆館 驻駐 验驗 鱼魚 鲤鯉 鸟鳥 龙龍 齐齊 广廣 丽麗 兰蘭 厅廳 厦廈 厂廠 宝寶 宜宜 滩灘 炖燉 惠惠 "
)
MAP = {}
for pair in PAIRS.split():
    MAP[pair[0]] = pair[1]
_TABLE = str.maketrans(MAP)


def to_trad(s):
    return s.translate(_TABLE) if isinstance(s, str) else s


def convert_truth(exp):
    """Printed strings to traditional; canonical names (agencies' values) stay simplified."""
    for k in ("doc_number", "title", "issuer", "table_title"):
        exp[k] = to_trad(exp[k])
    exp["recipients"] = [to_trad(r) for r in exp["recipients"]]
    for s in exp["sections"]:
        s["label"], s["title"] = to_trad(s["label"]), to_trad(s["title"])
    for m in exp["measures"]:
        for k in ("text", "deadline"):
            m[k] = to_trad(m[k])
        m["lead"] = [to_trad(u) for u in m["lead"]]
        m["support"] = [to_trad(u) for u in m["support"]]
    exp["agencies"] = {to_trad(k): v for k, v in exp["agencies"].items()}
    return exp
