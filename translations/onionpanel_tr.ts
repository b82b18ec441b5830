<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="40"/>
        <source>Column headers</source>
        <translation>Sütun başlıkları</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="41"/>
        <source>Row headers</source>
        <translation>Satır başlıkları</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="43"/>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Tümünü seç</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="45"/>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Temizle</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/accessibility.py" line="49"/>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: seçenekler</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="57"/>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="59"/>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="62"/>
        <source>%1 h</source>
        <translation>%1 sa</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="69"/>
        <source>1 second</source>
        <translation>1 saniye</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="70"/>
        <source>5 seconds</source>
        <translation>5 saniye</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="71"/>
        <source>30 seconds</source>
        <translation>30 saniye</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="72"/>
        <source>1 minute</source>
        <translation>1 dakika</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="73"/>
        <source>10 minutes</source>
        <translation>10 dakika</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="74"/>
        <source>1 hour</source>
        <translation>1 saat</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/bandwidth/page.py" line="76"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n saniye</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="101"/>
        <source>Bandwidth graph</source>
        <translation>Bant genişliği grafiği</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="170"/>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="174"/>
        <source>now</source>
        <translation>şimdi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="173"/>
        <source>%1 ago</source>
        <translation>%1 önce</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="186"/>
        <source>Collecting data: a point every %1.</source>
        <translation>Veri toplanıyor: her %1 bir nokta.</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="235"/>
        <source>Bandwidth</source>
        <translation>Bant genişliği</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="241"/>
        <source>Graph interval</source>
        <translation>Grafik aralığı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="242"/>
        <source>Each point of the graph averages this long</source>
        <translation>Grafikteki her nokta bu sürenin ortalamasıdır</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="246"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Aralık:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="249"/>
        <source>Current download rate</source>
        <translation>Şu anki indirme hızı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="250"/>
        <source>Current upload rate</source>
        <translation>Şu anki yükleme hızı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="251"/>
        <source>Read since tor started</source>
        <translation>Tor başladığından beri alınan</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="252"/>
        <source>Written since tor started</source>
        <translation>Tor başladığından beri gönderilen</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="258"/>
        <source>Read (download)</source>
        <translation>Alınan (indirme)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="259"/>
        <source>Written (upload)</source>
        <translation>Gönderilen (yükleme)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="262"/>
        <source>Download rate:</source>
        <translation>İndirme hızı:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="263"/>
        <source>Upload rate:</source>
        <translation>Yükleme hızı:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="264"/>
        <source>Read since tor started:</source>
        <translation>Tor başladığından beri alınan:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/bandwidth/page.py" line="265"/>
        <source>Written since tor started:</source>
        <translation>Tor başladığından beri gönderilen:</translation>
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
        <translation>Devre %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="173"/>
        <source>Purpose: %s</source>
        <translation>Amaç: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="175"/>
        <source>Build flags: %s</source>
        <translation>Kurulum bayrakları: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="247"/>
        <source>Status: %s</source>
        <translation>Durum: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="251"/>
        <source>Reason: %s</source>
        <translation>Neden: %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="270"/>
        <source>stream %s</source>
        <translation>akış %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="169"/>
        <source>Circuit {id}: {status}</source>
        <translation>Devre {id}: {status}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="178"/>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Trafik: {received} alındı, {sent} gönderildi</translation>
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
        <translation>Kuruluyor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="198"/>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>Koruma bekleniyor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="199"/>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Hazır</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="200"/>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Başarısız</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="201"/>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Kapandı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="206"/>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>Genel</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="207"/>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>Genel (conflux)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="208"/>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, bağlanıyor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="209"/>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion istemcisi, tanıtım</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="210"/>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion istemcisi, buluşma</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="211"/>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion istemcisi, dizin</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="212"/>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion hizmeti, tanıtım</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="213"/>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion hizmeti, buluşma</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="214"/>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion hizmeti, dizin</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="215"/>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Onion öncüleri</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="216"/>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Zaman aşımı ölçümü</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="217"/>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Denetleyici</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="218"/>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Sınama</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="219"/>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Dolgu</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="220"/>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Yol yanlılığı sınaması</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="225"/>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="226"/>
        <location filename="../onionpanel/ui/circuits/cells.py" line="227"/>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Çözülüyor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="228"/>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Adres yeniden eşlendi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="229"/>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>Bağlanıyor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="230"/>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>Bağlandı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="231"/>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>Ayrıldı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="232"/>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>Başarısız</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="233"/>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Kapandı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="246"/>
        <source>Stream {id} to {target}</source>
        <translation>{target} hedefine {id} akışı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="248"/>
        <source>From: {protocol} {origin}</source>
        <translation>Kaynak: {protocol} {origin}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="265"/>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="288"/>
        <source>app “{app}” in {profile}</source>
        <translation>{profile} içinde “{app}” uygulaması</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="291"/>
        <source>app “%s”</source>
        <translation>“%s” uygulaması</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="293"/>
        <source>profile %s</source>
        <translation>profil %s</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="295"/>
        <source>tor&apos;s directory fetch</source>
        <translation>Tor&apos;un dizin indirmesi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="297"/>
        <source>transparent proxy</source>
        <translation>şeffaf vekil sunucu</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="299"/>
        <source>DNS port</source>
        <translation>DNS bağlantı noktası</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/cells.py" line="303"/>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, dinleyici {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="75"/>
        <source>Circuit / relay / stream</source>
        <translation>Devre / aktarıcı / akış</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="76"/>
        <source>Status / country</source>
        <translation>Durum / ülke</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="77"/>
        <source>Purpose / address / source</source>
        <translation>Amaç / adres / kaynak</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="78"/>
        <source>Age / flags / traffic</source>
        <translation>Yaş / bayraklar / trafik</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/model.py" line="79"/>
        <source>Path / fingerprint</source>
        <translation>Yol / parmak izi</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="70"/>
        <source>Circuits and streams</source>
        <translation>Devreler ve akışlar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="74"/>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Tor&apos;un &amp;iç devrelerini göster</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="75"/>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Tor&apos;un iç devrelerini göster</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="77"/>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Onion hizmeti altyapısı, dizin indirmeleri ve zaman aşımı testleri</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="81"/>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="84"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="87"/>
        <source>Copy &amp;path</source>
        <translation>&amp;Yolu kopyala</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="90"/>
        <source>&amp;New circuit for this host</source>
        <translation>Bu sunucu için &amp;yeni devre</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="92"/>
        <source>Close circ&amp;uit</source>
        <translation>&amp;Devreyi kapat</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="93"/>
        <source>Close &amp;stream</source>
        <translation>&amp;Akışı kapat</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="94"/>
        <source>Copy pat&amp;h</source>
        <translation>Yol&amp;u kopyala</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="96"/>
        <source>New circuit for this h&amp;ost</source>
        <translation>Bu &amp;sunucu için yeni devre</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="99"/>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Bu sunucuyu taşıyan devreleri kapatır, böylece sonraki bağlantısı yeni bir devre alır</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/page.py" line="113"/>
        <source>Circuits, their relays and streams</source>
        <translation>Devreler, aktarıcıları ve akışları</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="95"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="96"/>
        <source>No Tor found</source>
        <translation>Tor bulunamadı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="97"/>
        <source>No Tor answers on this computer.</source>
        <translation>Bu bilgisayarda yanıt veren bir Tor yok.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="99"/>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel size ait bir Tor başlatabilir: sizin kullanıcınızla çalışır, verilerini durum klasörünüzde tutar ve OnionPanel kapanınca durur. Sistemin Tor&apos;una ya da yapılandırmasına asla dokunmaz.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="107"/>
        <source>&amp;Start my own Tor</source>
        <translation>Kendi Tor&apos;umu &amp;başlat</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="109"/>
        <source>Start my own Tor</source>
        <translation>Kendi Tor&apos;umu başlat</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="111"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="31"/>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel, Tor&apos;un kimlik doğrulama çerezini okuyamıyor: {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="38"/>
        <source>Ask the owner of that Tor to add you to the group allowed to read it, then log out and back in.</source>
        <translation>O Tor&apos;un sahibinden sizi onu okuyabilen gruba eklemesini isteyin, ardından oturumu kapatıp yeniden açın.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="47"/>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>Dosya “{group}” grubuna ait. Bu gruba katılın: sudo usermod -aG {group} {user}, ardından oturumu kapatıp yeniden açın. NixOS&apos;ta yapılandırmanıza users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; ekleyin ve nixos-rebuild switch çalıştırın.</translation>
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
        <translation>Hiçbir Tor denetim bağlantı noktası yanıt vermiyor. Denenenler:
{tried}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="66"/>
        <source>(nothing)</source>
        <translation>(hiçbiri)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="75"/>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>{endpoint} adresindeki Tor parolayı reddetti.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="79"/>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>{endpoint} adresindeki Tor bir denetim parolası istiyor, ancak parola verilmedi.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="83"/>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>{endpoint} adresindeki Tor, OnionPanel&apos;in desteklediği hiçbir oturum açma yolu sunmuyor ({offered}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="90"/>
        <source>Tor did not start: {detail}</source>
        <translation>Tor başlamadı: {detail}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/errors.py" line="92"/>
        <source>The sandbox network did not start: {detail}</source>
        <translation>Deneme ağı başlamadı: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="295"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="298"/>
        <source>New Identity</source>
        <translation>Yeni kimlik</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="297"/>
        <source>New &amp;Identity</source>
        <translation>Yeni &amp;kimlik</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="300"/>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Yeni bağlantılar için yeni devreler ({shortcut})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="307"/>
        <source>New Identity result</source>
        <translation>Yeni kimlik sonucu</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="310"/>
        <source>&amp;Drop circuits through that exit</source>
        <translation>O çıkıştan geçen devreleri &amp;bırak</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="311"/>
        <source>Drop circuits through that exit</source>
        <translation>O çıkıştan geçen devreleri bırak</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="30"/>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>Python “keyring” paketi kurulu değil, bu yüzden güvenli bir yer yok.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="37"/>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>Masaüstü anahtarlığına ulaşılamıyor: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/keyring_store.py" line="42"/>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>Bu oturumda çalışan bir masaüstü anahtarlığı (Secret Service) yok.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="119"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="120"/>
        <location filename="../onionpanel/ui/shell/language.py" line="137"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="123"/>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/language.py" line="138"/>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel bu dili bir sonraki açılışta kullanacak.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="90"/>
        <source>Circuits</source>
        <translation>Devreler</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="91"/>
        <source>Relays</source>
        <translation>Aktarıcılar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="92"/>
        <source>Log</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="93"/>
        <source>Bandwidth</source>
        <translation>Bant genişliği</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/pages.py" line="181"/>
        <source>Not connected to tor.</source>
        <translation>Tor&apos;a bağlı değil.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Severity</source>
        <translation>Önem</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="138"/>
        <source>Repeats</source>
        <translation>Tekrarlar</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/log/page.py" line="157"/>
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>%n kez tekrarlandı, sonuncusu %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="93"/>
        <source>Debug</source>
        <translation>Hata ayıklama</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="94"/>
        <source>Info</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="95"/>
        <source>Notice</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="96"/>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="97"/>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="270"/>
        <source>Message log</source>
        <translation>İleti günlüğü</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="283"/>
        <source>Lowest severity shown</source>
        <translation>Gösterilen en düşük önem</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="284"/>
        <source>Show messages of this severity and above</source>
        <translation>Bu önem düzeyindeki ve üstündeki iletileri göster</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="289"/>
        <source>&amp;Severity:</source>
        <translation>Ö&amp;nem:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="293"/>
        <location filename="../onionpanel/ui/log/page.py" line="294"/>
        <source>Search messages</source>
        <translation>İletilerde ara</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="300"/>
        <source>Show &amp;info/debug</source>
        <translation>&amp;Bilgi/hata ayıklama iletilerini göster</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="301"/>
        <source>Show info and debug messages</source>
        <translation>Bilgi ve hata ayıklama iletilerini göster</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="304"/>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Bu sayfa açıkken Tor&apos;dan bilgi ve hata ayıklama iletilerini ister. Bunlar çoktur.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="309"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="310"/>
        <source>Copy selected messages</source>
        <translation>Seçili iletileri kopyala</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="311"/>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Seçili iletileri, hiçbiri seçili değilse gösterilenlerin tümünü kopyalar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="313"/>
        <source>Sa&amp;ve…</source>
        <translation>Kay&amp;det…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="314"/>
        <source>Save shown messages to a file</source>
        <translation>Gösterilen iletileri bir dosyaya kaydet</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="327"/>
        <source>Earlier messages</source>
        <translation>Önceki iletiler</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="333"/>
        <source>Tor messages</source>
        <translation>Tor iletileri</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="351"/>
        <source>Repeats</source>
        <translation>Tekrarlar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="392"/>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>Tor&apos;un günlük dosyası okunamıyor (%1).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="396"/>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>sistem günlüğü size Tor&apos;dan hiçbir ileti göstermiyor. “systemd-journal” veya “adm” grubunun üyeleri bunları okuyabilir.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="400"/>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor sistem günlüğüne yazıyor, ancak journalctl kullanılamıyor.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="403"/>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor günlüğünü ne bir dosyaya ne de sistem günlüğüne yazıyor.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="405"/>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor günlüğünü nereye yazdığını söylemedi (%1).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="410"/>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>Önceki iletiler gösterilmiyor: %1 Yeni iletiler geldikçe görünür.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="482"/>
        <source>Save messages</source>
        <translation>İletileri kaydet</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="482"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Günlük dosyaları (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="491"/>
        <source>Messages not saved</source>
        <translation>İletiler kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="492"/>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
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
        <translation>OnionPanel ana alanı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="62"/>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Deneme ağı — anonim değil. Bu, bu bilgisayardaki özel bir alıştırma Tor ağıdır; burada yaptığınız hiçbir şey gizli değildir.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="66"/>
        <source>Sandbox warning</source>
        <translation>Deneme ağı uyarısı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="69"/>
        <source>No system tray</source>
        <translation>Sistem tepsisi yok</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="80"/>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="85"/>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="93"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="116"/>
        <source>Close window</source>
        <translation>Pencereyi kapat</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="121"/>
        <source>Show page {number}</source>
        <translation>{number}. sayfayı göster</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/main_window.py" line="134"/>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — Deneme ağı, anonim değil</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/panel.py" line="94"/>
        <source>New Identity</source>
        <translation>Yeni kimlik</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="174"/>
        <source>Relay map</source>
        <translation>Aktarıcı haritası</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="177"/>
        <source>World map of relays; arrows pan, plus and minus zoom, C and Shift+C pick a circuit, F fits it</source>
        <translation>Aktarıcıların dünya haritası; oklar kaydırır, artı ve eksi yakınlaştırır, C ve Shift+C bir devre seçer, F onu sığdırır</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="548"/>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Koruma</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="549"/>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Çıkış</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="550"/>
        <source>Other relay</source>
        <translation>Diğer aktarıcı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="553"/>
        <source>Dot size: bandwidth</source>
        <translation>Nokta boyutu: bant genişliği</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="671"/>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Bant genişliği: {bw} kB/s
{fp}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="680"/>
        <source>Circuit {id}</source>
        <translation>Devre {id}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="693"/>
        <source>Relay map page</source>
        <translation>Aktarıcı haritası sayfası</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="698"/>
        <source>Location source</source>
        <translation>Konum kaynağı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="700"/>
        <source>Relay count</source>
        <translation>Aktarıcı sayısı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="704"/>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="705"/>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="707"/>
        <source>Fit circuit</source>
        <translation>Devreyi sığdır</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="708"/>
        <source>Fit the selected circuit</source>
        <translation>Seçili devreyi sığdır</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="711"/>
        <source>World</source>
        <translation>Dünya</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="711"/>
        <source>Show the whole world</source>
        <translation>Tüm dünyayı göster</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="732"/>
        <source>Locations: {source}</source>
        <translation>Konumlar: {source}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="732"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/map_view.py" line="741"/>
        <source>{placed} of {total} relays placed</source>
        <translation>{total} aktarıcıdan {placed} tanesi yerleştirildi</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="137"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="278"/>
        <source>Not connected to tor.</source>
        <translation>Tor&apos;a bağlı değil.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="177"/>
        <source>New Identity failed: {reason}</source>
        <translation>Yeni kimlik başarısız oldu: {reason}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="179"/>
        <location filename="../onionpanel/ui/circuits/identity.py" line="233"/>
        <source>New Identity</source>
        <translation>Yeni kimlik</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="185"/>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Yeni bir kimlik zaten yolda: Tor {seconds} sn içinde geçiş yapacak.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="188"/>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor her 10 saniyede bir yeni kimliğe izin verir: {seconds} sn içinde geçiş yapacak.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="193"/>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Yeni kimlik: yeni bağlantılar yeni devreler alır. Yeni çıkışı göstermek için trafik bekleniyor…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="240"/>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="244"/>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor aynı çıkışı yeniden kullandı: {exit}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/circuits/identity.py" line="247"/>
        <source>New identity: exit {exit}.</source>
        <translation>Yeni kimlik: çıkış {exit}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/circuits/identity.py" line="259"/>
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>{exit} üzerinden geçen %n devre kapatıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/circuits/identity.py" line="270"/>
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>{host} sunucusuna giden %n devre kapatıldı: sonraki bağlantısı yeni bir devre alacak.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <location filename="../onionpanel/ui/status/notices.py" line="34"/>
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Saatiniz {source} kaynağının %n saniye gerisinde. Tor&apos;un doğru bir saate ihtiyacı var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/status/notices.py" line="38"/>
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Saatiniz {source} kaynağının %n saniye ilerisinde. Tor&apos;un doğru bir saate ihtiyacı var.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="49"/>
        <source>the network consensus</source>
        <translation>ağ uzlaşması</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="51"/>
        <source>the relay at {address}</source>
        <translation>{address} adresindeki aktarıcı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="53"/>
        <source>the directory server at {address}</source>
        <translation>{address} adresindeki dizin sunucusu</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="54"/>
        <source>the Tor network</source>
        <translation>Tor ağı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="58"/>
        <source>Tor has trouble connecting: {warning} (reason: {reason}).</source>
        <translation>Tor bağlanmakta zorlanıyor: {warning} (neden: {reason}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="60"/>
        <source>no details</source>
        <translation>ayrıntı yok</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="67"/>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Bir uygulama, genellikle şifrelenmemiş parolalar taşıyan {port} bağlantı noktasına bağlandı. Tor bağlantıyı reddetti.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="73"/>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Bir uygulama, genellikle şifrelenmemiş parolalar taşıyan {port} bağlantı noktasına bağlandı. Tor bağlantıya izin verdi.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="82"/>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Bir uygulama Tor&apos;a {protocol} üzerinden yalnızca bir IP adresi ({address}) verdi; yani adı büyük olasılıkla Tor dışında çözdü (DNS sızıntısı).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="95"/>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Bir uygulama Tor&apos;un SOCKS bağlantı noktasıyla bilinmeyen bir protokolle konuştu.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="98"/>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Bir uygulama Tor&apos;dan geçersiz bir sunucu adı istedi: {hostname}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="101"/>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>DNS sağlayıcınız sahte adreslerle yanıt veriyor (DNS ele geçirme). Bu aktarıcı çıkış olmamalı.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="106"/>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>DNS sağlayıcınız her sorguda başarısız oluyor, bu yüzden çıkış trafiği çözülemiyor.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="109"/>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Bu Tor ({current}) eski; ağın önerdiği: {recommended}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="112"/>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>Tor ağı bu Tor sürümünü ({current}) tehlikeli sayıyor.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="115"/>
        <source>Tor has too many open connections ({count}).</source>
        <translation>Tor&apos;un çok fazla açık bağlantısı var ({count}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="118"/>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>Yönlendirme yapılandırması, Tor&apos;un dinlemediği bir bağlantı noktası bildiriyor; bu yüzden Tor&apos;un ya da yönlendirmenin yapılandırması düzeltilene kadar o kip veya profil çalışamaz: {problem}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="123"/>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor bir iç hatayla karşılaştı: {reason}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="126"/>
        <source>Tor can build circuits again.</source>
        <translation>Tor yeniden devre kurabiliyor.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="127"/>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor şu anda devre kuramıyor ({reason}).</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="136"/>
        <source>Tor reported {kind}.</source>
        <translation>Tor şunu bildirdi: {kind}.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="152"/>
        <source>Not connected</source>
        <translation>Bağlı değil</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="154"/>
        <source>Connecting to Tor…</source>
        <translation>Tor&apos;a bağlanılıyor…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="156"/>
        <source>Authenticating…</source>
        <translation>Kimlik doğrulanıyor…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="158"/>
        <source>Reconnecting…</source>
        <translation>Yeniden bağlanılıyor…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="161"/>
        <source>Connected</source>
        <translation>Bağlandı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="162"/>
        <source>starting</source>
        <translation>başlatılıyor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="163"/>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>Önyükleme %{percent}: {summary}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="170"/>
        <source>None (open control port)</source>
        <translation>Yok (açık denetim bağlantı noktası)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="171"/>
        <source>Cookie file</source>
        <translation>Çerez dosyası</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="172"/>
        <source>Safe cookie</source>
        <translation>Güvenli çerez</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="173"/>
        <source>Password</source>
        <translation>Parola</translation>
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
        <translation>önerilen</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="187"/>
        <source>obsolete, please update</source>
        <translation>eskimiş, lütfen güncelleyin</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="188"/>
        <source>not recommended, please update</source>
        <translation>önerilmiyor, lütfen güncelleyin</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="189"/>
        <source>old</source>
        <translation>eski</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="190"/>
        <location filename="../onionpanel/ui/status/notices.py" line="191"/>
        <source>newer than recommended</source>
        <translation>önerilenden yeni</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/notices.py" line="194"/>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
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
        <translation>Tor denetim parolası</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="42"/>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>{endpoint} adresindeki Tor denetim parolasını istiyor.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="47"/>
        <source>Explanation</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="50"/>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor bu parolayı reddetti. Lütfen yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="52"/>
        <source>Password rejected</source>
        <translation>Parola reddedildi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="56"/>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="57"/>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="59"/>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>Masaüstü anahtarlığında &amp;hatırla</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="60"/>
        <source>Remember in the desktop keyring</source>
        <translation>Masaüstü anahtarlığında hatırla</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="68"/>
        <source>Why the keyring is unavailable</source>
        <translation>Anahtarlık neden kullanılamıyor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/dialogs.py" line="76"/>
        <source>Dialog buttons</source>
        <translation>İletişim kutusu düğmeleri</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="252"/>
        <source>Relay details</source>
        <translation>Aktarıcı ayrıntıları</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="259"/>
        <source>Nickname</source>
        <translation>Takma ad</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="260"/>
        <source>Fingerprint</source>
        <translation>Parmak izi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="261"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="262"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="263"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="264"/>
        <source>Flags</source>
        <translation>Bayraklar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="265"/>
        <source>Bandwidth (consensus)</source>
        <translation>Bant genişliği (uzlaşma)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="266"/>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="267"/>
        <source>Published</source>
        <translation>Yayımlanma</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="268"/>
        <source>Uptime</source>
        <translation>Çalışma süresi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="269"/>
        <source>Exit policy summary</source>
        <translation>Çıkış ilkesi özeti</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="270"/>
        <source>Exit policy</source>
        <translation>Çıkış ilkesi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="271"/>
        <source>Family</source>
        <translation>Aile</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="272"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="273"/>
        <source>Contact</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="286"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="287"/>
        <source>Copy {field}</source>
        <translation>{field} kopyala</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="314"/>
        <source>not in a microdescriptor consensus</source>
        <translation>mikro tanımlayıcı uzlaşmasında yok</translation>
    </message>
</context>
<context>
    <name>RelayListView</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="352"/>
        <source>Relay list</source>
        <translation>Aktarıcı listesi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="357"/>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Takma ad, parmak izi veya IP ara</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="358"/>
        <source>Search relays</source>
        <translation>Aktarıcılarda ara</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="361"/>
        <source>Filter by flag</source>
        <translation>Bayrağa göre süz</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="362"/>
        <source>All flags</source>
        <translation>Tüm bayraklar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="366"/>
        <source>Filter by country</source>
        <translation>Ülkeye göre süz</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="369"/>
        <source>Relays</source>
        <translation>Aktarıcılar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="385"/>
        <source>Relays shown</source>
        <translation>Gösterilen aktarıcılar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="405"/>
        <source>Relay details</source>
        <translation>Aktarıcı ayrıntıları</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="427"/>
        <source>All countries</source>
        <translation>Tüm ülkeler</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="446"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="39"/>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>şehir</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="43"/>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>ülke</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="47"/>
        <source>{name} ({kind} database)</source>
        <translation>{name} ({kind} veritabanı)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="49"/>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>Tor&apos;un GeoIP verisi (yalnızca ülkeler)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="50"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="110"/>
        <source>Relays</source>
        <translation>Aktarıcılar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/page.py" line="129"/>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}; deneme ağı aktarıcıları uydurma yerlerde</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="86"/>
        <source>Nickname</source>
        <translation>Takma ad</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="87"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="88"/>
        <source>Flags</source>
        <translation>Bayraklar</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="89"/>
        <source>Bandwidth</source>
        <translation>Bant genişliği</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="90"/>
        <source>IP address</source>
        <translation>IP adresi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="91"/>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/relays/table.py" line="92"/>
        <source>Uptime</source>
        <translation>Çalışma süresi</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="57"/>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>Yönlendirme yardımcısına ulaşmak için sistem veri yolu yok: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="90"/>
        <source>The routing helper is not available.</source>
        <translation>Yönlendirme yardımcısı kullanılamıyor.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="97"/>
        <source>The routing helper did not answer: {error}</source>
        <translation>Yönlendirme yardımcısı yanıt vermedi: {error}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/client.py" line="105"/>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>Yönlendirme yardımcısı kurulu değil ya da çalışmıyor ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="29"/>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Kapalı (yalnızca Tor için ayarlanmış programlar kullanır)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="30"/>
        <source>Tor (all traffic)</source>
        <translation>Tor (tüm trafik)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="31"/>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Tam kilit (Tor&apos;un kendisi dışında hiçbir şey çıkmaz)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="32"/>
        <source>not applied</source>
        <translation>uygulanmadı</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="35"/>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, {profile} için doğrudan erişimle</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="46"/>
        <source>&amp;Routing</source>
        <translation>&amp;Yönlendirme</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="47"/>
        <source>Routing</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="48"/>
        <source>Asking the routing helper…</source>
        <translation>Yönlendirme yardımcısına soruluyor…</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="51"/>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>Deneme ağının kendi yönlendirme yardımcısı ağıyla birlikte başlıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/routing/menu.py" line="81"/>
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Şimdi: {mode} (%n dk sonra Tor&apos;a dönülecek)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="82"/>
        <location filename="../onionpanel/ui/routing/menu.py" line="119"/>
        <source>Now: {mode}</source>
        <translation>Şimdi: {mode}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="88"/>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Tor&apos;a dön ({profile} için doğrudan erişimi bitir)</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="90"/>
        <source>Open {app} in {profile}</source>
        <translation>{app} uygulamasını {profile} içinde aç</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="92"/>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>{minutes} dk doğrudan erişim: {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="95"/>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Ben geri dönene kadar doğrudan erişim: {profile}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="110"/>
        <source>Clearnet on for {profile}</source>
        <translation>{profile} için doğrudan erişim açık</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="115"/>
        <source>Another program removed OnionPanel&apos;s firewall table; {mode} is applied again.</source>
        <translation>Başka bir program OnionPanel&apos;in güvenlik duvarı tablosunu sildi; {mode} yeniden uygulandı.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="118"/>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>Doğrudan erişim süresi doldu: {mode} kipine dönüldü.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/routing/menu.py" line="122"/>
        <source>{program} did not start.</source>
        <translation>{program} başlamadı.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="41"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="51"/>
        <source>Connection state</source>
        <translation>Bağlantı durumu</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="57"/>
        <source>Progress details</source>
        <translation>İlerleme ayrıntıları</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="63"/>
        <source>Bootstrap progress</source>
        <translation>Önyükleme ilerlemesi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="76"/>
        <source>Connection error</source>
        <translation>Bağlantı hatası</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="94"/>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="95"/>
        <source>Tor details</source>
        <translation>Tor ayrıntıları</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="98"/>
        <source>Tor version</source>
        <translation>Tor sürümü</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="99"/>
        <source>Control endpoint</source>
        <translation>Denetim uç noktası</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="100"/>
        <source>Authentication method</source>
        <translation>Kimlik doğrulama yöntemi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="101"/>
        <source>Version:</source>
        <translation>Sürüm:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="102"/>
        <source>Control port:</source>
        <translation>Denetim bağlantı noktası:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="103"/>
        <source>Authentication:</source>
        <translation>Kimlik doğrulama:</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="107"/>
        <location filename="../onionpanel/ui/status/page.py" line="108"/>
        <source>Notices from Tor</source>
        <translation>Tor&apos;dan bildirimler</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="111"/>
        <source>Notices</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="115"/>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor ilgilenilmesi gereken bir şey bildirmedi.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="116"/>
        <source>No notices</source>
        <translation>Bildirim yok</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="130"/>
        <source>%p %</source>
        <translation>%%p</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="132"/>
        <source>not connected</source>
        <translation>bağlı değil</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/status/page.py" line="134"/>
        <source>waiting for Tor</source>
        <translation>Tor bekleniyor</translation>
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
        <translation>Kendi Tor&apos;unuz başlatılıyor…</translation>
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
        <translation>Deneme ağı — anonim değil</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="77"/>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="189"/>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME, “AppIndicator and KStatusNotifierItem Support” eklentisi kurulup etkinleştirilmedikçe tepsi simgelerini göstermez. OnionPanel bunun yerine bu pencereyi açık tutar; pencereyi kapatmak OnionPanel&apos;den çıkar.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="195"/>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>Bu masaüstünde sistem tepsisi yok (StatusNotifierItem sunucusu bulunamadı). OnionPanel bunun yerine bu pencereyi açık tutar; pencereyi kapatmak OnionPanel&apos;den çıkar.</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="210"/>
        <source>OnionPanel tray menu</source>
        <translation>OnionPanel tepsi menüsü</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="211"/>
        <source>&amp;Open panel</source>
        <translation>Paneli &amp;aç</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="212"/>
        <source>&amp;New Identity</source>
        <translation>Yeni &amp;kimlik</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/shell/tray.py" line="217"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
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
        <translation>%1/sn</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="62"/>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation>MB/sn</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="64"/>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>kB/sn</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="71"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 sn</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="74"/>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="77"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/common/units.py" line="80"/>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 gün %2 sa</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="248"/>
        <source>Tor reported an error</source>
        <translation>Tor bir hata bildirdi</translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="250"/>
        <source>Tor reported a warning</source>
        <translation>Tor bir uyarı bildirdi</translation>
    </message>
    <message numerus="yes">
        <location filename="../onionpanel/ui/log/page.py" line="254"/>
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor %n uyarı veya hata bildirdi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../onionpanel/ui/log/page.py" line="255"/>
        <source>The most serious: %1</source>
        <translation>En ciddisi: %1</translation>
    </message>
</context>
</TS>
