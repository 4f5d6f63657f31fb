"""Exporters: they read analysed Docs and write files; they never analyse."""
