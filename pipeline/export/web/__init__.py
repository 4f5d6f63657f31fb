"""The reading view's and the corpus index's template, stylesheet and script (package data)."""
