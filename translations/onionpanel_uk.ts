<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>Заголовки стовпців</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Заголовки рядків</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Виділити все</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: варіанти</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 секунда</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>5 секунд</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 секунд</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 хвилина</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 хвилин</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 година</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>Збирання даних: точка щосекунди.</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>Збирання даних: точка щохвилини.</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>Збирання даних: точка щогодини.</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>Збирання даних: точка кожні %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>Графік трафіку</translation>
    </message>
    <message>
        <source>now</source>
        <translation>зараз</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 тому</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>Трафік</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>Інтервал графіка</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>Кожна точка графіка — середнє за цей проміжок</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Інтервал:</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>Поточна швидкість отримання</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>Поточна швидкість надсилання</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>Отримано від запуску Tor</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>Надіслано від запуску Tor</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>Отримано (завантаження)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>Надіслано (вивантаження)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>Швидкість отримання:</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>Швидкість надсилання:</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>Отримано від запуску Tor:</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>Надіслано від запуску Tor:</translation>
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
        <translation>Ланцюг %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>Призначення: %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>Прапорці побудови: %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>Стан: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Причина: %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>потік %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>Ланцюг {id}: {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Трафік: отримано {received}, надіслано {sent}</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>Будується</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>Чекає на вартовий вузол</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Готовий</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Збій</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Закритий</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>Загальний</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>Загальний (conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, зв&apos;язування</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion-клієнт, точка знайомства</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion-клієнт, точка зустрічі</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion-клієнт, каталог</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion-сервіс, точка знайомства</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion-сервіс, точка зустрічі</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion-сервіс, каталог</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Onion-авангард</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Вимірювання тайм-ауту</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Контролер</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Заповнення</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Перевірка зміщення шляху</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Новий</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Визначення імені</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Адресу перепризначено</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>Підключення</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>Підключений</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>Від&apos;єднаний</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>Збій</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Закритий</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>Потік {id} до {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>Звідки: {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>застосунок «{app}» у {profile}</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>застосунок «%s»</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>профіль %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>завантаження каталогу Tor</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>з {address} через {interface}</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>прозорий проксі</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>DNS-порт</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, слухач {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>Ланцюг / ретранслятор / потік</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>Стан / країна</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>Призначення / адреса / джерело</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>Вік / прапорці / трафік</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>Шлях / відбиток</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>Ланцюги та потоки</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Показувати &amp;внутрішні ланцюги Tor</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Показувати внутрішні ланцюги Tor</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Службові ланцюги onion-сервісів, завантаження каталогу й перевірки тайм-аутів</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Копіювати &amp;шлях</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>&amp;Новий ланцюг для цього вузла</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Немає з&apos;єднання з Tor. Ланцюги з&apos;являться тут, щойно OnionPanel під&apos;єднається; сторінка «Стан» показує, на що він чекає.</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>Зараз у Tor лише власні внутрішні ланцюги. Позначте «Показувати внутрішні ланцюги Tor», щоб їх побачити; ваші з&apos;являться, коли застосунок під&apos;єднається через Tor.</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>У Tor ще немає ланцюгів. Він будує їх, щойно дістанеться мережі; якщо тут лишається порожньо, причину покаже сторінка «Журнал».</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>Закрити &amp;ланцюг</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>Закрити п&amp;отік</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>Копіювати ш&amp;лях</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>Новий ланцюг для цього &amp;вузла</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Закрити ланцюги, якими йде цей вузол, щоб наступне з&apos;єднання отримало новий</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>Чому немає ланцюгів</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>Ланцюги, їхні ретранслятори та потоки</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Немає з&apos;єднання з Tor.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>Конфігурація</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>Що Tor налаштований робити. OnionPanel лише показує це: змінюйте параметр там, звідки він береться, потім перезавантажте Tor.</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>Який порт використовувати застосункам</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Файли конфігурації</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>Примітки щодо конфігурації</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Немає з&apos;єднання з Tor.</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>Конфігурація Tor</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Що це означає</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>Де змінити</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>Стовпці конфігурації</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>Показувати адреси мостів</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>Копіювати, де змінити</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>Копіювати, де змінити вибраний параметр</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Копіювати рядок</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>Копіювати рядок вибраного параметра</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перечитати</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>Прочитати конфігурацію знову</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порти</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Мости</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>Onion-сервіси</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Ретранслятор</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Інші параметри</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>Tor не слухає жодного порту</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>прапорці: {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (не слухає)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>Tor під&apos;єднується лише через мости</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>Tor під&apos;єднується до мережі Tor напряму</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>програма, що реалізує транспорт моста</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>звичайний</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>приховано</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>Міст ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>цей Tor не обслуговує жодного onion-сайту</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>ім&apos;я хоста не читається: {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>порти (onion-порт, потім куди він веде): {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>ключі в {directory}</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>Onion-сервіс</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>цей Tor лише клієнт (немає ORPort)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>міст</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>ретранслятор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>цей Tor передає трафік інших</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ще невідомо</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Досяжний</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>самоперевірка Tor</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Облік трафіку</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>Tor не надає порту SOCKS, тож застосунки не можуть використовувати його напряму. Рядок SocksPort у torrc додасть його.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>Застосунки, як-от поштовий клієнт: укажіть у їхньому проксі сокет SOCKS5 {path} і дозвольте проксі розв&apos;язувати імена. Змінити це можна в {where}.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>Застосунки, як-от поштовий клієнт: укажіть у їхньому проксі SOCKS5, хост {host}, порт {port} і дозвольте проксі розв&apos;язувати імена. Змінити порт можна в {where}.</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc: {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>типові значення: {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS: змініть services.tor у configuration.nix</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>проксі SOCKS5 для застосунків (браузер, пошта, чат)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>проксі HTTP CONNECT для застосунків, які не вміють SOCKS</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>прозорий проксі: правила брандмауера перенаправляють з&apos;єднання сюди</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>прозорий проксі в стилі natd</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>DNS-резолвер, що питає через Tor</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>порт керування: програми на кшталт цієї панелі</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>сокет керування: програми на кшталт цієї панелі</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>порт ретранслятора: сюди під&apos;єднуються інші ретранслятори й клієнти</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>порт каталогу цього ретранслятора</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>порт підключуваних транспортів цього моста</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>метрики для інструментів моніторингу</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>потоки з інших портів ніколи не ділять його ланцюги</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>ділить ланцюги з іншими портами групи сеансів {group}</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>кожна адреса клієнта має власні ланцюги</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>клієнти з різних адрес можуть ділити ланцюги</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>кожна пара ім&apos;я користувача й пароль SOCKS має власні ланцюги</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>імена користувачів і паролі SOCKS не розділяють ланцюги</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>кожен протокол (SOCKS 4, SOCKS 5, HTTP, DNS...) має власні ланцюги</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>кожна адреса призначення має власні ланцюги</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>кожен порт призначення має власні ланцюги</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>ланцюги з автентифікацією SOCKS лишаються відкритими, доки використовуються</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>під&apos;єднано</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>намагається під&apos;єднатися</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>не може під&apos;єднатися</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>не використовується (UseBridges вимкнено)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>ще не випробувано</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>файл типових значень</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>командний рядок Tor</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>вбудоване типове значення Tor</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>змінено під час роботи Tor (контролером)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>невідомо (файл не читається)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>оголошено в torrc</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>додано через порт керування, збережено після його закриття</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>додано через з&apos;єднання керування цієї панелі</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ще невідомо</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ще ні</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>Tor не знайдено</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>На цьому комп&apos;ютері Tor не відповідає.</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel може запустити ваш власний Tor: він працює від вашого імені, зберігає дані у вашій теці стану й зупиняється, коли OnionPanel завершує роботу. Він ніколи не чіпає системний Tor чи його налаштування.</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;Запустити власний Tor</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>Запустити власний Tor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel не може прочитати cookie автентифікації Tor {path} ({detail}).</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>Попросіть власника цього Tor зробити його cookie доступним для читання групі, до якої ви належите, потім вийдіть із сеансу й увійдіть знову.</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>Файл належить групі «{group}». Приєднайтеся до цієї групи: sudo usermod -aG {group} {user}, потім вийдіть із сеансу й увійдіть знову. У NixOS додайте users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; до своєї конфігурації та виконайте nixos-rebuild switch.</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Каталог {path} належить {owner}:{group} з правами {mode}, тож відкрити його може лише {owner}; вступ до групи не допоможе. Налаштуйте Tor так, щоб його cookie читалося його групою (CookieAuthFileGroupReadable 1 у його torrc, як робить tor у Debian для групи debian-tor), або використовуйте керувальний сокет Tor із ControlSocketsGroupWritable 1 (у NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Файл cookie належить {owner}:{group} з правами {mode}, тож відкрити його може лише {owner}; вступ до групи не допоможе. Налаштуйте Tor так, щоб його cookie читалося його групою (CookieAuthFileGroupReadable 1 у його torrc, як робить tor у Debian для групи debian-tor), або використовуйте керувальний сокет Tor із ControlSocketsGroupWritable 1 (у NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>Жоден керувальний порт Tor не відповідає. Перевірено:
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нічого)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>Tor на {endpoint} відхилив пароль.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>Tor на {endpoint} потребує керувального пароля, а його не вказано.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>Tor на {endpoint} не пропонує способу входу, який підтримує OnionPanel ({offered}).</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} не розмовляє керувальним протоколом Tor ({detail}).</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>Tor не запустився: {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>Навчальна мережа не запустилася: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>Нова особистість</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>Нова &amp;особистість</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Нові ланцюги для нових з&apos;єднань ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>Результат зміни особистості</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>&amp;Скинути ланцюги через цей вихідний вузол</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>Скинути ланцюги через цей вихідний вузол</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>Пакет Python «keyring» не встановлено, тож безпечного місця немає.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>В&apos;язка ключів стільниці недоступна: {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>У цьому сеансі не запущено в&apos;язку ключів стільниці (Secret Service).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel використовуватиме цю мову після наступного запуску.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>Ланцюги</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Ретранслятори</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Трафік</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфігурація</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Немає з&apos;єднання з Tor.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтори</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>Повторилося %n раз, востаннє о %1</numerusform>
            <numerusform>Повторилося %n рази, востаннє о %1</numerusform>
            <numerusform>Повторилося %n разів, востаннє о %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>Налагодження</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Інфо</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Журнал повідомлень</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Найнижча показувана важливість</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>Показувати повідомлення цієї важливості й вище</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Важливість:</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Шукати в повідомленнях</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>Показувати &amp;інфо та налагодження</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>Показувати інформаційні та налагоджувальні повідомлення</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Запитує в Tor інформаційні та налагоджувальні повідомлення, поки відкрита ця сторінка. Їх багато.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>Копіювати вибрані повідомлення</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Копіювати вибрані повідомлення або всі показані, якщо нічого не вибрано</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>З&amp;берегти…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>Зберегти показані повідомлення у файл</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>Ранні повідомлення</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>Повідомлення Tor</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>файл журналу Tor не читається (%1).</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>системний журнал не показує вам повідомлень Tor. Їх можуть читати учасники групи «systemd-journal» або «adm».</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor пише в системний журнал, але journalctl недоступний.</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor не пише журнал ні у файл, ні в системний журнал.</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor не повідомив, куди пише журнал (%1).</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>Ранні повідомлення не показано: %1 Нові повідомлення з&apos;являються в міру надходження.</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>Зберегти повідомлення</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Файли журналу (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>Повідомлення не збережено</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
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
        <translation>Головна область OnionPanel</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Навчальна мережа — не анонімно. Це приватна навчальна мережа Tor на цьому комп&apos;ютері; ніщо з того, що ви тут робите, не приховано.</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>Попередження про навчальну мережу</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Немає системного лотка</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Закрити вікно</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>Показати сторінку {number}</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — навчальна мережа, не анонімно</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Нова особистість</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>Мапа ретрансляторів</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>Мапа ретрансляторів світу; стрілки зсувають, плюс і мінус масштабують, N і P вибирають наступний чи попередній ланцюг, Escape — жодного, F вписує вибраний ланцюг</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Вартовий</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Вихідний</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>Інший ретранслятор</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>Розмір точки: пропускна здатність</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Пропускна здатність: {bw} кБ/с
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>Тут %n ретранслятор; клацніть, щоб наблизити</numerusform>
            <numerusform>Тут %n ретранслятори; клацніть, щоб наблизити</numerusform>
            <numerusform>Тут %n ретрансляторів; клацніть, щоб наблизити</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>Ланцюг {id}</translation>
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
        <translation>Сторінка мапи ретрансляторів</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>Джерело розташувань</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>Кількість ретрансляторів</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>Показати ланцюг</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>Показати вибраний ланцюг цілком</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Увесь світ</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>Показати весь світ</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>Спершу виберіть ланцюг: клацніть його лінію або натисніть N на мапі</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>Розташування: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>Розміщено {placed} з {total} ретрансляторів</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Немає з&apos;єднання з Tor.</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>Не вдалося змінити особистість: {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Нова особистість</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Нова особистість уже в дорозі: Tor перемкнеться за {seconds} с.</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor дає одну нову особистість раз на 10 секунд: перемикання за {seconds} с.</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Нова особистість: нові з&apos;єднання отримують нові ланцюги. Чекаємо на трафік, щоб показати новий вихідний вузол…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor знову вибрав той самий вихідний вузол: {exit}.</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>Нова особистість: вихідний вузол {exit}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>Закрито %n ланцюг через {exit}.</numerusform>
            <numerusform>Закрито %n ланцюги через {exit}.</numerusform>
            <numerusform>Закрито %n ланцюгів через {exit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>Закрито %n ланцюг до {host}: наступне з&apos;єднання отримає новий.</numerusform>
            <numerusform>Закрито %n ланцюги до {host}: наступне з&apos;єднання отримає новий.</numerusform>
            <numerusform>Закрито %n ланцюгів до {host}: наступне з&apos;єднання отримає новий.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Ваш годинник відстає від {source} на %n секунду. Tor потрібен точний годинник.</numerusform>
            <numerusform>Ваш годинник відстає від {source} на %n секунди. Tor потрібен точний годинник.</numerusform>
            <numerusform>Ваш годинник відстає від {source} на %n секунд. Tor потрібен точний годинник.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Ваш годинник поспішає відносно {source} на %n секунду. Tor потрібен точний годинник.</numerusform>
            <numerusform>Ваш годинник поспішає відносно {source} на %n секунди. Tor потрібен точний годинник.</numerusform>
            <numerusform>Ваш годинник поспішає відносно {source} на %n секунд. Tor потрібен точний годинник.</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>консенсусу мережі</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>ретранслятора {address}</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>сервера каталогів {address}</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>мережі Tor</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>Tor не вдається під&apos;єднатися: {reason} ({warning}).</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>Tor не вдається під&apos;єднатися: {reason}.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Застосунок підключився до порту {port}, яким зазвичай передають незашифровані паролі. Tor відхилив з&apos;єднання.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Застосунок підключився до порту {port}, яким зазвичай передають незашифровані паролі. Tor дозволив з&apos;єднання.</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Застосунок передав Tor лише IP-адресу ({address}) через {protocol}, тобто, імовірно, визначив ім&apos;я поза Tor (витік DNS).</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>адреса цього комп&apos;ютера змінилася</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>не вдається досягти жодного сервера каталогів</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>годинник стрибнув</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причину не вказано</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Не вдалося завантажити список ланцюгів: {problem} OnionPanel спробує знову після повторного підключення.</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Не вдалося завантажити журнал Tor: {problem} OnionPanel спробує знову після повторного підключення.</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Не вдалося прочитати конфігурацію Tor: {problem} OnionPanel спробує знову після повторного підключення.</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Не вдалося завантажити список ретрансляторів: {problem} OnionPanel спробує знову після повторного підключення.</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Фонове завдання OnionPanel не вдалося: {problem} OnionPanel спробує знову після повторного підключення.</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>Не вдалося використати весь список ретрансляторів Tor, %n проблема: {problems} OnionPanel спробує знову після повторного підключення.</numerusform>
            <numerusform>Не вдалося використати весь список ретрансляторів Tor, %n проблеми: {problems} OnionPanel спробує знову після повторного підключення.</numerusform>
            <numerusform>Не вдалося використати весь список ретрансляторів Tor, %n проблем: {problems} OnionPanel спробує знову після повторного підключення.</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Застосунок звернувся до SOCKS-порту Tor невідомим протоколом.</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Застосунок запитав у Tor неприпустиме ім&apos;я вузла: {hostname}.</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>Ваш DNS-провайдер відповідає підробленими адресами (підміна DNS). Цей ретранслятор не має бути вихідним вузлом.</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>Ваш DNS-провайдер не відповідає на жоден запит, тож вихідний трафік не може визначати імена.</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Цей Tor ({current}) застарів; мережа рекомендує: {recommended}.</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>Мережа Tor вважає цю версію Tor ({current}) небезпечною.</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>У Tor забагато відкритих з&apos;єднань ({count}).</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>Конфігурація маршрутизації вказує порт, який Tor не слухає, тож цей режим чи профіль не працюватиме, доки не виправлено конфігурацію Tor або маршрутизації: {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>Повторне підключення до Tor: {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor натрапив на внутрішню помилку: {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>Tor знову може будувати ланцюги.</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor зараз не може будувати ланцюги ({reason}).</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>Tor повідомив: {kind}.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Немає з&apos;єднання</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Підключення до Tor…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Автентифікація…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Повторне підключення…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Підключено</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запуск</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>Завантаження {percent} %: {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>Немає (відкритий керувальний порт)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Файл cookie</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>Безпечний cookie</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>рекомендована</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>застаріла, оновіть</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>не рекомендована, оновіть</translation>
    </message>
    <message>
        <source>old</source>
        <translation>стара</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>новіша за рекомендовану</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>ще не оцінено: у Tor немає консенсусу зі списком рекомендованих версій</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>ще не оцінено: Tor не повідомив, чи версія рекомендована</translation>
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
        <translation>&amp;Запускати разом із сеансом</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>Не вдалося змінити запис автозапуску: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>Керувальний пароль Tor</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>Tor на {endpoint} запитує керувальний пароль.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor відхилив цей пароль. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>Пароль відхилено</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>&amp;Запам&apos;ятати у в&apos;язці ключів стільниці</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>Запам&apos;ятати у в&apos;язці ключів стільниці</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>Чому в&apos;язка ключів недоступна</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Кнопки діалогу</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>ретранслятор порушив протокол</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>внутрішня помилка</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>на запит</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>ретранслятор у режимі сну</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>у ретранслятора скінчилися ресурси</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>не вдалося досягти ретранслятора</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>ретранслятор мав неправильну ідентичність</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>з&apos;єднання з ретранслятором закрилося</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>вичерпано</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>час очікування минув</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>його закрив ретранслятор</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>немає шляху через мережу</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>немає такого onion-сервісу</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>вимірювання тайм-ауту завершено</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>більше не потрібен</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>ім&apos;я не вдалося розв&apos;язати</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>вузол призначення відхилив з&apos;єднання</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>вихідний вузол цього не дозволяє</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>його ланцюг закрився</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>немає маршруту до вузла призначення</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>вихідний вузол у режимі сну</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>у вихідного вузла скінчилися ресурси</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>з&apos;єднання скинуто</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>не каталог</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>приватна адреса, відхилено</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>жоден ланцюг не зміг його передати</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>ретранслятор закрив з&apos;єднання</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>ретранслятор відхилив з&apos;єднання</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>з&apos;єднання з ретранслятором скинуто</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>час з&apos;єднання з ретранслятором минув</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>немає маршруту до ретранслятора (цей комп&apos;ютер у мережі?)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>з&apos;єднання з ретранслятором не змогло прочитати чи записати</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>у цього комп&apos;ютера скінчилися з&apos;єднання або пам&apos;ять</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>бракує підключуваного транспорту</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>з&apos;єднання з ретранслятором не вдалося</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>Відомості про ретранслятор</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>Виберіть ретранслятор у списку або клацніть його на мапі, щоб побачити, що про нього знає Tor.</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>Ретранслятор не вибрано</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Прапорці</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>Пропускна здатність (консенсус)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Час роботи</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>Підсумок політики виходу</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>Політика виходу</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Копіювати: {field}</translation>
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
        <translation>Авторитет</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>Поганий вихід</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Швидкий</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Вартовий</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>Каталог onion-сервісів</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>Лише проміжний</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>Без консенсусу Ed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Працює</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Стабільний</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>Застарілий дескриптор</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>Сибіл</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Дійсний</translation>
    </message>
    <message>
        <source> </source>
        <comment>between two flags of a relay: Exit Fast Running</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RelayListView</name>
    <message>
        <source>Relay list</source>
        <translation>Список ретрансляторів</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Пошук за псевдонімом, відбитком або IP</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>Пошук ретрансляторів</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>Фільтр за прапорцем</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Усі прапорці</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Фільтр за країною</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Ретранслятори</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>Показано ретрансляторів</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>Відомості про ретранслятор</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} з {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>з містами</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>з країнами</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} (база {kind})</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP Tor (лише країни)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Ретранслятори</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>Чому немає ретрансляторів</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}; ретранслятори навчальної мережі у вигаданих місцях</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>Tor ще не передав OnionPanel список ретрансляторів. Він з&apos;явиться після завантаження консенсусу мережі; сторінка «Стан» показує, як далеко він просунувся.</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Немає з&apos;єднання з Tor. Мапа й список ретрансляторів заповняться, щойно OnionPanel під&apos;єднається; сторінка «Стан» показує, на що він чекає.</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Прапорці</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Пропускна здатність</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-адреса</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Час роботи</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>менше хвилини</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of uptime</comment>
        <translation>%1 хв</translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message>
        <source>VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)</source>
        <translation>ВМ і пристрої на {interfaces} пересилаються так, як налаштовано систему (режим «Вимкнено»)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>ВМ і пристрої на {interfaces} нікуди не виходять (Блокування)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>ВМ і пристрої на {interfaces} виходять через Tor</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>ВМ і пристрої на {interfaces} заблоковано: нічого з надісланого ними не пересилається</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>ВМ і пристрої на {interfaces} пересилаються без Tor</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>TCP іде на TransPort Tor {address}:{trans_port}, DNS — на його DNSPort {address}:{dns_port}, IPv6 теж; UDP і ICMP блокуються.</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>TCP іде на TransPort Tor {address}:{trans_port}, DNS — на його DNSPort {address}:{dns_port}; UDP, ICMP і IPv6 блокуються.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Заблоковано %n пакет з {interfaces}, що намагався вийти в обхід Tor (від останнього перемикання)</numerusform>
            <numerusform>Заблоковано %n пакети з {interfaces}, що намагалися вийти в обхід Tor (від останнього перемикання)</numerusform>
            <numerusform>Заблоковано %n пакетів з {interfaces}, що намагалися вийти в обхід Tor (від останнього перемикання)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Заблоковано %n пакет з {interfaces} в обхід Tor</numerusform>
            <numerusform>Заблоковано %n пакети з {interfaces} в обхід Tor</numerusform>
            <numerusform>Заблоковано %n пакетів з {interfaces} в обхід Tor</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>Пересилання для {interfaces} вимкнено ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} вимкнено, але запис маршрутизатора для {interfaces} пересилає частину трафіку як є і потребує його. OnionPanel ніколи його не змінює: задайте {sysctl} = 1 у конфігурації системи.</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>Маршрутизовані мережі</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>Маршрутизовані інтерфейси</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>Куди йде їхній трафік</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>Заблоковані спроби вийти в обхід Tor</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>Проблема з пересиланням</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>Немає системної шини для зв&apos;язку з помічником маршрутизації: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>Помічник маршрутизації недоступний.</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>Помічник маршрутизації не відповів: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>Помічник маршрутизації не встановлено або не запущено ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Вимкнено (Tor користуються лише налаштовані для нього програми)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>Tor (увесь трафік)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Блокування (назовні виходить лише сам Tor)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>не застосовано</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, з прямим доступом для {profile}</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Маршрутизація</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Маршрутизація</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>Запит до помічника маршрутизації…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>Власний помічник маршрутизації навчальної мережі запускається разом із нею…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Зараз: {mode} (повернення до Tor за %n хвилину)</numerusform>
            <numerusform>Зараз: {mode} (повернення до Tor за %n хвилини)</numerusform>
            <numerusform>Зараз: {mode} (повернення до Tor за %n хвилин)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>Зараз: {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Повернутися до Tor (завершити прямий доступ для {profile})</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>Відкрити {app} у {profile}</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>Прямий доступ на {minutes} хв: {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Прямий доступ, доки я не поверну: {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>Прямий доступ увімкнено для {profile}</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>видалила таблицю брандмауера OnionPanel</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>замінила таблицю брандмауера OnionPanel старою ({mode})</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>видалила ланцюжок {chain} з таблиці брандмауера OnionPanel</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>очистила ланцюжок {chain} у таблиці брандмауера OnionPanel</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>змінила правила {chain} у таблиці брандмауера OnionPanel</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>додала ланцюжок {chain} до таблиці брандмауера OnionPanel</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>змінила таблицю брандмауера OnionPanel</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>Інша програма {found}; відновлено: {mode} знову застосовано.</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>Порти Tor зайняв хтось, крім Tor: блокування, доки Tor знову їх не займе.</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>Час прямого доступу минув: повернення до режиму «{mode}».</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} не запустилася.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Стан підключення</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Подробиці завантаження</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>Хід завантаження</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Помилка підключення</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>Відомості про Tor</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>Версія Tor</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>Точка керування</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Спосіб автентифікації</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версія:</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>Керувальний порт:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Автентифікація:</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>Порт SOCKS для застосунків</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>Копіювати порт SOCKS</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>Копіювати host:port, щоб вставити в налаштування проксі застосунку</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>Порт SOCKS:</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5; Tor, запущений OnionPanel)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>Сповіщення від Tor</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor не повідомляв ні про що, що потребує уваги.</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>Немає сповіщень</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>немає з&apos;єднання</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>очікування Tor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  (%n раз від {first})</numerusform>
            <numerusform>{time}  {notice}  (%n рази від {first})</numerusform>
            <numerusform>{time}  {notice}  (%n разів від {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>Запуск власного Tor…</translation>
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
        <translation>Навчальна мережа — не анонімно</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME не показує значків у системному лотку, доки не встановлено й не ввімкнено розширення «AppIndicator and KStatusNotifierItem Support». Натомість OnionPanel тримає це вікно відкритим; його закриття завершує OnionPanel.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>Ця стільниця не має системного лотка (не знайдено вузла StatusNotifierItem). Натомість OnionPanel тримає це вікно відкритим; його закриття завершує OnionPanel.</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>Меню OnionPanel у системному лотку</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>&amp;Відкрити панель</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>&amp;Нова особистість</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
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
        <translation>Б</translation>
    </message>
    <message>
        <source>KiB</source>
        <comment>abbreviation of kibibyte (1024 bytes)</comment>
        <translation>КіБ</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>abbreviation of mebibyte</comment>
        <translation>МіБ</translation>
    </message>
    <message>
        <source>GiB</source>
        <comment>abbreviation of gibibyte</comment>
        <translation>ГіБ</translation>
    </message>
    <message>
        <source>TiB</source>
        <comment>abbreviation of tebibyte</comment>
        <translation>ТіБ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number, then its unit: 1.5 KiB</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>a data rate: %1 is an amount such as 2.5 KiB, per second</comment>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation>МБ/с</translation>
    </message>
    <message>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>кБ/с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 хв %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 д %2 год</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>Tor повідомив про помилку</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>Tor повідомив про попередження</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor повідомив про %n попередження чи помилку</numerusform>
            <numerusform>Tor повідомив про %n попередження чи помилки</numerusform>
            <numerusform>Tor повідомив про %n попереджень чи помилок</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>Найсерйозніше: %1</translation>
    </message>
</context>
</TS>
