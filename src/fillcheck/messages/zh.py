"""简体中文消息：键与占位符和 ``en.py`` 完全一致（``tests/test_messages.py`` 检查）。

消息写法按审稿人的口吻：先引出原文，再说明问题，例如“`XX名`：人数未填写”。
``{count!h}`` 把整数写成汉字数字（2 -> 两）。
"""

from __future__ import annotations

from . import merge

COMMON = {
    "delete-it": "删除",
}

KINDS = {
    "kind-people": "人数",
    "kind-count": "数量",
    "kind-money": "金额",
    "kind-percent": "比例",
    "kind-place": "地名",
    "kind-organisation": "单位名称",
    "kind-person": "人名",
    "kind-year": "年份",
    "kind-date": "日期",
    "kind-ordinal": "届次或序号",
    "kind-title": "标题的一部分",
    "kind-word": "名称或词语",
    "kind-value": "内容",
}

PLACEHOLDER = {
    "masked-word": "`{mask}`：{what}未填写",
    "masked-unit": "`{mask}{unit}`：{what}未填写",
    "fill-mask": "将`{mask}`替换为实际内容",
    "anonymised-name": "`{mask}`：名称未填写",
    "anonymised-named": "`某{name}`：{name}的具体名称未填写",
    "fill-name": "将“某”替换为真实名称",
    "blank": "空白`{blank}`：此处应填写{what}",
    "fill-blank": "填写空白处",
    "engine-slot": "模板占位符`{slot}`未替换",
    "template-slot": "模板占位符`{slot}`：{label}未填写",
    "fill-slot": "用实际内容替换占位符",
    "template-instruction": "模板填写说明`{phrase}`留在了正文中",
}

PAYWALL = {
    "paywall-marker": "付费内容标记`{tag}`留在了正文中",
    "page-break-marker": "网站分页标记`{tag}`留在了正文中",
    "delete-marker": "删除该标记",
    "unclosed-paywall-marker": "付费内容标记`{tag}`开始的付费段落没有结束标记，前后可能缺少内容",
    "unopened-paywall-marker": "付费内容标记`{tag}`结束的付费段落没有开始标记，前后可能缺少内容",
    "delete-marker-check": "删除该标记，并核对前后文字是否完整",
    "marker-splits-word": (
        "付费内容标记`{tag}`插在“{left}”和“{right}”之间，截断了正文（…{before}|{after}…）"
    ),
    "hidden-notice": "付费提示“{quote}”：此处原有的内容被隐藏了",
    "restore-hidden": "从原始出处补全内容，替换该提示",
    "unread-prompt": "文库网站提示“{quote}”：其后的页面没有复制下来",
    "restore-pages": "删除该提示，并从完整文档补上缺失的页面",
    "download-prompt": "文库网站的下载提示“{quote}”",
    "truncation-note": "截断提示“{quote}”：其后的内容缺失",
    "restore-text": "删除该提示，并从完整文档补上缺失的内容",
    "site-notice": "文库网站的声明“{quote}”随正文复制了进来",
    "page-counter": "页码“{quote}”留在了正文中",
    "thumbnail-caption": "页面缩略图标题“{quote}”留在了正文中",
    "page-furniture": "网页上的栏目、导航或发布信息“{quote}”随正文复制了进来",
}

COUNT = {
    "group-people": "人",
    "group-households": "户",
    "group-organisations": "单位",
    "count-repeated": "“{first}”和“{second}”在同一分句中重复统计了同一批{group}",
    "delete-repeated": "删去重复的“{second}”",
    "count-contradicts": "“{first}”和“{second}”在同一分句中对同一批{group}给出了两个不同的数字",
    "keep-right-number": "保留正确的数字，只写一次",
    "list-fewer": "“{phrase}”后只列出{count!h}项（应为{announced!h}项）：{listed}",
    "list-more": "“{phrase}”后列出了{count!h}项（应为{announced!h}项）：{listed}",
    "list-before-deng": "“{phrase}”前列出了{count!h}项（应为{announced!h}项）：{listed}",
    "list-agree": "使数字与所列项目一致",
    "count-label": "{count}（{label}）",
    "part-exceeds": "分项{part}超过了总数{total}",
    "check-both": "核对这两个数字",
    "parts-not-summing": "各分项{parts} = {sum}，与总数{total}不符",
    "check-figures": "核对各项数字",
    "enumeration-repeats": "序号“{label}”与前一个“{last}”重复，编号不连续",
    "enumeration-follows": "序号“{label}”接在“{last}”之后，编号不连续",
    "renumber": "重新编号",
    "total-differs": "“{statement}”写的是{count}，但前文“{earlier}”写的是{earlier_count}",
    "state-total-once": "总数只写一次，或使前后一致",
    "list-before-count": "“{phrase}”前列出了{count!h}项（应为{announced!h}项）：{listed}",
    "chars-after-count": "“{phrase}”后的引语有{count!h}个字（应为{announced!h}个）：{listed}",
    "chars-before-count": "“{phrase}”前的引语有{count!h}个字（应为{announced!h}个）：{listed}",
    "items-follow": "“{phrase}”后面是{count!h}项（应为{announced!h}项）：{listed}",
    "items-agree": "使数字与后列各项一致",
    "share-contradicts": "{part}/{whole}是{actual}%，不是{stated}",
    "share-implied": "按其余各项比例推算总数约为{whole}，{part}占{actual}%，不是{stated}",
    "share-over-whole": "{part}占{base}的{stated}：部分不会超过整体的100%",
    "shares-not-summing": "各部分占比{shares}合计{sum}%，不是100%",
    "share-joint": "（{parts}）/{total}是{actual}%，不是{stated}",
    "share-recompute": "重新计算百分比，或核对相关数字",
}

META = {
    "where-next-line": "下一行",
    "where-line": "本行",
    "where-range": "重新启用之前",
    "where-file": "本文档中",
    "enables-nothing": "{directive}没有重新启用任何规则：此处没有被禁用的规则",
    "enables-nothing-one": "{directive}没有重新启用任何规则：此处并未禁用{names}",
    "enables-nothing-many": "{directive}没有重新启用任何规则：此处并未禁用{names}",
    "suppresses-nothing": "{directive}没有抑制任何问题：{where}没有问题",
    "suppresses-nothing-named": "{directive}没有抑制任何问题：{where}没有{names}问题",
    "remove-codes": "从指令中删去{names}",
    "delete-directive": "删除该指令",
    "directive-one-line": "fillcheck 指令必须是同一行内的一个注释",
    "unknown-directive": "未知指令`fillcheck-{action}`（应为以下之一：{expected}）",
    "fix-directive": "改正指令名称",
    "unknown-rule-in-directive": "`fillcheck-{action}`中的规则`{token}`不存在",
    "see-rules": "运行`fillcheck rules`查看规则代码",
}

CLI = {
    "summary": "fillcheck：{files}，{found}{errors}",
    "files-one": "检查了 {count} 个文件",
    "files-many": "检查了 {count} 个文件",
    "findings-one": "发现 {count} 个问题（{parts}）",
    "findings-many": "发现 {count} 个问题（{parts}）",
    "no-findings": "未发现问题",
    "severity-error-one": "{count} 个错误",
    "severity-error-many": "{count} 个错误",
    "severity-warning-one": "{count} 个警告",
    "severity-warning-many": "{count} 个警告",
    "severity-info-one": "{count} 个提示",
    "severity-info-many": "{count} 个提示",
    "list-separator": "，",
    "file-errors-one": "，{count} 个文件出错",
    "file-errors-many": "，{count} 个文件出错",
    "error-line": "fillcheck：错误：{message}",
    "recorded-baseline": "fillcheck：已将 {count} 个问题记录到 {path}",
    "cannot-write-baseline": "{path}：无法写入基线文件：{reason}",
    "interrupted": "fillcheck：已中断",
    "cache-cleaned": "fillcheck：已从 {folder} 删除 {count} 个缓存文件（{size}）",
    "cache-empty": "fillcheck：{folder} 中没有缓存文件",
    "unknown-rule": "未知规则 {code!r}（运行 `fillcheck rules` 查看全部规则）",
    "unknown-format": "未知格式 {name!r}（应为 {expected}）",
    "unknown-value": "未知{what} {value!r}（应为以下之一：{expected}）",
    "what-format": "格式",
    "what-severity": "级别",
    "what-column-unit": "列单位",
    "what-language": "语言",
    "what-colour": "颜色选项",
    "unknown-encoding": "未知编码 {name!r}",
    "statistics-format": (
        "--statistics 只能输出 text 或 json，不能输出 {name!r}（请用 --format json）"
    ),
    "or": "或",
    "explain-head": "{code} {name}（{category}，默认级别 {severity}）",
    "header-code": "代码",
    "header-name": "名称",
    "header-category": "类别",
    "header-severity": "级别",
    "header-summary": "说明",
    "header-count": "数量",
    "total": "合计",
}

REDACTION = {
    "empty-list-item": "`{text}`：列举中的一项被删掉了，只剩下分隔符",
    "restore-item": "补回该项，或删去分隔符",
    "empty-quotation": "`{text}`是空的：其中的文字被删掉了",
    "restore-words": "补回文字，或删去这对符号",
    "filtered-dot": "`{text}`：此处有词语被过滤，换成了圆点",
    "restore-word": "补回该词",
    "filtered-stars": "`{text}`：此处有词语被过滤掉了",
    "letter-in-word": "`{text}`：词语的一部分被字母遮盖",
    "write-word-out": "写出完整的词语",
    "pinyin-initials": "`{text}`是拼音首字母，遮盖了“{word}”",
    "write-this": "改为`{text}`",
    "where": "第 {line} 行第 {column} 列",
    "number-ip": "IP 地址",
    "number-phone": "电话号码",
    "number-id": "身份证号",
    "number-card": "卡号",
    "mask-leaks-number": "`{text}`在此处做了遮盖，但同一{kind}在{where}完整写出",
    "mask-it-too": "在那里也做遮盖",
    "mask-leaks-place": "`{text}`遮盖的地名在{where}写作`{name}`",
    "mask-place-too": "把`{name}`也遮盖，或取消此处的遮盖",
    "partial-masks": "`{text}`与{where}的`{other}`遮盖了同一{kind}的不同位数，合起来就能还原",
    "mask-same-digits": "两处遮盖相同的位数",
    "masked-number": "已遮盖的{kind}`{text}`",
    "anonymised-person": "已匿名的人名`{text}`",
    "masked-public-record": "`{mask}`遮盖了公开文件中的数值或名称（转载时做了遮盖）",
    "restore-value": "写出原值，或注明此为遮盖后的副本",
}

FORMAT = {
    "stray-site-mark": "`{text}`：文中夹有文档分享网站的防复制标记",
    "delete-mark": "删去该标记",
    "word-field-code": "`{text}`：文中留有 Word 域代码，而非域结果",
    "delete-field-code": "更新域，或删去该代码",
    "space-in-number-unit": "`{text}`：数字与单位之间不应有空格（本文档有 {count} 处不加空格）",
    "dot-decimal": "`{text}`被用作小数点",
    "full-width-digits": "`{text}`使用了全角数字，而本文档有 {count} 处数字使用半角",
    "half-width-punctuation": "中文中使用了半角`{char}`，本文档其他地方写作`{full}`",
    "document-number-brackets": "`{text}`：发文字号中的年份应使用六角括号`〔〕`",
    "heading-skipped": "`{marker}`是{level!h}级标题，却紧跟在{previous!h}级标题之后，跳过了一级",
    "number-headings": "按 一、（一）1.（1） 的顺序编排标题",
}

FIX = {
    "fix-fixed": "fillcheck：已修复 {fixed} 个{findings}，涉及 {files} 个{noun}",
    "fix-would-fix": "fillcheck：可修复 {fixed} 个{findings}，涉及 {files} 个{noun}",
    "fix-finding-one": "问题",
    "fix-finding-many": "问题",
    "fix-file-one": "文件",
    "fix-file-many": "文件",
    "fix-held-back": "fillcheck：{count} 处不安全的{fixes}未应用（加 --unsafe-fixes 应用）",
    "fix-fix-one": "修复",
    "fix-fix-many": "修复",
    "fix-unplaced": "fillcheck：HTML 中有 {count} 处{fixes}未应用：无法在标记中唯一确定文字位置",
    "fix-not-edited": (
        "fillcheck：{count} 个 .docx/.pdf/.doc/.wps {noun}未修改（--fix 只修改 .txt、.md 和 "
        ".html）；`fillcheck annotate` 可生成带批注的 .docx 副本"
    ),
    "fix-not-fixed": "{path}：未修复：{reason}",
    "fix-encoding": "按原编码写回会改变文件内容，因此未修复",
    "fix-fix-and-diff": "--fix 会写入文件，--diff 只显示将写入的内容：请只用其中一个",
    "fix-stdin": "--fix 和 --diff 修改的是文件，不能用于标准输入",
    "fix-no-pygls": "语言服务器需要 pygls：pip install 'fillcheck[lsp]'",
    "fix-write": "改为 `{fixed}`",
    "fix-delete-marker": "删除付费标记",
    "fix-delete-marker-line": "删除付费标记所在行",
    "fix-delete-residue": "删除文库网站残留文字",
    "fix-delete-residue-line": "删除文库网站残留文字所在行",
    "fix-disable-line": "本行停用 {code}",
}

# Why a file, a directory, a baseline or a pattern could not be used (see en.py READ).
READ = {
    "path-reason": "{path}：{reason}",
    "read-no-such-file": "文件不存在",
    "read-broken-link": "符号链接已失效",
    "read-link-loop": "符号链接循环",
    "read-name-too-long": "文件名过长",
    "read-permission-denied": "没有读取权限",
    "read-is-directory": "是目录，不是文件",
    "read-kind-directory": "是目录",
    "read-kind-fifo": "是命名管道（FIFO）",
    "read-kind-socket": "是套接字",
    "read-kind-char-device": "是字符设备",
    "read-kind-block-device": "是块设备",
    "read-not-regular": "{kind}，不是普通文件",
    "read-not-regular-file": "不是普通文件",
    "read-too-large": "大小为 {size} MB，超过 {limit} MB 的上限（可用 --max-size 调高）",
    "read-over-limit": "超过 {limit} MB，不可能是有效文件",
    "read-changed": "读取过程中文件被修改，请重新检查",
    "read-encrypted": "有密码保护（已加密），请另存一份不带密码的副本",
    "read-zip-archive": "是 zip 压缩包，不是 fillcheck 能读取的文档",
    "read-really": "实际是{what}，与扩展名不符；已按{what}检查",
    "read-what-docx": "Word 文档（.docx）",
    "read-what-pdf": "PDF 文件",
    "read-what-ole": "二进制 Word/WPS 文档（.doc/.wps）",
    "read-what-text": "纯文本",
    "read-not-valid": "不是有效的 {ext} 文件（{error}）",
    "read-cannot-read": "无法读取：{error}：{detail}",
    "read-no-details": "无详细信息",
    "read-cannot-list": "无法列出目录内容：{error}",
    "read-binary": "是二进制文件，不是文本",
    "read-binary-as": "是二进制文件，不是文本（按 {name} 解码）",
    "read-no-encoding": "无法识别文本编码（可用 --encoding 指定）",
    "read-undecodable": "无法按 {name} 解码（不符合 {name} 的字节过多）",
    "read-bad-bytes-one": (
        "有 {count} 个字节不符合 {name}（第一个位于第 {first} 字节）；已替换为 U+FFFD 后检查"
    ),
    "read-bad-bytes-many": (
        "有 {count} 个字节不符合 {name}（第一个位于第 {first} 字节）；已替换为 U+FFFD 后检查"
    ),
    "read-over-count": "超过 {count}",
    "read-charset": "声明的字符集是 {declared}，但字节内容不是 {declared}；已按 {found} 读取",
    "read-docx-rels": "不是有效的 .docx：_rels/.rels 已损坏（{error}）",
    "read-docx-no-body": (
        "不是有效的 .docx：压缩包中没有 {name}（文档正文）；是否是其他类型的 zip 文件？"
    ),
    "read-docx-xml": "不是有效的 .docx：XML 已损坏（{detail}）",
    "read-docx-unreadable": "无法作为 Word 文档读取：{error}：{detail}",
    "read-zip-missing": "不是有效的 {what}：缺少 {name}",
    "read-zip-corrupt": "不是有效的 {what}：zip 压缩包已损坏或不完整",
    "read-zip-corrupt-detail": "不是有效的 {what}：zip 压缩包已损坏或不完整（{detail}）",
    "read-zip-over-entries": "不是真正的 {what}：zip 压缩包中的条目超过 {count} 个（zip 炸弹？）",
    "read-zip-entries": "不是真正的 {what}：zip 压缩包中有 {count} 个条目（zip 炸弹？）",
    "read-zip-total": (
        "解压后内容为 {size} MB，超过 {limit} MB 的上限（zip 炸弹？）；可用 --max-size 调高"
    ),
    "read-zip-entry-encrypted": "有密码保护：压缩包中的 {name} 已加密；请另存一份不带密码的副本",
    "read-zip-ratio": (
        "不是真正的 {what}：{name} 解压比为 {ratio}:1（{packed} MB 解压为 {size} MB），zip 炸弹？"
    ),
    "read-zip-budget": (
        "解压后内容超出为 {name} 剩余的 {limit} MB 上限（zip 炸弹？）；可用 --max-size 调高"
    ),
    "read-zip-ratio-over": (
        "不是真正的 {what}：{name} 解压比超过 {ratio}:1（{packed} MB 解压为超过 {size} MB），"
        "zip 炸弹？"
    ),
    "read-pdf-no-objects": "已损坏或不是 PDF：%PDF- 文件头之后没有 PDF 对象",
    "read-pdf-truncated": "不完整（末尾没有 %%EOF）；请重新保存或下载",
    "read-pdf-no-pages": "是没有页面的 PDF",
    "read-pdf-no-text": "没有文字层（可能是扫描图像），请先进行 OCR 识别",
    "read-pdf-owner-password": (
        "设有所有者密码（复制保护），解密后文字仍无法解码；请另存一份未加保护的副本再检查"
    ),
    "read-pdf-unmapped": "文字层无法解码（字体缺少字符映射表），请先进行 OCR 识别",
    "read-pdf-pages": "已损坏：无法读取页面（{why}）",
    "read-pdf-page-tree": "已损坏：无法读取页面树",
    "read-pdf-missing-pages": "已损坏：共 {count} 页，只能读取 {found} 页",
    "read-pdf-page": "已损坏：无法读取第 {number} 页（{why}）",
    "read-pdf-content-missing": "已损坏：第 {number} 页的内容缺失",
    "read-pdf-content-undecodable": "已损坏：第 {number} 页的内容无法解码",
    "read-pdf-password": "有密码保护；请另存一份不带密码的副本",
    "read-pdf-encryption": "加密方式无法读取（{why}）；请另存为未加密的文件",
    "read-pdf-breaks-off": "已损坏：文件结构中断（{why}）；请重新保存或下载",
    "read-pdf-damaged": "已损坏或不是 PDF（{why}）",
    "read-pdf-over-limit": "解压后超过 {limit} MB 的上限（解压炸弹？）；可用 --max-size 调高",
    "read-pdf-stream-bomb": (
        "有一个数据流解压比超过 {ratio}:1（{packed} 解压为超过 {size}），解压炸弹？"
    ),
    "read-pdf-cycle": "已损坏：对象 {number} 是循环引用",
    "read-doc-no-stream": (
        "不是 Word 文档：复合文件中没有 WordDocument 流（是改了扩展名的 Excel 或 PowerPoint "
        "文件，还是文件已损坏？）"
    ),
    "read-doc-install": (
        "读取 .doc/.wps 需要 LibreOffice：请安装（Debian/Ubuntu：apt install "
        "libreoffice-writer-nogui；macOS：brew install --cask libreoffice；Windows："
        "libreoffice.org），或将文件另存为 .docx"
    ),
    "read-doc-not-converted": "LibreOffice 无法将其转换为 .docx（文件已损坏或有密码保护？）",
    "read-doc-not-converted-detail": (
        "LibreOffice 无法将其转换为 .docx（文件已损坏或有密码保护？）：{detail}"
    ),
    "read-doc-cannot-start": "无法启动 LibreOffice（{program}）：{error}",
    "read-doc-timeout": (
        "LibreOffice 未能在 {seconds} 秒内完成转换（文件过大或已损坏？）；请另存为 .docx"
    ),
    "read-pattern-timeout": "{code}（{name}）超时（{seconds} 秒）",
    "read-pattern-overflow": "{code}（{name}）匹配超过 {count} 次（范围太宽？）",
    "read-not-reported": "{reason}；此文件中该规则的结果不予报告",
    "read-gave-up": "检查超过 {seconds} 秒，已放弃",
    "read-needed-memory": "所需内存超过 {megabytes} MB",
    "read-out-of-memory": "内存不足",
    "read-worker-died": "检查它的进程意外结束（等待状态 {status}）",
    "baseline-not-found": "基线文件不存在",
    "baseline-is-directory": "基线是目录，不是文件",
    "baseline-not-usable": "基线{reason}",
    "baseline-deep": "不是 fillcheck 基线文件：嵌套过深",
    "baseline-cannot-read": "无法读取基线文件：{error}",
    "baseline-not-utf8": "不是 fillcheck 基线文件：不是 UTF-8 文本",
    "baseline-json": "不是 fillcheck 基线文件：第 {line} 行 JSON 无效",
    "baseline-no-version": "不是 fillcheck 基线文件：缺少 version 字段",
    "baseline-version": "不支持的基线版本 {version}（此版本 fillcheck 读取版本 {expected}）",
    "baseline-no-findings": "不是 fillcheck 基线文件：缺少 findings 列表",
    "baseline-entry": "不是 fillcheck 基线文件：第 {index} 条缺少 path 或 fingerprint",
    "baseline-no-directory": "无法写入基线文件：目录不存在",
}

# Why a configuration file or one of its keys cannot be used (see en.py CONFIG).
CONFIG = {
    "config-key-reason": "{path}：{where}：{reason}",
    "config-setting": "{where}：{reason}",
    "config-cannot-read": "无法读取：{error}",
    "config-not-utf8": "TOML 无效：不是 UTF-8 编码",
    "config-deep": "TOML 无效：嵌套过深",
    "config-invalid": "TOML 无效：{error}",
    "config-expected-table": "应为表（table）",
    "config-no-table": "没有 [tool.fillcheck] 表",
    "config-with-isolated": "不能与 --isolated 同时使用",
    "config-unknown-key": "未知的键",
    "config-unknown-key-hint": "未知的键（是不是 {name}？）",
    "config-expected-style": "应为 {choices} 之一，实际是 {value}",
    "config-expected-language": "应为语言名称，实际是{what}",
    "config-expected-boolean": "应为 true 或 false，实际是{what}",
    "config-expected-strings": "应为字符串数组，实际是{what}",
    "config-found-in-strings": "应为字符串数组，其中有{what}",
    "config-expected-table-got": "应为表（table），实际是{what}",
    "config-expected-severity": "应为严重级别名称，实际是{what}",
    "config-invalid-glob": "通配模式无效：{error}",
    "config-empty-phrase": "允许的短语不能为空",
    "config-expected-seconds": "应为大于 0 的秒数，实际是 {value}",
    "config-type-bool": "布尔值",
    "config-type-str": "字符串",
    "config-type-int": "整数",
    "config-type-float": "数字",
    "config-type-list": "数组",
    "config-type-dict": "表（table）",
    "config-type-other": " {name} 类型的值",
    "config-expected-patterns": "应为表数组（[[patterns]]）",
    "config-duplicate-code": "规则代码 {code} 重复",
    "config-duplicate-name": "规则名称 {name} 重复",
    "config-pattern-key": "未知的键（可用：{keys}）",
    "config-missing-key": "缺少必需的键 {name}",
    "config-non-empty": "应为非空字符串",
    "config-not-user-code": "{code} 不是用户规则代码（FC900 至 FC999）",
    "config-not-kebab": "{name} 不是 kebab-case 名称（如 'my-rule'）",
    "config-unknown-category": "未知的类别 {name}（可选：{names}）",
    "config-invalid-regex": "正则表达式无效：{error}",
    "config-empty-match": "该正则表达式能匹配空字符串",
}

# Where a finding is in a .docx, .pdf or .html file (see en.py PARTS).
PARTS = {
    "located": "{message}（{where}）",
    "part-separator": "",
    "part-body": "正文",
    "part-header": "页眉",
    "part-footer": "页脚",
    "part-in-footnote": "脚注",
    "part-in-endnote": "尾注",
    "part-in-comment": "批注",
    "part-text-box": "的文本框",
    "part-paragraph": "第{n}段",
    "part-table": "表{n}",
    "part-nested-table": "嵌套表{n}",
    "part-row": "第{n}行",
    "part-cell": "第{n}列",
    "part-footnote": "脚注{n}",
    "part-endnote": "尾注{n}",
    "part-comment": "批注{n}",
    "part-page": "第{n}页",
    "part-html-line": "HTML第{n}行",
}

# `fillcheck install-hook` and the hook it installs (see en.py HOOK).
HOOK = {
    "hook-no-directory": "{path}：目录不存在",
    "hook-no-git": "未安装 git（或不在 PATH 中）",
    "hook-not-directory": "{path}：不是目录",
    "hook-not-repository": "{path} 不是 git 仓库",
    "hook-bare": "{path} 是裸仓库；pre-commit 钩子需要工作区",
    "hook-exists": (
        "{path} 已存在，且不是 fillcheck 写入的；用 --force 替换它（原钩子保留为 {backup}）"
    ),
    "hook-exists-pre-commit": (
        "{path} 已存在，且不是 fillcheck 写入的（这是 pre-commit 的钩子：请改为把 fillcheck "
        "加入 .pre-commit-config.yaml）；用 --force 替换它（原钩子保留为 {backup}）"
    ),
    "hook-backup-exists": "{path} 已存在；请先把它移走，再用 --force 重试",
    "hook-bypass": "如需某次提交跳过检查，请用 `git commit --no-verify`",
    "hook-installed": "fillcheck：已安装 pre-commit 钩子 {path}；{bypass}",
    "hook-installed-kept": (
        "fillcheck：已安装 pre-commit 钩子 {path}；原钩子保留为 {backup}；{bypass}"
    ),
    "hook-cannot-write": "{path}：无法写入钩子：{error}",
    "hook-none": "{path} 中没有可移除的 pre-commit 钩子",
    "hook-foreign": "{path} 不是 fillcheck 写入的，不予改动",
    "hook-removed": "fillcheck：已移除 pre-commit 钩子 {path}",
    "hook-removed-restored": "fillcheck：已移除 pre-commit 钩子 {path}，并恢复了原来的钩子",
    "hook-git-failed": "git 运行失败",
    "hook-cannot-read-staged": "{path}：无法读取暂存区中的内容：{reason}",
    "hook-git-diff-failed": "git diff 运行失败",
    "hook-cannot-list": "无法列出暂存的文件：{reason}",
    "hook-failed-one": (
        "fillcheck：{count} 个暂存文件中有 {failed} 个未通过检查；请修改后重新暂存，或{bypass}"
    ),
    "hook-failed-many": (
        "fillcheck：{count} 个暂存文件中有 {failed} 个未通过检查；请修改后重新暂存，或{bypass}"
    ),
    "cannot-write-stdout": "无法写入标准输出：{error}",
}

# Output files, `annotate` and rule selectors (see en.py OUTPUT).
OUTPUT = {
    "fillcheck-says": "fillcheck：{message}",
    "annotate-written": "已为 {findings}写入 {comments}，保存到 {path}",
    "annotate-comments-one": "{count} 条批注",
    "annotate-comments-many": "{count} 条批注",
    "annotate-findings-one": "{count} 个问题",
    "annotate-findings-many": "{count} 个问题",
    "output-cannot-write": "{path}：无法写入输出：{reason}",
    "output-not-regular": "{kind}，不是普通文件",
    "output-no-directory": "目录 {path} 不存在",
    "output-directory": "是目录",
    "output-fifo": "是命名管道",
    "output-device": "是设备文件",
    "output-socket": "是套接字",
    "output-special": "是特殊文件",
    "unknown-selector": "未知的规则代码或前缀 {name}",
}

MESSAGES = merge(
    COMMON,
    KINDS,
    PLACEHOLDER,
    PAYWALL,
    COUNT,
    REDACTION,
    FORMAT,
    META,
    CLI,
    FIX,
    READ,
    CONFIG,
    PARTS,
    HOOK,
    OUTPUT,
)
