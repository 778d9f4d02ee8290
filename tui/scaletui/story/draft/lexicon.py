"""The words the drafter's cues are made of: how Arabic news introduces people and bodies.

Every word is written here without harakat, tatweel or hamza on alef (`normal_word`
folds the text the same way before it is compared), and without proclitics (و ف ب ل ك
are stripped by the matcher). The lists are general vocabulary of Arabic news (function
words, verbs of reporting, titles, role nouns, the heads of institutions' names, the
names of countries and of the Gulf's cities), not names taken from any one article; the
given names are common ones, Arabic and foreign.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")  # tatweel, harakat, dagger alef
_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


@lru_cache(maxsize=1 << 16)  # a text repeats its words: each is folded once
def normal_word(word: str) -> str:
    """A word as the lists hold it: no marks, one alef, ى as ي (ة is kept: it is a cue)."""
    return _MARKS.sub("", word).translate(_ALEFS)


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as the lists hold them (normal_word)."""
    return frozenset(normal_word(word) for word in text.split())


# Nouns that head a named body, and the kind the name after them gets. "شركة X" names a
# company; the plural or the definite noun (الشركة) refers back instead, so neither is here.
ORGANISATION_HEADS: dict[str, str] = {
    **dict.fromkeys(word_set("شركة مجموعة بنك مصرف"), "company"),
    **dict.fromkeys(
        word_set(
            "مؤسسة منظمة جامعة معهد كلية أكاديمية مركز جمعية اتحاد غرفة صندوق نادي جائزة كتائب "
            "حزب جبهة جماعة تحالف ائتلاف مرصد نقابة رابطة"
        ),
        "organisation",
    ),
    **dict.fromkeys(
        word_set("وزارة هيئة دائرة بلدية سلطة حكومة مجلس شرطة جمارك محكمة نيابة أمانة لجنة منسقية"),
        "government",
    ),
    **dict.fromkeys(word_set("مختبر مختبرات"), "lab"),
    **dict.fromkeys(word_set("صحيفة مجلة وكالة قناة فضائية موقع جريدة"), "publication"),
}
# Heads that are part of an Arabic institution's own name (وزارة الاقتصاد, جامعة خليفة).
NAME_KEEPS_HEAD = word_set(
    "مؤسسة منظمة جامعة معهد كلية أكاديمية مركز جمعية اتحاد غرفة صندوق نادي وزارة هيئة "
    "دائرة بلدية سلطة حكومة مجلس شرطة جمارك محكمة جائزة كتائب بنك مصرف حزب جبهة جماعة "
    "تحالف ائتلاف مرصد نقابة نيابة أمانة لجنة منسقية رابطة"
)
# Heads that may take an Arabic name with the article (وزارة الاقتصاد); a lab or a centre
# followed by الـ is a description (مختبر الذكاء الاصطناعي, مركز الصدارة), not a name.
ARTICLE_NAME_HEADS = word_set(
    "شركة مجموعة بنك مصرف مؤسسة منظمة جامعة معهد كلية أكاديمية جمعية اتحاد غرفة صندوق "
    "نادي وزارة هيئة دائرة بلدية سلطة حكومة مجلس صحيفة مجلة وكالة حزب جبهة ائتلاف محكمة جماعة "
    "مرصد نقابة نيابة لجنة منسقية رابطة"
)
# Definite heads that name a body when an adjective of office follows them (المجلس
# التنفيذي لدبي, القيادة المركزية, الإدارة العامة للإقامة), not when they refer back
# (المجلس, الهيئة) or take a nationality only (الحكومة الإيرانية).
DEFINITE_HEADS: dict[str, str] = {
    **dict.fromkeys(
        word_set(
            "المجلس القيادة الادارة الهيئة الحكومة الوزارة الدائرة السلطة المديرية المفوضية "
            "المحكمة النيابة الجهاز الجيش الشرطة البرلمان الاحتياطي اللجنة القوات الامانة"
        ),
        "government",
    ),
    **dict.fromkeys(
        word_set(
            "المؤسسة المنظمة الوكالة الغرفة الاتحاد البنك المصرف الحرس النقابة المرصد الرابطة الحزب "
            "الجامعة الائتلاف"
        ),
        "organisation",
    ),
    **dict.fromkeys(word_set("البوابة"), "publication"),
}
# A ministry named by its field alone with the article and a nationality, the word
# وزارة understood (الخارجية البريطانية, الداخلية اليمنية, الخزانة الأمريكية).
MINISTRY_FIELDS = word_set("الخارجية الداخلية الخزانة الدفاع العدل")
# Words for a stock exchange: بورصة الكويت, البورصة القطرية, سوق دبي المالي.
EXCHANGE_HEADS = word_set("بورصة سوق")
OFFICE_ADJECTIVES = word_set(
    "العامة العام التنفيذي التنفيذية المركزية المركزي الاتحادية الاتحادي الوطنية الوطني "
    "العليا الاعلى الدولية الدولي العالمية العالمي الاقليمية الاقليمي العربية العربي الخليجية الاسلامية "
    "الاوروبية الاوروبي الثوري الجمهوري الملكي الفدرالي الفدرالية الفيدرالي الفيدرالية "
    "الافريقي الافريقية الاسيوي الاسيوية الانتقالي الانتقالية العسكري العسكرية "
    # a constituent or a founding body: المجلس التأسيسي، الجمعية التأسيسية
    "التاسيسي التاسيسية"
)
EVENT_HEADS = word_set("معرض مؤتمر منتدى قمة مهرجان ملتقى بطولة")
PRODUCT_HEADS = word_set(
    "نظام تطبيق منصة نموذج سماعات سماعة هاتف جهاز قفل برنامج خدمة روبوت شريحة معالج "
    "سيارة متصفح لعبة محرك ساعة منتج علامة عائلة سلسلة طراز خوادم خادم حواسيب حاسوب "
    "مفكرات هواتف اجهزة بطاقة مشروع كابل سفينة بوابة منظومة تقنية"
)
# Plural heads in an apposition: "«شرف دي جي»، إحدى أكبر شركات التجزئة".
PLURAL_HEADS: dict[str, str] = {
    **dict.fromkeys(word_set("شركات مجموعات بنوك مصارف"), "company"),
    **dict.fromkeys(word_set("معارض مؤتمرات"), "event"),
    **dict.fromkeys(word_set("منصات تطبيقات انظمة"), "product"),
    **dict.fromkeys(word_set("صحف مجلات"), "publication"),
}
# Sector words a company's name can end with: "جمبو للإلكترونيات", "مؤسسة دبي للإعلام".
SECTORS = word_set(
    "تكنولوجيا تقنية استثمار استثمارات طيران تامين تطوير نفط طاقة اعلام اسكان علوم "
    "ابحاث تجارة صناعة سياحة اتصالات الكترونيات استشارات عقارات خدمات اغذية تجزئة "
    "تعليم صحة رعاية بترول غاز نقل شحن ملاحة هندسة مقاولات برمجيات حلول تصوير رياضة "
    "ثقافة فنون بحوث اوراق تمويل صرافة وساطة"
)
SECTOR_SUFFIX = re.compile(r"^لل\S+ات$")  # للإلكترونيات, للاستشارات: a sector, not a purpose
# Words a company's name ends with: its type and its legal form.
COMPANY_WORDS = word_set(
    "تكنولوجي تكنولوجيز انترناشيونال انترناشونال القابضة المحدودة جروب كوربوريشن "
    "كوميونيكيشنز سيستمز نتوركس نتووركس لاب لابس دوت كوم ريت"
)
# The last word of a newspaper's or a channel's name: نيويورك تايمز، واشنطن بوست.
PUBLICATION_WORDS = word_set("تايمز بوست جورنال نيوز تلغراف غارديان اكسبريس تايم ويك هيرالد")
# Letters spelled out, as Arabic writes acronyms (أيه أم دي، إتش بي، آي دي سي): a name's
# words when they stand beside each other, though some are also words (أم "or", في "in").
LETTER_NAMES = word_set(
    "ايه اي بي سي دي اف جي اتش ام ان او كيو ار اس تي يو في دبليو اكس واي زد ال اند كيه جيه"
)
# Regions a company's local unit is named for ("أيه أم دي الشرق الأوسط"): the same company.
REGION_WORDS = word_set("الشرق الاوسط اوروبا افريقيا اسيا الامارات الخليج شمال وتركيا")

# Verbs that introduce a speaker: "قال X، منصبه" (masculine and feminine, past tense).
# Not رأى: with its hamza folded it spells a name (Ray).
SPEECH_VERBS = word_set(
    "قال قالت صرح صرحت اوضح اوضحت اكد اكدت اشار اشارت اضاف اضافت تابع تابعت ذكر ذكرت "
    "اعتبر اعتبرت شدد شددت افاد افادت لفت لفتت كشف كشفت علق علقت يقول تقول "
    "اعلن اعلنت رجح رجحت اعرب اعربت توقع توقعت حذر حذرت نفى نفت اشاد اشادت رحب رحبت "
    "طالبت يرى ترى كتب كتبت رأت اعترف اعترفت"
    " اردف اردفت استطرد استطردت"  # "he went on (saying)"
)
# Other verbs of news prose: a name or a role ends before them ("حمدان بن محمد يطلق").
VERBS = SPEECH_VERBS | word_set(
    "اطلق اطلقت يطلق تطلق دشن دشنت افتتح افتتحت يفتتح تفتتح زار زارت يزور تزور استقبل "
    "استقبلت يستقبل تستقبل وقع وقعت يوقع توقع بحث بحثت ترأس ترأست يترأس حضر حضرت يحضر "
    "التقى التقت يلتقي تلتقي شارك شاركت يشارك تشارك دعا دعت يدعو تدعو امر امرت يامر "
    "اختتم اختتمت يختتم تختتم نظم نظمت ينظم تنظم عرض عرضت يعرض تعرض قدم قدمت يقدم تقدم "
    "اكد يؤكد تؤكد يضيف تضيف يشير تشير يوضح توضح يرى ترى يعتبر تعتبر يتوقع تتوقع "
    "يعمل تعمل يهدف تهدف يمثل تمثل يسعى تسعى يتيح تتيح يوفر توفر يضم تضم يشمل تشمل "
    "ظهر ظهرت يظهر تظهر عين عينت يعين تعين تولى تولت يتولى تتولى انضم انضمت ينضم تنضم "
    "غادر غادرت يغادر تغادر استعرض استعرضت يستعرض تستعرض اعلن يعلن تعلن طرح طرحت يطرح "
    "تطرح وسع وسعت يوسع توسع استضاف استضافت يستضيف تستضيف احتل احتلت يحتل تحتل ابرم "
    "ابرمت يبرم تبرم حقق حققت يحقق تحقق سجل سجلت يسجل تسجل كرم كرمت يكرم تكرم "
    "قام قامت يقوم تقوم بات باتت ظل ظلت عاد عادت اصبح اصبحت يصبح تصبح نجح نجحت "
    "اعتقد اعتقدت يعتقد تعتقد وصل وصلت بلغ بلغت"
)
# "وفقا لـX، منصبه": attribution, the name glued to ل.
ATTRIBUTION = word_set("وفقا طبقا بحسب حسب")
APPOINTMENT = word_set("تعيين عين عينت تعين يعين")
SAYING = word_set("قائلا قائلة مضيفا مضيفة مشيرا مشيرة مؤكدا مؤكدة لافتا لافتة موضحا موضحة")

# Honorifics, titles and ranks that stand right before a person's name ("صاحب السمو
# الشيخ", "اللواء", "د."); they introduce a name and are not part of it.
HONORIFICS = word_set(
    "الشيخ الشيخة سمو السمو صاحب صاحبة معالي سعادة فخامة جلالة سماحة فضيلة الدكتور "
    "الدكتورة د المهندس المهندسة السيد السيدة الاستاذ الاستاذة البروفيسور الامير الاميرة "
    "الملك الملكة اللواء العميد العقيد الفريق المقدم الرائد النقيب المشير الحاج القاضي "
    "الشهيد الشهيدة الراحل الراحلة الفقيد الركن "
    # the foreign ranks Arabic news writes as they are (الجنرال ديفيد X)
    "الجنرال الكولونيل الماريشال"
)
# Abbreviated titles: one letter and a dot ("د .أحمد", "أ .سنجين", "م. خالد").
TITLE_LETTERS = word_set("د ا م")
# Blessings said after a ruler's name: never a name ("رعاه الله").
BLESSINGS = word_set("رعاه حفظه يحفظه رحمه يرحمه طيب ثراه حفظها رعاها رضي")
# Role nouns: a role after a name (apposition, "X، مدير ...", "X مدير ...") or before it
# ("الرئيس التنفيذي لشركة Y، X،", "الرئيس الأمريكي X").
ROLES = word_set(
    "الرئيس رئيس الرئيسة رئيسة المدير مدير المديرة مديرة المؤسس مؤسس "
    "الشريك شريك نائب نائبة النائب الوزير وزير الوزيرة وزيرة المحلل محلل المحللة الخبير خبير "
    "الخبيرة المتحدث متحدث المتحدثة الناطق ناطق عضو العضو عضوة العضوة كبير كبيرة الامين "
    "امين مستشار زعيم زعيمة الزعيم الزعيمة "
    "المستشار مستشارة استاذ الاستاذ استاذة الباحث باحث الباحثة مسؤول المسؤول "
    "مسؤولة المسؤولة حاكم ولي سفير السفير محافظ المحافظ رئيسا مديرا المحاضر محاضر "
    "مراسل المراسل مراسلها مراسله المرشد مرشد طبيب الطبيب طبيبه اختصاصي الاختصاصي "
    "المصمم مصمم قائد القائد وكيل الوكيل المندوب مندوب الملحق القنصل المفوض مفوض "
    "المنسق منسق المشرف مشرف المحرر محرر الكاتب كاتب المخرج مخرج المدرب مدرب "
    "المذيع مذيع المذيعة مذيعة الاعلامي الاعلامية الممثل ممثل الممثلة ممثلة "
    "استشاري استشارية مسؤولي طيار المستشارة الاستاذة النائبة "
    "باحثة خبيرة متحدثة محللة قنصل ملحق "
    "السيناتور سيناتور العمدة عمدة الادميرال ادميرال "
    # a candidate: "X Y المرشح لرئاسة الحكومة", "المرشح الديمقراطي X"
    "المرشح مرشح المرشحة مرشحة "
    # the feminines of roles above (المحاضرة، المحافظة are left out: the lecture, the province)
    "المنسقة منسقة المشرفة مشرفة المحررة محررة الكاتبة كاتبة المخرجة مخرجة المدربة مدربة "
    "المصممة مصممة الوكيلة وكيلة المندوبة مندوبة المفوضة مفوضة المراسلة مراسلة "
    "الطبيبة طبيبة السفيرة سفيرة"
)
# Name-internal links of Arabic names: "محمد بن راشد آل مكتوم", "أبو بكر", "عبد الله".
NAME_LINKS = word_set("بن بنت ابن ال ابو ام عبد ذو ولد")  # ولد: "son of", in Mauritania
# Second words of compound given names, written with the article (نور الدين، أنور الحق).
NAME_COMPOUNDS = word_set("الدين الحق الله الاسلام الرحمن الرحيم العزيز الكريم العابدين الهدى")

# Function words and common words that end (or rule out) a name.
STOPWORDS = word_set(
    "في من على الى عن مع ان ان إن لان او ام ثم بل لكن لكنه لكنها حتى اذا اذ اي كل بعض "
    "غير سوى هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين ما ماذا لم لن لا قد لقد "
    "كما حيث بعد قبل خلال عبر منذ حول بين ضمن عند لدى نحو امس اليوم غدا الان ايضا فقط "
    "هو هي هم هن انه انها انهم وهو وهي كان كانت يكون تكون ليس ليست هناك هنا مثل منها "
    "منه فيها فيه عليه عليها اليه اليها به بها له لها لهم عليهم مقابل وفق جدا اكثر اقل "
    "اكبر اصغر احدث افضل اهم اول اخر اخرى احد احدى نفس جميع عدة عدد مرة يوم عام شهر "
    "سنة العام الماضي المقبل الجاري حاليا مؤخرا سابقا لاحقا امام وراء تحت فوق دون "
    "بان بانه بانها بانهم لانه لانها "
    "مما عما فيما بما لما ربما بينما عندما حين اوسع اعلى ادنى اطول اسرع اقوى اوضح اشمل ابرز "
    "انا نحن انت انتم اثناء اثر عقب طوال طيلة تجاه ازاء يا داخل خارج عدم عنه عنها عنهم "
    # prepositions with a suffixed pronoun ("يقول لنا:"); not لي, the Chinese name Li
    "لنا لكم لهما لهن بنا بهم معه معها معهم معنا علينا الينا منا عنا "
    # words of about before a number ("بسحب حوالي ثمانية آلاف جندي")
    "حوالي حوالى زهاء قرابة"
)
# Common nouns and adjectives that follow a head noun or a speech verb without being a
# name ("شركة ناشئة", "مختبر جديد", "قال مصدر"): nouns for unnamed sources and the usual
# adjectives of news (adjectives ending in ة are ruled out by their ending).
NOT_NAMES = (
    word_set(
        "جديد كبير صغير مشترك ناشئ عالمي محلي رائد ضخم عملاق خاص عام حكومي وطني دولي "
        "اقليمي تابع مستقل كامل ثان ثالث واحد اخر اخري مصدر مصادر مسؤولون متحدث خبراء "
        "اسلامي عربي الكتروني اخباري رسمي اجنبي رقمي ذكي تقني "
        "محللون مراقبون تقرير بيان مسؤول دراسة خبير محلل شخص اشخاص فريق عملاء مستثمرون "
        "مؤسسون موظفون قادة الله وحيد شعب كبرى عظمى صغرى"
    )
    | BLESSINGS
)

# Countries, regions and the Gulf's cities: a place is not a person's name, and it may
# end an institution's name ("هيئة الصحة بدبي", "المجلس التنفيذي لدبي").
PLACES = word_set(
    "دبي ابوظبي الشارقة عجمان الفجيرة راس الخيمة القيوين العين الامارات الدولة "
    "السعودية المملكة الرياض جدة الدمام مكة المدينة الكويت قطر الدوحة البحرين المنامة "
    "عمان مسقط اليمن صنعاء عدن العراق بغداد البصرة اربيل سوريا دمشق حلب لبنان بيروت "
    "الاردن فلسطين غزة القدس الضفة مصر القاهرة الاسكندرية ليبيا طرابلس تونس الجزائر "
    "المغرب الرباط السودان الخرطوم موريتانيا ايران طهران تركيا انقرة اسطنبول باكستان "
    "افغانستان الهند مومباي نيودلهي الصين بكين شنغهاي اليابان طوكيو كوريا سنغافورة "
    "روسيا موسكو اوكرانيا كييف امريكا اميركا واشنطن نيويورك كاليفورنيا بريطانيا لندن "
    "فرنسا باريس المانيا برلين ايطاليا روما اسبانيا اوروبا اسيا افريقيا الخليج كينيا "
    "مومباسا اسرائيل هرمز خارك قشم بلجيكا هولندا سويسرا كندا استراليا البرازيل "
    "ايرلندا اسكتلندا اليونان النمسا السويد النرويج الدنمارك فنلندا البرتغال رومانيا "
    "صربيا بلغاريا المجر الارجنتين المكسيك كوبا فنزويلا كولومبيا تشيلي نيجيريا اثيوبيا "
    "الصومال اريتريا تشاد النيجر السنغال اندونيسيا ماليزيا تايلاند فيتنام الفلبين "
    "بنغلاديش سريلانكا كازاخستان اذربيجان ارمينيا "
    "الموصل كركوك النجف كربلاء الفلوجة الرمادي سامراء تكريت بعقوبة الانبار ديالى نينوى"
)
# Months (Gregorian with their Levantine names) and weekdays: a number before them is a
# day of the month, and they date a sentence.
MONTHS: dict[str, int] = {
    normal_word(name): number
    for number, names in enumerate(
        [
            "يناير", "فبراير شباط", "مارس آذار", "أبريل إبريل نيسان", "مايو أيار",
            "يونيو حزيران", "يوليو تموز", "أغسطس آب", "سبتمبر أيلول", "أكتوبر",
            "نوفمبر", "ديسمبر",
        ],
        start=1,
    )
    for name in names.split()
}  # fmt: skip
# The Levantine names of two words, written after a slash ("أكتوبر/تشرين الأول").
MONTH_PAIRS = {
    ("كانون", "الثاني"): 1, ("تشرين", "الاول"): 10, ("تشرين", "الثاني"): 11,
    ("كانون", "الاول"): 12,
}  # fmt: skip
WEEKDAYS = {  # Monday is 0, as date.weekday() counts
    normal_word(name): number
    for number, name in enumerate("الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد".split())
}

# Common given names as Arabic news writes them: a capitalised-name cue the Arabic
# script lacks. A word here followed by a name-like word is a person ("جون سميث").
# Given names that are also everyday words (أمل، نور، سعيد، كريم) are left out on purpose.
GIVEN_NAMES = word_set(
    "محمد احمد محمود مصطفى علي عمر عثمان خالد حمد حمدان راشد سلطان منصور عبدالله "
    "عبدالرحمن عبدالعزيز يوسف ابراهيم اسماعيل موسى عيسى حسين حسام طارق ماجد فيصل "
    "تركي نايف بندر زايد هزاع طحنون سيف مكتوم هشام وائل زياد باسل رامي سامي شادي "
    "مازن فادي جمال صلاح ياسر ياسمين سارة مريم فاطمة عائشة خديجة زينب ليلى ريم هند "
    "دانة لطيفة شيخة منى هدى رنا لينا وليد وسام وفاء وديع وجدي وحيد خليفة حمزة أسامة أمين "
    "تامر تيسير حذيفة عبيدة طلحة عكرمة معاوية عطية جمعة سلامة ربيعة "
    "يحيى زكريا سليمان داود هارون ادريس ايمن اشرف هاني عماد فؤاد غسان عصام هيثم بشار نزار "
    "معتز مصعب عمار ياسين بلال مهند نواف مشعل سعود عبدالرحيم عبدالكريم عبدالمجيد "
    "عبداللطيف عبدالحميد عبدالملك عبدالوهاب عبدالرزاق عبدالسلام "
    "جون جيمس روبرت مايكل ديفيد وليام ريتشارد توماس تشارلز دانيال ماثيو مارك ستيفن "
    "بول بيتر جورج جاك هنري ادوارد فرانك بيل ستيف تيم جيف لاري سيرجي ساتيا سوندار "
    "الكسندر اليكسندر اندرو انتوني كريستوفر جوزيف كيفن براين جيسون اريك سكوت "
    "روبرتو كارلوس خوسيه لويس ماريا ماري اليزابيث سوزان "
    "جنيفر ليزا ايميلي صوفيا لورا كاثرين جوناثان بنيامين صامويل ارثر فلاديمير "
    "ديمتري ايفان هانز كلاوس فرانسوا جان بيير ميشيل راج راهول اميت سونيل "
    # Gulf and Arab given names, men's then women's, written from the common names of the
    # region (no article's names); the same rule keeps out words of everyday prose.
    "سالم جاسم ناصر عبيد خلفان سهيل ذياب فهد طلال نبيل مروان عدنان إياد عمرو قاسم "
    "هاشم مهدي مجدي مدحت عاطف خليل سلمان جابر ثامر تميم محسن مراد يعقوب الياس أيوب "
    "يونس مسعود عبدالناصر عبدالفتاح عبدالقادر عبدالمنعم عبدالهادي عبدالغني "
    "عبدالحكيم عبدالباسط عبدالاله عبدالمحسن عبدالخالق عبدالجليل عبدالرؤوف "
    "ميثاء موزة شما نورة علياء عفراء مهرة شيماء رقية سلمى نوال سعاد سميرة "
    "نادية رانيا هالة خلود لبنى منال ريهام غادة نهى هيفاء سهى رشا دينا سلوى "
    "نجلاء عبير مها ميسون ريما لمياء ديما حليمة صفية "
    # Western, Russian, Turkish and South Asian given names common in Arabic news.
    "ايمانويل اولاف انجيلا نيكولا نيكولاس فرانسيس انطونيو ماركو باولو كارل "
    "فريدريش بوريس ريشي دونالد باراك هيلاري كامالا مايك نيكولاي سيرغي اليكسي "
    "فيكتور ايغور ميخائيل اندريه ناريندرا رجب هاكان "
    # more of the region's (Gulf, Iraq, the Levant), then Western, Latin, East Asian
    # ones as Arabic news spells them (Chinese and Korean names begin with the family's)
    "طه حيدر كاظم جعفر قيس عدي قصي لؤي مقرن ضاحي عتيبة "
    "منيرة نوف خولة سمية ناهد حمدة عوشة ظبية "
    "كيفين جوليا باتريك مارتن ميشال فيليب برنارد ألبرت آدم ناتالي كريستين ماركوس "
    "هاينز غيرهارد فولفغانغ يورغن ماتيو كلود أوليفر ماريو جوزيبي فرانشيسكو أليساندرو "
    "سيرجيو خوان بابلو مانويل ميغيل أندريس جيوفاني شينزو كيم تشانغ"
)
