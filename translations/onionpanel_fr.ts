<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonne</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>En-têtes de ligne</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name} : choix</translation>
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
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>5 secondes</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 secondes</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>Collecte des données : un point par seconde.</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>Collecte des données : un point par minute.</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>Collecte des données : un point par heure.</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>Collecte des données : un point toutes les %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>Graphique de bande passante</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>Intervalle du graphique</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>Chaque point du graphique est la moyenne sur cette durée</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>Débit de réception actuel</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>Débit d’envoi actuel</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>Reçu depuis le démarrage de Tor</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>Envoyé depuis le démarrage de Tor</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>Reçu (téléchargement)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>Envoyé (téléversement)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>Débit de réception :</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>Débit d’envoi :</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>Reçu depuis le démarrage de Tor :</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>Envoyé depuis le démarrage de Tor :</translation>
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
        <translation>Circuit %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>Rôle : %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>Options de construction : %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>État : %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Raison : %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>flux %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>Circuit {id} : {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Trafic : {received} reçus, {sent} envoyés</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>En construction</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>Attend sa garde</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>Général</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>Général (conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, liaison en cours</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Client onion, introduction</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Client onion, rendez-vous</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Client onion, annuaire</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Service onion, introduction</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Service onion, rendez-vous</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Service onion, annuaire</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Avant-gardes onion</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Mesure de délai</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Contrôleur</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Test</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Bourrage</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Test de biais de chemin</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Adresse réaffectée</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>Détaché</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>Flux {id} vers {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>De : {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>application « {app} » dans {profile}</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>application « %s »</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>profil %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>récupération d’annuaire de Tor</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>depuis {address} via {interface}</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>mandataire transparent</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>port DNS</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, écoute {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>Circuit / relais / flux</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>État / pays</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>Rôle / adresse / source</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>Âge / drapeaux / trafic</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>Chemin / empreinte</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>Circuits et flux</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Afficher les circuits &amp;internes de Tor</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Afficher les circuits internes de Tor</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Circuits de service des services onion, récupérations d’annuaire et tests de délai</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copier le &amp;chemin</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>&amp;Nouveau circuit pour cet hôte</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Non connecté à Tor. Les circuits apparaissent ici une fois OnionPanel connecté ; la page État indique ce qu&apos;il attend.</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>Tor n&apos;a pour l&apos;instant que ses propres circuits internes. Cochez « Afficher les circuits internes de Tor » pour les voir ; les vôtres apparaissent quand une application se connecte par Tor.</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>Tor n&apos;a pas encore de circuits. Il les construit dès qu&apos;il atteint le réseau ; si cela reste vide, la page Journal dit pourquoi.</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>Fermer le circ&amp;uit</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>Fermer le &amp;flux</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>Copier le c&amp;hemin</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>Nouveau circuit pour cet &amp;hôte</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Ferme les circuits qui portent cet hôte, pour que sa prochaine connexion en obtienne un nouveau</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>Pourquoi il n&apos;y a aucun circuit</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>Les circuits, leurs relais et leurs flux</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Non connecté à Tor.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>Ce que Tor est configuré pour faire. OnionPanel ne fait que l&apos;afficher : modifiez un réglage là d&apos;où il vient, puis rechargez Tor.</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>Quel port les applications doivent utiliser</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Fichiers de configuration</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>Remarques sur la configuration</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Non connecté à Tor.</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>Configuration de Tor</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>Où le modifier</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>Colonnes de la configuration</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>Afficher les adresses des ponts</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>Copier où le modifier</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>Copier où modifier le réglage sélectionné</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Copier la ligne</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>Copier la ligne du réglage sélectionné</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>Relire la configuration</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Ponts</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>Services onion</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Autres options</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>Tor n&apos;écoute sur aucun port</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>drapeaux : {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (n&apos;écoute pas)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>Tor se connecte uniquement par des ponts</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>Tor se connecte directement au réseau Tor</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>programme qui parle un transport de pont</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>simple</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>Pont ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>ce Tor ne sert aucun site onion</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>nom d&apos;hôte illisible : {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>ports (port onion, puis destination) : {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>clés dans {directory}</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>Service onion</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>ce Tor est seulement client (pas d&apos;ORPort)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>pont</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>relais</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>ce Tor transporte le trafic d&apos;autres personnes</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>auto-test de Tor</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>Tor n&apos;offre aucun port SOCKS, les applications ne peuvent donc pas l&apos;utiliser directement. Une ligne SocksPort dans le torrc en ajoute un.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>Applications comme un client de messagerie : réglez leur proxy sur le socket SOCKS5 {path}, et laissez le proxy résoudre les noms. Modifiez-le dans {where}.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>Applications comme un client de messagerie : réglez leur proxy sur SOCKS5, hôte {host}, port {port}, et laissez le proxy résoudre les noms. Modifiez le port dans {where}.</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc : {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>valeurs par défaut : {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS : modifiez services.tor dans configuration.nix</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>proxy SOCKS5 pour les applications (navigateur, messagerie, discussion)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>proxy HTTP CONNECT pour les applications qui ne savent pas utiliser SOCKS</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>proxy transparent : des règles de pare-feu redirigent les connexions ici</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>proxy transparent à la manière de natd</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>résolveur DNS qui interroge par Tor</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>port de contrôle : des programmes comme ce panneau</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>socket de contrôle : des programmes comme ce panneau</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>port de relais : les autres relais et les clients se connectent ici</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>port d&apos;annuaire de ce relais</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>port des transports enfichables de ce pont</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>métriques pour les outils de supervision</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>les flux d&apos;autres ports ne partagent jamais ses circuits</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>partage les circuits avec les autres ports du groupe de session {group}</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>chaque adresse de client a ses propres circuits</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>des clients à des adresses différentes peuvent partager des circuits</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>chaque nom d&apos;utilisateur et mot de passe SOCKS a ses propres circuits</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>les noms d&apos;utilisateur et mots de passe SOCKS ne séparent pas les circuits</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>chaque protocole (SOCKS 4, SOCKS 5, HTTP, DNS...) a ses propres circuits</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>chaque adresse de destination a ses propres circuits</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>chaque port de destination a ses propres circuits</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>les circuits avec authentification SOCKS restent ouverts tant qu&apos;ils servent</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>tentative de connexion</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>non utilisé (UseBridges est désactivé)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>pas encore essayé</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>fichier des valeurs par défaut</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>ligne de commande de Tor</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>valeur par défaut intégrée à Tor</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>modifié pendant que Tor tourne (par un contrôleur)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>inconnu (un fichier est illisible)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>déclaré dans le torrc</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>ajouté par le port de contrôle, conservé après sa fermeture</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>ajouté par la connexion de contrôle de ce panneau</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>Aucun Tor trouvé</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>Aucun Tor ne répond sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel peut démarrer un Tor à vous : il tourne sous votre compte, garde ses données dans votre dossier d’état et s’arrête quand OnionPanel se ferme. Il ne touche jamais au Tor du système ni à sa configuration.</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;Démarrer mon propre Tor</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>Démarrer mon propre Tor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel ne peut pas lire le cookie d’authentification de Tor {path} ({detail}).</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>Demandez au propriétaire de ce Tor de rendre son cookie lisible par un groupe dont vous faites partie, puis fermez la session et rouvrez-la.</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>Le fichier appartient au groupe « {group} ». Rejoignez ce groupe : sudo usermod -aG {group} {user}, puis fermez la session et rouvrez-la. Sous NixOS, ajoutez users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; à votre configuration et lancez nixos-rebuild switch.</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Le dossier {path} appartient à {owner}:{group} avec le mode {mode}, donc seul {owner} peut l’ouvrir ; rejoindre un groupe n’y changerait rien. Faites en sorte que Tor rende son cookie lisible par son groupe (CookieAuthFileGroupReadable 1 dans son torrc, comme le fait le tor de Debian pour le groupe debian-tor), ou utilisez le socket de contrôle de Tor avec ControlSocketsGroupWritable 1 (sous NixOS : services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Le fichier cookie appartient à {owner}:{group} avec le mode {mode}, donc seul {owner} peut l’ouvrir ; rejoindre un groupe n’y changerait rien. Faites en sorte que Tor rende son cookie lisible par son groupe (CookieAuthFileGroupReadable 1 dans son torrc, comme le fait le tor de Debian pour le groupe debian-tor), ou utilisez le socket de contrôle de Tor avec ControlSocketsGroupWritable 1 (sous NixOS : services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint} : {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>Aucun port de contrôle de Tor ne répond. Essayés :
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>Le Tor à {endpoint} a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>Le Tor à {endpoint} demande un mot de passe de contrôle, et aucun n’a été donné.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>Le Tor à {endpoint} ne propose aucune méthode de connexion prise en charge par OnionPanel ({offered}).</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} ne parle pas le protocole de contrôle de Tor ({detail}).</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>Tor n’a pas démarré : {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>Le réseau bac à sable n’a pas démarré : {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>Nouvelle identité</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>Nouvelle &amp;identité</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Nouveaux circuits pour les nouvelles connexions ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>Résultat de la nouvelle identité</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>&amp;Abandonner les circuits passant par cette sortie</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>Abandonner les circuits passant par cette sortie</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>Le paquet Python « keyring » n’est pas installé : il n’y a donc aucun endroit sûr.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>Le trousseau du bureau est injoignable : {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>Aucun trousseau du bureau (Secret Service) ne tourne dans cette session.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel utilisera cette langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>Circuits</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Pas connecté à Tor.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétitions</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>Répété %n fois, la dernière à %1</numerusform>
            <numerusform>Répété %n fois, la dernière à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Journal des messages</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Gravité minimale affichée</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>Afficher les messages de cette gravité et au-dessus</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>Afficher &amp;info/débogage</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>Afficher les messages d’info et de débogage</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Demande à Tor ses messages d’info et de débogage tant que cette page est ouverte. Ils sont nombreux.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>Copier les messages sélectionnés</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Copie les messages sélectionnés, ou tous ceux affichés si aucun ne l’est</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>Enregistrer les messages affichés dans un fichier</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>Messages antérieurs</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>Messages de Tor</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>le fichier journal de Tor est illisible (%1).</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>le journal du système ne vous montre aucun message de Tor. Les membres du groupe « systemd-journal » ou « adm » peuvent les lire.</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor écrit dans le journal du système, mais journalctl n’est pas disponible.</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor n’écrit son journal ni dans un fichier ni dans le journal du système.</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor n’a pas dit où il écrit son journal (%1).</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>Les messages antérieurs ne sont pas affichés : %1 Les nouveaux messages apparaissent au fur et à mesure.</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>Enregistrer les messages</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Fichiers journaux (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>Messages non enregistrés</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
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
        <translation>Zone principale d’OnionPanel</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Bac à sable — pas anonyme. Ceci est un réseau Tor privé d’entraînement sur cet ordinateur ; rien de ce que vous faites ici n’est caché.</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>Avertissement bac à sable</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Pas de zone de notification</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>Afficher la page {number}</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — Bac à sable, pas anonyme</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Nouvelle identité</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>Carte des relais</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>Carte du monde des relais ; les flèches déplacent, plus et moins zooment, N et P choisissent le circuit suivant ou précédent, Échap aucun, F cadre le circuit choisi</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Garde</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>Autre relais</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>Taille du point : bande passante</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Bande passante : {bw} ko/s
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>%n relais ici ; cliquez pour zoomer</numerusform>
            <numerusform>%n relais ici ; cliquez pour zoomer</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>Circuit {id}</translation>
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
        <translation>Page de la carte des relais</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>Source des positions</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>Nombre de relais</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>Cadrer le circuit</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>Cadrer le circuit sélectionné</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Monde</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>Afficher le monde entier</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>Choisissez d&apos;abord un circuit : cliquez sur sa ligne, ou appuyez sur N sur la carte</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>Positions : {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>{placed} relais placés sur {total}</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Pas connecté à Tor.</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>Échec de la nouvelle identité : {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Nouvelle identité</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Une nouvelle identité est déjà en route : Tor change dans {seconds} s.</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor permet une nouvelle identité toutes les 10 secondes : changement dans {seconds} s.</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Nouvelle identité : les nouvelles connexions prennent de nouveaux circuits. En attente de trafic pour montrer la nouvelle sortie…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor a réutilisé la même sortie : {exit}.</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>Nouvelle identité : sortie {exit}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>%n circuit passant par {exit} fermé.</numerusform>
            <numerusform>%n circuits passant par {exit} fermés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>%n circuit vers {host} fermé : sa prochaine connexion en obtient un nouveau.</numerusform>
            <numerusform>%n circuits vers {host} fermés : sa prochaine connexion en obtient un nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Votre horloge retarde de %n seconde sur {source}. Tor a besoin d’une horloge juste.</numerusform>
            <numerusform>Votre horloge retarde de %n secondes sur {source}. Tor a besoin d’une horloge juste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Votre horloge avance de %n seconde sur {source}. Tor a besoin d’une horloge juste.</numerusform>
            <numerusform>Votre horloge avance de %n secondes sur {source}. Tor a besoin d’une horloge juste.</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>le consensus du réseau</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>le relais à {address}</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>le serveur d’annuaire à {address}</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>le réseau Tor</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>Tor a du mal à se connecter : {reason} ({warning}).</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>Tor a du mal à se connecter : {reason}.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Une application s’est connectée au port {port}, qui transporte souvent des mots de passe non chiffrés. Tor a refusé la connexion.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Une application s’est connectée au port {port}, qui transporte souvent des mots de passe non chiffrés. Tor a accepté la connexion.</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Une application n’a donné à Tor qu’une adresse IP ({address}) via {protocol} : elle a donc sans doute résolu le nom hors de Tor (une fuite DNS).</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>l&apos;adresse de cet ordinateur a changé</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>aucun serveur d&apos;annuaire n&apos;est joignable</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>l&apos;horloge a fait un saut</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Impossible de charger la liste des circuits : {problem} OnionPanel réessaiera à la reconnexion.</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Impossible de charger le journal de Tor : {problem} OnionPanel réessaiera à la reconnexion.</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Impossible de lire la configuration de Tor : {problem} OnionPanel réessaiera à la reconnexion.</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Impossible de charger la liste des relais : {problem} OnionPanel réessaiera à la reconnexion.</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Une tâche d’arrière-plan d’OnionPanel a échoué : {problem} OnionPanel réessaiera à la reconnexion.</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>Impossible d’utiliser toute la liste des relais de Tor, %n problème : {problems} OnionPanel réessaiera à la reconnexion.</numerusform>
            <numerusform>Impossible d’utiliser toute la liste des relais de Tor, %n problèmes : {problems} OnionPanel réessaiera à la reconnexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Une application a parlé un protocole inconnu au port SOCKS de Tor.</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Une application a demandé à Tor un nom d’hôte invalide : {hostname}.</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>Votre fournisseur DNS répond par de fausses adresses (détournement DNS). Ce relais ne devrait pas être une sortie.</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>Votre fournisseur DNS échoue à chaque requête : le trafic de sortie ne peut pas être résolu.</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Ce Tor ({current}) est obsolète ; le réseau recommande : {recommended}.</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>Le réseau Tor juge cette version de Tor ({current}) dangereuse.</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>Tor a trop de connexions ouvertes ({count}).</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>La configuration de routage déclare un port sur lequel Tor n’écoute pas : ce mode ou ce profil ne peut pas fonctionner tant que la configuration de Tor ou celle du routage n’est pas corrigée : {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>Reconnexion à Tor : {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor a rencontré un bogue interne : {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>Tor peut de nouveau construire des circuits.</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor ne peut pas construire de circuits pour l’instant ({reason}).</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>Tor a signalé {kind}.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Connexion à Tor…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>Amorçage {percent} % : {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>Aucune (port de contrôle ouvert)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Fichier cookie</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>Cookie sécurisé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandée</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>obsolète, veuillez mettre à jour</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>déconseillée, veuillez mettre à jour</translation>
    </message>
    <message>
        <source>old</source>
        <translation>ancienne</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>plus récente que la recommandée</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>pas encore évaluée : Tor n&apos;a pas de consensus listant les versions recommandées</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>pas encore évaluée : Tor n&apos;a pas dit si elle est recommandée</translation>
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
        <translation>&amp;Démarrer avec ma session</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>Impossible de modifier l&apos;entrée de démarrage automatique : {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>Mot de passe de contrôle de Tor</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>Le Tor à {endpoint} demande son mot de passe de contrôle.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor a refusé ce mot de passe. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>Mot de passe refusé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>&amp;Mémoriser dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>Mémoriser dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>Pourquoi le trousseau n’est pas disponible</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>un relais a enfreint le protocole</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>une erreur interne</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>sur demande</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>un relais est en hibernation</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>un relais manque de ressources</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>un relais était injoignable</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>un relais avait une mauvaise identité</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>la connexion à un relais s&apos;est fermée</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>un relais l&apos;a fermé</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>aucun chemin à travers le réseau</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>aucun service onion de ce nom</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>mesure du délai terminée</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>plus nécessaire</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>le nom n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>la destination a refusé la connexion</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>la sortie ne l&apos;autorise pas</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>son circuit s&apos;est fermé</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>aucune route vers la destination</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>la sortie est en hibernation</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>la sortie manque de ressources</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>la connexion a été réinitialisée</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>pas un annuaire</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>une adresse privée, refusée</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>aucun circuit n&apos;a pu le transporter</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>un relais a fermé la connexion</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>un relais a refusé la connexion</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>une connexion à un relais a été réinitialisée</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>une connexion à un relais a dépassé le délai</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>aucune route vers un relais (cet ordinateur est-il en ligne ?)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>une connexion à un relais n&apos;a pas pu lire ou écrire</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>cet ordinateur manque de connexions ou de mémoire</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>un transport enfichable est absent</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>une connexion à un relais a échoué</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>Détails du relais</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>Choisissez un relais dans la liste, ou cliquez-en un sur la carte, pour voir ce que Tor en sait.</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>Aucun relais sélectionné</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
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
        <translation>Pays</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>Bande passante (consensus)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Durée de fonctionnement</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>Résumé de la politique de sortie</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>Politique de sortie</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Copier : {field}</translation>
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
        <translation>Autorité</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>Mauvaise sortie</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Garde</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>Annuaire onion</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>Intermédiaire seulement</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>Sans consensus Ed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En fonction</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>Descripteur périmé</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>Sybil</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
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
        <translation>Liste des relais</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Chercher un pseudonyme, une empreinte ou une IP</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>Chercher des relais</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>Filtrer par drapeau</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Tous les drapeaux</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrer par pays</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>Relais affichés</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>Détails du relais</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>des villes</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>des pays</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} (base de données {kind})</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP de Tor (pays seulement)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>Pourquoi il n&apos;y a aucun relais</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source} ; relais du bac à sable à des endroits inventés</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>Tor n&apos;a pas encore donné de liste de relais à OnionPanel. Il en a une dès qu&apos;il a téléchargé le consensus du réseau ; la page État montre où il en est.</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Non connecté à Tor. La carte et la liste des relais se remplissent une fois OnionPanel connecté ; la page État indique ce qu&apos;il attend.</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Durée de fonctionnement</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
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
        <translation>Les VM et appareils sur {interfaces} sont relayés comme le système est configuré (mode Désactivé)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>Les VM et appareils sur {interfaces} n’atteignent rien (Verrouillage)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>Les VM et appareils sur {interfaces} passent par Tor</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>Les VM et appareils sur {interfaces} sont bloqués : rien de ce qu’ils envoient n’est relayé</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>Les VM et appareils sur {interfaces} sont relayés sans Tor</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>Le TCP va au TransPort de Tor {address}:{trans_port}, le DNS à son DNSPort {address}:{dns_port}, l’IPv6 aussi ; l’UDP et l’ICMP sont bloqués.</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>Le TCP va au TransPort de Tor {address}:{trans_port}, le DNS à son DNSPort {address}:{dns_port} ; l’UDP, l’ICMP et l’IPv6 sont bloqués.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>%n paquet de {interfaces} bloqué alors qu’il tentait de sortir en contournant Tor (depuis le dernier changement)</numerusform>
            <numerusform>%n paquets de {interfaces} bloqués alors qu’ils tentaient de sortir en contournant Tor (depuis le dernier changement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>%n paquet de {interfaces} bloqué en contournant Tor</numerusform>
            <numerusform>%n paquets de {interfaces} bloqués en contournant Tor</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>Le relais pour {interfaces} est désactivé ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} est désactivé, mais l’entrée de routeur de {interfaces} relaie une partie du trafic tel quel et en a besoin. OnionPanel ne le modifie jamais : mettez {sysctl} = 1 dans la configuration du système.</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>Réseaux routés</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>Interfaces routées</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>Où va leur trafic</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>Tentatives bloquées de sortir en contournant Tor</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>Problème de relais</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>Aucun bus système pour joindre l’assistant de routage : {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>L’assistant de routage n’est pas disponible.</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>L’assistant de routage n’a pas répondu : {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>L’assistant de routage n’est pas installé ou ne tourne pas ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Désactivé (seuls les programmes configurés pour Tor l’utilisent)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>Tor (tout le trafic)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Verrouillage (rien ne sort sauf Tor lui-même)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>non appliqué</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, avec accès direct pour {profile}</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Routage</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>Interrogation de l’assistant de routage…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>L’assistant de routage du bac à sable démarre avec son réseau…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Actuellement : {mode} (retour à Tor dans %n min)</numerusform>
            <numerusform>Actuellement : {mode} (retour à Tor dans %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>Actuellement : {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Retour à Tor (fin de l’accès direct pour {profile})</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>Ouvrir {app} dans {profile}</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>Accès direct pendant {minutes} min : {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Accès direct jusqu’à ce que je revienne : {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>Accès direct activé pour {profile}</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>a supprimé la table de pare-feu d&apos;OnionPanel</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>a remplacé la table de pare-feu d&apos;OnionPanel par une ancienne ({mode})</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>a supprimé la chaîne {chain} de la table de pare-feu d&apos;OnionPanel</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>a vidé la chaîne {chain} de la table de pare-feu d&apos;OnionPanel</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>a modifié les règles de {chain} dans la table de pare-feu d&apos;OnionPanel</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>a ajouté la chaîne {chain} à la table de pare-feu d&apos;OnionPanel</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>a modifié la table de pare-feu d&apos;OnionPanel</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>Un autre programme {found} ; restauré : {mode} s&apos;applique de nouveau.</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>Quelqu&apos;un d&apos;autre que Tor occupe les ports de Tor : verrouillage jusqu&apos;à ce que Tor les reprenne.</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>Le temps d’accès direct est écoulé : retour à {mode}.</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} n’a pas démarré.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Détails de la progression</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>Progression de l’amorçage</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>Détails de Tor</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>Version de Tor</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d’authentification</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>Port de contrôle :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>Port SOCKS pour les applications</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>Copier le port SOCKS</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>Copier hôte:port, à coller dans le réglage proxy d&apos;une application</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>Port SOCKS :</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5 ; le Tor lancé par OnionPanel)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>Notices de Tor</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor n’a rien signalé qui demande votre attention.</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>Aucune notice</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>en attente de Tor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  (%n fois depuis {first})</numerusform>
            <numerusform>{time}  {notice}  (%n fois depuis {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>Démarrage de votre propre Tor…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>OnionPanel: {phase}</source>
        <translation>OnionPanel : {phase}</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous</source>
        <translation>Bac à sable — pas anonyme</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME n’affiche aucune icône de notification tant que l’extension « AppIndicator and KStatusNotifierItem Support » n’est pas installée et activée. OnionPanel garde plutôt cette fenêtre ouverte ; la fermer quitte OnionPanel.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>Ce bureau n’a pas de zone de notification (aucun hôte StatusNotifierItem trouvé). OnionPanel garde plutôt cette fenêtre ouverte ; la fermer quitte OnionPanel.</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>Menu de notification d’OnionPanel</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>&amp;Ouvrir le panneau</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>&amp;Nouvelle identité</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>↓ {read}  ↑ {written}</source>
        <translation>↓ {read}  ↑ {written}</translation>
    </message>
    <message>
        <source>{title}: {body}</source>
        <comment>a notification read aloud</comment>
        <translation>{title} : {body}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <comment>abbreviation of byte</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>KiB</source>
        <comment>abbreviation of kibibyte (1024 bytes)</comment>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>abbreviation of mebibyte</comment>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <comment>abbreviation of gibibyte</comment>
        <translation>Gio</translation>
    </message>
    <message>
        <source>TiB</source>
        <comment>abbreviation of tebibyte</comment>
        <translation>Tio</translation>
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
        <translation>Mo/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>ko/s</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>Tor a signalé une erreur</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>Tor a signalé un avertissement</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor a signalé %n avertissement ou erreur</numerusform>
            <numerusform>Tor a signalé %n avertissements ou erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>Le plus grave : %1</translation>
    </message>
</context>
</TS>
