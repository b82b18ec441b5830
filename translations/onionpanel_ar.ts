<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="40"/>
        <source>Column headers</source>
        <translation>رؤوس الأعمدة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="41"/>
        <source>Row headers</source>
        <translation>رؤوس الصفوف</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="43"/>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="45"/>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="49"/>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: الخيارات</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="57"/>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="59"/>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="62"/>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="69"/>
        <source>1 second</source>
        <translation>ثانية واحدة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="70"/>
        <source>5 seconds</source>
        <translation>٥ ثوانٍ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="71"/>
        <source>30 seconds</source>
        <translation>٣٠ ثانية</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="72"/>
        <source>1 minute</source>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="73"/>
        <source>10 minutes</source>
        <translation>١٠ دقائق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="74"/>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/bandwidth/page.py" line="76"/>
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
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="101"/>
        <source>Bandwidth graph</source>
        <translation>رسم بياني لعرض النطاق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="170"/>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="174"/>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="173"/>
        <source>%1 ago</source>
        <translation>قبل %1</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="186"/>
        <source>Collecting data: a point every %1.</source>
        <translation>جمع البيانات: نقطة كل %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="235"/>
        <source>Bandwidth</source>
        <translation>عرض النطاق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="241"/>
        <source>Graph interval</source>
        <translation>الفاصل الزمني للرسم</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="242"/>
        <source>Each point of the graph averages this long</source>
        <translation>كل نقطة في الرسم هي متوسط هذه المدة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="246"/>
        <source>&amp;Interval:</source>
        <translation>ال&amp;فاصل:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="249"/>
        <source>Current download rate</source>
        <translation>معدل التنزيل الحالي</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="250"/>
        <source>Current upload rate</source>
        <translation>معدل الرفع الحالي</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="251"/>
        <source>Read since tor started</source>
        <translation>المستلم منذ بدء تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="252"/>
        <source>Written since tor started</source>
        <translation>المرسل منذ بدء تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="258"/>
        <source>Read (download)</source>
        <translation>مستلم (تنزيل)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="259"/>
        <source>Written (upload)</source>
        <translation>مرسل (رفع)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="262"/>
        <source>Download rate:</source>
        <translation>معدل التنزيل:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="263"/>
        <source>Upload rate:</source>
        <translation>معدل الرفع:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="264"/>
        <source>Read since tor started:</source>
        <translation>المستلم منذ بدء تور:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="265"/>
        <source>Written since tor started:</source>
        <translation>المرسل منذ بدء تور:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="302"/>
        <source>↓ %1 ↑ %2</source>
        <translation>↓ %1 ↑ %2</translation>
    </message>
</context>
<context>
    <name>CircuitCells</name>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="148"/>
        <source>Circuit %s</source>
        <translation>الدائرة %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="173"/>
        <source>Purpose: %s</source>
        <translation>الغرض: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="175"/>
        <source>Build flags: %s</source>
        <translation>أعلام البناء: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="247"/>
        <source>Status: %s</source>
        <translation>الحالة: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="251"/>
        <source>Reason: %s</source>
        <translation>السبب: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="270"/>
        <source>stream %s</source>
        <translation>التدفق %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="169"/>
        <source>Circuit {id}: {status}</source>
        <translation>الدائرة {id}: {status}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="178"/>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>حركة المرور: {received} مستلم، {sent} مرسل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="189"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="278"/>
        <source>{status} ({reason})</source>
        <comment>a status, then tor&apos;s reason for it</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="196"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="197"/>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>قيد البناء</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="198"/>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>بانتظار الحارس</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="199"/>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>جاهزة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="200"/>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>فشلت</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="201"/>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="206"/>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>عامة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="207"/>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>عامة (conflux)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="208"/>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux، قيد الربط</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="209"/>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>عميل البصل، تقديم</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="210"/>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>عميل البصل، موعد</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="211"/>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>عميل البصل، دليل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="212"/>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>خدمة البصل، تقديم</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="213"/>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>خدمة البصل، موعد</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="214"/>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>خدمة البصل، دليل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="215"/>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>طلائع البصل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="216"/>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>قياس المهلة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="217"/>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>المتحكم</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="218"/>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="219"/>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>حشو</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="220"/>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>اختبار انحياز المسار</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="225"/>
        <source>New</source>
        <comment>stream status</comment>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="226"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="227"/>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>قيد الحل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="228"/>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>أعيد تعيين العنوان</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="229"/>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>قيد الاتصال</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="230"/>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="231"/>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>مفصول</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="232"/>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="233"/>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="246"/>
        <source>Stream {id} to {target}</source>
        <translation>التدفق {id} إلى {target}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="248"/>
        <source>From: {protocol} {origin}</source>
        <translation>من: {protocol} {origin}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="265"/>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="288"/>
        <source>app “{app}” in {profile}</source>
        <translation>التطبيق «{app}» في {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="291"/>
        <source>app “%s”</source>
        <translation>التطبيق «%s»</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="293"/>
        <source>profile %s</source>
        <translation>الملف الشخصي %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="295"/>
        <source>tor&apos;s directory fetch</source>
        <translation>جلب الدليل لتور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="297"/>
        <source>transparent proxy</source>
        <translation>وكيل شفاف</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="299"/>
        <source>DNS port</source>
        <translation>منفذ DNS</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="303"/>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}، المستمع {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="75"/>
        <source>Circuit / relay / stream</source>
        <translation>دائرة / مرحّل / تدفق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="76"/>
        <source>Status / country</source>
        <translation>الحالة / البلد</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="77"/>
        <source>Purpose / address / source</source>
        <translation>الغرض / العنوان / المصدر</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="78"/>
        <source>Age / flags / traffic</source>
        <translation>العمر / الأعلام / حركة المرور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="79"/>
        <source>Path / fingerprint</source>
        <translation>المسار / البصمة</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="70"/>
        <source>Circuits and streams</source>
        <translation>الدوائر والتدفقات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="74"/>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>إظهار دوائر تور ال&amp;داخلية</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="75"/>
        <source>Show tor&apos;s internal circuits</source>
        <translation>إظهار دوائر تور الداخلية</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="77"/>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>بنية خدمات البصل، وجلب الدليل، واختبارات المهلة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="81"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="84"/>
        <source>&amp;Copy</source>
        <translation>ن&amp;سخ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="87"/>
        <source>Copy &amp;path</source>
        <translation>نسخ ال&amp;مسار</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="90"/>
        <source>&amp;New circuit for this host</source>
        <translation>دائرة &amp;جديدة لهذا المضيف</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="92"/>
        <source>Close circ&amp;uit</source>
        <translation>إغلاق ال&amp;دائرة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="93"/>
        <source>Close &amp;stream</source>
        <translation>إغلاق ال&amp;تدفق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="94"/>
        <source>Copy pat&amp;h</source>
        <translation>نسخ الم&amp;سار</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="96"/>
        <source>New circuit for this h&amp;ost</source>
        <translation>دائرة جديدة لهذا ال&amp;مضيف</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="99"/>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>أغلق الدوائر التي تحمل هذا المضيف، ليحصل اتصاله التالي على دائرة جديدة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="113"/>
        <source>Circuits, their relays and streams</source>
        <translation>الدوائر ومرحّلاتها وتدفقاتها</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="95"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="96"/>
        <source>No Tor found</source>
        <translation>لم يُعثر على تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="97"/>
        <source>No Tor answers on this computer.</source>
        <translation>لا يجيب أي تور على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="99"/>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

يمكن لـ OnionPanel أن يشغّل تور خاصًا بك: يعمل باسمك، ويحفظ بياناته في مجلد حالتك، ويتوقف عند إنهاء OnionPanel. لا يمسّ أبدًا تور النظام أو إعداداته.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="107"/>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;شغّل تور خاصًا بي</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="109"/>
        <source>Start my own Tor</source>
        <translation>شغّل تور خاصًا بي</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="111"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="31"/>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>لا يستطيع OnionPanel قراءة ملف تعريف الارتباط للاستيثاق الخاص بتور {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="38"/>
        <source>Ask the owner of that Tor to add you to the group allowed to read it, then log out and back in.</source>
        <translation>اطلب من مالك ذلك التور أن يضيفك إلى المجموعة المسموح لها بقراءته، ثم سجّل الخروج وادخل مجددًا.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="47"/>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>الملف يخص المجموعة «{group}». انضم إلى تلك المجموعة: sudo usermod -aG {group} {user}، ثم سجّل الخروج وادخل مجددًا. على NixOS، أضف users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; إلى إعداداتك ونفّذ nixos-rebuild switch.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="60"/>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="65"/>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>لا يجيب أي منفذ تحكم لتور. جُرّب:
{tried}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="66"/>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="75"/>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>رفض تور في {endpoint} كلمة السر.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="79"/>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>يحتاج تور في {endpoint} إلى كلمة سر للتحكم، ولم تُعطَ أي كلمة.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="83"/>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>لا يقدّم تور في {endpoint} أي طريقة دخول يدعمها OnionPanel ({offered}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="90"/>
        <source>Tor did not start: {detail}</source>
        <translation>لم يبدأ تور: {detail}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="92"/>
        <source>The sandbox network did not start: {detail}</source>
        <translation>لم تبدأ شبكة الاختبار: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="295"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="298"/>
        <source>New Identity</source>
        <translation>هوية جديدة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="297"/>
        <source>New &amp;Identity</source>
        <translation>هوية &amp;جديدة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="300"/>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>دوائر جديدة للاتصالات الجديدة ({shortcut})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="307"/>
        <source>New Identity result</source>
        <translation>نتيجة الهوية الجديدة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="310"/>
        <source>&amp;Drop circuits through that exit</source>
        <translation>أ&amp;سقط الدوائر المارّة بذلك المخرج</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="311"/>
        <source>Drop circuits through that exit</source>
        <translation>أسقط الدوائر المارّة بذلك المخرج</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="30"/>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>حزمة بايثون «keyring» غير مثبتة، فلا يوجد مكان آمن.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="37"/>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>لا يمكن الوصول إلى حلقة مفاتيح سطح المكتب: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="42"/>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>لا تعمل أي حلقة مفاتيح لسطح المكتب (Secret Service) في هذه الجلسة.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="119"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="120"/>
        <location filename="../onionpanel/ui/shell/language.py" line="137"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="123"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="138"/>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>سيستخدم OnionPanel هذه اللغة في المرة القادمة التي يبدأ فيها.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="90"/>
        <source>Circuits</source>
        <translation>الدوائر</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="91"/>
        <source>Relays</source>
        <translation>المرحّلات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="92"/>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="93"/>
        <source>Bandwidth</source>
        <translation>عرض النطاق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="181"/>
        <source>Not connected to tor.</source>
        <translation>غير متصل بتور.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Repeats</source>
        <translation>التكرارات</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/log/page.py" line="157"/>
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
        <location filename="../onionpanel/ui/log/page.py" line="93"/>
        <source>Debug</source>
        <translation>تنقيح</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="94"/>
        <source>Info</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="95"/>
        <source>Notice</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="96"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="97"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="270"/>
        <source>Message log</source>
        <translation>سجل الرسائل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="283"/>
        <source>Lowest severity shown</source>
        <translation>أدنى خطورة معروضة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="284"/>
        <source>Show messages of this severity and above</source>
        <translation>أظهر رسائل هذه الخطورة وما فوقها</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="289"/>
        <source>&amp;Severity:</source>
        <translation>ال&amp;خطورة:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="293"/>
        <location filename="../onionpanel/ui/log/page.py" line="294"/>
        <source>Search messages</source>
        <translation>ابحث في الرسائل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="300"/>
        <source>Show &amp;info/debug</source>
        <translation>أظهر ال&amp;معلومات/التنقيح</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="301"/>
        <source>Show info and debug messages</source>
        <translation>أظهر رسائل المعلومات والتنقيح</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="304"/>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>يطلب من تور رسائل المعلومات والتنقيح ما دامت هذه الصفحة مفتوحة. إنها كثيرة.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="309"/>
        <source>&amp;Copy</source>
        <translation>ن&amp;سخ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="310"/>
        <source>Copy selected messages</source>
        <translation>انسخ الرسائل المحددة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="311"/>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>انسخ الرسائل المحددة، أو كل المعروض إن لم يُحدَّد شيء</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="313"/>
        <source>Sa&amp;ve…</source>
        <translation>ا&amp;حفظ…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="314"/>
        <source>Save shown messages to a file</source>
        <translation>احفظ الرسائل المعروضة في ملف</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="327"/>
        <source>Earlier messages</source>
        <translation>الرسائل السابقة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="333"/>
        <source>Tor messages</source>
        <translation>رسائل تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="351"/>
        <source>Repeats</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="392"/>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>لا يمكن قراءة ملف سجل تور (%1).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="396"/>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>لا يُظهر لك سجل النظام أي رسائل من تور. يستطيع أعضاء المجموعة «systemd-journal» أو «adm» قراءتها.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="400"/>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>يكتب تور سجله في سجل النظام، لكن journalctl غير متوفر.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="403"/>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>لا يكتب تور سجله في ملف ولا في سجل النظام.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="405"/>
        <source>tor did not say where it logs (%1).</source>
        <translation>لم يذكر تور أين يكتب سجله (%1).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="410"/>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>الرسائل السابقة غير معروضة: %1 تظهر الرسائل الجديدة فور وصولها.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="482"/>
        <source>Save messages</source>
        <translation>حفظ الرسائل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="482"/>
        <source>Log files (*.log *.txt)</source>
        <translation>ملفات السجل (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="491"/>
        <source>Messages not saved</source>
        <translation>لم تُحفظ الرسائل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="492"/>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="51"/>
        <location filename="../onionpanel/ui/shell/main_window.py" line="52"/>
        <location filename="../onionpanel/ui/shell/main_window.py" line="132"/>
        <source>OnionPanel</source>
        <translation>OnionPanel</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="55"/>
        <source>OnionPanel main area</source>
        <translation>المنطقة الرئيسية لـ OnionPanel</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="62"/>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>شبكة اختبار — غير مجهولة. هذه شبكة تور تدريبية خاصة على هذا الحاسوب؛ لا شيء مما تفعله هنا مخفي.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="66"/>
        <source>Sandbox warning</source>
        <translation>تحذير شبكة الاختبار</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="69"/>
        <source>No system tray</source>
        <translation>لا يوجد شريط نظام</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="80"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="85"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="93"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="116"/>
        <source>Close window</source>
        <translation>أغلق النافذة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="121"/>
        <source>Show page {number}</source>
        <translation>أظهر الصفحة {number}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="134"/>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — شبكة اختبار، غير مجهولة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/panel.py" line="94"/>
        <source>New Identity</source>
        <translation>هوية جديدة</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="174"/>
        <source>Relay map</source>
        <translation>خريطة المرحّلات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="177"/>
        <source>World map of relays; arrows pan, plus and minus zoom, C and Shift+C pick a circuit, F fits it</source>
        <translation>خريطة العالم للمرحّلات؛ الأسهم للتحريك، زائد وناقص للتكبير، C وShift+C لاختيار دائرة، F لملاءمتها</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="548"/>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>حارس</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="549"/>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>مخرج</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="550"/>
        <source>Other relay</source>
        <translation>مرحّل آخر</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="553"/>
        <source>Dot size: bandwidth</source>
        <translation>حجم النقطة: عرض النطاق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="671"/>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
عرض النطاق: {bw} kB/s
{fp}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="680"/>
        <source>Circuit {id}</source>
        <translation>الدائرة {id}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="693"/>
        <source>Relay map page</source>
        <translation>صفحة خريطة المرحّلات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="698"/>
        <source>Location source</source>
        <translation>مصدر المواقع</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="700"/>
        <source>Relay count</source>
        <translation>عدد المرحّلات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="704"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="705"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="707"/>
        <source>Fit circuit</source>
        <translation>ملاءمة الدائرة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="708"/>
        <source>Fit the selected circuit</source>
        <translation>لاءِم الدائرة المحددة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="711"/>
        <source>World</source>
        <translation>العالم</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="711"/>
        <source>Show the whole world</source>
        <translation>أظهر العالم كله</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="732"/>
        <source>Locations: {source}</source>
        <translation>المواقع: {source}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="732"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="741"/>
        <source>{placed} of {total} relays placed</source>
        <translation>وُضع {placed} من {total} مرحّل</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="137"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="278"/>
        <source>Not connected to tor.</source>
        <translation>غير متصل بتور.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="177"/>
        <source>New Identity failed: {reason}</source>
        <translation>فشلت الهوية الجديدة: {reason}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="179"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="233"/>
        <source>New Identity</source>
        <translation>هوية جديدة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="185"/>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>هوية جديدة في الطريق بالفعل: يبدّل تور خلال {seconds} ث.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="188"/>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>يسمح تور بهوية جديدة واحدة كل ١٠ ثوانٍ: يبدّل خلال {seconds} ث.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="193"/>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>هوية جديدة: تحصل الاتصالات الجديدة على دوائر جديدة. بانتظار حركة مرور لإظهار المخرج الجديد…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="240"/>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="244"/>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>أعاد تور استخدام المخرج نفسه: {exit}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="247"/>
        <source>New identity: exit {exit}.</source>
        <translation>هوية جديدة: المخرج {exit}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/circuits/identity.py" line="259"/>
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
        <location filename="../onionpanel/ui/circuits/identity.py" line="270"/>
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
        <location filename="../onionpanel/ui/status/notices.py" line="34"/>
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
        <location filename="../onionpanel/ui/status/notices.py" line="38"/>
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
        <location filename="../onionpanel/ui/status/notices.py" line="49"/>
        <source>the network consensus</source>
        <translation>إجماع الشبكة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="51"/>
        <source>the relay at {address}</source>
        <translation>المرحّل في {address}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="53"/>
        <source>the directory server at {address}</source>
        <translation>خادوم الدليل في {address}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="54"/>
        <source>the Tor network</source>
        <translation>شبكة تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="58"/>
        <source>Tor has trouble connecting: {warning} (reason: {reason}).</source>
        <translation>يواجه تور صعوبة في الاتصال: {warning} (السبب: {reason}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="60"/>
        <source>no details</source>
        <translation>لا تفاصيل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="67"/>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>اتصل تطبيق بالمنفذ {port}، الذي يحمل عادةً كلمات سر غير مشفّرة. رفض تور الاتصال.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="73"/>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>اتصل تطبيق بالمنفذ {port}، الذي يحمل عادةً كلمات سر غير مشفّرة. سمح تور بالاتصال.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="82"/>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>أعطى تطبيقٌ تورَ عنوان IP فقط ({address}) عبر {protocol}، فغالبًا بحث عن الاسم خارج تور (تسريب DNS).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="95"/>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>تحدّث تطبيق ببروتوكول مجهول إلى منفذ SOCKS الخاص بتور.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="98"/>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>طلب تطبيق من تور اسم مضيف غير صالح: {hostname}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="101"/>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>مزوّد DNS لديك يجيب بعناوين مزيفة (اختطاف DNS). يجب ألا يكون هذا المرحّل مخرجًا.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="106"/>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>مزوّد DNS لديك يُفشل كل استعلام، فلا يمكن حل حركة مرور الخروج.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="109"/>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>تور هذا ({current}) قديم؛ توصي الشبكة بـ: {recommended}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="112"/>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>تعدّ شبكة تور إصدار تور هذا ({current}) خطيرًا.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="115"/>
        <source>Tor has too many open connections ({count}).</source>
        <translation>لدى تور اتصالات مفتوحة كثيرة جدًا ({count}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="118"/>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>تعلن إعدادات التوجيه منفذًا لا يستمع عليه تور، فلن يعمل ذلك الوضع أو الملف الشخصي حتى تُصلح إعدادات تور أو إعدادات التوجيه: {problem}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="123"/>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>صادف تور علّة داخلية: {reason}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="126"/>
        <source>Tor can build circuits again.</source>
        <translation>يستطيع تور بناء الدوائر مجددًا.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="127"/>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>لا يستطيع تور بناء الدوائر الآن ({reason}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="136"/>
        <source>Tor reported {kind}.</source>
        <translation>أبلغ تور عن {kind}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="152"/>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="154"/>
        <source>Connecting to Tor…</source>
        <translation>يتصل بتور…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="156"/>
        <source>Authenticating…</source>
        <translation>يستوثق…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="158"/>
        <source>Reconnecting…</source>
        <translation>يعيد الاتصال…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="161"/>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="162"/>
        <source>starting</source>
        <translation>يبدأ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="163"/>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>الإقلاع {percent}٪: {summary}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="170"/>
        <source>None (open control port)</source>
        <translation>لا شيء (منفذ تحكم مفتوح)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="171"/>
        <source>Cookie file</source>
        <translation>ملف تعريف الارتباط</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="172"/>
        <source>Safe cookie</source>
        <translation>ملف تعريف ارتباط آمن</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="173"/>
        <source>Password</source>
        <translation>كلمة السر</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="176"/>
        <location filename="../onionpanel/ui/status/notices.py" line="178"/>
        <location filename="../onionpanel/ui/status/notices.py" line="184"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="186"/>
        <source>recommended</source>
        <translation>موصى به</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="187"/>
        <source>obsolete, please update</source>
        <translation>متقادم، يُرجى التحديث</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="188"/>
        <source>not recommended, please update</source>
        <translation>غير موصى به، يُرجى التحديث</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="189"/>
        <source>old</source>
        <translation>قديم</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="190"/>
        <location filename="../onionpanel/ui/status/notices.py" line="191"/>
        <source>newer than recommended</source>
        <translation>أحدث من الموصى به</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="194"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="196"/>
        <source>{version} ({verdict})</source>
        <translation>{version} ({verdict})</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="37"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="38"/>
        <source>Tor control password</source>
        <translation>كلمة سر التحكم في تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="42"/>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>يطلب تور في {endpoint} كلمة سر التحكم.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="47"/>
        <source>Explanation</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="50"/>
        <source>Tor rejected that password. Please try again.</source>
        <translation>رفض تور كلمة السر تلك. يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="52"/>
        <source>Password rejected</source>
        <translation>رُفضت كلمة السر</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="56"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="57"/>
        <source>Password</source>
        <translation>كلمة السر</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="59"/>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>ت&amp;ذكّر في حلقة مفاتيح سطح المكتب</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="60"/>
        <source>Remember in the desktop keyring</source>
        <translation>تذكّر في حلقة مفاتيح سطح المكتب</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="68"/>
        <source>Why the keyring is unavailable</source>
        <translation>سبب عدم توفر حلقة المفاتيح</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="76"/>
        <source>Dialog buttons</source>
        <translation>أزرار الحوار</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="252"/>
        <source>Relay details</source>
        <translation>تفاصيل المرحّل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="259"/>
        <source>Nickname</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="260"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="261"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="262"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="263"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="264"/>
        <source>Flags</source>
        <translation>الأعلام</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="265"/>
        <source>Bandwidth (consensus)</source>
        <translation>عرض النطاق (الإجماع)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="266"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="267"/>
        <source>Published</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="268"/>
        <source>Uptime</source>
        <translation>مدة التشغيل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="269"/>
        <source>Exit policy summary</source>
        <translation>ملخص سياسة الخروج</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="270"/>
        <source>Exit policy</source>
        <translation>سياسة الخروج</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="271"/>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="272"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="273"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="286"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="287"/>
        <source>Copy {field}</source>
        <translation>انسخ {field}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="314"/>
        <source>not in a microdescriptor consensus</source>
        <translation>ليس في إجماع الواصفات المصغّرة</translation>
    </message>
</context>
<context>
    <name>RelayListView</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="352"/>
        <source>Relay list</source>
        <translation>قائمة المرحّلات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="357"/>
        <source>Search nickname, fingerprint or IP</source>
        <translation>ابحث بالاسم المستعار أو البصمة أو IP</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="358"/>
        <source>Search relays</source>
        <translation>ابحث في المرحّلات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="361"/>
        <source>Filter by flag</source>
        <translation>رشّح حسب العلم</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="362"/>
        <source>All flags</source>
        <translation>كل الأعلام</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="366"/>
        <source>Filter by country</source>
        <translation>رشّح حسب البلد</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="369"/>
        <source>Relays</source>
        <translation>المرحّلات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="385"/>
        <source>Relays shown</source>
        <translation>المرحّلات المعروضة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="405"/>
        <source>Relay details</source>
        <translation>تفاصيل المرحّل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="427"/>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="446"/>
        <source>{shown} of {total}</source>
        <translation>{shown} من {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="39"/>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>المدن</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="43"/>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="47"/>
        <source>{name} ({kind} database)</source>
        <translation>{name} (قاعدة بيانات {kind})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="49"/>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP الخاص بتور (البلدان فقط)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="50"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="110"/>
        <source>Relays</source>
        <translation>المرحّلات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="129"/>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}؛ مرحّلات شبكة الاختبار في أماكن مختلقة</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="86"/>
        <source>Nickname</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="87"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="88"/>
        <source>Flags</source>
        <translation>الأعلام</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="89"/>
        <source>Bandwidth</source>
        <translation>عرض النطاق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="90"/>
        <source>IP address</source>
        <translation>عنوان IP</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="91"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="92"/>
        <source>Uptime</source>
        <translation>مدة التشغيل</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="57"/>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>لا يوجد ناقل نظام للوصول إلى مساعد التوجيه: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="90"/>
        <source>The routing helper is not available.</source>
        <translation>مساعد التوجيه غير متوفر.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="97"/>
        <source>The routing helper did not answer: {error}</source>
        <translation>لم يُجب مساعد التوجيه: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="105"/>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>مساعد التوجيه غير مثبت أو لا يعمل ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="29"/>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>معطّل (تستخدمه فقط البرامج المعدّة لتور)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="30"/>
        <source>Tor (all traffic)</source>
        <translation>تور (كل حركة المرور)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="31"/>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>إغلاق تام (لا يخرج شيء سوى تور نفسه)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="32"/>
        <source>not applied</source>
        <translation>غير مطبّق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="35"/>
        <source>Tor, with clearnet for {profile}</source>
        <translation>تور، مع اتصال مباشر لـ {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="46"/>
        <source>&amp;Routing</source>
        <translation>ال&amp;توجيه</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="47"/>
        <source>Routing</source>
        <translation>التوجيه</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="48"/>
        <source>Asking the routing helper…</source>
        <translation>يسأل مساعد التوجيه…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="51"/>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>يبدأ مساعد التوجيه الخاص بشبكة الاختبار مع شبكتها…</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/routing/menu.py" line="81"/>
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
        <location filename="../onionpanel/ui/routing/menu.py" line="82"/>
        <location filename="../onionpanel/ui/routing/menu.py" line="119"/>
        <source>Now: {mode}</source>
        <translation>الآن: {mode}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="88"/>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>العودة إلى تور (إنهاء الاتصال المباشر لـ {profile})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="90"/>
        <source>Open {app} in {profile}</source>
        <translation>افتح {app} في {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="92"/>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>اتصال مباشر لمدة {minutes} د: {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="95"/>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>اتصال مباشر حتى أعيده بنفسي: {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="110"/>
        <source>Clearnet on for {profile}</source>
        <translation>الاتصال المباشر مفعّل لـ {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="115"/>
        <source>Another program removed OnionPanel&apos;s firewall table; {mode} is applied again.</source>
        <translation>أزال برنامج آخر جدول جدار الحماية الخاص بـ OnionPanel؛ طُبّق {mode} مجددًا.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="118"/>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>انتهى وقت الاتصال المباشر: العودة إلى {mode}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="122"/>
        <source>{program} did not start.</source>
        <translation>لم يبدأ {program}.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="41"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="51"/>
        <source>Connection state</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="57"/>
        <source>Progress details</source>
        <translation>تفاصيل التقدم</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="63"/>
        <source>Bootstrap progress</source>
        <translation>تقدم الإقلاع</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="76"/>
        <source>Connection error</source>
        <translation>خطأ في الاتصال</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="94"/>
        <source>Tor</source>
        <translation>تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="95"/>
        <source>Tor details</source>
        <translation>تفاصيل تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="98"/>
        <source>Tor version</source>
        <translation>إصدار تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="99"/>
        <source>Control endpoint</source>
        <translation>نقطة التحكم</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="100"/>
        <source>Authentication method</source>
        <translation>طريقة الاستيثاق</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="101"/>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="102"/>
        <source>Control port:</source>
        <translation>منفذ التحكم:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="103"/>
        <source>Authentication:</source>
        <translation>الاستيثاق:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="107"/>
        <location filename="../onionpanel/ui/status/page.py" line="108"/>
        <source>Notices from Tor</source>
        <translation>ملاحظات من تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="111"/>
        <source>Notices</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="115"/>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>لم يُبلغ تور عن شيء يحتاج إلى انتباه.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="116"/>
        <source>No notices</source>
        <translation>لا ملاحظات</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="130"/>
        <source>%p %</source>
        <translation>%p٪</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="132"/>
        <source>not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="134"/>
        <source>waiting for Tor</source>
        <translation>بانتظار تور</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="137"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <location filename="../onionpanel/ui/shell/session.py" line="210"/>
        <source>Starting a Tor of your own…</source>
        <translation>يبدأ تور خاص بك…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="72"/>
        <source>OnionPanel: {phase}</source>
        <translation>OnionPanel: {phase}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="75"/>
        <source>Sandbox — not anonymous</source>
        <translation>شبكة اختبار — غير مجهولة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="77"/>
        <source>Tor {version}</source>
        <translation>تور {version}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="189"/>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>لا يُظهر GNOME أيقونات شريط النظام ما لم تُثبَّت الإضافة «AppIndicator and KStatusNotifierItem Support» وتُفعَّل. يُبقي OnionPanel هذه النافذة مفتوحة بدلًا من ذلك؛ وإغلاقها ينهي OnionPanel.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="195"/>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>لا يوجد شريط نظام في سطح المكتب هذا (لم يُعثر على مضيف StatusNotifierItem). يُبقي OnionPanel هذه النافذة مفتوحة بدلًا من ذلك؛ وإغلاقها ينهي OnionPanel.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="210"/>
        <source>OnionPanel tray menu</source>
        <translation>قائمة OnionPanel في شريط النظام</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="211"/>
        <source>&amp;Open panel</source>
        <translation>ا&amp;فتح اللوحة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="212"/>
        <source>&amp;New Identity</source>
        <translation>هوية &amp;جديدة</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="217"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="264"/>
        <source>↓ {read}  ↑ {written}</source>
        <translation>↓ {read}  ↑ {written}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="281"/>
        <source>{title}: {body}</source>
        <comment>a notification read aloud</comment>
        <translation>{title}: {body}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="22"/>
        <source>B</source>
        <comment>abbreviation of byte</comment>
        <translation>بايت</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="23"/>
        <source>KiB</source>
        <comment>abbreviation of kibibyte (1024 bytes)</comment>
        <translation>ك.بايت</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="24"/>
        <source>MiB</source>
        <comment>abbreviation of mebibyte</comment>
        <translation>م.بايت</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="25"/>
        <source>GiB</source>
        <comment>abbreviation of gibibyte</comment>
        <translation>ج.بايت</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="26"/>
        <source>TiB</source>
        <comment>abbreviation of tebibyte</comment>
        <translation>ت.بايت</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="39"/>
        <source>%1 %2</source>
        <comment>a number, then its unit: 1.5 KiB</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="54"/>
        <source>%1/s</source>
        <comment>a data rate: %1 is an amount such as 2.5 KiB, per second</comment>
        <translation>%1/ث</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="62"/>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation>م.بايت/ث</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="64"/>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>ك.بايت/ث</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="71"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 ث</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="74"/>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="77"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="80"/>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 يوم %2 س</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="248"/>
        <source>Tor reported an error</source>
        <translation>أبلغ تور عن خطأ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="250"/>
        <source>Tor reported a warning</source>
        <translation>أبلغ تور عن تحذير</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/log/page.py" line="254"/>
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
        <location filename="../onionpanel/ui/log/page.py" line="255"/>
        <source>The most serious: %1</source>
        <translation>الأخطر: %1</translation>
    </message>
</context>
</TS>
