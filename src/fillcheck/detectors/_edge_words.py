"""The words of site machinery.

A page's furniture says the same things in simplified and traditional script
(`发布时间`/`發佈時間`, `浏览`/`瀏覽`, `手机选单`/`手機選單`); detectors read the
document's view, which folds traditional characters to simplified ones
(:mod:`fillcheck.script`), so these words are written in simplified script only.
"""

from __future__ import annotations

# Field names a site's metadata line uses and a document's own text does not
# (not 作者 or 来源: a news article's byline is its own; not 时间 or 日期: a meeting's).
WEB_KEYS = frozenset(
    "上传人 上传者 上传时间 上传日期 发布时间 发布日期 更新时间 更新日期 页数 页码 文件大小"
    " 文档大小 格式 文档格式 浏览 浏览次数 阅读 阅读量 阅读数 下载 下载次数 推荐度 小编 分类 栏目"
    " 标签 评分 字数 收藏 发布者 发行者 贡献者 贡献者等级 文档页数 所属分类 文件格式 资料大小 点击"
    " 点击数 点击量"
    " 浏览量 评论 查看 回复 签到天数 积分 帖子 主题 精华 在线时间 注册时间 最后登录 发布人 订阅数"
    " 下载量 文章录入 录入 大小 编辑 责任编辑 本文链接 原文链接 文章链接 本文地址 永久链接 原文地址"
    " 本文网址 相关搜索 热门搜索 热门标签 相关标签 文章标签 顶/踩数 收藏人数 评论次数"
    " 人气 热度 阅读数 浏览数 审核 所属栏目 所属专题 专题 文档分类 资源类型 文件类型 资源类别"
    " 适用版本 文档价格 贡献者 上传用户 文件页数 资料格式 资料页数 资料类型 资料大小".split()
)
TIME_KEYS = frozenset("时间 日期".split())
# The fields of a forum poster's panel, a word on its line and the value on the next:
# `积分` / `13754`, `最后登录` / `1970-1-1`.
PANEL_FIELDS = WEB_KEYS | frozenset(
    "积分 贡献 爱心 钻石 金钱 威望 金币 在线时间 最后登录 注册时间 帖子 主题 精华 好友 听众 收听"
    " 阅读权限 用户组 等级 经验 财富 魅力 宝石".split()
)
# Fields whose value is an address: `本文链接:https://…`.
LINK_KEYS = frozenset("本文链接 原文链接 文章链接 本文地址 永久链接 原文地址 本文网址".split())
# Fields followed by a list of words: `标签:工作总结 述职报告 年终总结`, `TAG标签:…`.
LIST_KEYS = frozenset("标签 相关搜索 热门搜索 热门标签 相关标签 文章标签".split())
# Endings that make a field name of another: `资料更新时间`, `发刊日期`, `发刊频率`, `发行量`.
KEY_ENDS = ("时间", "日期", "次数", "期数", "频率", "量", "访问", "类别")
# Words that stamp a date: `发表于 2010-5-26 13:51:42`, `最后由 … 回复于 …`; a BBS board.
STAMP_WORDS = frozenset(
    "发表于 发布于 回复于 更新于 编辑于 上传于 提交于 最后由 转寄自 看板"
    # a translation site's and a collection's stamps: `翻譯于 3周前`, `推薦于 3周前`
    " 翻译于 推荐于 收录于 创建于 修改于 转载于 整理于".split()
)

# The words of a site's log-in, payment and download forms: `账号:`, `验证码: 换一换`, `支付方式:`.
UI_WORDS = frozenset(
    "账号 帐号 密码 验证码 换一换 忘记密码 邮箱/手机 手机号 用户名 登录 注册 三方登录 第三方登录"
    " 微信登录 QQ登录 扫码登录 快捷下载 登录下载 支付方式 支付宝 微信支付 温馨提示 友情提示"
    " 特别说明 下载须知 版权提示 免责声明 全部分类 帮助中心 ImageVerifierCode 已注册用户请登录"
    " 立即登录 立即注册 免费注册 找回密码 记住我 自动登录 点击注册 立即解锁"
    # buttons and prompts of viewers and 范文 sites
    " 下载此文档 点击下载 免费下载 立即下载 下载文档 文档下载 全文下载 下载完整版 立即开通 开通会员"
    " 成为会员 升级VIP 会员专享 VIP专享 马上注册 注册会员 扫码关注 扫一扫 展开全文 查看全文 收起"
    " 点赞 分享 打印 相关推荐 猜你喜欢 热门推荐 延伸阅读 推荐阅读 相关范文 更多范文 返回顶部"
    " 返回列表 上一页 下一页 首页 尾页 立即购买 购买文档 去充值 会员中心 个人中心 我的下载 我的收藏"
    " 退出登录 登录/注册 我要下载 付费阅读 加入书架 返回原文"
    # forum post bars, ad toggles, font-size bars, mobile menus
    " 显示全部楼层 阅读模式 只看该作者 复制链接 电梯直达 显示广告 隐藏广告 隐藏 手机选单 手机菜单"
    " 字体大小 字号 字级放大 字级缩小 预设字形 放大 缩小 回查询结果 返回查询结果 打印本页 关闭窗口"
    " 字体 大 中 小 默认 ✕ × x X".split()
)
# Words of a site's navigation: one of them makes a row or a column of short words a menu.
NAV_WORDS = frozenset(
    "首页 网站首页 回首页 返回首页 网站地图 导航 网站导航 搜索 站内搜索 登录 注册 English 繁体 简体"
    " 无障碍 手机版 关怀版 联系我们 设为首页 加入收藏 关于我们".split()
)

# The panels of a blog's or a library's side bar, a subject and a panel word: `个人简介`,
# `文章分类`, `文章存档`, `文档信息`, `热门标签`. Weak: a report may head a table `文档信息`.
PANEL_SUBJECTS = (
    "个人 作者 博主 站长 文章 文档 资料 资源 热门 最新 相关 精彩 最近 日志 博文".split()
)
PANEL_WORDS = "简介 分类 存档 归档 信息 标签 排行 统计 推荐 列表 评论 访客 档案".split()
# English stamps a blog prints over a post (the category after them was a link): `Posted in`.
# (Not `Tags:` or `categories:`, the front matter of a Markdown file.)
EN_STAMPS = "Posted Filed Tagged Published Updated".split()
