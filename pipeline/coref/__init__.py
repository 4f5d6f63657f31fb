"""Coreference of persons: one clustering rule for names (`names.py`), the pronoun and
zero-subject mentions of a Doc (`mentions.py`), their antecedents (`resolve.py`), the stage
(`stage.py`)."""
