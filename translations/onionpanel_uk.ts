<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="40"/>
        <source>Column headers</source>
        <translation>Заголовки стовпців</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="41"/>
        <source>Row headers</source>
        <translation>Заголовки рядків</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="43"/>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Виділити все</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="45"/>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Очистити</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="49"/>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: варіанти</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="57"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="59"/>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="62"/>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="69"/>
        <source>1 second</source>
        <translation>1 секунда</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="70"/>
        <source>5 seconds</source>
        <translation>5 секунд</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="71"/>
        <source>30 seconds</source>
        <translation>30 секунд</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="72"/>
        <source>1 minute</source>
        <translation>1 хвилина</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="73"/>
        <source>10 minutes</source>
        <translation>10 хвилин</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="74"/>
        <source>1 hour</source>
        <translation>1 година</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/bandwidth/page.py" line="76"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="101"/>
        <source>Bandwidth graph</source>
        <translation>Графік трафіку</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="170"/>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="174"/>
        <source>now</source>
        <translation>зараз</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="173"/>
        <source>%1 ago</source>
        <translation>%1 тому</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="186"/>
        <source>Collecting data: a point every %1.</source>
        <translation>Збір даних: точка кожні %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="235"/>
        <source>Bandwidth</source>
        <translation>Трафік</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="241"/>
        <source>Graph interval</source>
        <translation>Інтервал графіка</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="242"/>
        <source>Each point of the graph averages this long</source>
        <translation>Кожна точка графіка — середнє за цей проміжок</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="246"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Інтервал:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="249"/>
        <source>Current download rate</source>
        <translation>Поточна швидкість отримання</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="250"/>
        <source>Current upload rate</source>
        <translation>Поточна швидкість надсилання</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="251"/>
        <source>Read since tor started</source>
        <translation>Отримано від запуску Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="252"/>
        <source>Written since tor started</source>
        <translation>Надіслано від запуску Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="258"/>
        <source>Read (download)</source>
        <translation>Отримано (завантаження)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="259"/>
        <source>Written (upload)</source>
        <translation>Надіслано (вивантаження)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="262"/>
        <source>Download rate:</source>
        <translation>Швидкість отримання:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="263"/>
        <source>Upload rate:</source>
        <translation>Швидкість надсилання:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="264"/>
        <source>Read since tor started:</source>
        <translation>Отримано від запуску Tor:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="265"/>
        <source>Written since tor started:</source>
        <translation>Надіслано від запуску Tor:</translation>
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
        <translation>Ланцюг %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="173"/>
        <source>Purpose: %s</source>
        <translation>Призначення: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="175"/>
        <source>Build flags: %s</source>
        <translation>Прапорці побудови: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="247"/>
        <source>Status: %s</source>
        <translation>Стан: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="251"/>
        <source>Reason: %s</source>
        <translation>Причина: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="270"/>
        <source>stream %s</source>
        <translation>потік %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="169"/>
        <source>Circuit {id}: {status}</source>
        <translation>Ланцюг {id}: {status}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="178"/>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Трафік: отримано {received}, надіслано {sent}</translation>
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
        <translation>Будується</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="198"/>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>Чекає на вартовий вузол</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="199"/>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Готовий</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="200"/>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Збій</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="201"/>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Закритий</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="206"/>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>Загальний</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="207"/>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>Загальний (conflux)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="208"/>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, зв&apos;язування</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="209"/>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion-клієнт, точка знайомства</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="210"/>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion-клієнт, точка зустрічі</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="211"/>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion-клієнт, каталог</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="212"/>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion-сервіс, точка знайомства</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="213"/>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion-сервіс, точка зустрічі</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="214"/>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion-сервіс, каталог</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="215"/>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Onion-авангард</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="216"/>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Вимірювання тайм-ауту</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="217"/>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Контролер</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="218"/>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="219"/>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Заповнення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="220"/>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Перевірка зміщення шляху</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="225"/>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Новий</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="226"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="227"/>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Визначення імені</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="228"/>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Адресу перепризначено</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="229"/>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>Підключення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="230"/>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>Підключений</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="231"/>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>Від&apos;єднаний</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="232"/>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>Збій</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="233"/>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Закритий</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="246"/>
        <source>Stream {id} to {target}</source>
        <translation>Потік {id} до {target}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="248"/>
        <source>From: {protocol} {origin}</source>
        <translation>Звідки: {protocol} {origin}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="265"/>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="288"/>
        <source>app “{app}” in {profile}</source>
        <translation>застосунок «{app}» у {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="291"/>
        <source>app “%s”</source>
        <translation>застосунок «%s»</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="293"/>
        <source>profile %s</source>
        <translation>профіль %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="295"/>
        <source>tor&apos;s directory fetch</source>
        <translation>завантаження каталогу Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="297"/>
        <source>transparent proxy</source>
        <translation>прозорий проксі</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="299"/>
        <source>DNS port</source>
        <translation>DNS-порт</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="303"/>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, слухач {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="75"/>
        <source>Circuit / relay / stream</source>
        <translation>Ланцюг / ретранслятор / потік</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="76"/>
        <source>Status / country</source>
        <translation>Стан / країна</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="77"/>
        <source>Purpose / address / source</source>
        <translation>Призначення / адреса / джерело</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="78"/>
        <source>Age / flags / traffic</source>
        <translation>Вік / прапорці / трафік</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="79"/>
        <source>Path / fingerprint</source>
        <translation>Шлях / відбиток</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="70"/>
        <source>Circuits and streams</source>
        <translation>Ланцюги та потоки</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="74"/>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Показувати &amp;внутрішні ланцюги Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="75"/>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Показувати внутрішні ланцюги Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="77"/>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Службові ланцюги onion-сервісів, завантаження каталогу й перевірки тайм-аутів</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="81"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="84"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="87"/>
        <source>Copy &amp;path</source>
        <translation>Копіювати &amp;шлях</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="90"/>
        <source>&amp;New circuit for this host</source>
        <translation>&amp;Новий ланцюг для цього вузла</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="92"/>
        <source>Close circ&amp;uit</source>
        <translation>Закрити &amp;ланцюг</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="93"/>
        <source>Close &amp;stream</source>
        <translation>Закрити п&amp;отік</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="94"/>
        <source>Copy pat&amp;h</source>
        <translation>Копіювати ш&amp;лях</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="96"/>
        <source>New circuit for this h&amp;ost</source>
        <translation>Новий ланцюг для цього &amp;вузла</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="99"/>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Закрити ланцюги, якими йде цей вузол, щоб наступне з&apos;єднання отримало новий</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="113"/>
        <source>Circuits, their relays and streams</source>
        <translation>Ланцюги, їхні ретранслятори та потоки</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="95"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="96"/>
        <source>No Tor found</source>
        <translation>Tor не знайдено</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="97"/>
        <source>No Tor answers on this computer.</source>
        <translation>На цьому комп&apos;ютері Tor не відповідає.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="99"/>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel може запустити ваш власний Tor: він працює від вашого імені, зберігає дані у вашій теці стану й зупиняється, коли OnionPanel завершує роботу. Він ніколи не чіпає системний Tor чи його налаштування.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="107"/>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;Запустити власний Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="109"/>
        <source>Start my own Tor</source>
        <translation>Запустити власний Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="111"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="31"/>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel не може прочитати cookie автентифікації Tor {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="38"/>
        <source>Ask the owner of that Tor to add you to the group allowed to read it, then log out and back in.</source>
        <translation>Попросіть власника цього Tor додати вас до групи, якій дозволено його читати, потім вийдіть із сеансу й увійдіть знову.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="47"/>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>Файл належить групі «{group}». Приєднайтеся до цієї групи: sudo usermod -aG {group} {user}, потім вийдіть із сеансу й увійдіть знову. У NixOS додайте users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; до своєї конфігурації та виконайте nixos-rebuild switch.</translation>
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
        <translation>Жоден керувальний порт Tor не відповідає. Перевірено:
{tried}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="66"/>
        <source>(nothing)</source>
        <translation>(нічого)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="75"/>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>Tor на {endpoint} відхилив пароль.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="79"/>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>Tor на {endpoint} потребує керувального пароля, а його не вказано.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="83"/>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>Tor на {endpoint} не пропонує способу входу, який підтримує OnionPanel ({offered}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="90"/>
        <source>Tor did not start: {detail}</source>
        <translation>Tor не запустився: {detail}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="92"/>
        <source>The sandbox network did not start: {detail}</source>
        <translation>Навчальна мережа не запустилася: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="295"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="298"/>
        <source>New Identity</source>
        <translation>Нова особистість</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="297"/>
        <source>New &amp;Identity</source>
        <translation>Нова &amp;особистість</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="300"/>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Нові ланцюги для нових з&apos;єднань ({shortcut})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="307"/>
        <source>New Identity result</source>
        <translation>Результат зміни особистості</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="310"/>
        <source>&amp;Drop circuits through that exit</source>
        <translation>&amp;Скинути ланцюги через цей вихідний вузол</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="311"/>
        <source>Drop circuits through that exit</source>
        <translation>Скинути ланцюги через цей вихідний вузол</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="30"/>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>Пакет Python «keyring» не встановлено, тож безпечного місця немає.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="37"/>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>В&apos;язка ключів стільниці недоступна: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="42"/>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>У цьому сеансі не запущено в&apos;язку ключів стільниці (Secret Service).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="119"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="120"/>
        <location filename="../onionpanel/ui/shell/language.py" line="137"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="123"/>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="138"/>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel використовуватиме цю мову після наступного запуску.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="90"/>
        <source>Circuits</source>
        <translation>Ланцюги</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="91"/>
        <source>Relays</source>
        <translation>Ретранслятори</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="92"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="93"/>
        <source>Bandwidth</source>
        <translation>Трафік</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="181"/>
        <source>Not connected to tor.</source>
        <translation>Немає з&apos;єднання з Tor.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Severity</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Repeats</source>
        <translation>Повтори</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/log/page.py" line="157"/>
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
        <location filename="../onionpanel/ui/log/page.py" line="93"/>
        <source>Debug</source>
        <translation>Налагодження</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="94"/>
        <source>Info</source>
        <translation>Інфо</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="95"/>
        <source>Notice</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="96"/>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="97"/>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="270"/>
        <source>Message log</source>
        <translation>Журнал повідомлень</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="283"/>
        <source>Lowest severity shown</source>
        <translation>Найнижча показувана важливість</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="284"/>
        <source>Show messages of this severity and above</source>
        <translation>Показувати повідомлення цієї важливості й вище</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="289"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Важливість:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="293"/>
        <location filename="../onionpanel/ui/log/page.py" line="294"/>
        <source>Search messages</source>
        <translation>Шукати в повідомленнях</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="300"/>
        <source>Show &amp;info/debug</source>
        <translation>Показувати &amp;інфо та налагодження</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="301"/>
        <source>Show info and debug messages</source>
        <translation>Показувати інформаційні та налагоджувальні повідомлення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="304"/>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Запитує в Tor інформаційні та налагоджувальні повідомлення, поки відкрита ця сторінка. Їх багато.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="309"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="310"/>
        <source>Copy selected messages</source>
        <translation>Копіювати вибрані повідомлення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="311"/>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Копіювати вибрані повідомлення або всі показані, якщо нічого не вибрано</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="313"/>
        <source>Sa&amp;ve…</source>
        <translation>З&amp;берегти…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="314"/>
        <source>Save shown messages to a file</source>
        <translation>Зберегти показані повідомлення у файл</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="327"/>
        <source>Earlier messages</source>
        <translation>Ранні повідомлення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="333"/>
        <source>Tor messages</source>
        <translation>Повідомлення Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="351"/>
        <source>Repeats</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="392"/>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>файл журналу Tor не читається (%1).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="396"/>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>системний журнал не показує вам повідомлень Tor. Їх можуть читати учасники групи «systemd-journal» або «adm».</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="400"/>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor пише в системний журнал, але journalctl недоступний.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="403"/>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor не пише журнал ні у файл, ні в системний журнал.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="405"/>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor не повідомив, куди пише журнал (%1).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="410"/>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>Ранні повідомлення не показано: %1 Нові повідомлення з&apos;являються в міру надходження.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="482"/>
        <source>Save messages</source>
        <translation>Зберегти повідомлення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="482"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Файли журналу (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="491"/>
        <source>Messages not saved</source>
        <translation>Повідомлення не збережено</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="492"/>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
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
        <translation>Головна область OnionPanel</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="62"/>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Навчальна мережа — не анонімно. Це приватна навчальна мережа Tor на цьому комп&apos;ютері; ніщо з того, що ви тут робите, не приховано.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="66"/>
        <source>Sandbox warning</source>
        <translation>Попередження про навчальну мережу</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="69"/>
        <source>No system tray</source>
        <translation>Немає системного лотка</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="80"/>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="85"/>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="93"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="116"/>
        <source>Close window</source>
        <translation>Закрити вікно</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="121"/>
        <source>Show page {number}</source>
        <translation>Показати сторінку {number}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="134"/>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — навчальна мережа, не анонімно</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/panel.py" line="94"/>
        <source>New Identity</source>
        <translation>Нова особистість</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="174"/>
        <source>Relay map</source>
        <translation>Мапа ретрансляторів</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="177"/>
        <source>World map of relays; arrows pan, plus and minus zoom, C and Shift+C pick a circuit, F fits it</source>
        <translation>Мапа світу з ретрансляторами: стрілки — прокрутка, плюс і мінус — масштаб, C і Shift+C — вибір ланцюга, F — показати його цілком</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="548"/>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Вартовий</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="549"/>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Вихідний</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="550"/>
        <source>Other relay</source>
        <translation>Інший ретранслятор</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="553"/>
        <source>Dot size: bandwidth</source>
        <translation>Розмір точки: пропускна здатність</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="671"/>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Пропускна здатність: {bw} кБ/с
{fp}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="680"/>
        <source>Circuit {id}</source>
        <translation>Ланцюг {id}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="693"/>
        <source>Relay map page</source>
        <translation>Сторінка мапи ретрансляторів</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="698"/>
        <source>Location source</source>
        <translation>Джерело розташувань</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="700"/>
        <source>Relay count</source>
        <translation>Кількість ретрансляторів</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="704"/>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="705"/>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="707"/>
        <source>Fit circuit</source>
        <translation>Показати ланцюг</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="708"/>
        <source>Fit the selected circuit</source>
        <translation>Показати вибраний ланцюг цілком</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="711"/>
        <source>World</source>
        <translation>Увесь світ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="711"/>
        <source>Show the whole world</source>
        <translation>Показати весь світ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="732"/>
        <source>Locations: {source}</source>
        <translation>Розташування: {source}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="732"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="741"/>
        <source>{placed} of {total} relays placed</source>
        <translation>Розміщено {placed} з {total} ретрансляторів</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="137"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="278"/>
        <source>Not connected to tor.</source>
        <translation>Немає з&apos;єднання з Tor.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="177"/>
        <source>New Identity failed: {reason}</source>
        <translation>Не вдалося змінити особистість: {reason}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="179"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="233"/>
        <source>New Identity</source>
        <translation>Нова особистість</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="185"/>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Нова особистість уже в дорозі: Tor перемкнеться за {seconds} с.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="188"/>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor дає одну нову особистість раз на 10 секунд: перемикання за {seconds} с.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="193"/>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Нова особистість: нові з&apos;єднання отримують нові ланцюги. Чекаємо на трафік, щоб показати новий вихідний вузол…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="240"/>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="244"/>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor знову вибрав той самий вихідний вузол: {exit}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="247"/>
        <source>New identity: exit {exit}.</source>
        <translation>Нова особистість: вихідний вузол {exit}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/circuits/identity.py" line="259"/>
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>Закрито %n ланцюг через {exit}.</numerusform>
            <numerusform>Закрито %n ланцюги через {exit}.</numerusform>
            <numerusform>Закрито %n ланцюгів через {exit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/circuits/identity.py" line="270"/>
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
        <location filename="../onionpanel/ui/status/notices.py" line="34"/>
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Ваш годинник відстає від {source} на %n секунду. Tor потрібен точний годинник.</numerusform>
            <numerusform>Ваш годинник відстає від {source} на %n секунди. Tor потрібен точний годинник.</numerusform>
            <numerusform>Ваш годинник відстає від {source} на %n секунд. Tor потрібен точний годинник.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/status/notices.py" line="38"/>
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Ваш годинник поспішає відносно {source} на %n секунду. Tor потрібен точний годинник.</numerusform>
            <numerusform>Ваш годинник поспішає відносно {source} на %n секунди. Tor потрібен точний годинник.</numerusform>
            <numerusform>Ваш годинник поспішає відносно {source} на %n секунд. Tor потрібен точний годинник.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="49"/>
        <source>the network consensus</source>
        <translation>консенсусу мережі</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="51"/>
        <source>the relay at {address}</source>
        <translation>ретранслятора {address}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="53"/>
        <source>the directory server at {address}</source>
        <translation>сервера каталогів {address}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="54"/>
        <source>the Tor network</source>
        <translation>мережі Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="58"/>
        <source>Tor has trouble connecting: {warning} (reason: {reason}).</source>
        <translation>Tor має проблеми з підключенням: {warning} (причина: {reason}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="60"/>
        <source>no details</source>
        <translation>без подробиць</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="67"/>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Застосунок підключився до порту {port}, яким зазвичай передають незашифровані паролі. Tor відхилив з&apos;єднання.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="73"/>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Застосунок підключився до порту {port}, яким зазвичай передають незашифровані паролі. Tor дозволив з&apos;єднання.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="82"/>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Застосунок передав Tor лише IP-адресу ({address}) через {protocol}, тобто, імовірно, визначив ім&apos;я поза Tor (витік DNS).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="95"/>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Застосунок звернувся до SOCKS-порту Tor невідомим протоколом.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="98"/>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Застосунок запитав у Tor неприпустиме ім&apos;я вузла: {hostname}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="101"/>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>Ваш DNS-провайдер відповідає підробленими адресами (підміна DNS). Цей ретранслятор не має бути вихідним вузлом.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="106"/>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>Ваш DNS-провайдер не відповідає на жоден запит, тож вихідний трафік не може визначати імена.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="109"/>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Цей Tor ({current}) застарів; мережа рекомендує: {recommended}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="112"/>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>Мережа Tor вважає цю версію Tor ({current}) небезпечною.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="115"/>
        <source>Tor has too many open connections ({count}).</source>
        <translation>У Tor забагато відкритих з&apos;єднань ({count}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="118"/>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>Конфігурація маршрутизації вказує порт, який Tor не слухає, тож цей режим чи профіль не працюватиме, доки не виправлено конфігурацію Tor або маршрутизації: {problem}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="123"/>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor натрапив на внутрішню помилку: {reason}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="126"/>
        <source>Tor can build circuits again.</source>
        <translation>Tor знову може будувати ланцюги.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="127"/>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor зараз не може будувати ланцюги ({reason}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="136"/>
        <source>Tor reported {kind}.</source>
        <translation>Tor повідомив: {kind}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="152"/>
        <source>Not connected</source>
        <translation>Немає з&apos;єднання</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="154"/>
        <source>Connecting to Tor…</source>
        <translation>Підключення до Tor…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="156"/>
        <source>Authenticating…</source>
        <translation>Автентифікація…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="158"/>
        <source>Reconnecting…</source>
        <translation>Повторне підключення…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="161"/>
        <source>Connected</source>
        <translation>Підключено</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="162"/>
        <source>starting</source>
        <translation>запуск</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="163"/>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>Завантаження {percent} %: {summary}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="170"/>
        <source>None (open control port)</source>
        <translation>Немає (відкритий керувальний порт)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="171"/>
        <source>Cookie file</source>
        <translation>Файл cookie</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="172"/>
        <source>Safe cookie</source>
        <translation>Безпечний cookie</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="173"/>
        <source>Password</source>
        <translation>Пароль</translation>
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
        <translation>рекомендована</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="187"/>
        <source>obsolete, please update</source>
        <translation>застаріла, оновіть</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="188"/>
        <source>not recommended, please update</source>
        <translation>не рекомендована, оновіть</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="189"/>
        <source>old</source>
        <translation>стара</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="190"/>
        <location filename="../onionpanel/ui/status/notices.py" line="191"/>
        <source>newer than recommended</source>
        <translation>новіша за рекомендовану</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="194"/>
        <source>unknown</source>
        <translation>невідомо</translation>
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
        <translation>Керувальний пароль Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="42"/>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>Tor на {endpoint} запитує керувальний пароль.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="47"/>
        <source>Explanation</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="50"/>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor відхилив цей пароль. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="52"/>
        <source>Password rejected</source>
        <translation>Пароль відхилено</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="56"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="57"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="59"/>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>&amp;Запам&apos;ятати у в&apos;язці ключів стільниці</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="60"/>
        <source>Remember in the desktop keyring</source>
        <translation>Запам&apos;ятати у в&apos;язці ключів стільниці</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="68"/>
        <source>Why the keyring is unavailable</source>
        <translation>Чому в&apos;язка ключів недоступна</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="76"/>
        <source>Dialog buttons</source>
        <translation>Кнопки діалогу</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="252"/>
        <source>Relay details</source>
        <translation>Відомості про ретранслятор</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="259"/>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="260"/>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="261"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="262"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="263"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="264"/>
        <source>Flags</source>
        <translation>Прапорці</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="265"/>
        <source>Bandwidth (consensus)</source>
        <translation>Пропускна здатність (консенсус)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="266"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="267"/>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="268"/>
        <source>Uptime</source>
        <translation>Час роботи</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="269"/>
        <source>Exit policy summary</source>
        <translation>Підсумок політики виходу</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="270"/>
        <source>Exit policy</source>
        <translation>Політика виходу</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="271"/>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="272"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="273"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="286"/>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="287"/>
        <source>Copy {field}</source>
        <translation>Копіювати: {field}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="314"/>
        <source>not in a microdescriptor consensus</source>
        <translation>немає в консенсусі мікродескрипторів</translation>
    </message>
</context>
<context>
    <name>RelayListView</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="352"/>
        <source>Relay list</source>
        <translation>Список ретрансляторів</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="357"/>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Пошук за псевдонімом, відбитком або IP</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="358"/>
        <source>Search relays</source>
        <translation>Пошук ретрансляторів</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="361"/>
        <source>Filter by flag</source>
        <translation>Фільтр за прапорцем</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="362"/>
        <source>All flags</source>
        <translation>Усі прапорці</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="366"/>
        <source>Filter by country</source>
        <translation>Фільтр за країною</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="369"/>
        <source>Relays</source>
        <translation>Ретранслятори</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="385"/>
        <source>Relays shown</source>
        <translation>Показано ретрансляторів</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="405"/>
        <source>Relay details</source>
        <translation>Відомості про ретранслятор</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="427"/>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="446"/>
        <source>{shown} of {total}</source>
        <translation>{shown} з {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="39"/>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>з містами</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="43"/>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>з країнами</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="47"/>
        <source>{name} ({kind} database)</source>
        <translation>{name} (база {kind})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="49"/>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP Tor (лише країни)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="50"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="110"/>
        <source>Relays</source>
        <translation>Ретранслятори</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="129"/>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}; ретранслятори навчальної мережі у вигаданих місцях</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="86"/>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="87"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="88"/>
        <source>Flags</source>
        <translation>Прапорці</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="89"/>
        <source>Bandwidth</source>
        <translation>Пропускна здатність</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="90"/>
        <source>IP address</source>
        <translation>IP-адреса</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="91"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="92"/>
        <source>Uptime</source>
        <translation>Час роботи</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="57"/>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>Немає системної шини для зв&apos;язку з помічником маршрутизації: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="90"/>
        <source>The routing helper is not available.</source>
        <translation>Помічник маршрутизації недоступний.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="97"/>
        <source>The routing helper did not answer: {error}</source>
        <translation>Помічник маршрутизації не відповів: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="105"/>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>Помічник маршрутизації не встановлено або не запущено ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="29"/>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Вимкнено (Tor користуються лише налаштовані для нього програми)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="30"/>
        <source>Tor (all traffic)</source>
        <translation>Tor (увесь трафік)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="31"/>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Блокування (назовні виходить лише сам Tor)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="32"/>
        <source>not applied</source>
        <translation>не застосовано</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="35"/>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, з прямим доступом для {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="46"/>
        <source>&amp;Routing</source>
        <translation>&amp;Маршрутизація</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="47"/>
        <source>Routing</source>
        <translation>Маршрутизація</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="48"/>
        <source>Asking the routing helper…</source>
        <translation>Запит до помічника маршрутизації…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="51"/>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>Власний помічник маршрутизації навчальної мережі запускається разом із нею…</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/routing/menu.py" line="81"/>
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Зараз: {mode} (повернення до Tor за %n хвилину)</numerusform>
            <numerusform>Зараз: {mode} (повернення до Tor за %n хвилини)</numerusform>
            <numerusform>Зараз: {mode} (повернення до Tor за %n хвилин)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="82"/>
        <location filename="../onionpanel/ui/routing/menu.py" line="119"/>
        <source>Now: {mode}</source>
        <translation>Зараз: {mode}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="88"/>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Повернутися до Tor (завершити прямий доступ для {profile})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="90"/>
        <source>Open {app} in {profile}</source>
        <translation>Відкрити {app} у {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="92"/>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>Прямий доступ на {minutes} хв: {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="95"/>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Прямий доступ, доки я не поверну: {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="110"/>
        <source>Clearnet on for {profile}</source>
        <translation>Прямий доступ увімкнено для {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="115"/>
        <source>Another program removed OnionPanel&apos;s firewall table; {mode} is applied again.</source>
        <translation>Інша програма видалила таблицю брандмауера OnionPanel; режим «{mode}» застосовано знову.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="118"/>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>Час прямого доступу минув: повернення до режиму «{mode}».</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="122"/>
        <source>{program} did not start.</source>
        <translation>{program} не запустилася.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="41"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="51"/>
        <source>Connection state</source>
        <translation>Стан підключення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="57"/>
        <source>Progress details</source>
        <translation>Подробиці завантаження</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="63"/>
        <source>Bootstrap progress</source>
        <translation>Хід завантаження</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="76"/>
        <source>Connection error</source>
        <translation>Помилка підключення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="94"/>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="95"/>
        <source>Tor details</source>
        <translation>Відомості про Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="98"/>
        <source>Tor version</source>
        <translation>Версія Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="99"/>
        <source>Control endpoint</source>
        <translation>Точка керування</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="100"/>
        <source>Authentication method</source>
        <translation>Спосіб автентифікації</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="101"/>
        <source>Version:</source>
        <translation>Версія:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="102"/>
        <source>Control port:</source>
        <translation>Керувальний порт:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="103"/>
        <source>Authentication:</source>
        <translation>Автентифікація:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="107"/>
        <location filename="../onionpanel/ui/status/page.py" line="108"/>
        <source>Notices from Tor</source>
        <translation>Сповіщення від Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="111"/>
        <source>Notices</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="115"/>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor не повідомляв ні про що, що потребує уваги.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="116"/>
        <source>No notices</source>
        <translation>Немає сповіщень</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="130"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="132"/>
        <source>not connected</source>
        <translation>немає з&apos;єднання</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="134"/>
        <source>waiting for Tor</source>
        <translation>очікування Tor</translation>
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
        <translation>Запуск власного Tor…</translation>
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
        <translation>Навчальна мережа — не анонімно</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="77"/>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="189"/>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME не показує значків у системному лотку, доки не встановлено й не ввімкнено розширення «AppIndicator and KStatusNotifierItem Support». Натомість OnionPanel тримає це вікно відкритим; його закриття завершує OnionPanel.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="195"/>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>Ця стільниця не має системного лотка (не знайдено вузла StatusNotifierItem). Натомість OnionPanel тримає це вікно відкритим; його закриття завершує OnionPanel.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="210"/>
        <source>OnionPanel tray menu</source>
        <translation>Меню OnionPanel у системному лотку</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="211"/>
        <source>&amp;Open panel</source>
        <translation>&amp;Відкрити панель</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="212"/>
        <source>&amp;New Identity</source>
        <translation>&amp;Нова особистість</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="217"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
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
        <translation>Б</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="23"/>
        <source>KiB</source>
        <comment>abbreviation of kibibyte (1024 bytes)</comment>
        <translation>КіБ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="24"/>
        <source>MiB</source>
        <comment>abbreviation of mebibyte</comment>
        <translation>МіБ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="25"/>
        <source>GiB</source>
        <comment>abbreviation of gibibyte</comment>
        <translation>ГіБ</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="26"/>
        <source>TiB</source>
        <comment>abbreviation of tebibyte</comment>
        <translation>ТіБ</translation>
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
        <translation>%1/с</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="62"/>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation>МБ/с</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="64"/>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>кБ/с</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="71"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="74"/>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 хв %2 с</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="77"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="80"/>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 д %2 год</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="248"/>
        <source>Tor reported an error</source>
        <translation>Tor повідомив про помилку</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="250"/>
        <source>Tor reported a warning</source>
        <translation>Tor повідомив про попередження</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/log/page.py" line="254"/>
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor повідомив про %n попередження чи помилку</numerusform>
            <numerusform>Tor повідомив про %n попередження чи помилки</numerusform>
            <numerusform>Tor повідомив про %n попереджень чи помилок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="255"/>
        <source>The most serious: %1</source>
        <translation>Найсерйозніше: %1</translation>
    </message>
</context>
</TS>
