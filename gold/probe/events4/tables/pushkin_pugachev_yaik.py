"""Pushkin, «История Пугачева», chapter 5, its later part: the siege of the Yaitsky town, the sortie of 9 March,
the hunger, the last sortie resolved (corpus pushkin_istoriya_pugacheva.txt, characters
165022–168961).

Annotated by reading before any pipeline run; development probe (issue 12, narr9), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17. Doubtful cases in
GUIDELINES section 9.19. No date names a year, so no date is in force and no time is inferred
(8.4). `самозванцу` and `разбойнику` are common nouns (no PER mention). A participle modifying a
noun names an event (`захваченных бунтовщиков`, 4.1 rule 6); `осажденные` used as a noun, the
standing name of the garrison, does not.
MENTIONS are the pronouns that are event arguments (this is an events probe).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 165022, 168961)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("прибытии [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("Устрашенный [Симонов]", "PER", None, "Симонов", "simonov"),
    ("[Симонов] на то", "PER", None, "Симонов", "simonov"),
    ("что [Оренбург], Уфа", "LOC", "CITY", "Оренбург", "orenburg"),
    ("Оренбург, [Уфа] и", "LOC", "CITY", "Уфа", "ufa"),
    ("Уфа и [Казань] уже", "LOC", "CITY", "Казань", "kazan"),
    ("к [Яицкому городку]", "LOC", "CITY", "Яицкий городок", "yaitsky"),
]

# context, value, mod
DATES = [
    ("[9 марта] на рассвете", "XXXX-03-09", None),
]

# context, kind, referent
MENTIONS = [
    ("что [он] скоро придет", P, "pugachev"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("рядовых [вышли] из крепости", "MOVEMENT", "positive", "asserted", [
        ("time", "[9 марта] на рассвете")]),
    ("целью [вылазки] было", "WAR", "positive", "asserted", []),
    ("было [уничтожение] новой", "WAR", "positive", "desired", []),
    ("Солдаты [дошли] до", "MOVEMENT", "positive", "asserted", []),
    ("были [встречены] сильным", "WAR", "positive", "asserted", []),
    ("Мятежники [хватали]", "ARREST", "positive", "asserted", []),
    ("хотели они [зажечь]", "WAR", "positive", "desired", []),
    ("[кололи] раненых", "DEATH", "positive", "asserted", []),
    ("топорами [отсекали]", "DEATH", "positive", "asserted", []),
    ("Солдаты [бежали]", "MOVEMENT", "positive", "asserted", []),
    ("[Убито] их было", "DEATH", "positive", "asserted", []),
    ("гарнизон с [вылазки]", "WAR", "positive", "asserted", []),
    ("вылазки не [возвращался]", "MOVEMENT", "negative", "asserted", []),
    ("Удалось [сжечь]", "WAR", "positive", "asserted", []),
    ("[Показание] трех", "COMMUNICATION", "positive", "asserted", []),
    ("трех [захваченных]", "ARREST", "positive", "asserted", []),
    ("они [объявили] о подкопах", "COMMUNICATION", "positive", "asserted", []),
    ("скором [прибытии] Пугачева", "MOVEMENT", "positive", "asserted", [
        ("agent", "прибытии [Пугачева]")]),
    ("Симонов [велел]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Устрашенный [Симонов]")]),
    ("стали [проситься] вон", "COMMUNICATION", "positive", "asserted", []),
    ("было им [позволено]", "COMMUNICATION", "positive", "asserted", []),
    ("солдат [вышли] за ними", "MOVEMENT", "positive", "asserted", []),
    ("[продержав] одну ночь", "ARREST", "positive", "asserted", []),
    ("[прогнали] обратно", "MOVEMENT", "positive", "asserted", []),
    ("[требуя] выдачи", "COMMUNICATION", "positive", "asserted", []),
    ("[обещаясь] за то", "COMMUNICATION", "positive", "asserted", []),
    ("В начале [осады]", "WAR", "positive", "asserted", []),
    ("чахли и [умирали]", "DEATH", "positive", "asserted", []),
    ("[умоляли] о позволении", "COMMUNICATION", "positive", "asserted", []),
    ("позволении [остаться] в городе", "MOVEMENT", "positive", "desired", []),
    ("Их [отгоняли]", "MOVEMENT", "positive", "asserted", []),
    ("прежними [требованиями]", "COMMUNICATION", "positive", "asserted", []),
    ("помощи не [приходило]", "MOVEMENT", "negative", "asserted", []),
    ("Бунтовщики [кричали] гарнизону", "COMMUNICATION", "positive", "asserted", []),
    ("правительства [разбиты]", "WAR", "positive", "asserted", []),
    ("уже [преклонились] самозванцу", "WAR", "positive", "asserted", [
        ("participant", "что [Оренбург], Уфа"), ("participant", "Оренбург, [Уфа] и"),
        ("participant", "Уфа и [Казань] уже")]),
    ("он скоро [придет]", "MOVEMENT", "positive", "asserted", [
        ("agent", "что [он] скоро придет"), ("destination", "к [Яицкому городку]")]),
    ("[обещали] они", "COMMUNICATION", "positive", "asserted", []),
    ("старались они [внушить]", "COMMUNICATION", "positive", "desired", []),
    ("которые [просились] из крепости", "COMMUNICATION", "positive", "asserted", []),
    ("возможно было [обнадеживать]", "COMMUNICATION", "negative", "possible", []),
    ("скорым [прибытием] помощи", "MOVEMENT", "positive", "desired", []),
    ("верности и повиновении, [повторяя]", "COMMUNICATION", "positive", "asserted", []),
    ("позорной [изменою]", "MEMBERSHIP", "positive", "possible", []),
    ("долговременным [сопротивлением]", "WAR", "positive", "asserted", []),
    ("страдальцы [повторяли]", "COMMUNICATION", "positive", "asserted", []),
    ("нежели [служить] разбойнику", "EMPLOYMENT", "positive", "possible", []),
    ("бедственной [осады]", "WAR", "positive", "asserted", []),
    ("крепости [беглых] не было", "MOVEMENT", "negative", "asserted", []),
    ("хотел [умереть] голодною", "DEATH", "negative", "desired", []),
    ("[идти] на последнюю", "WAR", "positive", "desired", []),
    ("надеялись [победить]", "WAR", "negative", "desired", []),
    ("крепости [приступу] не было", "WAR", "negative", "possible", []),
    ("хотели только [умереть]", "DEATH", "positive", "desired", []),
]
