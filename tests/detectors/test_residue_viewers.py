"""Residue of viewers and pages not seen before: English viewer furniture, stamps, controls.

Must-fire rows are taken from pages of SlideShare, Speaker Deck, SlidePlayer, 5y1.org,
a phpwind forum (wfun.com), iter01.com, 教案网 and a university's mail page: loading
notes, comment and favourite counters, the uploader's other decks, a transcript's
header, a page count glued before the text, a stamp with its verb after the day, a
handle glued to its stamp, a page's stamp with its source and site, a title bar of
search keywords, a font-size control. The silent rows are real English and Chinese
text with the same words for its own ends: a README's headings and lists, a slide's
agenda, a manual's numbered headings, a schedule, a code identifier with underscores,
a dataset's name that its address repeats, and an English heading over the first
paragraph under a viewer's line.
"""

from __future__ import annotations

from helpers import PROSE, rule_table

README = (
    "Readme\nA README file is an essential document often found in the root directory of"
    " various software projects, especially in open-source communities. It serves as a guide"
    " for users and developers, providing them with crucial information about the project.\n"
)

FIRE = [
    # a viewer's loading notes and its list header (SlidePlayer)
    (
        "Presentation is loading. Please wait.\n\nPresentation is loading. Please wait.\n\n"
        "IFLA Library Reference Model\n\nSimilar presentations\n\n" + README,
        [("FC210", 1, 1), ("FC210", 3, 1), ("FC210", 7, 1)],
    ),
    # a plug-in note, comment and favourite counters, comment buttons (SlideShare)
    (
        "Case Study : MVNO MVNE Data Warehouse Transatel (2008 version)\n\nLoading...\n\n"
        "Flash Player 9 (or above) is needed to view presentations.\n\n0 comments\n\n"
        "Post a comment\n    Embed Video\n    3 Favorites\n\n" + README,
        [
            ("FC210", 3, 1),
            ("FC210", 5, 1),
            ("FC210", 7, 1),
            ("FC210", 9, 1),
            ("FC210", 10, 5),
            ("FC210", 11, 5),
        ],
    ),
    # the uploader's handle, the day, a tweet button and the uploader's other decks
    (
        README + "\nhhiroshell\n\nNovember 26, 2019\nTweet\n\nMore Decks by hhiroshell\n\n"
        "Other Decks in Technology\n\nTranscript\n\n" + README,
        [
            ("FC210", 4, 1),
            ("FC210", 6, 1),
            ("FC210", 7, 1),
            ("FC210", 9, 1),
            ("FC210", 11, 1),
            ("FC210", 13, 1),
        ],
    ),
    # a transcript header and the numbers before each slide's text under it
    (
        'Presentation on theme: "IFLA Library Reference Model"— Presentation transcript:\n\n'
        "1 IFLA Library Reference Model\nOverview and Discussion\n\n2 LRM Antecedents Functional"
        " Requirements for Bibliographic Records (1997)\n",
        [("FC210", 1, 1), ("FC210", 3, 1), ("FC210", 6, 1)],
    ),
    # a page count glued before the text; the heading over the first paragraph stays silent
    (
        "CANNABIS: VALUATION APPROACHES - FTI Consulting\n\n[Pages:9]AN FTI CONSULTING WHITE"
        " PAPER JUNE 2019\n\nIntroduction\n\nThe Federal Government of Canada adopted the"
        " Cannabis Act, Bill C-45, on October 17, 2018, legalizing cannabis for recreational use"
        " in Canada.",
        [("FC210", 3, 1)],
    ),
    # a forum poster's handle, the day with its verb after it, the post's edit stamp
    (
        "【跟Z学开发】前言和准备工作\n\nzcxsythenew UID.911687\n2017-07-24 发表\n\n"
        "本帖最后由 zcxsythenew 于 2017-7-24 21:00 编辑\n\n" + PROSE,
        [("FC210", 3, 1), ("FC210", 4, 1), ("FC210", 6, 1)],
    ),
    # a handle glued to its stamp (traditional script)
    ("Laravel Route(路由)匹配原始碼分析\n\ncccdz發表於2023-08-29\n\n" + PROSE, [("FC210", 3, 1)]),
    # a breadcrumb, a stamp with its source and the site, a title bar of search keywords
    (
        "您现在的位置:首页 > 教案格式 > 正文\n\n标准文件图标和格式\n\n"
        "2020-12-04 19:15 网络整理 教案网\n\n"
        "试卷字体格式_试卷字体格式_试卷格式word格式字体\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 5, 1), ("FC210", 7, 1)],
    ),
    # a viewer's size control and download link over the text (docsplayer)
    (
        "Microsoft Word - MP2018_Report_Chi _12Apr2012_.doc\n\nSize: px\nStart display at page:\n\n"
        'Download "Microsoft Word - MP2018_Report_Chi _12Apr2012_.doc"\n\n' + README,
        [("FC210", 3, 1), ("FC210", 4, 1), ("FC210", 6, 1)],
    ),
    # a viewer's button under each slide, twice
    (
        README + "\n    View Slide\n\n" + README + "\n    View Slide\n",
        [("FC210", 4, 5), ("FC210", 9, 5)],
    ),
    # page thumbnails captioned with the same words (vdocuments)
    (
        README
        + "Page 1: 政府公文寫作手冊 - csb.gov.hk · 是其中之一。\n"
        + README
        + "Page 2: 政府公文寫作手冊 - csb.gov.hk · 是其中之一。\n",
        [("FC210", 3, 1), ("FC210", 6, 1)],
    ),
    # counters with the number before the word, under a title (traditional script): the
    # sharing site's tallies (FC208), which page furniture leaves to it
    (
        "委託書範本\n\n23 瀏覽次數\n\n提供建議 0 喜歡次數\n\n" + PROSE,
        [("FC208", 3, 1), ("FC208", 5, 1)],
    ),
    # a font-size bar with its buttons, a byline naming the site, the site's name and address
    ("【字体：大 中 小】【打印】【关闭】\n\n" + PROSE, [("FC210", 1, 1)]),
    ("来源：本站原创\n\n" + PROSE, [("FC210", 1, 1)]),
    (PROSE + "\n\n第一文档网 www.dywdw.cn", [("FC210", 3, 1)]),
    # a long menu row, fields parted by slashes (traditional script)
    (
        "網站首頁 個人範例 行業範例 行政範例 職場範例 校園範例 書信範例 生活範例 節日文化範例\n\n"
        "申請出國留學計劃書如何寫\n\n欄目: 出國留學 / 發佈於: / 人氣:9.16K\n\n" + PROSE,
        [("FC210", 1, 1), ("FC210", 5, 1)],
    ),
    # a forum's vote buttons with their tallies on the first line
    (" 鲜花( 0)  鸡蛋( 0)\n\n" + PROSE, [("FC210", 1, 2)]),
    # a help centre's skip link, author's picture, byline, stamp and feedback prompt (Yumpu)
    (
        "Skip to main content\nReport an inappropriate magazine\n\nAlicja Duszejko avatar\n"
        "Written by Alicja Duszejko\nUpdated over a week ago\n\n"
        + README
        + "\nDid this answer your question?",
        [("FC210", 1, 1), ("FC210", 4, 1), ("FC210", 5, 1), ("FC210", 6, 1), ("FC210", 11, 1)],
    ),
    # a site's welcome banner on the first line
    ("欢迎来到尧图网站建设!\n\n" + PROSE, [("FC210", 1, 1)]),
    # a skip link and a font-size control (traditional script)
    (
        "跳到主要內容區塊\n  • 字級大小\nPayment Notice\n\n" + README,
        [("FC210", 1, 1), ("FC210", 2, 5)],
    ),
]

SILENT = [
    # a README's title, headings and lists
    README + "Purpose of a README\nThe primary purpose of a README file is to facilitate the"
    " understanding and usage of a project.",
    "Contents\nA README file typically encompasses:\n- Configuration instructions\n"
    "- Installation instructions\n- Operating instructions\n- Copyright and licensing"
    " information\nHistory\n" + README,
    # a slide's agenda
    "2. Agenda\n  • Part 1 – MVNO / MVNE / Transatel\n  • Part 2 – Data-warehouse & Business"
    " Intelligence :\n  • Emergence of the need\n  • Part 3 – Business Intelligence :\n" + README,
    # a manual's numbered headings and a book's section number
    "电脑安装包技术文档\n1. 安装包用途与核心价值\n电脑安装包是软件部署的核心载体,"
    "其作用在于将复杂的应用程序及其依赖项打包为标准化格式,便于用户在不同环境中快速安装与配置。",
    "2.4.3 安装要求\n\n" + PROSE,
    # a download heading in a manual
    "Download\n\n" + README,
    "Share\nEmbed\n\n" + README,
    # a schedule's times with what happens then
    "会议安排\n2023-01-06 09:00 开幕式\n2023-01-06 10:30 分组讨论\n\n" + PROSE,
    # a code identifier, and keywords joined by underscores in code
    "user_id_user_name\n\n" + README,
    "get_user_name_by_user_id()\n\n" + README,
    # a paper's numbered sections, with no viewer's transcript header over them
    "1 Introduction\nThe IFLA Library Reference Model is a high-level conceptual model.\n"
    "2 Antecedents\nFunctional Requirements for Bibliographic Records (1997).\n",
    "Transcript of the hearing\n\n1 Opening statement by the chair.\n2 Questions.\n",
    # a paper's own figure captions, each different; a count of readers in a sentence
    "Page 2: Results of the survey\n" + README + "Page 3: Discussion of the results\n",
    "本文累计23人阅读次数较多，说明读者关注度较高。",
    "全年共接待来访23人次，比上年增长10%。",
    # sizes in a report, a table's header of sizes, a company's letterhead, a poem's author
    "全市共有大中小学312所，在校学生28万人。",
    "规格\n大 中 小\n120 80 40\n\n" + PROSE,
    "北京某某科技有限公司 www.example.com\n\n" + PROSE,
    "静夜思\n作者：佚名\n床前明月光，疑是地上霜。",
    "会议日程\n2023-01-06 开幕式\n2023-01-07 闭幕式\n\n" + PROSE,
    # a university department's contact header over its text, in either script and English
    "國立臺灣大學圖書資訊學系\n地址:10617 臺北市羅斯福路四段1號\n電話:(02)3366-2965\n"
    "傳真:(02)2363-2859\nE-mail: lis@ntu.edu.tw\n\n" + PROSE,
    "华中科技大学计算机学院\n地址：湖北省武汉市洪山区珞喻路1037号 邮编：430074\n"
    "电话：027-87543251 传真：027-87545004\n\n" + PROSE,
    "School of Information Management\nWuhan University\nTel: 027-68754411\n"
    "Email: sim@whu.edu.cn\n\n" + README,
    "武汉大学信息管理学院\nTel: 027-68754411\nEmail: sim@whu.edu.cn\nwww.sim.whu.edu.cn\n\n"
    + PROSE,
    # a quarter table's header, a book's fields parted by slashes, counts in brackets in a text
    "一季度 二季度 三季度 四季度 全年合计 同比增长 环比增长 完成进度 备注说明\n12 15 18 20 65\n\n"
    + PROSE,
    "作者 / 出版社 / 出版年\n张三 / 人民出版社 / 2020\n\n" + PROSE,
    PROSE + "其中党员(35)人、群众(12)人。",
    # an essay's own byline, a skip and a stamp in sentences
    "The Art of Reading\nWritten by Jane Austen\n\n" + README,
    "Skip to the next section if you already know the basics, and return later.",
    "The guide was updated over a week ago, after the review.",
    # a welcome in a speech, a line of English prose in a slide
    "欢迎来到北京！\n各位来宾，大家好！今天我们在这里隆重集会。",
    "sole discretion of Oracle Corporation.\n2\n\n" + README,
    # a letter's date, an English heading of two words
    "November 26, 2019\n\n" + README,
    "Report Item\n\n" + README,
    # a note that a schedule is loading is the text's own sentence
    "The presentation is loading slowly because the file is large, so please wait.",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC2")
