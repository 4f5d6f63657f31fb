"""«Война и мир», the editors' afterword (tom4 of the edition): the critics of the 1860s on the
novel, its first translations (corpus ../war_and_peace/tom4.txt, characters 801875–805498).

The only prose of our region of tom4 (characters 700000–850000) that is not the novel's
philosophical epilogue, drafts or endnotes: an essay's narration, dense with names with
initials, periodicals and titles. Annotated for entities only, by reading before any pipeline
run (third entities probe, issue 11 item 4 and issue 12; ner13), against GUIDELINES.md section 2
and the decisions of 9.16, 9.31 and 9.35. Initials are inside the name (`П. В. Анненков`, 2.3);
`гр.` (граф) and `Князь` outside. Periodicals are ORG (`Вестник Европы`, `Заря`, `Биржевые
ведомости`, `Искра`, `Военный сборник`, `Русский архив`, the French `Le XIX-е Si&#232;cle` as
written); a place inside a periodical's name is annotated too (`Европы` in `Вестник Европы`, 2.4).
The article's title holds the novel's title and its author: all three annotated (2.4); its closing
guillemet, shared with the inner title, is outside both. The pseudonym `Н. Флеровский` shares
`В. В. Берви`'s cluster. `Отечественной войны` EVENT; `М.` (Moscow in a reference) LOC CITY;
`Америке` in the list of countries COUNTRY; quoted phrases that are no title (`«народного духа»`)
none, but a name inside one is a name (`«новой России»` → `России`).
"""
SOURCE = ("../war_and_peace/tom4.txt", 801875, 805498)
LAYERS = ("entities",)  # an entities probe: no mentions, dates or events annotated

# context, type, fine_type, normal, referent
ENTITIES = [
    ("дал [П. В. Анненков] в", "PER", None, "П. В. Анненков", "annenkov"),
    ("статье «[Исторические и эстетические вопросы в романе гр. Л. Н. Толстого «Война и мир]» («Вестник",
     "WORK_OF_ART", None, "Исторические и эстетические вопросы в романе гр. Л. Н. Толстого «Война и мир", "annenkov_article"),
    ("романе гр. [Л. Н. Толстого] «Война", "PER", None, "Л. Н. Толстой", "tolstoy"),
    ("Толстого «[Война и мир]» («Вестник", "WORK_OF_ART", None, "Война и мир", "voina"),
    ("(«[Вестник Европы]» 1868", "ORG", None, "Вестник Европы", "vestnik"),
    ("«Вестник [Европы]» 1868", "LOC", "LOCATION", "Европа", "europe"),
    ("композицию «[Войны и мира]», включающую", "WORK_OF_ART", None, "Война и мир", "voina"),
    ("«новой [России]»", "LOC", "COUNTRY", "Россия", "russia"),
    ("восхищение [Анненкова] вызывали", "PER", None, "Анненков", "annenkov"),
    ("Если [Анненков] оценивал", "PER", None, "Анненков", "annenkov"),
    ("то [Н. Н. Страхов] и", "PER", None, "Н. Н. Страхов", "strakhov"),
    ("Страхов и [Н. С. Лесков] в", "PER", None, "Н. С. Лесков", "leskov"),
    ("значение «[Войны и мира]» именно", "WORK_OF_ART", None, "Война и мир", "voina"),
    ("тома «[Войны и мира]» Страхов", "WORK_OF_ART", None, "Война и мир", "voina"),
    ("мира» [Страхов], печатавший", "PER", None, "Страхов", "strakhov"),
    ("журнале «[Заря]»", "ORG", None, "Заря", "zarya"),
    ("произведение [Толстого] «гениальным", "PER", None, "Толстой", "tolstoy"),
    ("[Н. С. Лесков] в своих анализах", "PER", None, "Н. С. Лесков", "leskov"),
    ("газете «[Биржевые ведомости]»", "ORG", None, "Биржевые ведомости", "birzhevye"),
    ("[Д. Д. Минаев], В. В.", "PER", None, "Д. Д. Минаев", "minaev"),
    ("[В. В. Берви] (Н.", "PER", None, "В. В. Берви", "bervi"),
    ("([Н. Флеровский])", "PER", None, "Н. Флеровский", "bervi"),
    ("[Н. В. Шелгунов], журнал", "PER", None, "Н. В. Шелгунов", "shelgunov"),
    ("журнал «[Искра]»", "ORG", None, "Искра", "iskra"),
    ("критиковали [Толстого] за", "PER", None, "Толстой", "tolstoy"),
    ("отношении «[Войны и мира]» заняли", "WORK_OF_ART", None, "Война и мир", "voina"),
    ("литераторы. [А. С. Норов], академик", "PER", None, "А. С. Норов", "norov"),
    ("участник [Отечественной войны], был", "EVENT", None, "Отечественная война", "war1812"),
    ("романом [Толстого] («Военный", "PER", None, "Толстой", "tolstoy"),
    ("(«[Военный сборник]», 1868", "ORG", None, "Военный сборник", "voenny_sbornik"),
    ("Князь [П. А. Вяземский], забывший", "PER", None, "П. А. Вяземский", "vyazemsky"),
    ("а [Толстому] давал", "PER", None, "Толстой", "tolstoy"),
    ("[Толстой], по мысли", "PER", None, "Толстой", "tolstoy"),
    ("мысли [Вяземского], желал", "PER", None, "Вяземский", "vyazemsky"),
    ("(«[Русский архив]». Год", "ORG", None, "Русский архив", "russky_arkhiv"),
    ("(1869). [М.], 1870", "LOC", "CITY", "М.", "moscow"),
    ("[Фет], Тургенев", "PER", None, "Фет", "fet"),
    ("Фет, [Тургенев], Гончаров", "PER", None, "Тургенев", "turgenev"),
    ("Тургенев, [Гончаров], Достоевский", "PER", None, "Гончаров", "goncharov"),
    ("Гончаров, [Достоевский] отмечали", "PER", None, "Достоевский", "dostoevsky"),
    ("отмечали «[Войну и мир]» как", "WORK_OF_ART", None, "Война и мир", "voina"),
    ("перевод «[Войны и мира]», выполненный", "WORK_OF_ART", None, "Война и мир", "voina"),
    ("выполненный [И. Паскевич].", "PER", None, "И. Паскевич", "paskevich"),
    ("романа в [Германии], Дании", "LOC", "COUNTRY", "Германия", "germany"),
    ("Германии, [Дании], Америке", "LOC", "COUNTRY", "Дания", "denmark"),
    ("Дании, [Америке], Англии", "LOC", "COUNTRY", "Америка", "america"),
    ("Америке, [Англии], Венгрии", "LOC", "COUNTRY", "Англия", "england"),
    ("Англии, [Венгрии], Голландии", "LOC", "COUNTRY", "Венгрия", "hungary"),
    ("Венгрии, [Голландии], Чехии", "LOC", "COUNTRY", "Голландия", "holland"),
    ("Голландии, [Чехии], Швеции", "LOC", "COUNTRY", "Чехия", "czechia"),
    ("Чехии, [Швеции], Болгарии", "LOC", "COUNTRY", "Швеция", "sweden"),
    ("Швеции, [Болгарии], Сербии", "LOC", "COUNTRY", "Болгария", "bulgaria"),
    ("Болгарии, [Сербии], Италии", "LOC", "COUNTRY", "Сербия", "serbia"),
    ("Сербии, [Италии], Испании", "LOC", "COUNTRY", "Италия", "italy"),
    ("Италии, [Испании]. «Война", "LOC", "COUNTRY", "Испания", "spain"),
    ("Испании. «[Война и мир]» положила", "WORK_OF_ART", None, "Война и мир", "voina"),
    ("известности [Толстого]. И. С.", "PER", None, "Толстой", "tolstoy"),
    ("[И. С. Тургенев] в январе", "PER", None, "И. С. Тургенев", "turgenev"),
    ("газеты «[Le XIX-е Si&#232;cle]»", "ORG", None, "Le XIX-е Si&#232;cle", "le_siecle"),
    ("подлинная [Россия]»", "LOC", "COUNTRY", "Россия", "russia"),
]

MENTIONS = []
DATES = []
EVENTS = []
