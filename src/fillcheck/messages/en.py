"""English messages: the default language, and the reference for every other table.

One dict per family, merged into ``MESSAGES``; a new family adds its dict here,
in ``zh.py`` with the same keys and placeholders, and to the ``merge`` call.
"""

from __future__ import annotations

from . import merge

# Words shared by several families.
COMMON = {
    "delete-it": "delete it",
}

# What a masked or blank value stands for (see detectors/_values.py).
KINDS = {
    "kind-people": "the number of people",
    "kind-count": "the number",
    "kind-money": "the amount of money",
    "kind-percent": "the percentage",
    "kind-place": "the name of the place",
    "kind-organisation": "the name of the organisation",
    "kind-person": "the person's name",
    "kind-year": "the year",
    "kind-date": "the date",
    "kind-ordinal": "the ordinal number",
    "kind-title": "part of the title",
    "kind-word": "a name or word",
    "kind-value": "a value",
}

# FC1xx: placeholders.py, blanks.py
PLACEHOLDER = {
    "masked-word": "`{mask}` masks {what} that was never filled in",
    "masked-unit": "`{mask}{unit}`: {what} was never filled in",
    "fill-mask": "replace `{mask}` with the real value",
    "anonymised-name": "`{mask}` stands for a name that was never filled in",
    "anonymised-named": "`某{name}`: the name of the {name} was never filled in",
    "fill-name": "replace `某` with the real name",
    "blank": "blank `{blank}` left where {what} belongs",
    "fill-blank": "fill in the blank",
    "engine-slot": "template slot `{slot}` was never replaced",
    "template-slot": "template slot `{slot}`: the {label} was never filled in",
    "fill-slot": "replace the slot with the real value",
    "template-instruction": "template instruction `{phrase}` left in the text",
}

# FC2xx: paywall.py, scrape.py
PAYWALL = {
    "paywall-marker": "paywall marker `{tag}` left in the text",
    "page-break-marker": "CMS page-break marker `{tag}` left in the text",
    "delete-marker": "delete the marker",
    "unclosed-paywall-marker": (
        "paywall marker `{tag}` opens a paid section that is never closed; "
        "text may be missing around it"
    ),
    "unopened-paywall-marker": (
        "paywall marker `{tag}` closes a paid section that was never opened; "
        "text may be missing around it"
    ),
    "delete-marker-check": "delete the marker and check that the text around it is complete",
    "marker-splits-word": (
        "paywall marker `{tag}` cuts into the text between {left} and {right} (…{before}|{after}…)"
    ),
    "hidden-notice": "paywall notice “{quote}” stands in for hidden content",
    "restore-hidden": "replace the notice with the full text from the original source",
    "unread-prompt": "sharing-site prompt “{quote}”: the pages after it were not copied",
    "restore-pages": "delete the prompt and add the missing pages from the full document",
    "download-prompt": "download prompt “{quote}” of a document-sharing site",
    "truncation-note": "truncation note “{quote}”: the text after it is missing",
    "restore-text": "delete the note and add the missing text from the full document",
    "site-notice": "sharing-site notice “{quote}” copied with the text",
    "page-counter": "page counter “{quote}” left in the body text",
    "thumbnail-caption": "page-thumbnail caption “{quote}” left in the body text",
    "page-furniture": "web-page furniture “{quote}” copied with the text",
}

# FC3xx: counts.py, _count_lists.py, _count_parts.py, _enumeration.py
COUNT = {
    "group-people": "people",
    "group-households": "households",
    "group-organisations": "organisations",
    "count-repeated": "{first} and {second} count the same {group} twice in one clause",
    "delete-repeated": "delete the repeated {second}",
    "count-contradicts": (
        "{first} and {second} give two different numbers for the same {group} in one clause"
    ),
    "keep-right-number": "keep the right number, once",
    "list-fewer": "{phrase} announces {announced} items but the list has {count}: {listed}",
    "list-more": "{phrase} announces {announced} items but the list has {count}: {listed}",
    "list-before-deng": "{phrase} announces {announced} but {count} are listed: {listed}",
    "list-agree": "make the numeral and the list agree",
    "count-label": "{count} ({label})",
    "part-exceeds": "part {part} exceeds the total {total}",
    "check-both": "check both figures",
    "parts-not-summing": "parts {parts} = {sum} do not add up to the total {total}",
    "check-figures": "check the figures",
    "enumeration-repeats": "{label} repeats {last}: the list is numbered out of sequence",
    "enumeration-follows": "{label} follows {last}: the list is numbered out of sequence",
    "renumber": "renumber the list",
    "total-differs": ("{statement} states {count}, but {earlier} stated {earlier_count} earlier"),
    "state-total-once": "state the total once, or agree",
    "list-before-count": (
        "{phrase} announces {announced} but {count} are listed before it: {listed}"
    ),
    "chars-after-count": (
        "{phrase} counts {announced} characters but the quotation after it has {count}: {listed}"
    ),
    "chars-before-count": (
        "{phrase} counts {announced} characters but the quotation before it has {count}: {listed}"
    ),
    "items-follow": "{phrase} announces {announced} but {count} follow: {listed}",
    "items-agree": "make the numeral and the items agree",
    "share-contradicts": "{part}/{whole} is {actual}%, not {stated}",
    "share-implied": (
        "{part} of a whole of about {whole} (what the other shares imply) is {actual}%,"
        " not {stated}"
    ),
    "share-over-whole": "{part} is {stated} of {base}: a part is at most 100% of its whole",
    "shares-not-summing": "shares {shares} = {sum}% of one whole, not 100%",
    "share-joint": "({parts})/{total} is {actual}%, not {stated}",
    "share-recompute": "recompute the percentage or check the counts",
}

# FC0xx: suppress.py
META = {
    "where-next-line": "on the next line",
    "where-line": "on its line",
    "where-range": "before it is re-enabled",
    "where-file": "in this document",
    "enables-nothing": "{directive} re-enables nothing: nothing is not disabled here",
    "enables-nothing-one": "{directive} re-enables nothing: {names} is not disabled here",
    "enables-nothing-many": "{directive} re-enables nothing: {names} are not disabled here",
    "suppresses-nothing": "{directive} suppresses nothing: no finding {where}",
    "suppresses-nothing-named": "{directive} suppresses nothing: no {names} finding {where}",
    "remove-codes": "remove {names} from the directive",
    "delete-directive": "delete the directive",
    "directive-one-line": "a fillcheck directive must be one comment on one line",
    "unknown-directive": "unknown directive `fillcheck-{action}` (expected one of: {expected})",
    "fix-directive": "fix the directive's name",
    "unknown-rule-in-directive": "unknown rule `{token}` in `fillcheck-{action}`",
    "see-rules": "see `fillcheck rules` for codes",
}

# The command line: summary, error lines, tables.
CLI = {
    "summary": "fillcheck: {files}, {found}{errors}",
    "files-one": "{count} file checked",
    "files-many": "{count} files checked",
    "findings-one": "{count} finding ({parts})",
    "findings-many": "{count} findings ({parts})",
    "no-findings": "no findings",
    "severity-error-one": "{count} error",
    "severity-error-many": "{count} errors",
    "severity-warning-one": "{count} warning",
    "severity-warning-many": "{count} warnings",
    "severity-info-one": "{count} info",
    "severity-info-many": "{count} info",
    "list-separator": ", ",
    "file-errors-one": ", {count} file error",
    "file-errors-many": ", {count} file errors",
    "error-line": "fillcheck: error: {message}",
    "recorded-baseline": "fillcheck: recorded {count} findings in {path}",
    "cannot-write-baseline": "{path}: cannot write the baseline: {reason}",
    "interrupted": "fillcheck: interrupted",
    "cache-cleaned": "fillcheck: removed {count} cache files ({size}) from {folder}",
    "cache-empty": "fillcheck: no cache files in {folder}",
    "unknown-rule": "unknown rule {code!r} (see `fillcheck rules`)",
    "unknown-format": "unknown format {name!r} (expected {expected})",
    "unknown-value": "unknown {what} {value!r} (expected one of: {expected})",
    "what-format": "format",
    "what-severity": "severity",
    "what-column-unit": "column unit",
    "what-language": "language",
    "what-colour": "colour choice",
    "unknown-encoding": "unknown encoding {name!r}",
    "statistics-format": "--statistics prints text or json, not {name!r} (use --format json)",
    "or": "or",
    "explain-head": "{code} {name} ({category}, default severity {severity})",
    "header-code": "code",
    "header-name": "name",
    "header-category": "category",
    "header-severity": "severity",
    "header-summary": "summary",
    "header-count": "count",
    "total": "total",
}

# FC4xx: redaction.py, _leaks.py
REDACTION = {
    "empty-list-item": "`{text}`: an item of this list was deleted and its separator left behind",
    "restore-item": "restore the item or remove the separator",
    "empty-quotation": "`{text}` is empty: the words inside were deleted",
    "restore-words": "restore the words or remove the marks",
    "filtered-dot": "`{text}`: a word was filtered out here and replaced by a dot",
    "restore-word": "restore the word",
    "filtered-stars": "`{text}` stands where a word was filtered out",
    "letter-in-word": "`{text}`: a letter masks part of a word",
    "write-word-out": "write the word out",
    "pinyin-initials": "`{text}` is pinyin initials masking `{word}`",
    "write-this": "write `{text}`",
    "where": "line {line}, column {column}",
    "number-ip": "IP address",
    "number-phone": "phone number",
    "number-id": "ID number",
    "number-card": "card number",
    "mask-leaks-number": "`{text}` is masked here but the same {kind} stands in full at {where}",
    "mask-it-too": "mask it there too",
    "mask-leaks-place": (
        "`{text}` masks a place that the document writes out as `{name}` at {where}"
    ),
    "mask-place-too": "mask `{name}` too, or unmask this one",
    "partial-masks": (
        "`{text}` and `{other}` at {where} mask different digits of one {kind}: "
        "together they reveal it"
    ),
    "mask-same-digits": "mask the same digits in both places",
    "masked-number": "masked {kind} `{text}`",
    "anonymised-person": "anonymised name `{text}`",
    "masked-public-record": "`{mask}` masks a value of a public record republished masked",
    "restore-value": "publish the value, or say that the copy is masked",
}

# FC5xx: format.py, _official.py
FORMAT = {
    "stray-site-mark": "`{text}`: a sharing site's copy mark stands in the text",
    "delete-mark": "delete the mark",
    "word-field-code": "`{text}`: a Word field code stands where its result belongs",
    "delete-field-code": "update the field, or delete the code",
    "space-in-number-unit": (
        "`{text}`: no space between a number and its unit "
        "(the document writes {count} pairs without one)"
    ),
    "dot-decimal": "`{text}` is used as a decimal point",
    "full-width-digits": (
        "`{text}` is written with full-width digits; "
        "the document writes {count} numbers with half-width ones"
    ),
    "half-width-punctuation": (
        "half-width `{char}` in Chinese text; the document otherwise writes `{full}`"
    ),
    "document-number-brackets": "`{text}`: the year of a document number is written in `〔〕`",
    "heading-skipped": (
        "`{marker}` is a level-{level} heading straight after a level-{previous} one: "
        "a level is skipped"
    ),
    "number-headings": "number the headings 一、（一）1.（1） in order",
}

# check --fix / --diff (fix/run.py), fix titles (fix/residue.py), server code actions.
FIX = {
    "fix-fixed": "fillcheck: fixed {fixed} {findings} in {files} {noun}",
    "fix-would-fix": "fillcheck: would fix {fixed} {findings} in {files} {noun}",
    "fix-finding-one": "finding",
    "fix-finding-many": "findings",
    "fix-file-one": "file",
    "fix-file-many": "files",
    "fix-held-back": "fillcheck: {count} unsafe {fixes} held back (use --unsafe-fixes to apply)",
    "fix-fix-one": "fix",
    "fix-fix-many": "fixes",
    "fix-unplaced": (
        "fillcheck: {count} {fixes} in HTML not applied: the text could not be located in "
        "the markup without doubt"
    ),
    "fix-not-edited": (
        "fillcheck: {count} .docx/.pdf/.doc/.wps {noun} not edited (--fix changes only .txt, "
        ".md and .html); `fillcheck annotate` writes a commented copy of a .docx"
    ),
    "fix-not-fixed": "{path}: not fixed: {reason}",
    "fix-encoding": "its encoding would not survive rewriting it, so it is not fixed",
    "fix-fix-and-diff": "--fix writes files and --diff shows what it would write: use one of them",
    "fix-stdin": "--fix and --diff edit files, not standard input",
    "fix-no-pygls": "the language server needs pygls: pip install 'fillcheck[lsp]'",
    "fix-write": "Write `{fixed}`",
    "fix-delete-marker": "Delete the paywall marker",
    "fix-delete-marker-line": "Delete the line with the paywall marker",
    "fix-delete-residue": "Delete the sharing-site residue",
    "fix-delete-residue-line": "Delete the line with the sharing-site residue",
    "fix-disable-line": "Disable {code} for this line",
}

# Why a file, a directory, a baseline or a pattern could not be used: the reason after
# "path: " in an error line (readers/*, walk.py, safewrite.py, baseline.py, userrules.py).
READ = {
    "path-reason": "{path}: {reason}",
    "read-no-such-file": "no such file",
    "read-broken-link": "broken symbolic link",
    "read-link-loop": "symbolic link loop",
    "read-name-too-long": "file name too long",
    "read-permission-denied": "permission denied",
    "read-is-directory": "is a directory",
    "read-kind-directory": "is a directory",
    "read-kind-fifo": "is a FIFO (named pipe)",
    "read-kind-socket": "is a socket",
    "read-kind-char-device": "is a character device",
    "read-kind-block-device": "is a block device",
    "read-not-regular": "{kind}, not a regular file",
    "read-not-regular-file": "is not a regular file",
    "read-too-large": (
        "is {size} MB, over the size limit of {limit} MB (raise it with --max-size)"
    ),
    "read-over-limit": "is over {limit} MB, too large to be one",
    "read-changed": "changed while it was being read; check it again",
    "read-encrypted": "is password-protected (encrypted); save a copy without a password",
    "read-zip-archive": "is a zip archive, not a document fillcheck reads",
    "read-really": "is really {what}, not what its extension says; checked as {what}",
    "read-what-docx": "a Word document (.docx)",
    "read-what-pdf": "a PDF",
    "read-what-ole": "a binary Word/WPS document (.doc/.wps)",
    "read-what-text": "plain text",
    "read-not-valid": "is not a valid {ext} file ({error})",
    "read-cannot-read": "cannot be read: {error}: {detail}",
    "read-no-details": "no details",
    "read-cannot-list": "cannot list directory: {error}",
    "read-binary": "binary file, not text",
    "read-binary-as": "binary file, not text (decoded as {name})",
    "read-no-encoding": "cannot detect the text encoding (use --encoding to set it)",
    "read-undecodable": "cannot be decoded as {name} (too many bytes that are not {name})",
    "read-bad-bytes-one": (
        "has {count} byte that is not {name} (the first at byte {first}); checked with it "
        "replaced by U+FFFD"
    ),
    "read-bad-bytes-many": (
        "has {count} bytes that are not {name} (the first at byte {first}); checked with them "
        "replaced by U+FFFD"
    ),
    "read-over-count": "over {count}",
    "read-charset": (
        "declares charset {declared}, but its bytes are not {declared}; read as {found}"
    ),
    "read-docx-rels": "is not a valid .docx: broken _rels/.rels ({error})",
    "read-docx-no-body": (
        "is not a valid .docx: the zip archive has no {name} (the document body); is it another "
        "kind of zip file?"
    ),
    "read-docx-xml": "is not a valid .docx: broken XML ({detail})",
    "read-docx-unreadable": "cannot be read as a Word document: {error}: {detail}",
    "read-zip-missing": "is not a valid {what}: it has no {name}",
    "read-zip-corrupt": "is not a valid {what}: corrupt or truncated zip archive",
    "read-zip-corrupt-detail": "is not a valid {what}: corrupt or truncated zip archive ({detail})",
    "read-zip-over-entries": (
        "is not a real {what}: its zip archive has over {count} entries (a zip bomb?)"
    ),
    "read-zip-entries": "is not a real {what}: its zip archive has {count} entries (a zip bomb?)",
    "read-zip-total": (
        "uncompressed content is {size} MB, over the size limit of {limit} MB (a zip bomb?); "
        "raise it with --max-size"
    ),
    "read-zip-entry-encrypted": (
        "is password-protected: {name} in its zip archive is encrypted; save a copy without a "
        "password"
    ),
    "read-zip-ratio": (
        "is not a real {what}: {name} expands {ratio}:1 ({packed} MB to {size} MB), a zip bomb?"
    ),
    "read-zip-budget": (
        "uncompressed content is over the size limit of {limit} MB left for {name} "
        "(a zip bomb?); raise it with --max-size"
    ),
    "read-zip-ratio-over": (
        "is not a real {what}: {name} expands over {ratio}:1 ({packed} MB to over {size} MB), "
        "a zip bomb?"
    ),
    "read-pdf-no-objects": "is damaged or not a PDF: no PDF objects follow its %PDF- header",
    "read-pdf-truncated": ("is truncated (it does not end with %%EOF); save or download it again"),
    "read-pdf-no-pages": "is a PDF with no pages",
    "read-pdf-no-text": "has no text layer (a scanned image?); run OCR on it first",
    "read-pdf-owner-password": (
        "is encrypted with an owner password (copy protection) and its text cannot be "
        "decoded after decryption; save an unprotected copy and check that"
    ),
    "read-pdf-unmapped": (
        "has a text layer that cannot be decoded (fonts without a character map); "
        "run OCR on it first"
    ),
    "read-pdf-pages": "is damaged: its pages cannot be read ({why})",
    "read-pdf-page-tree": "is damaged: its page tree cannot be read",
    "read-pdf-missing-pages": "is damaged: only {found} of its {count} pages can be read",
    "read-pdf-page": "is damaged: page {number} cannot be read ({why})",
    "read-pdf-content-missing": "is damaged: the content of page {number} is missing",
    "read-pdf-content-undecodable": "is damaged: page {number}'s content cannot be decoded",
    "read-pdf-password": "is password-protected; save a copy without a password",
    "read-pdf-encryption": (
        "is encrypted in a way that cannot be read ({why}); save it unencrypted"
    ),
    "read-pdf-breaks-off": (
        "is damaged: its structure breaks off ({why}); save or download it again"
    ),
    "read-pdf-damaged": "is damaged or not a PDF ({why})",
    "read-pdf-over-limit": (
        "decompresses to over {limit} MB, the size limit (a decompression bomb?); "
        "raise it with --max-size"
    ),
    "read-pdf-stream-bomb": (
        "has a stream that expands over {ratio}:1 ({packed} to over {size}), a decompression bomb?"
    ),
    "read-pdf-cycle": "is damaged: object {number} is a reference cycle",
    "read-doc-no-stream": (
        "is not a Word document: its compound file has no WordDocument stream "
        "(an Excel or PowerPoint file renamed, or damaged?)"
    ),
    "read-doc-install": (
        "reading .doc/.wps needs LibreOffice: install it (Debian/Ubuntu: apt install "
        "libreoffice-writer-nogui; macOS: brew install --cask libreoffice; Windows: "
        "libreoffice.org) or save the file as .docx"
    ),
    "read-doc-not-converted": (
        "LibreOffice could not convert it to .docx (is it damaged or password-protected?)"
    ),
    "read-doc-not-converted-detail": (
        "LibreOffice could not convert it to .docx (is it damaged or password-protected?): {detail}"
    ),
    "read-doc-cannot-start": "cannot start LibreOffice ({program}): {error}",
    "read-doc-timeout": (
        "LibreOffice did not finish converting it within {seconds} s (a huge or damaged "
        "file?); save it as .docx"
    ),
    "read-pattern-timeout": "{code} ({name}) timed out after {seconds} s",
    "read-pattern-overflow": "{code} ({name}) matched over {count} times (too broad?)",
    "read-not-reported": "{reason}; its findings in this file are not reported",
    "read-gave-up": "gave up after {seconds} s",
    "read-needed-memory": "needed more than {megabytes} MB",
    "read-out-of-memory": "ran out of memory",
    "read-worker-died": "the process checking it ended unexpectedly (wait status {status})",
    "baseline-not-found": "baseline file not found",
    "baseline-is-directory": "baseline is a directory, not a file",
    "baseline-not-usable": "baseline {reason}",
    "baseline-deep": "not a fillcheck baseline: nested too deeply",
    "baseline-cannot-read": "cannot read the baseline: {error}",
    "baseline-not-utf8": "not a fillcheck baseline: not UTF-8 text",
    "baseline-json": "not a fillcheck baseline: invalid JSON at line {line}",
    "baseline-no-version": "not a fillcheck baseline: no version field",
    "baseline-version": "unsupported baseline version {version} (this fillcheck reads {expected})",
    "baseline-no-findings": "not a fillcheck baseline: no findings list",
    "baseline-entry": "not a fillcheck baseline: entry {index} lacks a path or fingerprint",
    "baseline-no-directory": "cannot write the baseline: no such directory",
}

# Why a configuration file or one of its keys cannot be used (config.py, userrules.py).
CONFIG = {
    "config-key-reason": "{path}: {where}: {reason}",
    "config-setting": "{where}: {reason}",
    "config-cannot-read": "cannot read: {error}",
    "config-not-utf8": "invalid TOML: not UTF-8",
    "config-deep": "invalid TOML: nested too deeply",
    "config-invalid": "invalid TOML: {error}",
    "config-expected-table": "expected a table",
    "config-no-table": "has no [tool.fillcheck] table",
    "config-with-isolated": "cannot be used with --isolated",
    "config-unknown-key": "unknown key",
    "config-unknown-key-hint": "unknown key (did you mean {name}?)",
    "config-expected-style": "expected one of {choices}, got {value}",
    "config-expected-language": "expected a language name, got {what}",
    "config-expected-boolean": "expected true or false, got {what}",
    "config-expected-strings": "expected an array of strings, got {what}",
    "config-found-in-strings": "expected an array of strings, found {what}",
    "config-expected-table-got": "expected a table, got {what}",
    "config-expected-severity": "expected a severity name, got {what}",
    "config-invalid-glob": "invalid glob: {error}",
    "config-empty-phrase": "an allowed phrase cannot be empty",
    "config-expected-seconds": "expected a number of seconds above 0, got {value}",
    "config-type-bool": "a boolean",
    "config-type-str": "a string",
    "config-type-int": "an integer",
    "config-type-float": "a number",
    "config-type-list": "an array",
    "config-type-dict": "a table",
    "config-type-other": "a {name}",
    "config-expected-patterns": "expected an array of tables ([[patterns]])",
    "config-duplicate-code": "duplicate rule code {code}",
    "config-duplicate-name": "duplicate rule name {name}",
    "config-pattern-key": "unknown key (expected: {keys})",
    "config-missing-key": "missing required key {name}",
    "config-non-empty": "expected a non-empty string",
    "config-not-user-code": "{code} is not a user rule code (FC900 to FC999)",
    "config-not-kebab": "{name} is not a kebab-case name (like 'my-rule')",
    "config-unknown-category": "unknown category {name} (expected one of: {names})",
    "config-invalid-regex": "invalid regex: {error}",
    "config-empty-match": "the regex matches the empty string",
}

# Where a finding is in a .docx, .pdf or .html file (messages/parts.py): the pieces of a
# reader's part label, joined with `part-separator`, appended to the message by `located`.
PARTS = {
    "located": "{message} ({where})",
    "part-separator": ", ",
    "part-body": "body",
    "part-header": "header",
    "part-footer": "footer",
    "part-in-footnote": "footnote",
    "part-in-endnote": "endnote",
    "part-in-comment": "comment",
    "part-text-box": "text box",
    "part-paragraph": "paragraph {n}",
    "part-table": "table {n}",
    "part-nested-table": "nested table {n}",
    "part-row": "row {n}",
    "part-cell": "cell {n}",
    "part-footnote": "footnote {n}",
    "part-endnote": "endnote {n}",
    "part-comment": "comment {n}",
    "part-page": "page {n}",
    "part-html-line": "html line {n}",
}

# `fillcheck install-hook` and the hook it installs (hooks.py).
HOOK = {
    "hook-no-directory": "{path}: no such directory",
    "hook-no-git": "git is not installed (or not on PATH)",
    "hook-not-directory": "{path}: not a directory",
    "hook-not-repository": "{path} is not a git repository",
    "hook-bare": "{path} is a bare repository; a pre-commit hook needs a work tree",
    "hook-exists": (
        "{path} already exists and was not written by fillcheck; use --force to replace it "
        "(it is kept as {backup})"
    ),
    "hook-exists-pre-commit": (
        "{path} already exists and was not written by fillcheck (it is pre-commit's hook: add "
        "fillcheck to .pre-commit-config.yaml instead); use --force to replace it (it is kept "
        "as {backup})"
    ),
    "hook-backup-exists": "{path} already exists; move it away, then use --force again",
    "hook-bypass": "skip the check for one commit with `git commit --no-verify`",
    "hook-installed": "fillcheck: installed the pre-commit hook {path}; {bypass}",
    "hook-installed-kept": (
        "fillcheck: installed the pre-commit hook {path}; the previous hook is kept as "
        "{backup}; {bypass}"
    ),
    "hook-cannot-write": "{path}: cannot write the hook: {error}",
    "hook-none": "there is no pre-commit hook to remove in {path}",
    "hook-foreign": "{path} was not written by fillcheck; leaving it alone",
    "hook-removed": "fillcheck: removed the pre-commit hook {path}",
    "hook-removed-restored": (
        "fillcheck: removed the pre-commit hook {path} and put back the previous one"
    ),
    "hook-git-failed": "git failed",
    "hook-cannot-read-staged": "{path}: cannot read the staged content: {reason}",
    "hook-git-diff-failed": "git diff failed",
    "hook-cannot-list": "cannot list the staged files: {reason}",
    "hook-failed-one": (
        "fillcheck: {failed} of {count} staged file did not pass; fix them and stage them "
        "again, or {bypass}"
    ),
    "hook-failed-many": (
        "fillcheck: {failed} of {count} staged files did not pass; fix them and stage them "
        "again, or {bypass}"
    ),
    "cannot-write-stdout": "cannot write to standard output: {error}",
}

# Output files, `annotate` and rule selectors (outfile.py, annotate.py, registry.py, cli.py).
OUTPUT = {
    "fillcheck-says": "fillcheck: {message}",
    "annotate-written": "{comments} for {findings} written to {path}",
    "annotate-comments-one": "{count} comment",
    "annotate-comments-many": "{count} comments",
    "annotate-findings-one": "{count} finding",
    "annotate-findings-many": "{count} findings",
    "output-cannot-write": "{path}: cannot write the output: {reason}",
    "output-not-regular": "{kind}, not a regular file",
    "output-no-directory": "no directory {path}",
    "output-directory": "a directory",
    "output-fifo": "a named pipe",
    "output-device": "a device",
    "output-socket": "a socket",
    "output-special": "a special file",
    "unknown-selector": "unknown rule code or prefix {name}",
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
