"""Word lists read by more than one stage live in `letopis.lexicons`, so that no stage imports
another's rules for them; the stages see the same objects."""
import ast
from pathlib import Path

from letopis import lexicons
from letopis.coref import mentions, stage as coref_stage
from letopis.entities import consistency, no_names, rules as entity_rules
from letopis.events import rules as event_rules

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"


def test_verbs_whose_subject_is_someone():
    verbs = lexicons.person_verbs()
    assert verbs["сказать"] == "speech"
    assert verbs["подумать"] == "cognition"
    assert "упасть" not in verbs


def test_collective_nouns_of_people():
    assert {"отряд", "семья"} <= lexicons.groups()
    assert "стол" not in lexicons.groups()


def test_kinship_words():
    assert {"дедушка", "мать", "дядя"} <= lexicons.kinship()
    assert "князь" not in lexicons.kinship() and "стол" not in lexicons.kinship()


def test_the_stages_read_the_shared_lists():
    assert mentions.person_verbs is lexicons.person_verbs
    assert event_rules.groups is lexicons.groups
    assert coref_stage.kinship is lexicons.kinship and no_names.kinship is lexicons.kinship
    assert consistency.station_words() == entity_rules.ranks() | lexicons.kinship()
    assert {"князь", "мать"} <= consistency.station_words()


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}


def test_entities_do_not_read_coreference_verbs_nor_coreference_event_rules():
    assert "letopis.coref.mentions" not in imports_of(PIPELINE / "entities" / "consistency.py")
    assert "letopis.events.rules" not in imports_of(PIPELINE / "coref" / "stage.py")
