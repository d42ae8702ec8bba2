"""Two small workbooks of the same plan, one written by openpyxl and one by
XlsxWriter, with the cells those libraries write: numbers in text columns,
the ISTAT code as a number, dates as dates (openpyxl: ISO date cells,
t="d"), percentages stored as fractions with a percent format, a hidden
row and a merged cell. Run by scripts/corpus/make.sh (pip install openpyxl
xlsxwriter)."""

import datetime
import sys

import openpyxl
import xlsxwriter
from openpyxl.styles import numbers

DOC_HEAD = ["Titolo", "Tipo di documento", "Comune", "Provincia", "Codice ISTAT",
            "Primo anno", "Ultimo anno", "Approvato da", "Numero dell'atto", "Data dell'atto"]
DOC_ROW = ["Piano della performance 2024 – Città di Prova", "piano", "Prova", "LU", 46017,
           2024, 2026, "giunta", 45, datetime.date(2024, 2, 20)]
OBJ_HEAD = ["Id", "Obiettivo superiore", "Titolo", "Peso", "Scadenza", "Anni", "SDG",
            "Missione", "Trasversale", "Raggiungimento pubblicato (%)", "Note"]
OBJ_ROWS = [
    ["ob-1", None, "Servizi più vicini ai cittadini", None, None, None, None, None, None, None, None],
    ["ob-1-1", "ob-1", "Sportello unico – apertura il sabato", 60, datetime.date(2024, 12, 31),
     2024, 16, 1, 1, 0.85, "Città più accessibile"],
    ["ob-1-2", "ob-1", "Pagamenti con pagoPA", 40, datetime.date(2025, 6, 30),
     "2024; 2025", "11; 16", "01", "no", 1, "Nota con l'euro: € 1.234,56"],
]


def openpyxl_book(path):
    wb = openpyxl.Workbook()
    wb.iso_dates = True
    ws = wb.active
    ws.title = "Documento"
    ws.append(DOC_HEAD)
    ws.append(DOC_ROW)
    ob = wb.create_sheet("Obiettivi")
    ob.append(OBJ_HEAD)
    for row in OBJ_ROWS:
        ob.append(row)
    for r in (3, 4):
        ob.cell(r, 10).number_format = numbers.FORMAT_PERCENTAGE_00
    ob.row_dimensions[4].hidden = True
    wb.save(path)


def xlsxwriter_book(path):
    wb = xlsxwriter.Workbook(path)
    date = wb.add_format({"num_format": "dd/mm/yyyy"})
    pct = wb.add_format({"num_format": "0%"})
    ws = wb.add_worksheet("Documento")
    ws.write_row(0, 0, DOC_HEAD)
    for c, v in enumerate(DOC_ROW):
        if isinstance(v, datetime.date):
            ws.write_datetime(1, c, v, date)
        else:
            ws.write(1, c, v)
    ob = wb.add_worksheet("Obiettivi")
    ob.write_row(0, 0, OBJ_HEAD)
    for r, row in enumerate(OBJ_ROWS, start=1):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, datetime.date):
                ob.write_datetime(r, c, v, date)
            elif c == 9:
                ob.write_number(r, c, v, pct)
            else:
                ob.write(r, c, v)
    # The parent of both children written once, merged downwards.
    ob.merge_range(2, 1, 3, 1, "ob-1")
    ob.set_row(3, None, None, {"hidden": True})
    wb.close()


out = sys.argv[1]
openpyxl_book(out + "/openpyxl.xlsx")
xlsxwriter_book(out + "/xlsxwriter.xlsx")
