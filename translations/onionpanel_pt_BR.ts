<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>Cabeçalhos de coluna</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Cabeçalhos de linha</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: opções</translation>
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
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>5 segundos</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 segundos</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting data: a point every second.</source>
        <translation>Coletando dados: um ponto por segundo.</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>Coletando dados: um ponto por minuto.</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>Coletando dados: um ponto por hora.</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>Coletando dados: um ponto a cada %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>Gráfico de largura de banda</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>há %1</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>Largura de banda</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>Intervalo do gráfico</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>Cada ponto do gráfico é a média deste intervalo</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>Taxa de download atual</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>Taxa de upload atual</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>Recebido desde que o Tor iniciou</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>Enviado desde que o Tor iniciou</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>Recebido (download)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>Enviado (upload)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>Taxa de download:</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>Taxa de upload:</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>Recebido desde que o Tor iniciou:</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>Enviado desde que o Tor iniciou:</translation>
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
        <translation>Circuito %s</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>Finalidade: %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>Indicadores de construção: %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>Status: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Motivo: %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>fluxo %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>Circuito {id}: {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Tráfego: {received} recebidos, {sent} enviados</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>Em construção</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>Aguardando a guarda</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>Geral</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>Geral (conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, vinculando</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Cliente onion, introdução</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Cliente onion, encontro</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Cliente onion, diretório</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Serviço onion, introdução</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Serviço onion, encontro</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Serviço onion, diretório</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Vanguardas onion</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Medição de tempo limite</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Controlador</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Preenchimento</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Teste de viés de caminho</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Resolvendo</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Endereço remapeado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>stream status</comment>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>stream status</comment>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Detached</source>
        <comment>stream status</comment>
        <translation>Desvinculado</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>stream status</comment>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>Fluxo {id} para {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>De: {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>aplicativo “{app}” em {profile}</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>aplicativo “%s”</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>perfil %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>busca de diretório do Tor</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>de {address} via {interface}</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>proxy transparente</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>porta DNS</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, escuta {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>Circuito / retransmissor / fluxo</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>Status / país</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>Finalidade / endereço / origem</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>Idade / indicadores / tráfego</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>Caminho / impressão digital</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>Circuitos e fluxos</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Mostrar os circuitos &amp;internos do Tor</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Mostrar os circuitos internos do Tor</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Circuitos auxiliares de serviços onion, buscas de diretório e testes de tempo limite</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copiar &amp;caminho</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>&amp;Novo circuito para este site</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Sem conexão com o Tor. Os circuitos aparecem aqui quando o OnionPanel se conectar; a página Status diz o que ele está esperando.</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>No momento o Tor tem apenas seus próprios circuitos internos. Marque “Mostrar os circuitos internos do Tor” para vê-los; os seus aparecem quando um aplicativo se conecta pelo Tor.</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>O Tor ainda não tem circuitos. Ele os constrói quando alcança a rede; se isto continuar vazio, a página Registro diz por quê.</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>Fechar circ&amp;uito</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>Fechar &amp;fluxo</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>Copiar camin&amp;ho</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>Novo circuito para este &amp;site</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Fecha os circuitos que levam este site, para que a próxima conexão dele use um novo</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>Por que não há circuitos</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>Circuitos, seus retransmissores e fluxos</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Sem conexão com o Tor.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>O que o Tor está configurado para fazer. O OnionPanel apenas mostra: altere uma configuração onde ela é definida e depois recarregue o Tor.</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>Qual porta os aplicativos devem usar</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Arquivos de configuração</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>Observações sobre a configuração</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Sem conexão com o Tor.</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>Configuração do Tor</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Opção</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>O que significa</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>Onde alterar</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>Colunas da configuração</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>Mostrar endereços das pontes</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>Copiar onde alterar</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>Copiar onde alterar a opção selecionada</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Copiar linha</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>Copiar a linha da opção selecionada</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>Ler a configuração novamente</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Portas</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Pontes</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>Serviços onion</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Retransmissor</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Outras opções</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>o Tor não escuta em nenhuma porta</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>indicadores: {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (não escutando)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>o Tor se conecta apenas por pontes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>o Tor se conecta diretamente à rede Tor</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>programa que fala um transporte de ponte</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>simples</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>Bridge ({kind})</source>
        <translation>Ponte ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>este Tor não serve nenhum site onion</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>nome do host ilegível: {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>portas (porta onion, depois para onde vai): {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>chaves em {directory}</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>Serviço onion</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>este Tor é apenas cliente (sem ORPort)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>ponte</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>retransmissor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>este Tor transporta tráfego de outras pessoas</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ainda não conhecido</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Acessível</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>autoteste do Tor</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Contabilidade</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligada</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>O Tor não oferece porta SOCKS, então os aplicativos não podem usá-lo diretamente. Uma linha SocksPort no torrc adiciona uma.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>Aplicativos como um cliente de e-mail: configure o proxy deles para o socket SOCKS5 {path} e deixe o proxy resolver os nomes. Altere em {where}.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>Aplicativos como um cliente de e-mail: configure o proxy deles para SOCKS5, host {host}, porta {port}, e deixe o proxy resolver os nomes. Altere a porta em {where}.</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc: {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>padrões: {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS: altere services.tor em configuration.nix</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>proxy SOCKS5 para aplicativos (navegador, e-mail, chat)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>proxy HTTP CONNECT para aplicativos que não usam SOCKS</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>proxy transparente: regras do firewall redirecionam conexões para cá</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>proxy transparente no estilo do natd</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>resolvedor DNS que pergunta pelo Tor</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>porta de controle: programas como este painel</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>socket de controle: programas como este painel</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>porta do retransmissor: outros retransmissores e clientes se conectam aqui</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>porta de diretório deste retransmissor</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>porta para os transportes plugáveis desta ponte</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>métricas para ferramentas de monitoramento</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>fluxos de outras portas nunca compartilham seus circuitos</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>compartilha circuitos com as outras portas do grupo de sessão {group}</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>cada endereço de cliente recebe seus próprios circuitos</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>clientes em endereços diferentes podem compartilhar circuitos</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>cada usuário e senha SOCKS recebe seus próprios circuitos</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>usuários e senhas SOCKS não separam circuitos</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>cada protocolo (SOCKS 4, SOCKS 5, HTTP, DNS...) recebe seus próprios circuitos</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>cada endereço de destino recebe seus próprios circuitos</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>cada porta de destino recebe seus próprios circuitos</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>circuitos com autenticação SOCKS ficam abertos enquanto em uso</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>tentando conectar</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>não consegue conectar</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>não usado (UseBridges está desligado)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>ainda não tentado</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>arquivo de padrões</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>linha de comando do Tor</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>padrão embutido do Tor</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>alterado com o Tor em execução (por um controlador)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>desconhecido (um arquivo não pode ser lido)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>declarado no torrc</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>adicionado pela porta de controle, mantido após ela fechar</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>adicionado pela conexão de controle deste painel</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ainda não conhecido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>Nenhum Tor encontrado</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>Nenhum Tor responde neste computador.</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

O OnionPanel pode iniciar um Tor só seu: ele roda com o seu usuário, guarda os dados na sua pasta de estado e para quando o OnionPanel fecha. Ele nunca mexe no Tor do sistema nem na configuração dele.</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;Iniciar meu próprio Tor</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>Iniciar meu próprio Tor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OnionPanel cannot read Tor&apos;s authentication cookie {path} ({detail}).</source>
        <translation>O OnionPanel não consegue ler o cookie de autenticação do Tor {path} ({detail}).</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>Peça ao dono desse Tor que torne o cookie legível por um grupo do qual você faça parte, depois saia da sessão e entre de novo.</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>O arquivo pertence ao grupo “{group}”. Entre nesse grupo: sudo usermod -aG {group} {user}, depois saia da sessão e entre de novo. No NixOS, adicione users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; à sua configuração e execute nixos-rebuild switch.</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>O diretório {path} pertence a {owner}:{group} com o modo {mode}, então só {owner} pode abri-lo; entrar em um grupo não resolveria. Faça o Tor deixar o cookie legível pelo grupo dele (CookieAuthFileGroupReadable 1 no torrc, como o tor do Debian faz para o grupo debian-tor) ou use o socket de controle do Tor com ControlSocketsGroupWritable 1 (no NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>O arquivo do cookie pertence a {owner}:{group} com o modo {mode}, então só {owner} pode abri-lo; entrar em um grupo não resolveria. Faça o Tor deixar o cookie legível pelo grupo dele (CookieAuthFileGroupReadable 1 no torrc, como o tor do Debian faz para o grupo debian-tor) ou use o socket de controle do Tor com ControlSocketsGroupWritable 1 (no NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>Nenhuma porta de controle do Tor responde. Tentativas:
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>O Tor em {endpoint} recusou a senha.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>O Tor em {endpoint} precisa de uma senha de controle, e nenhuma foi dada.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>O Tor em {endpoint} não oferece nenhuma forma de login que o OnionPanel suporte ({offered}).</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} não fala o protocolo de controle do Tor ({detail}).</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>O Tor não iniciou: {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>A rede de teste não iniciou: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>Nova Identidade</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>Nova &amp;Identidade</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Novos circuitos para novas conexões ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>Resultado da Nova Identidade</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>&amp;Descartar os circuitos que passam por essa saída</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>Descartar os circuitos que passam por essa saída</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>O pacote Python “keyring” não está instalado, então não há um lugar seguro.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>Não é possível acessar o chaveiro da área de trabalho: {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>Nenhum chaveiro da área de trabalho (Secret Service) está rodando nesta sessão.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>O OnionPanel usará este idioma na próxima vez que iniciar.</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Circuits</source>
        <translation>Circuitos</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Retransmissores</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Largura de banda</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Sem conexão com o Tor.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetições</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>Repetida %n vez, a última às %1</numerusform>
            <numerusform>Repetida %n vezes, a última às %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>Depuração</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensagens</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Gravidade mínima mostrada</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>Mostrar mensagens desta gravidade ou maior</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravidade:</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>Mostrar &amp;info/depuração</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>Mostrar mensagens de info e depuração</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Pede ao Tor as mensagens de info e depuração enquanto esta página está aberta. São muitas.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>Copiar as mensagens selecionadas</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Copia as mensagens selecionadas ou, se nenhuma estiver, todas as mostradas</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>Salvar as mensagens mostradas em um arquivo</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>Mensagens anteriores</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>Mensagens do Tor</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetições</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>o arquivo de registro do Tor não pode ser lido (%1).</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>o diário do sistema não mostra a você nenhuma mensagem do Tor. Membros do grupo “systemd-journal” ou “adm” podem lê-las.</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>o Tor registra no diário do sistema, mas o journalctl não está disponível.</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>o Tor não grava o registro nem em arquivo nem no diário.</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>o Tor não disse onde registra (%1).</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>As mensagens anteriores não são mostradas: %1 As novas mensagens aparecem conforme chegam.</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>Salvar mensagens</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Arquivos de registro (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>Mensagens não salvas</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
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
        <translation>Área principal do OnionPanel</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Rede de teste — não anônima. Esta é uma rede Tor privada de prática neste computador; nada do que você faz aqui fica oculto.</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>Aviso de rede de teste</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Sem bandeja do sistema</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Fechar janela</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>Mostrar a página {number}</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — Rede de teste, não anônima</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Nova Identidade</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>Mapa de retransmissores</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>Mapa mundial dos retransmissores; as setas movem, mais e menos dão zoom, N e P escolhem o circuito seguinte ou anterior, Escape nenhum, F enquadra o circuito escolhido</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Guarda</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>Outro retransmissor</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>Tamanho do ponto: largura de banda</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Largura de banda: {bw} kB/s
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>%n retransmissor aqui; clique para aproximar</numerusform>
            <numerusform>%n retransmissores aqui; clique para aproximar</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit {id}</source>
        <translation>Circuito {id}</translation>
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
        <translation>Página do mapa de retransmissores</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>Origem das localizações</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>Quantidade de retransmissores</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>Enquadrar circuito</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>Enquadrar o circuito selecionado</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>Mostrar o mundo inteiro</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>Escolha um circuito primeiro: clique na linha dele ou pressione N no mapa</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>Localizações: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>{placed} de {total} retransmissores posicionados</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Sem conexão com o Tor.</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>A Nova Identidade falhou: {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Nova Identidade</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Uma nova identidade já está a caminho: o Tor troca em {seconds} s.</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>O Tor permite uma nova identidade a cada 10 segundos: troca em {seconds} s.</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Nova Identidade: novas conexões usam novos circuitos. Aguardando tráfego para mostrar a nova saída…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>O Tor reutilizou a mesma saída: {exit}.</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>Nova Identidade: saída {exit}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>%n circuito que passava por {exit} foi fechado.</numerusform>
            <numerusform>%n circuitos que passavam por {exit} foram fechados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>%n circuito para {host} foi fechado: a próxima conexão dele usará um novo.</numerusform>
            <numerusform>%n circuitos para {host} foram fechados: a próxima conexão dele usará um novo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Segundo {source}, seu relógio está %n segundo atrasado. O Tor precisa de um relógio certo.</numerusform>
            <numerusform>Segundo {source}, seu relógio está %n segundos atrasado. O Tor precisa de um relógio certo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Segundo {source}, seu relógio está %n segundo adiantado. O Tor precisa de um relógio certo.</numerusform>
            <numerusform>Segundo {source}, seu relógio está %n segundos adiantado. O Tor precisa de um relógio certo.</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>o consenso da rede</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>o retransmissor em {address}</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>o servidor de diretório em {address}</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>a rede Tor</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>O Tor está com problemas para se conectar: {reason} ({warning}).</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>O Tor está com problemas para se conectar: {reason}.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Um aplicativo se conectou à porta {port}, que costuma levar senhas sem criptografia. O Tor recusou a conexão.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Um aplicativo se conectou à porta {port}, que costuma levar senhas sem criptografia. O Tor permitiu a conexão.</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Um aplicativo deu ao Tor só um endereço IP ({address}) via {protocol}, então provavelmente resolveu o nome fora do Tor (um vazamento de DNS).</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>o endereço deste computador mudou</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>nenhum servidor de diretório pode ser alcançado</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>o relógio deu um salto</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Não foi possível carregar a lista de circuitos: {problem} O OnionPanel tentará de novo ao se reconectar.</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Não foi possível carregar o registro do Tor: {problem} O OnionPanel tentará de novo ao se reconectar.</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Não foi possível ler a configuração do Tor: {problem} O OnionPanel tentará de novo ao se reconectar.</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Não foi possível carregar a lista de retransmissores: {problem} O OnionPanel tentará de novo ao se reconectar.</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Uma tarefa em segundo plano do OnionPanel falhou: {problem} O OnionPanel tentará de novo ao se reconectar.</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>Não foi possível usar toda a lista de retransmissores do Tor, %n problema: {problems} O OnionPanel tentará de novo ao se reconectar.</numerusform>
            <numerusform>Não foi possível usar toda a lista de retransmissores do Tor, %n problemas: {problems} O OnionPanel tentará de novo ao se reconectar.</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Um aplicativo falou um protocolo desconhecido com a porta SOCKS do Tor.</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Um aplicativo pediu ao Tor um nome de host inválido: {hostname}.</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>Seu provedor de DNS responde com endereços falsos (sequestro de DNS). Este retransmissor não deveria ser de saída.</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>Seu provedor de DNS falha em todas as consultas, então o tráfego de saída não pode ser resolvido.</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Este Tor ({current}) está desatualizado; a rede recomenda: {recommended}.</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>A rede Tor considera perigosa esta versão do Tor ({current}).</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>O Tor tem conexões abertas demais ({count}).</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>A configuração de roteamento declara uma porta em que o Tor não escuta, então esse modo ou perfil não funciona até a configuração do Tor ou a de roteamento ser corrigida: {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>Reconectando ao Tor: {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>O Tor encontrou um bug interno: {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>O Tor consegue construir circuitos de novo.</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>O Tor não consegue construir circuitos agora ({reason}).</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>O Tor relatou {kind}.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Conectando ao Tor…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Autenticando…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>Bootstrapping {percent} %: {summary}</source>
        <translation>Inicialização {percent} %: {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>Nenhuma (porta de controle aberta)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Arquivo de cookie</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>Cookie seguro</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendada</translation>
    </message>
    <message>
        <source>obsolete, please update</source>
        <translation>obsoleta, atualize</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>não recomendada, atualize</translation>
    </message>
    <message>
        <source>old</source>
        <translation>antiga</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>mais nova que a recomendada</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>ainda não avaliada: o Tor não tem um consenso listando as versões recomendadas</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>ainda não avaliada: o Tor não disse se ela é recomendada</translation>
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
        <translation>&amp;Iniciar com minha sessão</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>Não foi possível alterar a entrada de início automático: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>Senha de controle do Tor</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>O Tor em {endpoint} pede sua senha de controle.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>O Tor recusou essa senha. Tente de novo.</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>Senha recusada</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>&amp;Lembrar no chaveiro da área de trabalho</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>Lembrar no chaveiro da área de trabalho</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>Por que o chaveiro não está disponível</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botões do diálogo</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>um retransmissor violou o protocolo</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>um erro interno</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>a pedido</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>um retransmissor está hibernando</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>um retransmissor ficou sem recursos</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>não foi possível alcançar um retransmissor</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>um retransmissor tinha a identidade errada</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>a conexão com um retransmissor foi fechada</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>esgotado</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>um retransmissor o fechou</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>nenhum caminho pela rede</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>esse serviço onion não existe</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>medição de tempo concluída</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>não é mais necessário</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>o nome não pôde ser resolvido</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>o destino recusou a conexão</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>a saída não permite</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>seu circuito foi fechado</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>nenhuma rota até o destino</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>a saída está hibernando</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>a saída ficou sem recursos</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>a conexão foi redefinida</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>não é um diretório</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>um endereço privado, recusado</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>nenhum circuito pôde levá-lo</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>um retransmissor fechou a conexão</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>um retransmissor recusou a conexão</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>uma conexão com um retransmissor foi redefinida</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>uma conexão com um retransmissor esgotou o tempo</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>nenhuma rota até um retransmissor (este computador está on-line?)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>uma conexão com um retransmissor falhou ao ler ou escrever</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>este computador ficou sem conexões ou memória</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>falta um transporte plugável</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>uma conexão com um retransmissor falhou</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>Detalhes do retransmissor</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>Escolha um retransmissor na lista, ou clique em um no mapa, para ver o que o Tor sabe sobre ele.</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>Nenhum retransmissor selecionado</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Bandwidth (consensus)</source>
        <translation>Largura de banda (consenso)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tempo ativo</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>Resumo da política de saída</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>Política de saída</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Copiar {field}</translation>
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
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>Saída ruim</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Guarda</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>Diretório onion</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>Só intermediário</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>Sem consenso Ed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estável</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>Descritor vencido</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>Sybil</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
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
        <translation>Lista de retransmissores</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Pesquisar apelido, impressão digital ou IP</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>Pesquisar retransmissores</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>Filtrar por indicador</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Todos os indicadores</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Retransmissores</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>Retransmissores mostrados</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>Detalhes do retransmissor</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>city</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>cidades</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>países</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} (banco de dados de {kind})</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP do Tor (só países)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Retransmissores</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>Por que não há retransmissores</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}; retransmissores da rede de teste em lugares inventados</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>O Tor ainda não deu ao OnionPanel uma lista de retransmissores. Ele tem uma quando baixa o consenso da rede; a página Status mostra até onde chegou.</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Sem conexão com o Tor. O mapa e a lista de retransmissores se preenchem quando o OnionPanel se conectar; a página Status diz o que ele está esperando.</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Largura de banda</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tempo ativo</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>menos de um minuto</translation>
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
        <translation>VMs e dispositivos em {interfaces} são encaminhados como o sistema está configurado (modo Desligado)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>VMs e dispositivos em {interfaces} não alcançam nada (Bloqueio total)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>VMs e dispositivos em {interfaces} passam pelo Tor</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>VMs e dispositivos em {interfaces} estão bloqueados: nada do que enviam é encaminhado</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>VMs e dispositivos em {interfaces} são encaminhados sem o Tor</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>O TCP vai para o TransPort do Tor {address}:{trans_port}, o DNS para a DNSPort {address}:{dns_port}, o IPv6 também; UDP e ICMP são bloqueados.</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>O TCP vai para o TransPort do Tor {address}:{trans_port}, o DNS para a DNSPort {address}:{dns_port}; UDP, ICMP e IPv6 são bloqueados.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Bloqueado %n pacote de {interfaces} que tentou sair contornando o Tor (desde a última troca)</numerusform>
            <numerusform>Bloqueados %n pacotes de {interfaces} que tentaram sair contornando o Tor (desde a última troca)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Bloqueado %n pacote de {interfaces} tentando contornar o Tor</numerusform>
            <numerusform>Bloqueados %n pacotes de {interfaces} tentando contornar o Tor</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>O encaminhamento para {interfaces} está desligado ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} está desligado, mas a entrada de roteador de {interfaces} encaminha parte do tráfego como está e precisa dele. O OnionPanel nunca o altera: defina {sysctl} = 1 na configuração do sistema.</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>Redes roteadas</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>Interfaces roteadas</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>Para onde vai o tráfego delas</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>Tentativas bloqueadas de sair contornando o Tor</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>Problema de encaminhamento</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>Não há barramento do sistema para alcançar o auxiliar de roteamento: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>O auxiliar de roteamento não está disponível.</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>O auxiliar de roteamento não respondeu: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>O auxiliar de roteamento não está instalado ou não está rodando ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Desligado (só os programas configurados para o Tor o usam)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>Tor (todo o tráfego)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Bloqueio total (nada sai além do próprio Tor)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>não aplicado</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, com acesso direto para {profile}</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Roteamento</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Roteamento</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>Consultando o auxiliar de roteamento…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>O auxiliar de roteamento da rede de teste inicia junto com a rede…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Agora: {mode} (volta ao Tor em %n min)</numerusform>
            <numerusform>Agora: {mode} (volta ao Tor em %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>Agora: {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Voltar ao Tor (encerrar o acesso direto para {profile})</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>Abrir {app} em {profile}</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>Acesso direto por {minutes} min: {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Acesso direto até eu voltar: {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>Acesso direto ligado para {profile}</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>removeu a tabela de firewall do OnionPanel</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>substituiu a tabela de firewall do OnionPanel por uma antiga ({mode})</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>apagou a cadeia {chain} da tabela de firewall do OnionPanel</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>esvaziou a cadeia {chain} da tabela de firewall do OnionPanel</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>alterou as regras de {chain} na tabela de firewall do OnionPanel</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>adicionou a cadeia {chain} à tabela de firewall do OnionPanel</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>alterou a tabela de firewall do OnionPanel</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>Outro programa {found}; restaurado: {mode} está aplicado de novo.</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>Alguém que não é o Tor ocupa as portas do Tor: bloqueio total até o Tor ocupá-las de novo.</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>O tempo de acesso direto acabou: de volta a {mode}.</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} não iniciou.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Detalhes do progresso</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>Progresso da inicialização</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Erro de conexão</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>Detalhes do Tor</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>Versão do Tor</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>Ponto de controle</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticação</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>Porta de controle:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticação:</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>Porta SOCKS para aplicativos</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>Copiar a porta SOCKS</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>Copiar host:porta, para colar na configuração de proxy de um aplicativo</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>Porta SOCKS:</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5; o Tor iniciado pelo OnionPanel)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>Avisos do Tor</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>O Tor não relatou nada que precise de atenção.</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>Nenhum aviso</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>aguardando o Tor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{time}  {notice}  (%n time(s) since {first})</source>
        <comment>a notice that came again: when, its words, how often since it came first</comment>
        <translation>
            <numerusform>{time}  {notice}  (%n vez desde {first})</numerusform>
            <numerusform>{time}  {notice}  (%n vezes desde {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>Iniciando um Tor só seu…</translation>
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
        <translation>Rede de teste — não anônima</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>O GNOME não mostra ícones de bandeja a menos que a extensão “AppIndicator and KStatusNotifierItem Support” esteja instalada e ativada. Em vez disso, o OnionPanel mantém esta janela aberta; fechá-la encerra o OnionPanel.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema (nenhum host StatusNotifierItem encontrado). Em vez disso, o OnionPanel mantém esta janela aberta; fechá-la encerra o OnionPanel.</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>Menu do OnionPanel na bandeja</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>&amp;Abrir o painel</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>&amp;Nova Identidade</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
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
        <translation>%1/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <comment>megabytes (10^6 bytes) per second</comment>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <comment>kilobytes (1000 bytes) per second</comment>
        <translation>kB/s</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>WarningNotifier</name>
    <message>
        <source>Tor reported an error</source>
        <translation>O Tor relatou um erro</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>O Tor relatou um alerta</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>O Tor relatou %n alerta ou erro</numerusform>
            <numerusform>O Tor relatou %n alertas ou erros</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>O mais grave: %1</translation>
    </message>
</context>
</TS>
