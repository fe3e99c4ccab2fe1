"""Masks compared across a document: leaks, recoverable partial masks, masked personal data.

A masked value is only as safe as the rest of the document: `**市` hides
nothing when the same report writes `天津市` three lines up, and
`138****5678` with `1381234****` publishes the whole number. These helpers
find masked numbers and place names once per document and compare them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import NamedTuple

from ..document import Document
from ..finding import Hit
from ..messages import t
from ..patterns import char_after, char_before, is_han
from ._masks import masks

_MASK_CHARS = "*＊Xx×"
# A run of digits and mask characters, bounded by anything but letters and digits. (The
# bound before it is checked after its first character: a pattern that starts with a
# look-behind makes `re` try every position of the text.)
NUMBERISH = re.compile(r"[0-9*＊×Xx](?<![0-9A-Za-z][0-9*＊×Xx])[0-9*＊×Xx]{10,18}(?![0-9A-Za-z])")
_DIGITS = "0123456789"
# A masked place: a mask run right before an administrative suffix (`**市`, `XX县`).
# (Read from the mask lexer's runs: the last 1-4 stars or 2-4 letters of one kind.)
PLACE_SUFFIXES = ("省", "市", "自治区", "自治州", "州", "县", "区", "盟", "镇", "乡")
_SUFFIX_FIRSTS = frozenset(word[0] for word in PLACE_SUFFIXES)
_PLACE_MASKS = {"*": (1, 4), "＊": (1, 4), "X": (2, 4), "×": (2, 4), "Ｘ": (2, 4), "x": (2, 4)}
# Provinces and prefecture-level cities, without their suffix.
GAZETTEER = frozenset(
    (
        "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北"
        " 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
        " 石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城"
        " 朔州 晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔"
        " 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春"
        " 四平 辽源 通化 白山 松原 白城 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河"
        " 牡丹江 黑河 绥化 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁"
        " 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北"
        " 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平"
        " 龙岩 宁德 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄"
        " 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 郑州 开封 洛阳 平顶山 安阳"
        " 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 武汉 黄石 十堰 宜昌"
        " 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳"
        " 郴州 永州 怀化 娄底 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾"
        " 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林"
        " 百色 贺州 河池 来宾 崇左 海口 三亚 三沙 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁"
        " 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 贵阳 六盘水 遵义 安顺 毕节 铜仁 昆明"
        " 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 拉萨 日喀则 昌都 林芝 山南 那曲 西安 铜川 宝鸡 咸阳"
        " 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西"
        " 陇南 西宁 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密"
    ).split()
)


# Characters that make a word with an administrative suffix rather than end a name:
# 全市, 本省, 我县, 该区, 城市, 乡镇, 社区, 辖区.
_NOT_PLACE_ENDINGS = frozenset("全本我该各两三四五城都超门上股辖地景园社乡此外")
# Prepositions and verbs that stand before the body of a place never named (`按照市人口
# 计生委的部署`, `根据县政府`): the text's own 市 or 县, not a place written out.
_LEADS = frozenset(
    "按照 根据 依照 依据 参照 遵照 对照 关于 对于 经过 通过 报请 提请 会同 配合 协助 联合"
    " 代表 服从 接受 听取 支持 感谢 报告 报送 呈报 向着 针对 围绕 結合 结合 根據 依據 關於"
    " 對於 經過 通過 報請 會同 協助 聯合 聽取 感謝 報告 報送".split()
)


class Masked(NamedTuple):
    """A number with some digits masked: where it stands and what it shows."""

    start: int
    end: int
    kind: str  # phone, id, card
    shown: str  # the token with every mask character as `*`


def _kind(token: str) -> str | None:
    """phone, id or card by the token's length and first digit; None for anything else."""
    if len(token) == 11 and token[0] == "1":
        return "phone"
    if len(token) in (15, 18):
        return "id"
    if 16 <= len(token) <= 19:
        return "card"
    return None


def numbers(doc: Document) -> tuple[list[Masked], list[Masked]]:
    """(masked, clear) phone, ID and card numbers of the document, found once for FC406-FC408."""
    text = doc.text
    if not doc.memo("redaction.masked-digit", lambda: _masked_digit(doc)):
        return [], []  # no digit touches a mask character: nothing is masked
    return doc.memo("redaction.numbers", lambda: _numbers(text))


def _masked_digit(doc: Document) -> bool:
    """True when a digit stands next to a mask character (`*`, `＊`, `×`, `X`, `x`) of a
    run the mask lexer found: every masked number has one."""
    text, found = doc.text, masks(doc)
    for start, end in (*found.stars, *found.letters):
        if (text[start] in _NUMBER_MASKS and char_before(text, start) in _DIGITS) or (
            text[end - 1] in _NUMBER_MASKS and char_after(text, end) in _DIGITS
        ):
            return True
    return False


_NUMBER_MASKS = "*＊×Xx"


def _numbers(text: str) -> tuple[list[Masked], list[Masked]]:
    """(masked, clear) phone, ID and card numbers of ``text``."""
    masked: list[Masked] = []
    clear: list[Masked] = []
    for match in NUMBERISH.finditer(text):
        token = match.group()
        kind = _kind(token)
        if kind is None:
            continue
        body = token[:-1] if kind == "id" else token  # an ID may end in the check letter X
        shown = "".join("*" if c in _MASK_CHARS else c for c in body) + token[len(body) :]
        digits = sum(c.isdigit() for c in shown)
        if "*" in shown and digits >= 3:
            masked.append(Masked(*match.span(), kind, shown))
        elif "*" not in shown and not any(c in "Xx×" for c in body):
            clear.append(Masked(*match.span(), kind, shown))
    return masked, clear


def _agrees(shown: str, other: str) -> bool:
    """True when two forms of one number agree wherever both show a character."""
    return len(shown) == len(other) and all(
        a == b or "*" in (a, b) for a, b in zip(shown, other, strict=True)
    )


def _where(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return t("where", line=line, column=column)


def _kind_name(kind: str) -> str:
    return t(f"number-{kind}")


def leaked_masks(doc: Document) -> Iterator[Hit]:
    """FC406: masked places and numbers that the document writes out elsewhere."""
    text = doc.text
    masked, clear = numbers(doc)
    for item in masked:
        twin = next((c for c in clear if c.kind == item.kind and _agrees(item.shown, c.shown)),
                    None)  # fmt: skip
        if twin is not None:
            message = t(
                "mask-leaks-number",
                text=text[item.start : item.end],
                kind=_kind_name(item.kind),
                where=_where(text, twin.start),
            )
            yield Hit(item.start, item.end, message, t("mask-it-too"))  # fmt: skip
    yield from _leaked_places(doc)


def masked_places(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, suffix) of each mask run before an administrative suffix: `**市`, `XX县`.

    The mask is the last one to four stars, or two to four letters, of one kind
    that end a run of the mask lexer right before the suffix.
    """
    text, places = doc.text, []
    found = masks(doc)
    for _, end in sorted((*found.stars, *found.letters)):
        bounds = _PLACE_MASKS.get(text[end - 1])
        if bounds is None or text[end : end + 1] not in _SUFFIX_FIRSTS:
            continue
        suffix = next((word for word in PLACE_SUFFIXES if text.startswith(word, end)), None)
        if suffix is None:
            continue
        start = end - 1
        while start > end - bounds[1] and text[start - 1] == text[end - 1]:
            start -= 1
        if end - start >= bounds[0]:
            places.append((start, end, suffix))
    return places


def _leaked_places(doc: Document) -> Iterator[Hit]:
    text = doc.text
    if "*" not in text and "＊" not in text and "X" not in text and "×" not in text:
        return
    found: dict[tuple[object, ...], tuple[str, int] | None] = {}
    for start, end, suffix in masked_places(doc):
        mask = text[start:end]
        if is_han(char_before(text, start)) and len(mask) == 1:
            continue  # `市*区` inside a name: too little to compare
        # Templates write `XX市` for any city: a letter mask leaks only with its context.
        gazetteer = mask[0] in "*＊"
        context = text[end + len(suffix) : end + len(suffix) + 3]
        key = (len(mask), suffix, context, gazetteer)
        if key not in found:  # one search of the text per kind of mask, not per mask
            found[key] = _clear_place(text, *key)
        clear = found[key]
        if clear is not None:
            name, where = clear
            message = t(
                "mask-leaks-place",
                text=mask + suffix,
                name=name + suffix,
                where=_where(text, where),
            )
            yield Hit(start, end, message,
                      t("mask-place-too", name=name + suffix))  # fmt: skip


def _clear_place(
    text: str, size: int, suffix: str, context: str, gazetteer: bool
) -> tuple[str, int] | None:
    """A place of ``size`` characters before ``suffix`` written out in ``text``, if any.

    Either a known province or city, or any Chinese name followed by the same
    three characters as the masked one (`**市中小企业` / `天津市中小企业`).
    """
    found = []
    if gazetteer:
        names = _gazetteer(size)
        found.append(_first_name(text, size, suffix, lambda name: name in names))
    if len(context) == 3:
        found.append(_first_name(text, size, suffix + context, _all_han))
    return min((place for place in found if place is not None), key=lambda p: p[1], default=None)


def _all_han(name: str) -> bool:
    """True when every character of ``name`` is in the basic CJK block."""
    return all("\u4e00" <= char <= "\u9fff" for char in name)


def _first_name(
    text: str, size: int, after: str, is_name: Callable[[str], bool]
) -> tuple[str, int] | None:
    """The first name of ``size`` characters before ``after`` that is a place's, with its start.

    Names are read as ``re`` would find them one after another without overlaps; a
    word with an administrative suffix (`全市`, `我县`) is passed over.
    """
    free = 0  # where the next name may start
    at = text.find(after, size)
    while at >= 0:
        start = at - size
        name = text[start:at]
        if start >= free and is_name(name):
            if name[-1] not in _NOT_PLACE_ENDINGS and name not in _LEADS:
                return name, start
            free = at + len(after)
        at = text.find(after, at + 1)
    return None


@cache
def _gazetteer(size: int) -> frozenset[str]:
    """The known provinces and cities of ``size`` characters."""
    return frozenset(name for name in GAZETTEER if len(name) == size)


def recoverable_masks(doc: Document) -> Iterator[Hit]:
    """FC407: two masks of one number whose visible digits together reveal it."""
    text = doc.text
    masked, _ = numbers(doc)
    for index, item in enumerate(masked[:200]):
        for earlier in masked[:index]:
            if earlier.kind != item.kind or earlier.shown == item.shown:
                continue
            if not _agrees(earlier.shown, item.shown):
                continue
            union = all("*" not in (a, b) or a != b for a, b in zip(earlier.shown, item.shown,
                                                                    strict=True))  # fmt: skip
            if union:
                message = t(
                    "partial-masks",
                    text=text[item.start : item.end],
                    other=text[earlier.start : earlier.end],
                    where=_where(text, earlier.start),
                    kind=_kind_name(item.kind),
                )
                yield Hit(item.start, item.end, message, t("mask-same-digits"))  # fmt: skip
                break


# Common surnames, leaving out characters that mostly end other words (于, 方, 万, 向).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅邹孟熊秦邱尹薛闫段雷侯龙陶黎贺顾毛郝龚邵钱严覃武戴莫"
    "孔汤蓝左白康江史乔赖庞樊殷施洪翟颜倪牛温俞章鲁葛伍聂邢岳齐梅庄辛祝涂谷祁耿詹苗凌费纪"
    "靳盛童欧甄裴霍翁柯阮桂柴冉饶戚滕邬臧褚娄奚燕郎冀姬屠栾窦迟敖冷卓艾巩虞卞佟匡巫鞠岑"
)


def _names(doc: Document) -> list[tuple[int, int]]:
    """Spans of `某某` or `某`: the mask lexer's runs of `某` read two at a time."""
    return [(at, min(at + 2, end)) for start, end in masks(doc).mou for at in range(start, end, 2)]


# 某 followed by these is an everyday word (`某些`, `提高某项`), not a name.
_NOT_NAMES = ("些", "种", "个", "一", "方面", "程度", "天", "时", "日", "次", "项", "处", "件",
              "类",
              "地", "单位", "部门")  # fmt: skip


# An IPv4 address with its last octets masked, as forums print posters' addresses: `203.95.*.*`.
MASKED_IP = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.(?:\d{1,3}|\*{1,3})\.\*{1,3}(?![\d.*])")


def _masked_ips(text: str) -> list[tuple[int, int]]:
    """Spans of masked IP addresses, looked for only around each `.*` of ``text``."""
    spans: list[tuple[int, int]] = []
    for dot in re.finditer(r"\.\*", text):
        match = MASKED_IP.search(text, max(0, dot.start() - 12), dot.end() + 8)
        if match and match.start() <= dot.start() < match.end() and match.span() not in spans:
            spans.append(match.span())
    return spans


# After these a lone `某` ends a name (`李某于`, `张某，`); before a word it may be one (`高某项`).
_NAME_ENDS = "，。、；：？！）”的在和与等同称因于向说将被对"


def personal_data(doc: Document) -> Iterator[Hit]:
    """FC408: each masked phone, ID, card or IP number and each anonymised name, at info."""
    text = doc.text
    hits: list[Hit] = []
    if any(c in text for c in "*＊Xx×"):
        masked, _ = numbers(doc)
        hits.extend(Hit(m.start, m.end, t("masked-number", kind=_kind_name(m.kind),
                                          text=text[m.start : m.end])) for m in masked)  # fmt: skip
        if ".*" in text:
            ip = _kind_name("ip")
            hits.extend(Hit(start, end, t("masked-number", kind=ip, text=text[start:end]))
                        for start, end in _masked_ips(text))  # fmt: skip
    if "某" in text:
        hits.extend(_anonymised_names(doc))
    hits.sort()
    yield from hits


# A given name's last character kept after `某`, then the end of a list item: `李某成、`.
_GIVEN = re.compile(f"[\u4e00-\u9fff](?<![{_NAME_ENDS}])[、，,；;]")


def _anonymised_names(doc: Document) -> list[Hit]:
    """`张某某`, and `李某` where a word ends after it or the same name does so elsewhere."""
    text, candidates = doc.text, []
    for start, end in _names(doc):
        if char_before(text, start) in SURNAMES and not text.startswith(_NOT_NAMES, end):
            after = char_after(text, end)
            if end - start == 1 and _GIVEN.match(text, end):
                continue  # `刘某连、李某成、刘某国`: the name is three characters long
            confirmed = end - start == 2 or not is_han(after) or after in _NAME_ENDS
            candidates.append((start - 1, end, confirmed))
    names = {text[start:end] for start, end, confirmed in candidates if confirmed}
    return [Hit(start, end, t("anonymised-person", text=text[start:end]))
            for start, end, _ in candidates if text[start:end] in names]  # fmt: skip
