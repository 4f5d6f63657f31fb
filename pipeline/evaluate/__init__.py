"""Scoring the pipeline's output files against hand annotation (`letopis evaluate`)."""
