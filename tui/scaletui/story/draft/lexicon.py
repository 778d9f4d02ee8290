"""The words the drafter's cues are made of: how Arabic news introduces people and bodies.

Every word is written here without harakat, tatweel or hamza on alef (`normal_word`
folds the text the same way before it is compared), and without proclitics (و ف ب ل ك
are stripped by the matcher). The lists are general vocabulary of Arabic news, not
names taken from any one article; the given names are common ones, Arabic and foreign.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")  # tatweel, harakat, dagger alef
_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def normal_word(word: str) -> str:
    """A word as the lists hold it: no marks, one alef, ى as ي (ة is kept: it is a cue)."""
    return _MARKS.sub("", word).translate(_ALEFS)


def _words(text: str) -> frozenset[str]:
    return frozenset(normal_word(word) for word in text.split())


# Nouns that head a named body, and the kind the name after them gets. "شركة X" names a
# company; the plural or the definite noun (الشركة) refers back instead, so neither is here.
ORGANISATION_HEADS: dict[str, str] = {
    **dict.fromkeys(_words("شركة مجموعة بنك مصرف"), "company"),
    **dict.fromkeys(
        _words("مؤسسة منظمة جامعة معهد كلية أكاديمية مركز جمعية اتحاد"), "organisation"
    ),  # fmt: skip
    **dict.fromkeys(_words("وزارة هيئة دائرة بلدية سلطة حكومة"), "government"),
    **dict.fromkeys(_words("مختبر مختبرات"), "lab"),
    **dict.fromkeys(_words("صحيفة مجلة وكالة قناة"), "publication"),
}
# Heads that are part of an Arabic institution's own name (وزارة الاقتصاد, جامعة خليفة).
NAME_KEEPS_HEAD = _words(
    "مؤسسة منظمة جامعة معهد كلية أكاديمية مركز جمعية اتحاد وزارة هيئة دائرة بلدية سلطة حكومة"
)
# Heads that may take an Arabic name with the article (وزارة الاقتصاد); a lab or a centre
# followed by الـ is a description (مختبر الذكاء الاصطناعي, مركز الصدارة), not a name.
ARTICLE_NAME_HEADS = _words(
    "شركة مجموعة بنك مصرف مؤسسة منظمة جامعة معهد كلية أكاديمية جمعية اتحاد وزارة هيئة "
    "دائرة بلدية سلطة حكومة صحيفة مجلة وكالة"
)
EVENT_HEADS = _words("معرض مؤتمر منتدى قمة مهرجان ملتقى بطولة")
PRODUCT_HEADS = _words(
    "نظام تطبيق منصة نموذج سماعات سماعة هاتف جهاز قفل برنامج خدمة روبوت شريحة معالج "
    "سيارة متصفح لعبة محرك ساعة منتج علامة"
)
# Plural heads in an apposition: "«شرف دي جي»، إحدى أكبر شركات التجزئة".
PLURAL_HEADS: dict[str, str] = {
    **dict.fromkeys(_words("شركات مجموعات بنوك مصارف"), "company"),
    **dict.fromkeys(_words("معارض مؤتمرات"), "event"),
    **dict.fromkeys(_words("منصات تطبيقات أنظمة"), "product"),
    **dict.fromkeys(_words("صحف مجلات"), "publication"),
}
# Sector words a company's name can end with: "جمبو للإلكترونيات".
SECTOR_SUFFIX = re.compile(r"^لل\S+ات$|^لل(?:تكنولوجيا|تقنية|استثمار|طيران|تامين|تطوير|نفط|طاقة)$")

# Verbs that introduce a speaker: "قال X، منصبه" (masculine and feminine, past tense).
# Not رأى: with its hamza folded it spells a name (Ray).
SPEECH_VERBS = _words(
    "قال قالت صرح صرحت اوضح اوضحت اكد اكدت اشار اشارت اضاف اضافت تابع تابعت ذكر ذكرت "
    "اعتبر اعتبرت شدد شددت افاد افادت لفت لفتت كشف كشفت علق علقت يقول تقول "
    "اعلن اعلنت"
)
# "وفقا لـX، منصبه": attribution, the name glued to ل.
ATTRIBUTION = _words("وفقا طبقا بحسب حسب")
APPOINTMENT = _words("تعيين عين عينت تعين يعين")
SAYING = _words("قائلا قائلة مضيفا مضيفة")

# Honorifics and titles that stand right before a person's name.
HONORIFICS = _words(
    "الشيخ الشيخة سمو السمو صاحب صاحبة معالي سعادة فخامة الدكتور الدكتورة د المهندس "
    "المهندسة السيد السيدة الاستاذ الاستاذة البروفيسور الامير الاميرة الملك الملكة"
)
# Role nouns: a role after a name (apposition, "X، مدير ...") or before it ("الرئيس
# التنفيذي لشركة Y، X،").
ROLES = _words(
    "الرئيس رئيس الرئيسة رئيسة المدير مدير المديرة مديرة المؤسس مؤسس "
    "الشريك شريك نائب نائبة الوزير وزير الوزيرة وزيرة المحلل محلل المحللة الخبير خبير "
    "الخبيرة المتحدث متحدث المتحدثة الناطق عضو العضو كبير كبيرة الامين امين مستشار "
    "المستشار مستشارة استاذ الاستاذ استاذة الباحث باحث الباحثة الرئيسي مسؤول المسؤول "
    "مسؤولة المسؤولة حاكم ولي سفير السفير محافظ المحافظ رئيسا مديرا"
)
# Name-internal links of Arabic names: "محمد بن راشد آل مكتوم", "أبو بكر", "عبد الله".
NAME_LINKS = _words("بن بنت ابن ال ابو ام عبد")

# Function words and common words that end (or rule out) a name.
STOPWORDS = _words(
    "في من على الى عن مع ان ان إن لان او ام ثم بل لكن لكنه لكنها حتى اذا اذ اي كل بعض "
    "غير سوى هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين ما ماذا لم لن لا قد لقد "
    "كما حيث بعد قبل خلال عبر منذ حول بين ضمن عند لدى نحو امس اليوم غدا الان ايضا فقط "
    "هو هي هم هن انه انها انهم وهو وهي كان كانت يكون تكون ليس ليست هناك هنا مثل منها "
    "منه فيها فيه عليه عليها اليه اليها به بها له لها لهم عليهم مقابل وفق جدا اكثر اقل "
    "اكبر اصغر احدث افضل اهم اول اخر اخرى احد احدى نفس جميع عدة عدد مرة يوم عام شهر "
    "سنة العام الماضي المقبل الجاري"
)
# Common nouns and adjectives that follow a head noun or a speech verb without being a
# name ("شركة ناشئة", "مختبر جديد", "قال مصدر"): nouns for unnamed sources and the usual
# adjectives of news (adjectives ending in ة are ruled out by their ending).
NOT_NAMES = _words(
    "جديد كبير صغير مشترك ناشئ عالمي محلي رائد ضخم عملاق خاص عام حكومي وطني دولي اقليمي "
    "تابع مستقل كامل ثان ثالث واحد اخر اخري مصدر مصادر مسؤولون متحدث خبراء محللون مراقبون "
    "تقرير بيان مسؤول دراسة خبير محلل شخص اشخاص فريق عملاء مستثمرون مؤسسون موظفون قادة"
)

# Common given names as Arabic news writes them: a capitalised-name cue the Arabic
# script lacks. A word here followed by a name-like word is a person ("جون سميث").
# Given names that are also everyday words (أمل، نور، سعيد، كريم) are left out on purpose.
GIVEN_NAMES = _words(
    "محمد احمد محمود مصطفى علي عمر عثمان خالد حمد حمدان راشد سلطان منصور عبدالله "
    "عبدالرحمن عبدالعزيز يوسف ابراهيم اسماعيل موسى عيسى حسين حسام طارق ماجد فيصل "
    "تركي نايف بندر زايد هزاع طحنون سيف مكتوم هشام وائل زياد باسل رامي سامي شادي "
    "مازن فادي جمال صلاح ياسر ياسمين سارة مريم فاطمة عائشة خديجة زينب ليلى ريم هند "
    "دانة لطيفة شيخة منى هدى رنا لينا "
    "جون جيمس روبرت مايكل ديفيد وليام ريتشارد توماس تشارلز دانيال ماثيو مارك ستيفن "
    "بول بيتر جورج جاك هنري ادوارد فرانك بيل ستيف تيم جيف لاري سيرجي ساتيا سوندار "
    "الكسندر اليكسندر اندرو انتوني كريستوفر جوزيف كيفن براين جيسون اريك سكوت "
    "روبرتو كارلوس خوسيه لويس ماريا انا ماري اليزابيث سوزان "
    "جنيفر ليزا ايميلي صوفيا لورا كاثرين جوناثان بنيامين صامويل ارثر فلاديمير "
    "ديمتري ايفان هانز كلاوس فرانسوا جان بيير ميشيل راج راهول اميت سونيل"
)
