<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>Заголовки столбцов</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Заголовки строк</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: варианты</translation>
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
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
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
        <translation>1 минута</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 минут</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>Сбор данных: точка каждую секунду.</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>Сбор данных: точка каждую минуту.</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>Сбор данных: точка каждый час.</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>Сбор данных: точка каждые %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>График трафика</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>Интервал графика</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>Каждая точка графика — среднее за этот интервал</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Интервал:</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>Текущая скорость приёма</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>Текущая скорость передачи</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>Принято с запуска Tor</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>Передано с запуска Tor</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>Принято (загрузка)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>Передано (отдача)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>Скорость приёма:</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>Скорость передачи:</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>Принято с запуска Tor:</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>Передано с запуска Tor:</translation>
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
        <translation>Цепочка %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>Назначение: %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>Флаги построения: %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>Состояние: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Причина: %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>поток %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>Цепочка {id}: {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Трафик: принято {received}, передано {sent}</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>Строится</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>Ждёт сторожевой узел</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Готова</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>Общая</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>Общая (conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, связывается</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion-клиент, точка знакомства</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion-клиент, точка встречи</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion-клиент, каталог</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion-сервис, точка знакомства</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion-сервис, точка встречи</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion-сервис, каталог</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Onion-авангард</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Замер тайм-аута</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Контроллер</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Заполнение</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Проверка смещения пути</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Разрешение имени</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Адрес переназначен</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>Подключён</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>Отсоединён</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>Поток {id} к {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>Откуда: {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>приложение «{app}» в {profile}</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>приложение «%s»</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>профиль %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>загрузка каталога Tor</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>с {address} через {interface}</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>прозрачный прокси</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>DNS-порт</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, слушатель {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>Цепочка / ретранслятор / поток</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>Состояние / страна</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>Назначение / адрес / источник</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>Возраст / флаги / трафик</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>Путь / отпечаток</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>Цепочки и потоки</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Показывать &amp;внутренние цепочки Tor</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Показывать внутренние цепочки Tor</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Служебные цепочки onion-сервисов, загрузка каталога и проверки тайм-аутов</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Копировать &amp;путь</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>&amp;Новая цепочка для этого узла</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Нет подключения к Tor. Цепочки появятся здесь, когда OnionPanel подключится; на странице «Состояние» видно, чего он ждёт.</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>Сейчас у Tor только его собственные внутренние цепочки. Отметьте «Показывать внутренние цепочки Tor», чтобы их увидеть; ваши появятся, когда приложение подключится через Tor.</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>У Tor ещё нет цепочек. Он строит их, как только доберётся до сети; если здесь так и пусто, причину покажет страница «Журнал».</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>Закрыть &amp;цепочку</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>Закрыть п&amp;оток</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>Копировать п&amp;уть</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>Новая цепочка для этого &amp;узла</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Закрыть цепочки, по которым идёт этот узел, чтобы его следующее соединение получило новую</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>Почему нет цепочек</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>Цепочки, их ретрансляторы и потоки</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Нет подключения к Tor.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>Что Tor настроен делать. OnionPanel только показывает это: меняйте параметр там, откуда он берётся, затем перезагрузите Tor.</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>Какой порт использовать приложениям</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Файлы конфигурации</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>Замечания о конфигурации</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Нет подключения к Tor.</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>Конфигурация Tor</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Что это значит</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>Где изменить</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>Столбцы конфигурации</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>Показывать адреса мостов</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>Копировать, где изменить</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>Копировать, где изменить выбранный параметр</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Копировать строку</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>Копировать строку выбранного параметра</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>Прочитать конфигурацию заново</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Мосты</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>Onion-сервисы</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Ретранслятор</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Другие параметры</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>Tor не слушает ни один порт</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>флаги: {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (не слушает)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>Tor подключается только через мосты</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>Tor подключается к сети Tor напрямую</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>программа, реализующая транспорт моста</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>обычный</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>Мост ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>этот Tor не обслуживает ни одного onion-сайта</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>имя хоста не читается: {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>порты (onion-порт, затем куда он ведёт): {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>ключи в {directory}</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>Onion-сервис</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>этот Tor только клиент (нет ORPort)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>мост</translation>
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
        <translation>этот Tor передаёт трафик других</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>самопроверка Tor</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Учёт трафика</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>Tor не предоставляет порт SOCKS, поэтому приложения не могут использовать его напрямую. Строка SocksPort в torrc добавит его.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>Приложения, например почтовый клиент: укажите в их прокси сокет SOCKS5 {path} и разрешите прокси разрешать имена. Изменить это можно в {where}.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>Приложения, например почтовый клиент: укажите в их прокси SOCKS5, хост {host}, порт {port} и разрешите прокси разрешать имена. Изменить порт можно в {where}.</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc: {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>значения по умолчанию: {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS: измените services.tor в configuration.nix</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>прокси SOCKS5 для приложений (браузер, почта, чат)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>прокси HTTP CONNECT для приложений, которые не умеют SOCKS</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>прозрачный прокси: правила брандмауэра перенаправляют соединения сюда</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>прозрачный прокси в стиле natd</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>DNS-резолвер, который спрашивает через Tor</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>управляющий порт: программы вроде этой панели</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>управляющий сокет: программы вроде этой панели</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>порт ретранслятора: сюда подключаются другие ретрансляторы и клиенты</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>порт каталога этого ретранслятора</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>порт подключаемых транспортов этого моста</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>метрики для инструментов мониторинга</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>потоки с других портов никогда не делят его цепочки</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>делит цепочки с другими портами группы сеансов {group}</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>у каждого адреса клиента свои цепочки</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>клиенты с разных адресов могут делить цепочки</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>у каждой пары имя пользователя и пароль SOCKS свои цепочки</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>имена пользователей и пароли SOCKS не разделяют цепочки</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>у каждого протокола (SOCKS 4, SOCKS 5, HTTP, DNS...) свои цепочки</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>у каждого адреса назначения свои цепочки</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>у каждого порта назначения свои цепочки</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>цепочки с аутентификацией SOCKS остаются открытыми, пока используются</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключён</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>пытается подключиться</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>не может подключиться</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>не используется (UseBridges выключен)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>ещё не опробован</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>файл значений по умолчанию</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>командная строка Tor</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>встроенное значение Tor по умолчанию</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>изменено во время работы Tor (контроллером)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>неизвестно (файл не читается)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>объявлено в torrc</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>добавлено через управляющий порт, сохранено после его закрытия</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>добавлено через управляющее соединение этой панели</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>пока нет</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>Tor не найден</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>На этом компьютере Tor не отвечает.</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel может запустить ваш собственный Tor: он работает от вашего имени, хранит данные в вашем каталоге состояния и останавливается при выходе из OnionPanel. Он никогда не трогает системный Tor и его настройки.</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;Запустить собственный Tor</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>Запустить собственный Tor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel не может прочитать cookie аутентификации Tor {path} ({detail}).</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>Попросите владельца этого Tor сделать его cookie доступным для чтения группе, в которой вы состоите, затем выйдите из сеанса и войдите снова.</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>Файл принадлежит группе «{group}». Вступите в эту группу: sudo usermod -aG {group} {user}, затем выйдите из сеанса и войдите снова. В NixOS добавьте users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; в свою конфигурацию и выполните nixos-rebuild switch.</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Каталог {path} принадлежит {owner}:{group} с правами {mode}, поэтому открыть его может только {owner}; вступление в группу не поможет. Настройте Tor так, чтобы его cookie читалась его группой (CookieAuthFileGroupReadable 1 в его torrc, как делает tor в Debian для группы debian-tor), или используйте управляющий сокет Tor с ControlSocketsGroupWritable 1 (в NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Файл cookie принадлежит {owner}:{group} с правами {mode}, поэтому открыть его может только {owner}; вступление в группу не поможет. Настройте Tor так, чтобы его cookie читалась его группой (CookieAuthFileGroupReadable 1 в его torrc, как делает tor в Debian для группы debian-tor), или используйте управляющий сокет Tor с ControlSocketsGroupWritable 1 (в NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>Ни один управляющий порт Tor не отвечает. Проверены:
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>Tor на {endpoint} отклонил пароль.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>Tor на {endpoint} требует управляющий пароль, а он не указан.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>Tor на {endpoint} не предлагает способа входа, который поддерживает OnionPanel ({offered}).</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} не говорит на управляющем протоколе Tor ({detail}).</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>Tor не запустился: {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>Учебная сеть не запустилась: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>Новая личность</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>Новая &amp;личность</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Новые цепочки для новых соединений ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>Результат смены личности</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>&amp;Сбросить цепочки через этот выходной узел</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>Сбросить цепочки через этот выходной узел</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>Пакет Python «keyring» не установлен, поэтому безопасного места нет.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>Связка ключей рабочего стола недоступна: {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>В этом сеансе не запущена связка ключей рабочего стола (Secret Service).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel будет использовать этот язык при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>Цепочки</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Ретрансляторы</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Нет соединения с Tor.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторы</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>Повторилось %n раз, последний — в %1</numerusform>
            <numerusform>Повторилось %n раза, последний — в %1</numerusform>
            <numerusform>Повторилось %n раз, последний — в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>Отладка</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Инфо</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Журнал сообщений</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Минимальная показываемая важность</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>Показывать сообщения этой важности и выше</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Важность:</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Поиск по сообщениям</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>Показывать &amp;инфо и отладку</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>Показывать информационные и отладочные сообщения</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Запрашивает у Tor информационные и отладочные сообщения, пока открыта эта страница. Их много.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>Копировать выбранные сообщения</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Копировать выбранные сообщения или все показанные, если ничего не выбрано</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Со&amp;хранить…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>Сохранить показанные сообщения в файл</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>Ранние сообщения</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>Сообщения Tor</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>файл журнала Tor не читается (%1).</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>системный журнал не показывает вам сообщений Tor. Их могут читать члены группы «systemd-journal» или «adm».</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor пишет в системный журнал, но journalctl недоступен.</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor не пишет журнал ни в файл, ни в системный журнал.</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor не сообщил, куда пишет журнал (%1).</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>Ранние сообщения не показаны: %1 Новые сообщения появляются по мере поступления.</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>Сохранить сообщения</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Файлы журнала (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>Сообщения не сохранены</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
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
        <translation>Главная область OnionPanel</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Учебная сеть — не анонимно. Это частная учебная сеть Tor на этом компьютере; ничто из того, что вы здесь делаете, не скрыто.</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>Предупреждение об учебной сети</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Нет системного лотка</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Закрыть окно</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>Показать страницу {number}</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — учебная сеть, не анонимно</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Новая личность</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>Карта ретрансляторов</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>Карта ретрансляторов мира; стрелки сдвигают, плюс и минус масштабируют, N и P выбирают следующую или предыдущую цепочку, Escape — никакую, F вписывает выбранную цепочку</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Сторожевой</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>Другой ретранслятор</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>Размер точки: пропускная способность</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Пропускная способность: {bw} кБ/с
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>Здесь %n ретранслятор; щёлкните, чтобы приблизить</numerusform>
            <numerusform>Здесь %n ретранслятора; щёлкните, чтобы приблизить</numerusform>
            <numerusform>Здесь %n ретрансляторов; щёлкните, чтобы приблизить</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>Цепочка {id}</translation>
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
        <translation>Страница карты ретрансляторов</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>Источник местоположений</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>Число ретрансляторов</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>Показать цепочку</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>Показать выбранную цепочку целиком</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Весь мир</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>Показать весь мир</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>Сначала выберите цепочку: щёлкните по её линии или нажмите N на карте</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>Местоположения: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>Размещено {placed} из {total} ретрансляторов</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Нет соединения с Tor.</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>Не удалось сменить личность: {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Новая личность</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Новая личность уже в пути: Tor переключится через {seconds} с.</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor даёт одну новую личность раз в 10 секунд: переключение через {seconds} с.</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Новая личность: новые соединения получат новые цепочки. Ждём трафика, чтобы показать новый выходной узел…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor снова выбрал тот же выходной узел: {exit}.</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>Новая личность: выходной узел {exit}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>Закрыта %n цепочка через {exit}.</numerusform>
            <numerusform>Закрыты %n цепочки через {exit}.</numerusform>
            <numerusform>Закрыто %n цепочек через {exit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>Закрыта %n цепочка к {host}: следующее соединение получит новую.</numerusform>
            <numerusform>Закрыты %n цепочки к {host}: следующее соединение получит новую.</numerusform>
            <numerusform>Закрыто %n цепочек к {host}: следующее соединение получит новую.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Ваши часы отстают от {source} на %n секунду. Tor нужны точные часы.</numerusform>
            <numerusform>Ваши часы отстают от {source} на %n секунды. Tor нужны точные часы.</numerusform>
            <numerusform>Ваши часы отстают от {source} на %n секунд. Tor нужны точные часы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Ваши часы спешат относительно {source} на %n секунду. Tor нужны точные часы.</numerusform>
            <numerusform>Ваши часы спешат относительно {source} на %n секунды. Tor нужны точные часы.</numerusform>
            <numerusform>Ваши часы спешат относительно {source} на %n секунд. Tor нужны точные часы.</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>консенсуса сети</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>ретранслятора {address}</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>сервера каталогов {address}</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>сети Tor</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>Tor не удаётся подключиться: {reason} ({warning}).</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>Tor не удаётся подключиться: {reason}.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Приложение подключилось к порту {port}, по которому обычно передаются незашифрованные пароли. Tor отклонил соединение.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Приложение подключилось к порту {port}, по которому обычно передаются незашифрованные пароли. Tor разрешил соединение.</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Приложение передало Tor только IP-адрес ({address}) по {protocol}, то есть, вероятно, разрешило имя в обход Tor (утечка DNS).</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>изменился адрес этого компьютера</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>не удаётся достичь ни одного сервера каталогов</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>часы скачком изменились</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Не удалось загрузить список цепочек: {problem} OnionPanel повторит попытку при переподключении.</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Не удалось загрузить журнал Tor: {problem} OnionPanel повторит попытку при переподключении.</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Не удалось прочитать конфигурацию Tor: {problem} OnionPanel повторит попытку при переподключении.</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Не удалось загрузить список ретрансляторов: {problem} OnionPanel повторит попытку при переподключении.</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Фоновая задача OnionPanel не выполнена: {problem} OnionPanel повторит попытку при переподключении.</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>Не удалось использовать весь список ретрансляторов Tor, %n проблема: {problems} OnionPanel повторит попытку при переподключении.</numerusform>
            <numerusform>Не удалось использовать весь список ретрансляторов Tor, %n проблемы: {problems} OnionPanel повторит попытку при переподключении.</numerusform>
            <numerusform>Не удалось использовать весь список ретрансляторов Tor, %n проблем: {problems} OnionPanel повторит попытку при переподключении.</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Приложение обратилось к SOCKS-порту Tor по неизвестному протоколу.</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Приложение запросило у Tor недопустимое имя узла: {hostname}.</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>Ваш DNS-провайдер отвечает поддельными адресами (подмена DNS). Этот ретранслятор не должен быть выходным узлом.</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>Ваш DNS-провайдер не отвечает ни на один запрос, поэтому выходной трафик не может разрешать имена.</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Этот Tor ({current}) устарел; сеть рекомендует: {recommended}.</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>Сеть Tor считает эту версию Tor ({current}) опасной.</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>У Tor слишком много открытых соединений ({count}).</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>Конфигурация маршрутизации указывает порт, который Tor не слушает, поэтому этот режим или профиль не будет работать, пока не исправлена конфигурация Tor или маршрутизации: {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>Переподключение к Tor: {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor столкнулся с внутренней ошибкой: {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>Tor снова может строить цепочки.</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor сейчас не может строить цепочки ({reason}).</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>Tor сообщил: {kind}.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет соединения</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Подключение к Tor…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Аутентификация…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запуск</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>Загрузка {percent} %: {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>Нет (открытый управляющий порт)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Файл cookie</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>Безопасный cookie</translation>
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
        <translation>рекомендуемая</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>устарела, обновите</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>не рекомендуется, обновите</translation>
    </message>
    <message>
        <source>old</source>
        <translation>старая</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>новее рекомендуемой</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>ещё не оценено: у Tor нет консенсуса со списком рекомендуемых версий</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>ещё не оценено: Tor не сообщил, рекомендуется ли версия</translation>
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
        <translation>&amp;Запускать вместе с сеансом</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>Не удалось изменить запись автозапуска: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>Управляющий пароль Tor</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>Tor на {endpoint} запрашивает управляющий пароль.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor отклонил этот пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>Пароль отклонён</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>&amp;Запомнить в связке ключей рабочего стола</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>Запомнить в связке ключей рабочего стола</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>Почему связка ключей недоступна</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Кнопки диалога</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>ретранслятор нарушил протокол</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>внутренняя ошибка</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>по запросу</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>ретранслятор в спящем режиме</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>у ретранслятора кончились ресурсы</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>не удалось достичь ретранслятора</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>у ретранслятора была неверная идентичность</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>соединение с ретранслятором закрылось</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>исчерпана</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>истекло время ожидания</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>её закрыл ретранслятор</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>нет пути через сеть</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>нет такого onion-сервиса</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>измерение тайм-аута завершено</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>больше не нужна</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>имя не удалось разрешить</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>узел назначения отклонил соединение</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>выходной узел этого не разрешает</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>его цепочка закрылась</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>нет маршрута к узлу назначения</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>выходной узел в спящем режиме</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>у выходного узла кончились ресурсы</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>соединение было сброшено</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>не каталог</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>частный адрес, отклонено</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>ни одна цепочка не смогла его передать</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>ретранслятор закрыл соединение</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>ретранслятор отклонил соединение</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>соединение с ретранслятором было сброшено</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>истекло время соединения с ретранслятором</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>нет маршрута к ретранслятору (этот компьютер в сети?)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>соединение с ретранслятором не смогло прочитать или записать</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>у этого компьютера кончились соединения или память</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>отсутствует подключаемый транспорт</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>соединение с ретранслятором не удалось</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>Сведения о ретрансляторе</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>Выберите ретранслятор в списке или щёлкните по нему на карте, чтобы увидеть, что о нём знает Tor.</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>Ретранслятор не выбран</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>Пропускная способность (консенсус)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Время работы</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>Сводка политики выхода</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>Политика выхода</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейство</translation>
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
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Копировать: {field}</translation>
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
        <translation>Плохой выход</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Быстрый</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Сторожевой</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>Каталог onion-сервисов</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>Только промежуточный</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>Без консенсуса Ed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Стабильный</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>Устаревший дескриптор</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>Сибил</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действительный</translation>
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
        <translation>Список ретрансляторов</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Поиск по псевдониму, отпечатку или IP</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>Поиск ретрансляторов</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>Фильтр по флагу</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Все флаги</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Фильтр по стране</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Ретрансляторы</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>Показано ретрансляторов</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>Сведения о ретрансляторе</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>городов</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>стран</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} (база {kind})</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP Tor (только страны)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Ретрансляторы</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>Почему нет ретрансляторов</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}; ретрансляторы учебной сети в вымышленных местах</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>Tor ещё не передал OnionPanel список ретрансляторов. Он появится после загрузки консенсуса сети; на странице «Состояние» видно, насколько он продвинулся.</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Нет подключения к Tor. Карта и список ретрансляторов заполнятся, когда OnionPanel подключится; на странице «Состояние» видно, чего он ждёт.</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Пропускная способность</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-адрес</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Время работы</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of uptime</comment>
        <translation>%1 мин</translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message>
        <source>VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)</source>
        <translation>ВМ и устройства на {interfaces} пересылаются так, как настроена система (режим «Выключено»)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>ВМ и устройства на {interfaces} никуда не выходят (Блокировка)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>ВМ и устройства на {interfaces} выходят через Tor</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>ВМ и устройства на {interfaces} заблокированы: ничего из отправленного ими не пересылается</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>ВМ и устройства на {interfaces} пересылаются без Tor</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>TCP идёт на TransPort Tor {address}:{trans_port}, DNS — на его DNSPort {address}:{dns_port}, IPv6 тоже; UDP и ICMP блокируются.</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>TCP идёт на TransPort Tor {address}:{trans_port}, DNS — на его DNSPort {address}:{dns_port}; UDP, ICMP и IPv6 блокируются.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Заблокирован %n пакет с {interfaces}, пытавшийся выйти в обход Tor (с последнего переключения)</numerusform>
            <numerusform>Заблокировано %n пакета с {interfaces}, пытавшихся выйти в обход Tor (с последнего переключения)</numerusform>
            <numerusform>Заблокировано %n пакетов с {interfaces}, пытавшихся выйти в обход Tor (с последнего переключения)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Заблокирован %n пакет с {interfaces} в обход Tor</numerusform>
            <numerusform>Заблокировано %n пакета с {interfaces} в обход Tor</numerusform>
            <numerusform>Заблокировано %n пакетов с {interfaces} в обход Tor</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>Пересылка для {interfaces} выключена ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} выключен, но запись маршрутизатора для {interfaces} пересылает часть трафика как есть, и он нужен. OnionPanel никогда его не меняет: задайте {sysctl} = 1 в конфигурации системы.</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>Маршрутизируемые сети</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>Маршрутизируемые интерфейсы</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>Куда идёт их трафик</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>Заблокированные попытки выйти в обход Tor</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>Проблема с пересылкой</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>Нет системной шины для связи с помощником маршрутизации: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>Помощник маршрутизации недоступен.</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>Помощник маршрутизации не ответил: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>Помощник маршрутизации не установлен или не запущен ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Выключено (Tor используют только настроенные для него программы)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>Tor (весь трафик)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Блокировка (наружу выходит только сам Tor)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>не применён</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, с прямым доступом для {profile}</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Маршрутизация</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Маршрутизация</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>Запрос к помощнику маршрутизации…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>Собственный помощник маршрутизации учебной сети запускается вместе с ней…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Сейчас: {mode} (возврат к Tor через %n минуту)</numerusform>
            <numerusform>Сейчас: {mode} (возврат к Tor через %n минуты)</numerusform>
            <numerusform>Сейчас: {mode} (возврат к Tor через %n минут)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>Сейчас: {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Вернуться к Tor (завершить прямой доступ для {profile})</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>Открыть {app} в {profile}</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>Прямой доступ на {minutes} мин: {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Прямой доступ, пока я не вернусь: {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>Прямой доступ включён для {profile}</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>удалила таблицу брандмауэра OnionPanel</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>заменила таблицу брандмауэра OnionPanel старой ({mode})</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>удалила цепочку {chain} из таблицы брандмауэра OnionPanel</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>очистила цепочку {chain} в таблице брандмауэра OnionPanel</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>изменила правила {chain} в таблице брандмауэра OnionPanel</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>добавила цепочку {chain} в таблицу брандмауэра OnionPanel</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>изменила таблицу брандмауэра OnionPanel</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>Другая программа {found}; восстановлено: {mode} снова применяется.</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>Порты Tor занял кто-то кроме Tor: блокировка, пока Tor снова их не займёт.</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>Время прямого доступа истекло: возврат к режиму «{mode}».</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} не запустилась.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Подробности загрузки</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Ошибка подключения</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>Сведения о Tor</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>Версия Tor</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>Точка управления</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Способ аутентификации</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>Управляющий порт:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Аутентификация:</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>Порт SOCKS для приложений</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>Копировать порт SOCKS</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>Копировать host:port, чтобы вставить в настройки прокси приложения</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>Порт SOCKS:</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5; Tor, запущенный OnionPanel)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>Уведомления от Tor</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor не сообщал ни о чём, что требует внимания.</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>Нет уведомлений</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет соединения</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>ожидание Tor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  (%n раз с {first})</numerusform>
            <numerusform>{time}  {notice}  (%n раза с {first})</numerusform>
            <numerusform>{time}  {notice}  (%n раз с {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>Запуск собственного Tor…</translation>
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
        <translation>Учебная сеть — не анонимно</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME не показывает значки в системном лотке, пока не установлено и не включено расширение «AppIndicator and KStatusNotifierItem Support». Вместо этого OnionPanel держит это окно открытым; его закрытие завершает OnionPanel.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>У этого рабочего стола нет системного лотка (не найден узел StatusNotifierItem). Вместо этого OnionPanel держит это окно открытым; его закрытие завершает OnionPanel.</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>Меню OnionPanel в системном лотке</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>&amp;Открыть панель</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>&amp;Новая личность</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
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
        <translation>КиБ</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>abbreviation of mebibyte</comment>
        <translation>МиБ</translation>
    </message>
    <message>
        <source>GiB</source>
        <comment>abbreviation of gibibyte</comment>
        <translation>ГиБ</translation>
    </message>
    <message>
        <source>TiB</source>
        <comment>abbreviation of tebibyte</comment>
        <translation>ТиБ</translation>
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
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 д %2 ч</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>Tor сообщил об ошибке</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>Tor сообщил о предупреждении</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor сообщил о %n предупреждении или ошибке</numerusform>
            <numerusform>Tor сообщил о %n предупреждениях или ошибках</numerusform>
            <numerusform>Tor сообщил о %n предупреждениях или ошибках</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>Самое серьёзное: %1</translation>
    </message>
</context>
</TS>
