"""Measure texts, section titles, deadlines and labels: own words in the shapes notices print."""

# task sentences: {n} a figure; the writer's own words, in the register of 政府工作报告 分工 lists
TASKS = [
    "新开工重大产业项目{n}个，完成固定资产投资增长{p}%以上。",
    "推进老旧小区改造，完成改造小区{n}个。",
    "新增城镇就业{n}00人，城镇调查失业率控制在{p}%以内。",
    "实施“专精特新”企业培育行动，新认定省级专精特新企业{n}家。",
    "建成5G基站{n}00个，实现重点区域连续覆盖。",
    "完成高标准农田建设{n}万亩，粮食播种面积保持稳定。",
    "深化“放管服”改革，政务服务事项网上可办率达到9{p}%。",
    "新建改扩建中小学和幼儿园{n}所，新增学位{n}000个。",
    "开展安全生产专项整治，坚决遏制较大以上事故发生。",
    "推进城乡污水管网建设，新建管网{n}公里。",
    "完善养老服务体系，新建社区养老服务中心{n}个。",
    "落实减税降费政策，全年为市场主体减负{n}亿元以上。",
    "推进国家卫生城市复审工作，巩固创建成果。",
    "加快数字政府建设，推动政务数据共享（含区级平台）全覆盖。",
    "完成{n}座病险水库除险加固。",
    "实施农村人居环境整治提升行动，建成美丽乡村示范村{n}个。",
    "做好退役军人服务保障，建成退役军人服务站{n}个。",
    "扩大对外贸易，全年进出口总额增长{p}%。",
    "推进医保支付方式改革，DRG付费覆盖全部二级以上医院。",
    "开展“双随机、一公开”监管，抽查比例不低于{p}%。",
    "建设公共法律服务实体平台{n}个，实现镇街全覆盖。",
    "完成第五次全国经济普查相关工作。",
    "推进科技创新平台建设，新增省级以上研发平台{n}家。",
    "加强困难群众救助，按时足额发放救助资金。",
    "开展大气污染防治攻坚，PM2.5平均浓度下降{p}%。",
    "完成交通干线提升改造{n}公里，打通断头路{n}条。",
]

SECTION_TITLES = [
    "扩大有效投资", "推动产业转型升级", "保障和改善民生", "深化重点领域改革", "加强生态环境保护",
    "提升城市功能品质", "优化营商环境", "全面推进乡村振兴", "统筹发展和安全",
]

TOPICS = ["政府工作报告重点工作任务", "优化营商环境重点任务", "民生实事项目任务", "稳经济促发展重点工作任务",
          "生态环境保护重点任务"]
# table-title ends: FORMATS/holdout titles (…任务分工, …责任分工表, …任务分解表, …任务清单)
TT_ENDS = ["分工", "责任分工表", "分解表", "分工方案", "清单"]

CN_DIGITS = "○一二三四五六七八九"
SECTION_NUMS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# people for leader lines / columns (分管领导: extra, never units; big5-beihai, textbox-hecheng)
PEOPLE = ["王建华", "李明", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "周敏"]


def cn_num(n):
    """1..31 in Chinese numerals as dates print them (十一, 二十, 三十一)."""
    if n < 10:
        return SECTION_NUMS[n - 1]
    tens, ones = divmod(n, 10)
    s = ("" if tens == 1 else SECTION_NUMS[tens - 1]) + "十"
    return s + (SECTION_NUMS[ones - 1] if ones else "")


def cn_year(y):
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def task_text(rng):
    t = rng.choice(TASKS)
    return t.format(n=rng.randint(2, 60), p=rng.randint(2, 9))


def deadline(rng, year):
    """A deadline as a 完成时限 cell prints it (FORMATS.md; holdout notes)."""
    m = rng.randint(3, 12)
    forms = [
        f"{year}年{m}月底前", f"{year}年{m}月底前", f"{year}年12月底前", f"{year}年底前",
        "持续推进", "长期坚持", f"{year}年{m}月30日前", f"{m}月底前", "年底前",
        f"{year}年全年", f"{year}年{m - 2}月—{m}月", f"{year}年第{SECTION_NUMS[rng.randint(0, 3)]}季度",
    ]
    return rng.choice(forms)


def section_label(style, i):
    n = SECTION_NUMS[i - 1]
    return {"dun": f"{n}、", "paren": f"（{n}）", "zhang": f"第{n}章"}[style]


def item_label(style, i):
    return {
        "dot": f"{i}.", "sdot": f"{i}﹒", "dun": f"{i}、", "fdot": f"{i}．", "paren": f"（{i}）", "hparen": f"({i})",
        "circ": CIRCLED[i - 1] if i <= len(CIRCLED) else f"{i}.", "dotsp": f"{i}. ",
        # full-width digits (forms.md text-bl: １, ２; a Word paste's 1．)
        "fw": str(i).translate(str.maketrans("0123456789", "０１２３４５６７８９")) + "．",
    }[style]
