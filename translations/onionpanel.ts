<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Bandwidth</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="62"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="67"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="75"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="77"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="79"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="85"/>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="86"/>
        <source>5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="87"/>
        <source>30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="88"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="89"/>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="90"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="92"/>
        <source>%n second(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="117"/>
        <source>Bandwidth graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="166"/>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="170"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="169"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="181"/>
        <source>Collecting data: a point every %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="229"/>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="235"/>
        <source>Graph interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="236"/>
        <source>Each point of the graph averages this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="240"/>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="243"/>
        <source>Current download rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="244"/>
        <source>Current upload rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="245"/>
        <source>Read since tor started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="246"/>
        <source>Written since tor started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="252"/>
        <source>Read (download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="253"/>
        <source>Written (upload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="256"/>
        <source>Download rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="257"/>
        <source>Upload rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="258"/>
        <source>Read since tor started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="259"/>
        <source>Written since tor started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="296"/>
        <source>↓ %1 ↑ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircuitCells</name>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="148"/>
        <source>Circuit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="168"/>
        <source>Circuit %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="169"/>
        <source>Purpose: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="171"/>
        <source>Build flags: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="174"/>
        <source>Traffic: %s received, %s sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="184"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="269"/>
        <source>%s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="189"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="190"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="191"/>
        <source>Waiting for guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="192"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="193"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="225"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="194"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="226"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="199"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="200"/>
        <source>General (conflux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="201"/>
        <source>Conflux, linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="202"/>
        <source>Onion client, introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="203"/>
        <source>Onion client, rendezvous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="204"/>
        <source>Onion client, directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="205"/>
        <source>Onion service, introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="206"/>
        <source>Onion service, rendezvous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="207"/>
        <source>Onion service, directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="208"/>
        <source>Onion vanguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="209"/>
        <source>Timeout measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="210"/>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="211"/>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="212"/>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="213"/>
        <source>Path bias test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="218"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="219"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="220"/>
        <source>Resolving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="221"/>
        <source>Address remapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="222"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="223"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="224"/>
        <source>Detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="239"/>
        <source>Stream %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="240"/>
        <source>Status: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="241"/>
        <source>From: %s %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="242"/>
        <source>Reason: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="256"/>
        <source>↓ %s  ↑ %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="261"/>
        <source>stream %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="277"/>
        <source>app “%s” in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="278"/>
        <source>app “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="280"/>
        <source>profile %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="282"/>
        <source>tor&apos;s directory fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="284"/>
        <source>transparent proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="286"/>
        <source>DNS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="290"/>
        <source>%s, listener %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="75"/>
        <source>Circuit / relay / stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="76"/>
        <source>Status / country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="77"/>
        <source>Purpose / address / source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="78"/>
        <source>Age / flags / traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="79"/>
        <source>Path / fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="70"/>
        <source>Circuits and streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="74"/>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="75"/>
        <source>Show tor&apos;s internal circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="77"/>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="81"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="84"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="87"/>
        <source>Copy &amp;path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="90"/>
        <source>&amp;New circuit for this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="92"/>
        <source>Close circ&amp;uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="93"/>
        <source>Close &amp;stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="94"/>
        <source>Copy pat&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="96"/>
        <source>New circuit for this h&amp;ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="99"/>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="113"/>
        <source>Circuits, their relays and streams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <location filename="../onionpanel/ui/config/feed.py" line="84"/>
        <source>Not connected to tor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="65"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="70"/>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="76"/>
        <source>Which port applications should use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="79"/>
        <source>Configuration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="83"/>
        <source>Notes about the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="88"/>
        <source>Not connected to tor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="92"/>
        <source>Tor configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="96"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="97"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="98"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="99"/>
        <source>Where to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="108"/>
        <source>Configuration columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="118"/>
        <location filename="../onionpanel/ui/config/page.py" line="119"/>
        <source>Show bridge addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="121"/>
        <source>Copy where to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="122"/>
        <source>Copy where to change the selected setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="124"/>
        <source>Copy line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="125"/>
        <source>Copy the selected setting&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="127"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="128"/>
        <source>Read the configuration again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="174"/>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="175"/>
        <source>Bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="176"/>
        <source>Onion services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="177"/>
        <location filename="../onionpanel/ui/config/page.py" line="273"/>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="178"/>
        <source>Other options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="206"/>
        <location filename="../onionpanel/ui/config/page.py" line="249"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="206"/>
        <source>tor listens on no port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="214"/>
        <source>flags: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="217"/>
        <source>{address} (not listening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="222"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="222"/>
        <source>tor connects only through bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="226"/>
        <location filename="../onionpanel/ui/config/page.py" line="273"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="227"/>
        <source>tor connects to the Tor network directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="233"/>
        <source>program that speaks a bridge transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="237"/>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="239"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="242"/>
        <source>{state} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="243"/>
        <source>Bridge ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="249"/>
        <source>this tor serves no onion site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="258"/>
        <source>hostname not readable: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="263"/>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="266"/>
        <source>keys in {directory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="267"/>
        <source>Onion service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="272"/>
        <source>this tor is a client only (no ORPort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="275"/>
        <source>bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="275"/>
        <source>relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="277"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="277"/>
        <source>this tor carries traffic for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="278"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="279"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="279"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="280"/>
        <source>ORPort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="281"/>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="281"/>
        <source>tor&apos;s self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="282"/>
        <source>Accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="282"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="297"/>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="307"/>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="312"/>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="317"/>
        <source>torrc: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="317"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="319"/>
        <source>defaults: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/page.py" line="321"/>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="24"/>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="27"/>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="30"/>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="33"/>
        <source>transparent proxy in the style of natd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="34"/>
        <source>DNS resolver that asks through Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="35"/>
        <source>control port: programs like this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="36"/>
        <source>control socket: programs like this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="37"/>
        <source>relay port: other relays and clients connect here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="38"/>
        <source>directory port of this relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="39"/>
        <source>port for pluggable transports of this bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="40"/>
        <source>metrics for monitoring tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="47"/>
        <source>streams from other ports never share its circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="50"/>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="53"/>
        <source>each client address gets its own circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="56"/>
        <source>clients at different addresses may share circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="59"/>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="62"/>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="65"/>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="68"/>
        <source>each destination address gets its own circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="71"/>
        <source>each destination port gets its own circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="74"/>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="83"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="84"/>
        <source>trying to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="85"/>
        <source>cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="86"/>
        <source>not used (UseBridges is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="87"/>
        <source>not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="99"/>
        <source>torrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="100"/>
        <source>defaults file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="101"/>
        <source>tor&apos;s command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="102"/>
        <source>tor&apos;s built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="103"/>
        <source>changed while tor runs (by a controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="104"/>
        <source>unknown (a file is not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="111"/>
        <source>declared in the torrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="113"/>
        <source>added over the control port, kept after it closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="114"/>
        <source>added over this panel&apos;s control connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="119"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="120"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/config/words.py" line="120"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="95"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="96"/>
        <source>No Tor found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="97"/>
        <source>No Tor answers on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="99"/>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="107"/>
        <source>&amp;Start my own Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="109"/>
        <source>Start my own Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="31"/>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="38"/>
        <source>Ask the owner of that Tor to add you to the group allowed to read it, then log out and back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="47"/>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="60"/>
        <source>• {endpoint}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="65"/>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="66"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="75"/>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="79"/>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="83"/>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="90"/>
        <source>Tor did not start: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="92"/>
        <source>The sandbox network did not start: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="293"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="296"/>
        <source>New Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="295"/>
        <source>New &amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="298"/>
        <source>New circuits for new connections ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="305"/>
        <source>New Identity result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="308"/>
        <source>&amp;Drop circuits through that exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="309"/>
        <source>Drop circuits through that exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="30"/>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="37"/>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="42"/>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="95"/>
        <source>Circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="96"/>
        <source>Relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="97"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="98"/>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="99"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="190"/>
        <source>Not connected to tor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/log/page.py" line="157"/>
        <source>Repeated %n time(s), last at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="93"/>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="94"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="95"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="96"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="97"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="270"/>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="283"/>
        <source>Lowest severity shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="284"/>
        <source>Show messages of this severity and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="289"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="293"/>
        <location filename="../onionpanel/ui/log/page.py" line="294"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="300"/>
        <source>Show &amp;info/debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="301"/>
        <source>Show info and debug messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="304"/>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="309"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="310"/>
        <source>Copy selected messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="311"/>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="313"/>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="314"/>
        <source>Save shown messages to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="327"/>
        <source>Earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="333"/>
        <source>Tor messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="351"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="391"/>
        <source>Earlier messages are not shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="393"/>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="397"/>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="401"/>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="404"/>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="406"/>
        <source>tor did not say where it logs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="481"/>
        <source>Save messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="481"/>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="490"/>
        <source>Messages not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="491"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="49"/>
        <location filename="../onionpanel/ui/shell/main_window.py" line="50"/>
        <location filename="../onionpanel/ui/shell/main_window.py" line="127"/>
        <source>OnionPanel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="53"/>
        <source>OnionPanel main area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="60"/>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="64"/>
        <source>Sandbox warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="67"/>
        <source>No system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="78"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="83"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="111"/>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="116"/>
        <source>Show page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="129"/>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/panel.py" line="151"/>
        <source>New Identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="173"/>
        <source>Relay map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="175"/>
        <source>World map of relays; arrows pan, plus and minus zoom, F fits the circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="533"/>
        <source>Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="534"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="535"/>
        <source>Other relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="538"/>
        <source>Dot size: bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="640"/>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="649"/>
        <source>Circuit {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="662"/>
        <source>Relay map page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="667"/>
        <source>Location source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="669"/>
        <source>Relay count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="673"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="674"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="676"/>
        <source>Fit circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="677"/>
        <source>Fit the selected circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="680"/>
        <source>World</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="680"/>
        <source>Show the whole world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="701"/>
        <source>Locations: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="701"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="710"/>
        <source>{placed} of {total} relays placed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="137"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="276"/>
        <source>Not connected to tor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="177"/>
        <source>New Identity failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="179"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="233"/>
        <source>New Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="185"/>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="188"/>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="193"/>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="240"/>
        <source>{relay} ({country})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="244"/>
        <source>Tor reused the same exit: {exit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="247"/>
        <source>New identity: exit {exit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="259"/>
        <source>Closed {count} circuit(s) through {exit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="270"/>
        <source>Closed {count} circuit(s) to {host}: its next connection gets a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="29"/>
        <source>Your clock is {seconds} seconds behind {source}. Tor needs a correct clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="33"/>
        <source>Your clock is {seconds} seconds ahead of {source}. Tor needs a correct clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="44"/>
        <source>the network consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="46"/>
        <source>the relay at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="48"/>
        <source>the directory server at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="49"/>
        <source>the Tor network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="53"/>
        <source>Tor has trouble connecting: {warning} (reason: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="55"/>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="61"/>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor {result} the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="67"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="69"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="75"/>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="88"/>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="91"/>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="94"/>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="99"/>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="102"/>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="105"/>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="108"/>
        <source>Tor has too many open connections ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="111"/>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="116"/>
        <source>Tor hit an internal bug: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="119"/>
        <source>Tor can build circuits again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="120"/>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="129"/>
        <source>Tor reported {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="145"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="147"/>
        <source>Connecting to Tor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="149"/>
        <source>Authenticating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="151"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="154"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="155"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="156"/>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="163"/>
        <source>None (open control port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="164"/>
        <source>Cookie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="165"/>
        <source>Safe cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="166"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="169"/>
        <location filename="../onionpanel/ui/status/notices.py" line="171"/>
        <location filename="../onionpanel/ui/status/notices.py" line="177"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="179"/>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="180"/>
        <source>obsolete, please update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="181"/>
        <source>not recommended, please update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="182"/>
        <source>old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="183"/>
        <location filename="../onionpanel/ui/status/notices.py" line="184"/>
        <source>newer than recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="187"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="189"/>
        <source>{version} ({verdict})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <location filename="../onionpanel/ui/shell/panel.py" line="91"/>
        <source>&amp;Start with my session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/panel.py" line="106"/>
        <source>Could not change the autostart entry: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="37"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="38"/>
        <source>Tor control password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="42"/>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="47"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="50"/>
        <source>Tor rejected that password. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="52"/>
        <source>Password rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="56"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="57"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="59"/>
        <source>&amp;Remember in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="60"/>
        <source>Remember in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="68"/>
        <source>Why the keyring is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="76"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="259"/>
        <source>Relay details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="266"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="267"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="268"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="269"/>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="270"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="271"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="272"/>
        <source>Bandwidth (consensus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="273"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="274"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="275"/>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="276"/>
        <source>Exit policy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="277"/>
        <source>Exit policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="278"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="279"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="280"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="293"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="294"/>
        <source>Copy {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="321"/>
        <source>not in a microdescriptor consensus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayListView</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="359"/>
        <source>Relay list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="364"/>
        <source>Search nickname, fingerprint or IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="365"/>
        <source>Search relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="368"/>
        <source>Filter by flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="369"/>
        <source>All flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="373"/>
        <source>Filter by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="376"/>
        <source>Relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="392"/>
        <source>Relays shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="412"/>
        <source>Relay details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="434"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="453"/>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="39"/>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="41"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="43"/>
        <source>{name} ({kind} database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="45"/>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="46"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="106"/>
        <source>Relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="125"/>
        <source>{source}; sandbox relays at invented places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="93"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="94"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="95"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="96"/>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="97"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="98"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="99"/>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="57"/>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="90"/>
        <source>The routing helper is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="97"/>
        <source>The routing helper did not answer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="105"/>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="29"/>
        <source>Off (only programs set up for Tor use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="30"/>
        <source>Tor (all traffic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="31"/>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="32"/>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="35"/>
        <source>Tor, with clearnet for {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="46"/>
        <source>&amp;Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="47"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="48"/>
        <source>Asking the routing helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="51"/>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="78"/>
        <location filename="../onionpanel/ui/routing/menu.py" line="119"/>
        <source>Now: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="81"/>
        <source>(back to Tor in {minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="88"/>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="90"/>
        <source>Open {app} in {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="92"/>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="95"/>
        <source>Clearnet until I switch back: {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="110"/>
        <source>Clearnet on for {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="115"/>
        <source>Another program removed OnionPanel&apos;s firewall table; {mode} is applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="118"/>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="122"/>
        <source>{program} did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="53"/>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="59"/>
        <source>Progress details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="65"/>
        <source>Bootstrap progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="78"/>
        <source>Connection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="109"/>
        <source>Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="110"/>
        <source>Tor details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="113"/>
        <source>Tor version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="114"/>
        <source>Control endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="115"/>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="116"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="117"/>
        <source>Control port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="118"/>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="122"/>
        <location filename="../onionpanel/ui/status/page.py" line="123"/>
        <source>Notices from Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="126"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="130"/>
        <source>Tor has reported nothing that needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="131"/>
        <source>No notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="145"/>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="147"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="149"/>
        <source>waiting for Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="152"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <location filename="../onionpanel/ui/shell/session.py" line="210"/>
        <source>Starting a Tor of your own…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="74"/>
        <source>OnionPanel: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="76"/>
        <source>Sandbox — not anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="78"/>
        <source>Tor {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="196"/>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="202"/>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="217"/>
        <source>OnionPanel tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="218"/>
        <source>&amp;Open panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="219"/>
        <source>&amp;New Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="226"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="271"/>
        <source>↓ {read}  ↑ {written}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="248"/>
        <source>Tor reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="250"/>
        <source>Tor reported a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/log/page.py" line="254"/>
        <source>Tor reported %n warnings or errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="255"/>
        <source>The most serious: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
