<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="94"/>
        <location filename="../onionpanel/ui/dialogs.py" line="95"/>
        <source>No Tor found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="96"/>
        <source>No Tor answers on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="98"/>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="106"/>
        <source>&amp;Start my own Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="108"/>
        <source>Start my own Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="110"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="31"/>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="38"/>
        <source>Ask the owner of that Tor to add you to the group allowed to read it, then log out and back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="47"/>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="60"/>
        <source>• {endpoint}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="65"/>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="66"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="75"/>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="79"/>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="83"/>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="90"/>
        <source>Tor did not start: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/errors.py" line="92"/>
        <source>The sandbox network did not start: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../onionpanel/ui/keyring_store.py" line="30"/>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/keyring_store.py" line="37"/>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/keyring_store.py" line="42"/>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="48"/>
        <location filename="../onionpanel/ui/main_window.py" line="49"/>
        <location filename="../onionpanel/ui/main_window.py" line="120"/>
        <source>OnionPanel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="52"/>
        <source>OnionPanel main area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="59"/>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="63"/>
        <source>Sandbox warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="66"/>
        <source>No system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="75"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="80"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="104"/>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="109"/>
        <source>Show page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/main_window.py" line="122"/>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="29"/>
        <source>Your clock is {seconds} seconds behind {source}. Tor needs a correct clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="33"/>
        <source>Your clock is {seconds} seconds ahead of {source}. Tor needs a correct clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="44"/>
        <source>the network consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="46"/>
        <source>the relay at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="48"/>
        <source>the directory server at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="49"/>
        <source>the Tor network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="53"/>
        <source>Tor has trouble connecting: {warning} (reason: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="55"/>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="61"/>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor {result} the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="67"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="69"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="75"/>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="88"/>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="91"/>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="94"/>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="99"/>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="102"/>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="105"/>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="108"/>
        <source>Tor has too many open connections ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="111"/>
        <source>Tor hit an internal bug: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="114"/>
        <source>Tor can build circuits again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="115"/>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="124"/>
        <source>Tor reported {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="139"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="141"/>
        <source>Connecting to Tor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="143"/>
        <source>Authenticating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="145"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="148"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="149"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="150"/>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="157"/>
        <source>None (open control port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="158"/>
        <source>Cookie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="159"/>
        <source>Safe cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="160"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="163"/>
        <location filename="../onionpanel/ui/notices.py" line="165"/>
        <location filename="../onionpanel/ui/notices.py" line="171"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="173"/>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="174"/>
        <source>obsolete, please update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="175"/>
        <source>not recommended, please update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="176"/>
        <source>old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="177"/>
        <location filename="../onionpanel/ui/notices.py" line="178"/>
        <source>newer than recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="181"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/notices.py" line="183"/>
        <source>{version} ({verdict})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="37"/>
        <location filename="../onionpanel/ui/dialogs.py" line="38"/>
        <source>Tor control password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="41"/>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="46"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="49"/>
        <source>Tor rejected that password. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="51"/>
        <source>Password rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="55"/>
        <location filename="../onionpanel/ui/dialogs.py" line="56"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="58"/>
        <source>&amp;Remember in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="59"/>
        <source>Remember in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="67"/>
        <source>Why the keyring is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/dialogs.py" line="75"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="51"/>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="57"/>
        <source>Progress details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="63"/>
        <source>Bootstrap progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="76"/>
        <source>Connection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="94"/>
        <source>Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="95"/>
        <source>Tor details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="98"/>
        <source>Tor version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="99"/>
        <source>Control endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="100"/>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="101"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="102"/>
        <source>Control port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="103"/>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="107"/>
        <location filename="../onionpanel/ui/status_page.py" line="108"/>
        <source>Notices from Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="111"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="115"/>
        <source>Tor has reported nothing that needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="116"/>
        <source>No notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="130"/>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="132"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="134"/>
        <source>waiting for Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status_page.py" line="137"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <location filename="../onionpanel/ui/session.py" line="177"/>
        <source>Starting a Tor of your own…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../onionpanel/ui/tray.py" line="65"/>
        <source>OnionPanel: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/tray.py" line="67"/>
        <source>Sandbox — not anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/tray.py" line="69"/>
        <source>Tor {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/tray.py" line="177"/>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/tray.py" line="183"/>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/tray.py" line="198"/>
        <source>OnionPanel tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/tray.py" line="199"/>
        <source>&amp;Open panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/tray.py" line="200"/>
        <source>&amp;New Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/tray.py" line="203"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
