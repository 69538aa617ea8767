# رسائل tldops باللغة العربية.
# The offsets from UTC are left-to-right isolates (U+2066 ... U+2069), so
# that "UTC+3" reads as one unit in right-to-left text.

## المناطق (ICANN)

region-africa = أفريقيا
region-asia-pacific = آسيا/أستراليا/المحيط الهادئ
region-europe = أوروبا
region-latin-america = أمريكا اللاتينية/الكاريبي
region-north-america = أمريكا الشمالية
region-none = خارج منطقة الجذر

## الوقت

utc-offset = ⁦UTC{ $standard }⁩
utc-offsets-summer = ⁦UTC{ $standard }⁩، و⁦{ $summer }⁩ صيفًا
age-days = { PLURAL($n) ->
        [one] يوم واحد
        [two] يومين
        [few] { $n } أيام
       *[other] { $n } يومًا
    }
age-hours = { PLURAL($n) ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $n } ساعات
       *[other] { $n } ساعة
    }
age-minutes = { PLURAL($n) ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $n } دقائق
       *[other] { $n } دقيقة
    }
age-moments = لحظات

## الورقة المطبوعة

sheet-title = { $directory }: ورقة جهات الاتصال في حالات الطوارئ
sheet-title-text = { $directory }: ورقة جهات الاتصال في حالات الطوارئ
sheet-title-serial = { $directory }: ورقة جهات الاتصال في حالات الطوارئ، الإصدار { $serial }
sheet-sensitivity = لأعضاء TLD-OPS فقط: بيانات شخصية
sheet-verify = قبل تنفيذ أي طلب، تحقّق من المتصل: عاود الاتصال به على رقم من هذه الورقة، أو تحقّق من مفتاح PGP الخاص به.
sheet-provenance = { $directory } الإصدار { $serial } · صدر في { $issued } · ينتهي في { $expires } · طُبع في { $printed }
sheet-signed-by = موقّع من { $signers }
sheet-stale = منتهية الصلاحية: انتهت صلاحية هذه اللقطة في { $expires }؛ ابحث عن ورقة أحدث قبل الاعتماد عليها
sheet-index = الفهرس
sheet-index-title = الفهرس
sheet-page = الصفحة { $page } من { $pages }
sheet-emergency = على مدار الساعة
sheet-dial = اطلب
sheet-office = المكتب
sheet-mobile = الجوال
sheet-speaks = يتحدث { $languages }
sheet-note = ملاحظة: { $note }
sheet-qr-one-of-many = بطاقة { $who } من { $cctld } فقط
sheet-qr-one = بطاقة { $who }، { $cctld }
sheet-qr-many = بطاقة { $cctld }: { $names }
sheet-nothing = لا شيء للطباعة: لا توجد نتائج مطابقة
sheet-wrote = كُتبت الورقة ({ $cctlds } من ccTLD، { PLURAL($contacts) ->
        [zero] { $contacts } جهة اتصال
        [one] جهة اتصال واحدة
        [two] جهتا اتصال
        [few] { $contacts } جهات اتصال
        [many] { $contacts } جهة اتصال
       *[other] { $contacts } جهة اتصال
    }، { PLURAL($bytes) ->
        [zero] { $bytes } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $bytes } بايتات
        [many] { $bytes } بايتًا
       *[other] { $bytes } بايت
    }) في { $path }
sheet-elsewhere = الترويسة أو التذييل أو الفهرس
sheet-missing-fonts = تحذير: لا يعرض أي خط هنا { PLURAL($total) ->
        [zero] { $total } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $total } أحرف
        [many] { $total } حرفًا
       *[other] { $total } حرف
    } من { $places }؛ ستُطبع مربعات فارغة: ثبّت { $fonts } ثم أعد الطباعة (الخطوط التي بُحث فيها: { $searched })
sheet-built-in = { $font } (مدمج)
sheet-system-fonts = { PLURAL($count) ->
        [zero] { $count } خط نظام
        [one] خط نظام واحد
        [two] خطا نظام
        [few] { $count } خطوط نظام
        [many] { $count } خط نظام
       *[other] { $count } خط نظام
    }

## انتهاء الصلاحية

stale = منتهية الصلاحية: انتهت صلاحية لقطة { $directory } (الإصدار { $serial }، موقّعة من { $signer }) في { $expired } (منذ { $ago })؛ تأتي الإجابات منها إلى أن تُزامَن لقطة أحدث

## find

find-heading-local-time = الساعة الآن { $time } في { $city } (UTC{ $offset })
find-column-name = الاسم / الدور
find-column-reach = البريد / الهواتف
find-column-email = البريد الإلكتروني
find-column-phones = الهواتف
find-column-keys = PGP / اللغات
find-office = المكتب { $number }
find-mobile = الجوال { $number }
find-languages = اللغات { $languages }
find-count = عدد جهات الاتصال: { $contacts } في { $cctlds } من ccTLD، من { $from }
find-snapshot-name = { $directory } الإصدار { $serial }
find-nothing = لا شيء يطابق «{ $query }»
find-did-you-mean = هل تقصد { $suggestions }؟
find-no-contact-yet = { $country } (.{ $label }) في منطقة الجذر لكن ليس لها جهة اتصال في الدليل بعد (`tldops coverage` يسرد كل نطاقات ccTLD هذه)
find-evidence-no-contact = { $evidence }، في { $country }، التي ليس لها جهة اتصال في { $directories }: انظر `tldops coverage`

## status

status-database-none = قاعدة البيانات  { $path } (لا توجد بعد)
status-database = قاعدة البيانات  { $path } (المخطط { $schema })
status-current-none = الحالية  لا توجد بعد: شغّل `tldops sync SOURCE`
status-current = الحالية  الإصدار { $serial }، صدرت في { $issued }، تنتهي في { $expires }
status-signed-by = موقّعة من  { $key } في { $time }
status-contents = المحتوى  { $cctlds } ccTLD (من { $root } في منطقة الجذر)، { $contacts } جهة اتصال
status-synced = زُومنت  { $time } من { $source }
status-message = الرسالة  { $id }
status-mail-from = البريد من  { $from } (معروض، غير موثوق)
status-history = السجل  عدد اللقطات: { $count }{ $serials }
status-serials = {" "}(الإصدارات { $serials })
status-pinned = المفاتيح المثبّتة  { $count } (الحد { $threshold })
status-rejected = المرفوضة  عدد الرسائل المحفوظة: { $count }، ذُكرت كل منها مرة واحدة في المزامنة التي صادفتها:
status-rejected-more = و{ $count } أخرى: `tldops status --json`
status-no-directory = لا يوجد دليل بعد: ثبّت مفتاحًا باستخدام `tldops trust add KEY.asc`

## sync

sync-synced = زُومنت رسائل اللقطات: { $count }؛ { $new }، معروفة من قبل: { $known }، مرفوضة: { $rejected }
sync-new-none = لا توجد لقطة جديدة
sync-new-one = لقطة جديدة واحدة (الإصدار { $serial }، { $cctlds } ccTLD، { $contacts } جهة اتصال)
sync-new-many = لقطات جديدة: { $count } ({ $serials })
sync-serial = { $head }الإصدار { $top }
sync-serials = { $head }الإصدارات { $serials }؛ الأعلى { $top }
sync-rejected-before = {" "}(رُفضت من قبل: { $count }؛ `tldops status`)
sync-passed-over = ؛ رسائل أخرى تم تجاوزها: { $count }
sync-unpinned = {" "}(موقّعة فقط بمفاتيح غير مثبّتة: { $count })
sync-unchanged = ؛ مصادر لم تتغير منذ آخر مزامنة: { $count }
sync-unreadable = ؛ ملفات تعذّرت قراءتها: { $count }
sync-empty = ؛ مصادر لا تحتوي أي رسالة: { $count }
sync-since = ؛ { $directory } منذ الإصدار { $serial }: جهات اتصال مضافة { $added }، محذوفة { $removed }، معدّلة { $changed }
sync-review = {" "}(راجعها: `tldops diff`)
