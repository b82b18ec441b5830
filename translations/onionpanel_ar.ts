<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>رؤوس الأعمدة</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>رؤوس الصفوف</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>مسح</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: الخيارات</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>ثانية واحدة</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>٥ ثوانٍ</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>٣٠ ثانية</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>١٠ دقائق</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانيتان</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>جارٍ جمع البيانات: نقطة كل ثانية.</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>جارٍ جمع البيانات: نقطة كل دقيقة.</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>جارٍ جمع البيانات: نقطة كل ساعة.</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>جارٍ جمع البيانات: نقطة كل %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>رسم بياني لعرض النطاق</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>قبل %1</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>عرض النطاق</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>الفاصل الزمني للرسم</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>كل نقطة في الرسم هي متوسط هذه المدة</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>ال&amp;فاصل:</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>معدل التنزيل الحالي</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>معدل الرفع الحالي</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>المستلم منذ بدء تور</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>المرسل منذ بدء تور</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>مستلم (تنزيل)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>مرسل (رفع)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>معدل التنزيل:</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>معدل الرفع:</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>المستلم منذ بدء تور:</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>المرسل منذ بدء تور:</translation>
    </message>
    <message>
        <source>↓ %1 ↑ %2</source>
        <translation>↓ %1 ↑ %2</translation>
    </message>
</context>
<context>
    <name>CircuitCells</name>
    <message>
        <source>Circuit %s</source>
        <translation>الدائرة %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>الغرض: %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>أعلام البناء: %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>الحالة: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>السبب: %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>التدفق %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>الدائرة {id}: {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>حركة المرور: {received} مستلم، {sent} مرسل</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>قيد البناء</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>بانتظار الحارس</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>عامة</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>عامة (conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux، قيد الربط</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>عميل البصل، تقديم</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>عميل البصل، موعد</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>عميل البصل، دليل</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>خدمة البصل، تقديم</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>خدمة البصل، موعد</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>خدمة البصل، دليل</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>طلائع البصل</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>قياس المهلة</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>المتحكم</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>حشو</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>اختبار انحياز المسار</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>قيد الحل</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>أعيد تعيين العنوان</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>قيد الاتصال</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>مفصول</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>التدفق {id} إلى {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>من: {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>التطبيق «{app}» في {profile}</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>التطبيق «%s»</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>الملف الشخصي %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>جلب الدليل لتور</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>من {address} عبر {interface}</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>وكيل شفاف</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>منفذ DNS</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}، المستمع {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>دائرة / مرحّل / تدفق</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>الحالة / البلد</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>الغرض / العنوان / المصدر</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>العمر / الأعلام / حركة المرور</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>المسار / البصمة</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>الدوائر والتدفقات</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>إظهار دوائر تور ال&amp;داخلية</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>إظهار دوائر تور الداخلية</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>بنية خدمات البصل، وجلب الدليل، واختبارات المهلة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ن&amp;سخ</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>نسخ ال&amp;مسار</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>دائرة &amp;جديدة لهذا المضيف</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>غير متصل بتور. تظهر الدوائر هنا بعد اتصال OnionPanel؛ صفحة الحالة تقول ما الذي ينتظره.</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>لدى تور الآن دوائره الداخلية فقط. علِّم «إظهار دوائر تور الداخلية» لرؤيتها؛ تظهر دوائرك عندما يتصل تطبيق عبر تور.</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>ليس لدى تور دوائر بعد. يبنيها بعد وصوله إلى الشبكة؛ إن بقي هذا فارغًا فصفحة السجل تقول السبب.</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>إغلاق ال&amp;دائرة</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>إغلاق ال&amp;تدفق</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>نسخ الم&amp;سار</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>دائرة جديدة لهذا ال&amp;مضيف</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>أغلق الدوائر التي تحمل هذا المضيف، ليحصل اتصاله التالي على دائرة جديدة</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>لماذا لا توجد دوائر</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>الدوائر ومرحّلاتها وتدفقاتها</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>غير متصل بتور.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>ما ضُبط تور ليفعله. يعرضه OnionPanel فقط: غيّر الإعداد حيث يأتي منه، ثم أعد تحميل تور.</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>أي منفذ تستخدمه التطبيقات</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>ملفات الإعدادات</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>ملاحظات عن الإعدادات</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>غير متصل بتور.</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>إعدادات تور</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>معناه</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>أين يُغيَّر</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>أعمدة الإعدادات</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>إظهار عناوين الجسور</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>نسخ مكان التغيير</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>نسخ مكان تغيير الإعداد المحدد</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>نسخ السطر</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>نسخ سطر الإعداد المحدد</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>قراءة الإعدادات مجددًا</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>المنافذ</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>الجسور</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>خدمات البصل</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>المُرحِّل</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>خيارات أخرى</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>لا يستمع تور على أي منفذ</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>الأعلام: {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (لا يستمع)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>يتصل تور عبر الجسور فقط</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>يتصل تور بشبكة تور مباشرة</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>برنامج يتحدث نقل جسر</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>جسر ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>لا يقدّم تور هذا أي موقع بصلي</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>اسم المضيف غير مقروء: {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>المنافذ (منفذ البصل، ثم وجهته): {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>المفاتيح في {directory}</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>خدمة بصلية</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>تور هذا عميل فقط (بلا ORPort)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>جسر</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>مُرحِّل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>ينقل تور هذا حركة مرور الآخرين</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>قابل للوصول</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>الاختبار الذاتي لتور</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>المحاسبة</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>لا يقدّم تور منفذ SOCKS، فلا تستطيع التطبيقات استخدامه مباشرة. يضيف سطر SocksPort في torrc منفذًا.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>تطبيقات مثل عميل البريد: اضبط الوكيل فيها على مقبس SOCKS5 ‏{path}، ودع الوكيل يحلّ الأسماء. غيّره في {where}.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>تطبيقات مثل عميل البريد: اضبط الوكيل فيها على SOCKS5، المضيف {host}، المنفذ {port}، ودع الوكيل يحلّ الأسماء. غيّر المنفذ في {where}.</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc: {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>الافتراضيات: {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS: غيّر services.tor في configuration.nix</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>وكيل SOCKS5 للتطبيقات (المتصفح، البريد، الدردشة)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>وكيل HTTP CONNECT للتطبيقات التي لا تستطيع استخدام SOCKS</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>وكيل شفاف: قواعد الجدار الناري تعيد توجيه الاتصالات إلى هنا</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>وكيل شفاف على طريقة natd</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>محلّل DNS يسأل عبر تور</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>منفذ التحكم: برامج مثل هذه اللوحة</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>مقبس التحكم: برامج مثل هذه اللوحة</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>منفذ المُرحِّل: تتصل هنا المُرحِّلات والعملاء الآخرون</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>منفذ الدليل لهذا المُرحِّل</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>منفذ وسائل النقل القابلة للتوصيل لهذا الجسر</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>مقاييس لأدوات المراقبة</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>التدفقات من المنافذ الأخرى لا تشاركه دوائره أبدًا</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>يشارك الدوائر مع المنافذ الأخرى في مجموعة الجلسة {group}</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>لكل عنوان عميل دوائره الخاصة</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>قد يتشارك العملاء من عناوين مختلفة الدوائر</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>لكل اسم مستخدم وكلمة مرور SOCKS دوائره الخاصة</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>أسماء المستخدمين وكلمات مرور SOCKS لا تفصل الدوائر</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>لكل بروتوكول (SOCKS 4، SOCKS 5، HTTP، DNS...) دوائره الخاصة</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>لكل عنوان وجهة دوائره الخاصة</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>لكل منفذ وجهة دوائره الخاصة</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>تبقى الدوائر ذات مصادقة SOCKS مفتوحة ما دامت مستخدمة</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>يحاول الاتصال</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>لا يستطيع الاتصال</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>غير مستخدم (UseBridges معطّل)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>لم يُجرَّب بعد</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>ملف الافتراضيات</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>سطر أوامر تور</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>القيمة الافتراضية المدمجة في تور</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>تغيّر أثناء عمل تور (بواسطة متحكم)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>غير معروف (ملف غير مقروء)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>مُعلَن في torrc</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>أُضيف عبر منفذ التحكم، وبقي بعد إغلاقه</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>أُضيف عبر اتصال التحكم لهذه اللوحة</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>لم يُعثر على تور</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>لا يجيب أي تور على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

يمكن لـ OnionPanel أن يشغّل تور خاصًا بك: يعمل باسمك، ويحفظ بياناته في مجلد حالتك، ويتوقف عند إنهاء OnionPanel. لا يمسّ أبدًا تور النظام أو إعداداته.</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;شغّل تور خاصًا بي</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>شغّل تور خاصًا بي</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>لا يستطيع OnionPanel قراءة ملف تعريف الارتباط للاستيثاق الخاص بتور {path} ({detail}).</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>اطلب من مالك تور ذاك أن يجعل ملف تعريف الارتباط الخاص به قابلًا للقراءة لمجموعة أنت عضو فيها، ثم سجّل الخروج وادخل من جديد.</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>الملف يخص المجموعة «{group}». انضم إلى تلك المجموعة: sudo usermod -aG {group} {user}، ثم سجّل الخروج وادخل مجددًا. على NixOS، أضف users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; إلى إعداداتك ونفّذ nixos-rebuild switch.</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>المجلد {path} مملوك لـ {owner}:{group} بالصلاحيات {mode}، لذا لا يستطيع فتحه إلا {owner}؛ الانضمام إلى مجموعة لن يفيد. اجعل تور يجعل ملف تعريف الارتباط قابلًا للقراءة لمجموعته (CookieAuthFileGroupReadable 1 في ملف torrc الخاص به، كما يفعل tor في دبيان للمجموعة debian-tor)، أو استخدم مقبس التحكم الخاص بتور مع ControlSocketsGroupWritable 1 (في NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>ملف تعريف الارتباط مملوك لـ {owner}:{group} بالصلاحيات {mode}، لذا لا يستطيع فتحه إلا {owner}؛ الانضمام إلى مجموعة لن يفيد. اجعل تور يجعل ملف تعريف الارتباط قابلًا للقراءة لمجموعته (CookieAuthFileGroupReadable 1 في ملف torrc الخاص به، كما يفعل tor في دبيان للمجموعة debian-tor)، أو استخدم مقبس التحكم الخاص بتور مع ControlSocketsGroupWritable 1 (في NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>لا يجيب أي منفذ تحكم لتور. جُرّب:
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>رفض تور في {endpoint} كلمة السر.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>يحتاج تور في {endpoint} إلى كلمة سر للتحكم، ولم تُعطَ أي كلمة.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>لا يقدّم تور في {endpoint} أي طريقة دخول يدعمها OnionPanel ({offered}).</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} لا يتحدث بروتوكول التحكم الخاص بتور ({detail}).</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>لم يبدأ تور: {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>لم تبدأ شبكة الاختبار: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>هوية جديدة</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>هوية &amp;جديدة</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>دوائر جديدة للاتصالات الجديدة ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>نتيجة الهوية الجديدة</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>أ&amp;سقط الدوائر المارّة بذلك المخرج</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>أسقط الدوائر المارّة بذلك المخرج</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>حزمة بايثون «keyring» غير مثبتة، فلا يوجد مكان آمن.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>لا يمكن الوصول إلى حلقة مفاتيح سطح المكتب: {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>لا تعمل أي حلقة مفاتيح لسطح المكتب (Secret Service) في هذه الجلسة.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>سيستخدم OnionPanel هذه اللغة في المرة القادمة التي يبدأ فيها.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>الدوائر</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>المرحّلات</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>عرض النطاق</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>غير متصل بتور.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرارات</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>لم تتكرر، آخرها في %1 (%Ln)</numerusform>
            <numerusform>تكررت مرة واحدة (%Ln)، آخرها في %1</numerusform>
            <numerusform>تكررت مرتين (%Ln)، آخرها في %1</numerusform>
            <numerusform>تكررت %Ln مرات، آخرها في %1</numerusform>
            <numerusform>تكررت %Ln مرة، آخرها في %1</numerusform>
            <numerusform>تكررت %Ln مرة، آخرها في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>تنقيح</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>سجل الرسائل</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>أدنى خطورة معروضة</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>أظهر رسائل هذه الخطورة وما فوقها</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>ال&amp;خطورة:</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>ابحث في الرسائل</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>أظهر ال&amp;معلومات/التنقيح</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>أظهر رسائل المعلومات والتنقيح</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>يطلب من تور رسائل المعلومات والتنقيح ما دامت هذه الصفحة مفتوحة. إنها كثيرة.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ن&amp;سخ</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>انسخ الرسائل المحددة</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>انسخ الرسائل المحددة، أو كل المعروض إن لم يُحدَّد شيء</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>ا&amp;حفظ…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>احفظ الرسائل المعروضة في ملف</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>الرسائل السابقة</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>رسائل تور</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>لا يمكن قراءة ملف سجل تور (%1).</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>لا يُظهر لك سجل النظام أي رسائل من تور. يستطيع أعضاء المجموعة «systemd-journal» أو «adm» قراءتها.</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>يكتب تور سجله في سجل النظام، لكن journalctl غير متوفر.</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>لا يكتب تور سجله في ملف ولا في سجل النظام.</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>لم يذكر تور أين يكتب سجله (%1).</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>الرسائل السابقة غير معروضة: %1 تظهر الرسائل الجديدة فور وصولها.</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>حفظ الرسائل</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>ملفات السجل (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>لم تُحفظ الرسائل</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OnionPanel</source>
        <translation>OnionPanel</translation>
    </message>
    <message>
        <source>OnionPanel main area</source>
        <translation>المنطقة الرئيسية لـ OnionPanel</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>شبكة اختبار — غير مجهولة. هذه شبكة تور تدريبية خاصة على هذا الحاسوب؛ لا شيء مما تفعله هنا مخفي.</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>تحذير شبكة الاختبار</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>لا يوجد شريط نظام</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>أغلق النافذة</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>أظهر الصفحة {number}</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — شبكة اختبار، غير مجهولة</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>هوية جديدة</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>خريطة المرحّلات</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>خريطة العالم للمُرحِّلات؛ الأسهم للتحريك، زائد وناقص للتكبير، N وP لاختيار الدائرة التالية أو السابقة، Escape لا شيء، F يلائم الدائرة المختارة</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>حارس</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>مخرج</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>مرحّل آخر</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>حجم النقطة: عرض النطاق</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
عرض النطاق: {bw} kB/s
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>%Ln مُرحِّل هنا؛ انقر للتكبير</numerusform>
            <numerusform>%Ln مُرحِّل هنا؛ انقر للتكبير</numerusform>
            <numerusform>%Ln مُرحِّلان هنا؛ انقر للتكبير</numerusform>
            <numerusform>%Ln مُرحِّلات هنا؛ انقر للتكبير</numerusform>
            <numerusform>%Ln مُرحِّلًا هنا؛ انقر للتكبير</numerusform>
            <numerusform>%Ln مُرحِّل هنا؛ انقر للتكبير</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>الدائرة {id}</translation>
    </message>
</context>
<context>
    <name>MapClusters</name>
    <message>
        <source>%1k</source>
        <comment>thousands of relays, on a small badge: 1.2k</comment>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Relay map page</source>
        <translation>صفحة خريطة المرحّلات</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>مصدر المواقع</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>عدد المرحّلات</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>ملاءمة الدائرة</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>لاءِم الدائرة المحددة</translation>
    </message>
    <message>
        <source>World</source>
        <translation>العالم</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>أظهر العالم كله</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>اختر دائرة أولًا: انقر خطها، أو اضغط N على الخريطة</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>المواقع: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>وُضع {placed} من {total} مرحّل</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>غير متصل بتور.</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>فشلت الهوية الجديدة: {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>هوية جديدة</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>هوية جديدة في الطريق بالفعل: يبدّل تور خلال {seconds} ث.</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>يسمح تور بهوية جديدة واحدة كل ١٠ ثوانٍ: يبدّل خلال {seconds} ث.</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>هوية جديدة: تحصل الاتصالات الجديدة على دوائر جديدة. بانتظار حركة مرور لإظهار المخرج الجديد…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>أعاد تور استخدام المخرج نفسه: {exit}.</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>هوية جديدة: المخرج {exit}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>لم تُغلق أي دائرة (%n) عبر {exit}.</numerusform>
            <numerusform>أُغلقت دائرة واحدة (%n) عبر {exit}.</numerusform>
            <numerusform>أُغلقت دائرتان (%n) عبر {exit}.</numerusform>
            <numerusform>أُغلقت %n دوائر عبر {exit}.</numerusform>
            <numerusform>أُغلقت %n دائرة عبر {exit}.</numerusform>
            <numerusform>أُغلقت %n دائرة عبر {exit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>لم تُغلق أي دائرة (%n) إلى {host}: سيحصل اتصاله التالي على دائرة جديدة.</numerusform>
            <numerusform>أُغلقت دائرة واحدة (%n) إلى {host}: سيحصل اتصاله التالي على دائرة جديدة.</numerusform>
            <numerusform>أُغلقت دائرتان (%n) إلى {host}: سيحصل اتصاله التالي على دائرة جديدة.</numerusform>
            <numerusform>أُغلقت %n دوائر إلى {host}: سيحصل اتصاله التالي على دائرة جديدة.</numerusform>
            <numerusform>أُغلقت %n دائرة إلى {host}: سيحصل اتصاله التالي على دائرة جديدة.</numerusform>
            <numerusform>أُغلقت %n دائرة إلى {host}: سيحصل اتصاله التالي على دائرة جديدة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>ساعتك متأخرة %n ثانية عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
            <numerusform>ساعتك متأخرة ثانية واحدة (%n) عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
            <numerusform>ساعتك متأخرة ثانيتين (%n) عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
            <numerusform>ساعتك متأخرة %n ثوانٍ عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
            <numerusform>ساعتك متأخرة %n ثانية عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
            <numerusform>ساعتك متأخرة %n ثانية عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>ساعتك متقدمة %n ثانية عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
            <numerusform>ساعتك متقدمة ثانية واحدة (%n) عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
            <numerusform>ساعتك متقدمة ثانيتين (%n) عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
            <numerusform>ساعتك متقدمة %n ثوانٍ عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
            <numerusform>ساعتك متقدمة %n ثانية عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
            <numerusform>ساعتك متقدمة %n ثانية عن {source}. يحتاج تور إلى ساعة صحيحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>إجماع الشبكة</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>المرحّل في {address}</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>خادوم الدليل في {address}</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>شبكة تور</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>يواجه تور مشكلة في الاتصال: {reason} ({warning}).</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>يواجه تور مشكلة في الاتصال: {reason}.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>اتصل تطبيق بالمنفذ {port}، الذي يحمل عادةً كلمات سر غير مشفّرة. رفض تور الاتصال.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>اتصل تطبيق بالمنفذ {port}، الذي يحمل عادةً كلمات سر غير مشفّرة. سمح تور بالاتصال.</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>أعطى تطبيقٌ تورَ عنوان IP فقط ({address}) عبر {protocol}، فغالبًا بحث عن الاسم خارج تور (تسريب DNS).</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>تغيّر عنوان هذا الحاسوب</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>لا يمكن الوصول إلى أي خادم دليل</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>قفزت الساعة</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>تعذّر تحميل قائمة الدوائر: {problem} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>تعذّر تحميل سجل تور: {problem} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>تعذّرت قراءة إعدادات تور: {problem} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>تعذّر تحميل قائمة المُرحِّلات: {problem} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>فشلت مهمة في خلفية OnionPanel: {problem} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>تعذّر استخدام قائمة المُرحِّلات الخاصة بتور كاملةً، لا مشاكل (%n): {problems} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</numerusform>
            <numerusform>تعذّر استخدام قائمة المُرحِّلات الخاصة بتور كاملةً، مشكلة واحدة (%n): {problems} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</numerusform>
            <numerusform>تعذّر استخدام قائمة المُرحِّلات الخاصة بتور كاملةً، مشكلتان (%n): {problems} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</numerusform>
            <numerusform>تعذّر استخدام قائمة المُرحِّلات الخاصة بتور كاملةً، %n مشاكل: {problems} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</numerusform>
            <numerusform>تعذّر استخدام قائمة المُرحِّلات الخاصة بتور كاملةً، %n مشكلة: {problems} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</numerusform>
            <numerusform>تعذّر استخدام قائمة المُرحِّلات الخاصة بتور كاملةً، %n مشكلة: {problems} سيحاول OnionPanel مجددًا عند إعادة الاتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>تحدّث تطبيق ببروتوكول مجهول إلى منفذ SOCKS الخاص بتور.</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>طلب تطبيق من تور اسم مضيف غير صالح: {hostname}.</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>مزوّد DNS لديك يجيب بعناوين مزيفة (اختطاف DNS). يجب ألا يكون هذا المرحّل مخرجًا.</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>مزوّد DNS لديك يُفشل كل استعلام، فلا يمكن حل حركة مرور الخروج.</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>تور هذا ({current}) قديم؛ توصي الشبكة بـ: {recommended}.</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>تعدّ شبكة تور إصدار تور هذا ({current}) خطيرًا.</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>لدى تور اتصالات مفتوحة كثيرة جدًا ({count}).</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>تعلن إعدادات التوجيه منفذًا لا يستمع عليه تور، فلن يعمل ذلك الوضع أو الملف الشخصي حتى تُصلح إعدادات تور أو إعدادات التوجيه: {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>يعيد الاتصال بتور: {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>صادف تور علّة داخلية: {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>يستطيع تور بناء الدوائر مجددًا.</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>لا يستطيع تور بناء الدوائر الآن ({reason}).</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>أبلغ تور عن {kind}.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>يتصل بتور…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>يستوثق…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>يعيد الاتصال…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>يبدأ</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>الإقلاع {percent}٪: {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>لا شيء (منفذ تحكم مفتوح)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>ملف تعريف الارتباط</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>ملف تعريف ارتباط آمن</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة السر</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>موصى به</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>متقادم، يُرجى التحديث</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>غير موصى به، يُرجى التحديث</translation>
    </message>
    <message>
        <source>old</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>أحدث من الموصى به</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>لم يُقيَّم بعد: ليس لدى تور إجماع يسرد الإصدارات الموصى بها</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>لم يُقيَّم بعد: لم يقل تور إن كان موصى به</translation>
    </message>
    <message>
        <source>{version} ({verdict})</source>
        <translation>{version} ({verdict})</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>&amp;Start with my session</source>
        <translation>ا&amp;بدأ مع جلستي</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>تعذّر تغيير مدخل التشغيل التلقائي: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>كلمة سر التحكم في تور</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>يطلب تور في {endpoint} كلمة سر التحكم.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>رفض تور كلمة السر تلك. يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>رُفضت كلمة السر</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة السر</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>ت&amp;ذكّر في حلقة مفاتيح سطح المكتب</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>تذكّر في حلقة مفاتيح سطح المكتب</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>سبب عدم توفر حلقة المفاتيح</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>أزرار الحوار</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>خرق مُرحِّل البروتوكول</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>خطأ داخلي</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>بناءً على طلب</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>مُرحِّل في حالة سبات</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>نفدت موارد مُرحِّل</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>تعذّر الوصول إلى مُرحِّل</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>كانت لمُرحِّل هوية خاطئة</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>أُغلق الاتصال بمُرحِّل</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>استُهلكت</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>انتهت المهلة</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>أغلقها مُرحِّل</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>لا مسار عبر الشبكة</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>لا توجد خدمة بصلية كهذه</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>اكتمل قياس المهلة</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>لم تعد لازمة</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>تعذّر حلّ الاسم</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>رفضت الوجهة الاتصال</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>المَخرج لا يسمح به</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>أُغلقت دائرته</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>لا طريق إلى الوجهة</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>المَخرج في حالة سبات</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>نفدت موارد المَخرج</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>أُعيد تعيين الاتصال</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>ليس دليلًا</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>عنوان خاص، مرفوض</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>لم تستطع أي دائرة حمله</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>أغلق مُرحِّل الاتصال</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>رفض مُرحِّل الاتصال</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>أُعيد تعيين اتصال بمُرحِّل</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>انتهت مهلة اتصال بمُرحِّل</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>لا طريق إلى مُرحِّل (هل هذا الحاسوب متصل بالإنترنت؟)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>فشل اتصال بمُرحِّل في القراءة أو الكتابة</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>نفدت اتصالات هذا الحاسوب أو ذاكرته</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>وسيلة نقل قابلة للتوصيل مفقودة</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>فشل اتصال بمُرحِّل</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>تفاصيل المرحّل</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>اختر مُرحِّلًا في القائمة، أو انقر واحدًا على الخريطة، لترى ما يعرفه تور عنه.</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>لم يُختر أي مُرحِّل</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>الأعلام</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>عرض النطاق (الإجماع)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>مدة التشغيل</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>ملخص سياسة الخروج</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>سياسة الخروج</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>انسخ {field}</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
</context>
<context>
    <name>RelayFlags</name>
    <message>
        <source>Authority</source>
        <translation>سلطة</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>مخرج سيئ</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>مخرج</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>سريع</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>حارس</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>دليل خدمات البصل</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>وسيط فقط</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>بلا إجماع Ed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>مستقر</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>واصف قديم</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>سيبيل</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source> </source>
        <comment>between two flags of a relay: Exit Fast Running</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>RelayListView</name>
    <message>
        <source>Relay list</source>
        <translation>قائمة المرحّلات</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>ابحث بالاسم المستعار أو البصمة أو IP</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>ابحث في المرحّلات</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>رشّح حسب العلم</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>كل الأعلام</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>رشّح حسب البلد</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>المرحّلات</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>المرحّلات المعروضة</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>تفاصيل المرحّل</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} من {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>المدن</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} (قاعدة بيانات {kind})</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP الخاص بتور (البلدان فقط)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>المرحّلات</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>لماذا لا توجد مُرحِّلات</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}؛ مرحّلات شبكة الاختبار في أماكن مختلقة</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>لم يعطِ تور ‏OnionPanel قائمة المُرحِّلات بعد. تتوفر لديه بعد تنزيل إجماع الشبكة؛ صفحة الحالة تُظهر إلى أين وصل.</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>غير متصل بتور. تمتلئ الخريطة وقائمة المُرحِّلات بعد اتصال OnionPanel؛ صفحة الحالة تقول ما الذي ينتظره.</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>الأعلام</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>عرض النطاق</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>عنوان IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>مدة التشغيل</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of uptime</comment>
        <translation>%1 دقيقة</translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message>
        <source>VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)</source>
        <translation>تُمرَّر الآلات الافتراضية والأجهزة على {interfaces} كما أُعدّ النظام (وضع معطّل)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>لا تصل الآلات الافتراضية والأجهزة على {interfaces} إلى أي شيء (إغلاق تام)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>تمر الآلات الافتراضية والأجهزة على {interfaces} عبر تور</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>الآلات الافتراضية والأجهزة على {interfaces} محجوبة: لا يُمرَّر شيء مما ترسله</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>تُمرَّر الآلات الافتراضية والأجهزة على {interfaces} دون تور</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>يذهب TCP إلى منفذ TransPort لتور {address}:{trans_port}، وDNS إلى منفذه DNSPort {address}:{dns_port}، وIPv6 كذلك؛ ويُحجب UDP وICMP.</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>يذهب TCP إلى منفذ TransPort لتور {address}:{trans_port}، وDNS إلى منفذه DNSPort {address}:{dns_port}؛ ويُحجب UDP وICMP وIPv6.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>حُجبت %n حزمة من {interfaces} حاولت الخروج متجاوزة تور (منذ آخر تبديل)</numerusform>
            <numerusform>حُجبت حزمة واحدة (%n) من {interfaces} حاولت الخروج متجاوزة تور (منذ آخر تبديل)</numerusform>
            <numerusform>حُجبت حزمتان (%n) من {interfaces} حاولتا الخروج متجاوزتين تور (منذ آخر تبديل)</numerusform>
            <numerusform>حُجبت %n حزم من {interfaces} حاولت الخروج متجاوزة تور (منذ آخر تبديل)</numerusform>
            <numerusform>حُجبت %n حزمة من {interfaces} حاولت الخروج متجاوزة تور (منذ آخر تبديل)</numerusform>
            <numerusform>حُجبت %n حزمة من {interfaces} حاولت الخروج متجاوزة تور (منذ آخر تبديل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>حُجبت %n حزمة من {interfaces} تحاول تجاوز تور</numerusform>
            <numerusform>حُجبت حزمة واحدة (%n) من {interfaces} تحاول تجاوز تور</numerusform>
            <numerusform>حُجبت حزمتان (%n) من {interfaces} تحاولان تجاوز تور</numerusform>
            <numerusform>حُجبت %n حزم من {interfaces} تحاول تجاوز تور</numerusform>
            <numerusform>حُجبت %n حزمة من {interfaces} تحاول تجاوز تور</numerusform>
            <numerusform>حُجبت %n حزمة من {interfaces} تحاول تجاوز تور</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>التمرير لـ {interfaces} معطّل ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} معطّل، لكن مُدخل الموجّه لـ {interfaces} يمرّر بعض الحركة كما هي ويحتاج إليه. لا يغيّره OnionPanel أبدًا: اضبط {sysctl} = 1 في إعدادات النظام.</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>الشبكات الموجَّهة</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>الواجهات الموجَّهة</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>إلى أين تذهب حركتها</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>محاولات محجوبة للخروج متجاوزةً تور</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>مشكلة في التمرير</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>لا يوجد ناقل نظام للوصول إلى مساعد التوجيه: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>مساعد التوجيه غير متوفر.</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>لم يُجب مساعد التوجيه: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>مساعد التوجيه غير مثبت أو لا يعمل ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>معطّل (تستخدمه فقط البرامج المعدّة لتور)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>تور (كل حركة المرور)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>إغلاق تام (لا يخرج شيء سوى تور نفسه)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>غير مطبّق</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>تور، مع اتصال مباشر لـ {profile}</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>ال&amp;توجيه</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>التوجيه</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>يسأل مساعد التوجيه…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>يبدأ مساعد التوجيه الخاص بشبكة الاختبار مع شبكتها…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>الآن: {mode} (العودة إلى تور خلال %n دقيقة)</numerusform>
            <numerusform>الآن: {mode} (العودة إلى تور خلال دقيقة واحدة، %n)</numerusform>
            <numerusform>الآن: {mode} (العودة إلى تور خلال دقيقتين، %n)</numerusform>
            <numerusform>الآن: {mode} (العودة إلى تور خلال %n دقائق)</numerusform>
            <numerusform>الآن: {mode} (العودة إلى تور خلال %n دقيقة)</numerusform>
            <numerusform>الآن: {mode} (العودة إلى تور خلال %n دقيقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>الآن: {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>العودة إلى تور (إنهاء الاتصال المباشر لـ {profile})</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>افتح {app} في {profile}</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>اتصال مباشر لمدة {minutes} د: {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>اتصال مباشر حتى أعيده بنفسي: {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>الاتصال المباشر مفعّل لـ {profile}</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>أزال جدول الجدار الناري الخاص بـ OnionPanel</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>استبدل بجدول الجدار الناري الخاص بـ OnionPanel نسخة قديمة ({mode})</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>حذف السلسلة {chain} من جدول الجدار الناري الخاص بـ OnionPanel</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>أفرغ السلسلة {chain} في جدول الجدار الناري الخاص بـ OnionPanel</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>غيّر قواعد {chain} في جدول الجدار الناري الخاص بـ OnionPanel</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>أضاف السلسلة {chain} إلى جدول الجدار الناري الخاص بـ OnionPanel</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>غيّر جدول الجدار الناري الخاص بـ OnionPanel</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>برنامج آخر {found}؛ تمت الاستعادة: {mode} مطبَّق من جديد.</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>جهة غير تور تشغل منافذ تور: إغلاق تام حتى يستعيدها تور.</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>انتهى وقت الاتصال المباشر: العودة إلى {mode}.</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>لم يبدأ {program}.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>تفاصيل التقدم</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>تقدم الإقلاع</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>خطأ في الاتصال</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>تور</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>تفاصيل تور</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>إصدار تور</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>نقطة التحكم</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>طريقة الاستيثاق</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>منفذ التحكم:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>الاستيثاق:</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>منفذ SOCKS للتطبيقات</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>نسخ منفذ SOCKS</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>نسخ host:port للصقه في إعداد الوكيل في تطبيق</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>منفذ SOCKS:</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5؛ تور الذي شغّله OnionPanel)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>ملاحظات من تور</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>لم يُبلغ تور عن شيء يحتاج إلى انتباه.</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>لا ملاحظات</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p٪</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>بانتظار تور</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  (%Ln مرة منذ {first})</numerusform>
            <numerusform>{time}  {notice}  (%Ln مرة منذ {first})</numerusform>
            <numerusform>{time}  {notice}  (%Ln مرة منذ {first})</numerusform>
            <numerusform>{time}  {notice}  (%Ln مرات منذ {first})</numerusform>
            <numerusform>{time}  {notice}  (%Ln مرة منذ {first})</numerusform>
            <numerusform>{time}  {notice}  (%Ln مرة منذ {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>يبدأ تور خاص بك…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>OnionPanel: {phase}</source>
        <translation>OnionPanel: {phase}</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous</source>
        <translation>شبكة اختبار — غير مجهولة</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>تور {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>لا يُظهر GNOME أيقونات شريط النظام ما لم تُثبَّت الإضافة «AppIndicator and KStatusNotifierItem Support» وتُفعَّل. يُبقي OnionPanel هذه النافذة مفتوحة بدلًا من ذلك؛ وإغلاقها ينهي OnionPanel.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>لا يوجد شريط نظام في سطح المكتب هذا (لم يُعثر على مضيف StatusNotifierItem). يُبقي OnionPanel هذه النافذة مفتوحة بدلًا من ذلك؛ وإغلاقها ينهي OnionPanel.</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>قائمة OnionPanel في شريط النظام</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>ا&amp;فتح اللوحة</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>هوية &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>↓ {read}  ↑ {written}</source>
        <translation>↓ {read}  ↑ {written}</translation>
    </message>
    <message>
        <source>{title}: {body}</source>
        <comment>a notification read aloud</comment>
        <translation>{title}: {body}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <comment>abbreviation of byte</comment>
        <translation>بايت</translation>
    </message>
    <message>
        <source>KiB</source>
        <comment>abbreviation of kibibyte (1024 bytes)</comment>
        <translation>ك.بايت</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>abbreviation of mebibyte</comment>
        <translation>م.بايت</translation>
    </message>
    <message>
        <source>GiB</source>
        <comment>abbreviation of gibibyte</comment>
        <translation>ج.بايت</translation>
    </message>
    <message>
        <source>TiB</source>
        <comment>abbreviation of tebibyte</comment>
        <translation>ت.بايت</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number, then its unit: 1.5 KiB</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>a data rate: %1 is an amount such as 2.5 KiB, per second</comment>
        <translation>%1/ث</translation>
    </message>
    <message>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation>م.بايت/ث</translation>
    </message>
    <message>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>ك.بايت/ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 يوم %2 س</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>أبلغ تور عن خطأ</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>أبلغ تور عن تحذير</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>لم يُبلغ تور عن تحذيرات أو أخطاء (%n)</numerusform>
            <numerusform>أبلغ تور عن تحذير أو خطأ واحد (%n)</numerusform>
            <numerusform>أبلغ تور عن تحذيرين أو خطأين (%n)</numerusform>
            <numerusform>أبلغ تور عن %n تحذيرات أو أخطاء</numerusform>
            <numerusform>أبلغ تور عن %n تحذيرًا أو خطأً</numerusform>
            <numerusform>أبلغ تور عن %n تحذير أو خطأ</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>الأخطر: %1</translation>
    </message>
</context>
</TS>
