<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>Sütun başlıkları</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Satır başlıkları</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Tümünü seç</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: seçenekler</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 saniye</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>5 saniye</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 saniye</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 dakika</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 dakika</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 saat</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n saniye</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>Veri toplanıyor: her saniye bir nokta.</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>Veri toplanıyor: her dakika bir nokta.</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>Veri toplanıyor: her saat bir nokta.</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>Veri toplanıyor: her %1 bir nokta.</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>Bant genişliği grafiği</translation>
    </message>
    <message>
        <source>now</source>
        <translation>şimdi</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 önce</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>Bant genişliği</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>Grafik aralığı</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>Grafikteki her nokta bu sürenin ortalamasıdır</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Aralık:</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>Şu anki indirme hızı</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>Şu anki yükleme hızı</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>Tor başladığından beri alınan</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>Tor başladığından beri gönderilen</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>Alınan (indirme)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>Gönderilen (yükleme)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>İndirme hızı:</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>Yükleme hızı:</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>Tor başladığından beri alınan:</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>Tor başladığından beri gönderilen:</translation>
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
        <translation>Devre %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>Amaç: %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>Kurulum bayrakları: %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>Durum: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Neden: %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>akış %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>Devre {id}: {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Trafik: {received} alındı, {sent} gönderildi</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>Kuruluyor</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>Koruma bekleniyor</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Hazır</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Kapandı</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>Genel</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>Genel (conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, bağlanıyor</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion istemcisi, tanıtım</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion istemcisi, buluşma</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion istemcisi, dizin</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion hizmeti, tanıtım</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion hizmeti, buluşma</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion hizmeti, dizin</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Onion öncüleri</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Zaman aşımı ölçümü</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Denetleyici</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Sınama</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Dolgu</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Yol yanlılığı sınaması</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Çözülüyor</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Adres yeniden eşlendi</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>Bağlanıyor</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>Bağlandı</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>Ayrıldı</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Kapandı</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>{target} hedefine {id} akışı</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>Kaynak: {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>{profile} içinde “{app}” uygulaması</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>“%s” uygulaması</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>profil %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>Tor&apos;un dizin indirmesi</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>{address} adresinden {interface} üzerinden</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>şeffaf vekil sunucu</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>DNS bağlantı noktası</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, dinleyici {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>Devre / aktarıcı / akış</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>Durum / ülke</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>Amaç / adres / kaynak</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>Yaş / bayraklar / trafik</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>Yol / parmak izi</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>Devreler ve akışlar</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Tor&apos;un &amp;iç devrelerini göster</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Tor&apos;un iç devrelerini göster</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Onion hizmeti altyapısı, dizin indirmeleri ve zaman aşımı testleri</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>&amp;Yolu kopyala</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>Bu sunucu için &amp;yeni devre</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Tor&apos;a bağlı değil. OnionPanel bağlandığında devreler burada görünür; Durum sayfası neyi beklediğini söyler.</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>Tor&apos;un şu anda yalnızca kendi iç devreleri var. Görmek için “Tor&apos;un iç devrelerini göster”i işaretleyin; sizinkiler bir uygulama Tor üzerinden bağlandığında görünür.</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>Tor&apos;un henüz devresi yok. Ağa ulaşınca devre kurar; burası boş kalırsa Günlük sayfası nedenini söyler.</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>&amp;Devreyi kapat</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>&amp;Akışı kapat</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>Yol&amp;u kopyala</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>Bu &amp;sunucu için yeni devre</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Bu sunucuyu taşıyan devreleri kapatır, böylece sonraki bağlantısı yeni bir devre alır</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>Neden hiç devre yok</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>Devreler, aktarıcıları ve akışları</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Tor&apos;a bağlı değil.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>Yapılandırma</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>Tor&apos;un ne yapmak üzere yapılandırıldığı. OnionPanel bunu yalnızca gösterir: bir ayarı geldiği yerde değiştirin, sonra Tor&apos;u yeniden yükleyin.</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>Uygulamaların hangi bağlantı noktasını kullanacağı</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Yapılandırma dosyaları</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>Yapılandırma hakkında notlar</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Tor&apos;a bağlı değil.</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>Tor yapılandırması</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ayar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Anlamı</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>Nerede değiştirilir</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>Yapılandırma sütunları</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>Köprü adreslerini göster</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>Nerede değiştirileceğini kopyala</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>Seçili ayarın nerede değiştirileceğini kopyala</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Satırı kopyala</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>Seçili ayarın satırını kopyala</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Yeniden yükle</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>Yapılandırmayı yeniden oku</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Bağlantı noktaları</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Köprüler</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>Onion hizmetleri</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Aktarıcı</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Diğer seçenekler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>Tor hiçbir bağlantı noktasını dinlemiyor</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>bayraklar: {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (dinlemiyor)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>Tor yalnızca köprüler üzerinden bağlanır</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>Tor, Tor ağına doğrudan bağlanır</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>bir köprü taşıyıcısını konuşan program</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>düz</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>gizli</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>Köprü ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>bu Tor hiçbir onion sitesi sunmuyor</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>sunucu adı okunamıyor: {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>bağlantı noktaları (onion bağlantı noktası, sonra gittiği yer): {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>anahtarlar {directory} içinde</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>Onion hizmeti</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>bu Tor yalnızca istemci (ORPort yok)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>köprü</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>aktarıcı</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>bu Tor başkalarının trafiğini taşır</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Takma ad</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Parmak izi</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>henüz bilinmiyor</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erişilebilir</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>Tor&apos;un öz sınaması</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Hesap tutma</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>Tor hiçbir SOCKS bağlantı noktası sunmuyor, bu yüzden uygulamalar onu doğrudan kullanamaz. torrc içindeki bir SocksPort satırı bir tane ekler.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>E-posta istemcisi gibi uygulamalar: vekil sunucularını SOCKS5 soketi {path} olarak ayarlayın ve adları vekil sunucunun çözmesine izin verin. {where} konumunda değiştirin.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>E-posta istemcisi gibi uygulamalar: vekil sunucularını SOCKS5, sunucu {host}, bağlantı noktası {port} olarak ayarlayın ve adları vekil sunucunun çözmesine izin verin. Bağlantı noktasını {where} konumunda değiştirin.</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc: {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>varsayılanlar: {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS: configuration.nix içinde services.tor&apos;u değiştirin</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>uygulamalar için SOCKS5 vekil sunucusu (tarayıcı, e-posta, sohbet)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>SOCKS kullanamayan uygulamalar için HTTP CONNECT vekil sunucusu</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>saydam vekil sunucu: güvenlik duvarı kuralları bağlantıları buraya yönlendirir</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>natd tarzında saydam vekil sunucu</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>Tor üzerinden soran DNS çözümleyici</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>denetim bağlantı noktası: bu panel gibi programlar</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>denetim soketi: bu panel gibi programlar</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>aktarıcı bağlantı noktası: diğer aktarıcılar ve istemciler buraya bağlanır</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>bu aktarıcının dizin bağlantı noktası</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>bu köprünün takılabilir taşıyıcıları için bağlantı noktası</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>izleme araçları için ölçümler</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>diğer bağlantı noktalarından gelen akışlar devrelerini asla paylaşmaz</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>devreleri {group} oturum grubunun diğer bağlantı noktalarıyla paylaşır</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>her istemci adresi kendi devrelerini alır</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>farklı adreslerdeki istemciler devreleri paylaşabilir</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>her SOCKS kullanıcı adı ve parolası kendi devrelerini alır</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>SOCKS kullanıcı adları ve parolaları devreleri ayırmaz</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>her protokol (SOCKS 4, SOCKS 5, HTTP, DNS...) kendi devrelerini alır</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>her hedef adres kendi devrelerini alır</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>her hedef bağlantı noktası kendi devrelerini alır</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>SOCKS kimlik doğrulamalı devreler kullanımdayken açık kalır</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>bağlı</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>bağlanmaya çalışıyor</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>bağlanamıyor</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>kullanılmıyor (UseBridges kapalı)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>henüz denenmedi</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>varsayılanlar dosyası</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>Tor&apos;un komut satırı</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>Tor&apos;un yerleşik varsayılanı</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>Tor çalışırken değiştirildi (bir denetleyici tarafından)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>bilinmiyor (bir dosya okunamıyor)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>torrc içinde bildirildi</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>denetim bağlantı noktasından eklendi, kapandıktan sonra da kaldı</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>bu panelin denetim bağlantısından eklendi</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>henüz bilinmiyor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>henüz değil</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>Tor bulunamadı</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>Bu bilgisayarda yanıt veren bir Tor yok.</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel size ait bir Tor başlatabilir: sizin kullanıcınızla çalışır, verilerini durum klasörünüzde tutar ve OnionPanel kapanınca durur. Sistemin Tor&apos;una ya da yapılandırmasına asla dokunmaz.</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>Kendi Tor&apos;umu &amp;başlat</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>Kendi Tor&apos;umu başlat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel, Tor&apos;un kimlik doğrulama çerezini okuyamıyor: {path} ({detail}).</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>O Tor&apos;un sahibinden çerezini üyesi olduğunuz bir grubun okuyabileceği hâle getirmesini isteyin, ardından oturumu kapatıp yeniden açın.</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>Dosya “{group}” grubuna ait. Bu gruba katılın: sudo usermod -aG {group} {user}, ardından oturumu kapatıp yeniden açın. NixOS&apos;ta yapılandırmanıza users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; ekleyin ve nixos-rebuild switch çalıştırın.</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>{path} dizininin sahibi {owner}:{group}, izinleri {mode}; bu yüzden yalnızca {owner} onu açabilir, bir gruba katılmak işe yaramaz. Tor&apos;un çerezini kendi grubunun okuyabileceği hâle getirmesini sağlayın (torrc dosyasında CookieAuthFileGroupReadable 1; Debian&apos;ın tor&apos;u debian-tor grubu için böyle yapar) ya da Tor&apos;un denetim soketini ControlSocketsGroupWritable 1 ile kullanın (NixOS&apos;ta: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Çerez dosyasının sahibi {owner}:{group}, izinleri {mode}; bu yüzden yalnızca {owner} onu açabilir, bir gruba katılmak işe yaramaz. Tor&apos;un çerezini kendi grubunun okuyabileceği hâle getirmesini sağlayın (torrc dosyasında CookieAuthFileGroupReadable 1; Debian&apos;ın tor&apos;u debian-tor grubu için böyle yapar) ya da Tor&apos;un denetim soketini ControlSocketsGroupWritable 1 ile kullanın (NixOS&apos;ta: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>Hiçbir Tor denetim bağlantı noktası yanıt vermiyor. Denenenler:
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(hiçbiri)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>{endpoint} adresindeki Tor parolayı reddetti.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>{endpoint} adresindeki Tor bir denetim parolası istiyor, ancak parola verilmedi.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>{endpoint} adresindeki Tor, OnionPanel&apos;in desteklediği hiçbir oturum açma yolu sunmuyor ({offered}).</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint}, Tor&apos;un denetim protokolünü konuşmuyor ({detail}).</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>Tor başlamadı: {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>Deneme ağı başlamadı: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>Yeni kimlik</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>Yeni &amp;kimlik</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Yeni bağlantılar için yeni devreler ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>Yeni kimlik sonucu</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>O çıkıştan geçen devreleri &amp;bırak</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>O çıkıştan geçen devreleri bırak</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>Python “keyring” paketi kurulu değil, bu yüzden güvenli bir yer yok.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>Masaüstü anahtarlığına ulaşılamıyor: {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>Bu oturumda çalışan bir masaüstü anahtarlığı (Secret Service) yok.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel bu dili bir sonraki açılışta kullanacak.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>Devreler</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Aktarıcılar</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bant genişliği</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Yapılandırma</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Tor&apos;a bağlı değil.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>Önem</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Tekrarlar</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>%n kez tekrarlandı, sonuncusu %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>Hata ayıklama</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>İleti günlüğü</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Gösterilen en düşük önem</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>Bu önem düzeyindeki ve üstündeki iletileri göster</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>Ö&amp;nem:</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>İletilerde ara</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>&amp;Bilgi/hata ayıklama iletilerini göster</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>Bilgi ve hata ayıklama iletilerini göster</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Bu sayfa açıkken Tor&apos;dan bilgi ve hata ayıklama iletilerini ister. Bunlar çoktur.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>Seçili iletileri kopyala</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Seçili iletileri, hiçbiri seçili değilse gösterilenlerin tümünü kopyalar</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Kay&amp;det…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>Gösterilen iletileri bir dosyaya kaydet</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>Önceki iletiler</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>Tor iletileri</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Tekrarlar</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>Tor&apos;un günlük dosyası okunamıyor (%1).</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>sistem günlüğü size Tor&apos;dan hiçbir ileti göstermiyor. “systemd-journal” veya “adm” grubunun üyeleri bunları okuyabilir.</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor sistem günlüğüne yazıyor, ancak journalctl kullanılamıyor.</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor günlüğünü ne bir dosyaya ne de sistem günlüğüne yazıyor.</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor günlüğünü nereye yazdığını söylemedi (%1).</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>Önceki iletiler gösterilmiyor: %1 Yeni iletiler geldikçe görünür.</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>İletileri kaydet</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Günlük dosyaları (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>İletiler kaydedilmedi</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
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
        <translation>OnionPanel ana alanı</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Deneme ağı — anonim değil. Bu, bu bilgisayardaki özel bir alıştırma Tor ağıdır; burada yaptığınız hiçbir şey gizli değildir.</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>Deneme ağı uyarısı</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Sistem tepsisi yok</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Pencereyi kapat</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>{number}. sayfayı göster</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — Deneme ağı, anonim değil</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Yeni kimlik</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>Aktarıcı haritası</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>Aktarıcıların dünya haritası; oklar kaydırır, artı ve eksi yakınlaştırır, N ve P sonraki ya da önceki devreyi seçer, Escape hiçbirini, F seçili devreyi sığdırır</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Koruma</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>Diğer aktarıcı</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>Nokta boyutu: bant genişliği</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Bant genişliği: {bw} kB/s
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>Burada %n aktarıcı var; yakınlaştırmak için tıklayın</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>Devre {id}</translation>
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
        <translation>Aktarıcı haritası sayfası</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>Konum kaynağı</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>Aktarıcı sayısı</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>Devreyi sığdır</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>Seçili devreyi sığdır</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Dünya</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>Tüm dünyayı göster</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>Önce bir devre seçin: çizgisine tıklayın ya da haritada N tuşuna basın</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>Konumlar: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>{total} aktarıcıdan {placed} tanesi yerleştirildi</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Tor&apos;a bağlı değil.</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>Yeni kimlik başarısız oldu: {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Yeni kimlik</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Yeni bir kimlik zaten yolda: Tor {seconds} sn içinde geçiş yapacak.</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor her 10 saniyede bir yeni kimliğe izin verir: {seconds} sn içinde geçiş yapacak.</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Yeni kimlik: yeni bağlantılar yeni devreler alır. Yeni çıkışı göstermek için trafik bekleniyor…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor aynı çıkışı yeniden kullandı: {exit}.</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>Yeni kimlik: çıkış {exit}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>{exit} üzerinden geçen %n devre kapatıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>{host} sunucusuna giden %n devre kapatıldı: sonraki bağlantısı yeni bir devre alacak.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Saatiniz {source} kaynağının %n saniye gerisinde. Tor&apos;un doğru bir saate ihtiyacı var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Saatiniz {source} kaynağının %n saniye ilerisinde. Tor&apos;un doğru bir saate ihtiyacı var.</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>ağ uzlaşması</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>{address} adresindeki aktarıcı</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>{address} adresindeki dizin sunucusu</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>Tor ağı</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>Tor bağlanmakta zorlanıyor: {reason} ({warning}).</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>Tor bağlanmakta zorlanıyor: {reason}.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Bir uygulama, genellikle şifrelenmemiş parolalar taşıyan {port} bağlantı noktasına bağlandı. Tor bağlantıyı reddetti.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Bir uygulama, genellikle şifrelenmemiş parolalar taşıyan {port} bağlantı noktasına bağlandı. Tor bağlantıya izin verdi.</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Bir uygulama Tor&apos;a {protocol} üzerinden yalnızca bir IP adresi ({address}) verdi; yani adı büyük olasılıkla Tor dışında çözdü (DNS sızıntısı).</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>bu bilgisayarın adresi değişti</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>hiçbir dizin sunucusuna ulaşılamıyor</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>saat sıçradı</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>neden belirtilmedi</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Devre listesi yüklenemedi: {problem} OnionPanel yeniden bağlandığında tekrar dener.</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Tor&apos;un günlüğü yüklenemedi: {problem} OnionPanel yeniden bağlandığında tekrar dener.</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Tor&apos;un yapılandırması okunamadı: {problem} OnionPanel yeniden bağlandığında tekrar dener.</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Aktarıcı listesi yüklenemedi: {problem} OnionPanel yeniden bağlandığında tekrar dener.</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>OnionPanel&apos;in bir arka plan görevi başarısız oldu: {problem} OnionPanel yeniden bağlandığında tekrar dener.</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>Tor&apos;un aktarıcı listesinin tamamı kullanılamadı, %n sorun: {problems} OnionPanel yeniden bağlandığında tekrar dener.</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Bir uygulama Tor&apos;un SOCKS bağlantı noktasıyla bilinmeyen bir protokolle konuştu.</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Bir uygulama Tor&apos;dan geçersiz bir sunucu adı istedi: {hostname}.</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>DNS sağlayıcınız sahte adreslerle yanıt veriyor (DNS ele geçirme). Bu aktarıcı çıkış olmamalı.</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>DNS sağlayıcınız her sorguda başarısız oluyor, bu yüzden çıkış trafiği çözülemiyor.</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Bu Tor ({current}) eski; ağın önerdiği: {recommended}.</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>Tor ağı bu Tor sürümünü ({current}) tehlikeli sayıyor.</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>Tor&apos;un çok fazla açık bağlantısı var ({count}).</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>Yönlendirme yapılandırması, Tor&apos;un dinlemediği bir bağlantı noktası bildiriyor; bu yüzden Tor&apos;un ya da yönlendirmenin yapılandırması düzeltilene kadar o kip veya profil çalışamaz: {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>Tor&apos;a yeniden bağlanılıyor: {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor bir iç hatayla karşılaştı: {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>Tor yeniden devre kurabiliyor.</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor şu anda devre kuramıyor ({reason}).</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>Tor şunu bildirdi: {kind}.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Bağlı değil</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Tor&apos;a bağlanılıyor…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Kimlik doğrulanıyor…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Yeniden bağlanılıyor…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Bağlandı</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>başlatılıyor</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>Önyükleme %{percent}: {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>Yok (açık denetim bağlantı noktası)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Çerez dosyası</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>Güvenli çerez</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>önerilen</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>eskimiş, lütfen güncelleyin</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>önerilmiyor, lütfen güncelleyin</translation>
    </message>
    <message>
        <source>old</source>
        <translation>eski</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>önerilenden yeni</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>henüz değerlendirilmedi: Tor&apos;un önerilen sürümleri listeleyen bir uzlaşması yok</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>henüz değerlendirilmedi: Tor önerilip önerilmediğini söylemedi</translation>
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
        <translation>&amp;Oturumumla birlikte başlat</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>Otomatik başlatma kaydı değiştirilemedi: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>Tor denetim parolası</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>{endpoint} adresindeki Tor denetim parolasını istiyor.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor bu parolayı reddetti. Lütfen yeniden deneyin.</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>Parola reddedildi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>Masaüstü anahtarlığında &amp;hatırla</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>Masaüstü anahtarlığında hatırla</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>Anahtarlık neden kullanılamıyor</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>İletişim kutusu düğmeleri</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>bir aktarıcı protokolü çiğnedi</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>iç hata</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>istek üzerine</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>bir aktarıcı uykuda</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>bir aktarıcının kaynakları tükendi</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>bir aktarıcıya ulaşılamadı</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>bir aktarıcının kimliği yanlıştı</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>bir aktarıcıyla bağlantı kapandı</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>tükendi</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>zaman aşımı</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>bir aktarıcı kapattı</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>ağda yol yok</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>böyle bir onion hizmeti yok</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>zaman aşımı ölçümü bitti</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>artık gerekmiyor</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>ad çözümlenemedi</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>hedef bağlantıyı reddetti</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>çıkış buna izin vermiyor</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>devresi kapandı</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>hedefe rota yok</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>çıkış uykuda</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>çıkışın kaynakları tükendi</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>bağlantı sıfırlandı</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>dizin değil</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>özel adres, reddedildi</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>hiçbir devre onu taşıyamadı</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>bir aktarıcı bağlantıyı kapattı</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>bir aktarıcı bağlantıyı reddetti</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>bir aktarıcıyla bağlantı sıfırlandı</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>bir aktarıcıyla bağlantı zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>bir aktarıcıya rota yok (bu bilgisayar çevrimiçi mi?)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>bir aktarıcıyla bağlantı okuyamadı ya da yazamadı</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>bu bilgisayarın bağlantıları ya da belleği tükendi</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>bir takılabilir taşıyıcı eksik</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>bir aktarıcıyla bağlantı başarısız oldu</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>Aktarıcı ayrıntıları</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>Tor&apos;un onun hakkında bildiklerini görmek için listeden bir aktarıcı seçin ya da haritada birine tıklayın.</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>Aktarıcı seçilmedi</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Takma ad</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Parmak izi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bayraklar</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>Bant genişliği (uzlaşma)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Yayımlanma</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Çalışma süresi</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>Çıkış ilkesi özeti</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>Çıkış ilkesi</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Aile</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>{field} kopyala</translation>
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
        <translation>Yetkili</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>Kötü çıkış</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Hızlı</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Koruma</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>Onion dizini</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>Yalnızca orta</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>Ed uzlaşması yok</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Çalışıyor</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Kararlı</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>Eski tanımlayıcı</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>Sybil</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>Dizin</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geçerli</translation>
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
        <translation>Aktarıcı listesi</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Takma ad, parmak izi veya IP ara</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>Aktarıcılarda ara</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>Bayrağa göre süz</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Tüm bayraklar</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Ülkeye göre süz</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Aktarıcılar</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>Gösterilen aktarıcılar</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>Aktarıcı ayrıntıları</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tüm ülkeler</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>şehir</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>ülke</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} ({kind} veritabanı)</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>Tor&apos;un GeoIP verisi (yalnızca ülkeler)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Aktarıcılar</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>Neden hiç aktarıcı yok</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}; deneme ağı aktarıcıları uydurma yerlerde</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>Tor henüz OnionPanel&apos;e aktarıcı listesi vermedi. Ağın uzlaşmasını indirdiğinde bir listesi olur; Durum sayfası ne kadar ilerlediğini gösterir.</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Tor&apos;a bağlı değil. OnionPanel bağlandığında harita ve aktarıcı listesi dolar; Durum sayfası neyi beklediğini söyler.</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>Takma ad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bayraklar</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bant genişliği</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP adresi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Çalışma süresi</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>bir dakikadan az</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of uptime</comment>
        <translation>%1 dk</translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message>
        <source>VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)</source>
        <translation>{interfaces} üzerindeki sanal makineler ve aygıtlar sistemin ayarlandığı gibi iletilir (Kapalı kipi)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>{interfaces} üzerindeki sanal makineler ve aygıtlar hiçbir yere ulaşamaz (Tam kilit)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>{interfaces} üzerindeki sanal makineler ve aygıtlar Tor üzerinden gider</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>{interfaces} üzerindeki sanal makineler ve aygıtlar engellendi: gönderdikleri hiçbir şey iletilmez</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>{interfaces} üzerindeki sanal makineler ve aygıtlar Tor olmadan iletilir</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>TCP, Tor&apos;un TransPort&apos;una {address}:{trans_port}, DNS ise DNSPort&apos;una {address}:{dns_port} gider, IPv6 da; UDP ve ICMP engellenir.</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>TCP, Tor&apos;un TransPort&apos;una {address}:{trans_port}, DNS ise DNSPort&apos;una {address}:{dns_port} gider; UDP, ICMP ve IPv6 engellenir.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>{interfaces} üzerinden Tor&apos;u atlayarak çıkmaya çalışan %n paket engellendi (son geçişten beri)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>{interfaces} üzerinden Tor&apos;u atlamaya çalışan %n paket engellendi</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>{interfaces} için iletim kapalı ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} kapalı, ancak {interfaces} için yönlendirici girdisi bazı trafiği olduğu gibi iletiyor ve buna ihtiyaç duyuyor. OnionPanel bunu asla değiştirmez: sistemin yapılandırmasında {sysctl} = 1 olarak ayarlayın.</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>Yönlendirilen ağlar</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>Yönlendirilen arabirimler</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>Trafiklerinin gittiği yer</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>Tor&apos;u atlayarak çıkma girişimleri engellendi</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>İletim sorunu</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>Yönlendirme yardımcısına ulaşmak için sistem veri yolu yok: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>Yönlendirme yardımcısı kullanılamıyor.</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>Yönlendirme yardımcısı yanıt vermedi: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>Yönlendirme yardımcısı kurulu değil ya da çalışmıyor ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Kapalı (yalnızca Tor için ayarlanmış programlar kullanır)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>Tor (tüm trafik)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Tam kilit (Tor&apos;un kendisi dışında hiçbir şey çıkmaz)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>uygulanmadı</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, {profile} için doğrudan erişimle</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Yönlendirme</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>Yönlendirme yardımcısına soruluyor…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>Deneme ağının kendi yönlendirme yardımcısı ağıyla birlikte başlıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Şimdi: {mode} (%n dk sonra Tor&apos;a dönülecek)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>Şimdi: {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Tor&apos;a dön ({profile} için doğrudan erişimi bitir)</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>{app} uygulamasını {profile} içinde aç</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>{minutes} dk doğrudan erişim: {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Ben geri dönene kadar doğrudan erişim: {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>{profile} için doğrudan erişim açık</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel&apos;in güvenlik duvarı tablosunu kaldırdı</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>OnionPanel&apos;in güvenlik duvarı tablosunu eski bir tabloyla ({mode}) değiştirdi</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel&apos;in güvenlik duvarı tablosundan {chain} zincirini sildi</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel&apos;in güvenlik duvarı tablosundaki {chain} zincirini boşalttı</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel&apos;in güvenlik duvarı tablosunda {chain} kurallarını değiştirdi</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel&apos;in güvenlik duvarı tablosuna {chain} zincirini ekledi</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel&apos;in güvenlik duvarı tablosunu değiştirdi</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>Başka bir program {found}; geri yüklendi: {mode} yeniden uygulanıyor.</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>Tor&apos;un bağlantı noktalarını Tor&apos;dan başkası tutuyor: Tor onları yeniden alana kadar tam kilit.</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>Doğrudan erişim süresi doldu: {mode} kipine dönüldü.</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} başlamadı.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Bağlantı durumu</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>İlerleme ayrıntıları</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>Önyükleme ilerlemesi</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Bağlantı hatası</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>Tor ayrıntıları</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>Tor sürümü</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>Denetim uç noktası</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Kimlik doğrulama yöntemi</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Sürüm:</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>Denetim bağlantı noktası:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Kimlik doğrulama:</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>Uygulamalar için SOCKS bağlantı noktası</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>SOCKS bağlantı noktasını kopyala</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>Bir uygulamanın vekil sunucu ayarına yapıştırmak için sunucu:bağlantı noktası kopyala</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>SOCKS bağlantı noktası:</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5; OnionPanel&apos;in başlattığı Tor)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>Tor&apos;dan bildirimler</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor ilgilenilmesi gereken bir şey bildirmedi.</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>Bildirim yok</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%%p</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>bağlı değil</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>Tor bekleniyor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  ({first} zamanından beri %n kez)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>Kendi Tor&apos;unuz başlatılıyor…</translation>
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
        <translation>Deneme ağı — anonim değil</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME, “AppIndicator and KStatusNotifierItem Support” eklentisi kurulup etkinleştirilmedikçe tepsi simgelerini göstermez. OnionPanel bunun yerine bu pencereyi açık tutar; pencereyi kapatmak OnionPanel&apos;den çıkar.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>Bu masaüstünde sistem tepsisi yok (StatusNotifierItem sunucusu bulunamadı). OnionPanel bunun yerine bu pencereyi açık tutar; pencereyi kapatmak OnionPanel&apos;den çıkar.</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>OnionPanel tepsi menüsü</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>Paneli &amp;aç</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>Yeni &amp;kimlik</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
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
        <translation>%1/sn</translation>
    </message>
    <message>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation>MB/sn</translation>
    </message>
    <message>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>kB/sn</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 gün %2 sa</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>Tor bir hata bildirdi</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>Tor bir uyarı bildirdi</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor %n uyarı veya hata bildirdi</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>En ciddisi: %1</translation>
    </message>
</context>
</TS>
