"""Types values into the template in LibreOffice Calc, as a person does
(the Italian input of the cell: 45, 85%, 28/03/2024, =25+25), hides a row,
merges two cells downwards, and saves the workbook as .ods (make.sh then
has LibreOffice convert it to .xlsx, .xls and CSV).

Run by scripts/corpus/make.sh with LibreOffice's own python3 (python3-uno)
while `soffice --headless --accept=pipe,name=cruscotto-corpus;urp;` runs.
"""

import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            return resolver.resolve(
                "uno:pipe,name=cruscotto-corpus;urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not answer")


# (sheet, cell, what a person types). The template's example rows are kept
# and these cells typed over them.
TYPED = [
    # A number in a text column: the act number 45 (not 14/02/1900).
    ("Documento", "K2", "45"),
    # The ISTAT code typed as a number: LibreOffice drops the leading zero.
    ("Documento", "E2", "046017"),
    # A date typed in the Italian way, and one written in words.
    ("Documento", "L2", "28/03/2024"),
    ("Documento", "O2", "5 aprile 2024"),
    # Years, SDG and missione typed as numbers; a weight as printed.
    ("Obiettivi", "L3", "2024"),
    ("Obiettivi", "Q3", "16"),
    ("Obiettivi", "O3", "1"),
    ("Obiettivi", "I3", "(50%)"),
    # Percentages typed with and without %, in the text-formatted column.
    ("Obiettivi", "V3", "85%"),
    # Year columns headed 2024 and 2025 (typed as numbers), marked X.
    ("Obiettivi", "Y1", "2024"),
    ("Obiettivi", "Z1", "2025"),
    # A new row, typed: a weight as a formula, yes typed 1, a date.
    ("Obiettivi", "A4", "ob-1-2"),
    ("Obiettivi", "B4", "ob-1"),
    ("Obiettivi", "C4", "2"),
    ("Obiettivi", "D4", "operativo"),
    ("Obiettivi", "E4", "Sportello unico digitale"),
    ("Obiettivi", "H4", "1"),
    ("Obiettivi", "I4", "=25+25"),
    ("Obiettivi", "J4", "31/12/2025"),
    ("Obiettivi", "V4", "100"),
    ("Obiettivi", "Z4", "X"),
    # Amounts in Italian: thousands dot, decimal comma.
    ("Indicatori", "G2", "1.234,5"),
]


def type_into(ctx, doc, sheet_name, cell, text):
    smgr = ctx.ServiceManager
    dispatcher = smgr.createInstanceWithContext(
        "com.sun.star.frame.DispatchHelper", ctx)
    frame = doc.getCurrentController().getFrame()
    sheet = doc.Sheets.getByName(sheet_name)
    doc.getCurrentController().setActiveSheet(sheet)
    dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0,
                               (prop("ToPoint", cell),))
    dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0,
                               (prop("StringName", text),))


def main():
    template, out = sys.argv[1], sys.argv[2]
    ctx = connect()
    desktop = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(template), "_blank", 0, (prop("Hidden", True),))
    for sheet, cell, text in TYPED:
        type_into(ctx, doc, sheet, cell, text)
    obiettivi = doc.Sheets.getByName("Obiettivi")
    # Row 4 hidden (an office hides rows it means to drop).
    obiettivi.getRows().getByIndex(3).IsVisible = False
    # The unit of rows 3-4 merged downwards ("Unità", column U).
    obiettivi.getCellRangeByName("U3:U4").merge(True)
    doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "calc8"),))
    try:
        doc.close(True)
    except Exception:
        pass  # a headless LibreOffice sometimes drops the bridge on close


main()
