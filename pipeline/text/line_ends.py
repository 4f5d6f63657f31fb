"""A text given from Python with an old Mac's line ends (`\r` alone) is analysed as the command
line analyses the same file: with each lone `\r` read as `\n` (`text/reader.line_ends`, one
character for one, so every offset holds), and the Doc handed back holds the string as given.

The tokenizer builds its Doc from the text as read and keeps the string as given in
`doc.user_data`; the last component, `letopis_line_ends`, makes the same Doc again on the
string as given: the same tokens at the same offsets, sentences, tags, trees, lemmas, entities,
spans and every extension value (they are keyed by offsets), only the whitespace tokens of the
line ends back as they were written. A text without a lone `\r` (every text the command line
passes: it reads the line ends itself) goes through untouched.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from letopis.morphosyntax.memo import doc_table

AS_GIVEN = "letopis.as_given"  # doc.user_data: the string as given, where it was read otherwise
LINE_ENDS = "letopis_line_ends"


def given_back(doc: Doc) -> Doc:
    """`doc` on the string as given (`AS_GIVEN`), or `doc` itself when it was read as given."""
    text = doc.user_data.pop(AS_GIVEN, None)
    if text is None:
        return doc
    exclude = ["user_data"]
    restored = Doc(doc.vocab).from_dict({**doc.to_dict(exclude=exclude), "text": text}, exclude=exclude)
    restored.user_data.update(doc.user_data)  # the extension values as they are (msgpack would make tuples lists)
    doc_table(restored, "text")  # the last Doc of this thread, held as the stages' last Doc is (`nlp(text).spans[...]`)
    return restored


@Language.component(LINE_ENDS)
def line_ends_component(doc: Doc) -> Doc:
    return given_back(doc)
