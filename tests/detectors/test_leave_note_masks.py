"""FC102: a leave note's masks — a name written as spaced letters after its label and a
year slot after a signature line's leader dots. The firing row is real text from a page
on leave notes (https://m.liuxuequn.com/k_春节请假条范文); the silent rows are Roman
numerals listed with spaces and in tables (aq8.net, mjgov.cn, whose pages
`tests/corpus/labeled/SOURCES.md` names), and Latin text: text, expected [(code, line, column)].
"""

from __future__ import annotations

from helpers import rule_table

FIRE = [
    (
        "正文(请假缘由、起止日期及天数)如:因......需要请假,请假时间自201x年x月x日至201x年x月x日"
        "共xx天,恳请领导批准。\n下款(标在右下)...............请假人:x x x\n"
        "...........................XXXX年XX",
        [
            ("FC102", 1, 39),
            ("FC102", 1, 41),
            ("FC102", 1, 43),
            ("FC102", 1, 49),
            ("FC102", 1, 51),
            ("FC102", 1, 53),
            ("FC102", 1, 56),
            ("FC102", 2, 28),
            ("FC102", 2, 30),
            ("FC102", 2, 32),
            ("FC102", 3, 28),
            ("FC102", 3, 33),
        ],
    ),
]

SILENT = [
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV",
    "XXX - 30 triginta",
    "| 10 | X |",
    "XIX - 19 undeviginti",
]

test_fires, test_silent, test_more_silent_rows_than_firing_rows = rule_table(FIRE, SILENT, "FC102")
