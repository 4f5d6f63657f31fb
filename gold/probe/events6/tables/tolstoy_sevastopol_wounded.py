"""Tolstoy, «Севастополь в мае», chapter 7: prince Galtsin among the wounded coming back from the
bastion at night, questioning a soldier about the lost trench, lieutenant Nepshitshetsky's zeal,
Galtsin at the dressing station (corpus tolstoy_sevastopol_1855_05.txt, characters 36088–40380).

Annotated by reading before any pipeline run; development probe (issue 12, narr11), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19, 9.21, 9.22.
Doubtful cases in GUIDELINES section 9.25. Only Galtsin and Nepshitshetsky are named; the
soldiers and the French are not (no arguments). The soldiers' spoken accounts of the fight are
annotated (9.17, 9.19): the enemy's rush and climbing the rampart, overpowering, repulsing and
giving up the trench are WAR, killing DEATH, coming up in force MOVEMENT (8.6). Speech verbs
tagging a quoted line are no events; being wounded has no type (9.19). MENTIONS are the pronouns
that are event arguments (this is an events probe).
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 36088, 40380)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("князю [Гальцину].", "PER", None, "Гальцин", "galtsin"),
    ("рассказа [Гальцин] остановил", "PER", None, "Гальцин", "galtsin"),
    ("с досадой сказал [Гальцин]", "PER", None, "Гальцин", "galtsin"),
    ("поручик [Непшитшетский] в темноте", "PER", None, "Непшитшетский", "nepsh"),
    ("узнав князя [Гальцина]", "PER", None, "Гальцин", "galtsin"),
    ("сказал князь [Гальцин] и", "PER", None, "Гальцин", "galtsin"),
    ("сказал [Гальцин], огорченный", "PER", None, "Гальцин", "galtsin"),
    ("подхватил поручик [Непшитшетский]", "PER", None, "Непшитшетский", "nepsh"),
    ("сказал [Гальцин], останавливая", "PER", None, "Гальцин", "galtsin"),
    ("крикнул поручик [Непшитшетский]", "PER", None, "Непшитшетский", "nepsh"),
    ("Князю [Гальцину] вдруг", "PER", None, "Гальцин", "galtsin"),
    ("за поручика [Непшитшетского]", "PER", None, "Непшитшетский", "nepsh"),
    ("[Гальцин] вошел", "PER", None, "Гальцин", "galtsin"),
]

# context, value, mod
DATES = []

# context, kind, referent
MENTIONS = [
    ("Как же [мне] говорили", P, "galtsin"),
    ("подошел к [нему].", P, "galtsin"),
    ("-- [Я] сам расспрашиваю", P, "galtsin"),
    ("попался [ему] навстречу", P, "nepsh"),
    ("[Он] почувствовал", P, "galtsin"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("громко [разговаривающих] между собой", "MEETING", "positive", "asserted", []),
    ("Как они [подскочили]", "WAR", "positive", "asserted", []),
    ("как [подскочили], как крикнут", "WAR", "positive", "asserted", []),
    ("друг на друга и [лезут]", "WAR", "positive", "asserted", []),
    ("Одних [бьешь]", "WAR", "positive", "asserted", []),
    ("а другие [лезут]", "WAR", "positive", "asserted", []),
    ("[Подступила] их", "MOVEMENT", "positive", "asserted", []),
    ("сила, [лезут] на вал", "WAR", "positive", "asserted", []),
    ("[Одолели] совсем", "WAR", "positive", "asserted", []),
    ("Как [одолели]?", "WAR", "positive", "asserted", []),
    ("вы [отбили] же", "WAR", "positive", "possible", []),
    ("Где тут [отбить]", "WAR", "negative", "possible", []),
    ("вся сила [подошла]", "MOVEMENT", "positive", "asserted", []),
    ("[перебил] всех наших", "DEATH", "positive", "asserted", []),
    ("раненный в [деле]", "WAR", "positive", "possible", []),
    ("мне [говорили], что", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "Как же [мне] говорили")]),
    ("говорили, что [отбили]", "WAR", "positive", "asserted", []),
    ("чтобы [поговорить] с", "MEETING", "positive", "desired", [
        ("participant", "поручик [Непшитшетский] в темноте")]),
    ("[подошел] к нему.", "MEETING", "positive", "asserted", [
        ("participant", "поручик [Непшитшетский] в темноте"), ("participant", "подошел к [нему].")]),
    ("Я сам [расспрашиваю]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "-- [Я] сам расспрашиваю")]),
    ("после тебя [отбили]", "WAR", "positive", "possible", []),
    ("совсем [одолел]", "WAR", "positive", "asserted", []),
    ("[отдали] траншею", "WAR", "positive", "asserted", []),
    ("эти толпы [идут]", "MOVEMENT", "positive", "asserted", []),
    ("бы [уйти] с дела", "MOVEMENT", "positive", "desired", []),
    ("уйти с [дела]", "WAR", "positive", "asserted", []),
    ("[Отдать] нашу", "WAR", "positive", "asserted", []),
    ("как же не [отдать]", "WAR", "positive", "asserted", []),
    ("[перебил] всех почитай", "DEATH", "positive", "asserted", []),
    ("бы не [отдали]", "WAR", "negative", "conditional", []),
    ("одного [заколол]", "DEATH", "positive", "asserted", []),
    ("Ты зачем [идешь]", "MOVEMENT", "positive", "asserted", []),
    ("Куда ты [идешь]", "MOVEMENT", "positive", "asserted", []),
    ("я бы не [пошел]", "MOVEMENT", "negative", "conditional", []),
    ("солдатика [проводить]", "MOVEMENT", "positive", "asserted", []),
    ("где [идешь]", "MOVEMENT", "positive", "asserted", []),
    ("который [попался] ему", "MEETING", "positive", "asserted", [
        ("participant", "попался [ему] навстречу")]),
    ("не [расспрашивая] раненых", "COMMUNICATION", "negative", "asserted", [
        ("agent", "[Он] почувствовал")]),
    ("[пошел] на перевязочный", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] почувствовал")]),
    ("носильщиками, [входившими]", "MOVEMENT", "positive", "asserted", []),
    ("[выходившими] с мертвыми", "MOVEMENT", "positive", "asserted", []),
    ("Гальцин [вошел]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Гальцин] вошел")]),
    ("[выбежал] на улицу", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Гальцин] вошел")]),
]
