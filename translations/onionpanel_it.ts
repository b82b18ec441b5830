<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="40"/>
        <source>Column headers</source>
        <translation>Intestazioni di colonna</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="41"/>
        <source>Row headers</source>
        <translation>Intestazioni di riga</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="43"/>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Seleziona tutto</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="45"/>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="49"/>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: scelte</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="57"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="59"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="62"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="69"/>
        <source>1 second</source>
        <translation>1 secondo</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="70"/>
        <source>5 seconds</source>
        <translation>5 secondi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="71"/>
        <source>30 seconds</source>
        <translation>30 secondi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="72"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="73"/>
        <source>10 minutes</source>
        <translation>10 minuti</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="74"/>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/bandwidth/page.py" line="76"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="101"/>
        <source>Bandwidth graph</source>
        <translation>Grafico della banda</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="170"/>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="174"/>
        <source>now</source>
        <translation>adesso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="173"/>
        <source>%1 ago</source>
        <translation>%1 fa</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="186"/>
        <source>Collecting data: a point every %1.</source>
        <translation>Raccolta dati: un punto ogni %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="235"/>
        <source>Bandwidth</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="241"/>
        <source>Graph interval</source>
        <translation>Intervallo del grafico</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="242"/>
        <source>Each point of the graph averages this long</source>
        <translation>Ogni punto del grafico è la media su questo intervallo</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="246"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervallo:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="249"/>
        <source>Current download rate</source>
        <translation>Velocità di ricezione attuale</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="250"/>
        <source>Current upload rate</source>
        <translation>Velocità di invio attuale</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="251"/>
        <source>Read since tor started</source>
        <translation>Ricevuti dall&apos;avvio di Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="252"/>
        <source>Written since tor started</source>
        <translation>Inviati dall&apos;avvio di Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="258"/>
        <source>Read (download)</source>
        <translation>Ricevuti (download)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="259"/>
        <source>Written (upload)</source>
        <translation>Inviati (upload)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="262"/>
        <source>Download rate:</source>
        <translation>Velocità di ricezione:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="263"/>
        <source>Upload rate:</source>
        <translation>Velocità di invio:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="264"/>
        <source>Read since tor started:</source>
        <translation>Ricevuti dall&apos;avvio di Tor:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="265"/>
        <source>Written since tor started:</source>
        <translation>Inviati dall&apos;avvio di Tor:</translation>
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
        <translation>Circuito %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="173"/>
        <source>Purpose: %s</source>
        <translation>Scopo: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="175"/>
        <source>Build flags: %s</source>
        <translation>Opzioni di costruzione: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="247"/>
        <source>Status: %s</source>
        <translation>Stato: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="251"/>
        <source>Reason: %s</source>
        <translation>Motivo: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="270"/>
        <source>stream %s</source>
        <translation>flusso %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="169"/>
        <source>Circuit {id}: {status}</source>
        <translation>Circuito {id}: {status}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="178"/>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Traffico: {received} ricevuti, {sent} inviati</translation>
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
        <translation>In costruzione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="198"/>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>In attesa della guardia</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="199"/>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="200"/>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="201"/>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="206"/>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>Generale</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="207"/>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>Generale (conflux)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="208"/>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, collegamento</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="209"/>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Client onion, introduzione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="210"/>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Client onion, rendezvous</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="211"/>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Client onion, directory</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="212"/>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Servizio onion, introduzione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="213"/>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Servizio onion, rendezvous</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="214"/>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Servizio onion, directory</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="215"/>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Avanguardie onion</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="216"/>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Misura del tempo di attesa</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="217"/>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="218"/>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="219"/>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Riempimento</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="220"/>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Test di distorsione del percorso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="225"/>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="226"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="227"/>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="228"/>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Indirizzo rimappato</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="229"/>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>Connessione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="230"/>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>Connesso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="231"/>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>Staccato</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="232"/>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="233"/>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="246"/>
        <source>Stream {id} to {target}</source>
        <translation>Flusso {id} verso {target}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="248"/>
        <source>From: {protocol} {origin}</source>
        <translation>Da: {protocol} {origin}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="265"/>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="288"/>
        <source>app “{app}” in {profile}</source>
        <translation>applicazione «{app}» in {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="291"/>
        <source>app “%s”</source>
        <translation>applicazione «%s»</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="293"/>
        <source>profile %s</source>
        <translation>profilo %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="295"/>
        <source>tor&apos;s directory fetch</source>
        <translation>scaricamento della directory di Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="297"/>
        <source>transparent proxy</source>
        <translation>proxy trasparente</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="299"/>
        <source>DNS port</source>
        <translation>porta DNS</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="303"/>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, ascolto {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="75"/>
        <source>Circuit / relay / stream</source>
        <translation>Circuito / relay / flusso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="76"/>
        <source>Status / country</source>
        <translation>Stato / paese</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="77"/>
        <source>Purpose / address / source</source>
        <translation>Scopo / indirizzo / origine</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="78"/>
        <source>Age / flags / traffic</source>
        <translation>Età / flag / traffico</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="79"/>
        <source>Path / fingerprint</source>
        <translation>Percorso / impronta</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="70"/>
        <source>Circuits and streams</source>
        <translation>Circuiti e flussi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="74"/>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Mostra i circuiti &amp;interni di Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="75"/>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Mostra i circuiti interni di Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="77"/>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Circuiti di servizio dei servizi onion, scaricamenti della directory e test dei tempi di attesa</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="81"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="84"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="87"/>
        <source>Copy &amp;path</source>
        <translation>Copia &amp;percorso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="90"/>
        <source>&amp;New circuit for this host</source>
        <translation>&amp;Nuovo circuito per questo sito</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="92"/>
        <source>Close circ&amp;uit</source>
        <translation>Chiudi circ&amp;uito</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="93"/>
        <source>Close &amp;stream</source>
        <translation>Chiudi &amp;flusso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="94"/>
        <source>Copy pat&amp;h</source>
        <translation>Copia perc&amp;orso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="96"/>
        <source>New circuit for this h&amp;ost</source>
        <translation>Nuovo circuito per questo &amp;sito</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="99"/>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Chiude i circuiti che portano questo sito, così la sua prossima connessione ne ottiene uno nuovo</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="113"/>
        <source>Circuits, their relays and streams</source>
        <translation>Circuiti, i loro relay e flussi</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="95"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="96"/>
        <source>No Tor found</source>
        <translation>Nessun Tor trovato</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="97"/>
        <source>No Tor answers on this computer.</source>
        <translation>Nessun Tor risponde su questo computer.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="99"/>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel può avviare un Tor tutto tuo: gira con il tuo utente, tiene i dati nella tua cartella di stato e si ferma quando OnionPanel termina. Non tocca mai il Tor di sistema né la sua configurazione.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="107"/>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;Avvia il mio Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="109"/>
        <source>Start my own Tor</source>
        <translation>Avvia il mio Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="111"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="31"/>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel non riesce a leggere il cookie di autenticazione di Tor {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="38"/>
        <source>Ask the owner of that Tor to add you to the group allowed to read it, then log out and back in.</source>
        <translation>Chiedi al proprietario di quel Tor di aggiungerti al gruppo che può leggerlo, poi esci dalla sessione e rientra.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="47"/>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>Il file appartiene al gruppo «{group}». Entra in quel gruppo: sudo usermod -aG {group} {user}, poi esci dalla sessione e rientra. Su NixOS, aggiungi users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; alla tua configurazione ed esegui nixos-rebuild switch.</translation>
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
        <translation>Nessuna porta di controllo di Tor risponde. Provate:
{tried}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="66"/>
        <source>(nothing)</source>
        <translation>(niente)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="75"/>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>Il Tor su {endpoint} ha rifiutato la password.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="79"/>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>Il Tor su {endpoint} richiede una password di controllo, ma non ne è stata data nessuna.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="83"/>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>Il Tor su {endpoint} non offre alcun metodo di accesso supportato da OnionPanel ({offered}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="90"/>
        <source>Tor did not start: {detail}</source>
        <translation>Tor non si è avviato: {detail}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="92"/>
        <source>The sandbox network did not start: {detail}</source>
        <translation>La rete di prova non si è avviata: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="295"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="298"/>
        <source>New Identity</source>
        <translation>Nuova identità</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="297"/>
        <source>New &amp;Identity</source>
        <translation>Nuova &amp;identità</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="300"/>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Nuovi circuiti per le nuove connessioni ({shortcut})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="307"/>
        <source>New Identity result</source>
        <translation>Esito della nuova identità</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="310"/>
        <source>&amp;Drop circuits through that exit</source>
        <translation>&amp;Scarta i circuiti che passano per quell&apos;uscita</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="311"/>
        <source>Drop circuits through that exit</source>
        <translation>Scarta i circuiti che passano per quell&apos;uscita</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="30"/>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>Il pacchetto Python «keyring» non è installato, quindi non c&apos;è un posto sicuro.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="37"/>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>Il portachiavi del desktop non è raggiungibile: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="42"/>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>In questa sessione non è in esecuzione alcun portachiavi del desktop (Secret Service).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="119"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="120"/>
        <location filename="../onionpanel/ui/shell/language.py" line="137"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="123"/>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="138"/>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel userà questa lingua al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="90"/>
        <source>Circuits</source>
        <translation>Circuiti</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="91"/>
        <source>Relays</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="92"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="93"/>
        <source>Bandwidth</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="181"/>
        <source>Not connected to tor.</source>
        <translation>Non connesso a Tor.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Repeats</source>
        <translation>Ripetizioni</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/log/page.py" line="157"/>
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
        <location filename="../onionpanel/ui/log/page.py" line="93"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="94"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="95"/>
        <source>Notice</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="96"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="97"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="270"/>
        <source>Message log</source>
        <translation>Registro dei messaggi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="283"/>
        <source>Lowest severity shown</source>
        <translation>Gravità minima mostrata</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="284"/>
        <source>Show messages of this severity and above</source>
        <translation>Mostra i messaggi di questa gravità e superiori</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="289"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravità:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="293"/>
        <location filename="../onionpanel/ui/log/page.py" line="294"/>
        <source>Search messages</source>
        <translation>Cerca nei messaggi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="300"/>
        <source>Show &amp;info/debug</source>
        <translation>Mostra &amp;info/debug</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="301"/>
        <source>Show info and debug messages</source>
        <translation>Mostra i messaggi di info e debug</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="304"/>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Chiede a Tor i messaggi di info e debug finché questa pagina è aperta. Sono molti.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="309"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="310"/>
        <source>Copy selected messages</source>
        <translation>Copia i messaggi selezionati</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="311"/>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Copia i messaggi selezionati, o tutti quelli mostrati se non ne è selezionato nessuno</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="313"/>
        <source>Sa&amp;ve…</source>
        <translation>Sal&amp;va…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="314"/>
        <source>Save shown messages to a file</source>
        <translation>Salva i messaggi mostrati in un file</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="327"/>
        <source>Earlier messages</source>
        <translation>Messaggi precedenti</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="333"/>
        <source>Tor messages</source>
        <translation>Messaggi di Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="351"/>
        <source>Repeats</source>
        <translation>Ripetizioni</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="392"/>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>il file di registro di Tor non è leggibile (%1).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="396"/>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>il journal di sistema non ti mostra alcun messaggio di Tor. I membri del gruppo «systemd-journal» o «adm» possono leggerli.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="400"/>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor scrive nel journal di sistema, ma journalctl non è disponibile.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="403"/>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor non scrive il suo registro né in un file né nel journal.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="405"/>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor non ha detto dove scrive il registro (%1).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="410"/>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>I messaggi precedenti non sono mostrati: %1 I nuovi messaggi compaiono man mano che arrivano.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="482"/>
        <source>Save messages</source>
        <translation>Salva messaggi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="482"/>
        <source>Log files (*.log *.txt)</source>
        <translation>File di registro (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="491"/>
        <source>Messages not saved</source>
        <translation>Messaggi non salvati</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="492"/>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
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
        <translation>Area principale di OnionPanel</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="62"/>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Rete di prova — non anonima. Questa è una rete Tor privata di esercitazione su questo computer; niente di ciò che fai qui è nascosto.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="66"/>
        <source>Sandbox warning</source>
        <translation>Avviso rete di prova</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="69"/>
        <source>No system tray</source>
        <translation>Nessuna area di notifica</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="80"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="85"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="93"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="116"/>
        <source>Close window</source>
        <translation>Chiudi la finestra</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="121"/>
        <source>Show page {number}</source>
        <translation>Mostra la pagina {number}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="134"/>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — Rete di prova, non anonima</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/panel.py" line="94"/>
        <source>New Identity</source>
        <translation>Nuova identità</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="174"/>
        <source>Relay map</source>
        <translation>Mappa dei relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="177"/>
        <source>World map of relays; arrows pan, plus and minus zoom, C and Shift+C pick a circuit, F fits it</source>
        <translation>Mappa del mondo dei relay; frecce per spostarsi, più e meno per lo zoom, C e Maiusc+C per scegliere un circuito, F per inquadrarlo</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="548"/>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Guardia</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="549"/>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Uscita</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="550"/>
        <source>Other relay</source>
        <translation>Altro relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="553"/>
        <source>Dot size: bandwidth</source>
        <translation>Dimensione del punto: banda</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="671"/>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Banda: {bw} kB/s
{fp}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="680"/>
        <source>Circuit {id}</source>
        <translation>Circuito {id}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="693"/>
        <source>Relay map page</source>
        <translation>Pagina della mappa dei relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="698"/>
        <source>Location source</source>
        <translation>Origine delle posizioni</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="700"/>
        <source>Relay count</source>
        <translation>Numero di relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="704"/>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="705"/>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="707"/>
        <source>Fit circuit</source>
        <translation>Inquadra circuito</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="708"/>
        <source>Fit the selected circuit</source>
        <translation>Inquadra il circuito selezionato</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="711"/>
        <source>World</source>
        <translation>Mondo</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="711"/>
        <source>Show the whole world</source>
        <translation>Mostra il mondo intero</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="732"/>
        <source>Locations: {source}</source>
        <translation>Posizioni: {source}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="732"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="741"/>
        <source>{placed} of {total} relays placed</source>
        <translation>{placed} relay su {total} posizionati</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="137"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="278"/>
        <source>Not connected to tor.</source>
        <translation>Non connesso a Tor.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="177"/>
        <source>New Identity failed: {reason}</source>
        <translation>Nuova identità non riuscita: {reason}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="179"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="233"/>
        <source>New Identity</source>
        <translation>Nuova identità</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="185"/>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Una nuova identità è già in arrivo: Tor cambia tra {seconds} s.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="188"/>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor consente una nuova identità ogni 10 secondi: cambia tra {seconds} s.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="193"/>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Nuova identità: le nuove connessioni usano nuovi circuiti. In attesa di traffico per mostrare la nuova uscita…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="240"/>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="244"/>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor ha riusato la stessa uscita: {exit}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="247"/>
        <source>New identity: exit {exit}.</source>
        <translation>Nuova identità: uscita {exit}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/circuits/identity.py" line="259"/>
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>Chiuso %n circuito attraverso {exit}.</numerusform>
            <numerusform>Chiusi %n circuiti attraverso {exit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/circuits/identity.py" line="270"/>
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
        <location filename="../onionpanel/ui/status/notices.py" line="34"/>
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Il tuo orologio è indietro di %n secondo (riferimento: {source}). Tor ha bisogno di un orologio esatto.</numerusform>
            <numerusform>Il tuo orologio è indietro di %n secondi (riferimento: {source}). Tor ha bisogno di un orologio esatto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/status/notices.py" line="38"/>
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Il tuo orologio è avanti di %n secondo (riferimento: {source}). Tor ha bisogno di un orologio esatto.</numerusform>
            <numerusform>Il tuo orologio è avanti di %n secondi (riferimento: {source}). Tor ha bisogno di un orologio esatto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="49"/>
        <source>the network consensus</source>
        <translation>il consenso della rete</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="51"/>
        <source>the relay at {address}</source>
        <translation>il relay su {address}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="53"/>
        <source>the directory server at {address}</source>
        <translation>il server di directory su {address}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="54"/>
        <source>the Tor network</source>
        <translation>la rete Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="58"/>
        <source>Tor has trouble connecting: {warning} (reason: {reason}).</source>
        <translation>Tor ha problemi di connessione: {warning} (motivo: {reason}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="60"/>
        <source>no details</source>
        <translation>nessun dettaglio</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="67"/>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Un&apos;applicazione si è connessa alla porta {port}, che di solito trasporta password non cifrate. Tor ha rifiutato la connessione.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="73"/>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Un&apos;applicazione si è connessa alla porta {port}, che di solito trasporta password non cifrate. Tor ha consentito la connessione.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="82"/>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Un&apos;applicazione ha dato a Tor solo un indirizzo IP ({address}) tramite {protocol}, quindi probabilmente ha risolto il nome fuori da Tor (una perdita DNS).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="95"/>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Un&apos;applicazione ha parlato un protocollo sconosciuto alla porta SOCKS di Tor.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="98"/>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Un&apos;applicazione ha chiesto a Tor un nome host non valido: {hostname}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="101"/>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>Il tuo fornitore DNS risponde con indirizzi falsi (dirottamento DNS). Questo relay non dovrebbe essere un&apos;uscita.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="106"/>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>Il tuo fornitore DNS fallisce ogni richiesta, quindi il traffico in uscita non può essere risolto.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="109"/>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Questo Tor ({current}) non è aggiornato; la rete consiglia: {recommended}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="112"/>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>La rete Tor considera pericolosa questa versione di Tor ({current}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="115"/>
        <source>Tor has too many open connections ({count}).</source>
        <translation>Tor ha troppe connessioni aperte ({count}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="118"/>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>La configurazione di instradamento dichiara una porta su cui Tor non è in ascolto, quindi quella modalità o quel profilo non può funzionare finché la configurazione di Tor o dell&apos;instradamento non viene corretta: {problem}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="123"/>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor ha incontrato un bug interno: {reason}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="126"/>
        <source>Tor can build circuits again.</source>
        <translation>Tor può di nuovo costruire circuiti.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="127"/>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor al momento non può costruire circuiti ({reason}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="136"/>
        <source>Tor reported {kind}.</source>
        <translation>Tor ha segnalato {kind}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="152"/>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="154"/>
        <source>Connecting to Tor…</source>
        <translation>Connessione a Tor…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="156"/>
        <source>Authenticating…</source>
        <translation>Autenticazione…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="158"/>
        <source>Reconnecting…</source>
        <translation>Riconnessione…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="161"/>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="162"/>
        <source>starting</source>
        <translation>avvio</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="163"/>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>Avvio {percent} %: {summary}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="170"/>
        <source>None (open control port)</source>
        <translation>Nessuno (porta di controllo aperta)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="171"/>
        <source>Cookie file</source>
        <translation>File cookie</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="172"/>
        <source>Safe cookie</source>
        <translation>Cookie sicuro</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="173"/>
        <source>Password</source>
        <translation>Password</translation>
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
        <translation>consigliata</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="187"/>
        <source>obsolete, please update</source>
        <translation>obsoleta, aggiorna</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="188"/>
        <source>not recommended, please update</source>
        <translation>sconsigliata, aggiorna</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="189"/>
        <source>old</source>
        <translation>vecchia</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="190"/>
        <location filename="../onionpanel/ui/status/notices.py" line="191"/>
        <source>newer than recommended</source>
        <translation>più recente di quella consigliata</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="194"/>
        <source>unknown</source>
        <translation>sconosciuta</translation>
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
        <translation>Password di controllo di Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="42"/>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>Il Tor su {endpoint} chiede la sua password di controllo.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="47"/>
        <source>Explanation</source>
        <translation>Spiegazione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="50"/>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor ha rifiutato quella password. Riprova.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="52"/>
        <source>Password rejected</source>
        <translation>Password rifiutata</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="56"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="57"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="59"/>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>&amp;Ricorda nel portachiavi del desktop</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="60"/>
        <source>Remember in the desktop keyring</source>
        <translation>Ricorda nel portachiavi del desktop</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="68"/>
        <source>Why the keyring is unavailable</source>
        <translation>Perché il portachiavi non è disponibile</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="76"/>
        <source>Dialog buttons</source>
        <translation>Pulsanti della finestra di dialogo</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="252"/>
        <source>Relay details</source>
        <translation>Dettagli del relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="259"/>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="260"/>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="261"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="262"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="263"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="264"/>
        <source>Flags</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="265"/>
        <source>Bandwidth (consensus)</source>
        <translation>Banda (consenso)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="266"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="267"/>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="268"/>
        <source>Uptime</source>
        <translation>Tempo di attività</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="269"/>
        <source>Exit policy summary</source>
        <translation>Riepilogo della politica di uscita</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="270"/>
        <source>Exit policy</source>
        <translation>Politica di uscita</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="271"/>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="272"/>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="273"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="286"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="287"/>
        <source>Copy {field}</source>
        <translation>Copia {field}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="314"/>
        <source>not in a microdescriptor consensus</source>
        <translation>non presente in un consenso di microdescrittori</translation>
    </message>
</context>
<context>
    <name>RelayListView</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="352"/>
        <source>Relay list</source>
        <translation>Elenco dei relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="357"/>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Cerca soprannome, impronta o IP</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="358"/>
        <source>Search relays</source>
        <translation>Cerca relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="361"/>
        <source>Filter by flag</source>
        <translation>Filtra per flag</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="362"/>
        <source>All flags</source>
        <translation>Tutti i flag</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="366"/>
        <source>Filter by country</source>
        <translation>Filtra per paese</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="369"/>
        <source>Relays</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="385"/>
        <source>Relays shown</source>
        <translation>Relay mostrati</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="405"/>
        <source>Relay details</source>
        <translation>Dettagli del relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="427"/>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="446"/>
        <source>{shown} of {total}</source>
        <translation>{shown} su {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="39"/>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>delle città</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="43"/>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>dei paesi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="47"/>
        <source>{name} ({kind} database)</source>
        <translation>{name} (database {kind})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="49"/>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP di Tor (solo paesi)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="50"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="110"/>
        <source>Relays</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="129"/>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}; relay della rete di prova in luoghi inventati</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="86"/>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="87"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="88"/>
        <source>Flags</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="89"/>
        <source>Bandwidth</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="90"/>
        <source>IP address</source>
        <translation>Indirizzo IP</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="91"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="92"/>
        <source>Uptime</source>
        <translation>Tempo di attività</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="57"/>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>Nessun bus di sistema per raggiungere l&apos;assistente di instradamento: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="90"/>
        <source>The routing helper is not available.</source>
        <translation>L&apos;assistente di instradamento non è disponibile.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="97"/>
        <source>The routing helper did not answer: {error}</source>
        <translation>L&apos;assistente di instradamento non ha risposto: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="105"/>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>L&apos;assistente di instradamento non è installato o non è in esecuzione ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="29"/>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Disattivato (lo usano solo i programmi configurati per Tor)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="30"/>
        <source>Tor (all traffic)</source>
        <translation>Tor (tutto il traffico)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="31"/>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Blocco totale (non esce nulla tranne Tor stesso)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="32"/>
        <source>not applied</source>
        <translation>non applicata</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="35"/>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, con accesso diretto per {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="46"/>
        <source>&amp;Routing</source>
        <translation>&amp;Instradamento</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="47"/>
        <source>Routing</source>
        <translation>Instradamento</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="48"/>
        <source>Asking the routing helper…</source>
        <translation>Interrogazione dell&apos;assistente di instradamento…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="51"/>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>L&apos;assistente di instradamento della rete di prova parte insieme alla sua rete…</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/routing/menu.py" line="81"/>
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Ora: {mode} (torna a Tor tra %n minuto)</numerusform>
            <numerusform>Ora: {mode} (torna a Tor tra %n minuti)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="82"/>
        <location filename="../onionpanel/ui/routing/menu.py" line="119"/>
        <source>Now: {mode}</source>
        <translation>Ora: {mode}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="88"/>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Torna a Tor (termina l&apos;accesso diretto per {profile})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="90"/>
        <source>Open {app} in {profile}</source>
        <translation>Apri {app} in {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="92"/>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>Accesso diretto per {minutes} min: {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="95"/>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Accesso diretto finché non torno indietro: {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="110"/>
        <source>Clearnet on for {profile}</source>
        <translation>Accesso diretto attivo per {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="115"/>
        <source>Another program removed OnionPanel&apos;s firewall table; {mode} is applied again.</source>
        <translation>Un altro programma ha rimosso la tabella del firewall di OnionPanel; {mode} è stata applicata di nuovo.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="118"/>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>Il tempo di accesso diretto è scaduto: si torna a {mode}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="122"/>
        <source>{program} did not start.</source>
        <translation>{program} non si è avviato.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="41"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="51"/>
        <source>Connection state</source>
        <translation>Stato della connessione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="57"/>
        <source>Progress details</source>
        <translation>Dettagli dell&apos;avanzamento</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="63"/>
        <source>Bootstrap progress</source>
        <translation>Avanzamento dell&apos;avvio</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="76"/>
        <source>Connection error</source>
        <translation>Errore di connessione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="94"/>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="95"/>
        <source>Tor details</source>
        <translation>Dettagli di Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="98"/>
        <source>Tor version</source>
        <translation>Versione di Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="99"/>
        <source>Control endpoint</source>
        <translation>Punto di controllo</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="100"/>
        <source>Authentication method</source>
        <translation>Metodo di autenticazione</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="101"/>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="102"/>
        <source>Control port:</source>
        <translation>Porta di controllo:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="103"/>
        <source>Authentication:</source>
        <translation>Autenticazione:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="107"/>
        <location filename="../onionpanel/ui/status/page.py" line="108"/>
        <source>Notices from Tor</source>
        <translation>Notifiche da Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="111"/>
        <source>Notices</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="115"/>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor non ha segnalato nulla che richieda attenzione.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="116"/>
        <source>No notices</source>
        <translation>Nessuna notifica</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="130"/>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="132"/>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="134"/>
        <source>waiting for Tor</source>
        <translation>in attesa di Tor</translation>
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
        <translation>Avvio del tuo Tor…</translation>
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
        <translation>Rete di prova — non anonima</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="77"/>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="189"/>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME non mostra icone nell&apos;area di notifica finché l&apos;estensione «AppIndicator and KStatusNotifierItem Support» non è installata e attivata. OnionPanel tiene invece aperta questa finestra; chiuderla fa uscire da OnionPanel.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="195"/>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>Questo desktop non ha un&apos;area di notifica (nessun host StatusNotifierItem trovato). OnionPanel tiene invece aperta questa finestra; chiuderla fa uscire da OnionPanel.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="210"/>
        <source>OnionPanel tray menu</source>
        <translation>Menu di OnionPanel nell&apos;area di notifica</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="211"/>
        <source>&amp;Open panel</source>
        <translation>&amp;Apri il pannello</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="212"/>
        <source>&amp;New Identity</source>
        <translation>&amp;Nuova identità</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="217"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
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
        <translation>B</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="23"/>
        <source>KiB</source>
        <comment>abbreviation of kibibyte (1024 bytes)</comment>
        <translation>KiB</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="24"/>
        <source>MiB</source>
        <comment>abbreviation of mebibyte</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="25"/>
        <source>GiB</source>
        <comment>abbreviation of gibibyte</comment>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="26"/>
        <source>TiB</source>
        <comment>abbreviation of tebibyte</comment>
        <translation>TiB</translation>
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
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="62"/>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation>MB/s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="64"/>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>kB/s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="71"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="74"/>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="77"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="80"/>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 g %2 h</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="248"/>
        <source>Tor reported an error</source>
        <translation>Tor ha segnalato un errore</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="250"/>
        <source>Tor reported a warning</source>
        <translation>Tor ha segnalato un avviso</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/log/page.py" line="254"/>
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor ha segnalato %n avviso o errore</numerusform>
            <numerusform>Tor ha segnalato %n avvisi o errori</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="255"/>
        <source>The most serious: %1</source>
        <translation>Il più grave: %1</translation>
    </message>
</context>
</TS>
