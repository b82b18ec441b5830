<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Bandwidth</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>Repeated %n time, last at %1</numerusform>
            <numerusform>Repeated %n times, last at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>%n relay here; click to zoom in</numerusform>
            <numerusform>%n relays here; click to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>Closed %n circuit through {exit}.</numerusform>
            <numerusform>Closed %n circuits through {exit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>Closed %n circuit to {host}: its next connection gets a new one.</numerusform>
            <numerusform>Closed %n circuits to {host}: its next connection gets a new one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Your clock is %n second behind {source}. Tor needs a correct clock.</numerusform>
            <numerusform>Your clock is %n seconds behind {source}. Tor needs a correct clock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Your clock is %n second ahead of {source}. Tor needs a correct clock.</numerusform>
            <numerusform>Your clock is %n seconds ahead of {source}. Tor needs a correct clock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>Could not use all of Tor&apos;s relay list, %n problem: {problems} The panel tries again when it reconnects.</numerusform>
            <numerusform>Could not use all of Tor&apos;s relay list, %n problems: {problems} The panel tries again when it reconnects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Blocked %n packet from {interfaces} that tried to leave around Tor (since the last switch)</numerusform>
            <numerusform>Blocked %n packets from {interfaces} that tried to leave around Tor (since the last switch)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Blocked %n packet from {interfaces} trying to leave around Tor</numerusform>
            <numerusform>Blocked %n packets from {interfaces} trying to leave around Tor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Now: {mode} (back to Tor in %n min)</numerusform>
            <numerusform>Now: {mode} (back to Tor in %n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  (%n time since {first})</numerusform>
            <numerusform>{time}  {notice}  (%n times since {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor reported %n warning or error</numerusform>
            <numerusform>Tor reported %n warnings or errors</numerusform>
        </translation>
    </message>
</context>
</TS>
