<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1 ↑ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircuitCells</name>
    <message>
        <source>Circuit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OnionPanel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnionPanel main area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapClusters</name>
    <message>
        <source>%1k</source>
        <comment>thousands of relays, on a small badge: 1.2k</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Relay map page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>the network consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} ({verdict})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>&amp;Start with my session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayFlags</name>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> </source>
        <comment>between two flags of a relay: Exit Fast Running</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayListView</name>
    <message>
        <source>Relay list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of uptime</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message>
        <source>VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>OnionPanel: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — not anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ {read}  ↑ {written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {body}</source>
        <comment>a notification read aloud</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <comment>abbreviation of byte</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <comment>abbreviation of kibibyte (1024 bytes)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>abbreviation of mebibyte</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <comment>abbreviation of gibibyte</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <comment>abbreviation of tebibyte</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number, then its unit: 1.5 KiB</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>a data rate: %1 is an amount such as 2.5 KiB, per second</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
