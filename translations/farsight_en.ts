<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminUsersPage</name>
    <message numerus="yes">
        <source>Page %1 of %2 (%n user(s))</source>
        <translation>
            <numerusform>Page %1 of %2 (%n user)</numerusform>
            <numerusform>Page %1 of %2 (%n users)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never reported</source>
        <translation>
            <numerusform>%n never reported</numerusform>
            <numerusform>%n never reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message numerus="yes">
        <source>Next update in %n s</source>
        <translation>
            <numerusform>Next update in %n s</numerusform>
            <numerusform>Next update in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: the dashboard lists %n server(s).</source>
        <translation>
            <numerusform>Connected: the dashboard lists %n server.</numerusform>
            <numerusform>Connected: the dashboard lists %n servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the dashboard lists %n server(s).</source>
        <extracomment>%1 = generation and version, e.g. &quot;Nezha v2 (2.3.7)&quot;</extracomment>
        <translation>
            <numerusform>Connected to %1: the dashboard lists %n server.</numerusform>
            <numerusform>Connected to %1: the dashboard lists %n servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetGroupProxy</name>
    <message numerus="yes">
        <source>In no group (%n)</source>
        <extracomment>group header in the server list; %n = servers in it</extracomment>
        <translation>
            <numerusform>In no group (%n)</numerusform>
            <numerusform>In no group (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untagged (%n)</source>
        <translation>
            <numerusform>Untagged (%n)</numerusform>
            <numerusform>Untagged (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <comment>group header</comment>
        <extracomment>group header in the server list; %1 = tag or group name, %n = servers in it</extracomment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetService</name>
    <message numerus="yes">
        <source>the previous request to %1 has not finished after %n second(s)</source>
        <extracomment>%1 is the dashboard address; the poll that was due now could not be sent</extracomment>
        <translation>
            <numerusform>the previous request to %1 has not finished after %n second</numerusform>
            <numerusform>the previous request to %1 has not finished after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration in seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrafanaValidation</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPreferences</name>
    <message numerus="yes">
        <source>History: %n day(s) kept at %1</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>
            <numerusform>History: %n day kept at %1</numerusform>
            <numerusform>History: %n days kept at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message numerus="yes">
        <source>%1 did not send a complete answer within %n second(s)</source>
        <extracomment>%1 is a URL; the request was still receiving data when its time ran out</extracomment>
        <translation>
            <numerusform>%1 did not send a complete answer within %n second</numerusform>
            <numerusform>%1 did not send a complete answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s)</source>
        <extracomment>%1 is a URL; nothing arrived at all for that long</extracomment>
        <translation>
            <numerusform>%1 sent nothing for %n second</numerusform>
            <numerusform>%1 sent nothing for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NezhaV1Codec</name>
    <message numerus="yes">
        <source>more than %Ln server(s)</source>
        <extracomment>%Ln = the largest fleet Farsight accepts</extracomment>
        <translation>
            <numerusform>more than %Ln server</numerusform>
            <numerusform>more than %Ln servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationContent</name>
    <message numerus="yes">
        <source>%n servers offline: %1</source>
        <extracomment>several servers went offline at once; %1 = their names</extracomment>
        <translation>
            <numerusform>%n server offline: %1</numerusform>
            <numerusform>%n servers offline: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n servers back online: %1</source>
        <extracomment>several servers recovered at once; %1 = their names</extracomment>
        <translation>
            <numerusform>%n server back online: %1</numerusform>
            <numerusform>%n servers back online: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n online</numerusform>
            <numerusform>%n online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never reported</source>
        <translation>
            <numerusform>%n never reported</numerusform>
            <numerusform>%n never reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerListPanel</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n online</numerusform>
            <numerusform>%n online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never reported</source>
        <translation>
            <numerusform>%n never reported</numerusform>
            <numerusform>%n never reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>%1 of %n server(s) online</source>
        <extracomment>tray tooltip; %1 = servers online</extracomment>
        <translation>
            <numerusform>%1 of %n server online</numerusform>
            <numerusform>%1 of %n servers online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muted server(s) offline</source>
        <translation>
            <numerusform>%n muted server offline</numerusform>
            <numerusform>%n muted servers offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) never reported</source>
        <translation>
            <numerusform>%n server never reported</numerusform>
            <numerusform>%n servers never reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) offline</source>
        <translation>
            <numerusform>%n server offline</numerusform>
            <numerusform>%n servers offline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>V1Replies</name>
    <message numerus="yes">
        <source>this computer is blocked by the dashboard&apos;s firewall for %n s after rejected logins (%1). Wait, then check the username and password.</source>
        <extracomment>%1 = dashboard address; %n = seconds the dashboard&apos;s firewall keeps blocking this computer</extracomment>
        <translation>
            <numerusform>this computer is blocked by the dashboard&apos;s firewall for %n second after rejected logins (%1). Wait, then check the username and password.</numerusform>
            <numerusform>this computer is blocked by the dashboard&apos;s firewall for %n seconds after rejected logins (%1). Wait, then check the username and password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>V1Stream</name>
    <message numerus="yes">
        <source>no update from %1 for %n s; reconnecting</source>
        <extracomment>%1 = the stream&apos;s address; %n = seconds without a frame</extracomment>
        <translation>
            <numerusform>no update from %1 for %n second; reconnecting</numerusform>
            <numerusform>no update from %1 for %n seconds; reconnecting</numerusform>
        </translation>
    </message>
</context>
</TS>
