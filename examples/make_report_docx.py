"""Write examples/report.docx, the Word document the README checks (needs python-docx).

python examples/make_report_docx.py
"""

from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent


def main() -> None:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "某单位2024年度述职报告"
    document.add_paragraph("2024年度述职报告")
    paragraph = document.add_paragraph("今年共发展党员")
    for text, bold in (
        ("X", True),
        ("X", False),
        ("名", True),
        ("，培训入党积极分子36名。", False),
    ):
        paragraph.add_run(text).bold = bold  # Word splits text into runs like these
    document.add_paragraph("全年召开支委会12次，党员大会4次。")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate((("项目", "数量"), ("整改问题", "*项"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    closing = document.add_paragraph("以上报告，请审阅。")
    document.add_comment(closing.runs, text="落款写上报告人XXX", author="审阅人")
    document.save(HERE / "report.docx")


if __name__ == "__main__":
    main()
