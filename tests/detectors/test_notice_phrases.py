"""Sharing-site notices told by their wording: the phrase lexicon behind FC206-FC208.

Must-fire rows are shaped after real notices of sharing and 范文 sites, in
simplified and traditional script, with ASCII or full-width punctuation and
stray spaces; must-not-fire rows are official and everyday prose that uses the
same words (下载, 会员, 上传, 声明, 版权, 本站, 售出, 隐藏) for what they mean.
"""

from __future__ import annotations

from fillcheck import audit_text
from fillcheck.detectors import _anchors
from fillcheck.detectors._notice import compact
from fillcheck.detectors._notice_lexicon import ANCHORS, PHRASES
from helpers import positions, rule_table

MUST_FIRE = [
    # upload
    ("本页资料《绩效管理细则.docx》由用户(淡然人生)主动上传,其收益全归该用户。", [("FC208", 1, 1)]),
    ("本頁資料由網友上傳,版權歸原作者所有。", [("FC208", 1, 1)]),
    ("收益全归该用户所有。", [("FC208", 1, 1)]),
    # storage
    ("本站只提供信息存储空间服务,不拥有所有权,不承担相关法律责任。", [("FC208", 1, 1)]),
    ("仅对用户上传内容的表现方式做保护处理,对上传内容本身不做任何修改或编辑。", [("FC208", 1, 1)]),
    # disclaimer
    ("本文仅代表作者观点,不代表本网立场。", [("FC208", 1, 11)]),
    ("本站资源均来自网络", [("FC208", 1, 1)]),
    ("本站所有資源僅供學習參考，請勿用於商業用途。", [("FC208", 1, 1)]),
    ("请于下载后24小时内删除。", [("FC208", 1, 1)]),
    ("本文關鍵詞:本地化項目的分層質量管理,由筆耕文化傳播整理發布。", [("FC208", 1, 1)]),
    # sale
    ("虚拟产品一经售出概不退款", [("FC208", 1, 1)]),
    ("一經售出 , 恕不退換。", [("FC208", 1, 1)]),
    # truncation
    ("……未显示2000字……", [("FC207", 1, 3)]),
    ("高级会员可完整阅读全文", [("FC207", 1, 1)]),
    ("剩余3页可下载查看", [("FC207", 1, 1)]),
    # preview
    ("刷新页面文档预览", [("FC207", 1, 1)]),
    ("本文档仅展示部分内容预览", [("FC207", 1, 1)]),
    ("查看完整版请先付费", [("FC207", 1, 1)]),
    ("预览文档经过压缩，下载后原文更清晰。", [("FC207", 1, 1)]),
    # member
    ("成为ＶＩＰ会员，免费下载本文档", [("FC206", 1, 1)]),
    ("SVIP专享文档", [("FC206", 1, 1)]),
    ("年费会员可免费下载", [("FC206", 1, 1)]),
    # payment
    ("团购合买:点击进入团购", [("FC206", 1, 1)]),
    # advert
    ("上传资料赚收益", [("FC208", 1, 1)]),
    ("文档库 最新最全的文档下载", [("FC208", 1, 1)]),
    ("没有合适的资源？快使用搜索试试~ 我知道了~", [("FC208", 1, 1)]),
    ("喜欢就收藏吧！", [("FC208", 1, 1)]),
    ("更多范文尽在范文网。", [("FC208", 1, 1)]),
    ("文档下载后可任意编辑", [("FC208", 1, 1)]),
    # header
    ("【购买须知】", [("FC208", 1, 1)]),
    ("请仔细阅读以下须知：\n一经售出,不予退换", [("FC208", 1, 1), ("FC208", 2, 1)]),
    ("温馨提示：\n本站资源均来自网络", [("FC208", 1, 1), ("FC208", 2, 1)]),
    # disclaimer
    ("本文来源于网络,如有侵权请联系删除。", [("FC208", 1, 1)]),
    ("本文内容由互联网用户自发贡献,该文观点仅代表作者本人。", [("FC208", 1, 1)]),
    # before buying
    ("下载前请自行甄别文档内容的完整性。", [("FC208", 1, 1)]),
    # the viewer's own words
    ("全文预览已结束", [("FC207", 1, 1)]),
    ("试读已结束，购买正版", [("FC207", 1, 1)]),
    ("该文档共12页，可免费在线阅读", [("FC207", 1, 1)]),
    ("该用户很懒，什么也没介绍", [("FC208", 1, 1)]),
    ("请注意甄别内容中的联系方式、诱导购买等信息，谨防诈骗。", [("FC208", 1, 1)]),
    ("开通会员，免费下载全文", [("FC206", 1, 1)]),
    ("上传赚钱", [("FC208", 1, 1)]),
    ("在线预览时部分内容可能显示不全", [("FC207", 1, 1)]),
    ("下载说明：\n本站资源均来自网络", [("FC208", 1, 1), ("FC208", 2, 1)]),
    # Taiwan's words for the same notices
    ("本站僅提供資訊儲存空間服務，不擁有所有權。", [("FC208", 1, 1)]),
    ("本文件由使用者上傳，版權歸原作者所有。", [("FC208", 1, 1)]),
    ("會員專屬文章", [("FC206", 1, 1)]),
    ("免費試閱結束", [("FC207", 1, 1)]),
    ("本檔案共8頁，可免費線上閱讀", [("FC207", 1, 1)]),
    ("登入後閱讀全文\n一經售出，恕不退換", [("FC207", 1, 1), ("FC208", 2, 1)]),
    # a viewer's loading line (9lib.co)
    ("加載中.... (立即查看全文)", [("FC207", 1, 1)]),
    # a site's address between its name and its verb
    ("本文由第一范文网www.diyifanwen.com整理", [("FC208", 1, 1)]),
    # a web-design company's advert injected into a copied article (gzruizhi.cn, aaarwkj.com)
    ("专注于为中小企业提供成都做网站、成都网站设计、成都外贸网站建设服务。", [("FC208", 1, 1)]),
    ("成都創新互聯公司是一家專業提供康縣企業網站建設,專注與網站制作。", [("FC208", 1, 1)]),
    # a code site's summary blurb (jb51.net)
    ("这篇文章主要介绍了AOP的方法,需要的朋友可以参考下", [("FC208", 1, 17)]),
]

MUST_NOT_FIRE = [
    "引导党员下载安装学习强国APP，每日学习不少于30分钟。",
    "申报材料由用户自行上传至省政务服务平台，审核通过后生成受理回执。",
    "网络服务提供者为服务对象提供信息存储空间，供服务对象通过信息网络向公众提供作品。",
    "本刊所发表文章版权归作者所有，转载请注明出处。",
    "本站（车站）今年旅客发送量达120万人次，同比增长5%。",
    "会员单位可在协会官网下载年度报告。",
    "协会现有会员单位326家，其中正式会员280家。",
    "VIP客户服务中心于3月正式开通。",
    "门店售出商品1200件，退换率低于1%。",
    "根据规定，定制类商品售出后不予退换。",
    "本报告省略了部分技术细节，全文共8000字。",
    "系统自动隐藏身份证号码中间8位数字。",
    "对侵犯群众合法权益的行为，坚决依法查处。",
    "若您认为行政机关的具体行政行为侵犯了您的合法权益，可以依法申请行政复议。",
    "请仔细阅读以下须知后填写申请表。",
    "温馨提示：办理业务请携带本人身份证。",
    "数据来源于网络公开信息，经整理后形成本报告。",
    "下载后请在24小时内完成填报。",
    "下载后即可查看电子证照。",
    "查看全文请登录国家法律法规数据库。",
    "欢迎广大市民访问本站政务公开专栏。",
    "本站提醒：节假日期间请提前规划出行。",
    "年度报告全文请登录公司官网下载。",
    "我市发布最新最全的政策文件汇编。",
    "下载前请确认网络连接正常。",
    "用户上传的照片将在24小时内完成审核。",
    "群众反映问题，请联系客服处理。",
    "工会会员可享受免费体检。",
    "会员大会选举产生了新一届理事会。",
    "本合同一式两份，经双方签字盖章后生效，版权声明见附件。",
    "【免责声明】本报告所载数据仅供参考。",
    "喜欢就要大胆说出来。",
    "成果尽在掌握之中。",
    "请各单位登录系统上传资料，逐项核对。",
    "街道党工委书记为大家上传下达工作部署。",
    "省略号表示引文的省略。",
    "剩余资金3万元全部用于设备采购。",
    "学校开通了VIP绿色通道。",
    "购买前请核对商品规格。",
    "信息存储空间的安全由平台负责。",
    "依法打击侵权盗版，请联系我们举报。",
    "他最近很忙，什么都没顾上。",
    "本文档共3页。",
    "项目文档共12页，请各组审阅。",
    "系统升级已结束，服务恢复正常。",
    "试点工作已结束。",
    "数据保存在网络存储空间中。",
    "请注意甄别虚假信息。",
    "精品文档评选活动圆满结束。",
    "會員登入後即可閱讀全文。",
    "市民登录后可查看全部内容。",
    "本館典藏檔案共8頁，另有附件。",
    "資訊安全與儲存設備採購案。",
    "試辦期間已結束，請依新制辦理。",
    "使用者應妥善保管帳號密碼。",
    "为老年人开通会员服务，可享受九折优惠。",
    "开通会员可享受优惠",
    "本次检查部分内容可能涉及商业秘密。",
    "报告部分内容可能有误，以正式发布为准。",
    "下载说明书后按步骤安装。",
    "页面加载中请稍候。",
    "点击查看全文按钮即可打开原文。",
    "本站由市信息中心设计，网址为www.example.gov.cn。",
    "加强政府网站建设，提升网站设计水平。",
    "区政务服务中心专注于为企业提供网站建设指导。",
    "有需要的朋友请与社区联系。",
]


test_must_fire, test_must_not_fire, test_more_rows_must_stay_silent_than_fire = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC2"
)


def test_a_notice_with_full_width_letters_and_spaces_is_quoted_whole() -> None:
    (finding,) = audit_text("说明\n一經售出 , 恕不退換。\n正文", select=["FC2"])
    assert (finding.rule, finding.line, finding.column, finding.end_column) == ("FC208", 2, 1, 13)
    assert finding.text == "一經售出 , 恕不退換。"


def test_a_notice_sentence_is_reported_once() -> None:
    # 试读结束 is FC207's own pattern; the members-only clause after it adds nothing
    assert positions("试读结束，查看完整版请先付费。", "FC2") == [("FC207", 1, 1)]


def test_a_weak_phrase_counts_beside_residue_only() -> None:
    notice = "温馨提示："
    assert positions(f"{notice}\n办理业务请携带身份证。", "FC2") == []
    assert positions(f"{notice}\n\n本站资源均来自网络", "FC2") == [("FC208", 1, 1), ("FC208", 3, 1)]


def test_compact_copy_keeps_every_offset() -> None:
    text = "前言 Ｖ Ｉ Ｐ会员，免费"
    flat, keep = compact(text, 3, len(text))
    assert flat == "vip会员,免费"
    assert [text[at] for at in keep] == list("ＶＩＰ会员，免费")


def test_every_phrase_is_anchored_on_the_shared_scan() -> None:
    assert set(ANCHORS) <= set(_anchors._TRIGGERS)
    assert all(phrase.anchors for phrase in PHRASES)
