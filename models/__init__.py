"""The data of letopis: lexicons, patterns, tables and trained weights (`letopis.models`).

Installed as package data and read through `letopis.resources`; no code lives here.
"""
