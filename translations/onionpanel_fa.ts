<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>سرستون‌ها</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>سرردیف‌ها</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>گزینش همه</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: گزینه‌ها</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ثانیه</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>۱ ثانیه</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>۵ ثانیه</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>۳۰ ثانیه</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>۱ دقیقه</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>۱۰ دقیقه</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>۱ ساعت</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%Ln ثانیه</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>در حال گردآوری داده: هر ثانیه یک نقطه.</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>در حال گردآوری داده: هر دقیقه یک نقطه.</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>در حال گردآوری داده: هر ساعت یک نقطه.</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>در حال گردآوری داده: هر %1 یک نقطه.</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>نمودار پهنای باند</translation>
    </message>
    <message>
        <source>now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 پیش</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>پهنای باند</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>بازهٔ نمودار</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>هر نقطهٔ نمودار میانگین این مدت است</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;بازه:</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>سرعت کنونی دریافت</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>سرعت کنونی ارسال</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>دریافت‌شده از آغاز به کار تور</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>ارسال‌شده از آغاز به کار تور</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>دریافت (دانلود)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>ارسال (آپلود)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>سرعت دریافت:</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>سرعت ارسال:</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>دریافت‌شده از آغاز به کار تور:</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>ارسال‌شده از آغاز به کار تور:</translation>
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
        <translation>مدار %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>هدف: %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>پرچم‌های ساخت: %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>وضعیت: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>دلیل: %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>جریان %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>مدار {id}: {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>ترافیک: {received} دریافت، {sent} ارسال</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>در حال ساخت</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>در انتظار نگهبان</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>آماده</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>بسته</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>عمومی (conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux، در حال پیوند</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>کارخواه پیازی، معرفی</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>کارخواه پیازی، میعادگاه</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>کارخواه پیازی، راهنما</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>سرویس پیازی، معرفی</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>سرویس پیازی، میعادگاه</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>سرویس پیازی، راهنما</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>نگهبانان پیشتاز پیازی</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>اندازه‌گیری زمان انتظار</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>کنترل‌کننده</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>آزمایش</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>لایه‌گذاری</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>آزمون سوگیری مسیر</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>در حال تفکیک نام</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>نشانی بازنگاشت شد</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>در حال اتصال</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>جدا شده</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>جریان {id} به {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>از: {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>برنامهٔ «{app}» در {profile}</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>برنامهٔ «%s»</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>نمایهٔ %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>دریافت راهنمای تور</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>از {address} از راه {interface}</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>پروکسی شفاف</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>درگاه DNS</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}، شنونده {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>مدار / رله / جریان</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>وضعیت / کشور</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>هدف / نشانی / مبدأ</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>عمر / پرچم‌ها / ترافیک</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>مسیر / اثر انگشت</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>مدارها و جریان‌ها</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>نمایش مدارهای &amp;داخلی تور</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>نمایش مدارهای داخلی تور</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>سازوکار سرویس‌های پیازی، دریافت‌های راهنما و آزمون‌های زمان انتظار</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;رونوشت</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>رونوشت &amp;مسیر</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>مدار &amp;جدید برای این میزبان</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>به تور وصل نیست. مدارها پس از اتصال OnionPanel اینجا نمایان می‌شوند؛ صفحهٔ وضعیت می‌گوید منتظر چه چیزی است.</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>تور اکنون فقط مدارهای داخلی خودش را دارد. برای دیدن آن‌ها «نمایش مدارهای داخلی تور» را علامت بزنید؛ مدارهای شما وقتی برنامه‌ای از طریق تور وصل شود نمایان می‌شوند.</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>تور هنوز مداری ندارد. پس از رسیدن به شبکه مدار می‌سازد؛ اگر این بخش خالی بماند، صفحهٔ گزارش دلیلش را می‌گوید.</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>بستن &amp;مدار</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>بستن &amp;جریان</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>رونوشت م&amp;سیر</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>مدار جدید برای این م&amp;یزبان</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>بستن مدارهایی که این میزبان را می‌برند تا اتصال بعدی‌اش مدار تازه‌ای بگیرد</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>چرا هیچ مداری نیست</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>مدارها، رله‌ها و جریان‌هایشان</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>به تور وصل نیست.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>پیکربندی</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>آنچه تور برای انجامش پیکربندی شده است. OnionPanel فقط آن را نشان می‌دهد: تنظیم را در جایی که از آن می‌آید تغییر دهید و سپس تور را دوباره بارگذاری کنید.</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>برنامه‌ها از کدام درگاه استفاده کنند</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>پرونده‌های پیکربندی</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>نکته‌هایی دربارهٔ پیکربندی</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>به تور وصل نیست.</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>پیکربندی تور</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>معنای آن</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>کجا تغییرش دهید</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>ستون‌های پیکربندی</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>نمایش نشانی‌های پل</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>رونوشت از جای تغییر</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>رونوشت از جای تغییر تنظیم انتخاب‌شده</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>رونوشت از خط</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>رونوشت از خط تنظیم انتخاب‌شده</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>خواندن دوبارهٔ پیکربندی</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>درگاه‌ها</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>پل‌ها</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>سرویس‌های پیازی</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>رله</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>گزینه‌های دیگر</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>تور روی هیچ درگاهی گوش نمی‌دهد</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>پرچم‌ها: {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (گوش نمی‌دهد)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>تور فقط از طریق پل‌ها وصل می‌شود</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>تور مستقیماً به شبکهٔ تور وصل می‌شود</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>برنامه‌ای که یک انتقال پل را به کار می‌برد</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>ساده</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>پنهان</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>پل ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>این تور هیچ سایت پیازی‌ای ارائه نمی‌کند</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>نام میزبان خواندنی نیست: {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>درگاه‌ها (درگاه پیازی، سپس مقصد): {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>کلیدها در {directory}</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>سرویس پیازی</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>این تور فقط کارخواه است (بدون ORPort)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>پل</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>رله</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>این تور ترافیک دیگران را جابه‌جا می‌کند</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>اثر انگشت</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>هنوز معلوم نیست</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>دسترس‌پذیر</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>خودآزمایی تور</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>حسابداری</translation>
    </message>
    <message>
        <source>off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>تور هیچ درگاه SOCKS ارائه نمی‌کند، پس برنامه‌ها نمی‌توانند مستقیماً از آن استفاده کنند. یک خط SocksPort در torrc آن را می‌افزاید.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>برنامه‌هایی مانند کارخواه ایمیل: پراکسی آن‌ها را روی سوکت SOCKS5 ‏{path} بگذارید و بگذارید پراکسی نام‌ها را به نشانی تبدیل کند. تغییرش در {where}.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>برنامه‌هایی مانند کارخواه ایمیل: پراکسی آن‌ها را SOCKS5، میزبان {host}، درگاه {port} بگذارید و بگذارید پراکسی نام‌ها را به نشانی تبدیل کند. تغییر درگاه در {where}.</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc: {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ناشناخته</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>پیش‌فرض‌ها: {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS: ‏services.tor را در configuration.nix تغییر دهید</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>پراکسی SOCKS5 برای برنامه‌ها (مرورگر، ایمیل، گفتگو)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>پراکسی HTTP CONNECT برای برنامه‌هایی که SOCKS را به کار نمی‌برند</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>پراکسی شفاف: قواعد دیوار آتش اتصال‌ها را به اینجا می‌فرستند</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>پراکسی شفاف به سبک natd</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>حل‌کنندهٔ DNS که از طریق تور می‌پرسد</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>درگاه کنترل: برنامه‌هایی مانند همین پنل</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>سوکت کنترل: برنامه‌هایی مانند همین پنل</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>درگاه رله: رله‌ها و کارخواه‌های دیگر اینجا وصل می‌شوند</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>درگاه فهرست این رله</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>درگاه انتقال‌های جایگزین‌پذیر این پل</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>سنجه‌ها برای ابزارهای پایش</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>جریان‌های درگاه‌های دیگر هرگز مدارهایش را به اشتراک نمی‌گذارند</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>مدارها را با درگاه‌های دیگر گروه نشست {group} به اشتراک می‌گذارد</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>هر نشانی کارخواه مدارهای خودش را می‌گیرد</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>کارخواه‌های با نشانی‌های گوناگون ممکن است مدارها را به اشتراک بگذارند</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>هر نام کاربری و گذرواژهٔ SOCKS مدارهای خودش را می‌گیرد</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>نام‌های کاربری و گذرواژه‌های SOCKS مدارها را جدا نمی‌کنند</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>هر پروتکل (SOCKS 4، SOCKS 5، HTTP، DNS...) مدارهای خودش را می‌گیرد</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>هر نشانی مقصد مدارهای خودش را می‌گیرد</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>هر درگاه مقصد مدارهای خودش را می‌گیرد</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>مدارهای دارای احراز هویت SOCKS تا وقتی در استفاده‌اند باز می‌مانند</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>در حال تلاش برای اتصال</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>نمی‌تواند وصل شود</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>استفاده نمی‌شود (UseBridges خاموش است)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>هنوز امتحان نشده</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>پروندهٔ پیش‌فرض‌ها</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>خط فرمان تور</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>پیش‌فرض درونی تور</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>در حین اجرای تور تغییر کرد (توسط یک کنترل‌گر)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>ناشناخته (یک پرونده خواندنی نیست)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>در torrc اعلام شده</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>از طریق درگاه کنترل افزوده شده، پس از بسته شدنش هم مانده</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>از طریق اتصال کنترل همین پنل افزوده شده</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>هنوز معلوم نیست</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>هنوز نه</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>توری پیدا نشد</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>هیچ توری روی این رایانه پاسخ نمی‌دهد.</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel می‌تواند تور خودتان را راه بیندازد: با کاربر شما اجرا می‌شود، داده‌هایش را در پوشهٔ وضعیت شما نگه می‌دارد و با بستن OnionPanel متوقف می‌شود. هرگز به تور سیستم یا پیکربندی آن دست نمی‌زند.</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;راه‌اندازی تور خودم</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>راه‌اندازی تور خودم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel نمی‌تواند کوکی احراز هویت تور را بخواند: {path} ({detail}).</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>از مالک آن تور بخواهید کوکی‌اش را برای گروهی که شما عضو آن هستید خواندنی کند، سپس از نشست خارج شوید و دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>این فایل به گروه «{group}» تعلق دارد. به آن گروه بپیوندید: sudo usermod -aG {group} {user}، سپس از حساب خارج شوید و دوباره وارد شوید. در NixOS، عبارت users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; را به پیکربندی خود بیفزایید و nixos-rebuild switch را اجرا کنید.</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>پوشهٔ {path} متعلق به {owner}:{group} با مجوز {mode} است، پس فقط {owner} می‌تواند آن را باز کند؛ پیوستن به یک گروه کمکی نمی‌کند. کاری کنید که تور کوکی‌اش را برای گروه خودش خواندنی کند (CookieAuthFileGroupReadable 1 در torrc آن، همان‌طور که tor دبیان برای گروه debian-tor می‌کند)، یا از سوکت کنترل تور با ControlSocketsGroupWritable 1 استفاده کنید (در NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>پروندهٔ کوکی متعلق به {owner}:{group} با مجوز {mode} است، پس فقط {owner} می‌تواند آن را باز کند؛ پیوستن به یک گروه کمکی نمی‌کند. کاری کنید که تور کوکی‌اش را برای گروه خودش خواندنی کند (CookieAuthFileGroupReadable 1 در torrc آن، همان‌طور که tor دبیان برای گروه debian-tor می‌کند)، یا از سوکت کنترل تور با ControlSocketsGroupWritable 1 استفاده کنید (در NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>هیچ درگاه کنترل توری پاسخ نمی‌دهد. آزموده شد:
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>تور در {endpoint} گذرواژه را نپذیرفت.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>تور در {endpoint} گذرواژهٔ کنترل می‌خواهد و گذرواژه‌ای داده نشد.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>تور در {endpoint} هیچ روش ورودی که OnionPanel پشتیبانی کند ارائه نمی‌دهد ({offered}).</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} با پروتکل کنترل تور صحبت نمی‌کند ({detail}).</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>تور آغاز به کار نکرد: {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>شبکهٔ سندباکس آغاز به کار نکرد: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>هویت جدید</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>&amp;هویت جدید</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>مدارهای جدید برای اتصال‌های جدید ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>نتیجهٔ هویت جدید</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>&amp;کنار گذاشتن مدارهای گذرنده از آن خروجی</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>کنار گذاشتن مدارهای گذرنده از آن خروجی</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>بستهٔ پایتون «keyring» نصب نیست، پس جای امنی وجود ندارد.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>دسترسی به کلیدبان میزکار ممکن نیست: {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>هیچ کلیدبان میزکاری (Secret Service) در این نشست اجرا نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel دفعهٔ بعد که آغاز به کار کند از این زبان استفاده می‌کند.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>مدارها</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>رله‌ها</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>پهنای باند</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>پیکربندی</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>به تور متصل نیست.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>تکرارها</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>%Ln بار تکرار شد، آخرین بار در %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>اشکال‌زدایی</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>اطلاعات</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>اطلاعیه</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>گزارش پیام‌ها</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>کمترین شدت نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>نمایش پیام‌های این شدت و بالاتر</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;شدت:</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>جستجوی پیام‌ها</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>نمایش &amp;اطلاعات/اشکال‌زدایی</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>نمایش پیام‌های اطلاعات و اشکال‌زدایی</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>تا این صفحه باز است، پیام‌های اطلاعات و اشکال‌زدایی را از تور درخواست می‌کند. این پیام‌ها بسیارند.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;رونوشت</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>رونوشت پیام‌های برگزیده</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>رونوشت پیام‌های برگزیده، یا همهٔ پیام‌های نمایش‌داده‌شده اگر چیزی برگزیده نشده باشد</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;ذخیره…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>ذخیرهٔ پیام‌های نمایش‌داده‌شده در یک فایل</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>پیام‌های پیشین</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>پیام‌های تور</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>تکرارها</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>فایل گزارش تور خواندنی نیست (%1).</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>ژورنال سیستم هیچ پیامی از تور به شما نشان نمی‌دهد. اعضای گروه «systemd-journal» یا «adm» می‌توانند آن‌ها را بخوانند.</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>تور در ژورنال سیستم گزارش می‌نویسد، اما journalctl در دسترس نیست.</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>تور گزارش خود را نه در فایل می‌نویسد و نه در ژورنال.</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>تور نگفت کجا گزارش می‌نویسد (%1).</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>پیام‌های پیشین نمایش داده نمی‌شوند: %1 پیام‌های تازه همان‌طور که می‌رسند نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>ذخیرهٔ پیام‌ها</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>فایل‌های گزارش (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>پیام‌ها ذخیره نشدند</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>نوشتن %1 ممکن نشد: %2</translation>
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
        <translation>بخش اصلی OnionPanel</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>سندباکس — ناشناس نیست. این یک شبکهٔ تمرینی خصوصی تور روی همین رایانه است؛ هیچ کاری که اینجا می‌کنید پنهان نیست.</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>هشدار سندباکس</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>سینی سیستم وجود ندارد</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>بستن پنجره</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>نمایش صفحهٔ {number}</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — سندباکس، ناشناس نیست</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>هویت جدید</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>نقشهٔ رله‌ها</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>نقشهٔ جهانی رله‌ها؛ پیکان‌ها جابه‌جا می‌کنند، به‌علاوه و منها بزرگ‌نمایی، N و P مدار بعدی یا قبلی را برمی‌گزینند، Escape هیچ‌کدام، F مدار برگزیده را جا می‌دهد</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>نگهبان</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>رلهٔ دیگر</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>اندازهٔ نقطه: پهنای باند</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
پهنای باند: {bw} kB/s
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>%Ln رله اینجا؛ برای بزرگ‌نمایی کلیک کنید</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>مدار {id}</translation>
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
        <translation>صفحهٔ نقشهٔ رله‌ها</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>منبع مکان‌ها</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>شمار رله‌ها</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>گنجاندن مدار</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>گنجاندن مدار برگزیده در نما</translation>
    </message>
    <message>
        <source>World</source>
        <translation>جهان</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>نمایش همهٔ جهان</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>نخست یک مدار برگزینید: روی خط آن کلیک کنید یا روی نقشه N را بزنید</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>مکان‌ها: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>{placed} از {total} رله جانمایی شد</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>به تور متصل نیست.</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>هویت جدید ناموفق بود: {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>هویت جدید</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>یک هویت جدید در راه است: تور تا {seconds} ثانیهٔ دیگر عوض می‌کند.</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>تور هر ۱۰ ثانیه تنها یک هویت جدید می‌دهد: تا {seconds} ثانیهٔ دیگر عوض می‌کند.</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>هویت جدید: اتصال‌های جدید مدارهای جدید می‌گیرند. در انتظار ترافیک برای نمایش خروجی جدید…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>تور همان خروجی را دوباره به کار برد: {exit}.</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>هویت جدید: خروجی {exit}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>%Ln مدار گذرنده از {exit} بسته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>%Ln مدار به {host} بسته شد: اتصال بعدی آن مدار جدیدی می‌گیرد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>ساعت شما %Ln ثانیه از {source} عقب است. تور به ساعت درست نیاز دارد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>ساعت شما %Ln ثانیه از {source} جلو است. تور به ساعت درست نیاز دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>اجماع شبکه</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>رلهٔ {address}</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>سرور راهنمای {address}</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>شبکهٔ تور</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>تور در اتصال مشکل دارد: {reason} ({warning}).</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>تور در اتصال مشکل دارد: {reason}.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>برنامه‌ای به درگاه {port} وصل شد که معمولاً گذرواژه‌های رمزنشده را می‌برد. تور اتصال را رد کرد.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>برنامه‌ای به درگاه {port} وصل شد که معمولاً گذرواژه‌های رمزنشده را می‌برد. تور اتصال را اجازه داد.</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>برنامه‌ای تنها یک نشانی IP ({address}) را از طریق {protocol} به تور داد، پس احتمالاً نام را بیرون از تور جستجو کرده است (نشت DNS).</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>نشانی این رایانه تغییر کرد</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>به هیچ کارساز فهرستی نمی‌توان رسید</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>ساعت جهش کرد</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>دلیلی گفته نشد</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>بارگیری فهرست مدارها ممکن نشد: {problem} OnionPanel هنگام اتصال دوباره، دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>بارگیری گزارش تور ممکن نشد: {problem} OnionPanel هنگام اتصال دوباره، دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>خواندن پیکربندی تور ممکن نشد: {problem} OnionPanel هنگام اتصال دوباره، دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>بارگیری فهرست رله‌ها ممکن نشد: {problem} OnionPanel هنگام اتصال دوباره، دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>یکی از کارهای پس‌زمینهٔ OnionPanel ناموفق بود: {problem} OnionPanel هنگام اتصال دوباره، دوباره تلاش می‌کند.</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>استفاده از کل فهرست رله‌های تور ممکن نشد، %n مشکل: {problems} OnionPanel هنگام اتصال دوباره، دوباره تلاش می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>برنامه‌ای با درگاه SOCKS تور به پروتکلی ناشناخته سخن گفت.</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>برنامه‌ای از تور نام میزبان نامعتبری خواست: {hostname}.</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>ارائه‌دهندهٔ DNS شما نشانی‌های جعلی پاسخ می‌دهد (ربایش DNS). این رله نباید خروجی باشد.</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>ارائه‌دهندهٔ DNS شما همهٔ جستجوها را ناکام می‌گذارد، پس ترافیک خروجی تفکیک نمی‌شود.</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>این تور ({current}) قدیمی است؛ شبکه این نسخه‌ها را پیشنهاد می‌کند: {recommended}.</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>شبکهٔ تور این نسخهٔ تور ({current}) را خطرناک می‌داند.</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>تور اتصال‌های باز بسیار زیادی دارد ({count}).</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>پیکربندی مسیریابی درگاهی را اعلام می‌کند که تور روی آن گوش نمی‌دهد، پس آن حالت یا نمایه تا درست شدن پیکربندی تور یا پیکربندی مسیریابی کار نمی‌کند: {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>در حال اتصال دوباره به تور: {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>تور به یک باگ داخلی برخورد: {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>تور دوباره می‌تواند مدار بسازد.</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>تور اکنون نمی‌تواند مدار بسازد ({reason}).</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>تور {kind} گزارش داد.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>متصل نیست</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>در حال اتصال به تور…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>در حال احراز هویت…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>در حال اتصال دوباره…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>در حال آغاز</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>راه‌اندازی {percent}٪: {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>هیچ (درگاه کنترل باز)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>فایل کوکی</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>کوکی امن</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>پیشنهادشده</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>منسوخ، لطفاً به‌روز کنید</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>پیشنهاد نمی‌شود، لطفاً به‌روز کنید</translation>
    </message>
    <message>
        <source>old</source>
        <translation>قدیمی</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>تازه‌تر از نسخهٔ پیشنهادی</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>هنوز ارزیابی نشده: تور اجماعی با فهرست نسخه‌های توصیه‌شده ندارد</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>هنوز ارزیابی نشده: تور نگفته است که توصیه می‌شود یا نه</translation>
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
        <translation>&amp;شروع همراه با نشست من</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>تغییر ورودی شروع خودکار ممکن نشد: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>گذرواژهٔ کنترل تور</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>تور در {endpoint} گذرواژهٔ کنترل خود را می‌خواهد.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>تور آن گذرواژه را نپذیرفت. لطفاً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>گذرواژه پذیرفته نشد</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>&amp;به خاطر سپردن در کلیدبان میزکار</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>به خاطر سپردن در کلیدبان میزکار</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>چرا کلیدبان در دسترس نیست</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>دکمه‌های گفتگو</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>یک رله قرارداد را زیر پا گذاشت</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>خطای داخلی</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>بنا به درخواست</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>یک رله در خواب است</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>منابع یک رله تمام شده است</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>به یک رله نرسید</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>یک رله هویت نادرست داشت</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>اتصال به یک رله بسته شد</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>مصرف شد</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>مهلت تمام شد</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>یک رله آن را بست</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>مسیری در شبکه نیست</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>چنین سرویس پیازی‌ای نیست</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>اندازه‌گیری مهلت انجام شد</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>دیگر لازم نیست</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>نام به نشانی تبدیل نشد</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>مقصد اتصال را رد کرد</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>خروجی اجازه نمی‌دهد</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>مدارش بسته شد</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>مسیری به مقصد نیست</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>خروجی در خواب است</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>منابع خروجی تمام شده است</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>اتصال بازنشانی شد</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>فهرست نیست</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>نشانی خصوصی، رد شد</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>هیچ مداری نتوانست آن را ببرد</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>یک رله اتصال را بست</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>یک رله اتصال را رد کرد</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>اتصال به یک رله بازنشانی شد</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>مهلت اتصال به یک رله تمام شد</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>مسیری به یک رله نیست (آیا این رایانه برخط است؟)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>اتصال به یک رله در خواندن یا نوشتن شکست خورد</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>اتصال‌ها یا حافظهٔ این رایانه تمام شده است</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>یک انتقال جایگزین‌پذیر موجود نیست</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>اتصال به یک رله شکست خورد</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>جزئیات رله</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>یک رله را در فهرست برگزینید یا روی نقشه کلیک کنید تا ببینید تور دربارهٔ آن چه می‌داند.</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>هیچ رله‌ای انتخاب نشده</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>اثر انگشت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>پرچم‌ها</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>پهنای باند (اجماع)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>زمان کارکرد</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>خلاصهٔ سیاست خروج</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>سیاست خروج</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خانواده</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>سکو</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>رونوشت {field}</translation>
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
        <translation>مرجع</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>خروجی نامناسب</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>سریع</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>نگهبان</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>راهنمای سرویس پیازی</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>فقط میانی</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>بدون اجماع Ed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>پایدار</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>توصیف کهنه</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>سیبیل</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>معتبر</translation>
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
        <translation>فهرست رله‌ها</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>جستجوی نام مستعار، اثر انگشت یا IP</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>جستجوی رله‌ها</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>پالایش بر پایهٔ پرچم</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>همهٔ پرچم‌ها</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>پالایش بر پایهٔ کشور</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>رله‌ها</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>رله‌های نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>جزئیات رله</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>همهٔ کشورها</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} از {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>شهر</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>کشور</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} (پایگاه دادهٔ {kind})</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP تور (فقط کشورها)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>رله‌ها</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>چرا هیچ رله‌ای نیست</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}؛ رله‌های سندباکس در مکان‌های ساختگی</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>تور هنوز فهرست رله‌ها را به OnionPanel نداده است. پس از بارگیری اجماع شبکه آن را دارد؛ صفحهٔ وضعیت نشان می‌دهد تا کجا پیش رفته است.</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>به تور وصل نیست. نقشه و فهرست رله‌ها پس از اتصال OnionPanel پر می‌شوند؛ صفحهٔ وضعیت می‌گوید منتظر چه چیزی است.</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>پرچم‌ها</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>پهنای باند</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>نشانی IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>زمان کارکرد</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>کمتر از یک دقیقه</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of uptime</comment>
        <translation>%1 دقیقه</translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message>
        <source>VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)</source>
        <translation>ماشین‌های مجازی و دستگاه‌های روی {interfaces} همان‌طور که سیستم تنظیم شده هدایت می‌شوند (حالت خاموش)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>ماشین‌های مجازی و دستگاه‌های روی {interfaces} به هیچ جا نمی‌رسند (قفل کامل)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>ماشین‌های مجازی و دستگاه‌های روی {interfaces} از راه تور می‌روند</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>ماشین‌های مجازی و دستگاه‌های روی {interfaces} مسدود هستند: هیچ چیزی که می‌فرستند هدایت نمی‌شود</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>ماشین‌های مجازی و دستگاه‌های روی {interfaces} بدون تور هدایت می‌شوند</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>TCP به TransPort تور {address}:{trans_port} و DNS به DNSPort آن {address}:{dns_port} می‌رود، IPv6 هم؛ UDP و ICMP مسدود می‌شوند.</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>TCP به TransPort تور {address}:{trans_port} و DNS به DNSPort آن {address}:{dns_port} می‌رود؛ UDP، ICMP و IPv6 مسدود می‌شوند.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>%n بسته از {interfaces} که می‌خواست بی‌تور بیرون برود مسدود شد (از آخرین تغییر حالت)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>%n بسته از {interfaces} که می‌خواست تور را دور بزند مسدود شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>هدایت برای {interfaces} خاموش است ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} خاموش است، اما مدخل مسیریاب برای {interfaces} بخشی از ترافیک را همان‌طور که هست هدایت می‌کند و به آن نیاز دارد. OnionPanel هرگز آن را تغییر نمی‌دهد: در پیکربندی سیستم {sysctl} = 1 را تنظیم کنید.</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>شبکه‌های مسیریابی‌شده</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>رابط‌های مسیریابی‌شده</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>ترافیکشان به کجا می‌رود</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>تلاش‌های مسدودشده برای بیرون رفتن بی‌تور</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>مشکل هدایت</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>گذرگاه سیستمی برای دسترسی به یاور مسیریابی نیست: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>یاور مسیریابی در دسترس نیست.</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>یاور مسیریابی پاسخ نداد: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>یاور مسیریابی نصب نیست یا اجرا نمی‌شود ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>خاموش (فقط برنامه‌هایی که برای تور تنظیم شده‌اند از آن استفاده می‌کنند)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>تور (همهٔ ترافیک)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>قفل کامل (جز خود تور هیچ چیز بیرون نمی‌رود)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>اعمال نشده</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>تور، با اینترنت مستقیم برای {profile}</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;مسیریابی</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>مسیریابی</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>در حال پرسش از یاور مسیریابی…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>یاور مسیریابی ویژهٔ سندباکس با شبکه‌اش آغاز به کار می‌کند…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>اکنون: {mode} (بازگشت به تور تا %Ln دقیقهٔ دیگر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>اکنون: {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>بازگشت به تور (پایان اینترنت مستقیم برای {profile})</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>باز کردن {app} در {profile}</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>اینترنت مستقیم به مدت {minutes} دقیقه: {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>اینترنت مستقیم تا وقتی خودم برگردانم: {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>اینترنت مستقیم برای {profile} روشن است</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>جدول دیوار آتش OnionPanel را حذف کرد</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>جدول دیوار آتش OnionPanel را با نسخه‌ای قدیمی ({mode}) جایگزین کرد</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>زنجیرهٔ {chain} از جدول دیوار آتش OnionPanel را حذف کرد</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>زنجیرهٔ {chain} از جدول دیوار آتش OnionPanel را خالی کرد</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>قواعد {chain} در جدول دیوار آتش OnionPanel را تغییر داد</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>زنجیرهٔ {chain} را به جدول دیوار آتش OnionPanel افزود</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>جدول دیوار آتش OnionPanel را تغییر داد</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>برنامهٔ دیگری {found}؛ بازگردانده شد: {mode} دوباره اعمال شده است.</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>کسی جز تور درگاه‌های تور را در اختیار دارد: قفل کامل تا وقتی تور دوباره آن‌ها را در اختیار بگیرد.</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>زمان اینترنت مستقیم به پایان رسید: بازگشت به {mode}.</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} آغاز به کار نکرد.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>وضعیت اتصال</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>جزئیات پیشرفت</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>پیشرفت راه‌اندازی</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>خطای اتصال</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>تور</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>جزئیات تور</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>نسخهٔ تور</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>نقطهٔ کنترل</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>روش احراز هویت</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>نسخه:</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>درگاه کنترل:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>احراز هویت:</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>درگاه SOCKS برای برنامه‌ها</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>رونوشت از درگاه SOCKS</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>رونوشت از host:port، برای چسباندن در تنظیم پراکسی یک برنامه</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>درگاه SOCKS:</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5؛ تور که OnionPanel راه انداخت)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>اطلاعیه‌های تور</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>اطلاعیه‌ها</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>تور چیزی که نیاز به توجه داشته باشد گزارش نکرده است.</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>بدون اطلاعیه</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p٪</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>متصل نیست</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>در انتظار تور</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  (%Ln بار از {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>در حال راه‌اندازی تور خودتان…</translation>
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
        <translation>سندباکس — ناشناس نیست</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>تور {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>گنوم هیچ نماد سینی را نشان نمی‌دهد مگر اینکه افزونهٔ «AppIndicator and KStatusNotifierItem Support» نصب و فعال باشد. OnionPanel به جای آن این پنجره را باز نگه می‌دارد؛ بستن آن OnionPanel را می‌بندد.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>این میزکار سینی سیستم ندارد (هیچ میزبان StatusNotifierItem پیدا نشد). OnionPanel به جای آن این پنجره را باز نگه می‌دارد؛ بستن آن OnionPanel را می‌بندد.</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>منوی سینی OnionPanel</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>&amp;باز کردن پنل</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>&amp;هویت جدید</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
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
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <comment>abbreviation of kibibyte (1024 bytes)</comment>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>abbreviation of mebibyte</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <comment>abbreviation of gibibyte</comment>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <comment>abbreviation of tebibyte</comment>
        <translation>TiB</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number, then its unit: 1.5 KiB</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>a data rate: %1 is an amount such as 2.5 KiB, per second</comment>
        <translation>%1 بر ثانیه</translation>
    </message>
    <message>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 ثانیه</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 دقیقه و %2 ثانیه</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 ساعت و %2 دقیقه</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 روز و %2 ساعت</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>تور یک خطا گزارش داد</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>تور یک هشدار گزارش داد</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>تور %Ln هشدار یا خطا گزارش داد</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>جدی‌ترین: %1</translation>
    </message>
</context>
</TS>
