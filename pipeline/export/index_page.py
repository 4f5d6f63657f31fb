"""OUTDIR/index.html: the files of a run, its persons and places across files, and a timeline."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Sequence
from urllib.parse import quote

from letopis.export.atomic import atomic_open
from letopis.export.collection import CollectionPerson
from letopis.export.corpus import CorpusRows, PersonRow, PlaceRow, TimelineRow
from letopis.export.reading import reading_name
from letopis.export.page import asset, attribute, fill, text
from letopis.export.timeline import by_person, person_lanes, timeline_svg


def page_link(file: str) -> str:
    return quote(reading_name(file))


def files_table(rows: CorpusRows, links: dict[str, str]) -> str:
    body = "".join(
        f'<tr><td><a href="{attribute(links[r.file])}">{text(r.file)}</a></td><td>{r.characters}</td>'
        f'<td>{r.tokens}</td><td>{r.sentences}</td><td>{r.entities}</td><td>{r.persons}</td>'
        f'<td>{r.places}</td><td>{r.dates}</td><td>{r.events}</td><td>{r.dated}</td></tr>'
        for r in rows.files)
    return ('<table id="files"><thead><tr><th>файл</th><th>символов</th><th>слов</th><th>предложений</th>'
            '<th>имён</th><th>лиц</th><th>мест</th><th>дат</th><th>событий</th><th>с датой</th></tr></thead>'
            f'<tbody>{body}</tbody></table>')


def persons_table(people: list[CollectionPerson], links: dict[str, str]) -> str:
    """The persons of the whole run, one row each (`collection.collection`, the rows of
    person_index.csv): the name, every form of it met, the mentions (names, pronouns and
    unwritten subjects) and of them the pronouns, each file with a link to the person's mentions
    there, and the first and last dated event the person takes part in, linking to it."""
    body = []
    for person in people:
        files = ", ".join(file_links(found, links) for found in by_file(person.rows).values())
        body.append(f'<tr data-person="{attribute(person.id)}"><td class="key name">{text(person.person)}</td>'
                    f'<td class="key forms">{" · ".join(f"<span>{text(form)}</span>" for form in person.forms)}</td>'
                    f'<td class="count">{person.mentions}</td><td class="count">{person.pronouns}</td>'
                    f'<td class="files">{files}</td><td class="first">{event_cell(person.first, links)}</td>'
                    f'<td class="last">{event_cell(person.last, links)}</td></tr>')
    return ('<table id="persons-index" class="filterable"><thead><tr><th>лицо</th><th>варианты имени</th>'
            '<th>упоминаний</th><th>из них местоимений</th><th>файлы (ссылка на упоминания)</th>'
            '<th>первое событие с датой</th><th>последнее событие с датой</th></tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')


def by_file(rows: list[PersonRow]) -> dict[str, list[PersonRow]]:
    found: dict[str, list[PersonRow]] = defaultdict(list)
    for row in rows:
        found[row.file].append(row)
    return found


def file_links(rows: list[PersonRow], links: dict[str, str]) -> str:
    """A file with a link to the person's mentions there; where the person is two clusters of
    the file (`Коровин`, `Степан Ильич`, joined across the files), `+×N` links to the other."""
    def link(row: PersonRow, label: str) -> str:
        title = f' title="{attribute(row.chapters)}"' if row.chapters else ""
        return f'<a href="{attribute(links[row.file] + "#" + row.cluster)}"{title}>{label}</a>'
    first, *others = rows
    return (link(first, text(first.file)) + f"&nbsp;×{first.mentions}"
            + "".join(f" {link(row, f'+×{row.mentions}')}" for row in others))


def event_cell(row: TimelineRow | None, links: dict[str, str]) -> str:
    """A dated event as a link to it in its file's reading view: its date as written and its
    trigger, the file after it; the TIMEX3 value (and whether the date is the one in force, not
    the clause's own) and the sentence in its tooltip."""
    if row is None:
        return '<span class="muted">—</span>'
    title = (f"{row.value}{' ' + row.mod if row.mod else ''}{', дата из предшествующего текста' if row.inferred else ''}"
             f" ({row.type}): {row.sentence}")
    return (f'<a href="{attribute(links[row.file] + "#" + row.event)}" title="{attribute(title)}">'
            f'{text(row.date)} — {text(row.trigger)}</a> <span class="muted">{text(row.file)}</span>')


def places_table(rows: list[PlaceRow], links: dict[str, str]) -> str:
    by_name: dict[str, list[PlaceRow]] = defaultdict(list)
    for row in rows:
        by_name[row.place].append(row)
    order = sorted(by_name, key=lambda name: (-sum(r.mentions for r in by_name[name]), name))
    body = "".join(
        f'<tr><td>{text(name)}</td><td>{sum(r.mentions for r in by_name[name])}</td><td>'
        + ", ".join(f'<a href="{attribute(links[r.file] + "#" + r.first)}">{text(r.file)}</a>&nbsp;×{r.mentions}'
                    for r in by_name[name]) + "</td></tr>"
        for name in order)
    return ('<table id="places-index" class="filterable"><thead><tr><th>место</th><th>упоминаний</th>'
            f'<th>файлы</th></tr></thead><tbody>{body}</tbody></table>')


def failed_list(failed: Sequence[tuple[str, str]]) -> str:
    """The inputs a run could not read or analyse, each with its reason (none: nothing)."""
    if not failed:
        return ""
    items = "".join(f"<li><b>{text(name)}</b>: {text(reason)}</li>" for name, reason in failed)
    return f'<h3>Не обработаны ({len(failed)})</h3><ul id="failed">{items}</ul>'


def workbook_link(workbook: str | None) -> str:
    """A link to the run's tables.xlsx, when the run wrote one."""
    if not workbook:
        return ""
    return (f'<p id="workbook">Все таблицы в одной книге для Excel и LibreOffice: '
            f'<a href="{attribute(quote(workbook))}">{text(workbook)}</a></p>')


def person_index_link(table: str | None) -> str:
    """A link to the run's person_index.csv, under the persons, when the run wrote one."""
    if not table:
        return ""
    return (f'<p id="person-index">Лица всех файлов, один человек — одна строка (имена сведены тем же '
            f'правилом, что и внутри текста): <a href="{attribute(quote(table))}">{text(table)}</a></p>')


def index_page(rows: CorpusRows, people: list[CollectionPerson], failed: Sequence[tuple[str, str]] = (),
               workbook: str | None = None, person_index: str | None = None) -> str:
    """`people`: the persons across the files (`collection.collection`); `workbook`: the name of
    the run's tables.xlsx, linked under the files when given; `person_index` its
    person_index.csv, linked under the persons."""
    rows = rows.sorted()
    links = {r.file: page_link(r.file) for r in rows.files}
    return fill("index.html", css=asset("index.css"), js=asset("index.js"),
                files=files_table(rows, links) + failed_list(failed) + workbook_link(workbook),
                persons=persons_table(people, links) + person_index_link(person_index),
                places=places_table(rows.places, links), timeline=timeline_svg(rows.timeline, links),
                timeline_persons=timeline_svg(rows.timeline, links, "timeline-persons", by_person,
                                              person_lanes(rows.timeline)),
                summary=text(f"{len(rows.files)} файлов, {len(people)} лиц, "
                             f"{len({r.place for r in rows.places})} мест, {len(rows.timeline)} событий с датой"))


def write_index(outdir: Path, rows: CorpusRows, people: list[CollectionPerson],
                failed: Sequence[tuple[str, str]] = (), workbook: str | None = None,
                person_index: str | None = None) -> None:
    """`people`: the persons across the files; `failed`: (input, reason) of every input the run
    could not read or analyse; `workbook` the run's tables.xlsx and `person_index` its
    person_index.csv, when it wrote them."""
    with atomic_open(outdir / "index.html") as file:
        file.write(index_page(rows, people, failed, workbook, person_index))
