"""`letopis evaluate` on small hand-made gold and predictions with known counts."""
from __future__ import annotations

import json

import pytest

from letopis.cli import main
from letopis.evaluate.nerel import nerel_documents
from letopis.evaluate.score import b_cubed

TEXT = "В мае 1920 года Блок встретил Белого в Москве."


def doc(entities=(), dates=(), events=(), tokens=()) -> dict:
    return {"text": TEXT, "tokens": list(tokens), "entities": list(entities), "dates": list(dates),
            "events": list(events)}


def span(text: str, **fields) -> dict:
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text, **fields}


BLOK = span("Блок", id="T1", type="PER", normal="Блок", cluster="C1")
BELY = span("Белого", id="T2", type="PER", normal="Белый", cluster="C2")
MOSCOW = span("Москве", id="T3", type="LOC", normal="Москва", cluster="C3")
DATE = span("мае 1920 года", id="T4", value="1920-05", mod=None)


def meeting(*args) -> dict:
    return {"id": "E1", "type": "MEETING", "trigger": span("встретил"), "args": list(args),
            "polarity": "positive", "modality": "asserted"}


GOLD = doc([BLOK, BELY, MOSCOW], [DATE], [meeting(
    span("Блок", role="agent", ref="T1"), span("Белого", role="participant", ref="T2"),
    span("Москве", role="place", ref="T3"), span("мае 1920 года", role="time", ref="T4"))])
PRED = doc([BLOK, span("Белого в Москве", id="T2", type="LOC", normal="x", cluster="C2")],
           [span("1920 года", id="T3", value="1920", mod=None)],
           [meeting(span("Блок", role="participant", ref="T1"), span("Москве", role="destination", ref=None),
                    span("Белого", role="time", ref=None))])


def evaluate(tmp_path, gold: dict, pred: dict, *options: str) -> tuple[int, dict]:
    (tmp_path / "pred").mkdir()
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "pred" / "gold.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    status = main(["evaluate", "--gold", str(tmp_path / "gold.json"), "--pred", str(tmp_path / "pred"),
                   "--report", str(tmp_path / "report"), *options])
    return status, json.loads((tmp_path / "report" / "report.json").read_text(encoding="utf-8"))["figures"]["pipeline"]


def test_strict_and_partial_entities_and_dates(tmp_path):
    _, figures = evaluate(tmp_path, GOLD, PRED)
    assert (figures["entities.tp"], figures["entities.fp"], figures["entities.fn"]) == (1, 1, 2)
    assert figures["entities.partial_tp"] == 2  # `Белого в Москве` LOC overlaps `Москве` LOC
    assert figures["dates.f1"] == 0 and figures["dates.partial_f1"] == 1.0
    assert figures["normal.acc"] == 1.0


def test_arguments_count_by_role_class_after_the_trigger_matched(tmp_path):
    _, figures = evaluate(tmp_path, GOLD, PRED)
    assert figures["events.trigger_f1"] == 1.0
    # agent ~ participant and place ~ destination are the same classes; `Белого` as time is wrong
    assert (figures["events.arg_tp"], figures["events.arg_fp"], figures["events.arg_fn"]) == (2, 1, 2)


def test_report_lists_every_error_with_its_sentence(tmp_path):
    evaluate(tmp_path, GOLD, PRED)
    report = (tmp_path / "report" / "report.md").read_text(encoding="utf-8")
    assert "missed: **Белого** PER" in report and TEXT in report


def test_a_held_out_report_gives_the_figures_and_no_error(tmp_path):
    _, figures = evaluate(tmp_path, GOLD, PRED, "--no-errors")
    report = (tmp_path / "report" / "report.md").read_text(encoding="utf-8")
    payload = json.loads((tmp_path / "report" / "report.json").read_text(encoding="utf-8"))
    # the same figures as with the error list ...
    assert figures["entities.f1"] == 0.4 and figures["events.trigger_f1"] == 1.0
    assert "| entities.f1 | 0.400 |" in report
    # ... but not one missed or spurious item, nor the sentences they stand in
    assert "Errors of the pipeline" not in report and "missed" not in report and TEXT not in report
    assert "errors" not in payload and "--no-errors" in report


def test_gate_fails_below_a_threshold_and_rejects_unknown_figures(tmp_path, capsys):
    status, _ = evaluate(tmp_path, GOLD, PRED, "--min", "entities.f1=0.9", "--min", "events.trigger_f1=0.9")
    assert status == 1 and "entities.f1 = 0.400 < 0.9" in capsys.readouterr().err
    assert main(["evaluate", "--gold", str(tmp_path / "gold.json"), "--pred", str(tmp_path / "pred"),
                 "--report", str(tmp_path / "r2"), "--min", "entities.nonsense=1"]) == 2


def test_b_cubed_of_a_merged_cluster():
    pairs = [({"cluster": "A"}, {"cluster": "X"}), ({"cluster": "A"}, {"cluster": "X"}),
             ({"cluster": "B"}, {"cluster": "X"})]
    # precision 5/9 (each mention's predicted cluster is 2/3 or 1/3 right), recall 1
    assert b_cubed(pairs) == pytest.approx(2 * (5 / 9) / (5 / 9 + 1))


def test_nerel_nesting_prepositions_and_relations(tmp_path):
    text = "В пятницу в Париже прошла конференция ООН в Париже."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.ann").write_text("\n".join([
        "T1\tDATE 0 9\tВ пятницу", "T2\tCITY 12 18\tПариже", "T3\tEVENT 26 41\tконференция ООН",
        "T4\tORGANIZATION 38 41\tООН", "T5\tEVENT 26 37\tконференция",
        "R1\tTAKES_PLACE_IN Arg1:T3 Arg2:T2", "R2\tPOINT_IN_TIME Arg1:T3 Arg2:T1",
        "R3\tPARTICIPANT_IN Arg1:T4 Arg2:T3"]) + "\n", encoding="utf-8")
    document = nerel_documents(tmp_path)["a"]
    assert [d["text"] for d in document.dates] == ["пятницу"]
    outer = {e["text"]: e["outer"] for e in document.entities}
    assert outer == {"Париже": True, "конференция ООН": True, "ООН": True, "конференция": False}
    event = next(e for e in document.events if e["id"] == "T3")
    assert sorted((a["role"], a["text"]) for a in event["args"]) == [
        ("participant", "ООН"), ("place", "Париже"), ("time", "пятницу")]


def test_nerel_date_spans_in_our_convention(tmp_path):
    """A compound preposition is cut like a simple one, `через` stays (8.5), and the full stop
    of an abbreviated unit is taken in (3.2: `1921 г.`)."""
    text = "В течение двух лет он жил в Туле. Через неделю уехал. Это было в 1921 г. и позже."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    spans = [(text.index("В течение"), text.index(" он")), (text.index("Через"), text.index(" уехал")),
             (text.index("в 1921"), text.index(" и позже") - 1)]
    (tmp_path / "a.ann").write_text("".join(f"T{n}\tDATE {s} {e}\t{text[s:e]}\n" for n, (s, e) in enumerate(spans, 1)),
                                    encoding="utf-8")
    document = nerel_documents(tmp_path)["a"]
    assert [d["text"] for d in document.dates] == ["двух лет", "Через неделю", "1921 г."]


def test_nerel_scores_events_of_the_types_it_covers_apart(tmp_path):
    text = "Иванов сказал, что в Париже прошла конференция."
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    (gold_dir / "a.txt").write_text(text, encoding="utf-8")
    (gold_dir / "a.ann").write_text("T1\tEVENT 35 46\tконференция\n", encoding="utf-8")

    def event(word: str, type: str) -> dict:
        start = text.index(word)
        return {"id": "E1", "type": type, "trigger": {"start": start, "end": start + len(word), "text": word},
                "args": [], "polarity": "positive", "modality": "asserted"}

    pred = {"text": text, "tokens": [], "entities": [], "dates": [],
            "events": [event("сказал", "COMMUNICATION"), event("конференция", "MEETING")]}
    (pred_dir / "a.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", "--format", "nerel", "--gold", str(gold_dir), "--pred", str(pred_dir)]) == 0
    figures = json.loads((pred_dir / "report.json").read_text(encoding="utf-8"))["figures"]["pipeline"]
    assert figures["events.trigger_p"] == 0.5  # every predicted event counts here
    assert figures["events.covered_trigger_p"] == 1.0  # speech is not a NEREL EVENT


def test_a_predicted_pronoun_counts_as_its_antecedent(tmp_path):
    text = "Блок приехал в Москву. Там он встретил Белого."

    def at(word: str, **fields) -> dict:
        start = text.index(word)
        return {"start": start, "end": start + len(word), "text": word, **fields}
    blok, bely = at("Блок", id="T1", type="PER", cluster="C1"), at("Белого", id="T2", type="PER", cluster="C2")

    def meeting(*args) -> dict:
        return {"id": "E1", "type": "MEETING", "trigger": at("встретил"), "args": list(args),
                "polarity": "positive", "modality": "asserted"}

    gold = {"text": text, "tokens": [], "entities": [blok, bely], "dates": [],
            "events": [meeting(at("Блок", role="agent", ref="T1"), at("Белого", role="participant", ref="T2"))]}
    pred = dict(gold, events=[meeting(at("он", role="agent", ref=None, coref="T1"),
                                      at("Белого", role="participant", ref="T2"))])
    _, figures = evaluate(tmp_path, gold, pred)
    assert (figures["events.arg_tp"], figures["events.arg_fp"], figures["events.arg_fn"]) == (2, 0, 0)


def test_a_span_off_its_offsets_is_refused(tmp_path):
    shifted = dict(PRED, entities=[dict(BLOK, start=BLOK["start"] + 1, end=BLOK["end"] + 1)])
    (tmp_path / "pred").mkdir()
    (tmp_path / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "pred" / "gold.json").write_text(json.dumps(shifted, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SystemExit, match="1 predicted spans are not at their offsets"):
        main(["evaluate", "--gold", str(tmp_path / "gold.json"), "--pred", str(tmp_path / "pred")])


# The memoir layers: pronoun and zero-subject mentions, person clusters, inferred times.
MEMOIR = "В мае 1920 года Блок приехал в Москву. Там он встретил Белого. Вернулся домой поздно."


def memo(word: str, **fields) -> dict:
    start = MEMOIR.index(word)
    return {"start": start, "end": start + len(word), "text": word, **fields}


def memoir_event(id: str, type: str, word: str, *args) -> dict:
    return {"id": id, "type": type, "trigger": memo(word), "args": list(args),
            "polarity": "positive", "modality": "asserted"}


M_BLOK = memo("Блок", id="T1", type="PER", normal="Блок", cluster="C1", fine_type=None)
M_MOSCOW = memo("Москву", id="T2", type="LOC", normal="Москва", cluster="C2", fine_type="CITY")
M_BELY = memo("Белого", id="T3", type="PER", normal="Белый", cluster="C3", fine_type=None)
M_DATE = memo("мае 1920 года", id="T4", value="1920-05", mod=None)
M_HE = memo("он", id="T5", kind="pronoun", cluster="C1")
M_ZERO = memo("Вернулся", id="T6", kind="zero", cluster="C1")
MEMOIR_GOLD = {
    "text": MEMOIR, "tokens": [], "entities": [M_BLOK, M_MOSCOW, M_BELY], "dates": [M_DATE],
    "mentions": [M_HE, M_ZERO],
    "events": [
        memoir_event("E1", "MOVEMENT", "приехал", memo("Блок", role="agent", ref="T1", cluster="C1"),
                     memo("Москву", role="destination", ref="T2", cluster=None),
                     memo("мае 1920 года", role="time", ref="T4", cluster=None)),
        memoir_event("E2", "MEETING", "встретил", memo("он", role="participant", ref="T5", cluster="C1", coref="T1"),
                     memo("Белого", role="participant", ref="T3", cluster="C3"),
                     memo("мае 1920 года", role="time", ref="T4", cluster=None, inferred=True)),
        memoir_event("E3", "MOVEMENT", "Вернулся", memo("Вернулся", role="agent", ref="T6", cluster="C1", coref="T1"),
                     memo("мае 1920 года", role="time", ref="T4", cluster=None, inferred=True)),
    ]}
# The prediction links `он` right and the zero subject to Белый; its cluster ids are its own.
MEMOIR_PRED = {
    "text": MEMOIR, "tokens": [], "dates": [M_DATE],
    "entities": [dict(M_BLOK, cluster="X"), dict(M_MOSCOW, cluster="Y"), dict(M_BELY, cluster="Z")],
    "mentions": [dict(M_HE, cluster="X"), dict(M_ZERO, cluster="Z")],
    "events": [
        memoir_event("E1", "MOVEMENT", "приехал", memo("Блок", role="agent", ref="T1"),
                     memo("Москву", role="destination", ref="T2"), memo("мае 1920 года", role="time", ref="T4")),
        memoir_event("E2", "MEETING", "встретил", memo("он", role="participant", ref="T5", cluster="X"),
                     memo("Белого", role="participant", ref="T3"),
                     memo("мае 1920 года", role="time", ref="T4", inferred=True)),
        memoir_event("E3", "MOVEMENT", "Вернулся", memo("Вернулся", role="agent", ref="T6", cluster="Z")),
    ]}


def test_gold_without_tokens_has_no_token_figures(tmp_path):
    _, figures = evaluate(tmp_path, MEMOIR_GOLD, MEMOIR_PRED)
    assert not any(key.startswith(("tokens.", "lemma.", "upos.")) for key in figures)
    assert figures["entities.f1"] == 1.0 and figures["dates.f1"] == 1.0 and figures["dates.value_acc"] == 1.0


def test_a_mention_is_linked_right_when_its_cluster_holds_a_gold_name_of_its_cluster(tmp_path):
    _, figures = evaluate(tmp_path, MEMOIR_GOLD, MEMOIR_PRED)
    assert (figures["mentions.tp"], figures["mentions.fp"], figures["mentions.fn"]) == (2, 0, 0)
    assert figures["mentions.link_acc"] == 0.5 and figures["mentions.link_acc_n"] == 2
    assert figures["mentions.pronoun_link_acc"] == 1.0 and figures["mentions.zero_link_acc"] == 0.0


def test_a_pronoun_or_zero_argument_counts_when_its_cluster_is_right(tmp_path):
    _, figures = evaluate(tmp_path, MEMOIR_GOLD, MEMOIR_PRED)
    # 8 gold arguments: E1's three, E2's three (`он` in Блок's cluster: right), E3's zero subject
    # (linked to Белый: wrong, so one spurious and one missed) and its inferred time (missed)
    assert (figures["events.arg_tp"], figures["events.arg_fp"], figures["events.arg_fn"]) == (6, 1, 2)
    # a predicted argument elsewhere, at a name of the right cluster, counts for the pronoun too
    elsewhere = json.loads(json.dumps(MEMOIR_PRED))
    elsewhere["events"][2]["args"][0] = memo("Блок", role="agent", ref="T1")
    (tmp_path / "b").mkdir()
    _, figures = evaluate(tmp_path / "b", MEMOIR_GOLD, elsewhere)
    assert (figures["events.arg_tp"], figures["events.arg_fp"], figures["events.arg_fn"]) == (7, 0, 1)


def test_inferred_times_are_reported_on_their_own(tmp_path):
    _, figures = evaluate(tmp_path, MEMOIR_GOLD, MEMOIR_PRED)
    assert (figures["events.inferred_time_tp"], figures["events.inferred_time_fp"],
            figures["events.inferred_time_fn"]) == (1, 0, 1)


def test_person_clusters_b_cubed_and_muc_over_names_pronouns_and_zero_subjects(tmp_path):
    _, figures = evaluate(tmp_path, MEMOIR_GOLD, MEMOIR_PRED)
    # gold {Блок, он, Вернулся} {Белого}; predicted {Блок, он} {Белого, Вернулся}
    assert figures["persons.mentions_n"] == 4
    assert figures["persons.b3_p"] == pytest.approx(3 / 4)
    assert figures["persons.b3_r"] == pytest.approx(2 / 3)
    assert figures["persons.muc_r"] == pytest.approx(1 / 2) and figures["persons.muc_p"] == pytest.approx(1 / 2)


def test_a_prediction_without_mentions_misses_them_all(tmp_path):
    pred = {key: value for key, value in MEMOIR_PRED.items() if key != "mentions"}
    _, figures = evaluate(tmp_path, MEMOIR_GOLD, pred)
    assert (figures["mentions.tp"], figures["mentions.fn"]) == (0, 2)
    assert figures["mentions.link_acc"] == 0.0
    # the mentions are singletons on the predicted side: Блок alone stays with nobody
    assert figures["persons.b3_p"] == 1.0 and figures["persons.b3_r"] == pytest.approx((1 / 3 * 3 + 1) / 4)


def without_inferred(document: dict) -> dict:
    """The memoir gold as a gold that never annotates inferred times (the seed's or NEREL's way)."""
    plain = json.loads(json.dumps(document))
    for event in plain["events"]:
        event["args"] = [a for a in event["args"] if not a.get("inferred")]
    return plain


def test_inferred_times_are_left_out_where_the_gold_never_annotates_them(tmp_path):
    # The prediction's one inferred time (`встретил` in May 1920) is right, but this gold has no
    # inferred time at all: it is left out of the arguments and only counted.
    status, figures = evaluate(tmp_path, without_inferred(MEMOIR_GOLD), MEMOIR_PRED)
    assert status == 0 and figures["events.inferred_left_out_n"] == 1
    assert (figures["events.arg_tp"], figures["events.arg_fp"], figures["events.arg_fn"]) == (5, 1, 1)
    assert not any(key.startswith("events.inferred_time_") for key in figures)
    report = (tmp_path / "report" / "report.md").read_text(encoding="utf-8")
    assert report.splitlines()[2].startswith("Inferred times policy: this gold never annotates")


def test_inferred_times_count_as_spurious_when_asked(tmp_path):
    _, figures = evaluate(tmp_path, without_inferred(MEMOIR_GOLD), MEMOIR_PRED, "--inferred", "count")
    assert (figures["events.arg_tp"], figures["events.arg_fp"], figures["events.arg_fn"]) == (5, 2, 1)
    assert "events.inferred_left_out_n" not in figures


def test_inferred_times_count_where_the_gold_annotates_them(tmp_path):
    _, figures = evaluate(tmp_path, MEMOIR_GOLD, MEMOIR_PRED)
    assert "events.inferred_left_out_n" not in figures
    report = (tmp_path / "report" / "report.md").read_text(encoding="utf-8")
    assert report.splitlines()[2].startswith("Inferred times policy: this gold annotates")


def test_a_gold_of_dates_only_scores_dates_alone(tmp_path):
    # a probe that annotates one layer (`"layers": ["dates"]`, tables' LAYERS) reports no false
    # zeros for the entities and events the pipeline finds and the probe never annotated
    gold = dict(doc([], [DATE], []), layers=["dates"])
    _, figures = evaluate(tmp_path, gold, doc([BLOK, MOSCOW], [DATE], [meeting()]))
    assert figures["dates.f1"] == 1.0 and figures["dates.value_acc"] == 1.0
    assert not any(key.startswith(("entities.", "events.", "mentions.", "normal.")) for key in figures)


def test_a_gold_without_layers_scores_every_layer(tmp_path):
    _, figures = evaluate(tmp_path, doc([], [DATE], []), doc([BLOK], [DATE], [meeting()]))
    assert figures["entities.fp"] == 1 and figures["events.trigger_fp"] == 1


def test_nerel_leaves_durations_under_a_day_to_its_time_type(tmp_path):
    """A count of hours is a date of ours (`PT3H`, GUIDELINES 9.26) and a TIME of NEREL's: scored
    against NEREL's DATE it is neither right nor spurious; the day beside it still counts."""
    text = "Совещание 5 мая 2019 года шло три часа."
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.txt").write_text(text, encoding="utf-8")
    day, hours = (text.index("5 мая"), text.index(" шло")), (text.index("три"), text.index("."))
    (tmp_path / "gold" / "a.ann").write_text(f"T1\tDATE {day[0]} {day[1]}\t{text[day[0]:day[1]]}\n"
                                             f"T2\tTIME {hours[0]} {hours[1]}\t{text[hours[0]:hours[1]]}\n",
                                             encoding="utf-8")
    pred = {"text": text, "tokens": [], "entities": [], "events": [], "dates": [
        {"id": "T1", "start": day[0], "end": day[1], "text": text[day[0]:day[1]], "value": "2019-05-05", "mod": None},
        {"id": "T2", "start": hours[0], "end": hours[1], "text": text[hours[0]:hours[1]], "value": "PT3H", "mod": None}]}
    (tmp_path / "pred").mkdir()
    (tmp_path / "pred" / "a.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    main(["evaluate", "--format", "nerel", "--gold", str(tmp_path / "gold"), "--pred", str(tmp_path / "pred"),
          "--report", str(tmp_path / "report")])
    figures = json.loads((tmp_path / "report" / "report.json").read_text(encoding="utf-8"))["figures"]["pipeline"]
    assert (figures["dates.tp"], figures["dates.fp"], figures["dates.fn"]) == (1, 0, 0)


def test_relaxed_match_of_a_nested_head_goes_to_the_outer_mention():
    """NEREL marks `забастовки` inside `всеобщей забастовки`; a prediction of the head word alone
    meets the inner mention exactly, but for the partial scores it is the outer mention's match
    (the inner one is not needed for recall), not a miss of the outer; strictly it stays a miss."""
    from letopis.evaluate.score import align, anything

    text = "Рабочие объявили о начале всеобщей забастовки."
    outer = {"start": text.index("всеобщей"), "end": text.index("."), "outer": True}
    inner = {"start": text.index("забастовки"), "end": text.index("."), "outer": False}
    pred = {"trigger": {"start": inner["start"], "end": inner["end"]}}
    relaxed = align([outer, inner], [pred], anything, relaxed=True)
    assert relaxed.counts().tp == 1 and relaxed.missed == [] and relaxed.spurious == []
    strict = align([outer, inner], [pred], anything)
    assert strict.counts().tp == 0 and strict.missed == [outer] and strict.spurious == []
