"""The hand annotation of seeds/serge.txt, and the gold files derived from it.

Every mention is written as a context that occurs exactly once in the passage, with the
mention in [brackets]; offsets are computed, never typed. Decisions follow GUIDELINES.md,
whose section 7 records each doubtful case. Run after any change:

    python gold/build.py

It checks the annotation, renumbers serge.conllu and rewrites serge.json and serge.ann.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_FILE = HERE.parent / "seeds" / "serge.txt"
NAME = "serge"

# context, type, fine_type, normal, referent (referents become clusters C1.. in order of first mention)
ENTITIES = [
    ("до [Брюсселя] в конце", "LOC", "CITY", "Брюссель", "brussels"),
    ("апреля, [Серж] напечатал", "PER", None, "Серж", "serge"),
    ("журнале [Esprit] открытое", "ORG", None, "Esprit", "esprit"),
    ("письмо [Жиду],", "PER", None, "Жид", "gide"),
    ("которых [Жид] мог", "PER", None, "Жид", "gide"),
    ("года [Серж] уже пытался", "PER", None, "Серж", "serge"),
    ("связаться с [Жидом]", "PER", None, "Жид", "gide"),
    ("из [Оренбурга], в котором", "LOC", "CITY", "Оренбург", "orenburg"),
    ("возвращения [Жида]", "PER", None, "Жид", "gide"),
    ("в [Париже] в ноябре", "LOC", "CITY", "Париж", "paris"),
    ("в [Брюсселе] в январе", "LOC", "CITY", "Брюссель", "brussels"),
    ("дневниках [Серж] описывает", "PER", None, "Серж", "serge"),
    ("контраст: [Жид] —", "PER", None, "Жид", "gide"),
    ("и [Серж], борец", "PER", None, "Серж", "serge"),
    ("Разумеется, [Жид] с опаской", "PER", None, "Жид", "gide"),
    ("относился к [Сержу]", "PER", None, "Серж", "serge"),
    ("кем [Серж] имел", "PER", None, "Серж", "serge"),
    ("борьбе [Симону Вейль]", "PER", None, "Симона Вейль", "weil"),
    ("встречались в [Париже]", "LOC", "CITY", "Париж", "paris"),
    ("освобождения [Сержа], или", "PER", None, "Серж", "serge"),
    ("года [Вейль] принадлежала", "PER", None, "Вейль", "weil"),
    ("«[дело Виктора Сержа]»", "EVENT", None, "дело Виктора Сержа", "serge_affair"),
    ("дело [Виктора Сержа]»", "PER", None, "Виктор Серж", "serge"),
    ("друг, [Суварин];", "PER", None, "Суварин", "souvarine"),
    ("журнале [La Révolution prolétarienne]", "ORG", None, "La Révolution prolétarienne", "revolution_proletarienne"),
    ("С [Вейль] был", "PER", None, "Вейль", "weil"),
    ("знаком [Троцкий]", "PER", None, "Троцкий", "trotsky"),
    ("визита в [Париж]", "LOC", "CITY", "Париж", "paris"),
    ("двадцатипятилетней [Симоной]", "PER", None, "Симона", "weil"),
    ("[Вейль] фигурирует", "PER", None, "Вейль", "weil"),
    ("письме [Сержу]", "PER", None, "Серж", "serge"),
    ("Наконец, [Вейль]", "PER", None, "Вейль", "weil"),
    ("в [гражданской войне в Испании]", "EVENT", None, "гражданская война в Испании", "spanish_civil_war"),
    ("войне в [Испании]", "LOC", "COUNTRY", "Испания", "spain"),
    ("в [Барселону]", "LOC", "CITY", "Барселона", "barcelona"),
    ("диссидент [Хулиан Горкин]", "PER", None, "Хулиан Горкин", "gorkin"),
    ("близкий друг [Сержа].", "PER", None, "Серж", "serge"),
    ("освобождение [Сержа]", "PER", None, "Серж", "serge"),
    ("и в [Брюсселе] Серж", "LOC", "CITY", "Брюссель", "brussels"),
    ("Брюсселе [Серж] вступил", "PER", None, "Серж", "serge"),
    ("в [Четвертый интернационал]", "ORG", None, "Четвертый интернационал", "fourth_international"),
    ("последователи [Троцкого]", "PER", None, "Троцкий", "trotsky"),
    ("доктринам [Ленина]", "PER", None, "Ленин", "lenin"),
    ("([Троцкий] считал", "PER", None, "Троцкий", "trotsky"),
    ("во [Францию]", "LOC", "COUNTRY", "Франция", "france"),
    ("разрыв с [Троцким]", "PER", None, "Троцкий", "trotsky"),
    ("ссылки, [Мексики]", "LOC", "COUNTRY", "Мексика", "mexico"),
    ("обвинил [Сержа]", "PER", None, "Серж", "serge"),
    ("любви к [Троцкому]", "PER", None, "Троцкий", "trotsky"),
    ("Троцкому [Серж] ничего", "PER", None, "Серж", "serge"),
    ("от [Ленина] к", "PER", None, "Ленин", "lenin"),
    ("к [Сталину]", "PER", None, "Сталин", "stalin"),
    ("роман, [Полночь века] (", "WORK_OF_ART", None, "Полночь века", "midnight"),
    ("напоминающем [Оренбург]", "LOC", "CITY", "Оренбург", "orenburg"),
    ("описание [ГУЛАГа]", "ORG", None, "ГУЛАГ", "gulag"),
    ("от [Главного управления исправительно-трудовых лагерей]", "ORG", None,
     "Главное управление исправительно-трудовых лагерей", "gulag"),
    ("империи. [Полночь века] посвящается", "WORK_OF_ART", None, "Полночь века", "midnight"),
    ("партий [Испанской Республики]", "LOC", "COUNTRY", "Испанская Республика", "spain"),
    ("из [Рабочей партии марксистского единства]", "ORG", None, "Рабочая партия марксистского единства", "poum"),
    ("глава [Андреу Нин]", "PER", None, "Андреу Нин", "nin"),
    ("дорогим другом [Сержа]", "PER", None, "Серж", "serge"),
]

# context, value, mod
DATES = [
    ("в [конце апреля]", "XXXX-04", "END"),
    ("В [начале 1934 года]", "1934", "START"),
    ("в [ноябре 1936 года]", "1936-11", None),
    ("в [январе 1937-го]", "1937-01", None),
    ("Париже в [1936 году]", "1936", None),
    ("в [1937-м]", "1937", None),
    ("в [июне 1934 года]", "1934-06", None),
    ("в [декабре 1934 года]", "1934-12", None),
    ("от [июля 1936 года]", "1936-07", None),
    ("[летом 1936 года]", "1936-SU", None),
    ("Францию в [1937 году]", "1937", None),
    ("века ([1939])", "1939", None),
    ("на [пять лет раньше]", "1934", None),
    ("которого в [1937 году]", "1937", None),
]

# An argument: (role, context) for an entity or date mention, or (role, context, antecedent
# contexts) for a pronoun, whose antecedents are entity contexts from ENTITIES.
# trigger context, type, polarity, modality, arguments
EVENTS = [
    ("[Добравшись] до", "MOVEMENT", "positive", "asserted", [
        ("agent", "апреля, [Серж] напечатал"), ("destination", "до [Брюсселя] в конце"),
        ("time", "в [конце апреля]")]),
    ("Серж [напечатал]", "PUBLICATION", "positive", "asserted", [
        ("agent", "апреля, [Серж] напечатал"), ("place", "журнале [Esprit] открытое")]),
    ("открытое [письмо] Жиду", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "письмо [Жиду],")]),
    ("[поблагодарив] того", "COMMUNICATION", "positive", "asserted", [
        ("agent", "апреля, [Серж] напечатал"), ("recipient", "поблагодарив [того]", ["письмо [Жиду],"])]),
    ("за [обращение] к властям", "COMMUNICATION", "positive", "asserted", []),
    ("своего [турне]", "MOVEMENT", "positive", "asserted", [
        ("agent", "время [своего] турне", ["которых [Жид] мог"])]),
    ("об [арестах]", "ARREST", "positive", "asserted", []),
    ("и [убийствах]", "DEATH", "positive", "asserted", []),
    ("пытался [связаться]", "COMMUNICATION", "positive", "desired", [
        ("agent", "года [Серж] уже пытался"), ("recipient", "связаться с [Жидом]"),
        ("time", "В [начале 1934 года]")]),
    ("и [отправил] ему", "COMMUNICATION", "positive", "asserted", [
        ("agent", "года [Серж] уже пытался"), ("recipient", "отправил [ему] письмо", ["связаться с [Жидом]"]),
        ("origin", "из [Оренбурга], в котором"), ("time", "В [начале 1934 года]")]),
    ("втайне [встретиться]", "MEETING", "positive", "asserted", [
        ("place", "в [Париже] в ноябре"), ("place", "в [Брюсселе] в январе"),
        ("time", "в [ноябре 1936 года]"), ("time", "в [январе 1937-го]")]),
    ("после [возвращения] Жида", "MOVEMENT", "positive", "asserted", [
        ("agent", "возвращения [Жида]")]),
    ("они [встречались]", "MEETING", "positive", "possible", [
        ("participant", "вероятностью [они] встречались", ["кем [Серж] имел", "борьбе [Симону Вейль]"]),
        ("place", "встречались в [Париже]"), ("time", "Париже в [1936 году]"), ("time", "в [1937-м]")]),
    ("после [освобождения] Сержа, или", "RELEASE", "positive", "asserted", [
        ("patient", "освобождения [Сержа], или")]),
    ("его [ареста]", "ARREST", "positive", "asserted", [
        ("patient", "момента [его] ареста", ["освобождения [Сержа], или"]), ("time", "в [июне 1934 года]")]),
    ("предавал [огласке]", "COMMUNICATION", "positive", "asserted", [
        ("patient", "«[дело Виктора Сержа]»")]),
    ("свой [протест]", "COMMUNICATION", "positive", "asserted", []),
    ("регулярно [печатались]", "PUBLICATION", "positive", "asserted", [
        ("agent", "друг, Суварин; [они] оба", ["года [Вейль] принадлежала", "дело [Виктора Сержа]»"]),
        ("place", "журнале [La Révolution prolétarienne]")]),
    ("короткого [визита]", "MOVEMENT", "positive", "asserted", [
        ("agent", "время [его] короткого", ["знаком [Троцкий]"]), ("destination", "визита в [Париж]"),
        ("time", "в [декабре 1934 года]")]),
    ("состоялись [дебаты]", "MEETING", "positive", "asserted", [
        ("participant", "у [них] состоялись", ["знаком [Троцкий]"]),
        ("participant", "двадцатипятилетней [Симоной]")]),
    ("подпольное политическое [собрание]", "MEETING", "positive", "asserted", [
        ("participant", "где [она] устроила", ["двадцатипятилетней [Симоной]"])]),
    ("ответном [письме]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "в [его] ответном", ["знаком [Троцкий]"]), ("recipient", "письме [Сержу]"),
        ("time", "от [июля 1936 года]")]),
    ("на [предложение] о", "COMMUNICATION", "positive", "asserted", []),
    ("хотел [издавать]", "PUBLICATION", "positive", "desired", [
        ("agent", "который [тот] хотел", ["письме [Сержу]"])]),
    ("Вейль [присоединилась]", "MEMBERSHIP", "positive", "asserted", [
        ("agent", "Наконец, [Вейль]"), ("time", "[летом 1936 года]")]),
    ("гражданской [войне] в", "WAR", "positive", "asserted", [
        ("place", "войне в [Испании]")]),
    ("в [контакт]", "MEETING", "positive", "asserted", [
        ("participant", "кем [она] вошла", ["Наконец, [Вейль]"]),
        ("participant", "с [кем] она вошла", ["диссидент [Хулиан Горкин]"])]),
    ("по [приезде]", "MOVEMENT", "positive", "asserted", [
        ("destination", "в [Барселону]")]),
    ("за [освобождение] Сержа", "RELEASE", "positive", "desired", [
        ("patient", "освобождение [Сержа]")]),
    ("[выступали] его", "COMMUNICATION", "positive", "asserted", []),
    ("Серж [вступил]", "MEMBERSHIP", "positive", "asserted", [
        ("agent", "Брюсселе [Серж] вступил"), ("participant", "в [Четвертый интернационал]"),
        ("place", "и в [Брюсселе] Серж")]),
    ("[расстреливать]", "DEATH", "positive", "necessary", []),
    ("его [отъездом]", "MOVEMENT", "positive", "asserted", [
        ("agent", "За [его] отъездом", ["Брюсселе [Серж] вступил"]), ("destination", "во [Францию]"),
        ("time", "Францию в [1937 году]")]),
    ("открытый [разрыв]", "CONFLICT", "positive", "asserted", [
        ("participant", "разрыв с [Троцким]")]),
    ("места [ссылки]", "EXILE", "positive", "asserted", []),
    ("[обвинил]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Троцким, [который] из", ["разрыв с [Троцким]"]), ("patient", "обвинил [Сержа]"),
        ("origin", "ссылки, [Мексики]")]),
    ("это [обвинение]", "COMMUNICATION", "positive", "asserted", []),
    ("не [ответил]", "COMMUNICATION", "negative", "asserted", [
        ("agent", "Троцкому [Серж] ничего")]),
    ("он [опубликовал]", "PUBLICATION", "positive", "asserted", [
        ("agent", "инакомыслящего, [он] опубликовал", ["Троцкому [Серж] ничего"]),
        ("patient", "роман, [Полночь века] ("), ("time", "века ([1939])")]),
    ("судьбе [революции]", "WAR", "positive", "asserted", []),
    ("куда [ссылали]", "EXILE", "positive", "asserted", []),
    ("[осужденных]", "TRIAL", "positive", "asserted", []),
    ("году [убили]", "DEATH", "positive", "asserted", [
        ("patient", "Нин, [которого] в", ["глава [Андреу Нин]"]), ("time", "которого в [1937 году]")]),
]

CONTEXT = re.compile(r"^(.*)\[(.+)\](.*)$", re.S)


def locate(text: str, context: str) -> tuple[int, int]:
    """Offsets of the bracketed mention; the context must occur exactly once."""
    found = CONTEXT.match(context)
    if not found:
        raise SystemExit(f"no [mention] in context {context!r}")
    before, mention, after = found.groups()
    plain = before + mention + after
    starts = [m.start() for m in re.finditer(re.escape(plain), text)]
    if len(starts) != 1:
        raise SystemExit(f"context {context!r} occurs {len(starts)} times")
    start = starts[0] + len(before)
    return start, start + len(mention)


def conllu_sentences(text: str) -> list[list[list[str]]]:
    """The conllu rows grouped by sentence, each with offsets aligned to the text."""
    sentences, current = [], []
    for line in (HERE / f"{NAME}.conllu").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
        elif not line.startswith("#"):
            current.append(line.split("\t"))
    if current:
        sentences.append(current)
    return sentences


def tokens_and_conllu(text: str) -> tuple[list[dict], str]:
    at, tokens, lines = 0, [], []
    for number, rows in enumerate(conllu_sentences(text)):
        spans = []
        for row in rows:
            start = text.find(row[1], at)
            if start < 0 or text[at:start].strip():
                raise SystemExit(f"conllu token {row[1]!r} does not follow the text at {at}")
            spans.append((start, start + len(row[1])))
            at = start + len(row[1])
        lines += [f"# sent_id = {NAME}-{number + 1}", f"# text = {text[spans[0][0]:spans[-1][1]]}"]
        for index, (row, (start, end)) in enumerate(zip(rows, spans)):
            following = spans[index + 1][0] if index + 1 < len(spans) else None
            misc = "SpaceAfter=No" if following == end else "_"
            lines.append("\t".join([str(index + 1), row[1], row[2], row[3], "_", row[5], "_", "_", "_", misc]))
            tokens.append({"start": start, "end": end, "text": row[1], "lemma": row[2], "pos": row[3],
                           "feats": "" if row[5] == "_" else row[5], "head": -1, "dep": "_", "sent": number})
        lines.append("")
    if text[at:].strip():
        raise SystemExit(f"conllu ends before the text: {text[at:at + 40]!r}")
    return tokens, "\n".join(lines) + "\n"


def build(text: str) -> dict:
    entities = []
    for context, type, fine, normal, referent in ENTITIES:
        start, end = locate(text, context)
        entities.append({"start": start, "end": end, "text": text[start:end], "type": type,
                         "normal": normal, "referent": referent, "fine_type": fine, "context": context})
    entities.sort(key=lambda e: (e["start"], -e["end"]))
    clusters: dict[str, str] = {}
    by_context = {}
    for n, entity in enumerate(entities, 1):
        entity["id"] = f"T{n}"
        entity["cluster"] = clusters.setdefault(entity.pop("referent"), f"C{len(clusters) + 1}")
        by_context[entity.pop("context")] = entity
    dates = []
    for context, value, mod in DATES:
        start, end = locate(text, context)
        dates.append({"start": start, "end": end, "text": text[start:end], "value": value, "mod": mod,
                      "context": context})
    dates.sort(key=lambda d: d["start"])
    for n, date in enumerate(dates, len(entities) + 1):
        date["id"] = f"T{n}"
        by_context[date.pop("context")] = date
    events = []
    for context, type, polarity, modality, args in EVENTS:
        start, end = locate(text, context)
        events.append({"type": type, "trigger": {"start": start, "end": end, "text": text[start:end]},
                       "args": [argument(text, arg, by_context) for arg in args],
                       "polarity": polarity, "modality": modality})
    events.sort(key=lambda e: e["trigger"]["start"])
    for n, event in enumerate(events, 1):
        event["id"] = f"E{n}"
    return {"entities": [{k: e[k] for k in ("id", "start", "end", "text", "type", "normal", "cluster", "fine_type")}
                         for e in entities],
            "dates": [{k: d[k] for k in ("id", "start", "end", "text", "value", "mod")} for d in dates],
            "events": [{k: e[k] for k in ("id", "type", "trigger", "args", "polarity", "modality")} for e in events]}


def argument(text: str, arg: tuple, by_context: dict) -> dict:
    role, context, *antecedents = arg
    start, end = locate(text, context)
    record = {"role": role, "start": start, "end": end, "text": text[start:end]}
    if antecedents:
        record["ref"] = None
        record["coref"] = " ".join(by_context[a]["id"] for a in antecedents[0])
    else:
        if context not in by_context:
            raise SystemExit(f"argument {context!r} is not an entity or date mention")
        record["ref"] = by_context[context]["id"]
    return record


def fragments(text: str, start: int, end: int) -> str:
    """brat offsets, split at line breaks as brat requires."""
    parts, at = [], start
    for line in re.finditer(r"[^\n]+", text[start:end]):
        parts.append(f"{start + line.start()} {start + line.end()}")
    return ";".join(parts) if parts else f"{at} {end}"


def brat(text: str, gold: dict) -> str:
    lines, notes = [], 0

    def note(target: str, content: str) -> None:
        nonlocal notes
        notes += 1
        lines.append(f"#{notes}\tAnnotatorNotes {target}\t{content}")

    for e in gold["entities"]:
        lines.append(f"{e['id']}\t{e['type']} {fragments(text, e['start'], e['end'])}\t{e['text']}")
        fine = f"; fine_type={e['fine_type']}" if e["fine_type"] else ""
        note(e["id"], f"normal={e['normal']}; cluster={e['cluster']}{fine}")
    for d in gold["dates"]:
        lines.append(f"{d['id']}\tDATE {fragments(text, d['start'], d['end'])}\t{d['text']}")
        note(d["id"], f"value={d['value']}" + (f"; mod={d['mod']}" if d["mod"] else ""))
    next_t = len(gold["entities"]) + len(gold["dates"]) + 1
    triggers = {}
    for event in gold["events"]:
        t = event["trigger"]
        triggers[event["id"]] = f"T{next_t}"
        lines.append(f"T{next_t}\t{event['type']} {fragments(text, t['start'], t['end'])}\t{t['text']}")
        next_t += 1
    pronouns = {}
    for event in gold["events"]:
        for arg in event["args"]:
            if arg["ref"] is None and (arg["start"], arg["end"]) not in pronouns:
                pronouns[(arg["start"], arg["end"])] = f"T{next_t}"
                lines.append(f"T{next_t}\tPRON {arg['start']} {arg['end']}\t{arg['text']}")
                note(f"T{next_t}", f"coref={arg['coref']}")
                next_t += 1
    attributes = 0
    for event in gold["events"]:
        seen: dict[str, int] = {}
        parts = [f"{event['type']}:{triggers[event['id']]}"]
        for arg in event["args"]:
            seen[arg["role"]] = seen.get(arg["role"], 0) + 1
            role = arg["role"] + (str(seen[arg["role"]]) if seen[arg["role"]] > 1 else "")
            parts.append(f"{role}:{arg['ref'] or pronouns[(arg['start'], arg['end'])]}")
        lines.append(f"{event['id']}\t{' '.join(parts)}")
        for name, value, default in (("Polarity", event["polarity"], "positive"),
                                     ("Modality", event["modality"], "asserted")):
            if value != default:
                attributes += 1
                lines.append(f"A{attributes}\t{name} {event['id']} {value}")
    return "\n".join(lines) + "\n"


def main() -> None:
    text = TEXT_FILE.read_bytes().decode("utf-8")
    tokens, conllu = tokens_and_conllu(text)
    gold = {"text": text, "tokens": tokens, **build(text)}
    (HERE / f"{NAME}.conllu").write_text(conllu, encoding="utf-8")
    (HERE / f"{NAME}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / f"{NAME}.ann").write_text(brat(text, gold), encoding="utf-8")
    print(f"{len(tokens)} tokens, {len(gold['entities'])} entities, {len(gold['dates'])} dates, "
          f"{len(gold['events'])} events, {sum(len(e['args']) for e in gold['events'])} arguments")


if __name__ == "__main__":
    main()
