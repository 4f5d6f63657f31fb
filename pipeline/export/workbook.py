"""OUTDIR/tables.xlsx: the run's CSV tables as the sheets of one workbook, for Excel and LibreOffice.

A double click on a CSV file in Excel reads it in the machine's code page (the Cyrillic comes
out garbled) and, in a Russian Excel, splits columns at `;`; a workbook has neither problem.
Each sheet holds the rows of the CSV table of the same name (`tables.py`, `formats.corpus_tables`),
nothing recomputed: a bold header row, frozen and with a filter, columns as wide as their
content (up to a limit). Text stays text: a cell that opens with `=`, `+`, `-` or `@` (`-- Да`,
`+7`) is a string, never a formula, and so is an ISO day (`1812-09-07`). Numbers (offsets,
counts) are numbers, `in_note` a boolean, an empty value (None, or an empty string) an empty cell.

The same tables give the same bytes, on any machine: the document properties carry a fixed time,
and the zip is written again with every entry at a fixed time, in the order openpyxl writes them,
and stored, not compressed: deflate's bytes are zlib's, and zlib's versions (and zlib-ng, which
some distributions ship in its place) compress the same sheet into different bytes. Stored, the
file is some ten times larger (War and Peace volume 3: 11.4 MB, 1.1 MB deflated); zip it to send it.
"""
from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path
from typing import Any, Iterable, Sequence

from letopis.export.atomic import atomic_open

WORKBOOK = "tables.xlsx"
CORE = "docProps/core.xml"  # the document properties: who made the file, when
# The time a workbook says it was made and every zip entry's: the earliest a zip can hold.
FIXED = (1980, 1, 1, 0, 0, 0)
WIDEST = 60  # characters: a longer value is cut at the column's edge (the cell keeps it whole)
MEASURED = 2000  # rows looked at to size a column
# XML 1.0 forbids these control characters, surrogates and two non-characters; a cell cannot hold them.
ILLEGAL = {code: "\ufffd" for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0xD800, 0xE000),
                                        0xFFFE, 0xFFFF)}
FORMULA = ("=", "+", "-", "@")  # what makes a typed value a formula in Excel
LONGEST = 32767  # characters a cell can hold


def cell_value(value: Any) -> Any:
    """What a cell holds for one table value: numbers and booleans as they are, None (and a
    float NaN) empty, anything else as its text without the characters XML forbids."""
    if value is None or value == "" or isinstance(value, float) and value != value:
        return None
    if isinstance(value, (bool, int, float)):
        return value
    return str(value).translate(ILLEGAL)[:LONGEST]


def width(values: Iterable[Any]) -> float:
    longest = max((len(str(value)) for value in values if value is not None), default=0)
    return min(max(longest, 4), WIDEST) + 2


def workbook_bytes(tables: Sequence[tuple[str, Sequence[str], Sequence[dict]]]) -> bytes:
    """The .xlsx file of `tables`: (sheet name, columns, rows as dicts by column) each."""
    from openpyxl import Workbook  # here, not at import: only `--formats xlsx` needs it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.xml.functions import tostring

    book = Workbook(write_only=True)
    when = datetime.datetime(*FIXED)
    book.properties.created = book.properties.modified = when
    book.properties.creator = book.properties.lastModifiedBy = "letopis"
    bold = Font(bold=True)
    for name, columns, rows in tables:
        sheet = book.create_sheet(name[:31])
        values = [[cell_value(row.get(column)) for column in columns] for row in rows]
        for number, column in enumerate(columns):
            sheet.column_dimensions[get_column_letter(number + 1)].width = width(
                [column, *(row[number] for row in values[:MEASURED])])
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(columns), 1))}{len(values) + 1}"
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=column)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in values:
            sheet.append([text_cell(sheet, value) if isinstance(value, str) else value for value in row])
    raw = io.BytesIO()
    book.save(raw)  # stamps `modified` with the time of saving: written again below
    book.properties.modified = when
    return fixed_times(raw.getvalue(), {CORE: tostring(book.properties.to_tree())})


def text_cell(sheet, value: str):
    """A string cell, whatever the string: openpyxl takes `=...` for a formula. One that Excel
    would read as a formula when typed gets the quote prefix (as `'=1+1` typed in Excel), so
    editing it keeps it text."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    if value[:1] in FORMULA:
        cell.quotePrefix = True
    return cell


def fixed_times(data: bytes, replaced: dict[str, bytes]) -> bytes:
    """The zip `data` again, each entry (in the same order) stamped with FIXED and stored
    uncompressed (no zlib in the bytes), the entries named in `replaced` with those contents."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED)
            info.compress_type = zipfile.ZIP_STORED
            info.create_system, info.external_attr = 3, 0o644 << 16  # the same on Windows as on Unix
            target.writestr(info, replaced.get(entry.filename) or source.read(entry))
    return out.getvalue()


def write_workbook(path: Path, tables: Sequence[tuple[str, Sequence[str], Sequence[dict]]]) -> Path:
    """`path` (OUTDIR/tables.xlsx) written whole or not at all; returns it."""
    data = workbook_bytes(tables)
    with atomic_open(path, binary=True) as file:
        file.write(data)
    return path
