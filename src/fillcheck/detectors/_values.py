"""What a masked or blank value stands for, read from the unit or word beside it.

A mask such as ``*项``, ``XX名`` or ``****村`` is followed by the measure word or
unit that tells a reader what was left out: a count, an amount of money, a
place, an organisation. Detectors use :func:`unit_at` to name that kind in
their messages ("the amount of money was never filled in").
"""

from __future__ import annotations

from typing import NamedTuple

from ..messages import t


class Unit(NamedTuple):
    """A unit found after a mask: its text and the kind of value it measures."""

    text: str
    kind: str


# The kinds of value a unit names; a message names each through the key `kind-<kind>`.
KINDS = (
    "people", "count", "money", "percent", "place", "organisation", "person",
    "year", "date", "ordinal", "title", "word",
)  # fmt: skip

_UNITS_BY_KIND = {
    "people": "名 人 人次 位 户 余人 多人 余名 多名",
    "money": "元 万元 亿元 千元 百万元 万 亿 美元 块",
    "percent": "％ % 个百分点 百分点 成 倍",
    "count": (
        "项 次 篇 个 件 家 场 期 条 批 份 起 处 所 座 台 辆 本 册 套 支 棵 株 头 只 吨 亩"
        " 平方米 公里 米 天 周 轮 届 例 宗 笔 封 张 部 集 节 课 堂 门 首 幅 盏 根 间 栋"
        " 余篇 余次 余项 余个 余件 余场 多次 多项 多个 多篇 多场 万字 字 万件 万次 万人"
        " 万户 千米 小时 分钟 年 个月 场次 篇次 人次 家次 期次"
    ),
    "place": "省 市 县 区 镇 乡 村 街道 社区 路 街 组 州 盟 旗 自治区 自治州 开发区 园区",
    "organisation": (
        "局 厅 委 办 部 处 科 室 院 校 中心 公司 集团 单位 党委 党组 支部 党支部 党总支"
        " 部门 协会 银行 医院 学校 小学 中学 大学 机关 系统 分局 支队 大队 中队 车间"
    ),
    "person": "同志 书记 局长 主任 部长 处长 科长 校长 院长 经理 董事长 先生 女士",
    "date": "月 日 号",
}

UNITS: dict[str, str] = {}
for _kind, _words in _UNITS_BY_KIND.items():
    for _word in _words.split():
        UNITS.setdefault(_word, _kind)
# How many characters after a mask decide what it stands for (the longest unit).
UNIT_WINDOW = max(map(len, UNITS))
# first character -> units starting with it, longest first (one dict lookup per call)
_BY_FIRST: dict[str, list[tuple[str, str]]] = {}
for _word, _kind in sorted(UNITS.items(), key=lambda item: -len(item[0])):
    _BY_FIRST.setdefault(_word[0], []).append((_word, _kind))

# A unit character that starts an ordinary word is not a unit: ``**项目管理**``
# is Markdown bold, not a masked count of 项.
NOT_UNITS = frozenset(
    "项目 次要 次序 人员 人民 人才 人口 人事 人力 人生 个人 个性 个体 个别 名单 名称 名义 名额"
    " 名字 名片 件事 家庭 家长 家乡 场所 场景 场地 期间 期待 期望 条件 条例 户籍 篇章 元旦"
    " 元素 年度 年轻 年龄 年终 年初 年底 天然 天气 周边 周期 部署 部分 处理 处置 科学 科技"
    " 所有 所以 所在 院士 校园 委员 办公 办理 市场 市民 区域 局面 局部 村民 号召 门户"
    " 台账 支持 支撑 本身 本次 本着 日常 月度 周年 份额 起来 批评 批示 节约 课题 首先 例如"
    " 道路 路径 路线 组织 组长 轮流 张贴 封面 头脑 只有 只是 根据 根本 间接"
    " 成绩 成效 成为 成果 成立 倍增 集中 集体 册子".split()
)


def unit_at(text: str, index: int) -> Unit | None:
    """The unit that starts at ``index``, longest first, unless it begins an ordinary word."""
    for word, kind in _BY_FIRST.get(text[index : index + 1], ()):
        if text.startswith(word, index):
            if text[index : index + 2] in NOT_UNITS:
                return None
            return Unit(word, kind)
    return None


# Units a mask or a blank may stand before that number-unit spacing (FC5xx) leaves alone.
_MASK_ONLY_UNITS = {"页": "count", "岁": "count", "时": "date"}
# Words those start: `×时间`, `页面`, `岁月` are no units.
NOT_MASK_UNITS = ("时间", "时期", "时代", "时候", "时刻", "时段", "时尚", "页面", "页码", "岁月")


def mask_unit_at(text: str, index: int) -> Unit | None:
    """The unit after a mask or a blank at ``index``: :func:`unit_at`'s, a page, an age or
    an hour (`共×页`, `×时`), and never 本 starting a word (`*本届会议`, `*本市`)."""
    char = text[index : index + 1]
    if char == "本" and _starts_han(text, index + 1):
        return None
    if char in _MASK_ONLY_UNITS:
        return (
            None if text.startswith(NOT_MASK_UNITS, index) else Unit(char, _MASK_ONLY_UNITS[char])
        )
    return unit_at(text, index)


def _starts_han(text: str, index: int) -> bool:
    """True when a CJK ideograph stands at ``index``."""
    return "\u4e00" <= text[index : index + 1] <= "\u9fff"


# What a mask right before `发〔` stands for: the issuing office of a document number.
_ISSUER = ("发〔", "发[", "发（", "发(")


def mask_unit(before: str, ahead: str) -> Unit | None:
    """What a mask stands for, from the character ``before`` it and the text ``ahead``.

    Shared by the star and letter masks: a year after digits (`20**年`), part of
    a title inside `《》`, an ordinal (`党的XX大`, `第**届`), the issuer of a
    document number (`***发〔2013〕5号`), else the unit that follows.
    """
    after = ahead[:1] or "\n"
    if before.isdigit() and after == "年":
        return Unit(after, "year")
    if before == "《" or after == "》":
        return Unit("", "title")
    if before in "的第" and after in "大届次":
        return Unit(after, "ordinal")
    if ahead.startswith(_ISSUER):
        return Unit("", "organisation")
    return mask_unit_at(ahead, 0)


def describe(kind: str) -> str:
    """The phrase naming a missing value of ``kind``, in the current language."""
    return t(f"kind-{kind if kind in KINDS else 'word'}")
