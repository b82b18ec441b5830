<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>Intestazioni di colonna</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Intestazioni di riga</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Seleziona tutto</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: scelte</translation>
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
        <translation>1 secondo</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>5 secondi</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 secondi</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>Raccolta dati: un punto ogni secondo.</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>Raccolta dati: un punto ogni minuto.</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>Raccolta dati: un punto ogni ora.</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>Raccolta dati: un punto ogni %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>Grafico della banda</translation>
    </message>
    <message>
        <source>now</source>
        <translation>adesso</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 fa</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>Intervallo del grafico</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>Ogni punto del grafico è la media su questo intervallo</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervallo:</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>Velocità di ricezione attuale</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>Velocità di invio attuale</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>Ricevuti dall&apos;avvio di Tor</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>Inviati dall&apos;avvio di Tor</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>Ricevuti (download)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>Inviati (upload)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>Velocità di ricezione:</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>Velocità di invio:</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>Ricevuti dall&apos;avvio di Tor:</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>Inviati dall&apos;avvio di Tor:</translation>
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
        <translation>Circuito %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>Scopo: %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>Opzioni di costruzione: %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>Stato: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Motivo: %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>flusso %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>Circuito {id}: {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Traffico: {received} ricevuti, {sent} inviati</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>In costruzione</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>In attesa della guardia</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>Generale</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>Generale (conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, collegamento</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Client onion, introduzione</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Client onion, rendezvous</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Client onion, directory</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Servizio onion, introduzione</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Servizio onion, rendezvous</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Servizio onion, directory</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Avanguardie onion</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Misura del tempo di attesa</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Test</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Riempimento</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Test di distorsione del percorso</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Indirizzo rimappato</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>Staccato</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>Flusso {id} verso {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>Da: {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>applicazione «{app}» in {profile}</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>applicazione «%s»</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>profilo %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>scaricamento della directory di Tor</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>da {address} tramite {interface}</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>proxy trasparente</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>porta DNS</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, ascolto {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>Circuito / relay / flusso</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>Stato / paese</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>Scopo / indirizzo / origine</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>Età / flag / traffico</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>Percorso / impronta</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>Circuiti e flussi</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Mostra i circuiti &amp;interni di Tor</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Mostra i circuiti interni di Tor</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Circuiti di servizio dei servizi onion, scaricamenti della directory e test dei tempi di attesa</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copia &amp;percorso</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>&amp;Nuovo circuito per questo sito</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Non connesso a Tor. I circuiti compaiono qui quando OnionPanel è connesso; la pagina Stato dice cosa sta aspettando.</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>Al momento Tor ha solo i propri circuiti interni. Spunta «Mostra i circuiti interni di Tor» per vederli; i tuoi compaiono quando un&apos;applicazione si connette tramite Tor.</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>Tor non ha ancora circuiti. Li costruisce appena raggiunge la rete; se resta vuoto, la pagina Registro dice perché.</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>Chiudi circ&amp;uito</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>Chiudi &amp;flusso</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>Copia perc&amp;orso</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>Nuovo circuito per questo &amp;sito</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Chiude i circuiti che portano questo sito, così la sua prossima connessione ne ottiene uno nuovo</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>Perché non ci sono circuiti</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>Circuiti, i loro relay e flussi</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Non connesso a Tor.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>Ciò che Tor è configurato per fare. OnionPanel lo mostra soltanto: cambia un&apos;impostazione là da dove proviene, poi ricarica Tor.</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>Quale porta devono usare le applicazioni</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>File di configurazione</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>Note sulla configurazione</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Non connesso a Tor.</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>Configurazione di Tor</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Cosa significa</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>Dove cambiarla</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>Colonne della configurazione</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>Mostra gli indirizzi dei bridge</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>Copia dove cambiarla</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>Copia dove cambiare l&apos;impostazione selezionata</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Copia riga</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>Copia la riga dell&apos;impostazione selezionata</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>Rileggi la configurazione</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>Servizi onion</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Altre opzioni</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>Tor non è in ascolto su nessuna porta</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>flag: {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (non in ascolto)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>Tor si connette solo tramite bridge</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>Tor si connette direttamente alla rete Tor</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>programma che parla un trasporto per bridge</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>semplice</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>nascosto</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>Bridge ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>questo Tor non serve alcun sito onion</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>nome host non leggibile: {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>porte (porta onion, poi dove porta): {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>chiavi in {directory}</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>Servizio onion</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>questo Tor è solo client (nessun ORPort)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>bridge</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>relay</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>questo Tor trasporta traffico per altri</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>non ancora noto</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Raggiungibile</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>autotest di Tor</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Contabilità</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>Tor non offre alcuna porta SOCKS, quindi le applicazioni non possono usarlo direttamente. Una riga SocksPort nel torrc ne aggiunge una.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>Applicazioni come un client di posta: imposta il loro proxy sul socket SOCKS5 {path} e lascia che il proxy risolva i nomi. Si cambia in {where}.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>Applicazioni come un client di posta: imposta il loro proxy su SOCKS5, host {host}, porta {port}, e lascia che il proxy risolva i nomi. La porta si cambia in {where}.</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc: {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>valori predefiniti: {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS: cambia services.tor in configuration.nix</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>proxy SOCKS5 per le applicazioni (browser, posta, chat)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>proxy HTTP CONNECT per le applicazioni che non usano SOCKS</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>proxy trasparente: regole del firewall reindirizzano qui le connessioni</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>proxy trasparente nello stile di natd</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>resolver DNS che chiede tramite Tor</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>porta di controllo: programmi come questo pannello</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>socket di controllo: programmi come questo pannello</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>porta del relay: altri relay e client si connettono qui</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>porta directory di questo relay</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>porta per i trasporti collegabili di questo bridge</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>metriche per strumenti di monitoraggio</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>i flussi di altre porte non condividono mai i suoi circuiti</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>condivide i circuiti con le altre porte del gruppo di sessione {group}</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>ogni indirizzo client ha i propri circuiti</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>client con indirizzi diversi possono condividere circuiti</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>ogni nome utente e password SOCKS ha i propri circuiti</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>nomi utente e password SOCKS non separano i circuiti</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>ogni protocollo (SOCKS 4, SOCKS 5, HTTP, DNS...) ha i propri circuiti</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>ogni indirizzo di destinazione ha i propri circuiti</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>ogni porta di destinazione ha i propri circuiti</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>i circuiti con autenticazione SOCKS restano aperti finché sono in uso</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>tenta di connettersi</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>non riesce a connettersi</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>non usato (UseBridges è disattivato)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>non ancora provato</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>file dei valori predefiniti</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>riga di comando di Tor</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>valore predefinito interno di Tor</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>cambiato mentre Tor è in esecuzione (da un controller)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>sconosciuto (un file non è leggibile)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>dichiarato nel torrc</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>aggiunto tramite la porta di controllo, rimasto dopo la sua chiusura</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>aggiunto tramite la connessione di controllo di questo pannello</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>non ancora noto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>Nessun Tor trovato</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>Nessun Tor risponde su questo computer.</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel può avviare un Tor tutto tuo: gira con il tuo utente, tiene i dati nella tua cartella di stato e si ferma quando OnionPanel termina. Non tocca mai il Tor di sistema né la sua configurazione.</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;Avvia il mio Tor</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>Avvia il mio Tor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel non riesce a leggere il cookie di autenticazione di Tor {path} ({detail}).</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>Chiedi al proprietario di quel Tor di rendere il suo cookie leggibile da un gruppo di cui fai parte, poi esci dalla sessione e rientra.</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>Il file appartiene al gruppo «{group}». Entra in quel gruppo: sudo usermod -aG {group} {user}, poi esci dalla sessione e rientra. Su NixOS, aggiungi users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; alla tua configurazione ed esegui nixos-rebuild switch.</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>La cartella {path} appartiene a {owner}:{group} con modo {mode}, quindi solo {owner} può aprirla; entrare in un gruppo non servirebbe. Fai in modo che Tor renda il suo cookie leggibile dal suo gruppo (CookieAuthFileGroupReadable 1 nel suo torrc, come fa il tor di Debian per il gruppo debian-tor), oppure usa il socket di controllo di Tor con ControlSocketsGroupWritable 1 (su NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Il file del cookie appartiene a {owner}:{group} con modo {mode}, quindi solo {owner} può aprirlo; entrare in un gruppo non servirebbe. Fai in modo che Tor renda il suo cookie leggibile dal suo gruppo (CookieAuthFileGroupReadable 1 nel suo torrc, come fa il tor di Debian per il gruppo debian-tor), oppure usa il socket di controllo di Tor con ControlSocketsGroupWritable 1 (su NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>Nessuna porta di controllo di Tor risponde. Provate:
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(niente)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>Il Tor su {endpoint} ha rifiutato la password.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>Il Tor su {endpoint} richiede una password di controllo, ma non ne è stata data nessuna.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>Il Tor su {endpoint} non offre alcun metodo di accesso supportato da OnionPanel ({offered}).</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} non parla il protocollo di controllo di Tor ({detail}).</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>Tor non si è avviato: {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>La rete di prova non si è avviata: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>Nuova identità</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>Nuova &amp;identità</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Nuovi circuiti per le nuove connessioni ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>Esito della nuova identità</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>&amp;Scarta i circuiti che passano per quell&apos;uscita</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>Scarta i circuiti che passano per quell&apos;uscita</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>Il pacchetto Python «keyring» non è installato, quindi non c&apos;è un posto sicuro.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>Il portachiavi del desktop non è raggiungibile: {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>In questa sessione non è in esecuzione alcun portachiavi del desktop (Secret Service).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel userà questa lingua al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>Circuiti</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Non connesso a Tor.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ripetizioni</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>Ripetuto %n volta, l&apos;ultima alle %1</numerusform>
            <numerusform>Ripetuto %n volte, l&apos;ultima alle %1</numerusform>
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
        <translation>Notifica</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro dei messaggi</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Gravità minima mostrata</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>Mostra i messaggi di questa gravità e superiori</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravità:</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Cerca nei messaggi</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>Mostra &amp;info/debug</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>Mostra i messaggi di info e debug</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Chiede a Tor i messaggi di info e debug finché questa pagina è aperta. Sono molti.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>Copia i messaggi selezionati</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Copia i messaggi selezionati, o tutti quelli mostrati se non ne è selezionato nessuno</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sal&amp;va…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>Salva i messaggi mostrati in un file</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>Messaggi precedenti</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>Messaggi di Tor</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ripetizioni</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>il file di registro di Tor non è leggibile (%1).</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>il journal di sistema non ti mostra alcun messaggio di Tor. I membri del gruppo «systemd-journal» o «adm» possono leggerli.</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor scrive nel journal di sistema, ma journalctl non è disponibile.</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor non scrive il suo registro né in un file né nel journal.</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor non ha detto dove scrive il registro (%1).</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>I messaggi precedenti non sono mostrati: %1 I nuovi messaggi compaiono man mano che arrivano.</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>Salva messaggi</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>File di registro (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>Messaggi non salvati</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
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
        <translation>Area principale di OnionPanel</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Rete di prova — non anonima. Questa è una rete Tor privata di esercitazione su questo computer; niente di ciò che fai qui è nascosto.</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>Avviso rete di prova</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Nessuna area di notifica</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Chiudi la finestra</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>Mostra la pagina {number}</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — Rete di prova, non anonima</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Nuova identità</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>Mappa dei relay</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>Mappa mondiale dei relay; le frecce spostano, più e meno ingrandiscono, N e P scelgono il circuito successivo o precedente, Esc nessuno, F inquadra il circuito scelto</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Guardia</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>Altro relay</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>Dimensione del punto: banda</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Banda: {bw} kB/s
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>%n relay qui; fai clic per ingrandire</numerusform>
            <numerusform>%n relay qui; fai clic per ingrandire</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>Circuito {id}</translation>
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
        <translation>Pagina della mappa dei relay</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>Origine delle posizioni</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>Numero di relay</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>Inquadra circuito</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>Inquadra il circuito selezionato</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Mondo</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>Mostra il mondo intero</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>Scegli prima un circuito: fai clic sulla sua linea o premi N sulla mappa</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>Posizioni: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>{placed} relay su {total} posizionati</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Non connesso a Tor.</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>Nuova identità non riuscita: {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Nuova identità</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Una nuova identità è già in arrivo: Tor cambia tra {seconds} s.</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor consente una nuova identità ogni 10 secondi: cambia tra {seconds} s.</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Nuova identità: le nuove connessioni usano nuovi circuiti. In attesa di traffico per mostrare la nuova uscita…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor ha riusato la stessa uscita: {exit}.</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>Nuova identità: uscita {exit}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>Chiuso %n circuito attraverso {exit}.</numerusform>
            <numerusform>Chiusi %n circuiti attraverso {exit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>Chiuso %n circuito verso {host}: la sua prossima connessione ne avrà uno nuovo.</numerusform>
            <numerusform>Chiusi %n circuiti verso {host}: la sua prossima connessione ne avrà uno nuovo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Il tuo orologio è indietro di %n secondo (riferimento: {source}). Tor ha bisogno di un orologio esatto.</numerusform>
            <numerusform>Il tuo orologio è indietro di %n secondi (riferimento: {source}). Tor ha bisogno di un orologio esatto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Il tuo orologio è avanti di %n secondo (riferimento: {source}). Tor ha bisogno di un orologio esatto.</numerusform>
            <numerusform>Il tuo orologio è avanti di %n secondi (riferimento: {source}). Tor ha bisogno di un orologio esatto.</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>il consenso della rete</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>il relay su {address}</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>il server di directory su {address}</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>la rete Tor</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>Tor ha problemi a connettersi: {reason} ({warning}).</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>Tor ha problemi a connettersi: {reason}.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Un&apos;applicazione si è connessa alla porta {port}, che di solito trasporta password non cifrate. Tor ha rifiutato la connessione.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Un&apos;applicazione si è connessa alla porta {port}, che di solito trasporta password non cifrate. Tor ha consentito la connessione.</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Un&apos;applicazione ha dato a Tor solo un indirizzo IP ({address}) tramite {protocol}, quindi probabilmente ha risolto il nome fuori da Tor (una perdita DNS).</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>l&apos;indirizzo di questo computer è cambiato</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>nessun server directory è raggiungibile</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>l&apos;orologio ha fatto un salto</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Impossibile caricare l’elenco dei circuiti: {problem} OnionPanel riproverà alla riconnessione.</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Impossibile caricare il registro di Tor: {problem} OnionPanel riproverà alla riconnessione.</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Impossibile leggere la configurazione di Tor: {problem} OnionPanel riproverà alla riconnessione.</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Impossibile caricare l’elenco dei relay: {problem} OnionPanel riproverà alla riconnessione.</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Un’attività in background di OnionPanel non è riuscita: {problem} OnionPanel riproverà alla riconnessione.</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>Impossibile usare tutto l’elenco dei relay di Tor, %n problema: {problems} OnionPanel riproverà alla riconnessione.</numerusform>
            <numerusform>Impossibile usare tutto l’elenco dei relay di Tor, %n problemi: {problems} OnionPanel riproverà alla riconnessione.</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Un&apos;applicazione ha parlato un protocollo sconosciuto alla porta SOCKS di Tor.</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Un&apos;applicazione ha chiesto a Tor un nome host non valido: {hostname}.</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>Il tuo fornitore DNS risponde con indirizzi falsi (dirottamento DNS). Questo relay non dovrebbe essere un&apos;uscita.</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>Il tuo fornitore DNS fallisce ogni richiesta, quindi il traffico in uscita non può essere risolto.</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Questo Tor ({current}) non è aggiornato; la rete consiglia: {recommended}.</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>La rete Tor considera pericolosa questa versione di Tor ({current}).</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>Tor ha troppe connessioni aperte ({count}).</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>La configurazione di instradamento dichiara una porta su cui Tor non è in ascolto, quindi quella modalità o quel profilo non può funzionare finché la configurazione di Tor o dell&apos;instradamento non viene corretta: {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>Riconnessione a Tor: {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor ha incontrato un bug interno: {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>Tor può di nuovo costruire circuiti.</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor al momento non può costruire circuiti ({reason}).</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>Tor ha segnalato {kind}.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Connessione a Tor…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Autenticazione…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Riconnessione…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>avvio</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>Avvio {percent} %: {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>Nessuno (porta di controllo aperta)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>File cookie</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>Cookie sicuro</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>consigliata</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>obsoleta, aggiorna</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>sconsigliata, aggiorna</translation>
    </message>
    <message>
        <source>old</source>
        <translation>vecchia</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>più recente di quella consigliata</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>non ancora valutata: Tor non ha un consenso che elenchi le versioni raccomandate</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>non ancora valutata: Tor non ha detto se è raccomandata</translation>
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
        <translation>&amp;Avvia con la mia sessione</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>Impossibile modificare la voce di avvio automatico: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>Password di controllo di Tor</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>Il Tor su {endpoint} chiede la sua password di controllo.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Spiegazione</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor ha rifiutato quella password. Riprova.</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>Password rifiutata</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>&amp;Ricorda nel portachiavi del desktop</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>Ricorda nel portachiavi del desktop</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>Perché il portachiavi non è disponibile</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Pulsanti della finestra di dialogo</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>un relay ha violato il protocollo</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>un errore interno</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>su richiesta</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>un relay è in ibernazione</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>un relay ha esaurito le risorse</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>impossibile raggiungere un relay</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>un relay aveva l&apos;identità sbagliata</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>la connessione a un relay si è chiusa</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>esaurito</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo scaduto</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>un relay lo ha chiuso</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>nessun percorso nella rete</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>nessun servizio onion con questo nome</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>misurazione del timeout completata</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>non più necessario</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>il nome non è stato risolto</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>la destinazione ha rifiutato la connessione</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>l&apos;uscita non lo consente</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>il suo circuito si è chiuso</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>nessuna rotta verso la destinazione</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>l&apos;uscita è in ibernazione</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>l&apos;uscita ha esaurito le risorse</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>la connessione è stata reimpostata</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>non è una directory</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>un indirizzo privato, rifiutato</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>nessun circuito ha potuto portarlo</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>un relay ha chiuso la connessione</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>un relay ha rifiutato la connessione</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>una connessione a un relay è stata reimpostata</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>una connessione a un relay è scaduta</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>nessuna rotta verso un relay (questo computer è online?)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>una connessione a un relay non è riuscita a leggere o scrivere</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>questo computer ha esaurito connessioni o memoria</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>manca un trasporto collegabile</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>una connessione a un relay non è riuscita</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>Dettagli del relay</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>Scegli un relay nell&apos;elenco, o fai clic su uno nella mappa, per vedere cosa ne sa Tor.</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>Nessun relay selezionato</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>Banda (consenso)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tempo di attività</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>Riepilogo della politica di uscita</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>Politica di uscita</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Copia {field}</translation>
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
        <translation>Autorità</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>Uscita difettosa</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Veloce</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Guardia</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>Directory onion</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>Solo intermedio</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>Senza consenso Ed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabile</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>Descrittore scaduto</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>Sybil</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valido</translation>
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
        <translation>Elenco dei relay</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Cerca soprannome, impronta o IP</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>Cerca relay</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>Filtra per flag</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Tutti i flag</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtra per paese</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>Relay mostrati</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>Dettagli del relay</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} su {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>delle città</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>dei paesi</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} (database {kind})</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP di Tor (solo paesi)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>Perché non ci sono relay</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}; relay della rete di prova in luoghi inventati</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>Tor non ha ancora dato a OnionPanel un elenco di relay. Ne ha uno dopo aver scaricato il consenso della rete; la pagina Stato mostra a che punto è.</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Non connesso a Tor. La mappa e l&apos;elenco dei relay si riempiono quando OnionPanel è connesso; la pagina Stato dice cosa sta aspettando.</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Indirizzo IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tempo di attività</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>meno di un minuto</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of uptime</comment>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message>
        <source>VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)</source>
        <translation>VM e dispositivi su {interfaces} sono inoltrati come è configurato il sistema (modalità Disattivato)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>VM e dispositivi su {interfaces} non raggiungono nulla (Blocco totale)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>VM e dispositivi su {interfaces} passano attraverso Tor</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>VM e dispositivi su {interfaces} sono bloccati: nulla di ciò che inviano viene inoltrato</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>VM e dispositivi su {interfaces} sono inoltrati senza Tor</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>Il TCP va al TransPort di Tor {address}:{trans_port}, il DNS alla sua DNSPort {address}:{dns_port}, anche l’IPv6; UDP e ICMP sono bloccati.</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>Il TCP va al TransPort di Tor {address}:{trans_port}, il DNS alla sua DNSPort {address}:{dns_port}; UDP, ICMP e IPv6 sono bloccati.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Bloccato %n pacchetto da {interfaces} che cercava di uscire aggirando Tor (dall’ultimo cambio)</numerusform>
            <numerusform>Bloccati %n pacchetti da {interfaces} che cercavano di uscire aggirando Tor (dall’ultimo cambio)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Bloccato %n pacchetto da {interfaces} che cercava di aggirare Tor</numerusform>
            <numerusform>Bloccati %n pacchetti da {interfaces} che cercavano di aggirare Tor</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>L’inoltro per {interfaces} è disattivato ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} è disattivato, ma la voce router per {interfaces} inoltra parte del traffico così com’è e ne ha bisogno. OnionPanel non lo modifica mai: imposta {sysctl} = 1 nella configurazione del sistema.</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>Reti instradate</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>Interfacce instradate</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>Dove va il loro traffico</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>Tentativi bloccati di uscire aggirando Tor</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>Problema di inoltro</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>Nessun bus di sistema per raggiungere l&apos;assistente di instradamento: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>L&apos;assistente di instradamento non è disponibile.</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>L&apos;assistente di instradamento non ha risposto: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>L&apos;assistente di instradamento non è installato o non è in esecuzione ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Disattivato (lo usano solo i programmi configurati per Tor)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>Tor (tutto il traffico)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Blocco totale (non esce nulla tranne Tor stesso)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>non applicata</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, con accesso diretto per {profile}</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Instradamento</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Instradamento</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>Interrogazione dell&apos;assistente di instradamento…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>L&apos;assistente di instradamento della rete di prova parte insieme alla sua rete…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Ora: {mode} (torna a Tor tra %n minuto)</numerusform>
            <numerusform>Ora: {mode} (torna a Tor tra %n minuti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>Ora: {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Torna a Tor (termina l&apos;accesso diretto per {profile})</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>Apri {app} in {profile}</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>Accesso diretto per {minutes} min: {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Accesso diretto finché non torno indietro: {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>Accesso diretto attivo per {profile}</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>ha rimosso la tabella firewall di OnionPanel</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>ha sostituito la tabella firewall di OnionPanel con una vecchia ({mode})</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>ha eliminato la catena {chain} dalla tabella firewall di OnionPanel</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>ha svuotato la catena {chain} della tabella firewall di OnionPanel</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>ha cambiato le regole di {chain} nella tabella firewall di OnionPanel</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>ha aggiunto la catena {chain} alla tabella firewall di OnionPanel</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>ha cambiato la tabella firewall di OnionPanel</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>Un altro programma {found}; ripristinato: {mode} è di nuovo applicato.</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>Qualcuno che non è Tor occupa le porte di Tor: blocco totale finché Tor non le riprende.</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>Il tempo di accesso diretto è scaduto: si torna a {mode}.</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} non si è avviato.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Stato della connessione</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Dettagli dell&apos;avanzamento</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>Avanzamento dell&apos;avvio</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Errore di connessione</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>Dettagli di Tor</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>Versione di Tor</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>Punto di controllo</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Metodo di autenticazione</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>Porta di controllo:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticazione:</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>Porta SOCKS per le applicazioni</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>Copia la porta SOCKS</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>Copia host:porta, da incollare nell&apos;impostazione proxy di un&apos;applicazione</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>Porta SOCKS:</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5; il Tor avviato da OnionPanel)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>Notifiche da Tor</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor non ha segnalato nulla che richieda attenzione.</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>Nessuna notifica</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>in attesa di Tor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  (%n volta dalle {first})</numerusform>
            <numerusform>{time}  {notice}  (%n volte dalle {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>Avvio del tuo Tor…</translation>
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
        <translation>Rete di prova — non anonima</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME non mostra icone nell&apos;area di notifica finché l&apos;estensione «AppIndicator and KStatusNotifierItem Support» non è installata e attivata. OnionPanel tiene invece aperta questa finestra; chiuderla fa uscire da OnionPanel.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>Questo desktop non ha un&apos;area di notifica (nessun host StatusNotifierItem trovato). OnionPanel tiene invece aperta questa finestra; chiuderla fa uscire da OnionPanel.</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>Menu di OnionPanel nell&apos;area di notifica</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>&amp;Apri il pannello</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>&amp;Nuova identità</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
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
        <translation>%1 g %2 h</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>Tor ha segnalato un errore</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>Tor ha segnalato un avviso</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor ha segnalato %n avviso o errore</numerusform>
            <numerusform>Tor ha segnalato %n avvisi o errori</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>Il più grave: %1</translation>
    </message>
</context>
</TS>
