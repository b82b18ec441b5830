<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>列見出し</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>行見出し</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>クリア</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: 選択肢</translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>5 秒</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 秒</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>データを収集中: 1 秒ごとに 1 点。</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>データを収集中: 1 分ごとに 1 点。</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>データを収集中: 1 時間ごとに 1 点。</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>データを収集中: %1ごとに 1 点。</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>帯域幅グラフ</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>帯域幅</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>グラフの間隔</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>グラフの各点はこの期間の平均です</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I):</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>現在の受信速度</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>現在の送信速度</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>Tor 起動後の受信量</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>Tor 起動後の送信量</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>受信 (ダウンロード)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>送信 (アップロード)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>受信速度:</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>送信速度:</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>Tor 起動後の受信量:</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>Tor 起動後の送信量:</translation>
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
        <translation>回線 %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>用途: %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>構築フラグ: %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>状態: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>理由: %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>ストリーム %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>回線 {id}: {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>通信量: 受信 {received}、送信 {sent}</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>構築中</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>ガード待ち</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>閉鎖済み</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>一般</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>一般 (conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux、リンク中</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion クライアント、イントロダクション</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion クライアント、ランデブー</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion クライアント、ディレクトリ</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Onion サービス、イントロダクション</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Onion サービス、ランデブー</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Onion サービス、ディレクトリ</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Onion ヴァンガード</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>タイムアウト計測</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>コントローラー</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>パディング</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>経路の偏りテスト</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>新規</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>名前解決中</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>アドレスを再割り当て</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>切り離し</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>閉鎖済み</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>ストリーム {id} → {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>送信元: {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>{profile} のアプリ「{app}」</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>アプリ「%s」</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>プロファイル %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>Tor のディレクトリ取得</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>{interface} 経由で {address} から</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>透過プロキシ</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>DNS ポート</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}、リスナー {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>回線 / リレー / ストリーム</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>状態 / 国</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>用途 / アドレス / 送信元</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>経過時間 / フラグ / 通信量</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>経路 / フィンガープリント</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>回線とストリーム</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Tor の内部回線を表示(&amp;I)</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Tor の内部回線を表示</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Onion サービスの内部回線、ディレクトリ取得、タイムアウト計測</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>経路をコピー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>このホストに新しい回線(&amp;N)</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Tor に接続していません。OnionPanel が接続すると回線がここに表示されます。何を待っているかは状態ページに表示されます。</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>現在 Tor には自身の内部回線しかありません。表示するには「Tor の内部回線を表示」をチェックしてください。あなたの回線は、アプリケーションが Tor 経由で接続すると表示されます。</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>Tor にはまだ回線がありません。ネットワークに到達すると回線を構築します。空のままなら、理由はログページに表示されます。</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>回線を閉じる(&amp;U)</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>ストリームを閉じる(&amp;S)</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>経路をコピー(&amp;H)</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>このホストに新しい回線(&amp;O)</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>このホストを運ぶ回線を閉じ、次の接続で新しい回線を使わせます</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>回線がない理由</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>回線、そのリレーとストリーム</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Tor に接続していません。</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>Tor が何をするよう設定されているか。OnionPanel は表示するだけです。設定はその出どころで変更し、Tor を再読み込みしてください。</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>アプリケーションが使うべきポート</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>設定に関する注記</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Tor に接続していません。</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>Tor の設定</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>変更する場所</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>設定の列</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>ブリッジのアドレスを表示</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>変更する場所をコピー</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>選択した設定項目の変更場所をコピー</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>行をコピー</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>選択した設定項目の行をコピー</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>設定を読み直す</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>Onion サービス</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>リレー</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>その他のオプション</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>Tor はどのポートでも待ち受けていません</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>フラグ: {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (待ち受けていません)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>Tor はブリッジ経由でのみ接続します</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>Tor は Tor ネットワークに直接接続します</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>ブリッジのトランスポートを話すプログラム</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>プレーン</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>ブリッジ ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>この Tor は Onion サイトを提供していません</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>ホスト名を読み取れません: {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>ポート (Onion ポート、次に転送先): {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>鍵は {directory} にあります</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>Onion サービス</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>この Tor はクライアントのみです (ORPort なし)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>リレー</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>この Tor は他の人のトラフィックを中継します</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>到達可能</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>Tor の自己テスト</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>アカウンティング</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>Tor は SOCKS ポートを提供していないため、アプリケーションは直接使えません。torrc に SocksPort 行を書くと追加されます。</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>メールクライアントなどのアプリケーション: プロキシを SOCKS5 ソケット {path} に設定し、名前解決をプロキシに任せてください。変更は {where} で行います。</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>メールクライアントなどのアプリケーション: プロキシを SOCKS5、ホスト {host}、ポート {port} に設定し、名前解決をプロキシに任せてください。ポートの変更は {where} で行います。</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc: {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>既定値: {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS: configuration.nix の services.tor を変更してください</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>アプリケーション用の SOCKS5 プロキシ (ブラウザー、メール、チャット)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>SOCKS を使えないアプリケーション用の HTTP CONNECT プロキシ</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>透過プロキシ: ファイアウォールのルールが接続をここへ転送します</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>natd 方式の透過プロキシ</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>Tor 経由で問い合わせる DNS リゾルバー</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>制御ポート: このパネルのようなプログラム用</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>制御ソケット: このパネルのようなプログラム用</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>リレーポート: 他のリレーやクライアントがここに接続します</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>このリレーのディレクトリポート</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>このブリッジの Pluggable Transport 用ポート</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>監視ツール用のメトリクス</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>他のポートからのストリームはその回線を決して共有しません</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>セッショングループ {group} の他のポートと回線を共有します</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>クライアントのアドレスごとに専用の回線を使います</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>異なるアドレスのクライアントが回線を共有することがあります</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>SOCKS のユーザー名とパスワードごとに専用の回線を使います</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>SOCKS のユーザー名とパスワードで回線は分かれません</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>プロトコル (SOCKS 4、SOCKS 5、HTTP、DNS...) ごとに専用の回線を使います</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>宛先アドレスごとに専用の回線を使います</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>宛先ポートごとに専用の回線を使います</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>SOCKS 認証付きの回線は使用中は開いたままです</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>接続を試行中</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>使用されていません (UseBridges がオフ)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>まだ試していません</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>既定値ファイル</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>Tor のコマンドライン</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>Tor の組み込み既定値</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>Tor の実行中に変更 (コントローラーによる)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>不明 (読み取れないファイルがあります)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>torrc で宣言</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>制御ポートから追加され、閉じた後も残っています</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>このパネルの制御接続から追加</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>まだ</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>Tor が見つかりません</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>このコンピューターで応答する Tor がありません。</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel はあなた専用の Tor を起動できます。あなたのユーザーで動作し、データはあなたの状態フォルダーに保存され、OnionPanel の終了時に停止します。システムの Tor やその設定には一切触れません。</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>自分の Tor を起動(&amp;S)</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>自分の Tor を起動</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel は Tor の認証 Cookie {path} を読み取れません ({detail})。</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>その Tor の所有者に、あなたが所属するグループから Cookie を読めるようにしてもらい、その後いったんログアウトして再ログインしてください。</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>このファイルはグループ「{group}」に属しています。そのグループに参加してください: sudo usermod -aG {group} {user} を実行し、ログアウトして再ログインします。NixOS では、設定に users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; を追加して nixos-rebuild switch を実行してください。</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>ディレクトリ {path} の所有者は {owner}:{group}、モードは {mode} のため、開けるのは {owner} だけです。グループに参加しても解決しません。Tor が Cookie をそのグループから読めるようにするか (torrc に CookieAuthFileGroupReadable 1。Debian の tor は debian-tor グループに対してこうしています)、ControlSocketsGroupWritable 1 を設定して Tor のコントロールソケットを使ってください (NixOS では services.tor.controlSocket.enable = true;)。</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>Cookie ファイルの所有者は {owner}:{group}、モードは {mode} のため、開けるのは {owner} だけです。グループに参加しても解決しません。Tor が Cookie をそのグループから読めるようにするか (torrc に CookieAuthFileGroupReadable 1。Debian の tor は debian-tor グループに対してこうしています)、ControlSocketsGroupWritable 1 を設定して Tor のコントロールソケットを使ってください (NixOS では services.tor.controlSocket.enable = true;)。</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>応答する Tor のコントロールポートがありません。試行先:
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>{endpoint} の Tor がパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>{endpoint} の Tor にはコントロールパスワードが必要ですが、指定されていません。</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>{endpoint} の Tor は OnionPanel が対応するログイン方法を提供していません ({offered})。</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} は Tor のコントロールプロトコルを話しません ({detail})。</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>Tor が起動しませんでした: {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>サンドボックスネットワークが起動しませんでした: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>新しい識別子</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>新しい識別子(&amp;I)</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>新しい接続に新しい回線を使う ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>新しい識別子の結果</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>その出口を通る回線を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>その出口を通る回線を破棄</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>Python の「keyring」パッケージがインストールされていないため、安全な保存場所がありません。</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>デスクトップのキーリングに接続できません: {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>このセッションではデスクトップのキーリング (Secret Service) が動作していません。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel は次回の起動時からこの言語を使います。</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>回線</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>リレー</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>帯域幅</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Tor に接続していません。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>%n 回繰り返し、最後は %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>メッセージログ</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>表示する最低の重要度</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>この重要度以上のメッセージを表示</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>重要度(&amp;S):</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>メッセージを検索</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>情報/デバッグを表示(&amp;I)</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>情報メッセージとデバッグメッセージを表示</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>このページを開いている間、Tor に情報メッセージとデバッグメッセージを要求します。数が多くなります。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>選択したメッセージをコピー</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>選択したメッセージを、何も選択していなければ表示中のすべてをコピーします</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>表示中のメッセージをファイルに保存</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>以前のメッセージ</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>Tor のメッセージ</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>Tor のログファイルを読み取れません (%1)。</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>システムジャーナルに Tor のメッセージが表示されません。「systemd-journal」または「adm」グループのメンバーは読み取れます。</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor はシステムジャーナルにログを書きますが、journalctl が利用できません。</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor はログをファイルにもジャーナルにも書いていません。</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor はログの書き出し先を示しませんでした (%1)。</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>以前のメッセージは表示されません: %1 新しいメッセージは届き次第表示されます。</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>メッセージを保存</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>ログファイル (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>メッセージは保存されませんでした</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
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
        <translation>OnionPanel のメイン領域</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>サンドボックス — 匿名ではありません。これはこのコンピューター上の非公開の練習用 Tor ネットワークです。ここで行うことは何も隠されません。</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>サンドボックスの警告</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>システムトレイがありません</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ一覧</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>ウィンドウを閉じる</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>ページ {number} を表示</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — サンドボックス、匿名ではありません</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>新しい識別子</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>リレーの地図</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>リレーの世界地図。矢印で移動、プラスとマイナスで拡大縮小、N と P で次または前の回線を選択、Escape で選択解除、F で選んだ回線に合わせます</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>ガード</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>出口</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>その他のリレー</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>点の大きさ: 帯域幅</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
帯域幅: {bw} kB/s
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>ここに %n 個のリレー。クリックで拡大します</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>回線 {id}</translation>
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
        <translation>リレーの地図のページ</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>位置情報の出典</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>リレーの数</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>回線に合わせる</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>選択した回線全体を表示</translation>
    </message>
    <message>
        <source>World</source>
        <translation>世界</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>世界全体を表示</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>まず回線を選んでください: その線をクリックするか、地図上で N を押します</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>位置情報: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>{total} 個中 {placed} 個のリレーを配置</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Tor に接続していません。</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>新しい識別子に失敗しました: {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>新しい識別子</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>新しい識別子はすでに準備中です: Tor は {seconds} 秒後に切り替えます。</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor が新しい識別子を許可するのは 10 秒に 1 回です: {seconds} 秒後に切り替えます。</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>新しい識別子: 新しい接続は新しい回線を使います。新しい出口を表示するため通信を待っています…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor は同じ出口を再び使いました: {exit}。</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>新しい識別子: 出口 {exit}。</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>{exit} を通る回線を %n 本閉じました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>{host} への回線を %n 本閉じました: 次の接続では新しい回線を使います。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>お使いの時計は{source}より %n 秒遅れています。Tor には正しい時計が必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>お使いの時計は{source}より %n 秒進んでいます。Tor には正しい時計が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>ネットワークのコンセンサス</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>{address} のリレー</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>{address} のディレクトリサーバー</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>Tor ネットワーク</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>Tor の接続に問題があります: {reason} ({warning})。</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>Tor の接続に問題があります: {reason}。</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>アプリケーションがポート {port} に接続しました。このポートは通常、暗号化されていないパスワードを運びます。Tor は接続を拒否しました。</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>アプリケーションがポート {port} に接続しました。このポートは通常、暗号化されていないパスワードを運びます。Tor は接続を許可しました。</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>アプリケーションが {protocol} で Tor に IP アドレス ({address}) だけを渡しました。名前を Tor の外で解決した可能性があります (DNS リーク)。</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>このコンピューターのアドレスが変わりました</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>どのディレクトリサーバーにも到達できません</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>時計が飛びました</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>回線一覧を読み込めませんでした: {problem} 再接続時に OnionPanel がもう一度試みます。</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Tor のログを読み込めませんでした: {problem} 再接続時に OnionPanel がもう一度試みます。</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Tor の設定を読み取れませんでした: {problem} 再接続時に OnionPanel がもう一度試みます。</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>リレー一覧を読み込めませんでした: {problem} 再接続時に OnionPanel がもう一度試みます。</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>OnionPanel のバックグラウンド処理が失敗しました: {problem} 再接続時に OnionPanel がもう一度試みます。</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>Tor のリレー一覧をすべては使えませんでした。問題 %n 件: {problems} 再接続時に OnionPanel がもう一度試みます。</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>アプリケーションが Tor の SOCKS ポートに未知のプロトコルで話しかけました。</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>アプリケーションが Tor に無効なホスト名を要求しました: {hostname}。</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>お使いの DNS プロバイダーが偽のアドレスを返しています (DNS ハイジャック)。このリレーは出口にすべきではありません。</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>お使いの DNS プロバイダーはすべての問い合わせに失敗するため、出口の通信で名前を解決できません。</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>この Tor ({current}) は古くなっています。ネットワークの推奨: {recommended}。</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>Tor ネットワークはこの Tor のバージョン ({current}) を危険と見なしています。</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>Tor の開いている接続が多すぎます ({count})。</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>ルーティング設定が Tor の待ち受けていないポートを宣言しているため、Tor の設定かルーティング設定が直るまで、そのモードまたはプロファイルは動作しません: {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>Tor に再接続しています: {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor が内部バグに遭遇しました: {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>Tor は再び回線を構築できます。</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor は現在回線を構築できません ({reason})。</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>Tor が {kind} を報告しました。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Tor に接続中…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>認証中…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>起動処理 {percent}%: {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>なし (開いたコントロールポート)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Cookie ファイル</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>安全な Cookie</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>廃止済み、更新してください</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>非推奨、更新してください</translation>
    </message>
    <message>
        <source>old</source>
        <translation>古い</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>推奨より新しい</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>未評価: Tor は推奨バージョンを載せたコンセンサスを持っていません</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>未評価: 推奨されているかどうか Tor はまだ示していません</translation>
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
        <translation>セッションと一緒に起動(&amp;S)</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>自動起動の項目を変更できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>Tor のコントロールパスワード</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>{endpoint} の Tor がコントロールパスワードを求めています。</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor がそのパスワードを拒否しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>パスワードが拒否されました</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>デスクトップのキーリングに記憶(&amp;R)</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>デスクトップのキーリングに記憶</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>キーリングが使えない理由</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>ダイアログのボタン</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>リレーがプロトコルに違反しました</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>要求による</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>リレーが休止中です</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>リレーのリソースが不足しています</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>リレーに到達できませんでした</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>リレーの識別情報が誤っていました</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>リレーへの接続が閉じられました</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>使い切りました</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>リレーが閉じました</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>ネットワークを通る経路がありません</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>そのような Onion サービスはありません</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>タイムアウト測定が完了しました</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>もう不要です</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>名前を解決できませんでした</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>宛先が接続を拒否しました</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>出口が許可していません</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>その回線が閉じられました</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>宛先への経路がありません</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>出口が休止中です</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>出口のリソースが不足しています</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>接続がリセットされました</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>ディレクトリではありません</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>プライベートアドレスのため拒否</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>運べる回線がありませんでした</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>リレーが接続を閉じました</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>リレーが接続を拒否しました</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>リレーへの接続がリセットされました</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>リレーへの接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>リレーへの経路がありません (このコンピューターはオンラインですか?)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>リレーへの接続で読み書きに失敗しました</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>このコンピューターの接続数またはメモリが不足しています</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>Pluggable Transport が見つかりません</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>リレーへの接続に失敗しました</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>リレーの詳細</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>一覧でリレーを選ぶか地図上でクリックすると、Tor がそのリレーについて知っていることが表示されます。</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>リレーが選択されていません</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>帯域幅 (コンセンサス)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日時</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>出口ポリシーの概要</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>出口ポリシー</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ファミリー</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>{field}をコピー</translation>
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
        <translation>権威</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>不正な出口</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>高速</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>ガード</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>Onion ディレクトリ</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>中間専用</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>Ed コンセンサスなし</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>安定</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>古い記述子</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>Sybil</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source> </source>
        <comment>between two flags of a relay: Exit Fast Running</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RelayListView</name>
    <message>
        <source>Relay list</source>
        <translation>リレーの一覧</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>ニックネーム、フィンガープリント、IP で検索</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>リレーを検索</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>フラグで絞り込み</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>すべてのフラグ</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>国で絞り込み</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>リレー</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>表示中のリレー</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>リレーの詳細</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{total} 中 {shown}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>都市</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>国</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} ({kind}データベース)</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>Tor の GeoIP (国のみ)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>リレー</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>リレーがない理由</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}。サンドボックスのリレーは架空の場所にあります</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>Tor はまだ OnionPanel にリレーの一覧を渡していません。ネットワークのコンセンサスをダウンロードすると一覧がそろいます。進み具合は状態ページに表示されます。</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Tor に接続していません。OnionPanel が接続すると地図とリレー一覧が埋まります。何を待っているかは状態ページに表示されます。</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>帯域幅</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of uptime</comment>
        <translation>%1 分</translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message>
        <source>VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)</source>
        <translation>{interfaces} 上の VM とデバイスはシステムの設定どおりに転送されます (オフ モード)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>{interfaces} 上の VM とデバイスはどこにも届きません (ロックダウン)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>{interfaces} 上の VM とデバイスは Tor を通ります</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>{interfaces} 上の VM とデバイスはブロックされています: 送信したものは何も転送されません</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>{interfaces} 上の VM とデバイスは Tor を通らずに転送されます</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>TCP は Tor の TransPort {address}:{trans_port} へ、DNS はその DNSPort {address}:{dns_port} へ、IPv6 も同様に送られます。UDP と ICMP はブロックされます。</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>TCP は Tor の TransPort {address}:{trans_port} へ、DNS はその DNSPort {address}:{dns_port} へ送られます。UDP、ICMP、IPv6 はブロックされます。</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Tor を迂回して外に出ようとした {interfaces} からのパケット %n 個をブロックしました (前回の切り替え以降)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Tor を迂回しようとした {interfaces} からのパケット %n 個をブロック</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>{interfaces} の転送がオフです ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} がオフですが、{interfaces} のルーター エントリは一部の通信をそのまま転送するため、これが必要です。OnionPanel は決して変更しません: システムの設定で {sysctl} = 1 にしてください。</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>ルーティングされるネットワーク</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>ルーティングされるインターフェイス</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>通信の行き先</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>Tor を迂回して外に出ようとしてブロックされた試み</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>転送の問題</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>ルーティングヘルパーに届くシステムバスがありません: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>ルーティングヘルパーを利用できません。</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>ルーティングヘルパーが応答しませんでした: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>ルーティングヘルパーがインストールされていないか、動作していません ({name})。</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>オフ (Tor 用に設定したプログラムだけが使います)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>Tor (すべての通信)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>ロックダウン (Tor 自身以外は何も外に出ません)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor、{profile} は直接接続</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>ルーティング(&amp;R)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>ルーティングヘルパーに問い合わせ中…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>サンドボックス専用のルーティングヘルパーはネットワークと共に起動します…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>現在: {mode} (%n 分後に Tor に戻ります)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>現在: {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Tor に戻る ({profile} の直接接続を終了)</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>{profile} で {app} を開く</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>{minutes} 分間の直接接続: {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>自分で戻すまで直接接続: {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>{profile} の直接接続がオンです</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel のファイアウォールテーブルを削除した</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>OnionPanel のファイアウォールテーブルを古いもの ({mode}) に置き換えた</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel のファイアウォールテーブルからチェーン {chain} を削除した</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel のファイアウォールテーブルのチェーン {chain} を空にした</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel のファイアウォールテーブルの {chain} のルールを変更した</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel のファイアウォールテーブルにチェーン {chain} を追加した</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>OnionPanel のファイアウォールテーブルを変更した</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>別のプログラムが{found}ため、復元しました: {mode} を再び適用しています。</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>Tor 以外の何かが Tor のポートを使っています: Tor が再び使えるまでロックダウンします。</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>直接接続の時間が終わりました: {mode} に戻ります。</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} が起動しませんでした。</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>進行状況の詳細</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>起動処理の進行状況</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>接続エラー</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>Tor の詳細</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>Tor のバージョン</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>コントロールの接続先</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>認証方法</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>コントロールポート:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>認証:</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>アプリケーション用の SOCKS ポート</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>SOCKS ポートをコピー</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>アプリケーションのプロキシ設定に貼り付けるため、ホスト:ポートをコピー</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>SOCKS ポート:</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5、OnionPanel が起動した Tor)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>Tor からの通知</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor は注意の必要なことを何も報告していません。</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>通知はありません</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>Tor を待機中</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  ({first} から %n 回)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>あなた専用の Tor を起動中…</translation>
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
        <translation>サンドボックス — 匿名ではありません</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME では「AppIndicator and KStatusNotifierItem Support」拡張機能をインストールして有効にしない限り、トレイアイコンは表示されません。代わりに OnionPanel はこのウィンドウを開いたままにします。閉じると OnionPanel は終了します。</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>このデスクトップにはシステムトレイがありません (StatusNotifierItem ホストが見つかりません)。代わりに OnionPanel はこのウィンドウを開いたままにします。閉じると OnionPanel は終了します。</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>OnionPanel のトレイメニュー</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>パネルを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>新しい識別子(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
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
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation>MB/秒</translation>
    </message>
    <message>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>kB/秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 日 %2 時間</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>Tor がエラーを報告しました</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>Tor が警告を報告しました</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor が %n 件の警告またはエラーを報告しました</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>最も深刻なもの: %1</translation>
    </message>
</context>
</TS>
