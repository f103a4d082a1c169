## pocdir — الكتالوج العربي. جميع النصوص التي تظهر للمستخدم موجودة هنا.

app-name = دليل جهات الاتصال
footer-text = الدليل العالمي الحكومي الدولي لجهات الاتصال المعنية بأمن تكنولوجيا المعلومات والاتصالات وأمن استخدامها. ويقتصر الاطلاع على بيانات الاتصال على الدول المشاركة.
demo-banner = نسخة توضيحية: جميع بيانات الاتصال الخاصة بالدول المعروضة هنا وهمية.

## Navigation
nav-skip = الانتقال إلى المحتوى
nav-label = التنقل الرئيسي
nav-home = الصفحة الرئيسية
nav-join = طلب الوصول
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
nav-directory = الدليل
nav-custodian = لوحة الجهة الأمينة
nav-my-state = دولتي
nav-account = حسابي
nav-outbox = فتح صندوق الصادر التجريبي
language-choose = اللغة:

## Common words
all = الكل
choose = يُرجى الاختيار…
back = رجوع
save = حفظ
next = التالي
previous = السابق
page-of = الصفحة { $page } من { $pages }
pagination = الصفحات
search-submit = بحث

## Home (PUB-1)
home-title = جهات الاتصال المعنية بأمن تكنولوجيا المعلومات والاتصالات
home-lead = عندما يهدد حادث يتصل بتكنولوجيا المعلومات والاتصالات العلاقات بين الدول، يمكن الوصول في غضون دقائق إلى الشخص المناسب في الدولة الأخرى، عبر قناة تحظى بثقة الطرفين، مع توثيق ما يجري من تبادل.
home-mandate-title = الولاية
home-mandate-1 = اتفقت الدول الأعضاء في الأمم المتحدة على إنشاء دليل عالمي حكومي دولي لجهات الاتصال بوصفه تدبيرًا من تدابير بناء الثقة. واستخدام الدليل طوعي.
home-mandate-2 = تسمّي كل دولة مشاركة جهات اتصال دبلوماسية وتقنية. وتتحقق الجهة الأمينة على الدليل من كل تسمية وكل تحديث عن طريق البعثة الدائمة للدولة المعنية قبل نشره.
home-mandate-3 = تُثبت عمليات التحقق الدورية من الاتصال أن كل جهة اتصال تستجيب. ويُكمّل الدليل القنوات الإقليمية والثنائية القائمة ولا يحل محلها.
home-participation-title = المشاركة
home-participating = الدول المشاركة
home-threshold = عدد الدول اللازم لتشغيل الشبكة
home-progress = { $threshold ->
    [zero] { $count } من أصل { $threshold } دولة يلزم انضمامها لكي تصبح الشبكة جاهزة للعمل
    [one] { $count } من أصل دولة واحدة يلزم انضمامها لكي تصبح الشبكة جاهزة للعمل
    [two] { $count } من أصل دولتين يلزم انضمامهما لكي تصبح الشبكة جاهزة للعمل
    [few] { $count } من أصل { $threshold } دول يلزم انضمامها لكي تصبح الشبكة جاهزة للعمل
    [many] { $count } من أصل { $threshold } دولة يلزم انضمامها لكي تصبح الشبكة جاهزة للعمل
   *[other] { $count } من أصل { $threshold } دولة يلزم انضمامها لكي تصبح الشبكة جاهزة للعمل
}
home-operational = الشبكة جاهزة للعمل.
home-not-operational = { $missing ->
    [zero] لم يعد يلزم انضمام أي دولة أخرى لكي تصبح الشبكة جاهزة للعمل.
    [one] يلزم انضمام دولة واحدة أخرى لكي تصبح الشبكة جاهزة للعمل.
    [two] يلزم انضمام دولتين أخريين لكي تصبح الشبكة جاهزة للعمل.
    [few] يلزم انضمام { $missing } دول أخرى لكي تصبح الشبكة جاهزة للعمل.
    [many] يلزم انضمام { $missing } دولة أخرى لكي تصبح الشبكة جاهزة للعمل.
   *[other] يلزم انضمام { $missing } دولة أخرى لكي تصبح الشبكة جاهزة للعمل.
}
home-states-list = الدول المشاركة
home-join-title = كيفية الانضمام
home-join-text = تتقدم البعثة الدائمة للدولة لدى الأمم المتحدة بطلب الوصول. وتتحقق الجهة الأمينة من الطلب مع البعثة، ثم توجّه دعوة إلى المشرف الوطني الذي تعيّنه الدولة.
home-no-contacts = لا تُنشر بيانات الاتصال مطلقًا على الصفحات العامة.

## Request access (ACC-1)
join-title = طلب الوصول لدولتكم
join-lead = هذه الاستمارة مخصصة للبعثات الدائمة. وستتحقق الجهة الأمينة من الطلب مع بعثتكم قبل منح حق الوصول.
join-submit = إرسال الطلب
join-done-title = تم استلام الطلب
join-done-body = شكرًا لكم. ستتحقق الجهة الأمينة من الطلب مع بعثتكم الدائمة، ثم ترسل دعوة إلى المشرف الوطني المعيَّن.
field-state = الدولة
field-requester-name = الاسم
field-requester-title = المنصب والبعثة
hint-requester-title = مثال: سكرتير أول، البعثة الدائمة لـ… لدى الأمم المتحدة في نيويورك
field-official-email = عنوان البريد الإلكتروني الرسمي
hint-official-email = ستُرسل إلى هذا العنوان الدعوة الموجهة إلى المشرف الوطني لدولتكم.
field-note-verbale-ref = مرجع المذكرة الشفوية
hint-note-verbale-ref = رقم المذكرة الشفوية التي تعيّن بموجبها بعثتكم المشرف الوطني.
field-message = رسالة (اختياري)

## Sign-in (ACC-3)
login-title = تسجيل الدخول
login-submit = متابعة
login-help = هل فقدتم تطبيق المصادقة؟ يمكنكم استخدام أحد رموز الاسترداد في الخطوة التالية، أو طلب المساعدة من المشرف الوطني.
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
code-title = عامل التحقق الثاني
code-lead = يُرجى إدخال الرمز المكوّن من ستة أرقام الذي يعرضه تطبيق المصادقة، أو أحد رموز الاسترداد.
code-submit = تسجيل الدخول
field-code = الرمز
hint-code = ستة أرقام، أو رمز استرداد مثل ABCD-EFGH-IJKL-MNOP-QRST.

## Invitation and enrolment
invitation-title = إعداد حسابكم
invitation-lead = يُرجى اختيار كلمة مرور لحسابكم. ويلي ذلك إعداد عامل تحقق ثانٍ، وهو إلزامي.
invitation-submit = حفظ كلمة المرور
field-name = الاسم
field-new-password = كلمة المرور الجديدة
field-confirm-password = إعادة إدخال كلمة المرور
hint-password =
    يجب ألا يقل طول كلمة المرور عن { $min ->
        [zero] { $min } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    }. ويُفضَّل استخدام عبارة مرور طويلة، ولا يُشترط استخدام رموز خاصة. وتُرفض كلمات المرور الشائعة أو المسرَّبة.
totp-title = عامل التحقق الثاني
totp-lead = كل حساب محمي بعامل تحقق ثانٍ. يُرجى إعداد تطبيق المصادقة الآن.
totp-step-1 = افتحوا تطبيق مصادقة على هاتفكم (مثل FreeOTP أو Aegis أو Google Authenticator أو Microsoft Authenticator).
totp-step-2 = امسحوا هذا الرمز ضوئيًا باستخدام التطبيق.
totp-qr-label = رمز QR للمفتاح السري الخاص بتطبيق المصادقة
totp-manual = أو أدخلوا هذا المفتاح يدويًا:
totp-step-3 = أدخلوا الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق.
totp-submit = تأكيد
recovery-title = رموز الاسترداد
recovery-enrolled = تم إعداد عامل التحقق الثاني، وقد سجلتم الدخول.
recovery-lead = يُرجى الاحتفاظ بهذه الرموز في مكان آمن. ويمكن استخدام كل رمز مرة واحدة فقط، بدلًا من الرمز الذي يعرضه التطبيق، في حال فقدان هاتفكم.
recovery-warning = لن تُعرض هذه الرموز إلا الآن. ويؤدي إنشاء رموز جديدة إلى إلغاء هذه الرموز.
recovery-continue = المتابعة إلى الدليل

## Account (ACC-4)
account-title = حسابي
account-sessions = الجلسات التي سجلتم الدخول فيها
account-this-session = هذه الجلسة
account-revoke = تسجيل الخروج من هذه الجلسة
account-recovery = رموز الاسترداد
account-codes-left = رموز الاسترداد غير المستخدمة: { $count }
account-new-codes = إنشاء رموز استرداد جديدة

## Tables
col-device = الجهاز
col-address = العنوان
col-signed-in = وقت تسجيل الدخول
col-last-seen = آخر نشاط
col-actions = الإجراءات
col-field = الحقل
col-before = قبل
col-after = بعد
col-change = التغيير
col-submitted = تاريخ التقديم
col-status = الحالة
col-role = الدور
col-when = الوقت
col-actor = القائم بالإجراء
col-action = الإجراء
col-target = العنصر المعني
col-detail = التفاصيل
col-to = إلى
col-subject = الموضوع

## Directory (DIR-8, DIR-9)
directory-title = الدليل
directory-count = { $count ->
    [zero] لم يُعثر على أي جهة اتصال.
    [one] عُثر على جهة اتصال واحدة.
    [two] عُثر على جهتي اتصال.
    [few] عُثر على { $count } جهات اتصال.
    [many] عُثر على { $count } جهة اتصال.
   *[other] عُثر على { $count } جهة اتصال.
}
directory-count-more = { $count ->
    [zero] عُثر على أكثر من { $count } جهة اتصال: يُرجى تضييق نطاق البحث.
    [one] عُثر على أكثر من جهة اتصال واحدة: يُرجى تضييق نطاق البحث.
    [two] عُثر على أكثر من جهتي اتصال: يُرجى تضييق نطاق البحث.
    [few] عُثر على أكثر من { $count } جهات اتصال: يُرجى تضييق نطاق البحث.
    [many] عُثر على أكثر من { $count } جهة اتصال: يُرجى تضييق نطاق البحث.
   *[other] عُثر على أكثر من { $count } جهة اتصال: يُرجى تضييق نطاق البحث.
}
directory-empty = لا توجد جهة اتصال تطابق معايير التصفية هذه.
directory-matching-states = الدول المطابقة لبحثكم:
field-search = الاسم أو الكيان، بأي نظام كتابة
field-region = المنطقة
field-language = اللغة
hint-language-code = لغة، مثل الفرنسية أو fr
export-label = تصدير:
export-print = صفحة قابلة للطباعة
print-title = دليل جهات الاتصال
print-generated = { $count ->
    [zero] تاريخ الطباعة: { $when }؛ لا توجد جهات اتصال.
    [one] تاريخ الطباعة: { $when }؛ جهة اتصال واحدة.
    [two] تاريخ الطباعة: { $when }؛ جهتا اتصال.
    [few] تاريخ الطباعة: { $when }؛ { $count } جهات اتصال.
    [many] تاريخ الطباعة: { $when }؛ { $count } جهة اتصال.
   *[other] تاريخ الطباعة: { $when }؛ { $count } جهة اتصال.
}
print-confidential = لاستخدام الدول المشاركة حصرًا. ولا يجوز تداوله إلا مع من تقتضي الحاجة اطلاعهم عليه.

## Entries (DIR-3, DIR-4, DIR-7)
field-poc-type = نوع جهة الاتصال
field-entity = الكيان أو المؤسسة
field-entity-en = الكيان، ترجمة غير رسمية إلى الإنكليزية
field-person-name = الشخص المعيَّن
field-position = المنصب
field-position-en = المنصب، ترجمة غير رسمية إلى الإنكليزية
field-emails = عناوين البريد الإلكتروني
field-phones = أرقام الهاتف
field-phones-24-7 = أرقام الهاتف المتاحة على مدار الساعة طوال أيام الأسبوع
field-languages = لغات العمل
field-timezone = المنطقة الزمنية
field-hours = أوقات التوافر
field-web = صفحة الويب
field-pgp-fingerprint = بصمة مفتاح OpenPGP
field-regional = مسمّاة أيضًا في الأدلة الإقليمية
field-submission-language = لغة هذا الإدخال
field-notes = ملاحظات
field-notes-en = ملاحظات، ترجمة غير رسمية إلى الإنكليزية
field-last-confirmed = تاريخ آخر تأكيد
field-local-time = الوقت المحلي الآن
field-effective-from = تاريخ بدء سريان التغيير
field-on-behalf-ref = مرجع الطلب الخطي المقدَّم من الدولة
field-id = المُعرِّف
hint-entity = يكفي ذكر الكيان وحده لكي يكون الإدخال صحيحًا؛ أما تسمية شخص بعينه فاختيارية.
hint-translation = اختياري. تُعرض مع الإشارة إلى أنها ترجمة غير رسمية.
hint-person = اختياري.
hint-emails = عنوان واحد في كل سطر. ويُرحَّب بالعناوين العامة مثل cert@…
hint-phones = رقم واحد في كل سطر بالصيغة الدولية، مثل: +41 22 917 1234. ويُرجى إضافة «24/7» في نهاية الرقم المتاح على مدار الساعة.
hint-languages = بأسمائها أو برموزها في ISO 639، مفصولة بفواصل، مثل: البرتغالية، السواحيلية أو pt, sw
field-other-languages = لغات أخرى
hint-timezone = اكتب اسم المدينة أو البلد، ثم اختر من القائمة.
hint-hours = مثال: من الاثنين إلى الجمعة، من 09:00 إلى 18:00، أو على مدار الساعة (24/7).
hint-pgp = 40 أو 64 حرفًا بالنظام الست عشري. اختياري.
hint-submission-language = إحدى اللغات الرسمية الست للأمم المتحدة.
hint-effective-from = اختياري. ويتعين الإخطار بالتغييرات في غضون 30 يومًا من بدء سريانها.
hint-on-behalf-ref = تُدخلون هذا التغيير نيابةً عن الدولة: يُرجى ذكر مرجع مذكرتها الشفوية.
un-language-ar = العربية
un-language-zh = الصينية
un-language-en = الإنكليزية
un-language-fr = الفرنسية
un-language-ru = الروسية
un-language-es = الإسبانية
label-original = لغة التقديم: { $lang }
label-translation = ترجمة غير رسمية إلى الإنكليزية:
badge-h24 = على مدار الساعة
badge-overdue = تأخر التأكيد
badge-change-pending = تغيير بانتظار التحقق
entry-overdue = لم يُؤكَّد هذا الإدخال منذ { $date }، وقد لا تكون بياناته محدَّثة.
entry-problems = { $count ->
    [zero] لم يُبلَّغ عن أي مشكلة في جهة الاتصال هذه.
    [one] أبلغ أحد مستخدمي الدليل عن مشكلة في جهة الاتصال هذه.
    [two] أبلغ مستخدمو الدليل عن مشكلتين في جهة الاتصال هذه.
    [few] أبلغ مستخدمو الدليل عن { $count } مشكلات في جهة الاتصال هذه.
    [many] أبلغ مستخدمو الدليل عن { $count } مشكلة في جهة الاتصال هذه.
   *[other] أبلغ مستخدمو الدليل عن { $count } مشكلة في جهة الاتصال هذه.
}
entry-reach-now = التواصل مع جهة الاتصال هذه الآن
entry-details = التفاصيل
entry-edit = اقتراح تغيير
entry-history = سجل التغييرات
entry-pending-change = تغيير بانتظار التحقق
history-submitted = قدّمه { $who } في { $when }
history-decided = بتّ فيه { $who } في { $when }
history-on-behalf = بناءً على الطلب الخطي المقدَّم من الدولة (المرجع: { $reference })
history-late-notice = { $days ->
    [zero] أُخطر به في يوم بدء سريانه
    [one] أُخطر به بعد يوم واحد من بدء سريانه
    [two] أُخطر به بعد يومين من بدء سريانه
    [few] أُخطر به بعد { $days } أيام من بدء سريانه
    [many] أُخطر به بعد { $days } يومًا من بدء سريانه
   *[other] أُخطر به بعد { $days } يوم من بدء سريانه
}
history-reason = السبب:
history-changes = { $count ->
    [zero] لم يُعدَّل أي حقل
    [one] عُدِّل حقل واحد
    [two] عُدِّل حقلان
    [few] عُدِّلت { $count } حقول
    [many] عُدِّل { $count } حقلًا
   *[other] عُدِّل { $count } حقل
}
state-observer = دولة مراقبة
state-manage = إدارة إدخالات هذه الدولة
state-no-entries = لا توجد لهذه الدولة أي جهة اتصال منشورة حتى الآن.

## Types, regions, statuses
poc-type-diplomatic = دبلوماسية / معنية بالسياسات
poc-type-technical = تقنية
poc-type-legal = قانونية
poc-type-law-enforcement = معنية بإنفاذ القانون
poc-type-assistance = معنية بالمساعدة وبناء القدرات
poc-type-policy-coordination = معنية بالأمن الوطني / تنسيق السياسات
region-africa = الدول الأفريقية
region-asia-pacific = دول آسيا والمحيط الهادئ
region-eastern-europe = دول أوروبا الشرقية
region-latin-america-caribbean = دول أمريكا اللاتينية ومنطقة البحر الكاريبي
region-weog = دول أوروبا الغربية ودول أخرى
kind-create = تسمية
kind-update = تحديث
kind-withdraw = سحب
status-pending = بانتظار التحقق
status-active = منشور
status-published = منشور
status-rejected = مرفوض
status-withdrawn = مسحوب
role-custodian = الجهة الأمينة
role-national-admin = المشرف الوطني
role-member = عضو
user-status-invited = مدعو
user-status-active = نشط
user-status-disabled = معطَّل
channel-note-verbale = مذكرة شفوية
channel-mission-email = بريد إلكتروني من البعثة الدائمة
channel-phone-call = اتصال هاتفي بالبعثة الدائمة
channel-in-person = لقاء شخصي
channel-other = قناة أخرى

## Problem reports (DIR-10)
report-title = الإبلاغ عن مشكلة في جهة الاتصال هذه
report-submit = إبلاغ
field-problem-kind = طبيعة المشكلة
field-problem-detail = التفاصيل (اختياري)
problem-bounced = تعذّر تسليم البريد الإلكتروني
problem-wrong-number = رقم الهاتف غير صحيح
problem-no-answer = لا يوجد رد
problem-wrong-person = لم تعد جهة الاتصال المناسبة
problem-other = مشكلة أخرى
problem-resolve = اعتبار المشكلة محلولة

## Nomination form (DIR-5)
form-new-title = تسمية جهة اتصال
form-edit-title = اقتراح تغيير
form-lead = تتحقق الجهة الأمينة من كل تسمية وكل تغيير مع بعثتكم الدائمة قبل نشره.
form-submit = التقديم للتحقق
form-has-errors = يُرجى تصحيح ما يلي:
withdraw-title = سحب جهة الاتصال هذه
withdraw-text = يخضع السحب للتحقق شأنه شأن أي تغيير آخر. ويظل الإدخال محفوظًا في سجل التغييرات.
withdraw-submit = تقديم طلب السحب

## State desk
desk-title = { $state }: الإدخالات والمستخدمون
desk-nominate = تسمية جهة اتصال
desk-public-view = العرض كما تراه الدول الأخرى
desk-pending = تغييرات بانتظار التحقق
desk-no-pending = لا يوجد ما ينتظر التحقق.
desk-entries = الإدخالات
desk-problems = المشكلات المُبلَّغ عنها
desk-users = المستخدمون
desk-invite = دعوة مستخدم
desk-invite-submit = إرسال الدعوة
desk-account-mode = حسابات هذه الدولة
account-mode-personal = حسابات شخصية، حساب واحد لكل شخص (موصى به)
account-mode-shared = حساب واحد مشترك للدولة
field-email-language = لغة الدعوة
user-enable = تفعيل
user-disable = تعطيل

## Custodian
custodian-title = لوحة الجهة الأمينة
custodian-pending-changes = تغييرات يلزم التحقق منها
custodian-pending-requests = طلبات الوصول
custodian-open-problems = مشكلات مُبلَّغ عنها
custodian-overdue = إدخالات تأخر تأكيدها
custodian-active = جهات اتصال منشورة
custodian-changes-link = التحقق من التغييرات
custodian-requests-link = استعراض طلبات الوصول
custodian-audit-link = سجل التدقيق
requests-title = طلبات الوصول
requests-lead = يُرجى التحقق من كل طلب مع البعثة الدائمة عبر قناة غير هذه الاستمارة قبل قبول الدولة.
requests-admit = قبول الدولة ودعوة مشرفها الوطني
requests-reject = رفض الطلب
requests-none = لا توجد طلبات معلقة.
field-verification-ref = مرجع التحقق
hint-verification-ref = طريقة التحقق، مثل رقم المذكرة الشفوية الصادرة عن البعثة.
field-reason = السبب
changes-title = تغييرات يلزم التحقق منها
changes-lead = يُرجى التحقق من كل تغيير مع الدولة عبر قناة غير القناة التي ورد منها، وتسجيل طريقة التحقق.
changes-none = لا توجد تغييرات معلقة.
change-title = التغيير
change-diff = التغييرات المقترحة
change-no-diff = لا يختلف أي حقل عن الإدخال المنشور.
change-withdraw = تطلب الدولة سحب جهة الاتصال هذه.
change-see-entry = عرض الإدخال وسجل تغييراته
change-verify-title = التحقق والنشر
change-verify-lead = يُرجى تسجيل القناة التي جرى التحقق عبرها ومرجع التحقق.
field-channel = قناة التحقق
change-publish = نشر
change-reject-title = الرفض
change-reject = رفض التغيير
audit-title = سجل التدقيق
audit-intact = { $count ->
    [zero] سلسلة التجزئة سليمة، ولا تتضمن أي قيد.
    [one] سلسلة التجزئة المؤلفة من قيد واحد سليمة.
    [two] سلسلة التجزئة المؤلفة من قيدين سليمة.
    [few] سلسلة التجزئة المؤلفة من { $count } قيود سليمة.
    [many] سلسلة التجزئة المؤلفة من { $count } قيدًا سليمة.
   *[other] سلسلة التجزئة المؤلفة من { $count } قيد سليمة.
}
audit-broken = جرى تغيير سجل التدقيق: أول قيد غير متسق هو القيد رقم { $seq }.

## Demo outbox
outbox-title = صندوق الصادر التجريبي
outbox-lead = في هذه النسخة التوضيحية، لا تُرسل رسائل البريد الإلكتروني، بل تُحفظ جميعها هنا. ولأن الرسائل تتضمن روابط لتسجيل الدخول، لا تُعرض هذه الصفحة إلا في متصفح على هذا الجهاز.
outbox-empty = لا توجد رسائل بريد إلكتروني بعد.
outbox-links = الروابط الواردة في هذه الرسالة

## Notices
notice-requested = أُرسل طلبكم.
notice-published = نُشر التغيير.
notice-rejected = سُجِّل الرفض.
notice-submitted = تم التقديم. وستتحقق الجهة الأمينة منه قبل نشره.
notice-reported = شكرًا لكم. تم إبلاغ الجهة الأمينة والمشرفين الوطنيين للدولة.
notice-resolved = اعتُبرت المشكلة محلولة.
notice-invited = أُرسلت الدعوة.
notice-admitted = قُبلت الدولة ووُجّهت الدعوة إلى مشرفها الوطني.
notice-saved = تم الحفظ.
notice-revoked = سُجِّل الخروج من تلك الجلسة.
notice-withdrawn = قُدِّم طلب السحب.
notice-disabled = عُطِّل حساب المستخدم وسُجِّل خروجه من جميع الجلسات.
notice-enabled = فُعِّل حساب المستخدم.

## Errors
error-title = تعذّر إتمام العملية
error-reference = المرجع لأغراض الدعم: { $id }
err-not-found = هذه الصفحة غير موجودة، أو ليس لديكم إذن بالوصول إليها.
err-forbidden = لا يملك حسابكم صلاحية القيام بهذا الإجراء.
err-unauthenticated = يُرجى تسجيل الدخول.
err-invalid = بعض المعلومات غير صحيحة.
err-internal = حدث خطأ من جانبنا، ولم يُغيَّر أي شيء. يُرجى المحاولة مرة أخرى لاحقًا.
err-csrf = انتهت صلاحية هذه الاستمارة أو أنها لم تصدر عن هذا الموقع. يُرجى الرجوع وإعادة تحميل الصفحة والمحاولة مرة أخرى.
err-bad-request = تعذّرت قراءة العنوان أو النموذج: إحدى القيم غير صالحة. ارجع وحاول مجددًا.
err-content-type = يجب إرسال هذا النموذج من صفحته على هذا الموقع.
err-too-large = حجم الطلب كبير جدًا.
err-throttled = عدد المحاولات كبير جدًا. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.
err-required = هذا الحقل إلزامي.
err-text-too-long = هذا النص طويل جدًا.
err-text-line = اكتب هذا في سطر واحد، دون فواصل أسطر أو مسافات جدولة.
err-text-disguised = يحتوي هذا الاسم على أحرف غير مرئية تغيّر طريقة قراءته (علامات اتجاه أو مسافات صفرية العرض). يُرجى كتابته من جديد.
err-text-control = يتضمن هذا النص أحرفًا يتعذر عرضها.
err-email-format = يجب أن يكون عنوان البريد الإلكتروني على غرار name@example.org.
err-email-required = يُرجى إدخال عنوان بريد إلكتروني واحد على الأقل.
err-email-taken = يوجد بالفعل حساب مرتبط بعنوان البريد الإلكتروني هذا.
err-phone-format = «{ $number }»: اكتب الرقم بالصيغة الدولية، مع + ورمز البلد، مثل: +41 22 917 1234.
err-phone-invalid = «{ $number }»: هذا الرقم غير ممكن في البلد الذي يتصل به. تحقق من رمز البلد وعدد الأرقام.
err-url-format = يجب أن يبدأ عنوان صفحة الويب بـ https:// وأن يتضمن اسم موقع، مثل: https://cert.example.org.
err-language-code = اذكر كل لغة باسمها، مثل الفرنسية أو العربية أو الفلبينية، أو برمزها في ISO 639 (fr أو ar أو fil).
err-language-required = يُرجى إدخال لغة عمل واحدة على الأقل.
err-timezone = اختر المدينة من القائمة: تُحدَّد المنطقة الزمنية بمدينة مثل القاهرة أو زيورخ، لا بفارق توقيت أو باختصار مثل EST.
err-poc-type = يُرجى اختيار نوع جهة الاتصال من القائمة.
err-un-language = يُرجى اختيار إحدى اللغات الرسمية الست للأمم المتحدة.
err-pgp-fingerprint = يجب أن تتكون البصمة من 40 أو 64 حرفًا بالنظام الست عشري.
err-regional = يُرجى اختيار الأدلة الإقليمية من القائمة.
err-too-many = عدد البنود في هذا الحقل كبير جدًا (10 بنود كحد أقصى).
err-state-unknown = يُرجى اختيار دولة من القائمة.
err-region = يُرجى اختيار منطقة من القائمة.
err-state-already-participating = هذه الدولة مشاركة بالفعل. يُرجى التواصل مع مشرفها الوطني.
err-state-not-participating = هذه الدولة ليست مشاركة بعد.
err-login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحين، أو أن الحساب غير نشط.
err-code-wrong = هذا الرمز غير صحيح أو سبق استخدامه. يُرجى انتظار الرمز التالي والمحاولة مرة أخرى.
err-no-enrolment = يُرجى البدء من جديد في إعداد عامل التحقق الثاني.
err-password-short = يجب ألا يقل طول كلمة المرور عن 12 حرفًا. ومن السهل تذكّر عبارة مرور مكوّنة من عدة كلمات.
err-password-long = يجب ألا يزيد طول كلمة المرور على 128 حرفًا.
err-password-common = كلمة المرور هذه شائعة جدًا أو سهلة التخمين. يُرجى اختيار عبارة مرور أطول.
err-password-mismatch = كلمتا المرور غير متطابقتين.
err-link-unknown = هذا الرابط غير صالح. يُرجى طلب دعوة جديدة.
err-link-used = سبق استخدام هذا الرابط. يُرجى تسجيل الدخول، أو طلب دعوة جديدة.
err-link-expired = انتهت صلاحية هذا الرابط. يُرجى طلب دعوة جديدة من المشرف الوطني أو من الجهة الأمينة.
err-already-decided = سبق أن بتّ شخص آخر في هذا الأمر.
err-change-pending = يوجد بالفعل تغيير على هذا الإدخال بانتظار التحقق.
err-no-change = لم يُغيَّر أي شيء.
err-entry-not-active = هذا الإدخال غير منشور.
err-on-behalf-ref = يُرجى ذكر مرجع الطلب الخطي المقدَّم من الدولة.
err-date-format = يُرجى إدخال التاريخ بالصيغة سنة-شهر-يوم (YYYY-MM-DD).
err-date-future = هذا التاريخ لاحق لتاريخ اليوم.
err-channel = يُرجى بيان الطريقة التي جرى بها التحقق من التغيير.
err-problem-kind = يُرجى تحديد ما حدث.
err-role = يُرجى اختيار دور من القائمة.
err-shared-account-exists = تستخدم هذه الدولة حسابًا واحدًا مشتركًا، وهو موجود بالفعل.
err-shared-needs-one-account = يتطلب الحساب المشترك وجود حساب نشط واحد فقط: يُرجى تعطيل الحسابات الأخرى أولًا.
err-account-mode = يُرجى اختيار حسابات شخصية أو حساب واحد مشترك.
err-cannot-disable-self = لا يمكنكم تعطيل حسابكم.
err-export-format = يُرجى اختيار CSV أو JSON أو vCard أو الصفحة القابلة للطباعة.
err-form-unreadable = تعذّرت قراءة الاستمارة. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.

## Emails (sent in the recipient's language)
email-footer = دليل جهات الاتصال — { $url }
email-invitation-subject = دعوتكم إلى استخدام دليل جهات الاتصال
email-invitation-body =
    حضرة { $name }،

    يسرنا دعوتكم إلى استخدام دليل جهات الاتصال بالنيابة عن { $state }.
    لإعداد حسابكم، يُرجى فتح الرابط التالي في غضون { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }. ولا يعمل الرابط إلا مرة واحدة.

    { $link }

    إذا لم تكونوا تتوقعون هذه الرسالة، يمكنكم تجاهلها.
email-access-received-subject = طلبكم الحصول على حق الوصول ({ $reference })
email-access-received-body =
    حضرة { $name }،

    تلقينا الطلب المقدَّم من { $state } للوصول إلى دليل جهات الاتصال (المرجع { $reference }).
    وستتحقق الجهة الأمينة من الطلب مع بعثتكم الدائمة، ثم يتلقى المشرف الوطني المعيَّن دعوة.
email-access-to-review-subject = طلب وصول مقدَّم من { $state }
email-access-to-review-body =
    طلبت إحدى البعثات الدائمة الوصول إلى الدليل لصالح { $state }.
    يُرجى التحقق من الطلب مع البعثة، ثم استعراضه: { $url }
email-access-rejected-subject = طلبكم الحصول على حق الوصول
email-access-rejected-body =
    حضرة { $name }،

    تعذّر على الجهة الأمينة الموافقة على طلب الوصول. السبب المذكور: { $reason }
email-change-to-verify-subject = تغيير يلزم التحقق منه: { $state }
email-change-to-verify-body =
    ورد من { $state } تغيير في بيانات جهات الاتصال التابعة لها.
    يُرجى التحقق منه عبر قناة غير البوابة، ثم تسجيل قراركم: { $url }
email-change-published-subject = تم النشر: { $entity }
email-change-published-body =
    تحققت الجهة الأمينة من التغيير الخاص بجهة الاتصال «{ $entity }» ونشرته.

    { $url }
email-change-rejected-subject = لم يتم النشر: { $entity }
email-change-rejected-body =
    لم تنشر الجهة الأمينة التغيير الخاص بجهة الاتصال «{ $entity }».
    السبب المذكور: { $reason }

    { $url }
email-problem-reported-subject = مشكلة مُبلَّغ عنها: { $entity }
email-problem-reported-body =
    أبلغ أحد مستخدمي الدليل عن مشكلة في جهة الاتصال «{ $entity }»: { $kind }.
    يُرجى مراجعة الإدخال وتصحيحه عند الاقتضاء: { $url }

## Communication checks (PING)
nav-checks = عمليات التحقق من الاتصال
nav-messages = المراسلات
checks-title = عمليات التحقق من الاتصال
checks-lead = تتلقى كل جهة اتصال رسالة قصيرة تتضمن رابطًا شخصيًا. ويُقاس الوقت المنقضي بين إرسال الرسالة وتأكيد استلامها.
checks-launch-title = إطلاق عملية تحقق
field-state-code = الدولة (رمز ISO)
hint-state-code = اختياري، مثل: FR
checks-overdue-only = الإدخالات التي تأخر تأكيدها فقط
checks-preview = معاينة
checks-campaigns = حملات التحقق
checks-campaign-of = عملية التحقق المؤرخة { $date }
checks-none = لم تُجرَ أي عملية تحقق حتى الآن.
checks-next-scheduled = موعد عملية التحقق المجدولة التالية لجميع جهات الاتصال: { $date }.
checks-no-schedule = لا توجد أي عملية تحقق مجدولة. ويُحدَّد الجدول الزمني لعمليات التحقق في الإعدادات (checks.schedule_months).
checks-trend = الاتجاه عبر حملات التحقق
checks-campaign = حملة التحقق
checks-kind-adhoc = مخصصة
checks-kind-scheduled = مجدولة
checks-preview-title = هل تريدون إطلاق عملية التحقق هذه؟
checks-preview-count = عدد جهات الاتصال: { $pocs }. عدد عناوين البريد الإلكتروني التي ستتلقى رسالة التحقق: { $addresses }.
checks-launch = إطلاق عملية التحقق
my-checks-link = عمليات التحقق التي يتعين على دولتكم تأكيد استلامها
results-title = نتائج عملية التحقق
results-closes = تُقبل الردود حتى { $date }
results-rate = معدل الاستجابة
results-acknowledged = أُكِّد الاستلام
results-median = وسيط زمن الاستجابة
results-p90 = المئين التسعون لزمن الاستجابة
results-unreachable = العناوين التي تعذّر الوصول إليها
results-export = تصدير النتائج (CSV)
results-by-region = حسب المنطقة
results-by-type = حسب نوع جهة الاتصال
results-waiting = لم يُؤكَّد الاستلام بعد
results-all-answered = أُكِّد الاستلام من جميع العناوين.
col-group = المجموعة
check-status-pending = بانتظار الرد
check-status-unreachable = تعذّر الوصول إلى العنوان
check-status-acknowledged = أُكِّد الاستلام
check-unreachable-refused = تعذّر الوصول إلى العنوان: رفض خادم البريد الرسالة
check-unreachable-bounced = تعذّر الوصول إلى العنوان: ارتدّت الرسالة دون تسليم
results-follow-up = المتابعة
results-reminded = أُرسل تذكير في { $date }
results-escalated = أُبلغت الدولة في { $date }
minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
ack-title = التحقق من الاتصال
ack-lead = تتحقق الجهة الأمينة على دليل جهات الاتصال من أن جهة الاتصال التابعة لـ{ $state } تتلقى على هذا العنوان الرسائل الموجهة إليها.
ack-sent = تاريخ إرسال رسالة التحقق
ack-submit = تأكيد الاستلام
ack-done = شكرًا لكم: سُجِّل تأكيدكم.
my-checks-title = عمليات تحقق بانتظار تأكيد الاستلام
my-checks-lead = عمليات التحقق المرسلة إلى جهات الاتصال التابعة لدولتكم والتي لا تزال بانتظار الرد. ويمكنكم تأكيد الاستلام هنا بدلًا من استخدام الرابط الوارد في رسالة البريد الإلكتروني.
my-checks-none = لا يوجد ما ينتظر الرد.
notice-launched = أُطلقت عملية التحقق: يجري إرسال الرسائل.
notice-acknowledged = أُكِّد الاستلام.
err-campaign-empty = لا توجد جهة اتصال تطابق هذا الاختيار.
err-ack-unknown = هذا الرابط غير صالح. وإذا كنتم قد نسختموه من رسالة بريد إلكتروني، يُرجى التأكد من أنه منسوخ بالكامل.
err-ack-used = سبق تأكيد الاستلام في عملية التحقق هذه. شكرًا لكم.
err-ack-expired = أُغلقت عملية التحقق هذه، ولم يعد من الممكن تأكيد الاستلام.
field-address = العنوان
field-check-status = الحالة
field-sent = تاريخ الإرسال
field-acknowledged = تاريخ تأكيد الاستلام
field-response-minutes = زمن الاستجابة (بالدقائق)
field-via = طريقة تأكيد الاستلام
email-check-subject = التحقق من الاتصال: { $state }
email-check-body =
    تتحقق الجهة الأمينة على دليل جهات الاتصال من أن جهات الاتصال التابعة لـ{ $state } تتلقى الرسائل الموجهة إليها.

    أُرسلت هذه الرسالة إلى جهة الاتصال «{ $entity }». يُرجى تأكيد استلامها بفتح هذا الرابط والضغط على الزر، في غضون { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }:

    { $link }

    لا يلزم تسجيل الدخول. ولا يعمل الرابط إلا مرة واحدة.
email-check-reminder-subject = تذكير: التحقق من الاتصال: { $state }
email-check-reminder-body =
    أرسلت الجهة الأمينة على دليل جهات الاتصال رسالة للتحقق من الاتصال إلى جهة الاتصال «{ $entity }» التابعة لـ{ $state }، ولم يُؤكَّد استلامها بعد.

    يُرجى تأكيد الاستلام بفتح هذا الرابط والضغط على الزر، في غضون { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }:

    { $link }

    لا يلزم تسجيل الدخول. ولا يعمل الرابط إلا مرة واحدة. وإذا لم يُؤكَّد الاستلام، فسيُبلَّغ بذلك المشرفون الوطنيون والبعثة الدائمة لـ{ $state }.
email-check-escalation-subject = جهات اتصال تابعة لـ{ $state } لم ترد على رسالة التحقق من الاتصال
email-check-escalation-body =
    تتحقق الجهة الأمينة على دليل جهات الاتصال من أن كل جهة اتصال تتلقى الرسائل الموجهة إليها. { $count ->
        [zero] لا توجد عناوين تابعة لـ{ $state } لم يُؤكَّد الاستلام منها.
        [one] تلقى عنوان واحد تابع لـ{ $state } رسالة تحقق ثم رسالة تذكير، ولم يُؤكَّد الاستلام منه:
        [two] تلقى عنوانان تابعان لـ{ $state } رسالة تحقق ثم رسالة تذكير، ولم يُؤكَّد الاستلام منهما:
        [few] تلقت { $count } عناوين تابعة لـ{ $state } رسالة تحقق ثم رسالة تذكير، ولم يُؤكَّد الاستلام منها:
        [many] تلقى { $count } عنوانًا تابعًا لـ{ $state } رسالة تحقق ثم رسالة تذكير، ولم يُؤكَّد الاستلام منها:
       *[other] تلقى { $count } عنوان تابع لـ{ $state } رسالة تحقق ثم رسالة تذكير، ولم يُؤكَّد الاستلام منها:
    }

    { $addresses }

    يُرجى التأكد من أن الرسائل الواردة إلى هذه العناوين تُقرأ، أو تحديث الإدخالات المعنية. ويمكن لأي مستخدم تابع لـ{ $state } تأكيد الاستلام بعد تسجيل الدخول:

    { $link }

    تُوجَّه هذه الرسالة إلى المشرفين الوطنيين والبعثة الدائمة لـ{ $state }، لا إلى العناوين المذكورة أعلاه.
email-currency-due-subject = إدخالات تابعة لـ{ $state } يقترب موعد تأكيدها
email-currency-due-body =
    { $count ->
        [zero] لا توجد إدخالات تابعة لـ{ $state } في دليل جهات الاتصال يقترب موعد تأكيدها السنوي.
        [one] يقترب موعد التأكيد السنوي لإدخال واحد تابع لـ{ $state } في دليل جهات الاتصال:
        [two] يقترب موعد التأكيد السنوي لإدخالين تابعين لـ{ $state } في دليل جهات الاتصال:
        [few] يقترب موعد التأكيد السنوي لـ{ $count } إدخالات تابعة لـ{ $state } في دليل جهات الاتصال:
        [many] يقترب موعد التأكيد السنوي لـ{ $count } قيدًا تابعًا لـ{ $state } في دليل جهات الاتصال:
       *[other] يقترب موعد التأكيد السنوي لـ{ $count } إدخال تابع لـ{ $state } في دليل جهات الاتصال:
    }

    { $entries }

    ويتولى المشرف الوطني تأكيد أن هذه الإدخالات لا تزال صحيحة، أو تحديثها، عبر الرابط التالي:

    { $link }
email-currency-overdue-subject = إدخالات تابعة لـ{ $state } تأخر تأكيدها
email-currency-overdue-body =
    { $count ->
        [zero] لا توجد إدخالات تابعة لـ{ $state } في دليل جهات الاتصال تأخر تأكيدها السنوي.
        [one] تأخر التأكيد السنوي لإدخال واحد تابع لـ{ $state } في دليل جهات الاتصال، ويظهر هذا الإدخال لكل من يطّلع عليه مشفوعًا بتنبيه إلى أنه قد لا يكون محدَّثًا:
        [two] تأخر التأكيد السنوي لإدخالين تابعين لـ{ $state } في دليل جهات الاتصال، ويظهر هذان الإدخالان لكل من يطّلع عليهما مشفوعَين بتنبيه إلى أنهما قد لا يكونان محدَّثَين:
        [few] تأخر التأكيد السنوي لـ{ $count } إدخالات تابعة لـ{ $state } في دليل جهات الاتصال، وتظهر هذه الإدخالات لكل من يطّلع عليها مشفوعةً بتنبيه إلى أنها قد لا تكون محدَّثة:
        [many] تأخر التأكيد السنوي لـ{ $count } قيدًا تابعًا لـ{ $state } في دليل جهات الاتصال، وتظهر هذه الإدخالات لكل من يطّلع عليها مشفوعةً بتنبيه إلى أنها قد لا تكون محدَّثة:
       *[other] تأخر التأكيد السنوي لـ{ $count } إدخال تابع لـ{ $state } في دليل جهات الاتصال، وتظهر هذه الإدخالات لكل من يطّلع عليها مشفوعةً بتنبيه إلى أنها قد لا تكون محدَّثة:
    }

    { $entries }

    ويتولى المشرف الوطني تأكيد أن هذه الإدخالات لا تزال صحيحة، أو تحديثها، عبر الرابط التالي:

    { $link }
desk-confirm-text = يُرجى التأكيد مرة واحدة في السنة على الأقل أن كل إدخال من الإدخالات الواردة أدناه لا يزال صحيحًا. وإذا لم يعد أحدها صحيحًا، فيُرجى تعديله أولًا.
desk-confirm-submit = تأكيد صحة جميع الإدخالات
notice-confirmed = تم تأكيد صحة جميع الإدخالات حتى تاريخ اليوم.
phone-checks-title = عمليات التحقق الهاتفي
phone-checks-none = لم تُسجَّل أي عملية تحقق هاتفي بعد.
phone-check-reached = تم الاتصال
phone-check-not-reached = لم يتم الاتصال
field-number = الرقم المطلوب
field-reached = نتيجة المكالمة
phone-check-submit = تسجيل عملية التحقق الهاتفي
notice-phone-recorded = سُجِّلت عملية التحقق الهاتفي.
err-reached = يُرجى تحديد ما إذا كانت المكالمة قد أتاحت الوصول إلى جهة الاتصال.
err-phone-not-of-entry = هذا الرقم ليس من أرقام هذا الإدخال.
messages-title = المراسلات
messages-lead = المراسلات المتبادلة بين دولتكم والدول الأخرى. ويُخزَّن محتواها مشفَّرًا، ولا يُعرض إطلاقًا على الجهة الأمينة.
messages-new = رسالة جديدة
messages-to = إلى
messages-from = من
messages-template = النموذج
messages-compose = تحرير الرسالة
messages-threads = المراسلات المتبادلة
messages-alert = تنبيه
messages-alert-new = تنبيه موجَّه إلى عدة دول
messages-alert-hint = رسالة واحدة توجَّه في آن واحد إلى عدة دول مشاركة أو إلى جميعها. وتتلقى كل دولة نسختها الخاصة وتؤكد استلامها على حدة.
messages-alert-all = جميع الدول المشاركة
messages-alert-to = { $count ->
        [zero] إلى { $count } دولة:
        [one] إلى دولة واحدة:
        [two] إلى دولتين:
        [few] إلى { $count } دول:
        [many] إلى { $count } دولةً:
       *[other] إلى { $count } دولة:
    }
messages-none = لم ترسل دولتكم أي رسالة ولم تتلقَّ أي رسالة حتى الآن.
messages-col-date = تاريخ الإرسال
messages-col-with = الدولة الأخرى
messages-col-urgency = درجة الاستعجال
messages-col-tlp = TLP
messages-col-poc = جهة الاتصال
messages-sent-to = أُرسلت إلى { $state }
messages-received-from = وردت من { $state }
messages-status-waiting = بانتظار تأكيد الاستلام
messages-status-acknowledged = أُكِّد الاستلام
messages-status-answered = تم الرد
messages-recipients = المرسَل إليهم
messages-recipients-hint = يُرجى توجيه الرسالة إلى جميع جهات الاتصال من نوع معيّن، أو اختيار جهات اتصال بعينها. ويُبيَّن الوقت المحلي لكل منها ومدى توافرها على مدار الساعة.
messages-all-of-type = جميع جهات الاتصال من النوع التالي: { $type }
messages-tlp = علامة بروتوكول إشارات المرور (TLP)
messages-tlp-hint = TLP:RED: المرسَل إليهم المحددون بالاسم فقط. TLP:AMBER+STRICT: المنظمة المتلقية فقط. TLP:AMBER: المنظمة المتلقية ومن تقتضي الحاجة اطلاعهم على المعلومات. TLP:GREEN: المجتمع المعني. TLP:CLEAR: دون إدخالات.
messages-code = الرمز الذي يعرضه تطبيق المصادقة
messages-code-hint = لا يلزم إلا لإرسال رسالة بعلامة TLP:RED، إذ يؤكد أنكم أنتم من يرسلها.
messages-fields-hint = يُرجى ملء ما هو معروف من معلومات. ويجوز ترك أي حقل فارغًا.
messages-expected = (متوقَّع)
messages-send = إرسال
messages-sent-at = تاريخ الإرسال
messages-ack-due = الموعد المتوقع لتأكيد الاستلام
messages-acknowledged = تاريخ تأكيد الاستلام
messages-responded = الرد الأول
messages-recipient-count = { $count ->
    [zero] { $count } جهة اتصال
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $count } جهات اتصال
    [many] { $count } جهة اتصال
   *[other] { $count } جهة اتصال
}
messages-acknowledge = تأكيد الاستلام
messages-escalated-1 = أُبلغت بها جهات الاتصال الأخرى التابعة للدولة المتلقية في { $date } ({ $count ->
        [zero] { $count } عنوان
        [one] عنوان واحد
        [two] عنوانان
        [few] { $count } عناوين
        [many] { $count } عنوانًا
       *[other] { $count } عنوان
    }).
messages-escalated-2 = أُبلغ بها المشرفون الوطنيون للدولة المتلقية في { $date } ({ $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }).
messages-reply = الرد
messages-forwarded-note = أُتيحت هذه المعلومات بموافقة { $state }. نطاق المشاركة: { $scope }
attachments-title = المرفقات
attachment-size = { $kb } كيلوبايت
attachments-add = إرفاق ملف
attachments-hint = يمكن إرفاق سجلات الأحداث أو التقارير أو لقطات الشاشة التي لا يتجاوز حجمها { $kb } كيلوبايت، بصيغة PDF أو PNG أو JPEG أو ZIP أو gzip أو بصيغة نصية (.txt أو .log أو .csv أو .json أو .xml). وتُخزَّن الملفات مشفَّرةً.
attachments-submit = إرفاق
consent-title = مشاركة المعلومات مع دولة ثالثة
consent-lead = تظل المعلومات الواردة سرية. ولإحالتها إلى دولة ثالثة، يُرجى طلب موافقة الدولة المصدر من هنا؛ فتمنح الدولة المصدر موافقتها أو ترفضها، ويُسجَّل القرار. ولا يمكن إحالة أي شيء دون موافقة.
consent-asked-for = طلب مقدَّم في { $date } لمشاركة المعلومات مع { $state }:
consent-pending = بانتظار قرار الدولة المصدر
consent-granted = مُنحت الموافقة في { $date }
consent-refused = رُفضت الموافقة في { $date }
consent-forwarded = تمت الإحالة
consent-grant = منح الموافقة
consent-refuse = رفض
consent-forward = الإحالة إلى { $state }
consent-third = الدولة الثالثة
consent-scope = المعلومات التي تودون مشاركتها وسبب ذلك
consent-ask = طلب موافقة الدولة المصدر
messages-record-title = سجل المراسلات المتبادلة
messages-record-json = تصدير السجل (JSON)
messages-record-lead = جميع المراسلات المتبادلة المتعلقة بـ{ $state }، بمحتواها وتوقيتاتها، لأغراض الطباعة أو الحفظ.
templates-title = نماذج المراسلات
templates-lead = تتراسل الدول فيما بينها باستخدام هذه النماذج. ويؤدي تنقيح أي نموذج إلى إنشاء نسخة جديدة منه، وتحتفظ كل رسالة بنسخة النموذج التي حُرِّرت بها.
templates-definition = النموذج (JSON)
templates-definition-hint = الصق نموذجًا واحدًا، أو قائمة كما يعطيها التنزيل. فالمفتاح (key) المعروف يُنشئ إصدارًا جديدًا، والمفتاح الجديد يُنشئ نموذجًا جديدًا، ويبقى النموذج غير المعدَّل كما هو. ولكل حقل اسم (name)، ونوع (kind: text أو textarea أو date)، وبيان ما إذا كان متوقَّعًا (expected)، وتسمية (label) باللغات الست جميعها.
templates-save = حفظ النموذج
templates-version = النسخة { $version }
err-template-json = هذا النموذج غير صالح. يُرجى التحقق من صيغة JSON، ومن أن كل حقل يتضمن الخصائص التالية: name، kind (text أو textarea أو date)، expected، label.
err-template-key = يجب أن يتألف المفتاح وكل اسم حقل من 2 إلى 40 حرفًا من الأحرف اللاتينية الصغيرة (a-z) أو الشرطات السفلية (_).
err-template-fields = يجب أن يتضمن النموذج ما بين 1 و40 حقلًا، لكل منها اسم خاص به.
err-template-labels = يجب إدخال العنوان وكل تسمية باللغات الست جميعها: ar, zh, en, fr, ru, es.
err-template-unchanged = هذا النموذج مطابق لنسخته الحالية.
usage-lead = { $count ->
        [zero] تبادلت الدول حتى الآن { $count } رسالة. ولا تُعرض هنا سوى الأعداد، إذ لا تطّلع الجهة الأمينة إطلاقًا على محتوى المراسلات.
        [one] تبادلت الدول حتى الآن رسالة واحدة. ولا تُعرض هنا سوى الأعداد، إذ لا تطّلع الجهة الأمينة إطلاقًا على محتوى المراسلات.
        [two] تبادلت الدول حتى الآن رسالتين. ولا تُعرض هنا سوى الأعداد، إذ لا تطّلع الجهة الأمينة إطلاقًا على محتوى المراسلات.
        [few] تبادلت الدول حتى الآن { $count } رسائل. ولا تُعرض هنا سوى الأعداد، إذ لا تطّلع الجهة الأمينة إطلاقًا على محتوى المراسلات.
        [many] تبادلت الدول حتى الآن { $count } رسالة. ولا تُعرض هنا سوى الأعداد، إذ لا تطّلع الجهة الأمينة إطلاقًا على محتوى المراسلات.
       *[other] تبادلت الدول حتى الآن { $count } رسالة. ولا تُعرض هنا سوى الأعداد، إذ لا تطّلع الجهة الأمينة إطلاقًا على محتوى المراسلات.
    }
usage-by-template = حسب النوع
usage-by-urgency = حسب درجة الاستعجال
usage-by-month = حسب الشهر
usage-count = عدد الرسائل
messages-reply-send = إرسال الرد
urgency-urgent = عاجل
urgency-high = أولوية عالية
urgency-routine = عادي
notice-sent = أُرسلت الرسالة. وأُخطر المرسَل إليهم بالبريد الإلكتروني دون إدراج محتواها.
notice-replied = أُرسل الرد.
notice-alert-sent = أُرسل التنبيه. وتتلقى كل دولة نسختها الخاصة وتؤكد استلامها على حدة.
notice-attached = أُرفق الملف.
err-attachment-size = يتجاوز حجم هذا الملف الحد الأقصى المسموح به للمرفقات.
err-attachment-type = لا يمكن إرفاق ملفات من هذا النوع. يُرجى استخدام ملف بصيغة PDF أو PNG أو JPEG أو ZIP أو gzip أو ملف نصي.
err-attachment-disguised = لا يتطابق محتوى هذا الملف مع اسمه، ولذلك رُفض.
err-attachment-empty = يُرجى اختيار ملف غير فارغ.
notice-consent-asked = أُرسل طلبكم إلى الدولة المصدر.
notice-consent-decided = سُجِّل قراركم وأُبلغت به الدولة مقدِّمة الطلب.
err-consent-third = يُرجى اختيار دولة مشاركة غير الدولتين الطرفين في هذه المراسلة.
err-consent-not-recipient = لا يجوز طلب مشاركة هذه الرسالة أو إحالتها إلا للدولة التي تلقتها.
err-consent-not-originator = لا يبتّ في مشاركة هذه الرسالة إلا الدولة التي أرسلتها.
err-consent-decided = سبق البتّ في هذا الطلب.
err-consent-not-granted = لا يمكن إحالة أي شيء دون موافقة الدولة المصدر، ولا تُستخدم الموافقة إلا مرة واحدة.
err-consent-decision = يُرجى اختيار منح الموافقة أو رفضها.
email-consent-asked-subject = [{ $tlp }] طلب موافقة على مشاركة معلومات مقدَّم من { $state }
email-consent-asked-body =
    ورد إلى دولتكم طلب من { $state } للموافقة على إحالة معلومات من مراسلة متبادلة عبر دليل جهات الاتصال إلى دولة ثالثة.

    العلامة: { $tlp }

    يُرجى تسجيل الدخول للاطلاع على الطلب ومنح الموافقة أو رفضها:

    { $link }
email-consent-decided-subject = [{ $tlp }] قرار { $state } بشأن طلبكم مشاركة معلومات
email-consent-decided-body =
    صدر عن { $state } قرار بشأن طلبكم مشاركة معلومات من مراسلة متبادلة عبر دليل جهات الاتصال.

    العلامة: { $tlp }

    يُرجى تسجيل الدخول للاطلاع على القرار:

    { $link }
err-alert-pocs = يُوجَّه التنبيه إلى أنواع جهات الاتصال، لا إلى جهات اتصال بعينها.
err-tlp = يُرجى اختيار إحدى علامات TLP المعروضة.
err-urgency = يُرجى اختيار إحدى درجات الاستعجال المعروضة.
err-unknown-field = هذا الحقل ليس جزءًا من النموذج.
err-date = يُرجى إدخال التاريخ بالصيغة سنة-شهر-يوم.
err-template = يُرجى اختيار أحد النماذج المعروضة.
err-template-revised = نُقِّح النموذج أثناء تحريركم الرسالة. يُرجى نسخ نصكم، ثم فتح النسخة الجديدة، وإعادة الإرسال.
err-message-state = يُرجى اختيار إحدى الدول المشاركة.
err-second-custodian = يتحقق من التغيير المُدخل نيابةً عن دولة أمينٌ غير الأمين الذي أدخله.
err-code-tries-over = عدد كبير جدًا من الرموز الخاطئة: سجّل الدخول مجددًا بكلمة المرور.
err-message-own-state = يُرجى اختيار دولة غير دولتكم.
err-message-not-participating = هذه الدولة غير مشاركة في الدليل.
err-message-recipient = إحدى جهات الاتصال المختارة ليست من جهات الاتصال المنشورة لهذه الدولة.
err-message-no-recipient = يُرجى اختيار جهة اتصال واحدة على الأقل أو نوع واحد من أنواع جهات الاتصال.
err-message-ack-own = تأكيد الاستلام مقصور على الدولة المتلقية.
err-code-needed = يتطلب إرسال رسالة بعلامة TLP:RED رمزًا جديدًا من تطبيق المصادقة.
err-message-ack-done = سبق تأكيد الاستلام.
email-change-on-behalf-subject = أُدخل تغيير نيابةً عن دولتكم
email-change-on-behalf-body =
    أدخل أمين دليل جهات الاتصال تغييرًا على مُدخل دولتكم «{ $entity }»، مستندًا إلى طلبكم الكتابي { $reference }.

    سيتحقق منه أمين آخر قبل نشره. وإن لم تطلب دولتكم هذا التغيير، فيُرجى إبلاغ الأمين فورًا.

    { $url }
desk-held-account = أُنشئ حساب في دولتكم من خارجها، وهو معلَّق حتى { $until }. وإن لم تطلبه دولتكم، فاحظروه أدناه:
user-status-held = معلَّق حتى { $until }
user-block = حظر
hint-invite-on-behalf = أنت تُنشئ حسابًا من خارج هذه الدولة: لا يكون ذلك إلا لمسؤول وطني، بناءً على طلب كتابي من الدولة، عند استبدال مسؤوليها. ويُبلَّغ مسؤولو الدولة وبعثتها فورًا؛ وإن كان للدولة مسؤول نشط، فلا يُستخدم الحساب إلا بعد انقضاء مدة التعليق، ويجوز لهم حظره خلالها.
err-custodian-invites-admins = لا يُدعى من خارج الدولة إلا مسؤول وطني؛ أما الآخرون فيدعوهم مسؤولوها.
err-account-held = أُنشئ هذا الحساب من خارج دولتكم وهو معلَّق: أُبلغ مسؤولو دولتكم ويجوز لهم حظره. ويمكن استخدامه عند انتهاء مدة التعليق.
email-account-from-outside-subject = أنشأ الأمين حسابًا في دولتكم
email-account-from-outside-body =
    أنشأ أمين دليل جهات الاتصال حسابًا في دولتكم، مستندًا إلى طلبكم الكتابي { $reference }:

    { $name } <{ $email }>، { $role }

    وإن لم تطلب دولتكم هذا الحساب، فيُرجى إبلاغ الأمين فورًا.

    { $url }
email-account-from-outside-held-subject = أنشأ الأمين حسابًا في دولتكم: يجوز لكم حظره
email-account-from-outside-held-body =
    أنشأ أمين دليل جهات الاتصال حسابًا في دولتكم، مستندًا إلى طلبكم الكتابي { $reference }:

    { $name } <{ $email }>، { $role }

    ولا يمكن استخدامه إلا بعد { $hours } ساعة. وحتى ذلك الحين، يجوز لأي مسؤول وطني في دولتكم حظره من صفحة الدولة. وإن لم تطلب دولتكم هذا الحساب، فاحظروه وأبلغوا الأمين.

    { $url }
email-message-new-subject = [{ $tlp }] { $urgency }: رسالة من { $state }
email-message-new-body =
    وردت إلى دولتكم رسالة من { $state } عبر دليل جهات الاتصال.

    درجة الاستعجال: { $urgency }
    العلامة: { $tlp }

    يُرجى تسجيل الدخول للاطلاع عليها وتأكيد استلامها:

    { $link }

    حرصًا على السرية، لا يتضمن هذا البريد الإلكتروني نص الرسالة.
email-message-escalated-subject = [{ $tlp }] { $urgency }: رسالة من { $state } بانتظار تأكيد الاستلام
email-message-escalated-body =
    وردت إلى دولتكم رسالة من { $state } عبر دليل جهات الاتصال، ولم يُؤكَّد استلامها في غضون المهلة المتوقعة. ولذلك يُوجَّه انتباهكم إليها الآن.

    درجة الاستعجال: { $urgency }
    العلامة: { $tlp }

    يُرجى تسجيل الدخول للاطلاع عليها وتأكيد استلامها:

    { $link }

    حرصًا على السرية، لا يتضمن هذا البريد الإلكتروني نص الرسالة.
email-message-red-waiting-subject = [{ $tlp }] { $urgency }: رسالة من { $state } بانتظار الأشخاص الموجَّهة إليهم
email-message-red-waiting-body =
    أرسلت { $state } رسالة مصنّفة TLP:RED إلى أشخاص مسمَّين في دولتكم عبر دليل جهات الاتصال، ولم يُؤكَّد استلامها في غضون المهلة المتوقعة.

    درجة الاستعجال: { $urgency }

    TLP:RED: لا يطّلع عليها إلا الأشخاص الموجَّهة إليهم، ولا يمنحكم هذا البريد أي اطلاع عليها. يُرجى التأكد من أنهم يسجّلون الدخول ويؤكدون الاستلام.
email-message-reply-subject = [{ $tlp }] رد من { $state }
email-message-reply-body =
    ورد رد من { $state } في إطار مراسلة متبادلة مع دولتكم عبر دليل جهات الاتصال.

    درجة الاستعجال: { $urgency }
    العلامة: { $tlp }

    يُرجى تسجيل الدخول للاطلاع عليه:

    { $link }

    حرصًا على السرية، لا يتضمن هذا البريد الإلكتروني نص الرد.
seconds = { $count ->
    [zero] { $count } ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}
hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
field-phone = الهاتف
field-last-check = آخر فحص للاتصال
last-check-answered = ردّ خلال { $duration } (فحص { $date })
last-check-waiting = في انتظار الرد (فحص { $date })
last-check-unanswered = لم يرد (فحص { $date })
last-check-unreachable = تعذّر الوصول إليه (فحص { $date })
last-check-none = لم يُفحص بعد
entry-rejected = لم يُنشر هذا التغيير ({ $when }).
entry-correct = التصحيح وإعادة التقديم
desk-rejected = تغييرات لم تُنشر: للتصحيح وإعادة التقديم
timezone-label = { $zone } ({ $city })
timezone-choice = { $city } ({ $country }) — { $zone }
timezone-choice-alone = { $city } — { $zone }
phone-ext = تحويلة { $ext }
region-none = لا تنتمي إلى أي مجموعة إقليمية
home-progress-reached = عدد الدول المشاركة: { $count }؛ وكان يلزم { $threshold } دولة لكي تصبح الشبكة جاهزة للعمل.
percent = ⁦{ $value }%⁩
phone-check-by = أجرى الاتصال: { $who }
checks-scope = نطاق الفحص:
scope-all = جميع جهات الاتصال
results-recheck = { $count ->
    [zero] إعادة فحص جهات الاتصال التي لم ترد
    [one] إعادة فحص جهة الاتصال التي لم ترد
    [two] إعادة فحص جهتي الاتصال اللتين لم تردا
    [few] إعادة فحص { $count } جهات اتصال لم ترد
    [many] إعادة فحص { $count } جهة اتصال لم ترد
   *[other] إعادة فحص { $count } جهة اتصال لم ترد
}
scope-recheck = جهات الاتصال التي لم ترد على فحص سابق
outbox-search = المستلم أو الموضوع
outbox-count = { $count ->
    [zero] لا توجد رسائل.
    [one] رسالة واحدة.
    [two] رسالتان.
    [few] { $count } رسائل.
    [many] { $count } رسالة.
   *[other] { $count } رسالة.
}
audit-action-access-rejected = رُفض طلب الانضمام
audit-action-access-requested = طُلب الانضمام
audit-action-campaign-launched = بدأ فحص الاتصال
audit-action-campaign-rechecked = أُعيد فحص جهات الاتصال التي لم ترد
audit-action-campaign-scheduled = نُفِّذ الفحص المجدول
audit-action-change-submitted = قُدِّم تغيير
audit-action-change-published = تُحقِّق من التغيير ونُشر
audit-action-change-rejected = رُفض التغيير
audit-action-check-acknowledged = أُكِّد استلام الفحص
audit-action-check-bounced = ارتدت رسالة الفحص
audit-action-checks-escalated = صُعِّدت الفحوص التي لم يُرد عليها
audit-action-checks-exported = صُدِّرت نتائج الفحص
audit-action-checks-reminded = أُرسلت تذكيرات
audit-action-consent-requested = طُلبت الموافقة على المشاركة
audit-action-consent-granted = مُنحت الموافقة على المشاركة
audit-action-consent-refused = رُفضت الموافقة على المشاركة
audit-action-demo-loaded = حُمِّلت بيانات العرض التوضيحي
audit-action-directory-exported = صُدِّر الدليل
audit-action-entries-confirmed = أُكِّدت صحة الإدخالات
audit-action-login-failed = رُفض تسجيل الدخول
audit-action-login-mfa-failed = رمز العامل الثاني خاطئ
audit-action-login-password-ok = قُبلت كلمة المرور
audit-action-login-succeeded = سُجِّل الدخول
audit-action-login-throttled = أُبطئ تسجيل الدخول
audit-action-message-acknowledged = أُكِّد استلام الرسالة
audit-action-message-attached = أُرفق ملف
audit-action-message-escalated = صُعِّدت الرسالة
audit-action-message-forwarded = أُحيلت الرسالة
audit-action-message-replied = أُرسل رد
audit-action-message-sent = أُرسلت رسالة
audit-action-messages-record = صُدِّر سجل المراسلات
audit-action-phone-check-recorded = سُجِّل فحص هاتفي
audit-action-problem-reported = أُبلغ عن مشكلة
audit-action-problem-resolved = حُلَّت المشكلة
audit-action-session-revoked = أُنهيت الجلسة
audit-action-state-account-mode = تغيّرت سياسة الحسابات
audit-action-state-admitted = قُبلت الدولة
audit-action-template-saved = حُفظ النموذج
audit-action-user-created = أُنشئ حساب
audit-action-user-from-outside = أُنشئ حساب من خارج الدولة
audit-action-user-invited = دُعي مستخدم
audit-action-user-locale = تغيّرت اللغة
audit-action-user-mfa-enrolled = سُجِّل تطبيق المصادقة
audit-action-user-password-set = عُيِّنت كلمة المرور
audit-action-user-recovery-codes = أُنشئت رموز الاسترداد
audit-action-user-enabled = فُعِّل الحساب
audit-action-user-disabled = عُطِّل الحساب
hint-audit-actor = دور (custodian أو national_admin أو member) أو رمز دولة أو معرّف حساب
audit-from = من
audit-to = إلى
audit-older = إدخالات أقدم
audit-none = لا يوجد إدخال مطابق.
your-time = (بتوقيتك { $time })
attention-title = ما يحتاج إلى متابعة
attention-none = لا شيء حاليًا.
attention-requests = { $count ->
    [zero] لا توجد طلبات انضمام
    [one] طلب انضمام واحد بانتظار القرار
    [two] طلبا انضمام بانتظار القرار
    [few] { $count } طلبات انضمام بانتظار القرار
    [many] { $count } طلبًا للانضمام بانتظار القرار
   *[other] { $count } طلب انضمام بانتظار القرار
}
attention-overdue-all = { $count ->
    [zero] لا توجد إدخالات متأخرة
    [one] الإدخال المتأخر
    [two] الإدخالان المتأخران
    [few] الإدخالات المتأخرة الـ{ $count }
    [many] الإدخالات المتأخرة الـ{ $count }
   *[other] الإدخالات المتأخرة الـ{ $count }
}
attention-silent = عناوين لم ترد في آخر فحصين
attention-unreachable = عناوين ارتدت رسائلها أو تعذّر الوصول إليها
attention-escalations = تصعيدات لم تصل إلى أحد
attention-escalation = من { $from } إلى { $to }
attention-see-state = إدخالات الدولة
attention-email = رسائل لم تُسلَّم في الوقت المحدد
attention-attempts = { $count ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولة
   *[other] { $count } محاولة
}
checks-preview-who = جهات الاتصال التي ستُفحص
results-remind = { $count ->
    [zero] تذكير العناوين التي لم ترد الآن
    [one] تذكير العنوان الذي لم يرد الآن
    [two] تذكير العنوانين اللذين لم يردا الآن
    [few] تذكير { $count } عناوين لم ترد الآن
    [many] تذكير { $count } عنوانًا لم يرد الآن
   *[other] تذكير { $count } عنوان لم يرد الآن
}
results-remind-hint = يتلقى كل عنوان فورًا تذكيرًا برابط جديد، ثم يُحسب التصعيد إلى الدولة من هذا التذكير.
notice-reminded = يجري إرسال التذكيرات.
err-campaign-closed = أُغلق هذا الفحص: لم يبقَ من يُذكَّر. أعد فحص جهات الاتصال بدلًا من ذلك.
err-campaign-none-to-remind = تلقت جميع العناوين التي لم ترد تذكيرها بالفعل.
audit-action-campaign-reminded = تذكير يدوي لمن لم يردوا
checks-trend-same-scope = لا تُقارن إلا الفحوص ذات النطاق نفسه: فلا توضع فحوص منطقة بجانب فحوص الدليل كله.
checks-trend-count = { $count ->
    [zero] لا فحوص
    [one] فحص واحد
    [two] فحصان
    [few] { $count } فحوص
    [many] { $count } فحصًا
   *[other] { $count } فحص
}
checks-trend-show = عرض
checks-trend-one = لا يوجد حتى الآن سوى فحص واحد بهذا النطاق.
checks-trend-scope = الفحوص الخاصة بـ
poc-types-title = أنواع جهات الاتصال
poc-types-lead = تُتاح جهات الاتصال الدبلوماسية والتقنية دائمًا. ولا تُتاح الأنواع الأخرى إلا إذا فعّلتها الجهة الأمينة.
poc-types-offered = الأنواع التي يمكن للدول تسميتها
poc-types-core = متاح دائمًا
poc-types-entries = { $count ->
    [0] لا إدخالات منشورة
    [zero] لا إدخالات منشورة
    [one] إدخال منشور واحد
    [two] إدخالان منشوران
    [few] { $count } إدخالات منشورة
    [many] { $count } إدخالًا منشورًا
   *[other] { $count } إدخال منشور
}
poc-types-changed = عُدّل في { $date }
poc-types-effect = لا يمكن تسمية نوع لم يعد متاحًا. وتبقى إدخالاته الحالية منشورة ومقروءة، ويظل بوسع دولها تحديثها أو سحبها.
poc-types-save = حفظ الأنواع المتاحة
err-poc-type-not-offered = هذا النوع من جهات الاتصال غير متاح في هذا الدليل. اختر نوعًا آخر.
audit-action-poc-types-changed = تغيير أنواع جهات الاتصال المتاحة
templates-new = نموذج جديد
templates-col-title = العنوان
templates-col-key = المفتاح
templates-col-version = الإصدار الساري
templates-col-fields = الحقول
templates-json = الاستيراد والتصدير بصيغة JSON
templates-export = تنزيل جميع النماذج بصيغة JSON
templates-export-one = تنزيل بصيغة JSON
templates-import = استيراد
templates-revise-hint = يُنشئ الحفظ إصدارًا جديدًا. وتحتفظ الرسائل المكتوبة من قبل بالإصدار الذي كُتبت به.
templates-key = المفتاح
templates-key-hint = من 2 إلى 40 حرفًا لاتينيًا صغيرًا أو شرطة سفلية، مثل cyber_incident. لا يمكن تغييره لاحقًا.
templates-form-title = العنوان باللغات الست
templates-field-n = الحقل { $n }
templates-field-add = إضافة حقل
templates-field-add-hint = املأ هذا لإضافة حقل، واتركه فارغًا إن لم ترد ذلك.
templates-field-name = الاسم
templates-field-name-hint = حروف لاتينية صغيرة أو شرطات سفلية.
templates-field-kind = النوع
templates-kind-text = سطر واحد
templates-kind-textarea = عدة أسطر
templates-kind-date = تاريخ
templates-field-position = الموضع
templates-field-expected = متوقَّع: يُعرض على أنه متوقَّع، وإن جاز تركه فارغًا
templates-field-label = التسمية باللغة { $language }
templates-field-remove = إزالة هذا الحقل من الإصدار التالي
templates-add-field = إضافة حقل آخر
err-template-key-taken = يوجد نموذج بهذا المفتاح بالفعل. افتحه لتنقيحه، أو اختر مفتاحًا آخر.
templates-built-in = الأصلية
err-shell-role = يجب أن يكون الدور custodian أو national_admin أو member.
err-shell-custodian-state = لا تنتمي الجهة الأمينة إلى أي دولة: احذف --state.
err-shell-state-needed = ينتمي المسؤول الوطني أو العضو إلى دولة: اذكر رمزها في ISO مع --state.
err-shell-no-account = لا يوجد حساب بعنوان البريد الإلكتروني هذا.
err-shell-not-active = هذا الحساب غير مفعّل: لا يمكن إعادة تعيين عامل التحقق الثاني فيه.
err-shell-exists = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.
audit-action-user-mfa-reset = إعادة تعيين عامل التحقق الثاني من سطر الأوامر
checkpoint-title = نقطة تحقق موقَّعة من سجل التدقيق
checkpoint-hint = احتفظ بنسخة من كل نقطة تحقق خارج pocdir. فهي موقَّعة بمفتاح محفوظ خارج قاعدة البيانات، وتتيح لأي أحد أن يثبت لاحقًا، باستخدام الأمر أدناه، أن تاريخ السجل لم يُعَد كتابته منذ ذلك الحين.
checkpoint-download = { $count ->
    [zero] تنزيل نقطة التحقق ({ $date })
    [one] تنزيل نقطة التحقق لإدخال واحد ({ $date })
    [two] تنزيل نقطة التحقق لإدخالين ({ $date })
    [few] تنزيل نقطة التحقق لـ{ $count } إدخالات ({ $date })
    [many] تنزيل نقطة التحقق لـ{ $count } إدخالًا ({ $date })
   *[other] تنزيل نقطة التحقق لـ{ $count } إدخال ({ $date })
}
tokens-title = رموز واجهة البرمجة
tokens-lead = يتيح الرمز لبرنامج، مثل أدوات فريق الاستجابة الوطني لديكم، استخدام واجهة برمجة الدليل نيابةً عنكم. ولا يستطيع إلا ما تستطيعونه، وفي حدود النطاقات التي تمنحونها له فقط.
tokens-created = أُنشئ الرمز «{ $name }».
tokens-secret = الرمز
tokens-shown-once = انسخوه الآن واحفظوه في مكان آمن: لا يُعرض إلا هذه المرة، ولا يحتفظ pocdir إلا ببصمته.
col-token-name = الاسم
col-token-scopes = النطاقات
col-token-expires = ينتهي في
col-last-used = آخر استخدام
tokens-revoked = مُلغى
tokens-expired = منتهي الصلاحية
tokens-never-used = لم يُستخدم
tokens-new = رمز جديد
tokens-name = الاسم
tokens-name-hint = ما هو البرنامج، لتتعرّفوا عليه لاحقًا، مثل «نظام تذاكر فريق الاستجابة».
tokens-scopes = ما يُسمح له به
tokens-days = مدة الصلاحية (بالأيام)
tokens-days-hint = من يوم واحد إلى { $max } يومًا.
tokens-create = إنشاء الرمز
tokens-how = يرسل البرنامج الرمز في الترويسة «Authorization: Bearer» متبوعةً بالرمز، إلى العناوين تحت ‎/api/v1. أما إرسال TLP:RED فيتطلب دائمًا حضوركم في البوابة مع أداة المصادقة.
scope-directory-read = قراءة الدليل: الدول والمدخلات والبحث والتصدير.
scope-directory-write = تقديم تغييرات على مدخلات دولتكم والإبلاغ عن المشكلات.
scope-checks = الاطلاع على نتائج فحوص دولتكم وتأكيد استلام الفحوص.
scope-messages = إرسال الاتصالات بين الدول وقراءتها وتأكيد استلامها (عدا TLP:RED).
scope-custodian = عمل الجهة الأمينة: التغييرات المطلوب التحقق منها، والقبول، والفحوص، وإحصاءات الاستخدام.
err-token-name = أعطوا الرمز اسمًا لا يتجاوز 80 حرفًا.
err-token-scopes = اختاروا نطاقًا واحدًا على الأقل من النطاقات المعروضة.
err-token-days = أدخلوا عددًا صحيحًا من الأيام بين 1 و365.
notice-token-revoked = لم يعد ذلك الرمز يعمل.
audit-action-token-created = أُنشئ رمز لواجهة البرمجة
audit-action-token-revoked = أُلغي رمز لواجهة البرمجة
audit-action-token-used = استُخدم رمز لواجهة البرمجة
api-token-missing = أرسلوا رمزًا شخصيًا لواجهة البرمجة في الترويسة Authorization: كلمة «Bearer» متبوعةً بالرمز.
api-token-unknown = هذا الرمز غير معروف. تحققوا من نسخه كاملًا، أو أنشئوا رمزًا جديدًا في صفحة حسابكم.
api-token-expired = انتهت صلاحية هذا الرمز. أنشئوا رمزًا جديدًا في صفحة حسابكم.
api-token-revoked = أُلغي هذا الرمز، أو عُطّل حسابه. لم يعد يعمل.
api-rate-limited = طلبات كثيرة جدًا بهذا الرمز. انتظروا دقيقة ثم أعيدوا المحاولة.
api-not-found = لا يوجد شيء في هذا العنوان من واجهة البرمجة.
api-method-not-allowed = هذا العنوان من واجهة البرمجة لا يقبل هذه الطريقة.
api-too-large = الطلب كبير جدًا.
api-content-type = أرسلوا JSON مع الترويسة Content-Type: application/json.
api-bad-request = تعذّرت قراءة الطلب: أحد المعاملات غير معروف أو من نوع خاطئ.
api-cursor-invalid = لم يُنشأ هذا المؤشر لهذا الاستعلام. ابدؤوا من جديد بلا مؤشر واتبعوا next_cursor.
api-json-malformed = جسم الطلب ليس JSON سليم البنية.
api-json-unknown-field = يحتوي جسم الطلب على حقل لا تعرفه واجهة البرمجة هذه. أرسلوا الحقول الموثّقة فقط.
api-json-wrong-type = أحد حقول جسم الطلب من نوع خاطئ: نص أو قائمة نصوص أو عدد، كما هو موثّق.
err-red-needs-person = لا يرسل TLP:RED إلا شخص في البوابة برمز جديد من أداة المصادقة، وليس أبدًا برمز واجهة البرمجة.
tokens-revoke = إلغاء الرمز
tokens-revoke-named = إلغاء الرمز «{ $name }»
api-ref-title = مرجع واجهة البرمجة
api-ref-lead = تقرأ البرامج، مثل نظام التذاكر لدى فريق وطني للاستجابة لحوادث الحاسوب، الدليلَ وتعدّله عبر هذه الواجهة، كما يفعل الأشخاص في البوابة. الردود بصيغة JSON، بمفاتيح باللغة الإنكليزية لا تتغير ضمن الإصدار 1.
api-ref-auth = يحمل كل طلب رمزًا شخصيًا يُنشأ في صفحة حسابك، في الترويسة Authorization: كلمة «Bearer» يليها الرمز. لا يتيح الرمز أبدًا أكثر مما يحق لصاحبه، ولا إلا ما تسمح به نطاقاته. يتطلب الإرسال بتصنيف TLP:RED شخصًا برمز تحقق حديث، فلا يمكن لأي رمز القيام به.
api-ref-english = أسماء العمليات في هذه الصفحة بلغتك؛ أما المفاتيح والأنواع وأوصاف الحقول فبالإنكليزية، كما في مستند OpenAPI.
api-ref-download = مستند OpenAPI 3.1 (JSON)
api-ref-contents = المحتويات
api-ref-types = أنواع البيانات
api-ref-problems = المشكلات
api-ref-problems-lead = الرفض مشكلةٌ وفق RFC 9457 (application/problem+json): رمز ثابت للبرامج، وعنوان باللغة المطلوبة في Accept-Language. وعند إدخال غير صالح تُذكر أيضًا كل خانة خاطئة وكيفية تصحيحها.
api-ref-name = الاسم
api-ref-type = النوع
api-ref-required = إلزامي
api-ref-description = الوصف
api-ref-yes = نعم
api-ref-no = لا
api-ref-scope = النطاق
api-ref-body = متن الطلب
api-ref-answer = الرد
api-ref-parameters = المعاملات
api-ref-fields = الحقول
api-ref-code = الرمز
api-ref-meaning = المعنى
footer-api = واجهة برمجة للبرامج
tokens-reference = كيف يستخدم برنامجٌ الرمز: مرجع واجهة البرمجة
api-tag-tokens = الرمز
api-tag-directory = قراءة الدليل
api-tag-submissions = مُدخلات الدولة
api-tag-checks = فحوص الاتصال
api-tag-messages = المراسلات بين الدول
api-tag-custodian = عمل الجهة القائمة على الدليل
api-op-get-me = الرمز المستخدم، ومن يعمل باسمه
api-op-list-states = عرض الدول المشاركة
api-op-list-state-entries = عرض مُدخلات دولة المنشورة
api-op-search-entries = البحث في الدليل وتصفيته
api-op-get-entry = قراءة مُدخل واحد
api-op-get-entry-history = قراءة سجل مُدخل
api-op-nominate-entry = ترشيح مُدخل
api-op-update-entry = تعديل مُدخل
api-op-withdraw-entry = سحب مُدخل
api-op-confirm-state-entries = تأكيد أن جميع مُدخلات الدولة محدَّثة
api-op-report-problem = الإبلاغ عن مشكلة في مُدخل
api-op-list-pending-checks = عرض فحوص الدولة التي تنتظر ردًا
api-op-acknowledge-check = الإقرار بفحص
api-op-list-threads = عرض مراسلات الدولة
api-op-get-thread = قراءة مراسلة
api-op-send-communication = إرسال مراسلة من قالب
api-op-acknowledge-thread = الإقرار باستلام مراسلة
api-op-reply-to-thread = الرد على مراسلة
api-op-list-changes = عرض التغييرات التي تنتظر التحقق
api-op-get-change = قراءة تغيير وما يعدّله
api-op-verify-change = التحقق من تغيير ونشره
api-op-reject-change = رفض تغيير
api-op-list-access-requests = عرض طلبات الانضمام
api-op-admit-access-request = قبول طلب انضمام
api-op-reject-access-request = رفض طلب انضمام
api-op-launch-check = بدء فحص اتصال
api-op-get-usage = قراءة إحصاءات الاستخدام
api-op-export-directory = تصدير الدليل بصيغة CSV أو JSON أو vCard
api-op-list-campaigns = عرض حملات الفحص
api-op-get-campaign-results = قراءة نتائج حملة
api-op-get-record = الحصول على سجل مراسلات الدولة
api-op-ask-consent = طلب الموافقة على المشاركة مع دولة ثالثة
api-op-decide-consent = منح الموافقة أو رفضها
api-op-forward-under-consent = الإحالة بموجب موافقة ممنوحة
err-regional-name = اذكر اسم الدليل، بما لا يزيد على 80 حرفًا: مثل «منظمة الأمن والتعاون في أوروبا».
err-regional-name-taken = يوجد دليل مسجل بهذا الاسم. ألغِه أولًا أو اختر اسمًا آخر.
err-sharing-decision = اختر المشاركة مع هذا الدليل أو إيقافها.
err-sync-cursor = لم يصدر هذا المؤشر عن هذا التدفق. ابدأ من لقطة كاملة وأعد المؤشر الذي تعطيه.
api-resync = هذا المؤشر قديم جدًا، أو تغيّر الكثير منذ ذلك الحين: خذ لقطة جديدة ثم تابع التغييرات من مؤشرها.
regional-title = الأدلة الإقليمية
regional-lead = يحتفظ الدليل الإقليمي، مثل دليل منظمة الأمن والتعاون في أوروبا، بنسخة من مُدخلات الدول التي اختارت المشاركة معه فقط. سجّله هنا لتمنحه بيانات اعتماد؛ ثم تقرر كل دولة في صفحتها.
regional-created = تم تسجيل { $name }. سلّمه بيانات الاعتماد هذه عبر قناة آمنة.
regional-secret = بيانات الاعتماد
regional-name = الدليل
regional-registered = تاريخ التسجيل
regional-revoke-named = إلغاء { $name }
regional-none = لا يوجد دليل إقليمي مسجل.
regional-new = تسجيل دليل إقليمي
regional-name-hint = كما تعرفه الدول، مثل «منظمة الأمن والتعاون في أوروبا» أو «منظمة الدول الأمريكية».
regional-register = تسجيل
sharing-title = المشاركة مع الأدلة الإقليمية
sharing-lead = تقرر دولتك مع أي الأدلة الإقليمية تُشارَك مُدخلاتها. يحتفظ الدليل الذي تشارك معه بنسخة ويتلقى كل تغيير؛ وعند الإيقاف يُطلب منه حذفها.
sharing-status = المُدخلات
sharing-on = مُشارَكة
sharing-off = غير مُشارَكة
sharing-start = مشاركة
sharing-stop = إيقاف المشاركة
sharing-start-named = المشاركة مع { $name }
sharing-stop-named = إيقاف المشاركة مع { $name }
notice-sharing-granted = أصبحت مُدخلاتك مُشارَكة مع هذا الدليل.
notice-sharing-revoked = توقفت المشاركة. طُلب من الدليل حذف مُدخلاتك.
api-tag-regional = الأدلة الإقليمية
api-op-sync-snapshot = أخذ لقطة للمُدخلات المُشارَكة
api-op-sync-changes = متابعة التغييرات منذ مؤشر
api-op-sync-teams = قراءة المُدخلات المُشارَكة بصيغة Global IRT
audit-action-regional-registered = تسجيل دليل إقليمي
audit-action-regional-revoked = إلغاء دليل إقليمي
audit-action-regional-used = مزامنة دليل إقليمي
audit-action-sharing-granted = منح المشاركة مع دليل إقليمي
audit-action-sharing-revoked = إلغاء المشاركة مع دليل إقليمي
regional-revoke = إلغاء
regional-reference = ما يقرؤه الدليل الإقليمي وكيف: مرجع واجهة البرمجة
import-title = استيراد دليل إقليمي
import-lead = يصبح كل صف في الملف تغييرًا باسم دولته، ينتظر التحقق كأي تغيير آخر، مع ذكر الملف مصدرًا له. لا يُنشر شيء مباشرة. افحص الملف أولًا: لا يكتب الفحص شيئًا ويبيّن ما سيفعله كل صف.
import-file-refused = تعذّرت قراءة الملف؛ لم يتغير شيء:
import-checked = ما سيفعله الاستيراد
import-done = تم الاستيراد
import-has-errors = { $count ->
    [one] في صف واحد خطأ. لم يُكتب شيء: صحّح الملف وافحصه مرة أخرى.
   *[other] في { $count } صفوف أخطاء. لم يُكتب شيء: صحّح الملف وافحصه مرة أخرى.
}
import-ready = كل الصفوف سليمة. لم يُكتب شيء بعد: اختر الملف نفسه مرة أخرى واستورده.
import-submitted = تنتظر التغييرات التحقق، كلٌّ باسم دولته؛ وقد أُبلغت الدول.
import-new = جديدة
import-update = تحديثات
import-unchanged = دون تغيير
import-invalid = أخطاء
import-row = الصف
import-outcome = النتيجة
import-see-entry = المُدخل
import-again = فحص ملف أو استيراده
import-file = الملف
import-file-hint = CSV أو JSON، بحد أقصى { $max } صف.
import-source = المصدر
import-source-hint = يُسجَّل على كل تغيير، مثل «قائمة منظمة الأمن والتعاون في أوروبا بتاريخ 1 ديسمبر 2026». اسم الملف إن تُرك فارغًا.
import-check = فحص الملف
import-submit = استيراد
import-formats = الملفات التي يقرؤها pocdir
import-format-csv = ملف CSV بترميز UTF-8 بهذه الترويسة (بأي ترتيب؛ الحقول state وpoc_type وentity وemails إلزامية؛ القوائم مفصولة بـ«;»؛ الهاتف المنتهي بـ«24/7» يُجاب على مدار الساعة):
import-format-pocdir = JSON بصيغة التصدير الخاصة بـpocdir (تصدير «JSON» للدليل، أو GET /api/v1/export/json).
import-format-irt = JSON بصيغة Global IRT (قائمة فرق، أو غلافها مع «data»)؛ وتُقرأ أيضًا الحقول المسبوقة بـ«-pocdir-»، ويُعدّ الفريق جهة اتصال تقنية ما لم تذكر خلاف ذلك.
import-matching = يحدّث الصف المُدخل الذي يذكر معرّفه، وإلا فمُدخل الدولة من النوع نفسه الذي يشاركه عنوان بريد؛ وإلا فيرشّح مُدخلًا جديدًا. والصف الذي يطابق ما هو منشور أو ما ينتظر التحقق لا يغيّر شيئًا، فلا يغيّر استيراد الملف نفسه مرة أخرى شيئًا.
field-row = الصف
field-file = الملف
err-import-encoding = الملف ليس نصًا بترميز UTF-8. احفظه بترميز UTF-8 (CSV UTF-8 أو JSON) ثم أعد المحاولة.
err-import-empty = لا يحتوي الملف على صفوف. اختر ملف CSV بترويسته وصفوفه، أو ملف JSON.
err-import-too-many = يحتوي الملف على أكثر من { $max } صف. قسّمه إلى ملفات أصغر.
err-import-csv = تعذّرت قراءة ترويسة CSV. يجب أن يسمّي السطر الأول الأعمدة مفصولة بفواصل.
err-import-csv-line = تعذّرت قراءة السطر { $line }: فيه أعمدة أكثر أو أقل من الترويسة، أو علامة اقتباس غير مغلقة.
err-import-column = العمود «{ $column }» ليس مما يقرؤه pocdir. استخدم الترويسة الموثّقة أدناه.
err-import-column-missing = العمود «{ $column }» مفقود. أضفه إلى الترويسة.
err-import-json = الملف ليس JSON سليم البنية.
err-import-json-shape = ليس هذا الـJSON تصديرًا من pocdir (كائنًا فيه «entries») ولا بصيغة Global IRT (قائمة فرق، أو كائنًا فيه «data»).
err-import-pending = يوجد تغيير آخر على هذا المُدخل ينتظر التحقق. انتظر قرار الجهة القائمة على الدليل ثم استورد مجددًا.
err-import-unknown-id = لا يوجد مُدخل لهذه الدولة بهذا المعرّف. اترك المعرّف فارغًا لترشيح مُدخل جديد.
email-import-to-verify-subject = { $count } من التغييرات المستوردة بانتظار التحقق
email-import-to-verify-body = 
    قدّم استيراد ({ $source }) { $count } من التغييرات باسم الدول. ينتظر كلٌّ منها التحقق كأي تغيير آخر:

    { $url }
email-import-on-behalf-subject = استُوردت تغييرات على مُدخلات دولتك
email-import-on-behalf-body = 
    استوردت الجهة القائمة على الدليل ملف دليل إقليمي ({ $source })، فنتج عنه { $count } من التغييرات على مُدخلات دولتك باسمها. يتحقق شخص آخر من الجهة القائمة من كل تغيير قبل نشره. إن لم توافق دولتك على ذلك، فأبلغ الجهة القائمة فورًا.

    { $url }
audit-action-directory-imported = استيراد دليل إقليمي
err-shell-not-custodian = هذا الحساب ليس لجهة قائمة نشطة. اذكر حساب شخص من الجهة القائمة على الدليل.
err-page-cursor = لم تُصدر هذه القائمة هذا المؤشر. ابدأ من جديد دون مؤشر، واتبع next_cursor.
page-first = العودة إلى الصفحة الأولى
err-page-limit = تضم الصفحة من 1 إلى 500 عنصر. اطلب عددًا ضمن هذا النطاق.
api-op-attach-file = إرفاق ملف بمراسلة
api-op-get-attachment = تنزيل الملف المرفق بمراسلة
guide-nav = دليل نقاط الاتصال
guide-title = دليل نقاط الاتصال: كيف تستخدم الدليل
guide-lead = للدبلوماسيين وجهات الاتصال التقنية الجدد على الدليل: الغرض منه، وكيفية المشاركة فيه، وما يجب فعله عند وصول رسالة.
guide-contents = المحتويات
guide-purpose-title = الغرض من الدليل
guide-purpose-1 = يذكر الدليل، لكل دولة مشاركة، الأشخاص الذين يُتصل بهم عند وقوع حادث خطير في مجال تكنولوجيا المعلومات والاتصالات: جهات اتصال دبلوماسية تتحدث باسم الدولة، وجهات اتصال تقنية، غالبًا في فريق الاستجابة الوطني للطوارئ الحاسوبية، قادرة على التعامل مع الحادث.
guide-purpose-2 = غايته بناء الثقة: ففي الأزمات تصل الدولة إلى الشخص المناسب في دولة أخرى خلال دقائق، برسالة موحدة تبيّن درجة إلحاحها ومن يحق له قراءتها، وتحتفظ الدولتان بسجل للتبادل. وهو يكمّل القنوات الإقليمية والثنائية ولا يحل محلها. والمشاركة فيه طوعية.
guide-join-title = كيف تنضم الدولة
guide-join-1 = تطلب البعثة الدائمة للدولة لدى الأمم المتحدة الانضمام من صفحة «طلب الوصول»، مع ذكر مذكرتها الشفوية.
guide-join-2 = تتحقق الجهة الأمينة من الطلب مع البعثة عبر قناة أخرى، ثم تدعو المشرف الوطني الذي سمّته البعثة. ويختار المشرف كلمة مرور ويُعدّ تطبيق مصادقة: فالعامل الثاني مطلوب من الجميع.
guide-join-3 = ثم تسمّي الدولة نقاط الاتصال الخاصة بها. وبعد أن تتحقق منها الجهة الأمينة، تظهر للدول المشاركة الأخرى، ولا تظهر للجمهور أبدًا.
guide-roles-title = من يفعل ماذا
guide-roles-custodian = تتولى الجهة الأمينة إدارة الدليل: تقبل الدول، وتتحقق من كل تسمية وكل تعديل قبل نشره، وتجري اختبارات الاتصال. وهي أمانة صغيرة، وليست طرفًا في المراسلات بين الدول.
guide-roles-admin = يدير المشرف الوطني مداخل الدولة ومستخدميها، ويجيب الجهة الأمينة بشأنها. ويجوز أن يكون للدولة أكثر من مشرف.
guide-roles-member = أما الأعضاء، ومنهم نقاط الاتصال أنفسهم، فيطّلعون على الدليل، ويجيبون على الاختبارات، ويرسلون المراسلات ويتلقونها باسم دولتهم.
guide-entries-title = تسمية جهات الاتصال وتحديث المداخل
guide-entries-1 = يذكر المدخل وظيفةً لا شخصًا متى أمكن — فريق الاستجابة الوطني، أو وحدة الأمن السيبراني في الوزارة — مع عناوين تُقرأ على مدار الساعة إن أمكن، وأرقام الهاتف، ولغات العمل، والمنطقة الزمنية.
guide-entries-2 = كل تسمية أو تحديث أو سحب ينتظر الجهة الأمينة، التي تتحقق منه مع الدولة قبل نشره، وتُبلَّغ الدولة عند نشره. ويعرض سجل كل مدخل جميع نسخه وكيف جرى التحقق منها.
guide-entries-3 = يُؤكَّد كل مدخل مرة كل { $months } شهرًا على الأقل، حتى إن لم يتغير شيء: فزر «تأكيد صحة جميع الإدخالات» في صفحة الدولة يفعل ذلك بخطوة واحدة، ويُذكَّر المشرفون قبل حلول الموعد. وجهة اتصال قديمة أسوأ من عدم وجودها.
guide-checks-title = اختبارات الاتصال، ولماذا تهمّ الإجابة عليها
guide-checks-1 = بانتظام، وكلما احتاجت الجهة الأمينة إلى ذلك، تتلقى كل نقطة اتصال رسالة اختبار قصيرة بلغتها مع رابط. والمطلوب فقط اتباع الرابط والضغط على الزر، أو تأكيد الاستلام في البوابة.
guide-checks-2 = تثبت الإجابة أن العنوان يعمل، وأن أحدًا يقرؤه، وبأي سرعة. ترى كل دولة نتائجها، وترى الجهة الأمينة نتائج الجميع حسب المنطقة والنوع. ويتلقى من يبقى صامتًا تذكيرًا، ثم يُبلَّغ المشرفون في دولته.
guide-checks-3 = أجب حتى إن لم يكن هناك خطب: ففي حادث حقيقي، تكون جهة الاتصال الصامتة حلقة مكسورة في السلسلة.
guide-send-title = إرسال مراسلة
guide-send-1 = من «المراسلات»، اختر الدولة المستلمة، ونموذجًا (مثل طلب مساعدة أو إخطار بحادث)، ودرجة الإلحاح، وعلامة TLP، ثم املأ حقول النموذج بلغتك. وتقرأ الدولة المستلمة أسماء الحقول بلغتها.
guide-send-2 = تتلقى نقاط اتصال الدولة المستلمة بريدًا إلكترونيًا يخبرها بأن مراسلة في انتظارها، ويبقى المحتوى في الدليل. فتؤكد استلامها، ويمكنها الرد في السلسلة نفسها. وإن لم يُؤكَّد الاستلام في الوقت المحدد، تُصعَّد إلى مزيد من جهات الاتصال في تلك الدولة.
guide-send-3 = كل مراسلة وتأكيد استلام ورد مسجَّل في سجل الدولتين، ويمكن لكل منهما تصدير سجلها من صفحة المراسلات.
guide-urgency-title = درجة الإلحاح: متى يُنتظر تأكيد الاستلام
guide-urgency-urgent = عاجل: خلال { $minutes } دقيقة.
guide-urgency-high = مرتفع: خلال { $hours } ساعة.
guide-urgency-routine = عادي: خلال { $days } أيام.
guide-tlp-title = TLP: من يحق له قراءة ما ترسله
guide-tlp-lead = يبيّن بروتوكول إشارات المرور (TLP 2.0، الصادر عن FIRST) للمستلمين إلى أي مدى يجوز لهم مشاركة المعلومات. اختر أقل العلامات تقييدًا مما يظل يحميها.
guide-tlp-red = TLP:RED — للمستلمين المسمَّين فقط. ويتطلب إرسالها رمزًا جديدًا من تطبيق المصادقة، فلا يمكن لأي برنامج إرسالها.
guide-tlp-amber-strict = TLP:AMBER+STRICT — داخل الجهة المستلمة فقط.
guide-tlp-amber = TLP:AMBER — داخل الجهة المستلمة، ومع من يلزمهم العلم لحمايتها.
guide-tlp-green = TLP:GREEN — داخل المجتمع المعني، لا على الملأ.
guide-tlp-clear = TLP:CLEAR — لا قيود على الإفصاح.
guide-consent-title = الموافقة على المشاركة مع دولة ثالثة
guide-consent-1 = لا تُنقل المعلومات الواردة عبر الدليل إلى دولة أخرى دون موافقة المرسل. تطلب الدولة المستلمة ذلك في السلسلة، مبيّنة ما تريد مشاركته ومع من، فيوافق المرسل أو يرفض، وعندئذ فقط يمكن إعادة توجيه المعلومات. وكل خطوة مسجلة في سجل الدولتين.
guide-consent-2 = ومن جهة أخرى، تقرر كل دولة في صفحتها ما إذا كانت مداخلها تُشارَك مع الأدلة الإقليمية، كدليل منظمة الأمن والتعاون في أوروبا، ويمكنها سحب هذه الموافقة في أي وقت.
guide-custodian-title = ما تراه الجهة الأمينة وما لا تراه
guide-custodian-can = ترى الجهة الأمينة المداخل وسجلها ونتائج الاختبارات، ومن لديه حساب، وسجل تدقيق الإجراءات. أما المراسلات فلا ترى منها إلا الأعداد: كم عددها، ومن أي نوع ودرجة إلحاح، حسب الشهر والمنطقة.
guide-custodian-cannot = ولا ترى أبدًا محتوى المراسلات بين الدول، ولا من بحث عن من. فالمحتوى مختوم في قاعدة البيانات ولا يُعرض إلا على الطرفين.
usage-empty = لم تُرسَل بعد أي مراسلة عبر الدليل. وحين تتبادل الدول المراسلات، تعدّها هذه الصفحة حسب النموذج ودرجة الإلحاح والشهر ومنطقة الدولة المرسِلة. ولا تعرض أبدًا محتواها، ولا من راسل من.
usage-page-title = استخدام الدليل
usage-lead-all = كم مرة يُستخدم الدليل، ولأي غرض: عمليات الدخول، والاطلاع، والبحث، والتصدير، والمراسلات، والاختبارات، حسب الشهر ومنطقة الدولة المعنية. أعداد فقط: لا محتوى أي مراسلة أبدًا، ولا من بحث عن من.
usage-csv = تنزيل الأعداد (CSV)
usage-by-region-all = حسب المنطقة
usage-col-month = الشهر
usage-col-region = المنطقة
usage-col-sign_ins = عمليات الدخول
usage-col-views = الاطلاع
usage-col-searches = عمليات البحث
usage-col-exports = عمليات التصدير
usage-col-communications = المراسلات
usage-col-checks = الاختبارات
usage-region-custodian = الجهة الأمينة (بلا دولة)
usage-communications-title = المراسلات حسب النوع ودرجة الإلحاح
usage-chart = تعرض الأشرطة عمليات الاطلاع والبحث معًا، ويعطي الجدول جميع الأعداد.
public-fallback = لم يُكتب هذا النص بلغتك بعد: وهذه نسخته الإنكليزية.
news-title = الأخبار
news-none = لم تُنشر أي أخبار بعد.
news-updated = حُدّث في { $date }
pages-title = الصفحات العامة
pages-lead = النصوص التي يقرؤها الجمهور في الصفحة الرئيسية وصفحة الأخبار، بكل لغة من اللغات الست، مكتوبة بصيغة Markdown. وكل حفظ ينشئ نسخة جديدة. وتعرض اللغة التي ليس لها نص خاص بها النص الإنكليزي مع الإشارة إلى ذلك، وتحتفظ الصفحة التي لم تُكتب قط بالنص المدمج في الدليل.
page-name-mandate = الولاية
page-name-join = كيفية الانضمام
page-name-news = الأخبار
pages-col-lang = اللغة
pages-col-version = النسخة المنشورة
pages-missing = لم يُكتب
pages-edit = تحرير
pages-version = النسخة { $version }، { $date }
pages-edit-title = { $page }: { $language }
pages-body = النص (Markdown)
pages-body-hint = يبدأ العنوان بـ { $heading } وبند القائمة بـ { $item }، ويُكتب الرابط هكذا { $link }. ويُحذف أي HTML. والحد الأقصى { $max } حرف. والنص الفارغ يسحب نسخة هذه اللغة، فيتلقى القراء النسخة الإنكليزية.
pages-preview = معاينة
pages-publish = نشر
pages-preview-title = معاينة
pages-preview-note = كما سيراه القراء. ولا يُحفظ شيء قبل النشر.
pages-preview-empty = النص فارغ: سيتلقى القراء النسخة الإنكليزية أو النص المدمج.
pages-history = النسخ
pages-version-by = النسخة { $version }، { $date }، بواسطة { $name }
pages-never = لم يُكتب بهذه اللغة قط: يتلقى القراء النسخة الإنكليزية أو النص المدمج.
err-page-too-long = يتجاوز النص 20,000 حرف. اختصره، أو انقل جزءًا منه إلى الأخبار.
notice-page-published = نُشرت الصفحة.
audit-action-page-published = نشر صفحة عامة
initiatives-title = بناء القدرات
initiatives-lead = مبادرات بناء القدرات واجتماعات الخبراء التي تعرضها الدول المشاركة، وتنشرها الجهة الأمينة. ولا تظهر بيانات الاتصال إلا إذا اختارت الدولة نشرها.
initiatives-from = لم تنتهِ بحلول
initiatives-filter = عرض
initiatives-none = لا توجد مبادرة منشورة مطابقة. جرّب منطقة أو موضوعًا أو يومًا آخر.
initiative-kind = النوع
initiative-kind-initiative = مبادرة لبناء القدرات
initiative-kind-meeting = اجتماع خبراء
initiative-topic = الموضوع
initiative-topic-incident-response = الاستجابة للحوادث
initiative-topic-policy-diplomacy = السياسات والدبلوماسية
initiative-topic-law-cybercrime = القانون والجرائم السيبرانية
initiative-topic-technical-training = التدريب التقني
initiative-topic-exercises = التمارين
initiative-topic-other = غير ذلك
initiative-open = مفتوحة لجميع الدول
initiative-dates = التواريخ
initiative-from-to = من { $from } إلى { $to }
initiative-organiser = الجهة المنظِّمة
initiative-languages = اللغات
initiative-contact = عنوان الاتصال
initiative-in-english = بالإنكليزية
initiative-propose-title = { $state }: بناء القدرات
initiative-propose-lead = اقترح مبادرة لبناء القدرات أو اجتماعًا للخبراء. اكتبه بأي من اللغات الست، مع ترجمة إنكليزية إن أمكن. وتنشره الجهة الأمينة في الصفحات العامة، أو تبيّن لك سبب عدم نشره.
initiative-propose-link = اقتراح مبادرة لبناء القدرات
initiative-written-in = مكتوبة بـ
initiative-title = العنوان
initiative-description = الوصف
initiative-title-en = العنوان بالإنكليزية
initiative-description-en = الوصف بالإنكليزية
initiative-starts = اليوم الأول
initiative-ends = اليوم الأخير (إن كان أكثر من يوم)
initiative-contact-public = نشر عنوان الاتصال مع المبادرة
initiative-open-to-all = مفتوحة لجميع الدول
initiative-submit = اقتراح
initiative-mine = مقترحات دولتك
initiative-mine-none = لم تقترح دولتك شيئًا بعد.
initiative-status-pending = بانتظار الجهة الأمينة
initiative-status-published = منشورة
initiative-status-declined = مرفوضة
initiative-declined-because = السبب: { $reason }
initiatives-pending-title = المبادرات المقترحة
initiatives-pending-lead = مبادرات بناء القدرات واجتماعات الخبراء التي اقترحتها الدول. انشر المبادرة لتظهر في الصفحات العامة، أو ارفضها مع سبب تقرؤه الدولة.
initiatives-pending-none = لا توجد مقترحات بانتظار القرار.
initiative-publish = نشر
initiative-decline = رفض
initiative-decline-reason = سبب الرفض (تقرؤه الدولة)
err-initiative-kind = اختر ما إذا كانت مبادرة أم اجتماع خبراء.
err-initiative-topic = اختر أحد المواضيع المعروضة.
err-initiative-languages = اختر لغة واحدة على الأقل من اللغات الست التي تُعقد بها.
err-initiative-dates = اليوم الأخير يسبق اليوم الأول. صحّح أحدهما.
err-initiative-past = لقد انتهت بالفعل. ولا تُنشر إلا المبادرات القادمة أو الجارية.
err-initiative-decided = سبق البت في هذا المقترح.
notice-proposed = تم الاقتراح: ستنشره الجهة الأمينة أو تبيّن لك سبب عدم نشره.
notice-initiative-published = نُشرت المبادرة.
notice-initiative-declined = رُفضت المبادرة، وستقرأ الدولة السبب.
audit-action-initiative-proposed = اقتراح مبادرة
audit-action-initiative-published = نشر مبادرة
audit-action-initiative-declined = رفض مبادرة
email-initiative-proposed-subject = { $state } تقترح: { $title }
email-initiative-proposed-body = 
    اقترحت { $state } مبادرة لبناء القدرات أو اجتماعًا للخبراء. انشرها في الصفحات العامة، أو ارفضها مع سبب تقرؤه الدولة:

    { $url }
email-initiative-published-subject = نُشرت: { $title }
email-initiative-published-body = 
    نشرت الجهة الأمينة مقترح دولتك في الصفحات العامة للدليل:

    { $url }
email-initiative-declined-subject = لم تُنشر: { $title }
email-initiative-declined-body = 
    رفضت الجهة الأمينة مقترح دولتك للسبب التالي: { $reason }

    { $url }
guide-capacity-title = بناء القدرات والأخبار والمساعدة
guide-capacity-1 = تعرض الدول بعضها على بعض دورات تدريبية وحلقات عمل واجتماعات للخبراء. ويقترح المشرف الوطني ذلك من صفحة الدولة، وبعد أن تنشره الجهة الأمينة يظهر تحت «بناء القدرات» متاحًا للجمهور، ولا يظهر معه عنوان اتصال إلا إذا اختارت الدولة نشره.
guide-capacity-2 = أخبار الجهة الأمينة في صفحة «الأخبار». وللمساعدة في حسابك أو مداخل دولتك، اسأل المشرف الوطني في دولتك، ويكاتب المشرفون الجهة الأمينة.
exercise-mark = تمرين
exercise-banner = تمرين — هذه محاكاة، وليست حادثًا حقيقيًا.
email-exercise-line = *** تمرين — هذه محاكاة، وليست حادثًا حقيقيًا. ***
exercise-control = إدارة التمرين
email-exercise-invited-subject = دعوة دولتكم إلى المشاركة في تمرين لدليل جهات الاتصال
email-exercise-invited-body = تدعو الجهة الأمينة على دليل جهات الاتصال دولتكم إلى المشاركة في تمرين قائم على سيناريو.

    يُرجى تسجيل الدخول للاطلاع على السيناريو، وقبول الدعوة أو الاعتذار عنها، وتسمية جهات الاتصال التي ستشارك في التمرين:

    { $link }
err-exercise-closed = انتهى هذا التمرين أو أُلغي، ولم يعد من الممكن تغييره.
err-exercise-language = يُرجى اختيار إحدى اللغات الست.
err-exercise-no-injects = يُرجى إضافة حدث واحد على الأقل إلى الجدول الزمني قبل إطلاق التمرين.
err-exercise-no-players = يجب أن تقبل دولة واحدة على الأقل الدعوة وتسمّي المشاركين عنها قبل إطلاق التمرين.
err-exercise-not-running = التمرين ليس جاريًا: يُرجى إطلاقه أو استئنافه أولًا.
err-exercise-not-started = لا يمكن تقديم الدروس المستفادة إلا بعد بدء التمرين.
err-exercise-players = لقبول الدعوة، يُرجى اختيار جهة اتصال واحدة على الأقل من جهات الاتصال المنشورة لدولتكم للمشاركة في التمرين.
err-exercise-states = يُرجى اختيار دولة مشاركة واحدة أو أكثر.
err-exercise-status = لا يمكن تنفيذ هذا الإجراء في الحالة الراهنة للتمرين؛ وتبيّن الصفحة الإجراءات المتاحة الآن.
err-inject-after = يُرجى اختيار الحدث الذي يأتي هذا الحدث بعده، من بين الأحداث المدرجة بالفعل في الجدول الزمني.
err-inject-before-start = لا يمكن جدولة حدث قبل بدء التمرين: يُرجى تحديد وقت قدره صفر دقيقة أو أكثر.
err-inject-expiry = سيحين موعد هذا الإجراء المتوقع بعد انقضاء صلاحيته: يُرجى جعل مهلته أقصر من مدة الصلاحية، أو إطالة مدة الصلاحية.
err-inject-followed = يأتي حدث آخر بعد هذا الحدث: يُرجى حذف ذلك الحدث أو تغييره أولًا.
err-inject-minutes = يُرجى تحديد عدد صحيح من الدقائق، من 1 إلى 43,200 (ثلاثون يومًا).
err-inject-release = يُرجى تحديد موعد إصدار الحدث: في وقت محدد، أو بعد حدث آخر، أو يدويًا.
err-inject-released = صدر هذا الحدث بالفعل.
err-inject-states = يُرجى اختيار دولة واحدة أو أكثر من الدول المدعوة إلى هذا التمرين التي لم تعتذر عن المشاركة.
exercises-title = التمارين
exercises-lead = تختبر التمارين القائمة على سيناريوهات إمكانية الوصول إلى جهات الاتصال وردّها في الوقت المناسب. ويُسلَّم كل حدث في صورة رسالة عادية تحمل بوضوح علامة «تمرين»؛ ويرد المشاركون من صندوق الوارد المعتاد لديهم. ولا يُدرج أي شيء من التمرين في السجل الفعلي لمراسلات الدولة ولا في إحصاءات الاستخدام.
exercises-list = جميع التمارين
exercises-none = لا توجد تمارين حتى الآن.
exercises-state-lead = التمارين التي دُعيت إليها دولتكم. ويحمل كل ما يتعلق بتمرين علامة «تمرين».
exercises-state-none = لم تُدعَ دولتكم إلى أي تمرين.
exercise-new = إعداد تمرين جديد
exercise-written-in = لغة هذا النص
exercise-title = العنوان
exercise-narrative = السيناريو
exercise-narrative-hint = الوضع الذي ينطلق منه المشاركون. ويمكنكم لاحقًا إضافة السيناريو بلغات أخرى.
exercise-create = إنشاء التمرين
exercise-status-draft = قيد الإعداد
exercise-status-running = جارٍ
exercise-status-paused = متوقف مؤقتًا
exercise-status-finished = منتهٍ
exercise-status-canceled = ملغى
exercise-do-launch = إطلاق
exercise-do-pause = إيقاف مؤقت
exercise-do-resume = استئناف
exercise-do-end = إنهاء التمرين
exercise-do-cancel = إلغاء التمرين
exercise-started = بدأ في { $date }
exercise-ended = انتهى في { $date }
exercise-report-title = تقرير ما بعد التمرين
exercise-csv = تنزيل بصيغة CSV
exercise-board = لوحة المتابعة المباشرة
exercise-board-lead = لكل دولة ولكل حدث: التسليم وتأكيد الاستلام والرد (الوقت المنقضي منذ الإصدار، بالساعات:الدقائق:الثواني)، والتصعيد، ونتيجة كل إجراء متوقع (تحقق في موعده، أو متأخرًا، أو لم يتحقق)، وموضع انقطاع السلسلة.
exercise-scenario = السيناريو
exercise-languages = لغات التحرير: { $languages }
exercise-scenario-edit = تعديل السيناريو أو إضافة لغة
exercise-scenario-save = حفظ السيناريو
exercise-scenario-in = السيناريو غير محرَّر بلغتكم؛ وهو معروض باللغة { $language }.
exercise-states = الدول المشاركة
exercise-states-none = لم تُدعَ أي دولة حتى الآن.
exercise-invite = دعوة الدول
exercise-invite-send = إرسال الدعوات
exercise-answer-accepted = قبلت الدعوة
exercise-answer-declined = اعتذرت عن المشاركة
exercise-answer-waiting = لم ترد بعد
exercise-players-count = { $count ->
        [zero] لا مشاركين
        [one] مشارك واحد
        [two] مشاركان
        [few] { $count } مشاركين
        [many] { $count } مشاركًا
       *[other] { $count } مشارك
    }
exercise-timeline = الجدول الزمني للأحداث
exercise-timeline-none = لا توجد أحداث حتى الآن.
exercise-inject-number = الحدث { $number }
exercise-inject-to = إلى: { $states }
exercise-released-at = صدر في { $date }
exercise-rehearse = تجربة
exercise-release-now = إصدار الآن
exercise-remove = حذف
exercise-inject-template = نموذج الحدث التالي
exercise-inject-add = إضافة حدث
exercise-inject-needs-states = يُرجى دعوة الدول أولًا: فالحدث يوجَّه إلى الدول المشاركة.
exercise-inject-new = حدث جديد
exercise-inject-lead = الحدث رسالة توجهها إدارة التمرين، أو دولة تؤدي إدارة التمرين دورها، إلى المشاركين من دولة مشاركة واحدة أو أكثر. ويُستخدم فيه النموذج ودرجة الاستعجال وعلامة TLP المعتادة.
exercise-sender = يُرسل باسم
exercise-sender-hint = اتركوا الحقل فارغًا للإرسال باسم إدارة التمرين، أو اذكروا الدولة التي تؤدي إدارة التمرين دورها (كدولة افتراضية واردة في السيناريو).
exercise-inject-to-states = إلى المشاركين من
exercise-inject-content = المحتوى
exercise-release = الإصدار
exercise-release-at = في وقت محدد من البدء
exercise-release-after = بعد حدث آخر
exercise-release-after-which = الحدث السابق له
exercise-release-manual = يدويًا، حين تقرر إدارة التمرين
exercise-offset = الدقائق
exercise-offset-hint = من البدء، أو بعد الحدث السابق له. ولا تُحتسب فترات التوقف المؤقت.
exercise-expectations = الإجراءات المتوقعة
exercise-expectations-hint = ما يُنتظر من المشاركين القيام به، وفي أي مهلة. اتركوا الحقل فارغًا إن لم يكن هناك إجراء متوقع.
exercise-expect-ack-minutes = تأكيد الاستلام في غضون (دقائق)
exercise-expect-answer-minutes = الرد في غضون (دقائق)
exercise-expiry-minutes = تنقضي صلاحية الإجراءات المتوقعة بعد (دقائق)
exercise-expiry-hint = إن لم يُنفَّذ الإجراء المتوقع بحلول ذلك الوقت، عُدّ غير متحقق. وإن تُرك الحقل فارغًا: { $minutes } دقيقة (يوم واحد).
exercise-inject-save = إضافة إلى الجدول الزمني
inject-at = بعد { $time } من البدء
inject-after = بعد { $time } من الحدث { $number }
inject-manual = يصدر يدويًا
inject-expect-ack = تأكيد الاستلام في غضون { $time }
inject-expect-answer = الرد في غضون { $time }
inject-expiry = تنقضي صلاحيته بعد { $time }
exercise-rehearse-title = تجربة الحدث { $number }
exercise-rehearse-lead = ما سيراه المشارك بالضبط، باللغة التي تختارونها: رسالة البريد الإلكتروني التي تُخطره، ثم الرسالة في البوابة. ولا يُرسل أي شيء إلى الدول.
exercise-rehearse-lang = لغة المشارك
exercise-rehearse-show = عرض
exercise-rehearse-email = رسالة البريد الإلكتروني
exercise-rehearse-portal = الرسالة في البوابة
exercise-rehearse-send = إرسال هذه الرسالة إلى بريدي
exercise-state = الدولة
exercise-inject = الحدث
exercise-released = الإصدار
exercise-delivery = البريد الإلكتروني
exercise-acknowledged = تأكيد الاستلام بعد
exercise-answered = الرد بعد
exercise-escalated = التصعيد
exercise-expectations-col = الإجراءات المتوقعة
exercise-broke = موضع انقطاع السلسلة
exercise-not-released = لم يصدر
exercise-delivery-sent = تم التسليم
exercise-delivery-waiting = بانتظار الإرسال
exercise-delivery-failed = لم يُسلَّم أو ارتدّ
exercise-delivery-none = لا بريد إلكتروني
exercise-escalations = { $count ->
        [zero] لا مراحل
        [one] مرحلة واحدة
        [two] مرحلتان
        [few] { $count } مراحل
        [many] { $count } مرحلةً
       *[other] { $count } مرحلة
    }
exercise-escalation-empty = لم يصل إلى أحد
exercise-expect-ack-short = تأكيد الاستلام:
exercise-expect-answer-short = الرد:
exercise-outcome-met = تحقق
exercise-outcome-late = متأخر
exercise-outcome-failed = لم يتحقق
exercise-outcome-pending = قيد الانتظار
exercise-broke-not-delivered = لم يُسلَّم البريد الإلكتروني أو ارتدّ
exercise-broke-escalation-empty = لم يصل التصعيد إلى أحد
exercise-broke-not-acknowledged = سُلِّم ولكن لم يُؤكَّد استلامه
exercise-broke-not-answered = أُكِّد الاستلام ولكن لم يُرد عليه
exercise-broke-answered-late = جاء الرد متأخرًا
exercise-results-none = لم يصدر أي حدث حتى الآن.
exercise-network = الشبكة بأكملها
exercise-delivered = الأحداث المسلَّمة (لكل دولة ولكل حدث)
exercise-ack-rate = أُكِّد الاستلام
exercise-answer-rate = تم الرد (معدل الاستجابة)
exercise-ack-times = الوقت المستغرق لتأكيد الاستلام
exercise-answer-times = الوقت المستغرق للرد
exercise-median-p90 = الوسيط { $median }، المئين التسعون { $p90 }
exercise-breaks = موضع انقطاع السلسلة
exercise-ack-rate-by-state = نسبة الأحداث المؤكَّد استلامها، حسب الدولة
exercise-results = النتائج حسب الدولة والحدث
exercise-report-print = يمكنكم طباعة هذه الصفحة أو حفظها بصيغة PDF من المتصفح: ولا تتضمن النسخة المطبوعة القوائم والأزرار.
exercise-lessons = الدروس المستفادة
exercise-lessons-none = لم يُقدَّم أي درس مستفاد حتى الآن.
exercise-lesson-anonymous = دولة مشاركة
exercise-lesson = درس مستفاد
exercise-lesson-lang = لغة التحرير
exercise-lesson-submit = تقديم الدرس
exercise-named-yes = تظهر الدروس التي تقدمها دولتكم في التقرير مقرونة باسمها.
exercise-named-no = تظهر الدروس التي تقدمها دولتكم في التقرير دون ذكر اسمها.
exercise-name-show = ذكر اسم دولتي
exercise-name-hide = جعلها مجهولة المصدر
exercise-your-answer = رد دولتكم
exercise-players = المشاركون
exercise-players-hint = جهات الاتصال المنشورة التي تشارك في التمرين. وتوجَّه الأحداث إليها؛ ويجري التصعيد كما لو كان الأمر حقيقيًا.
exercise-accept = القبول مع هؤلاء المشاركين
exercise-decline = الاعتذار
exercise-your-results = نتائج دولتكم
exercise-how-to-play = تصل الأحداث إلى صندوق الوارد المعتاد لديكم، وتحمل علامة «تمرين». يُرجى تأكيد استلامها والرد عليها كما تفعلون في الواقع: إذ تُسجَّل الأوقات بدقة الثانية.
usage-col-exercises = الدول المشاركة في تمارين
audit-action-exercise-created = أُنشئ تمرين
audit-action-exercise-scenario = حُرِّر سيناريو تمرين
audit-action-exercise-invited = دُعيت دولة إلى تمرين
audit-action-exercise-answered = رُدَّ على دعوة إلى تمرين
audit-action-exercise-naming = اختيار ذكر الاسم في دروس التمرين
audit-action-exercise-inject-added = أُضيف حدث إلى تمرين
audit-action-exercise-inject-removed = حُذف حدث من تمرين
audit-action-exercise-launch = أُطلق تمرين
audit-action-exercise-pause = أُوقف تمرين مؤقتًا
audit-action-exercise-resume = استُؤنف تمرين
audit-action-exercise-end = أُنهي تمرين
audit-action-exercise-cancel = أُلغي تمرين
audit-action-exercise-inject-released = صدر حدث تمرين
audit-action-exercise-rehearsed = أُجريت تجربة لحدث تمرين
audit-action-exercise-lesson = قُدِّم درس مستفاد من تمرين
err-exercise-answer = اختر ما إذا كانت دولتكم تقبل أو تعتذر.
guide-exercises-title = التمارين
guide-exercises-1 = تنظّم الجهة الأمينة تمارين قائمة على سيناريوهات للتحقق من إمكانية الوصول إلى جهات الاتصال ومن ردّها في الوقت المناسب. تُدعى دولتكم بالبريد الإلكتروني، فيقبل المشرف الوطني الدعوة مع تسمية جهات الاتصال المشاركة، أو يعتذر عنها.
guide-exercises-2 = أثناء التمرين، تصل رسائله إلى صندوق الوارد المعتاد على هيئة مراسلات تحمل علامة «تمرين» في كل صفحة وكل رسالة بريد إلكتروني، حتى لا يظنها أحد حادثًا حقيقيًا. أكِّدوا الاستلام وردّوا كما تفعلون في الواقع: تُسجَّل الأوقات بدقة الثانية، ويجري التصعيد كالمعتاد.
guide-exercises-3 = لا يدخل شيء من التمرين في سجل المراسلات الفعلية لدولتكم. وبعد انتهائه، ترى دولتكم نتائجها إلى جانب أرقام الشبكة بأكملها، ويقدّم المشاركون الدروس المستفادة بلغتهم، ويختار المشرف الوطني ما إذا كانت تحمل اسم الدولة.
guide-figure-send-alt = نموذج مراسلة دولة أخرى: كل جهات الاتصال من نوع معيّن أو جهات اتصال مختارة، مع الوقت المحلي وساعات التوافر لكل منها.
guide-figure-send-caption = مراسلة دولة: اختر من تخاطب؛ ويساعدك الوقت المحلي لديهم على معرفة ما إذا كانوا في وقت العمل.
guide-figure-exercise-alt = مراسلة ضمن تمرين: شريط بنفسجي يحمل كلمة «تمرين» في أعلاها وأسفلها، والمرسل تؤدي دوره إدارة التمرين، ودرجة الاستعجال، وعلامة TLP، ووقت تأكيد الاستلام.
guide-figure-exercise-caption = تحمل مراسلة التمرين علامة «تمرين» في أعلاها وأسفلها وفي عنوان رسالتها الإلكترونية.
field-pgp-key = المفتاح العام OpenPGP
hint-pgp-key = اختياري. الصق المفتاح كما صُدِّر، من «-----BEGIN PGP PUBLIC KEY BLOCK-----» إلى سطر END. يُفحص فورًا: يجب أن يكون ساريًا وصالحًا للتشفير. لا تلصق مفتاحًا خاصًا أبدًا.
field-pgp-expires = انتهاء صلاحية مفتاح OpenPGP
pgp-expires = تنتهي صلاحيته في { $date }
pgp-never-expires = لا تنتهي صلاحيته
pgp-download = تنزيل المفتاح
pgp-notice-expired = انتهت صلاحية هذا المفتاح: لم يعد بالإمكان التشفير به.
pgp-notice-expiring = تنتهي صلاحية هذا المفتاح خلال ثلاثين يومًا.
pgp-notice-user-id = لا يطابق أيٌّ من معرّفات المستخدم في هذا المفتاح عناوين المدخل: تحقّق من أنه المفتاح الصحيح.
err-pgp-too-large = يتجاوز هذا المفتاح 64 كيلوبايت: صدِّره دون التوقيعات الإضافية (gpg --export-options export-minimal).
err-pgp-private = هذا مفتاح خاص: لم يُحفظ. الصق المفتاح العام فقط (gpg --armor --export)، واعتبر المفتاح الخاص مكشوفًا إن خرج من يد صاحبه.
err-pgp-unreadable = ليس هذا مفتاحًا عامًا OpenPGP قابلًا للقراءة: الصق الكتلة كاملة بما فيها سطرا BEGIN وEND.
err-pgp-signature = لا تتحقق التوقيعات الذاتية لهذا المفتاح: ربما عُدِّل. صدِّره من جديد من صاحبه.
err-pgp-revoked = ألغى صاحب هذا المفتاح صلاحيته: اطلب المفتاح الذي حلّ محله.
err-pgp-expired = انتهت صلاحية هذا المفتاح: مدِّدها (gpg --quick-set-expire) ثم صدِّره من جديد.
err-pgp-no-encryption = هذا المفتاح صالح للتوقيع فقط: لا يحتوي على جزء ساري الصلاحية للتشفير. أضف مفتاحًا فرعيًا للتشفير (gpg --quick-add-key البصمة cv25519 encr) ثم صدِّره من جديد.
err-pgp-fingerprint-mismatch = البصمة المُدخلة ليست بصمة هذا المفتاح، وهي { $fingerprint }: تحقّق من أنك لصقت المفتاح الصحيح، أو امسح البصمة.
email-pgp-expiring-subject = تنتهي صلاحية مفتاح OpenPGP لـ { $state } في { $date }
email-pgp-expiring-body = تنتهي صلاحية مفتاح OpenPGP للمدخل «{ $entity }» (البصمة { $fingerprint }) في { $date }.

    بعد ذلك اليوم لا يمكن تشفير أي مراسلة به. مدِّد صلاحية المفتاح، أو اطلب من صاحبه إنشاء مفتاح جديد، وحدِّث المدخل:

    { $link }
email-pgp-expired-subject = انتهت صلاحية مفتاح OpenPGP لـ { $state }
email-pgp-expired-body = انتهت صلاحية مفتاح OpenPGP للمدخل «{ $entity }» (البصمة { $fingerprint }) في { $date }.

    لم تعد المراسلات الموجهة إلى هذا المدخل مشفّرة. حدِّث المدخل بمفتاح ساري الصلاحية:

    { $link }
audit-action-key-reminded = أُرسل تذكير بشأن مفتاح OpenPGP
email-signed-footer = هذه الرسالة موقّعة بمفتاح OpenPGP الخاص بالدليل، وبصمته { $fingerprint }. أي رسالة تطلب منك النقر وليست موقّعة بهذا المفتاح ليست صادرة عن الدليل: لا تنقر، وأبلغ المشرف الوطني. طريقة التحقق: { $url }/guide#genuine
footer-mail-key = رسائلنا الإلكترونية موقّعة بمفتاح OpenPGP
footer-mail-key-download = تنزيل المفتاح
footer-mail-key-how = كيف تتحقق من رسالة
guide-genuine-title = تمييز رسائلنا من الرسائل المقلَّدة
guide-genuine-1 = تطلب منك رسائل الاختبار والإشعارات النقر على رابط، ولهذا يقلّدها المهاجمون. كل رسالة يرسلها الدليل موقّعة بمفتاح OpenPGP الخاص به، وبصمته:
guide-genuine-2 = يعرض برنامج البريد الذي يقرأ OpenPGP (مثل Thunderbird، أو Outlook مع إضافة) التوقيع على أنه صالح بعد استيراد المفتاح. وإن لم يتوفر لديك، فاحفظ الرسالة واطلب من فريق الاستجابة (CERT) التحقق منها باستخدام GnuPG ‏(gpg --verify). وقارن البصمة بالبصمة أعلاه، المعروضة في كل صفحة من صفحات الدليل.
guide-genuine-3 = أي رسالة تطلب منك تأكيد الاستلام أو تسجيل الدخول وليست موقّعة بهذا المفتاح ليست صادرة عن الدليل: لا تنقر، وأبلغ المشرف الوطني.
email-encrypted-body = هذه الرسالة مشفّرة بمفتاح OpenPGP الخاص بك: افتحها ببرنامج OpenPGP. وهي تتضمن المراسلة ورابط تأكيد الاستلام.
thread-key-problem = أُرسلت الرسالة إلى «{ $entity }» دون المحتوى:
email-pgp-unusable-subject = وصلت مراسلة إلى «{ $entity }» دون محتواها: لا يمكن استخدام مفتاح OpenPGP الخاص بها
email-pgp-unusable-body = أُرسلت مراسلة موجهة إلى دولتكم إلى «{ $entity }»، لكن تعذّر تشفير محتواها بمفتاح OpenPGP الخاص بالمدخل: { $reason }

    أُرسلت الرسالة دون المحتوى، كما تُرسل الإشعارات عند عدم وجود مفتاح؛ والمراسلة بانتظاركم في البوابة. حدِّثوا مفتاح المدخل:

    { $link }
passkeys-title = مفاتيح المرور
passkey-what = مفتاح المرور يحفظه جهازك أو مفتاح الأمان، ويُفتح ببصمتك أو وجهك أو رمز PIN. وهو يثبت هويتك لهذا الموقع وحده، فلا يستطيع موقع مقلَّد استعماله.
passkeys-custodian = تسجّل حسابات الجهة الأمينة الدخول بمفتاح مرور. احتفظ بمفتاح واحد على الأقل، وأضف مفتاحًا ثانيًا على جهاز آخر تحسّبًا لفقدان أحدهما.
passkeys-none = ليس لديك مفتاح مرور بعد.
passkey-new = إضافة مفتاح مرور
passkey-name = اسم مفتاح المرور هذا
passkey-name-hint = ما يدلّك على الجهاز الذي يحفظه، مثل «الحاسوب المحمول في المكتب» أو «مفتاح الأمان الأزرق».
passkey-add = إضافة مفتاح مرور
passkey-use = استخدام مفتاح مرور بدلًا من ذلك
passkey-failed = لم يقدّم متصفحك أو أداة المصادقة مفتاح مرور (أُلغي أو انتهت المهلة أو غير متاح). أعد المحاولة، أو استخدم رمزًا.
passkey-needs-script = تتطلب إضافة مفتاح مرور تفعيل JavaScript ومتصفحًا يدعم مفاتيح المرور.
passkey-remove = إزالة
passkey-remove-named = إزالة مفتاح المرور { $name }
col-passkey-name = مفتاح المرور
col-added = أُضيف في
passkey-setup-title = أضف مفتاح مرور للمتابعة
passkey-setup-lead = يجب أن تسجّل حسابات الجهة الأمينة الدخول بمفتاح مرور. وإلى أن تضيف مفتاحًا، لا يستطيع هذا الحساب فعل أي شيء آخر.
passkey-setup-until = يمكنك تسجيل الدخول برمزك لإضافة مفتاح حتى { $until }، مرة واحدة فقط. بعد ذلك لا يستطيع إعادة فتح هذا الحساب إلا المشغّل (⁦{ $command }⁩).
notice-passkey-added = أُضيف مفتاح المرور. استخدمه في المرة القادمة التي تسجّل فيها الدخول.
notice-passkey-removed = أُزيل مفتاح المرور: لم يعد يصلح لتسجيل الدخول إلى هذا الحساب.
err-passkey-name = أعطِ مفتاح المرور هذا اسمًا من 1 إلى 60 حرفًا لتميّزه عن غيره.
err-passkey-unreadable = تعذّرت قراءة ردّ المتصفح على أنه ردّ مفتاح مرور. لم يتغيّر شيء؛ أعد المحاولة.
err-passkey-expired = انتهت صلاحية طلب مفتاح المرور هذا أو سبقت الإجابة عنه. لم يتغيّر شيء؛ أعد المحاولة.
err-passkey-challenge = صدر ردّ مفتاح المرور هذا لطلب آخر غير هذا الطلب. لم يتغيّر شيء.
err-passkey-origin = صدر ردّ مفتاح المرور هذا لموقع آخر. إن لم تتوقع ذلك فربما يقلّد أحدٌ pocdir؛ أبلغ الجهة الأمينة. لم يتغيّر شيء.
err-passkey-cloned = رجع عدّاد استخدام مفتاح المرور هذا إلى الوراء: ربما نُسخ. رُفض؛ أزله من حسابك وأبلغ الجهة الأمينة.
err-passkey-unverified = لم تتحقق أداة المصادقة منك (البصمة أو الوجه أو رمز PIN). يتطلب مفتاح المرور هنا ذلك دائمًا؛ أعد المحاولة.
err-passkey-refused = ردّ مفتاح المرور هذا غير صالح لهذا الحساب. لم يتغيّر شيء.
err-passkey-model = هذا النوع من أدوات المصادقة (الطراز { $model }) غير مسموح به هنا. استخدم أحد الطرز التي تسمح بها الجهة الأمينة.
err-passkey-known = مفتاح المرور هذا مسجّل من قبل. لم يتغيّر شيء.
err-passkey-none = ليس لهذا الحساب مفتاح مرور. استخدم رمزك، أو أضف مفتاح مرور من صفحة حسابك.
err-passkey-last = يحتفظ حساب الجهة الأمينة بمفتاح مرور واحد على الأقل. أضف مفتاحًا آخر قبل إزالة هذا المفتاح.
err-passkey-required = تسجّل حسابات الجهة الأمينة الدخول بمفتاح مرور لا برمز. استخدم زر مفتاح المرور.
err-passkey-grace-over = انتهت مهلة إضافة مفتاح مرور إلى حساب الجهة الأمينة هذا. اطلب من المشغّل إعادة تعيين عامل التحقق الثاني (⁦{ $command }⁩).
audit-action-passkey-added = أُضيف مفتاح مرور
audit-action-passkey-removed = أُزيل مفتاح مرور
audit-action-login-passkey-grace-over = رُفض تسجيل الدخول: انتهت مهلة إضافة مفتاح المرور
passkey-send = إرسال مع التأكيد بمفتاح مرور
export-confirm-title = تأكيد التصدير
export-confirm-lead = يضم هذا التصدير جهات اتصال أكثر من دولة واحدة: نسخة من الدليل تخرج من البوابة. أكّد أنك أنت، برمز من تطبيق المصادقة أو بمفتاح مرور. يُسجَّل التصدير في سجل التدقيق.
export-confirm-submit = تصدير
export-confirm-back = العودة إلى الدليل
passkey-export = تصدير مع التأكيد بمفتاح مرور
nav-cancel-sign-in = إلغاء تسجيل الدخول
field-pgp-key-file = أو ارفع ملف المفتاح
hint-pgp-key-file = ملف نصي (‎.asc) كما يكتبه الأمر «gpg --armor --export». الملف الذي تختاره هنا يحلّ محلّ النص أعلاه.
err-pgp-binary = ملف المفتاح هذا ثنائي. ارفع المفتاح نصًّا: صدّره بالأمر «gpg --armor --export» الذي يكتب ملفًا يبدأ بـ «-----BEGIN PGP PUBLIC KEY BLOCK-----».
guide-signin-title = تسجيل الدخول: الرموز ومفاتيح المرور
guide-signin-1 = يحتاج كل حساب بعد كلمة المرور إلى عامل تحقق ثانٍ: رمز من ستة أرقام من تطبيق مصادقة على هاتفك، وعشرة رموز استرداد تحفظها على الورق تحسّبًا لفقدان الهاتف.
guide-signin-2 = مفتاح المرور أسرع وأكثر أمانًا: أضفه من «حسابي»، ثم سجّل الدخول بفتح قفل هاتفك أو لمس مفتاح الأمان. وهو لا يعمل إلا على هذا الموقع، فلا يستطيع موقع مقلَّد التقاطه. ويؤكد مفتاح المرور أيضًا إرسال TLP:RED وتصدير جهات اتصال أكثر من دولة.
guide-signin-3 = لا تسجّل حسابات الجهة الأمينة الدخول إلا بمفتاح مرور؛ احتفظ بمفتاحين على جهازين مختلفين. ومن فقد من الجهة الأمينة مفاتيحه كلها يعيد المشغّل فتح حسابه من سطر أوامر الخادم، ويُسجَّل ذلك في سجل التدقيق.
email-message-new-encrypted-body =
    وردت إلى دولتكم رسالة من { $state } عبر دليل جهات الاتصال.

    درجة الاستعجال: { $urgency }
    العلامة: { $tlp }

    يرد نص الرسالة أدناه مشفّرًا بمفتاح OpenPGP الخاص بكم. يُرجى تسجيل الدخول لتأكيد استلامها والرد عليها:

    { $link }
email-message-reply-encrypted-body =
    ورد رد من { $state } في إطار مراسلة متبادلة مع دولتكم عبر دليل جهات الاتصال.

    درجة الاستعجال: { $urgency }
    العلامة: { $tlp }

    يرد نص الرد أدناه مشفّرًا بمفتاح OpenPGP الخاص بكم. يُرجى تسجيل الدخول للرد:

    { $link }
email-message-escalated-encrypted-body =
    وردت إلى دولتكم رسالة من { $state } عبر دليل جهات الاتصال، ولم يُؤكَّد استلامها في غضون المهلة المتوقعة. ولذلك يُوجَّه انتباهكم إليها الآن.

    درجة الاستعجال: { $urgency }
    العلامة: { $tlp }

    يرد نص الرسالة أدناه مشفّرًا بمفتاح OpenPGP الخاص بكم. يُرجى تسجيل الدخول لتأكيد استلامها والرد عليها:

    { $link }
hint-code-confirm = الأرقام الستة التي يعرضها تطبيق المصادقة الآن.
err-sync-page = لم تصدر هذه الصفحة عن هذه اللقطة. ابدأ من جديد من دونها، واتبع next_page.
account-recovery-custodian = لا تسجّل حسابات الجهة الأمينة الدخول إلا بمفتاح مرور، فلا تنطبق عليها رموز الاسترداد. وإذا فُقدت مفاتيح المرور كلها، يعيد المشغّل فتح الحساب من سطر أوامر الخادم، ويُسجَّل ذلك في سجل التدقيق.
