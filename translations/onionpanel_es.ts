<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Encabezados de fila</translation>
    </message>
    <message>
        <source>Select all</source>
        <comment>a table&apos;s corner button</comment>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>the button that empties a text field</comment>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <comment>the list of a drop-down box</comment>
        <translation>{name}: opciones</translation>
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
        <translation>Recopilando datos: un punto por segundo.</translation>
    </message>
    <message>
        <source>Collecting data: a point every minute.</source>
        <translation>Recopilando datos: un punto por minuto.</translation>
    </message>
    <message>
        <source>Collecting data: a point every hour.</source>
        <translation>Recopilando datos: un punto por hora.</translation>
    </message>
    <message>
        <source>Collecting data: a point every %1.</source>
        <comment>%1: a span of time, as 10 minutes</comment>
        <translation>Recopilando datos: un punto cada %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthGraph</name>
    <message>
        <source>Bandwidth graph</source>
        <translation>Gráfico de ancho de banda</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>Graph interval</source>
        <translation>Intervalo del gráfico</translation>
    </message>
    <message>
        <source>Each point of the graph averages this long</source>
        <translation>Cada punto del gráfico promedia este intervalo</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Current download rate</source>
        <translation>Velocidad de descarga actual</translation>
    </message>
    <message>
        <source>Current upload rate</source>
        <translation>Velocidad de subida actual</translation>
    </message>
    <message>
        <source>Read since tor started</source>
        <translation>Recibido desde que se inició Tor</translation>
    </message>
    <message>
        <source>Written since tor started</source>
        <translation>Enviado desde que se inició Tor</translation>
    </message>
    <message>
        <source>Read (download)</source>
        <translation>Recibido (descarga)</translation>
    </message>
    <message>
        <source>Written (upload)</source>
        <translation>Enviado (subida)</translation>
    </message>
    <message>
        <source>Download rate:</source>
        <translation>Velocidad de descarga:</translation>
    </message>
    <message>
        <source>Upload rate:</source>
        <translation>Velocidad de subida:</translation>
    </message>
    <message>
        <source>Read since tor started:</source>
        <translation>Recibido desde que se inició Tor:</translation>
    </message>
    <message>
        <source>Written since tor started:</source>
        <translation>Enviado desde que se inició Tor:</translation>
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
        <translation>Propósito: %s</translation>
    </message>
    <message>
        <source>Build flags: %s</source>
        <translation>Indicadores de construcción: %s</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <comment>a status, then why: Closed (timed out)</comment>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>Estado: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Motivo: %s</translation>
    </message>
    <message>
        <source>stream %s</source>
        <translation>flujo %s</translation>
    </message>
    <message>
        <source>Circuit {id}: {status}</source>
        <translation>Circuito {id}: {status}</translation>
    </message>
    <message>
        <source>Traffic: {received} received, {sent} sent</source>
        <translation>Tráfico: {received} recibidos, {sent} enviados</translation>
    </message>
    <message>
        <source>Building</source>
        <comment>circuit status</comment>
        <translation>Construyéndose</translation>
    </message>
    <message>
        <source>Waiting for guard</source>
        <comment>circuit status</comment>
        <translation>Esperando al guardián</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>circuit status</comment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>circuit status</comment>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>circuit status</comment>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>General</source>
        <comment>circuit purpose</comment>
        <translation>General</translation>
    </message>
    <message>
        <source>General (conflux)</source>
        <comment>circuit purpose</comment>
        <translation>General (conflux)</translation>
    </message>
    <message>
        <source>Conflux, linking</source>
        <comment>circuit purpose</comment>
        <translation>Conflux, enlazando</translation>
    </message>
    <message>
        <source>Onion client, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Cliente onion, introducción</translation>
    </message>
    <message>
        <source>Onion client, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Cliente onion, encuentro</translation>
    </message>
    <message>
        <source>Onion client, directory</source>
        <comment>circuit purpose</comment>
        <translation>Cliente onion, directorio</translation>
    </message>
    <message>
        <source>Onion service, introduction</source>
        <comment>circuit purpose</comment>
        <translation>Servicio onion, introducción</translation>
    </message>
    <message>
        <source>Onion service, rendezvous</source>
        <comment>circuit purpose</comment>
        <translation>Servicio onion, encuentro</translation>
    </message>
    <message>
        <source>Onion service, directory</source>
        <comment>circuit purpose</comment>
        <translation>Servicio onion, directorio</translation>
    </message>
    <message>
        <source>Onion vanguards</source>
        <comment>circuit purpose</comment>
        <translation>Vanguardias onion</translation>
    </message>
    <message>
        <source>Timeout measurement</source>
        <comment>circuit purpose</comment>
        <translation>Medición de tiempo de espera</translation>
    </message>
    <message>
        <source>Controller</source>
        <comment>circuit purpose</comment>
        <translation>Controlador</translation>
    </message>
    <message>
        <source>Testing</source>
        <comment>circuit purpose</comment>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Padding</source>
        <comment>circuit purpose</comment>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Path bias test</source>
        <comment>circuit purpose</comment>
        <translation>Prueba de sesgo de ruta</translation>
    </message>
    <message>
        <source>New</source>
        <comment>stream status</comment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Resolving</source>
        <comment>stream status</comment>
        <translation>Resolviendo</translation>
    </message>
    <message>
        <source>Address remapped</source>
        <comment>stream status</comment>
        <translation>Dirección reasignada</translation>
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
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stream status</comment>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Stream {id} to {target}</source>
        <translation>Flujo {id} hacia {target}</translation>
    </message>
    <message>
        <source>From: {protocol} {origin}</source>
        <translation>Desde: {protocol} {origin}</translation>
    </message>
    <message>
        <source>↓ {received}  ↑ {sent}</source>
        <translation>↓ {received}  ↑ {sent}</translation>
    </message>
    <message>
        <source>app “{app}” in {profile}</source>
        <translation>aplicación «{app}» en {profile}</translation>
    </message>
    <message>
        <source>app “%s”</source>
        <translation>aplicación «%s»</translation>
    </message>
    <message>
        <source>profile %s</source>
        <translation>perfil %s</translation>
    </message>
    <message>
        <source>tor&apos;s directory fetch</source>
        <translation>descarga de directorio de Tor</translation>
    </message>
    <message>
        <source>from {address} via {interface}</source>
        <comment>a guest&apos;s stream</comment>
        <translation>desde {address} vía {interface}</translation>
    </message>
    <message>
        <source>transparent proxy</source>
        <translation>proxy transparente</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>puerto DNS</translation>
    </message>
    <message>
        <source>{protocol}, listener {number}</source>
        <translation>{protocol}, escucha {number}</translation>
    </message>
</context>
<context>
    <name>CircuitModel</name>
    <message>
        <source>Circuit / relay / stream</source>
        <translation>Circuito / repetidor / flujo</translation>
    </message>
    <message>
        <source>Status / country</source>
        <translation>Estado / país</translation>
    </message>
    <message>
        <source>Purpose / address / source</source>
        <translation>Propósito / dirección / origen</translation>
    </message>
    <message>
        <source>Age / flags / traffic</source>
        <translation>Antigüedad / indicadores / tráfico</translation>
    </message>
    <message>
        <source>Path / fingerprint</source>
        <translation>Ruta / huella digital</translation>
    </message>
</context>
<context>
    <name>CircuitsPage</name>
    <message>
        <source>Circuits and streams</source>
        <translation>Circuitos y flujos</translation>
    </message>
    <message>
        <source>Show tor&apos;s &amp;internal circuits</source>
        <translation>Mostrar los circuitos &amp;internos de Tor</translation>
    </message>
    <message>
        <source>Show tor&apos;s internal circuits</source>
        <translation>Mostrar los circuitos internos de Tor</translation>
    </message>
    <message>
        <source>Onion-service plumbing, directory fetches and timeout tests</source>
        <translation>Circuitos auxiliares de servicios onion, descargas de directorio y pruebas de tiempo de espera</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>&amp;New circuit for this host</source>
        <translation>&amp;Nuevo circuito para este sitio</translation>
    </message>
    <message>
        <source>Not connected to tor. Circuits appear here once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Sin conexión con Tor. Los circuitos aparecen aquí cuando OnionPanel se conecta; la página Estado dice qué está esperando.</translation>
    </message>
    <message>
        <source>Tor has only its own internal circuits right now. Tick “Show tor&apos;s internal circuits” to see them; yours appear when an application connects through tor.</source>
        <translation>Ahora Tor solo tiene sus propios circuitos internos. Marque «Mostrar los circuitos internos de Tor» para verlos; los suyos aparecen cuando una aplicación se conecta a través de Tor.</translation>
    </message>
    <message>
        <source>Tor has no circuits yet. It builds them once it reaches the network; if this stays empty, the Log page says why.</source>
        <translation>Tor aún no tiene circuitos. Los construye cuando alcanza la red; si esto sigue vacío, la página Registro dice por qué.</translation>
    </message>
    <message>
        <source>Close circ&amp;uit</source>
        <translation>Cerrar circ&amp;uito</translation>
    </message>
    <message>
        <source>Close &amp;stream</source>
        <translation>Cerrar &amp;flujo</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>Copiar ru&amp;ta</translation>
    </message>
    <message>
        <source>New circuit for this h&amp;ost</source>
        <translation>Nuevo circuito para este &amp;sitio</translation>
    </message>
    <message>
        <source>Close the circuits carrying this host, so its next connection gets a new one</source>
        <translation>Cierra los circuitos que llevan este sitio, para que su próxima conexión use uno nuevo</translation>
    </message>
    <message>
        <source>Why there are no circuits</source>
        <translation>Por qué no hay circuitos</translation>
    </message>
    <message>
        <source>Circuits, their relays and streams</source>
        <translation>Circuitos, sus repetidores y flujos</translation>
    </message>
</context>
<context>
    <name>ConfigFeed</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Sin conexión con Tor.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>What tor is configured to do. OnionPanel only shows it: change a setting where it comes from, then reload tor.</source>
        <translation>Lo que Tor está configurado para hacer. OnionPanel solo lo muestra: cambie un ajuste allí de donde viene y luego recargue Tor.</translation>
    </message>
    <message>
        <source>Which port applications should use</source>
        <translation>Qué puerto deben usar las aplicaciones</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Archivos de configuración</translation>
    </message>
    <message>
        <source>Notes about the configuration</source>
        <translation>Notas sobre la configuración</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Sin conexión con Tor.</translation>
    </message>
    <message>
        <source>Tor configuration</source>
        <translation>Configuración de Tor</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation>Dónde cambiarlo</translation>
    </message>
    <message>
        <source>Configuration columns</source>
        <translation>Columnas de la configuración</translation>
    </message>
    <message>
        <source>Show bridge addresses</source>
        <translation>Mostrar las direcciones de los puentes</translation>
    </message>
    <message>
        <source>Copy where to change it</source>
        <translation>Copiar dónde cambiarlo</translation>
    </message>
    <message>
        <source>Copy where to change the selected setting</source>
        <translation>Copiar dónde cambiar el ajuste seleccionado</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Copiar línea</translation>
    </message>
    <message>
        <source>Copy the selected setting&apos;s line</source>
        <translation>Copiar la línea del ajuste seleccionado</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Read the configuration again</source>
        <translation>Leer la configuración de nuevo</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Puentes</translation>
    </message>
    <message>
        <source>Onion services</source>
        <translation>Servicios onion</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Repetidor</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Otras opciones</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>tor listens on no port</source>
        <translation>Tor no escucha en ningún puerto</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>indicadores: {flags}</translation>
    </message>
    <message>
        <source>{address} (not listening)</source>
        <translation>{address} (no escucha)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>tor connects only through bridges</source>
        <translation>Tor se conecta solo a través de puentes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>tor connects to the Tor network directly</source>
        <translation>Tor se conecta directamente a la red Tor</translation>
    </message>
    <message>
        <source>program that speaks a bridge transport</source>
        <translation>programa que habla un transporte de puente</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>simple</translation>
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
        <translation>Puente ({kind})</translation>
    </message>
    <message>
        <source>this tor serves no onion site</source>
        <translation>este Tor no sirve ningún sitio onion</translation>
    </message>
    <message>
        <source>hostname not readable: {why}</source>
        <translation>nombre de host ilegible: {why}</translation>
    </message>
    <message>
        <source>ports (onion port, then where it goes): {ports}</source>
        <translation>puertos (puerto onion, luego adónde va): {ports}</translation>
    </message>
    <message>
        <source>keys in {directory}</source>
        <translation>claves en {directory}</translation>
    </message>
    <message>
        <source>Onion service</source>
        <translation>Servicio onion</translation>
    </message>
    <message>
        <source>this tor is a client only (no ORPort)</source>
        <translation>este Tor es solo cliente (sin ORPort)</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>puente</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>repetidor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>this tor carries traffic for others</source>
        <translation>este Tor transporta tráfico de otras personas</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>ORPort</source>
        <translation>ORPort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <source>tor&apos;s self-test</source>
        <translation>autoprueba de Tor</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Contabilidad</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort line in the torrc adds one.</source>
        <translation>Tor no ofrece ningún puerto SOCKS, así que las aplicaciones no pueden usarlo directamente. Una línea SocksPort en el torrc añade uno.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, and let the proxy resolve names. Change it at {where}.</source>
        <translation>Aplicaciones como un cliente de correo: configure su proxy en el socket SOCKS5 {path} y deje que el proxy resuelva los nombres. Cámbielo en {where}.</translation>
    </message>
    <message>
        <source>Applications such as a mail client: set their proxy to SOCKS5, host {host}, port {port}, and let the proxy resolve names. Change the port at {where}.</source>
        <translation>Aplicaciones como un cliente de correo: configure su proxy en SOCKS5, host {host}, puerto {port}, y deje que el proxy resuelva los nombres. Cambie el puerto en {where}.</translation>
    </message>
    <message>
        <source>torrc: {path}</source>
        <translation>torrc: {path}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>defaults: {path}</source>
        <translation>valores predeterminados: {path}</translation>
    </message>
    <message>
        <source>NixOS: change services.tor in configuration.nix</source>
        <translation>NixOS: cambie services.tor en configuration.nix</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <source>SOCKS5 proxy for applications (browser, mail, chat)</source>
        <translation>proxy SOCKS5 para aplicaciones (navegador, correo, chat)</translation>
    </message>
    <message>
        <source>HTTP CONNECT proxy for applications that cannot use SOCKS</source>
        <translation>proxy HTTP CONNECT para aplicaciones que no pueden usar SOCKS</translation>
    </message>
    <message>
        <source>transparent proxy: firewall rules redirect connections here</source>
        <translation>proxy transparente: reglas del cortafuegos redirigen las conexiones aquí</translation>
    </message>
    <message>
        <source>transparent proxy in the style of natd</source>
        <translation>proxy transparente al estilo de natd</translation>
    </message>
    <message>
        <source>DNS resolver that asks through Tor</source>
        <translation>resolutor DNS que pregunta a través de Tor</translation>
    </message>
    <message>
        <source>control port: programs like this panel</source>
        <translation>puerto de control: programas como este panel</translation>
    </message>
    <message>
        <source>control socket: programs like this panel</source>
        <translation>socket de control: programas como este panel</translation>
    </message>
    <message>
        <source>relay port: other relays and clients connect here</source>
        <translation>puerto de repetidor: otros repetidores y clientes se conectan aquí</translation>
    </message>
    <message>
        <source>directory port of this relay</source>
        <translation>puerto de directorio de este repetidor</translation>
    </message>
    <message>
        <source>port for pluggable transports of this bridge</source>
        <translation>puerto para los transportes conectables de este puente</translation>
    </message>
    <message>
        <source>metrics for monitoring tools</source>
        <translation>métricas para herramientas de monitorización</translation>
    </message>
    <message>
        <source>streams from other ports never share its circuits</source>
        <translation>los flujos de otros puertos nunca comparten sus circuitos</translation>
    </message>
    <message>
        <source>shares circuits with the other ports of session group {group}</source>
        <translation>comparte circuitos con los otros puertos del grupo de sesión {group}</translation>
    </message>
    <message>
        <source>each client address gets its own circuits</source>
        <translation>cada dirección de cliente tiene sus propios circuitos</translation>
    </message>
    <message>
        <source>clients at different addresses may share circuits</source>
        <translation>clientes en direcciones distintas pueden compartir circuitos</translation>
    </message>
    <message>
        <source>each SOCKS user name and password gets its own circuits</source>
        <translation>cada usuario y contraseña SOCKS tiene sus propios circuitos</translation>
    </message>
    <message>
        <source>SOCKS user names and passwords do not separate circuits</source>
        <translation>los usuarios y contraseñas SOCKS no separan circuitos</translation>
    </message>
    <message>
        <source>each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits</source>
        <translation>cada protocolo (SOCKS 4, SOCKS 5, HTTP, DNS...) tiene sus propios circuitos</translation>
    </message>
    <message>
        <source>each destination address gets its own circuits</source>
        <translation>cada dirección de destino tiene sus propios circuitos</translation>
    </message>
    <message>
        <source>each destination port gets its own circuits</source>
        <translation>cada puerto de destino tiene sus propios circuitos</translation>
    </message>
    <message>
        <source>circuits with SOCKS authentication stay open while in use</source>
        <translation>los circuitos con autenticación SOCKS siguen abiertos mientras se usan</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>trying to connect</source>
        <translation>intentando conectar</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>no puede conectar</translation>
    </message>
    <message>
        <source>not used (UseBridges is off)</source>
        <translation>no se usa (UseBridges está desactivado)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>aún no probado</translation>
    </message>
    <message>
        <source>torrc</source>
        <translation>torrc</translation>
    </message>
    <message>
        <source>defaults file</source>
        <translation>archivo de valores predeterminados</translation>
    </message>
    <message>
        <source>tor&apos;s command line</source>
        <translation>línea de órdenes de Tor</translation>
    </message>
    <message>
        <source>tor&apos;s built-in default</source>
        <translation>valor predeterminado incorporado en Tor</translation>
    </message>
    <message>
        <source>changed while tor runs (by a controller)</source>
        <translation>cambiado mientras Tor se ejecuta (por un controlador)</translation>
    </message>
    <message>
        <source>unknown (a file is not readable)</source>
        <translation>desconocido (un archivo no se puede leer)</translation>
    </message>
    <message>
        <source>declared in the torrc</source>
        <translation>declarado en el torrc</translation>
    </message>
    <message>
        <source>added over the control port, kept after it closed</source>
        <translation>añadido por el puerto de control, se mantuvo tras cerrarse</translation>
    </message>
    <message>
        <source>added over this panel&apos;s control connection</source>
        <translation>añadido por la conexión de control de este panel</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No Tor found</source>
        <translation>No se encontró Tor</translation>
    </message>
    <message>
        <source>No Tor answers on this computer.</source>
        <translation>Ningún Tor responde en este equipo.</translation>
    </message>
    <message>
        <source>{reason}

OnionPanel can start a Tor of your own: it runs as you, keeps its data in your state directory, and stops when OnionPanel quits. It never touches a system Tor or its configuration.</source>
        <translation>{reason}

OnionPanel puede iniciar un Tor propio: se ejecuta con su usuario, guarda sus datos en su carpeta de estado y se detiene cuando OnionPanel se cierra. Nunca toca el Tor del sistema ni su configuración.</translation>
    </message>
    <message>
        <source>&amp;Start my own Tor</source>
        <translation>&amp;Iniciar mi propio Tor</translation>
    </message>
    <message>
        <source>Start my own Tor</source>
        <translation>Iniciar mi propio Tor</translation>
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
        <translation>OnionPanel no puede leer la cookie de autenticación de Tor {path} ({detail}).</translation>
    </message>
    <message>
        <source>Ask the owner of that Tor to make its cookie readable by a group you are in, then log out and back in.</source>
        <comment>cookie: Tor&apos;s authentication cookie file</comment>
        <translation>Pida al propietario de ese Tor que haga su cookie legible para un grupo al que usted pertenezca, y luego cierre la sesión y vuelva a entrar.</translation>
    </message>
    <message>
        <source>The file belongs to the group “{group}”. Join that group: sudo usermod -aG {group} {user}, then log out and back in. On NixOS, add users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; to your configuration and run nixos-rebuild switch.</source>
        <translation>El archivo pertenece al grupo «{group}». Únase a ese grupo: sudo usermod -aG {group} {user}, luego cierre la sesión y vuelva a entrar. En NixOS, añada users.users.{user}.extraGroups = [ &quot;{group}&quot; ]; a su configuración y ejecute nixos-rebuild switch.</translation>
    </message>
    <message>
        <source>The directory {path} is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{path}: the folder that holds Tor&apos;s cookie file; {owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0700. Keep the torrc and NixOS option names as they are.</comment>
        <translation>El directorio {path} pertenece a {owner}:{group} con el modo {mode}, así que solo {owner} puede abrirlo; unirse a un grupo no serviría. Haga que Tor deje su cookie legible para su grupo (CookieAuthFileGroupReadable 1 en su torrc, como hace el tor de Debian para el grupo debian-tor), o use el socket de control de Tor con ControlSocketsGroupWritable 1 (en NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>The cookie file is owned by {owner}:{group} with mode {mode}, so only {owner} may open it; joining a group would not help. Have Tor make its cookie readable by its group (CookieAuthFileGroupReadable 1 in its torrc, as Debian&apos;s tor does for the group debian-tor), or use Tor&apos;s control socket with ControlSocketsGroupWritable 1 (on NixOS: services.tor.controlSocket.enable = true;).</source>
        <comment>{owner}, {group}: a user and a group name; {mode}: Unix permissions such as 0600. Keep the torrc and NixOS option names as they are.</comment>
        <translation>El archivo de la cookie pertenece a {owner}:{group} con el modo {mode}, así que solo {owner} puede abrirlo; unirse a un grupo no serviría. Haga que Tor deje su cookie legible para su grupo (CookieAuthFileGroupReadable 1 en su torrc, como hace el tor de Debian para el grupo debian-tor), o use el socket de control de Tor con ControlSocketsGroupWritable 1 (en NixOS: services.tor.controlSocket.enable = true;).</translation>
    </message>
    <message>
        <source>• {endpoint}: {reason}</source>
        <translation>• {endpoint}: {reason}</translation>
    </message>
    <message>
        <source>No Tor control port answers. Tried:
{tried}</source>
        <translation>Ningún puerto de control de Tor responde. Se probó:
{tried}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} rejected the password.</source>
        <translation>El Tor de {endpoint} rechazó la contraseña.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} needs a control password, and none was given.</source>
        <translation>El Tor de {endpoint} necesita una contraseña de control y no se dio ninguna.</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} offers no way to log in that OnionPanel supports ({offered}).</source>
        <translation>El Tor de {endpoint} no ofrece ningún método de acceso que OnionPanel admita ({offered}).</translation>
    </message>
    <message>
        <source>{endpoint} does not speak Tor&apos;s control protocol ({detail}).</source>
        <comment>{endpoint}: an address such as 127.0.0.1:9051 or a socket path; {detail}: what it answered instead, untranslated</comment>
        <translation>{endpoint} no habla el protocolo de control de Tor ({detail}).</translation>
    </message>
    <message>
        <source>Tor did not start: {detail}</source>
        <translation>Tor no se inició: {detail}</translation>
    </message>
    <message>
        <source>The sandbox network did not start: {detail}</source>
        <translation>La red de pruebas no se inició: {detail}</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>New Identity</source>
        <translation>Nueva identidad</translation>
    </message>
    <message>
        <source>New &amp;Identity</source>
        <translation>Nueva &amp;identidad</translation>
    </message>
    <message>
        <source>New circuits for new connections ({shortcut})</source>
        <translation>Circuitos nuevos para conexiones nuevas ({shortcut})</translation>
    </message>
    <message>
        <source>New Identity result</source>
        <translation>Resultado de la nueva identidad</translation>
    </message>
    <message>
        <source>&amp;Drop circuits through that exit</source>
        <translation>&amp;Descartar los circuitos que pasan por esa salida</translation>
    </message>
    <message>
        <source>Drop circuits through that exit</source>
        <translation>Descartar los circuitos que pasan por esa salida</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The Python “keyring” package is not installed, so there is no safe place.</source>
        <translation>El paquete de Python «keyring» no está instalado, así que no hay un lugar seguro.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: {error}</source>
        <translation>No se puede acceder al anillo de claves del escritorio: {error}</translation>
    </message>
    <message>
        <source>No desktop keyring (Secret Service) is running in this session.</source>
        <translation>No hay ningún anillo de claves del escritorio (Secret Service) en esta sesión.</translation>
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
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>OnionPanel will use this language the next time it starts.</source>
        <translation>OnionPanel usará este idioma la próxima vez que se inicie.</translation>
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
        <translation>Repetidores</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Not connected to tor.</source>
        <translation>Sin conexión con Tor.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeticiones</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s), last at %1</source>
        <translation>
            <numerusform>Repetido %n vez, la última a las %1</numerusform>
            <numerusform>Repetido %n veces, la última a las %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensajes</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Gravedad mínima mostrada</translation>
    </message>
    <message>
        <source>Show messages of this severity and above</source>
        <translation>Mostrar los mensajes de esta gravedad o superior</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Show &amp;info/debug</source>
        <translation>Mostrar &amp;información/depuración</translation>
    </message>
    <message>
        <source>Show info and debug messages</source>
        <translation>Mostrar mensajes de información y depuración</translation>
    </message>
    <message>
        <source>Asks tor for its info and debug messages while this page is open. They are many.</source>
        <translation>Pide a Tor sus mensajes de información y depuración mientras esta página está abierta. Son muchos.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy selected messages</source>
        <translation>Copiar los mensajes seleccionados</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all shown if none is</source>
        <translation>Copia los mensajes seleccionados, o todos los mostrados si no hay ninguno seleccionado</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save shown messages to a file</source>
        <translation>Guardar los mensajes mostrados en un archivo</translation>
    </message>
    <message>
        <source>Earlier messages</source>
        <translation>Mensajes anteriores</translation>
    </message>
    <message>
        <source>Tor messages</source>
        <translation>Mensajes de Tor</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>tor&apos;s log file cannot be read (%1).</source>
        <translation>no se puede leer el archivo de registro de Tor (%1).</translation>
    </message>
    <message>
        <source>the system journal shows you no messages from tor. Members of the “systemd-journal” or “adm” group can read them.</source>
        <translation>el diario del sistema no le muestra ningún mensaje de Tor. Los miembros del grupo «systemd-journal» o «adm» pueden leerlos.</translation>
    </message>
    <message>
        <source>tor logs to the system journal, but journalctl is not available.</source>
        <translation>Tor escribe en el diario del sistema, pero journalctl no está disponible.</translation>
    </message>
    <message>
        <source>tor writes its log neither to a file nor to the journal.</source>
        <translation>Tor no escribe su registro ni en un archivo ni en el diario.</translation>
    </message>
    <message>
        <source>tor did not say where it logs (%1).</source>
        <translation>Tor no indicó dónde escribe su registro (%1).</translation>
    </message>
    <message>
        <source>Earlier messages are not shown: %1 New messages appear as they come.</source>
        <translation>Los mensajes anteriores no se muestran: %1 Los mensajes nuevos aparecen a medida que llegan.</translation>
    </message>
    <message>
        <source>Save messages</source>
        <translation>Guardar mensajes</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Archivos de registro (*.log *.txt)</translation>
    </message>
    <message>
        <source>Messages not saved</source>
        <translation>Mensajes no guardados</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>Área principal de OnionPanel</translation>
    </message>
    <message>
        <source>Sandbox — not anonymous. This is a private practice Tor network on this computer; nothing you do here is hidden.</source>
        <translation>Red de pruebas: no es anónima. Es una red Tor privada de práctica en este equipo; nada de lo que haga aquí está oculto.</translation>
    </message>
    <message>
        <source>Sandbox warning</source>
        <translation>Advertencia de red de pruebas</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>No hay bandeja del sistema</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Cerrar ventana</translation>
    </message>
    <message>
        <source>Show page {number}</source>
        <translation>Mostrar la página {number}</translation>
    </message>
    <message>
        <source>OnionPanel — Sandbox, not anonymous</source>
        <translation>OnionPanel — Red de pruebas, no anónima</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Nueva identidad</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Relay map</source>
        <translation>Mapa de repetidores</translation>
    </message>
    <message>
        <source>World map of relays; arrows pan, plus and minus zoom, N and P choose the next or previous circuit, Escape none, F fits the chosen circuit</source>
        <translation>Mapa mundial de repetidores; las flechas desplazan, más y menos hacen zoom, N y P eligen el circuito siguiente o anterior, Escape ninguno, F ajusta el circuito elegido</translation>
    </message>
    <message>
        <source>Guard</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Guardián</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>a relay&apos;s role in the circuit</comment>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Other relay</source>
        <translation>Otro repetidor</translation>
    </message>
    <message>
        <source>Dot size: bandwidth</source>
        <translation>Tamaño del punto: ancho de banda</translation>
    </message>
    <message>
        <source>{nickname} ({ip})
{flags}
Bandwidth: {bw} kB/s
{fp}</source>
        <translation>{nickname} ({ip})
{flags}
Ancho de banda: {bw} kB/s
{fp}</translation>
    </message>
    <message numerus="yes">
        <source>%n relay(s) here; click to zoom in</source>
        <translation>
            <numerusform>%n repetidor aquí; haga clic para acercar</numerusform>
            <numerusform>%n repetidores aquí; haga clic para acercar</numerusform>
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
        <translation>Página del mapa de repetidores</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>Origen de las ubicaciones</translation>
    </message>
    <message>
        <source>Relay count</source>
        <translation>Número de repetidores</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Fit circuit</source>
        <translation>Encuadrar circuito</translation>
    </message>
    <message>
        <source>Fit the selected circuit</source>
        <translation>Encuadrar el circuito seleccionado</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>Mostrar el mundo entero</translation>
    </message>
    <message>
        <source>Select a circuit first: click its line, or press N on the map</source>
        <translation>Elija primero un circuito: haga clic en su línea o pulse N en el mapa</translation>
    </message>
    <message>
        <source>Locations: {source}</source>
        <translation>Ubicaciones: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{placed} of {total} relays placed</source>
        <translation>{placed} de {total} repetidores ubicados</translation>
    </message>
</context>
<context>
    <name>NewIdentity</name>
    <message>
        <source>Not connected to tor.</source>
        <translation>Sin conexión con Tor.</translation>
    </message>
    <message>
        <source>New Identity failed: {reason}</source>
        <translation>La nueva identidad falló: {reason}</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Nueva identidad</translation>
    </message>
    <message>
        <source>A new identity is already on its way: tor switches in {seconds} s.</source>
        <translation>Ya hay una nueva identidad en camino: Tor cambia en {seconds} s.</translation>
    </message>
    <message>
        <source>Tor allows one new identity every 10 seconds: it switches in {seconds} s.</source>
        <translation>Tor permite una nueva identidad cada 10 segundos: cambia en {seconds} s.</translation>
    </message>
    <message>
        <source>New identity: new connections get new circuits. Waiting for traffic to show the new exit…</source>
        <translation>Nueva identidad: las conexiones nuevas usan circuitos nuevos. Esperando tráfico para mostrar la nueva salida…</translation>
    </message>
    <message>
        <source>{relay} ({country})</source>
        <translation>{relay} ({country})</translation>
    </message>
    <message>
        <source>Tor reused the same exit: {exit}.</source>
        <translation>Tor volvió a usar la misma salida: {exit}.</translation>
    </message>
    <message>
        <source>New identity: exit {exit}.</source>
        <translation>Nueva identidad: salida {exit}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) through {exit}.</source>
        <translation>
            <numerusform>Se cerró %n circuito que pasaba por {exit}.</numerusform>
            <numerusform>Se cerraron %n circuitos que pasaban por {exit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n circuit(s) to {host}: its next connection gets a new one.</source>
        <translation>
            <numerusform>Se cerró %n circuito hacia {host}: su próxima conexión usará uno nuevo.</numerusform>
            <numerusform>Se cerraron %n circuitos hacia {host}: su próxima conexión usará uno nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message numerus="yes">
        <source>Your clock is %n second(s) behind {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Según {source}, su reloj va %n segundo atrasado. Tor necesita un reloj correcto.</numerusform>
            <numerusform>Según {source}, su reloj va %n segundos atrasado. Tor necesita un reloj correcto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n second(s) ahead of {source}. Tor needs a correct clock.</source>
        <translation>
            <numerusform>Según {source}, su reloj va %n segundo adelantado. Tor necesita un reloj correcto.</numerusform>
            <numerusform>Según {source}, su reloj va %n segundos adelantado. Tor necesita un reloj correcto.</numerusform>
        </translation>
    </message>
    <message>
        <source>the network consensus</source>
        <translation>el consenso de la red</translation>
    </message>
    <message>
        <source>the relay at {address}</source>
        <translation>el repetidor en {address}</translation>
    </message>
    <message>
        <source>the directory server at {address}</source>
        <translation>el servidor de directorio en {address}</translation>
    </message>
    <message>
        <source>the Tor network</source>
        <translation>la red Tor</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason} ({warning}).</source>
        <translation>Tor tiene problemas para conectarse: {reason} ({warning}).</translation>
    </message>
    <message>
        <source>Tor has trouble connecting: {reason}.</source>
        <translation>Tor tiene problemas para conectarse: {reason}.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor refused the connection.</source>
        <translation>Una aplicación se conectó al puerto {port}, que suele llevar contraseñas sin cifrar. Tor rechazó la conexión.</translation>
    </message>
    <message>
        <source>An application connected to port {port}, which usually carries unencrypted passwords. Tor allowed the connection.</source>
        <translation>Una aplicación se conectó al puerto {port}, que suele llevar contraseñas sin cifrar. Tor permitió la conexión.</translation>
    </message>
    <message>
        <source>An application gave Tor only an IP address ({address}) over {protocol}, so it probably looked up the name outside Tor (a DNS leak).</source>
        <translation>Una aplicación dio a Tor solo una dirección IP ({address}) por {protocol}, así que probablemente resolvió el nombre fuera de Tor (una fuga de DNS).</translation>
    </message>
    <message>
        <source>this computer&apos;s address changed</source>
        <translation>la dirección de este equipo cambió</translation>
    </message>
    <message>
        <source>no directory server can be reached</source>
        <translation>no se puede alcanzar ningún servidor de directorio</translation>
    </message>
    <message>
        <source>the clock jumped</source>
        <translation>el reloj dio un salto</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se dio ningún motivo</translation>
    </message>
    <message>
        <source>Could not load the circuit list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>No se pudo cargar la lista de circuitos: {problem} OnionPanel lo volverá a intentar al reconectarse.</translation>
    </message>
    <message>
        <source>Could not load Tor&apos;s log: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>No se pudo cargar el registro de Tor: {problem} OnionPanel lo volverá a intentar al reconectarse.</translation>
    </message>
    <message>
        <source>Could not read Tor&apos;s configuration: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>No se pudo leer la configuración de Tor: {problem} OnionPanel lo volverá a intentar al reconectarse.</translation>
    </message>
    <message>
        <source>Could not load the relay list: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>No se pudo cargar la lista de repetidores: {problem} OnionPanel lo volverá a intentar al reconectarse.</translation>
    </message>
    <message>
        <source>A background task of the panel failed: {problem} The panel tries again when it reconnects.</source>
        <comment>{problem}: Tor&apos;s or the connection&apos;s error message, a sentence in English</comment>
        <translation>Falló una tarea en segundo plano de OnionPanel: {problem} OnionPanel lo volverá a intentar al reconectarse.</translation>
    </message>
    <message numerus="yes">
        <source>Could not use all of Tor&apos;s relay list, %n problem(s): {problems} The panel tries again when it reconnects.</source>
        <comment>{problems}: up to three of Tor&apos;s error messages in English, separated by semicolons</comment>
        <translation>
            <numerusform>No se pudo usar toda la lista de repetidores de Tor, %n problema: {problems} OnionPanel lo volverá a intentar al reconectarse.</numerusform>
            <numerusform>No se pudo usar toda la lista de repetidores de Tor, %n problemas: {problems} OnionPanel lo volverá a intentar al reconectarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>An application spoke an unknown protocol to Tor&apos;s SOCKS port.</source>
        <translation>Una aplicación habló un protocolo desconocido con el puerto SOCKS de Tor.</translation>
    </message>
    <message>
        <source>An application asked Tor for an invalid host name: {hostname}.</source>
        <translation>Una aplicación pidió a Tor un nombre de host no válido: {hostname}.</translation>
    </message>
    <message>
        <source>Your DNS provider answers with fake addresses (DNS hijacking). This relay should not be an exit.</source>
        <translation>Su proveedor de DNS responde con direcciones falsas (secuestro de DNS). Este repetidor no debería ser de salida.</translation>
    </message>
    <message>
        <source>Your DNS provider fails every lookup, so exit traffic cannot be resolved.</source>
        <translation>Su proveedor de DNS falla en todas las consultas, así que el tráfico de salida no puede resolverse.</translation>
    </message>
    <message>
        <source>This Tor ({current}) is out of date; the network recommends: {recommended}.</source>
        <translation>Este Tor ({current}) está desactualizado; la red recomienda: {recommended}.</translation>
    </message>
    <message>
        <source>The Tor network calls this Tor version ({current}) dangerous.</source>
        <translation>La red Tor considera peligrosa esta versión de Tor ({current}).</translation>
    </message>
    <message>
        <source>Tor has too many open connections ({count}).</source>
        <translation>Tor tiene demasiadas conexiones abiertas ({count}).</translation>
    </message>
    <message>
        <source>The routing config declares a port Tor does not listen on, so that mode or profile cannot work until Tor&apos;s configuration or the routing config is fixed: {problem}</source>
        <translation>La configuración de enrutamiento declara un puerto en el que Tor no escucha, así que ese modo o perfil no puede funcionar hasta que se corrija la configuración de Tor o la de enrutamiento: {problem}</translation>
    </message>
    <message>
        <source>Reconnecting to Tor: {reason}</source>
        <comment>{reason}: why the connection to Tor&apos;s control port was lost, a sentence in English</comment>
        <translation>Reconectando con Tor: {reason}</translation>
    </message>
    <message>
        <source>Tor hit an internal bug: {reason}</source>
        <translation>Tor encontró un error interno: {reason}</translation>
    </message>
    <message>
        <source>Tor can build circuits again.</source>
        <translation>Tor puede volver a construir circuitos.</translation>
    </message>
    <message>
        <source>Tor cannot build circuits right now ({reason}).</source>
        <translation>Tor no puede construir circuitos ahora mismo ({reason}).</translation>
    </message>
    <message>
        <source>Tor reported {kind}.</source>
        <translation>Tor informó de {kind}.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Conectando con Tor…</translation>
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
        <translation>Arranque {percent} %: {summary}</translation>
    </message>
    <message>
        <source>None (open control port)</source>
        <translation>Ninguno (puerto de control abierto)</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Archivo cookie</translation>
    </message>
    <message>
        <source>Safe cookie</source>
        <translation>Cookie segura</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
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
        <translation>obsoleta, actualice</translation>
    </message>
    <message>
        <source>not recommended, please update</source>
        <translation>no recomendada, actualice</translation>
    </message>
    <message>
        <source>old</source>
        <translation>antigua</translation>
    </message>
    <message>
        <source>newer than recommended</source>
        <translation>más reciente que la recomendada</translation>
    </message>
    <message>
        <source>not rated yet: tor has no consensus listing recommended versions</source>
        <translation>aún sin valorar: Tor no tiene un consenso que liste las versiones recomendadas</translation>
    </message>
    <message>
        <source>not rated yet: tor has not said whether it is recommended</source>
        <translation>aún sin valorar: Tor no ha dicho si está recomendada</translation>
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
        <translation>&amp;Iniciar con mi sesión</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: {error}</source>
        <translation>No se pudo cambiar la entrada de inicio automático: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Tor control password</source>
        <translation>Contraseña de control de Tor</translation>
    </message>
    <message>
        <source>The Tor at {endpoint} asks for its control password.</source>
        <translation>El Tor de {endpoint} pide su contraseña de control.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Tor rejected that password. Please try again.</source>
        <translation>Tor rechazó esa contraseña. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>Contraseña rechazada</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>&amp;Recordar en el anillo de claves del escritorio</translation>
    </message>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>Recordar en el anillo de claves del escritorio</translation>
    </message>
    <message>
        <source>Why the keyring is unavailable</source>
        <translation>Por qué no está disponible el anillo de claves</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a relay broke the protocol</source>
        <translation>un repetidor incumplió el protocolo</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>un error interno</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>a petición</translation>
    </message>
    <message>
        <source>a relay is hibernating</source>
        <translation>un repetidor está hibernando</translation>
    </message>
    <message>
        <source>a relay is out of resources</source>
        <translation>un repetidor se quedó sin recursos</translation>
    </message>
    <message>
        <source>could not reach a relay</source>
        <translation>no se pudo alcanzar un repetidor</translation>
    </message>
    <message>
        <source>a relay had the wrong identity</source>
        <translation>un repetidor tenía una identidad errónea</translation>
    </message>
    <message>
        <source>the connection to a relay closed</source>
        <translation>la conexión con un repetidor se cerró</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>agotado</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>se agotó el tiempo</translation>
    </message>
    <message>
        <source>a relay closed it</source>
        <translation>un repetidor lo cerró</translation>
    </message>
    <message>
        <source>no path through the network</source>
        <translation>no hay ruta a través de la red</translation>
    </message>
    <message>
        <source>no such onion service</source>
        <translation>no existe ese servicio onion</translation>
    </message>
    <message>
        <source>timeout measurement done</source>
        <translation>medición del tiempo de espera terminada</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>ya no es necesario</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>no se pudo resolver el nombre</translation>
    </message>
    <message>
        <source>the destination refused the connection</source>
        <translation>el destino rechazó la conexión</translation>
    </message>
    <message>
        <source>the exit does not allow it</source>
        <translation>la salida no lo permite</translation>
    </message>
    <message>
        <source>its circuit closed</source>
        <translation>su circuito se cerró</translation>
    </message>
    <message>
        <source>no route to the destination</source>
        <translation>no hay ruta hacia el destino</translation>
    </message>
    <message>
        <source>the exit is hibernating</source>
        <translation>la salida está hibernando</translation>
    </message>
    <message>
        <source>the exit is out of resources</source>
        <translation>la salida se quedó sin recursos</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>la conexión se restableció</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>no es un directorio</translation>
    </message>
    <message>
        <source>a private address, refused</source>
        <translation>una dirección privada, rechazada</translation>
    </message>
    <message>
        <source>no circuit could carry it</source>
        <translation>ningún circuito pudo llevarlo</translation>
    </message>
    <message>
        <source>a relay closed the connection</source>
        <translation>un repetidor cerró la conexión</translation>
    </message>
    <message>
        <source>a relay refused the connection</source>
        <translation>un repetidor rechazó la conexión</translation>
    </message>
    <message>
        <source>a connection to a relay was reset</source>
        <translation>se restableció una conexión con un repetidor</translation>
    </message>
    <message>
        <source>a connection to a relay timed out</source>
        <translation>una conexión con un repetidor agotó el tiempo</translation>
    </message>
    <message>
        <source>no route to a relay (is this computer online?)</source>
        <translation>no hay ruta hacia un repetidor (¿está este equipo en línea?)</translation>
    </message>
    <message>
        <source>a connection to a relay failed to read or write</source>
        <translation>una conexión con un repetidor no pudo leer o escribir</translation>
    </message>
    <message>
        <source>this computer is out of connections or memory</source>
        <translation>este equipo se quedó sin conexiones o memoria</translation>
    </message>
    <message>
        <source>a pluggable transport is missing</source>
        <translation>falta un transporte conectable</translation>
    </message>
    <message>
        <source>a connection to a relay failed</source>
        <translation>falló una conexión con un repetidor</translation>
    </message>
</context>
<context>
    <name>RelayDetailsPanel</name>
    <message>
        <source>Relay details</source>
        <translation>Detalles del repetidor</translation>
    </message>
    <message>
        <source>Select a relay in the list, or click one on the map, to see what tor knows of it.</source>
        <translation>Elija un repetidor en la lista, o haga clic en uno del mapa, para ver lo que Tor sabe de él.</translation>
    </message>
    <message>
        <source>No relay selected</source>
        <translation>Ningún repetidor seleccionado</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>Ancho de banda (consenso)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Exit policy summary</source>
        <translation>Resumen de la política de salida</translation>
    </message>
    <message>
        <source>Exit policy</source>
        <translation>Política de salida</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
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
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>BadExit</source>
        <translation>Salida defectuosa</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Guardián</translation>
    </message>
    <message>
        <source>HSDir</source>
        <translation>Directorio onion</translation>
    </message>
    <message>
        <source>MiddleOnly</source>
        <translation>Solo intermedio</translation>
    </message>
    <message>
        <source>NoEdConsensus</source>
        <translation>Sin consenso Ed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>StaleDesc</source>
        <translation>Descriptor caducado</translation>
    </message>
    <message>
        <source>Sybil</source>
        <translation>Sybil</translation>
    </message>
    <message>
        <source>V2Dir</source>
        <translation>Directorio</translation>
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
        <translation>Lista de repetidores</translation>
    </message>
    <message>
        <source>Search nickname, fingerprint or IP</source>
        <translation>Buscar apodo, huella digital o IP</translation>
    </message>
    <message>
        <source>Search relays</source>
        <translation>Buscar repetidores</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>Filtrar por indicador</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Todos los indicadores</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Repetidores</translation>
    </message>
    <message>
        <source>Relays shown</source>
        <translation>Repetidores mostrados</translation>
    </message>
    <message>
        <source>Relay details</source>
        <translation>Detalles del repetidor</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
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
        <translation>ciudades</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of location database: {name} ({kind} database)</comment>
        <translation>países</translation>
    </message>
    <message>
        <source>{name} ({kind} database)</source>
        <translation>{name} (base de datos de {kind})</translation>
    </message>
    <message>
        <source>tor&apos;s GeoIP (countries only)</source>
        <translation>GeoIP de Tor (solo países)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Repetidores</translation>
    </message>
    <message>
        <source>Why there are no relays</source>
        <translation>Por qué no hay repetidores</translation>
    </message>
    <message>
        <source>{source}; sandbox relays at invented places</source>
        <translation>{source}; repetidores de la red de pruebas en lugares inventados</translation>
    </message>
    <message>
        <source>Tor has not given OnionPanel a list of relays yet. It has one once it has downloaded the network&apos;s consensus; the Status page shows how far it got.</source>
        <translation>Tor aún no ha dado a OnionPanel una lista de repetidores. La tiene cuando ha descargado el consenso de la red; la página Estado muestra cuánto ha avanzado.</translation>
    </message>
    <message>
        <source>Not connected to tor. The map and the relay list fill in once OnionPanel is connected; the Status page says what it is waiting for.</source>
        <translation>Sin conexión con Tor. El mapa y la lista de repetidores se llenan cuando OnionPanel se conecta; la página Estado dice qué está esperando.</translation>
    </message>
</context>
<context>
    <name>RelayTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
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
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tiempo activo</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
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
        <translation>Las VM y los dispositivos en {interfaces} se reenvían según la configuración del sistema (modo Desactivado)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} reach nothing (Lockdown)</source>
        <translation>Las VM y los dispositivos en {interfaces} no llegan a nada (Bloqueo)</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} go through Tor</source>
        <translation>Las VM y los dispositivos en {interfaces} salen por Tor</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are blocked: nothing they send is forwarded</source>
        <translation>Las VM y los dispositivos en {interfaces} están bloqueados: no se reenvía nada de lo que envían</translation>
    </message>
    <message>
        <source>VMs and devices on {interfaces} are forwarded without Tor</source>
        <translation>Las VM y los dispositivos en {interfaces} se reenvían sin Tor</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}, IPv6 too; UDP and ICMP are blocked.</source>
        <translation>TCP va al TransPort de Tor {address}:{trans_port}, DNS a su DNSPort {address}:{dns_port}, también IPv6; UDP e ICMP se bloquean.</translation>
    </message>
    <message>
        <source>TCP goes to Tor&apos;s TransPort {address}:{trans_port}, DNS to its DNSPort {address}:{dns_port}; UDP, ICMP and IPv6 are blocked.</source>
        <translation>TCP va al TransPort de Tor {address}:{trans_port}, DNS a su DNSPort {address}:{dns_port}; UDP, ICMP e IPv6 se bloquean.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} that tried to leave around Tor (since the last switch)</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Bloqueado %n paquete de {interfaces} que intentó salir sin pasar por Tor (desde el último cambio)</numerusform>
            <numerusform>Bloqueados %n paquetes de {interfaces} que intentaron salir sin pasar por Tor (desde el último cambio)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n packet(s) from {interfaces} trying to leave around Tor</source>
        <comment>counted by the firewall: UDP, QUIC, ICMP, IPv6 a VM sent that did not go through Tor</comment>
        <translation>
            <numerusform>Bloqueado %n paquete de {interfaces} que intentaba salir sin Tor</numerusform>
            <numerusform>Bloqueados %n paquetes de {interfaces} que intentaban salir sin Tor</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding for {interfaces} is off ({sysctl} = 0)</source>
        <translation>El reenvío para {interfaces} está desactivado ({sysctl} = 0)</translation>
    </message>
    <message>
        <source>{sysctl} is off, but the router entry for {interfaces} forwards some traffic as is and needs it. OnionPanel never changes it: set {sysctl} = 1 in the system&apos;s configuration.</source>
        <translation>{sysctl} está desactivado, pero la entrada de router de {interfaces} reenvía parte del tráfico tal cual y lo necesita. OnionPanel nunca lo cambia: ponga {sysctl} = 1 en la configuración del sistema.</translation>
    </message>
</context>
<context>
    <name>RoutersBox</name>
    <message>
        <source>Routed networks</source>
        <translation>Redes enrutadas</translation>
    </message>
    <message>
        <source>Routed interfaces</source>
        <translation>Interfaces enrutadas</translation>
    </message>
    <message>
        <source>Where their traffic goes</source>
        <translation>Adónde va su tráfico</translation>
    </message>
    <message>
        <source>Blocked attempts to leave around Tor</source>
        <translation>Intentos bloqueados de salir sin pasar por Tor</translation>
    </message>
    <message>
        <source>Forwarding problem</source>
        <translation>Problema de reenvío</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>No system bus to reach the routing helper: {error}</source>
        <translation>No hay bus del sistema para llegar al asistente de enrutamiento: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not available.</source>
        <translation>El asistente de enrutamiento no está disponible.</translation>
    </message>
    <message>
        <source>The routing helper did not answer: {error}</source>
        <translation>El asistente de enrutamiento no respondió: {error}</translation>
    </message>
    <message>
        <source>The routing helper is not installed or not running ({name}).</source>
        <translation>El asistente de enrutamiento no está instalado o no se está ejecutando ({name}).</translation>
    </message>
</context>
<context>
    <name>RoutingMenu</name>
    <message>
        <source>Off (only programs set up for Tor use it)</source>
        <translation>Desactivado (solo lo usan los programas configurados para Tor)</translation>
    </message>
    <message>
        <source>Tor (all traffic)</source>
        <translation>Tor (todo el tráfico)</translation>
    </message>
    <message>
        <source>Lockdown (nothing leaves but Tor itself)</source>
        <translation>Bloqueo (no sale nada más que el propio Tor)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>sin aplicar</translation>
    </message>
    <message>
        <source>Tor, with clearnet for {profile}</source>
        <translation>Tor, con acceso directo para {profile}</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Enrutamiento</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Asking the routing helper…</source>
        <translation>Consultando al asistente de enrutamiento…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own routing helper starts with its network…</source>
        <translation>El asistente de enrutamiento propio de la red de pruebas se inicia con su red…</translation>
    </message>
    <message numerus="yes">
        <source>Now: {mode} (back to Tor in %n min)</source>
        <translation>
            <numerusform>Ahora: {mode} (vuelve a Tor en %n min)</numerusform>
            <numerusform>Ahora: {mode} (vuelve a Tor en %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {mode}</source>
        <translation>Ahora: {mode}</translation>
    </message>
    <message>
        <source>Back to Tor (end clearnet for {profile})</source>
        <translation>Volver a Tor (terminar el acceso directo para {profile})</translation>
    </message>
    <message>
        <source>Open {app} in {profile}</source>
        <translation>Abrir {app} en {profile}</translation>
    </message>
    <message>
        <source>Clearnet for {minutes} min: {profile}</source>
        <translation>Acceso directo durante {minutes} min: {profile}</translation>
    </message>
    <message>
        <source>Clearnet until I switch back: {profile}</source>
        <translation>Acceso directo hasta que yo vuelva: {profile}</translation>
    </message>
    <message>
        <source>Clearnet on for {profile}</source>
        <translation>Acceso directo activado para {profile}</translation>
    </message>
    <message>
        <source>removed OnionPanel&apos;s firewall table</source>
        <translation>eliminó la tabla de cortafuegos de OnionPanel</translation>
    </message>
    <message>
        <source>replaced OnionPanel&apos;s firewall table with an old one ({mode})</source>
        <translation>reemplazó la tabla de cortafuegos de OnionPanel por una antigua ({mode})</translation>
    </message>
    <message>
        <source>deleted the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>borró la cadena {chain} de la tabla de cortafuegos de OnionPanel</translation>
    </message>
    <message>
        <source>emptied the chain {chain} of OnionPanel&apos;s firewall table</source>
        <translation>vació la cadena {chain} de la tabla de cortafuegos de OnionPanel</translation>
    </message>
    <message>
        <source>changed the rules of {chain} in OnionPanel&apos;s firewall table</source>
        <translation>cambió las reglas de {chain} en la tabla de cortafuegos de OnionPanel</translation>
    </message>
    <message>
        <source>added the chain {chain} to OnionPanel&apos;s firewall table</source>
        <translation>añadió la cadena {chain} a la tabla de cortafuegos de OnionPanel</translation>
    </message>
    <message>
        <source>changed OnionPanel&apos;s firewall table</source>
        <translation>cambió la tabla de cortafuegos de OnionPanel</translation>
    </message>
    <message>
        <source>Another program {found}; restored: {mode} is applied again.</source>
        <translation>Otro programa {found}; restaurado: {mode} vuelve a aplicarse.</translation>
    </message>
    <message>
        <source>Someone other than Tor holds Tor&apos;s ports: lockdown until Tor holds them again.</source>
        <translation>Alguien que no es Tor ocupa los puertos de Tor: bloqueo hasta que Tor los vuelva a ocupar.</translation>
    </message>
    <message>
        <source>Clearnet time is up: back to {mode}.</source>
        <translation>Se acabó el tiempo de acceso directo: de vuelta a {mode}.</translation>
    </message>
    <message>
        <source>{program} did not start.</source>
        <translation>{program} no se inició.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Detalles del progreso</translation>
    </message>
    <message>
        <source>Bootstrap progress</source>
        <translation>Progreso del arranque</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Tor details</source>
        <translation>Detalles de Tor</translation>
    </message>
    <message>
        <source>Tor version</source>
        <translation>Versión de Tor</translation>
    </message>
    <message>
        <source>Control endpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticación</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Control port:</source>
        <translation>Puerto de control:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>SOCKS port for applications</source>
        <translation>Puerto SOCKS para aplicaciones</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the SOCKS port</source>
        <translation>Copiar el puerto SOCKS</translation>
    </message>
    <message>
        <source>Copy host:port, to paste into an application&apos;s proxy setting</source>
        <translation>Copiar host:puerto, para pegarlo en el ajuste de proxy de una aplicación</translation>
    </message>
    <message>
        <source>SOCKS port:</source>
        <translation>Puerto SOCKS:</translation>
    </message>
    <message>
        <source>{address} (SOCKS5; the Tor OnionPanel started)</source>
        <translation>{address} (SOCKS5; el Tor que inició OnionPanel)</translation>
    </message>
    <message>
        <source>Notices from Tor</source>
        <translation>Avisos de Tor</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Tor has reported nothing that needs attention.</source>
        <translation>Tor no ha informado de nada que requiera atención.</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>Sin avisos</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>waiting for Tor</source>
        <translation>esperando a Tor</translation>
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
            <numerusform>{time}  {notice}  (%n veces desde {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorSession</name>
    <message>
        <source>Starting a Tor of your own…</source>
        <translation>Iniciando un Tor propio…</translation>
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
        <translation>Red de pruebas: no es anónima</translation>
    </message>
    <message>
        <source>Tor {version}</source>
        <translation>Tor {version}</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons unless the “AppIndicator and KStatusNotifierItem Support” extension is installed and enabled. OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>GNOME no muestra iconos de bandeja a menos que la extensión «AppIndicator and KStatusNotifierItem Support» esté instalada y activada. En su lugar, OnionPanel mantiene abierta esta ventana; al cerrarla se cierra OnionPanel.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (no StatusNotifierItem host was found). OnionPanel keeps this window open instead; closing it quits OnionPanel.</source>
        <translation>Este escritorio no tiene bandeja del sistema (no se encontró ningún servidor StatusNotifierItem). En su lugar, OnionPanel mantiene abierta esta ventana; al cerrarla se cierra OnionPanel.</translation>
    </message>
    <message>
        <source>OnionPanel tray menu</source>
        <translation>Menú de bandeja de OnionPanel</translation>
    </message>
    <message>
        <source>&amp;Open panel</source>
        <translation>&amp;Abrir el panel</translation>
    </message>
    <message>
        <source>&amp;New Identity</source>
        <translation>&amp;Nueva identidad</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <translation>Tor informó de un error</translation>
    </message>
    <message>
        <source>Tor reported a warning</source>
        <translation>Tor informó de una advertencia</translation>
    </message>
    <message numerus="yes">
        <source>Tor reported %n warnings or errors</source>
        <translation>
            <numerusform>Tor informó de %n advertencia o error</numerusform>
            <numerusform>Tor informó de %n advertencias o errores</numerusform>
        </translation>
    </message>
    <message>
        <source>The most serious: %1</source>
        <translation>Lo más grave: %1</translation>
    </message>
</context>
</TS>
