"""Stamps a web page's software prints around an article: editor credits, browser notices,
pagers, site slogans and upload notices in a reader's words (``_notice_stamps``).

Must-fire rows are shaped after stamps of news, government, novel and sharing sites, in
simplified and traditional script; must-not-fire rows are report, tutorial and news prose
that uses the same words (责任编辑, 浏览器, 每页, 为您提供, 上传, 在线阅读) for what they mean.
"""

from __future__ import annotations

from helpers import rule_table

MUST_FIRE = [
    # editor stamps closing the article, in any bracket and script
    ("一、工作回顾\n切实增强人民群众的获得感。( 责任编辑:马妍 )", [("FC208", 2, 16)]),
    ("正文第一段。\n[責任編輯:郭碧娟]", [("FC208", 2, 1)]),
    ("正文第一段。\n【责编：李四】", [("FC208", 2, 1)]),
    ("正文第一段。\n（值班编辑：王五 校对：赵六）", [("FC208", 2, 1)]),
    # browser notices
    (
        "您的瀏覽器不支援 JavaScript 功能,可能會造成部分網頁功能無法正常使用時,建議開啟瀏覽器"
        " JavaScript 狀態\n:::\n新聞資訊",
        [("FC208", 1, 1), ("FC210", 2, 1)],
    ),
    ("你的浏览器禁用了JavaScript，请开启后刷新页面。\n正文", [("FC208", 1, 1)]),
    # pagers
    ("1825筆資料,每頁顯示 10 筆,\n環境部提醒事業完成盤查登錄。", [("FC208", 1, 9)]),
    ("共36条记录 每页显示10条\n关于开展安全检查的通知", [("FC208", 1, 1)]),
    # site slogans
    ("扇子小说网为您提供冰黛儿文集txt下载 |\n正文", [("FC208", 1, 1)]),
    ("第一范文网为您提供工作总结免费下载。\n正文", [("FC208", 1, 1)]),
    # upload notices in a reader's words
    (
        "《學生骨幹學習心得》由會員上傳分享,免費在線閱讀,更多相關內容在工程資料-天天文庫。",
        [("FC208", 1, 1)],
    ),
    ("本文由网友投稿，可在线预览。", [("FC208", 1, 1)]),
    # a page's tallies of its readers' marks, and its closed comments
    ("55人收藏此文章, 我要收藏 楊維杰 推薦于 3周前\n第一段正文，说明了起因。", [("FC208", 1, 1)]),
    ("第一段正文，说明了起因。\n2012年3月31日 评论已被关闭", [("FC208", 2, 12)]),
    ("第一段正文，说明了起因。\n抱歉，评论已关闭。", [("FC208", 2, 4)]),
]

MUST_NOT_FIRE = [
    # 责任编辑 in prose and in a document's own colophon
    "本书责任编辑：张三",
    "责任编辑要对稿件质量负责（责任编辑制度）。",
    "（责任编辑负责审稿），并于次日返回。",
    "他曾任出版社责任编辑。",
    "编辑：市委宣传部",
    # 浏览器 in tutorials and notices of a government system
    "如果浏览器不支持JavaScript，noscript标签中的内容就会显示。",
    "您的浏览器版本过低，建议使用谷歌浏览器访问本系统。",
    "浏览器不支持脚本时，页面仍可阅读正文。",
    # 每页 in a report's own rules
    "每页显示不少于20行文字。",
    "打印时每页显示表头。",
    "材料每页显示页码，共10页。",
    "共100条记录，已全部核对。",
    # 为您提供 in a service's own text
    "我们为您提供优质的政务服务。",
    "市政务服务中心为您提供办事指南下载服务，请在窗口咨询。",
    "本公司为您提供技术支持。",
    "图书馆为读者提供电子资源。",
    # 上传, 在线阅读 in a report
    "由用户上传的材料须经审核后公开。",
    "由会员分享的经验值得借鉴。",
    "本刊所有文章均可在线阅读。",
    "学生可在线阅读教材，由教师上传课件。",
    # 收藏, 赞, 评论 in a report
    "共有55人收藏了本市的老照片。",
    "该文章已有128人阅读，3人收藏。",
    "本次活动共12人赞成，3人反对。",
    "评论已关闭的原因如下：",
    "网友评论已关闭，请到留言板反映。",
]

test_must_fire, test_must_not_fire, test_more_rows_must_stay_silent_than_fire = rule_table(
    MUST_FIRE, MUST_NOT_FIRE, "FC2"
)
