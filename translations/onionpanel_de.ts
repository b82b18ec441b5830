<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Zeilenköpfe</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: Auswahl</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>5 Sekunden</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>Daten werden gesammelt: ein Punkt pro Sekunde.</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>Daten werden gesammelt: ein Punkt pro Minute.</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>Daten werden gesammelt: ein Punkt pro Stunde.</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>Daten werden gesammelt: ein Punkt alle %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>Bandbreitendiagramm</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>Diagrammintervall</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>Jeder Punkt des Diagramms ist der Mittelwert über diese Zeitspanne</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>Aktuelle Empfangsrate</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>Aktuelle Senderate</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>Empfangen seit dem Start von Tor</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>Gesendet seit dem Start von Tor</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>Empfangen (Download)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>Gesendet (Upload)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>Empfangsrate:</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>Senderate:</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>Empfangen seit dem Start von Tor:</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>Gesendet seit dem Start von Tor:</translation>
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
        <translation>Kanal %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>Zweck: %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>Aufbau-Flags: %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>Status: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Grund: %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>Datenstrom %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>Kanal {id}: {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Datenverkehr: {received} empfangen, {sent} gesendet</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>Wird aufgebaut</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>Wartet auf Eintrittsknoten</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>Allgemein (Conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, wird verknüpft</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion-Client, Einführung</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion-Client, Rendezvous</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion-Client, Verzeichnis</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion-Dienst, Einführung</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion-Dienst, Rendezvous</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion-Dienst, Verzeichnis</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Onion-Vanguards</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Zeitüberschreitungsmessung</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Steuerprogramm</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Test</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Auffüllung</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Pfadverzerrungstest</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Wird aufgelöst</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Adresse umgeleitet</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>Abgetrennt</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>Datenstrom {id} zu {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>Von: {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>Anwendung „{app}“ in {profile}</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>Anwendung „%s“</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>Profil %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>Verzeichnisabruf von Tor</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>von {address} über {interface}</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>transparenter Proxy</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>DNS-Port</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, Listener {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>Kanal / Relais / Datenstrom</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>Status / Land</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>Zweck / Adresse / Quelle</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>Alter / Flags / Datenverkehr</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>Pfad / Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>Kanäle und Datenströme</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>&amp;Interne Kanäle von Tor anzeigen</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Interne Kanäle von Tor anzeigen</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Hilfskanäle der Onion-Dienste, Verzeichnisabrufe und Zeitüberschreitungstests</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>&amp;Neuer Kanal für diesen Host</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Nicht mit Tor verbunden. Kanäle erscheinen hier, sobald OnionPanel verbunden ist; die Seite „Status“ sagt, worauf es wartet.</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>Tor hat gerade nur seine eigenen internen Kanäle. Kreuzen Sie „Interne Kanäle von Tor anzeigen“ an, um sie zu sehen; Ihre erscheinen, sobald sich eine Anwendung über Tor verbindet.</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>Tor hat noch keine Kanäle. Es baut sie, sobald es das Netzwerk erreicht; bleibt dies leer, sagt die Seite „Protokoll“, warum.</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>Kan&amp;al schließen</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>&amp;Datenstrom schließen</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>Pfa&amp;d kopieren</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>Neuer Kanal für diesen &amp;Host</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Schließt die Kanäle, über die dieser Host läuft, damit seine nächste Verbindung einen neuen bekommt</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>Warum es keine Kanäle gibt</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>Kanäle, ihre Relais und Datenströme</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Nicht mit Tor verbunden.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>Wofür Tor konfiguriert ist. OnionPanel zeigt es nur an: Ändern Sie eine Einstellung dort, wo sie herkommt, und laden Sie Tor dann neu.</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>Welchen Port Anwendungen nutzen sollen</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Konfigurationsdateien</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>Hinweise zur Konfiguration</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Nicht mit Tor verbunden.</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>Tor-Konfiguration</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>Wo ändern</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>Konfigurationsspalten</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>Brückenadressen anzeigen</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>Kopieren, wo es zu ändern ist</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>Kopieren, wo die gewählte Einstellung zu ändern ist</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>Zeile der gewählten Einstellung kopieren</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>Die Konfiguration neu einlesen</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Brücken</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>Onion-Dienste</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>Tor lauscht an keinem Port</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>Flags: {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (lauscht nicht)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>Tor verbindet sich nur über Brücken</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>Tor verbindet sich direkt mit dem Tor-Netzwerk</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>Programm, das einen Brücken-Transport spricht</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>einfach</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>Brücke ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>dieses Tor bietet keine Onion-Seite an</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>Hostname nicht lesbar: {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>Ports (Onion-Port, dann wohin er führt): {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>Schlüssel in {directory}</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>Onion-Dienst</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>dieses Tor ist nur Client (kein ORPort)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>dieses Tor leitet Datenverkehr für andere weiter</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>Selbsttest von Tor</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>Tor bietet keinen SOCKS-Port an, daher können Anwendungen es nicht direkt nutzen. Eine SocksPort-Zeile in der torrc fügt einen hinzu.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>Anwendungen wie ein Mailprogramm: Stellen Sie deren Proxy auf den SOCKS5-Socket {path} und lassen Sie den Proxy Namen auflösen. Ändern lässt es sich unter {where}.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>Anwendungen wie ein Mailprogramm: Stellen Sie deren Proxy auf SOCKS5, Host {host}, Port {port}, und lassen Sie den Proxy Namen auflösen. Den Port ändern Sie unter {where}.</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc: {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>Standardwerte: {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS: services.tor in configuration.nix ändern</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>SOCKS5-Proxy für Anwendungen (Browser, Mail, Chat)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>HTTP-CONNECT-Proxy für Anwendungen, die kein SOCKS können</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>transparenter Proxy: Firewall-Regeln leiten Verbindungen hierher um</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>transparenter Proxy nach Art von natd</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>DNS-Resolver, der über Tor fragt</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>Steuerport: Programme wie dieses Panel</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>Steuer-Socket: Programme wie dieses Panel</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>Relais-Port: andere Relais und Clients verbinden sich hier</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>Verzeichnisport dieses Relais</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>Port für Pluggable Transports dieser Brücke</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>Metriken für Überwachungswerkzeuge</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>Datenströme anderer Ports teilen nie seine Kanäle</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>teilt Kanäle mit den anderen Ports der Sitzungsgruppe {group}</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>jede Client-Adresse bekommt eigene Kanäle</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>Clients mit verschiedenen Adressen können Kanäle teilen</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>jeder SOCKS-Benutzername samt Passwort bekommt eigene Kanäle</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>SOCKS-Benutzernamen und -Passwörter trennen Kanäle nicht</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>jedes Protokoll (SOCKS 4, SOCKS 5, HTTP, DNS...) bekommt eigene Kanäle</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>jede Zieladresse bekommt eigene Kanäle</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>jeder Zielport bekommt eigene Kanäle</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>Kanäle mit SOCKS-Anmeldung bleiben offen, solange sie genutzt werden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>versucht zu verbinden</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>kann nicht verbinden</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>nicht verwendet (UseBridges ist aus)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>noch nicht versucht</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>Standardwerte-Datei</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>Befehlszeile von Tor</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>eingebauter Standardwert von Tor</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>während Tor läuft geändert (von einem Controller)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>unbekannt (eine Datei ist nicht lesbar)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>in der torrc festgelegt</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>über den Steuerport hinzugefügt, blieb nach dessen Schließen bestehen</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>über die Steuerverbindung dieses Panels hinzugefügt</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>Kein Tor gefunden</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>Auf diesem Computer antwortet kein Tor.</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel kann ein eigenes Tor für Sie starten: Es läuft unter Ihrem Benutzer, speichert seine Daten in Ihrem Statusordner und beendet sich mit OnionPanel. Ein System-Tor und dessen Konfiguration rührt es nie an.</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>Eigenes Tor &amp;starten</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>Eigenes Tor starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel kann das Authentifizierungs-Cookie von Tor nicht lesen: {path} ({detail}).</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>Bitten Sie den Betreiber dieses Tor, sein Cookie für eine Gruppe lesbar zu machen, der Sie angehören, und melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>Die Datei gehört der Gruppe „{group}“. Treten Sie dieser Gruppe bei: sudo usermod -aG {group} {user}, dann ab- und wieder anmelden. Unter NixOS fügen Sie users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; zu Ihrer Konfiguration hinzu und führen nixos-rebuild switch aus.</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Das Verzeichnis {path} gehört {owner}:{group} mit den Rechten {mode}, daher darf nur {owner} es öffnen; einer Gruppe beizutreten hilft nicht. Lassen Sie Tor sein Cookie für seine Gruppe lesbar machen (CookieAuthFileGroupReadable 1 in seiner torrc, wie es Debians tor für die Gruppe debian-tor tut), oder verwenden Sie den Steuersocket von Tor mit ControlSocketsGroupWritable 1 (unter NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Die Cookie-Datei gehört {owner}:{group} mit den Rechten {mode}, daher darf nur {owner} sie öffnen; einer Gruppe beizutreten hilft nicht. Lassen Sie Tor sein Cookie für seine Gruppe lesbar machen (CookieAuthFileGroupReadable 1 in seiner torrc, wie es Debians tor für die Gruppe debian-tor tut), oder verwenden Sie den Steuersocket von Tor mit ControlSocketsGroupWritable 1 (unter NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>Kein Tor-Steuerport antwortet. Versucht:
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>Das Tor unter {endpoint} hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>Das Tor unter {endpoint} braucht ein Steuerpasswort, es wurde aber keines angegeben.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>Das Tor unter {endpoint} bietet keine Anmeldeart an, die OnionPanel unterstützt ({offered}).</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} spricht nicht das Steuerprotokoll von Tor ({detail}).</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>Tor ist nicht gestartet: {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>Das Sandbox-Netzwerk ist nicht gestartet: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>Neue Identität</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>Neue &amp;Identität</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Neue Kanäle für neue Verbindungen ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>Ergebnis der neuen Identität</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>Kanäle über diesen Ausgang &amp;verwerfen</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>Kanäle über diesen Ausgang verwerfen</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>Das Python-Paket „keyring“ ist nicht installiert, daher gibt es keinen sicheren Ort.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung ist nicht erreichbar: {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>In dieser Sitzung läuft kein Schlüsselbund der Arbeitsumgebung (Secret Service).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel verwendet diese Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Nicht mit Tor verbunden.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>%n-mal wiederholt, zuletzt um %1</numerusform>
            <numerusform>%n-mal wiederholt, zuletzt um %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Meldungsprotokoll</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Niedrigster angezeigter Schweregrad</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>Meldungen dieses Schweregrads und darüber anzeigen</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Meldungen durchsuchen</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>&amp;Info/Debug anzeigen</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>Info- und Debug-Meldungen anzeigen</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Fordert bei Tor Info- und Debug-Meldungen an, solange diese Seite offen ist. Es sind viele.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>Ausgewählte Meldungen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Kopiert die ausgewählten Meldungen oder, wenn keine ausgewählt ist, alle angezeigten</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>Angezeigte Meldungen in eine Datei speichern</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>Frühere Meldungen</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>Tor-Meldungen</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>Die Protokolldatei von Tor ist nicht lesbar (%1).</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>das Systemjournal zeigt Ihnen keine Meldungen von Tor. Mitglieder der Gruppe „systemd-journal“ oder „adm“ können sie lesen.</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor protokolliert ins Systemjournal, aber journalctl ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor schreibt sein Protokoll weder in eine Datei noch ins Journal.</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor hat nicht gesagt, wohin es protokolliert (%1).</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>Frühere Meldungen werden nicht angezeigt: %1 Neue Meldungen erscheinen, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>Meldungen speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>Meldungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
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
        <translation>OnionPanel-Hauptbereich</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Sandbox – nicht anonym. Dies ist ein privates Übungs-Tor-Netzwerk auf diesem Computer; nichts, was Sie hier tun, ist verborgen.</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>Sandbox-Warnung</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Keine Kontrollleiste</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>Seite {number} anzeigen</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel – Sandbox, nicht anonym</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Neue Identität</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>Relaiskarte</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>Weltkarte der Relais; Pfeiltasten verschieben, Plus und Minus zoomen, N und P wählen den nächsten oder vorigen Kanal, Escape keinen, F passt den gewählten Kanal ein</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Eintrittsknoten</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>Anderes Relais</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>Punktgröße: Bandbreite</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Bandbreite: {bw} kB/s
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>%n Relais hier; zum Vergrößern klicken</numerusform>
            <numerusform>%n Relais hier; zum Vergrößern klicken</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>Kanal {id}</translation>
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
        <translation>Seite der Relaiskarte</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>Herkunft der Standorte</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>Anzahl der Relais</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>Kanal einpassen</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>Den ausgewählten Kanal einpassen</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>Die ganze Welt anzeigen</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>Wählen Sie zuerst einen Kanal: Klicken Sie auf seine Linie oder drücken Sie N auf der Karte</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>Standorte: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>{placed} von {total} Relais platziert</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Nicht mit Tor verbunden.</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>Neue Identität fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Neue Identität</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Eine neue Identität ist schon unterwegs: Tor wechselt in {seconds} s.</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor erlaubt alle 10 Sekunden eine neue Identität: Wechsel in {seconds} s.</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Neue Identität: Neue Verbindungen bekommen neue Kanäle. Warte auf Datenverkehr, um den neuen Ausgang zu zeigen…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor hat denselben Ausgang wieder verwendet: {exit}.</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>Neue Identität: Ausgang {exit}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>%n Kanal über {exit} geschlossen.</numerusform>
            <numerusform>%n Kanäle über {exit} geschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>%n Kanal zu {host} geschlossen: seine nächste Verbindung bekommt einen neuen.</numerusform>
            <numerusform>%n Kanäle zu {host} geschlossen: seine nächste Verbindung bekommt einen neuen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Ihre Uhr geht %n Sekunde hinter {source} nach. Tor braucht eine richtige Uhrzeit.</numerusform>
            <numerusform>Ihre Uhr geht %n Sekunden hinter {source} nach. Tor braucht eine richtige Uhrzeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Ihre Uhr geht %n Sekunde gegenüber {source} vor. Tor braucht eine richtige Uhrzeit.</numerusform>
            <numerusform>Ihre Uhr geht %n Sekunden gegenüber {source} vor. Tor braucht eine richtige Uhrzeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>dem Netzwerkkonsens</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>dem Relais unter {address}</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>dem Verzeichnisserver unter {address}</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>dem Tor-Netzwerk</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>Tor hat Probleme beim Verbinden: {reason} ({warning}).</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>Tor hat Probleme beim Verbinden: {reason}.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Eine Anwendung hat sich mit Port {port} verbunden, über den meist unverschlüsselte Passwörter laufen. Tor hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Eine Anwendung hat sich mit Port {port} verbunden, über den meist unverschlüsselte Passwörter laufen. Tor hat die Verbindung zugelassen.</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Eine Anwendung hat Tor über {protocol} nur eine IP-Adresse ({address}) gegeben, hat den Namen also wahrscheinlich außerhalb von Tor aufgelöst (ein DNS-Leck).</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>die Adresse dieses Computers hat sich geändert</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>kein Verzeichnisserver ist erreichbar</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>die Uhr ist gesprungen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Die Kanalliste konnte nicht geladen werden: {problem} OnionPanel versucht es erneut, sobald es wieder verbunden ist.</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Das Protokoll von Tor konnte nicht geladen werden: {problem} OnionPanel versucht es erneut, sobald es wieder verbunden ist.</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Die Konfiguration von Tor konnte nicht gelesen werden: {problem} OnionPanel versucht es erneut, sobald es wieder verbunden ist.</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Die Relaisliste konnte nicht geladen werden: {problem} OnionPanel versucht es erneut, sobald es wieder verbunden ist.</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Eine Hintergrundaufgabe von OnionPanel ist fehlgeschlagen: {problem} OnionPanel versucht es erneut, sobald es wieder verbunden ist.</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>Die Relaisliste von Tor ist nicht ganz verwendbar, %n Problem: {problems} OnionPanel versucht es erneut, sobald es wieder verbunden ist.</numerusform>
            <numerusform>Die Relaisliste von Tor ist nicht ganz verwendbar, %n Probleme: {problems} OnionPanel versucht es erneut, sobald es wieder verbunden ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Eine Anwendung hat mit dem SOCKS-Port von Tor ein unbekanntes Protokoll gesprochen.</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Eine Anwendung hat Tor nach einem ungültigen Hostnamen gefragt: {hostname}.</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>Ihr DNS-Anbieter antwortet mit gefälschten Adressen (DNS-Hijacking). Dieses Relais sollte kein Ausgang sein.</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>Ihr DNS-Anbieter beantwortet keine Anfrage, daher kann der Ausgangsverkehr keine Namen auflösen.</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Dieses Tor ({current}) ist veraltet; das Netzwerk empfiehlt: {recommended}.</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>Das Tor-Netzwerk hält diese Tor-Version ({current}) für gefährlich.</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>Tor hat zu viele offene Verbindungen ({count}).</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>Die Routing-Konfiguration nennt einen Port, auf dem Tor nicht lauscht; dieser Modus oder dieses Profil funktioniert erst, wenn die Konfiguration von Tor oder das Routing korrigiert ist: {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>Verbinde erneut mit Tor: {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor ist auf einen internen Fehler gestoßen: {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>Tor kann wieder Kanäle aufbauen.</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor kann gerade keine Kanäle aufbauen ({reason}).</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>Tor hat {kind} gemeldet.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Verbinde mit Tor…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Authentifiziere…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>Start {percent} %: {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>Keine (offener Steuerport)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Cookie-Datei</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>Sicheres Cookie</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>veraltet, bitte aktualisieren</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>nicht empfohlen, bitte aktualisieren</translation>
    </message>
    <message>
        <source>old</source>
        <translation>alt</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>neuer als empfohlen</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>noch nicht bewertet: Tor hat keinen Konsens mit empfohlenen Versionen</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>noch nicht bewertet: Tor hat nicht gesagt, ob sie empfohlen ist</translation>
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
        <translation>Mit meiner &amp;Sitzung starten</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>Der Autostart-Eintrag ließ sich nicht ändern: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>Tor-Steuerpasswort</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>Das Tor unter {endpoint} fragt nach seinem Steuerpasswort.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor hat dieses Passwort abgelehnt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>Passwort abgelehnt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>Im Schlüsselbund der Arbeitsumgebung &amp;merken</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>Im Schlüsselbund der Arbeitsumgebung merken</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>Warum der Schlüsselbund nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>ein Relais hat das Protokoll verletzt</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>ein interner Fehler</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>auf Anfrage</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>ein Relais ruht</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>einem Relais gehen die Ressourcen aus</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>ein Relais war nicht erreichbar</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>ein Relais hatte die falsche Identität</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>die Verbindung zu einem Relais wurde geschlossen</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>ein Relais hat ihn geschlossen</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>kein Weg durch das Netzwerk</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>kein solcher Onion-Dienst</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>Zeitmessung abgeschlossen</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>nicht mehr nötig</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>der Name ließ sich nicht auflösen</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>das Ziel hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>der Ausgang erlaubt es nicht</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>sein Kanal wurde geschlossen</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>keine Route zum Ziel</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>der Ausgang ruht</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>dem Ausgang gehen die Ressourcen aus</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>die Verbindung wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>kein Verzeichnis</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>eine private Adresse, abgelehnt</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>kein Kanal konnte ihn tragen</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>ein Relais hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>ein Relais hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>eine Verbindung zu einem Relais wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>bei einer Verbindung zu einem Relais kam es zur Zeitüberschreitung</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>keine Route zu einem Relais (ist dieser Computer online?)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>eine Verbindung zu einem Relais konnte nicht lesen oder schreiben</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>diesem Computer gehen Verbindungen oder Speicher aus</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>ein Pluggable Transport fehlt</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>eine Verbindung zu einem Relais ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>Relais-Details</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>Wählen Sie ein Relais in der Liste oder klicken Sie eines auf der Karte an, um zu sehen, was Tor darüber weiß.</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>Kein Relais gewählt</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>Bandbreite (Konsens)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>Zusammenfassung der Ausgangsrichtlinie</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>Ausgangsrichtlinie</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>{field} kopieren</translation>
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
        <translation>Autorität</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>Schlechter Ausgang</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Eintrittsknoten</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>Onion-Verzeichnis</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>Nur Mittelknoten</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>Kein Ed-Konsens</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>Veraltete Beschreibung</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>Sybil</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
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
        <translation>Relaisliste</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Spitzname, Fingerabdruck oder IP suchen</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>Relais suchen</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>Nach Flag filtern</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Alle Flags</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Nach Land filtern</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>Angezeigte Relais</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>Relais-Details</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>Städte</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>Länder</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} ({kind}-Datenbank)</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP von Tor (nur Länder)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>Warum es keine Relais gibt</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}; Sandbox-Relais an erfundenen Orten</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>Tor hat OnionPanel noch keine Liste der Relais gegeben. Es hat eine, sobald es den Konsens des Netzwerks geladen hat; die Seite „Status“ zeigt, wie weit es ist.</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Nicht mit Tor verbunden. Karte und Relaisliste füllen sich, sobald OnionPanel verbunden ist; die Seite „Status“ sagt, worauf es wartet.</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of uptime</comment>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message>
        <source>VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)</source>
        <translation>VMs und Geräte an {interfaces} werden so weitergeleitet, wie das System eingerichtet ist (Modus Aus)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>VMs und Geräte an {interfaces} erreichen nichts (Abschottung)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>VMs und Geräte an {interfaces} gehen über Tor</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>VMs und Geräte an {interfaces} sind gesperrt: nichts, was sie senden, wird weitergeleitet</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>VMs und Geräte an {interfaces} werden ohne Tor weitergeleitet</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>TCP geht an Tors TransPort {address}:{trans_port}, DNS an seinen DNSPort {address}:{dns_port}, IPv6 ebenso; UDP und ICMP werden gesperrt.</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>TCP geht an Tors TransPort {address}:{trans_port}, DNS an seinen DNSPort {address}:{dns_port}; UDP, ICMP und IPv6 werden gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>%n Paket von {interfaces} gesperrt, das an Tor vorbei hinauswollte (seit dem letzten Wechsel)</numerusform>
            <numerusform>%n Pakete von {interfaces} gesperrt, die an Tor vorbei hinauswollten (seit dem letzten Wechsel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>%n Paket von {interfaces} gesperrt, das an Tor vorbei wollte</numerusform>
            <numerusform>%n Pakete von {interfaces} gesperrt, die an Tor vorbei wollten</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>Weiterleitung für {interfaces} ist aus ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} ist aus, aber der Router-Eintrag für {interfaces} leitet manchen Verkehr unverändert weiter und braucht es. OnionPanel ändert es nie: setzen Sie {sysctl} = 1 in der Konfiguration des Systems.</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>Geroutete Netze</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>Geroutete Schnittstellen</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>Wohin ihr Verkehr geht</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>Gesperrte Versuche, an Tor vorbei hinauszugehen</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>Problem mit der Weiterleitung</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>Kein Systembus, um den Routing-Helfer zu erreichen: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>Der Routing-Helfer ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>Der Routing-Helfer hat nicht geantwortet: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>Der Routing-Helfer ist nicht installiert oder läuft nicht ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Aus (nur für Tor eingerichtete Programme nutzen es)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>Tor (gesamter Datenverkehr)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Abschottung (nichts geht hinaus außer Tor selbst)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, mit Direktverbindung für {profile}</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Routing</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>Frage den Routing-Helfer…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>Der eigene Routing-Helfer der Sandbox startet mit ihrem Netzwerk…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Jetzt: {mode} (zurück zu Tor in %n Minute)</numerusform>
            <numerusform>Jetzt: {mode} (zurück zu Tor in %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>Jetzt: {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Zurück zu Tor (Direktverbindung für {profile} beenden)</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>{app} in {profile} öffnen</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>Direktverbindung für {minutes} min: {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Direktverbindung, bis ich zurückschalte: {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>Direktverbindung für {profile} ist an</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>hat die Firewall-Tabelle von OnionPanel entfernt</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>hat die Firewall-Tabelle von OnionPanel durch eine alte ersetzt ({mode})</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>hat die Kette {chain} aus der Firewall-Tabelle von OnionPanel gelöscht</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>hat die Kette {chain} der Firewall-Tabelle von OnionPanel geleert</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>hat die Regeln von {chain} in der Firewall-Tabelle von OnionPanel geändert</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>hat die Kette {chain} zur Firewall-Tabelle von OnionPanel hinzugefügt</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>hat die Firewall-Tabelle von OnionPanel geändert</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>Ein anderes Programm {found}; wiederhergestellt: {mode} gilt wieder.</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>Jemand anderes als Tor belegt die Ports von Tor: Abschottung, bis Tor sie wieder belegt.</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>Die Zeit für die Direktverbindung ist um: zurück zu {mode}.</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} ist nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Fortschrittsdetails</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>Startfortschritt</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>Tor-Details</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>Tor-Version</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>Steuerungsendpunkt</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>Steuerport:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>SOCKS-Port für Anwendungen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>Den SOCKS-Port kopieren</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>Host:Port kopieren, um ihn in die Proxy-Einstellung einer Anwendung einzufügen</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>SOCKS-Port:</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5; das von OnionPanel gestartete Tor)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>Hinweise von Tor</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor hat nichts gemeldet, das Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>Keine Hinweise</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>warte auf Tor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  (%n-mal seit {first})</numerusform>
            <numerusform>{time}  {notice}  (%n-mal seit {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>Eigenes Tor wird gestartet…</translation>
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
        <translation>Sandbox – nicht anonym</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME zeigt keine Symbole in der Kontrollleiste an, solange die Erweiterung „AppIndicator and KStatusNotifierItem Support“ nicht installiert und aktiviert ist. OnionPanel lässt stattdessen dieses Fenster offen; wenn Sie es schließen, wird OnionPanel beendet.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>Diese Arbeitsumgebung hat keine Kontrollleiste (kein StatusNotifierItem-Host gefunden). OnionPanel lässt stattdessen dieses Fenster offen; wenn Sie es schließen, wird OnionPanel beendet.</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>OnionPanel-Menü in der Kontrollleiste</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>Panel ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>&amp;Neue Identität</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <translation>%1/s</translation>
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
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>Tor hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>Tor hat eine Warnung gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor hat %n Warnung oder Fehler gemeldet</numerusform>
            <numerusform>Tor hat %n Warnungen oder Fehler gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>Am schwersten: %1</translation>
    </message>
</context>
</TS>
