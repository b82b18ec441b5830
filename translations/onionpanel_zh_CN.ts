<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>行标题</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>全选</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>清除</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}：选项</translation>
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
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
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
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>正在收集数据：每秒一个点。</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>正在收集数据：每分钟一个点。</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>正在收集数据：每小时一个点。</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>正在收集数据：每 %1 一个点。</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>带宽图</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
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
        <translation>带宽</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>图表间隔</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>图上每个点是这段时间的平均值</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>当前下载速率</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>当前上传速率</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>Tor 启动以来接收</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>Tor 启动以来发送</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>接收（下载）</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>发送（上传）</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>下载速率：</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>上传速率：</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>Tor 启动以来接收：</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>Tor 启动以来发送：</translation>
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
        <translation>线路 %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>用途：%s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>构建标志：%s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status}（{reason}）</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>状态：%s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>原因：%s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>流 %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>线路 {id}：{status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>流量：接收 {received}，发送 {sent}</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>正在构建</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>正在等待守卫</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>常规</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>常规（conflux）</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux，正在链接</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>洋葱客户端，引入</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>洋葱客户端，会合</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>洋葱客户端，目录</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>洋葱服务，引入</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>洋葱服务，会合</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>洋葱服务，目录</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>洋葱先锋</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>超时测量</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>控制器</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>测试</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>填充</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>路径偏差测试</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>新建</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>正在解析</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>地址已重映射</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>已分离</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>流 {id} 到 {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>来自：{protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>{profile} 中的应用“{app}”</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>应用“%s”</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>配置档 %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>Tor 的目录获取</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>来自 {address}，经由 {interface}</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>透明代理</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>DNS 端口</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}，监听器 {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>线路 / 中继 / 流</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>状态 / 国家</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>用途 / 地址 / 来源</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>时长 / 标志 / 流量</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>路径 / 指纹</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>线路和流</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>显示 Tor 的内部线路(&amp;I)</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>显示 Tor 的内部线路</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>洋葱服务的内部线路、目录获取和超时测试</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>复制路径(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>为此主机新建线路(&amp;N)</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>未连接到 Tor。OnionPanel 连接后线路会显示在这里；“状态”页面会说明它在等待什么。</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>Tor 目前只有它自己的内部线路。勾选“显示 Tor 的内部线路”即可查看；当有应用程序通过 Tor 连接时，您的线路就会出现。</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>Tor 还没有线路。它到达网络后就会建立线路；如果这里一直是空的，“日志”页面会说明原因。</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>关闭线路(&amp;U)</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>关闭流(&amp;S)</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>复制路径(&amp;H)</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>为此主机新建线路(&amp;O)</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>关闭承载此主机的线路，使它的下一个连接获得新线路</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>为什么没有线路</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>线路及其中继和流</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>未连接到 Tor。</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>Tor 被配置成要做什么。OnionPanel 只负责显示：请在设置的来源处修改，然后重新加载 Tor。</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>应用程序应使用哪个端口</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>关于配置的说明</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>未连接到 Tor。</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>Tor 配置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>在哪里修改</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>配置的列</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>显示网桥地址</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>复制修改位置</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>复制所选设置的修改位置</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>复制该行</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>复制所选设置的那一行</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>重新读取配置</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>洋葱服务</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>其他选项</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>Tor 没有监听任何端口</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>标志：{flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address}（未在监听）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>Tor 只通过网桥连接</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>Tor 直接连接 Tor 网络</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>使用网桥传输协议的程序</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state}（{reason}）</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>网桥（{kind}）</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>此 Tor 不提供任何洋葱网站</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>无法读取主机名：{why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>端口（洋葱端口，然后是目标）：{ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>密钥位于 {directory}</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>洋葱服务</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>此 Tor 仅为客户端（没有 ORPort）</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>此 Tor 为他人转发流量</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不知道</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>可达</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>Tor 的自检</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>流量记账</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>Tor 没有提供 SOCKS 端口，所以应用程序无法直接使用它。在 torrc 中加一行 SocksPort 即可添加。</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>邮件客户端等应用程序：将其代理设为 SOCKS5 套接字 {path}，并让代理解析域名。在 {where} 修改。</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>邮件客户端等应用程序：将其代理设为 SOCKS5，主机 {host}，端口 {port}，并让代理解析域名。在 {where} 修改端口。</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc：{path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>默认值：{path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS：在 configuration.nix 中修改 services.tor</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>供应用程序使用的 SOCKS5 代理（浏览器、邮件、聊天）</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>供无法使用 SOCKS 的应用程序使用的 HTTP CONNECT 代理</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>透明代理：防火墙规则将连接重定向到这里</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>natd 风格的透明代理</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>通过 Tor 查询的 DNS 解析器</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>控制端口：供本面板这样的程序使用</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>控制套接字：供本面板这样的程序使用</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>中继端口：其他中继和客户端连接到这里</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>此中继的目录端口</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>此网桥的可插拔传输端口</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>供监控工具使用的指标</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>来自其他端口的数据流从不共用它的线路</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>与会话组 {group} 的其他端口共用线路</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>每个客户端地址使用各自的线路</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>不同地址的客户端可能共用线路</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>每组 SOCKS 用户名和密码使用各自的线路</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>SOCKS 用户名和密码不会分隔线路</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>每种协议（SOCKS 4、SOCKS 5、HTTP、DNS...）使用各自的线路</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>每个目标地址使用各自的线路</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>每个目标端口使用各自的线路</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>带 SOCKS 认证的线路在使用期间保持打开</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>正在尝试连接</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>未使用（UseBridges 已关闭）</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>尚未尝试</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>默认值文件</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>Tor 的命令行</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>Tor 的内置默认值</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>在 Tor 运行时被修改（由控制器）</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>未知（有文件无法读取）</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>在 torrc 中声明</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>通过控制端口添加，关闭后仍保留</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>通过本面板的控制连接添加</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不知道</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>未找到 Tor</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>这台计算机上没有 Tor 应答。</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel 可以启动一个属于您自己的 Tor：它以您的身份运行，数据保存在您的状态目录中，并在 OnionPanel 退出时停止。它绝不会触碰系统的 Tor 或其配置。</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>启动我自己的 Tor(&amp;S)</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>启动我自己的 Tor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>OnionPanel 无法读取 Tor 的认证 cookie {path}（{detail}）。</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>请让那个 Tor 的所有者把它的 cookie 设为你所在的某个组可读，然后注销并重新登录。</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>该文件属于用户组“{group}”。请加入该组：sudo usermod -aG {group} {user}，然后注销并重新登录。在 NixOS 上，请在配置中加入 users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; 并运行 nixos-rebuild switch。</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>目录 {path} 的所有者是 {owner}:{group}，权限为 {mode}，因此只有 {owner} 能打开它；加入某个组也无济于事。请让 Tor 把它的 cookie 设为其所属组可读（在它的 torrc 中设置 CookieAuthFileGroupReadable 1，Debian 的 tor 就是这样为 debian-tor 组做的），或者通过 ControlSocketsGroupWritable 1 使用 Tor 的控制套接字（在 NixOS 上：services.tor.controlSocket.enable = true;）。</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>cookie 文件的所有者是 {owner}:{group}，权限为 {mode}，因此只有 {owner} 能打开它；加入某个组也无济于事。请让 Tor 把它的 cookie 设为其所属组可读（在它的 torrc 中设置 CookieAuthFileGroupReadable 1，Debian 的 tor 就是这样为 debian-tor 组做的），或者通过 ControlSocketsGroupWritable 1 使用 Tor 的控制套接字（在 NixOS 上：services.tor.controlSocket.enable = true;）。</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}：{reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>没有 Tor 控制端口应答。已尝试：
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>{endpoint} 上的 Tor 拒绝了该密码。</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>{endpoint} 上的 Tor 需要控制密码，但未提供。</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>{endpoint} 上的 Tor 不提供 OnionPanel 支持的任何登录方式（{offered}）。</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} 不使用 Tor 的控制协议（{detail}）。</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>Tor 未能启动：{detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>沙盒网络未能启动：{detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>新身份</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>新身份(&amp;I)</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>为新连接使用新线路（{shortcut}）</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>新身份结果</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>丢弃经过该出口的线路(&amp;D)</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>丢弃经过该出口的线路</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>未安装 Python 的“keyring”包，因此没有安全的存放位置。</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>无法访问桌面密钥环：{error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>此会话中没有运行桌面密钥环（Secret Service）。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel 将在下次启动时使用此语言。</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>未连接到 Tor。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>重复 %n 次，最后一次在 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
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
        <translation>错误</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>消息日志</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>显示的最低严重程度</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>显示此严重程度及以上的消息</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>显示信息/调试消息(&amp;I)</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>显示信息和调试消息</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>在此页面打开期间向 Tor 请求信息和调试消息。这类消息很多。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>复制所选消息</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>复制所选消息；若未选择，则复制全部显示的消息</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>将显示的消息保存到文件</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>较早的消息</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>Tor 消息</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>无法读取 Tor 的日志文件（%1）。</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>系统日志没有向您显示任何来自 Tor 的消息。“systemd-journal”或“adm”组的成员可以读取它们。</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor 将日志写入系统日志，但 journalctl 不可用。</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor 既不把日志写入文件，也不写入系统日志。</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor 没有说明它把日志写在哪里（%1）。</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>较早的消息未显示：%1 新消息到达时会显示。</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>保存消息</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>日志文件 (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>消息未保存</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>OnionPanel 主区域</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>沙盒——不匿名。这是本计算机上的一个私有练习 Tor 网络；您在这里所做的一切都不会被隐藏。</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>沙盒警告</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>没有系统托盘</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>显示第 {number} 页</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel——沙盒，不匿名</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>新身份</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>中继地图</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>中继世界地图；方向键平移，加号和减号缩放，N 和 P 选择下一条或上一条线路，Escape 取消选择，F 缩放到所选线路</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>守卫</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>出口</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>其他中继</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>点的大小：带宽</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname}（{ip}）
{flags}
带宽：{bw} kB/s
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>此处有 %n 个中继；点击放大</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>线路 {id}</translation>
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
        <translation>中继地图页面</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>位置来源</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>中继数量</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>适配线路</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>适配所选线路</translation>
    </message>
    <message>
        <source>World</source>
        <translation>全世界</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>显示整个世界</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>请先选择一条线路：点击它的连线，或在地图上按 N</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>位置：{source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>已定位 {placed} / {total} 个中继</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>未连接到 Tor。</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>新身份失败：{reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>新身份</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>新身份已在路上：Tor 将在 {seconds} 秒后切换。</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor 每 10 秒只允许一次新身份：将在 {seconds} 秒后切换。</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>新身份：新连接将使用新线路。正在等待流量以显示新的出口…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay}（{country}）</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor 再次使用了同一个出口：{exit}。</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>新身份：出口 {exit}。</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>已关闭经过 {exit} 的 %n 条线路。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>已关闭通往 {host} 的 %n 条线路：它的下一个连接将获得新线路。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>您的时钟比{source}慢 %n 秒。Tor 需要正确的时钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>您的时钟比{source}快 %n 秒。Tor 需要正确的时钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>网络共识</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>位于 {address} 的中继</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>位于 {address} 的目录服务器</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>Tor 网络</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>Tor 连接遇到问题：{reason}（{warning}）。</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>Tor 连接遇到问题：{reason}。</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>某个应用程序连接到了端口 {port}，该端口通常传输未加密的密码。Tor 拒绝了该连接。</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>某个应用程序连接到了端口 {port}，该端口通常传输未加密的密码。Tor 允许了该连接。</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>某个应用程序通过 {protocol} 只向 Tor 提供了 IP 地址（{address}），因此它很可能在 Tor 之外解析了域名（DNS 泄漏）。</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>这台计算机的地址变了</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>无法访问任何目录服务器</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>时钟发生了跳变</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>无法加载线路列表：{problem} OnionPanel 会在重新连接时再试一次。</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>无法加载 Tor 的日志：{problem} OnionPanel 会在重新连接时再试一次。</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>无法读取 Tor 的配置：{problem} OnionPanel 会在重新连接时再试一次。</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>无法加载中继列表：{problem} OnionPanel 会在重新连接时再试一次。</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>OnionPanel 的一个后台任务失败：{problem} OnionPanel 会在重新连接时再试一次。</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>无法完整使用 Tor 的中继列表，有 %n 个问题：{problems} OnionPanel 会在重新连接时再试一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>某个应用程序用未知协议与 Tor 的 SOCKS 端口通信。</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>某个应用程序向 Tor 请求了无效的主机名：{hostname}。</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>您的 DNS 服务商返回伪造的地址（DNS 劫持）。此中继不应作为出口。</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>您的 DNS 服务商所有查询都失败，因此出口流量无法解析。</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>此 Tor（{current}）已过时；网络推荐：{recommended}。</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>Tor 网络认为此 Tor 版本（{current}）是危险的。</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>Tor 打开的连接过多（{count}）。</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>路由配置声明了一个 Tor 未监听的端口，因此在修正 Tor 配置或路由配置之前，该模式或配置档无法工作：{problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>正在重新连接到 Tor：{reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor 遇到内部错误：{reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>Tor 又可以构建线路了。</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor 目前无法构建线路（{reason}）。</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>Tor 报告了 {kind}。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>正在连接到 Tor…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>正在认证…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>引导 {percent}%：{summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>无（开放的控制端口）</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Cookie 文件</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>安全 Cookie</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐版本</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>已废弃，请更新</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>不推荐，请更新</translation>
    </message>
    <message>
        <source>old</source>
        <translation>旧版本</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>比推荐版本新</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>尚未评估：Tor 没有列出推荐版本的共识</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>尚未评估：Tor 尚未说明它是否被推荐</translation>
    </message>
    <message>
        <source>{version} ({verdict})</source>
        <translation>{version}（{verdict}）</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>&amp;Start with my session</source>
        <translation>随会话启动(&amp;S)</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>无法更改自动启动项：{error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>Tor 控制密码</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>{endpoint} 上的 Tor 要求输入其控制密码。</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor 拒绝了该密码。请重试。</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>密码被拒绝</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>记住在桌面密钥环中(&amp;R)</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>记住在桌面密钥环中</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>密钥环不可用的原因</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>某个中继违反了协议</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>应请求</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>某个中继正在休眠</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>某个中继资源耗尽</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>无法访问某个中继</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>某个中继的身份不正确</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>与某个中继的连接已关闭</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>某个中继关闭了它</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>网络中没有可用路径</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>没有这个洋葱服务</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>超时测量已完成</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>不再需要</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>无法解析该名称</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>目标拒绝了连接</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>出口不允许</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>它的线路已关闭</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>没有到目标的路由</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>出口正在休眠</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>出口资源耗尽</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>不是目录</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>私有地址，已拒绝</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>没有线路能承载它</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>某个中继关闭了连接</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>某个中继拒绝了连接</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>与某个中继的连接被重置</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>与某个中继的连接超时</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>没有到中继的路由（这台计算机联网了吗？）</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>与某个中继的连接读写失败</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>这台计算机的连接数或内存已耗尽</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>缺少可插拔传输</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>与某个中继的连接失败</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>中继详情</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>在列表中选择一个中继，或在地图上点击一个，即可查看 Tor 对它的了解。</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>未选择中继</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>带宽（共识）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>出口策略摘要</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>出口策略</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>复制{field}</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
</context>
<context>
    <name>RelayFlags</name>
    <message>
        <source>Authority</source>
        <translation>权威</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>坏出口</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>守卫</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>洋葱服务目录</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>仅中间</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>无 Ed 共识</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>描述符过期</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>女巫</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
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
        <translation>中继列表</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>搜索昵称、指纹或 IP</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>搜索中继</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>按标志筛选</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>所有标志</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>按国家筛选</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>显示的中继</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>中继详情</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
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
        <translation>城市</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>国家</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name}（{kind}数据库）</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>Tor 的 GeoIP（仅国家）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>为什么没有中继</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}；沙盒中继位于虚构的地点</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>Tor 还没有把中继列表交给 OnionPanel。下载网络共识后就会有；“状态”页面显示进度。</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>未连接到 Tor。OnionPanel 连接后，地图和中继列表会被填充；“状态”页面会说明它在等待什么。</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes of uptime</comment>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>RouterWords</name>
    <message>
        <source>VMs and devices on {interfaces} are forwarded as the system is set up (mode Off)</source>
        <translation>{interfaces} 上的虚拟机和设备按系统的设置转发（关闭模式）</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>{interfaces} 上的虚拟机和设备无法连到任何地方（封锁）</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>{interfaces} 上的虚拟机和设备经由 Tor</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>{interfaces} 上的虚拟机和设备已被阻止：它们发送的任何内容都不会被转发</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>{interfaces} 上的虚拟机和设备不经 Tor 直接转发</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>TCP 发往 Tor 的 TransPort {address}:{trans_port}，DNS 发往其 DNSPort {address}:{dns_port}，IPv6 也一样；UDP 和 ICMP 被阻止。</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>TCP 发往 Tor 的 TransPort {address}:{trans_port}，DNS 发往其 DNSPort {address}:{dns_port}；UDP、ICMP 和 IPv6 被阻止。</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>已阻止来自 {interfaces} 试图绕过 Tor 出网的 %n 个数据包（自上次切换以来）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>已阻止来自 {interfaces} 试图绕过 Tor 的 %n 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>{interfaces} 的转发已关闭（{sysctl} = 0）</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} 已关闭，但 {interfaces} 的路由条目会原样转发部分流量，需要它。OnionPanel 从不更改它：请在系统配置中设置 {sysctl} = 1。</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>路由的网络</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>路由的接口</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>它们的流量去向</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>被阻止的绕过 Tor 出网尝试</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>转发问题</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>没有可访问路由助手的系统总线：{error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>路由助手不可用。</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>路由助手没有应答：{error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>路由助手未安装或未运行（{name}）。</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>关闭（仅为 Tor 设置的程序使用它）</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>Tor（全部流量）</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>封锁（除 Tor 本身外一律不出网）</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor，{profile} 直连</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>路由(&amp;R)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>正在询问路由助手…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>沙盒自带的路由助手随其网络一同启动…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>当前：{mode}（%n 分钟后回到 Tor）</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>当前：{mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>回到 Tor（结束 {profile} 的直连）</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>在 {profile} 中打开 {app}</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>直连 {minutes} 分钟：{profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>直连，直到我切换回来：{profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>{profile} 的直连已开启</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>删除了 OnionPanel 的防火墙表</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>用旧的表（{mode}）替换了 OnionPanel 的防火墙表</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>删除了 OnionPanel 防火墙表中的链 {chain}</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>清空了 OnionPanel 防火墙表中的链 {chain}</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>更改了 OnionPanel 防火墙表中 {chain} 的规则</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>向 OnionPanel 的防火墙表添加了链 {chain}</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>更改了 OnionPanel 的防火墙表</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>另一个程序{found}；已恢复：{mode} 已重新生效。</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>Tor 以外的程序占用了 Tor 的端口：封锁，直到 Tor 重新占用它们。</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>直连时间已到：回到 {mode}。</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} 未能启动。</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>进度详情</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>引导进度</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>连接错误</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>Tor 详情</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>Tor 版本</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>控制端点</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>控制端口：</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>认证：</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>供应用程序使用的 SOCKS 端口</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>复制 SOCKS 端口</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>复制 主机:端口，以粘贴到应用程序的代理设置中</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>SOCKS 端口：</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address}（SOCKS5；由 OnionPanel 启动的 Tor）</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>来自 Tor 的通知</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor 没有报告任何需要注意的事项。</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>没有通知</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>正在等待 Tor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  （自 {first} 起 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>正在启动您自己的 Tor…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>OnionPanel: {phase}</source>
        <translation>OnionPanel：{phase}</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous</source>
        <translation>沙盒——不匿名</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>除非安装并启用了“AppIndicator and KStatusNotifierItem Support”扩展，否则 GNOME 不显示托盘图标。OnionPanel 会改为保持此窗口打开；关闭它即退出 OnionPanel。</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>此桌面没有系统托盘（未找到 StatusNotifierItem 宿主）。OnionPanel 会改为保持此窗口打开；关闭它即退出 OnionPanel。</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>OnionPanel 托盘菜单</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>打开面板(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>新身份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>↓ {read}  ↑ {written}</source>
        <translation>↓ {read}  ↑ {written}</translation>
    </message>
    <message>
        <source>{title}: {body}</source>
        <comment>a notification read aloud</comment>
        <translation>{title}：{body}</translation>
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
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>Tor 报告了一个错误</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>Tor 报告了一个警告</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor 报告了 %n 个警告或错误</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>最严重的：%1</translation>
    </message>
</context>
</TS>
