<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminActionPage</name>
    <message>
        <source>done (HTTP %1, no content)</source>
        <translation>已完成（HTTP %1，无内容）</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — sent, waiting for the server…</source>
        <translation>%1 — 已发送，正在等待服务器…</translation>
    </message>
    <message>
        <source>Server answers:</source>
        <translation>服务器响应：</translation>
    </message>
</context>
<context>
    <name>AdminBanner</name>
    <message>
        <source>Send requests with the same credentials again. Each rejected attempt counts towards Grafana&apos;s lockout.</source>
        <translation>使用相同的凭据重新发送请求。每次被拒绝的尝试都会计入 Grafana 的账户锁定次数。</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>重试(&amp;Y)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>忽略(&amp;M)</translation>
    </message>
</context>
<context>
    <name>AdminEncryptionPage</name>
    <message>
        <source>Grafana encrypts secrets (data source passwords, tokens) with data keys, which are themselves encrypted with the server&apos;s secret key. Back up the database before any of these.</source>
        <translation>Grafana 使用数据密钥加密机密（数据源密码、令牌），数据密钥本身又由服务器的 secret key 加密。执行以下任何操作前，请先备份数据库。</translation>
    </message>
    <message>
        <source>Start new data keys; existing secrets stay readable with the old ones.</source>
        <translation>启用新的数据密钥；现有机密仍可用旧密钥读取。</translation>
    </message>
    <message>
        <source>Rotate the data encryption keys of the whole server? New secrets use new keys from now on.</source>
        <translation>要轮换整个服务器的数据加密密钥吗？此后新的机密将使用新密钥。</translation>
    </message>
    <message>
        <source>Re-encrypt every data key with the current secret key (after changing secret_key).</source>
        <translation>使用当前的 secret key 重新加密每个数据密钥（在更改 secret_key 之后）。</translation>
    </message>
    <message>
        <source>Re-encrypt all data keys of the server with the current secret key?</source>
        <translation>要使用当前的 secret key 重新加密服务器的所有数据密钥吗？</translation>
    </message>
    <message>
        <source>Re-encrypt every stored secret with the current data keys.</source>
        <translation>使用当前的数据密钥重新加密每个已存储的机密。</translation>
    </message>
    <message>
        <source>Re-encrypt every secret stored on the server? This touches all data sources, notification channels and plugins.</source>
        <translation>要重新加密服务器上存储的每个机密吗？这会涉及所有数据源、通知渠道和插件。</translation>
    </message>
    <message>
        <source>Move secrets back to the legacy encryption (before a downgrade).</source>
        <translation>将机密回滚到旧版加密方式（用于降级之前）。</translation>
    </message>
    <message>
        <source>Roll back every secret on the server to the legacy encryption? Only do this before downgrading Grafana.</source>
        <translation>要将服务器上的每个机密回滚到旧版加密方式吗？仅应在降级 Grafana 之前执行此操作。</translation>
    </message>
</context>
<context>
    <name>AdminOverviewPage</name>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Administer this Grafana server with a Grafana Admin (server admin) login. Service-account tokens cannot use the Admin API.</source>
        <translation>使用 Grafana 管理员（服务器管理员）账户管理此 Grafana 服务器。服务账户令牌无法使用 Admin API。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Admin user:</source>
        <translation>管理员用户：</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>AdminPane</name>
    <message>
        <source>%1: done (HTTP %2).</source>
        <translation>%1：已完成（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>User %1 created (id %2).</source>
        <translation>已创建用户 %1（ID %2）。</translation>
    </message>
    <message>
        <source>Grafana rejected this user name and password before, so they are not sent again: Grafana locks an account after 5 failed sign-ins. Correct the password in the profile, or choose Try again.</source>
        <translation>Grafana 之前拒绝了此用户名和密码，因此不会再次发送：Grafana 会在 5 次登录失败后锁定账户。请在连接配置中更正密码，或选择“重试”。</translation>
    </message>
    <message>
        <source>No Grafana server is set up</source>
        <translation>尚未设置 Grafana 服务器</translation>
    </message>
    <message>
        <source>Enter the Grafana URL and a server admin&apos;s user name and password in the connection profile to manage its users, sessions and settings here.</source>
        <translation>在连接配置中填写 Grafana URL 以及服务器管理员的用户名和密码，即可在此管理其用户、会话和设置。</translation>
    </message>
    <message>
        <source>This session was started from the command line and has no connection profile. Add a profile with a Grafana URL (File &gt; Connection Profiles) to manage Grafana here.</source>
        <translation>此会话由命令行启动，没有连接配置。请添加一个带 Grafana URL 的连接配置（文件 &gt; 连接配置），以便在此管理 Grafana。</translation>
    </message>
    <message>
        <source>Set &amp;up Grafana…</source>
        <translation>设置 Grafana(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>Sta&amp;ts</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>会话(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Provisioning</source>
        <translation>预配置(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;ncryption</source>
        <translation>加密(&amp;N)</translation>
    </message>
</context>
<context>
    <name>AdminProvisioningPage</name>
    <message>
        <source>Re-read the provisioning files on the server. Reloads run synchronously and can take a while on large installations.</source>
        <translation>重新读取服务器上的预配置文件。重新加载是同步执行的，在大型部署上可能需要一段时间。</translation>
    </message>
    <message>
        <source>Re-read dashboard provisioning files; provisioned dashboards are updated or removed.</source>
        <translation>重新读取仪表板预配置文件；预配置的仪表板将被更新或移除。</translation>
    </message>
    <message>
        <source>Reload dashboard provisioning on the server? Provisioned dashboards are replaced by the files&apos; versions.</source>
        <translation>要重新加载服务器上的仪表板预配置吗？预配置的仪表板将被替换为文件中的版本。</translation>
    </message>
    <message>
        <source>Re-read data source provisioning files.</source>
        <translation>重新读取数据源预配置文件。</translation>
    </message>
    <message>
        <source>Reload data source provisioning on the server? Provisioned data sources are replaced by the files&apos; versions.</source>
        <translation>要重新加载服务器上的数据源预配置吗？预配置的数据源将被替换为文件中的版本。</translation>
    </message>
    <message>
        <source>Re-read plugin provisioning files (app plugin settings).</source>
        <translation>重新读取插件预配置文件（应用插件设置）。</translation>
    </message>
    <message>
        <source>Reload plugin provisioning on the server?</source>
        <translation>要重新加载服务器上的插件预配置吗？</translation>
    </message>
    <message>
        <source>Re-read role provisioning (Grafana Enterprise only).</source>
        <translation>重新读取角色预配置（仅限 Grafana Enterprise）。</translation>
    </message>
    <message>
        <source>Reload access-control provisioning on the server? Provisioned roles and assignments change for every user.</source>
        <translation>要重新加载服务器上的访问控制预配置吗？所有用户的预配置角色和分配都会随之改变。</translation>
    </message>
    <message>
        <source>Re-read alerting provisioning; rules are re-created and their pending timers restart.</source>
        <translation>重新读取告警预配置；规则将被重新创建，其待定计时器重新开始。</translation>
    </message>
    <message>
        <source>Reload alerting provisioning on the server? Every alert rule is re-created and pending alerts start their wait again.</source>
        <translation>要重新加载服务器上的告警预配置吗？每条告警规则都会被重新创建，待定的告警将重新开始等待。</translation>
    </message>
    <message>
        <source>Re-read the LDAP configuration file (ldap.toml).</source>
        <translation>重新读取 LDAP 配置文件（ldap.toml）。</translation>
    </message>
    <message>
        <source>Reload the LDAP configuration on the server? Sign-ins use the new settings at once.</source>
        <translation>要重新加载服务器上的 LDAP 配置吗？登录将立即使用新设置。</translation>
    </message>
</context>
<context>
    <name>AdminSessionsPage</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 has no active sessions.</source>
        <translation>%1 没有活动会话。</translation>
    </message>
    <message>
        <source>Revoke the session of %1 on %2 (%3, %4)? That browser will be signed out.</source>
        <translation>要撤销 %1 在 %2（%3，%4）上的会话吗？该浏览器将被注销。</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>撤销会话</translation>
    </message>
    <message>
        <source>Sign %1 out of every session on every device?</source>
        <translation>要将 %1 从所有设备上的所有会话中注销吗？</translation>
    </message>
    <message>
        <source>Log out everywhere</source>
        <translation>从所有设备注销</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Pick a user on the Users page</source>
        <translation>请在“用户”页选择一个用户</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>No users are loaded yet. Choose Load users, then pick a user here, or choose Sessions on the Users page.</source>
        <translation>尚未加载用户。请选择“加载用户”，然后在此选择一个用户，或在“用户”页选择“会话”。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Revo&amp;ke session</source>
        <translation>撤销会话(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Log out everywhere</source>
        <translation>从所有设备注销(&amp;L)</translation>
    </message>
    <message>
        <source>Lo&amp;ad users</source>
        <translation>加载用户(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AdminSettingsPage</name>
    <message>
        <source>(redacted by the server)</source>
        <translation>（已被服务器隐去）</translation>
    </message>
    <message>
        <source>%1 (password redacted)</source>
        <translation>%1（密码已隐去）</translation>
    </message>
    <message>
        <source>Enter a key of section auth.saml first</source>
        <translation>请先输入 auth.saml 节中的键</translation>
    </message>
    <message>
        <source>Remove the key &quot;%1&quot; from section auth.saml on the server? This changes how users sign in.</source>
        <translation>要从服务器的 auth.saml 节中删除键“%1”吗？这会改变用户的登录方式。</translation>
    </message>
    <message>
        <source>Set auth.saml &quot;%1&quot; to &quot;%2&quot; on the server? This changes how users sign in.</source>
        <translation>要在服务器上将 auth.saml 的“%1”设为“%2”吗？这会改变用户的登录方式。</translation>
    </message>
    <message>
        <source>Change SAML settings</source>
        <translation>更改 SAML 设置</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>删除键</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Search sections, keys and values</source>
        <translation>搜索节、键和值</translation>
    </message>
    <message>
        <source>Section / key</source>
        <translation>节 / 键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>SAML (Grafana Enterprise)</source>
        <translation>SAML（Grafana Enterprise）</translation>
    </message>
    <message>
        <source>Grafana Enterprise can change the auth.saml section at runtime. Other editions answer &quot;Not found&quot;.</source>
        <translation>Grafana Enterprise 可以在运行时更改 auth.saml 节。其他版本会返回“Not found”。</translation>
    </message>
    <message>
        <source>Key, e.g. enabled</source>
        <translation>键，例如 enabled</translation>
    </message>
    <message>
        <source>Value, e.g. true</source>
        <translation>值，例如 true</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Copy v&amp;alue</source>
        <translation>复制值(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy section</source>
        <translation>复制节(&amp;C)</translation>
    </message>
    <message>
        <source>Apply up&amp;date</source>
        <translation>应用更新(&amp;D)</translation>
    </message>
    <message>
        <source>Remove &amp;key</source>
        <translation>删除键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>AdminStatsPage</name>
    <message>
        <source>Grafana %1, edition %2, %3/%4, packaged as %5. Licence valid: %6.</source>
        <translation>Grafana %1，%2 版，%3/%4，打包方式 %5。许可证有效：%6。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>计数项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>The usage report is what Grafana would send to grafana.com when reporting is on.</source>
        <translation>使用情况报告是开启上报后 Grafana 会发送给 grafana.com 的内容。</translation>
    </message>
    <message>
        <source>&amp;Refresh statistics</source>
        <translation>刷新统计(&amp;R)</translation>
    </message>
    <message>
        <source>Previe&amp;w usage report</source>
        <translation>预览使用情况报告(&amp;W)</translation>
    </message>
</context>
<context>
    <name>AdminText</name>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Load settings</source>
        <translation>加载设置</translation>
    </message>
    <message>
        <source>Update SAML settings</source>
        <translation>更新 SAML 设置</translation>
    </message>
    <message>
        <source>Load statistics</source>
        <translation>加载统计</translation>
    </message>
    <message>
        <source>Load usage report preview</source>
        <translation>加载使用情况报告预览</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Change Grafana Admin permission</source>
        <translation>更改 Grafana 管理员权限</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Load sessions</source>
        <translation>加载会话</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>撤销会话</translation>
    </message>
    <message>
        <source>Log out everywhere</source>
        <translation>从所有设备注销</translation>
    </message>
    <message>
        <source>Reload dashboards</source>
        <translation>重新加载仪表板</translation>
    </message>
    <message>
        <source>Reload data sources</source>
        <translation>重新加载数据源</translation>
    </message>
    <message>
        <source>Reload plugins</source>
        <translation>重新加载插件</translation>
    </message>
    <message>
        <source>Reload access control</source>
        <translation>重新加载访问控制</translation>
    </message>
    <message>
        <source>Reload alerting</source>
        <translation>重新加载告警</translation>
    </message>
    <message>
        <source>Reload LDAP</source>
        <translation>重新加载 LDAP</translation>
    </message>
    <message>
        <source>Rotate data keys</source>
        <translation>轮换数据密钥</translation>
    </message>
    <message>
        <source>Re-encrypt data keys</source>
        <translation>重新加密数据密钥</translation>
    </message>
    <message>
        <source>Re-encrypt secrets</source>
        <translation>重新加密机密</translation>
    </message>
    <message>
        <source>Roll back secrets</source>
        <translation>回滚机密</translation>
    </message>
    <message>
        <source>Farsight does not retry: Grafana locks an account for 5 minutes after 5 failed sign-ins, so this account may now be locked.</source>
        <translation>Farsight 不会重试：Grafana 会在 5 次登录失败后将账户锁定 5 分钟，此账户现在可能已被锁定。</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2): %3</source>
        <translation>%1失败（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>[%1]</source>
        <comment>server error id</comment>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>This server does not offer it: it is available only in Grafana Enterprise.</source>
        <translation>此服务器不提供该功能：它仅在 Grafana Enterprise 中可用。</translation>
    </message>
    <message>
        <source>The operation was only partly done; see the Grafana server log.</source>
        <translation>操作只完成了一部分；请查看 Grafana 服务器日志。</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Dashboard tags</source>
        <translation>仪表板标签</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Active users (30 days)</source>
        <translation>活跃用户（30 天）</translation>
    </message>
    <message>
        <source>Active admins (30 days)</source>
        <translation>活跃管理员（30 天）</translation>
    </message>
    <message>
        <source>Active editors (30 days)</source>
        <translation>活跃编辑者（30 天）</translation>
    </message>
    <message>
        <source>Active viewers (30 days)</source>
        <translation>活跃查看者（30 天）</translation>
    </message>
    <message>
        <source>Active sessions (30 days)</source>
        <translation>活动会话（30 天）</translation>
    </message>
    <message>
        <source>Active users (24 hours)</source>
        <translation>活跃用户（24 小时）</translation>
    </message>
    <message>
        <source>Active admins (24 hours)</source>
        <translation>活跃管理员（24 小时）</translation>
    </message>
    <message>
        <source>Active editors (24 hours)</source>
        <translation>活跃编辑者（24 小时）</translation>
    </message>
    <message>
        <source>Active viewers (24 hours)</source>
        <translation>活跃查看者（24 小时）</translation>
    </message>
    <message>
        <source>Active sessions (24 hours)</source>
        <translation>活动会话（24 小时）</translation>
    </message>
    <message>
        <source>Active users this month</source>
        <translation>本月活跃用户</translation>
    </message>
    <message>
        <source>Anonymous devices (30 days)</source>
        <translation>匿名设备（30 天）</translation>
    </message>
    <message>
        <source>Reload notification channels</source>
        <translation>重新加载通知渠道</translation>
    </message>
    <message>
        <source>Check server health</source>
        <translation>检查服务器健康状态</translation>
    </message>
    <message>
        <source>Load the signed-in user</source>
        <translation>加载当前登录的用户</translation>
    </message>
    <message>
        <source>Reload dash&amp;boards</source>
        <translation>重新加载仪表板(&amp;B)</translation>
    </message>
    <message>
        <source>Reload &amp;data sources</source>
        <translation>重新加载数据源(&amp;D)</translation>
    </message>
    <message>
        <source>Reload p&amp;lugins</source>
        <translation>重新加载插件(&amp;L)</translation>
    </message>
    <message>
        <source>Reload a&amp;ccess control</source>
        <translation>重新加载访问控制(&amp;C)</translation>
    </message>
    <message>
        <source>Reload &amp;alerting</source>
        <translation>重新加载告警(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reload LDAP</source>
        <translation>重新加载 LDAP(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Rotate data keys</source>
        <translation>轮换数据密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Re-encrypt &amp;data keys</source>
        <translation>重新加密数据密钥(&amp;D)</translation>
    </message>
    <message>
        <source>Re-en&amp;crypt secrets</source>
        <translation>重新加密机密(&amp;C)</translation>
    </message>
    <message>
        <source>Roll &amp;back secrets</source>
        <translation>回滚机密(&amp;B)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AdminUsersPage</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 (%n user(s))</source>
        <translation>
            <numerusform>第 %1/%2 页（共 %n 个用户）</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Grafana Admin</source>
        <translation>撤销 Grafana 管理员</translation>
    </message>
    <message>
        <source>Grant Grafana Admin</source>
        <translation>授予 Grafana 管理员</translation>
    </message>
    <message>
        <source>Make %1 a Grafana Admin? They will be able to administer the whole server, every organization and every user.</source>
        <translation>要将 %1 设为 Grafana 管理员吗？该用户将能够管理整个服务器、所有组织和所有用户。</translation>
    </message>
    <message>
        <source>Remove Grafana Admin from %1? They keep their organization roles.</source>
        <translation>要撤销 %1 的 Grafana 管理员权限吗？该用户在各组织中的角色保持不变。</translation>
    </message>
    <message>
        <source>Grafana Admin</source>
        <translation>Grafana 管理员</translation>
    </message>
    <message>
        <source>Delete the user %1? Their sessions, stars, preferences and memberships are removed. This cannot be undone.</source>
        <translation>要删除用户 %1 吗？其会话、收藏、偏好设置和组织成员身份都将被移除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Search by login, email or name</source>
        <translation>按登录名、电子邮件或名称搜索</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <source> per page</source>
        <translation> 条/页</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>user never signed in</comment>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>%1 (when the list was loaded)</source>
        <extracomment>tooltip of a &quot;Last seen&quot; cell: %1 = &quot;4 min 12 s ago&quot; (as of loading the list)</extracomment>
        <translation>%1（加载列表时）</translation>
    </message>
    <message>
        <source>Revoke Grafana A&amp;dmin</source>
        <translation>撤销 Grafana 管理员(&amp;D)</translation>
    </message>
    <message>
        <source>Grant Grafana A&amp;dmin</source>
        <translation>授予 Grafana 管理员(&amp;D)</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>搜索(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>上一页(&amp;R)</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>下一页(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Create user…</source>
        <translation>创建用户(&amp;C)…</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>修改密码(&amp;W)…</translation>
    </message>
    <message>
        <source>De&amp;lete user</source>
        <translation>删除用户(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Browser sessions…</source>
        <translation>浏览器会话(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>AlertEvent</name>
    <message>
        <source>%1 is offline (no report for %2)</source>
        <extracomment>%1 = server name, %2 = duration such as &quot;42 s&quot;</extracomment>
        <translation>%1 已离线（%2内无上报）</translation>
    </message>
    <message>
        <source>%1 is back online after %2</source>
        <extracomment>%1 = server name, %2 = length of the outage such as &quot;4 min 12 s&quot;</extracomment>
        <translation>%1 已恢复在线（离线时长 %2）</translation>
    </message>
    <message>
        <source>The dashboard cannot be reached</source>
        <translation>无法连接面板</translation>
    </message>
    <message>
        <source>The dashboard cannot be reached: %1</source>
        <translation>无法连接面板：%1</translation>
    </message>
    <message>
        <source>The dashboard rejected the API token. Update it in the profile settings.</source>
        <translation>面板拒绝了 API 令牌。请在连接配置中更新令牌。</translation>
    </message>
    <message>
        <source>The dashboard is reachable again after %1</source>
        <extracomment>%1 = how long the dashboard was unreachable, such as &quot;2 min 5 s&quot;</extracomment>
        <translation>面板已恢复连接（中断 %1）</translation>
    </message>
    <message>
        <source>%1: no report for %2</source>
        <extracomment>notification body line; %1 = server name, %2 = duration such as &quot;42 s&quot;</extracomment>
        <translation>%1：%2内无上报</translation>
    </message>
    <message>
        <source>%1: back online after %2</source>
        <extracomment>notification body line; %1 = server name, %2 = length of the outage</extracomment>
        <translation>%1：已恢复在线（离线时长 %2）</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>alert history event</comment>
        <translation>已离线</translation>
    </message>
    <message>
        <source>Back online</source>
        <comment>alert history event</comment>
        <translation>恢复在线</translation>
    </message>
    <message>
        <source>Dashboard unreachable</source>
        <comment>alert history event</comment>
        <translation>面板无法连接</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <comment>alert history event</comment>
        <translation>令牌被拒绝</translation>
    </message>
    <message>
        <source>Dashboard recovered</source>
        <comment>alert history event</comment>
        <translation>面板已恢复</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>安全连接失败：%1</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>服务器返回了错误（%1）。</translation>
    </message>
    <message>
        <source>The server answered with an error (%1): %2</source>
        <translation>服务器返回了错误（%1）：%2</translation>
    </message>
    <message>
        <source>The server rejected the credentials.</source>
        <translation>服务器拒绝了凭据。</translation>
    </message>
    <message>
        <source>The server rejected the credentials: %1</source>
        <translation>服务器拒绝了凭据：%1</translation>
    </message>
    <message>
        <source>The server reported an error (code %1): %2</source>
        <translation>服务器报告了错误（代码 %1）：%2</translation>
    </message>
    <message>
        <source>The reply could not be read: %1</source>
        <translation>无法读取响应：%1</translation>
    </message>
    <message>
        <source>The reply could not be read: %1 at &quot;%2&quot;</source>
        <translation>无法读取响应：%1，位置“%2”</translation>
    </message>
    <message>
        <source>The reply was too large (over %1).</source>
        <translation>响应过大（超过 %1）。</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The server did not answer in time: %1</source>
        <translation>服务器未能及时响应：%1</translation>
    </message>
    <message>
        <source>the reply holds more than %1 JSON objects and lists</source>
        <translation>响应包含超过 %1 个 JSON 对象和列表</translation>
    </message>
    <message>
        <source>the reply holds more than %1 JSON values</source>
        <translation>响应包含超过 %1 个 JSON 值</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>closes a sentence that came without a full stop (Chinese: %1。)</extracomment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <extracomment>%1 = the server&apos;s own message, in whatever language the server uses; keep the quotation marks</extracomment>
        <translation>服务器返回：“%1”</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <extracomment>%1 = the URL, %2 = the network&apos;s reason, e.g. &quot;Connection refused&quot;</extracomment>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未能及时响应。</translation>
    </message>
    <message>
        <source>The server reported an error (code %1).</source>
        <translation>服务器报告了错误（代码 %1）。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Watch a Nezha fleet from the system tray</source>
        <translation>在系统托盘中监控哪吒服务器群</translation>
    </message>
    <message>
        <source>Could not remove the autostart entry %1.</source>
        <translation>无法删除自启动项 %1。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not write the autostart entry %1: %2</source>
        <translation>无法写入自启动项 %1：%2</translation>
    </message>
</context>
<context>
    <name>BackgroundDecode</name>
    <message>
        <source>not enough memory to decode the reply</source>
        <translation>内存不足，无法解析响应</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>New password for %1. Grafana signs this user out of every session when the password changes.</source>
        <translation>为 %1 设置新密码。密码更改后，Grafana 会注销该用户的所有会话。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n 台离线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never reported</source>
        <translation>
            <numerusform>%n 台从未上报</numerusform>
        </translation>
    </message>
    <message>
        <source>No server matches the selection.</source>
        <translation>没有符合所选条件的服务器。</translation>
    </message>
    <message>
        <source>offline %1</source>
        <translation>离线 %1</translation>
    </message>
    <message>
        <source>%1 %2% on %3</source>
        <extracomment>a threshold exceeded: metric (cpu, mem, disk), its value, the server&apos;s name</extracomment>
        <translation>%3 的 %1 为 %2%</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>&amp;Dashboard order</source>
        <extracomment>server table header menu: undo the sort, list servers as the Nezha dashboard orders them</extracomment>
        <translation>面板顺序(&amp;D)</translation>
    </message>
    <message>
        <source>List the servers in the order the dashboard shows them</source>
        <translation>按面板中的显示顺序列出服务器</translation>
    </message>
    <message>
        <source>&amp;Compact rows</source>
        <extracomment>server table density: smaller rows, more servers on screen</extracomment>
        <translation>紧凑行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <extracomment>server table header menu: back to the default columns, their order and widths</extracomment>
        <translation>重置列(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Only servers with this tag (exact, case-sensitive).</source>
        <translation>仅显示带有此标签的服务器（精确匹配，区分大小写）。</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default table).</source>
        <translation>输出格式：table、json 或 csv（默认 table）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Seconds without a report, on the dashboard&apos;s clock, before a server counts as offline (default 30).</source>
        <translation>服务器超过多少秒（以面板时钟为准）未上报即视为离线（默认 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Request timeout in seconds (default 10).</source>
        <translation>请求超时秒数（默认 10）。</translation>
    </message>
    <message>
        <source>Nezha dashboard address, e.g. https://status.example.org.</source>
        <translation>哪吒面板地址，例如 https://status.example.org。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>GUI: start hidden in the tray.</source>
        <translation>图形界面：启动时隐藏到托盘。</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>语言：%1。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Farsight: a console for Nezha monitoring fleets.</source>
        <translation>Farsight（千里眼）：哪吒监控服务器群的控制台。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>List the servers (name, tag, status, last report, address).</source>
        <translation>列出服务器（名称、标签、状态、最后上报、地址）。</translation>
    </message>
    <message>
        <source>Show metrics (CPU, memory, disk, network, load, uptime) of all, some ids, or one tag.</source>
        <translation>显示全部服务器、指定 ID 或某个标签的服务器指标（CPU、内存、磁盘、网络、负载、运行时间）。</translation>
    </message>
    <message>
        <source>GUI:</source>
        <translation>图形界面：</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the dashboard failed or could not be reached, 2 bad arguments, 3 the token was rejected; grafana: 4 not a Grafana server admin.</source>
        <translation>退出状态：0 成功，1 面板出错或无法连接，2 参数错误，3 令牌被拒绝；grafana 命令：4 不是 Grafana 服务器管理员。</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>令牌文件 %1 为空。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2</source>
        <translation>未知语言“%1”；可用语言：%2</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>多余的参数“%1”（参见 --help）。</translation>
    </message>
    <message>
        <source>Give the dashboard address with --url, e.g. --url https://status.example.org.</source>
        <translation>请用 --url 指定面板地址，例如 --url https://status.example.org。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation>未知格式“%1”；请使用 table、json 或 csv。</translation>
    </message>
    <message>
        <source>--threshold needs a positive number of seconds.</source>
        <translation>--threshold 需要一个正整数秒数。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 600.</source>
        <translation>--timeout 需要 1 到 600 之间的秒数。</translation>
    </message>
    <message>
        <source>--id only applies to the details command.</source>
        <translation>--id 仅适用于 details 命令。</translation>
    </message>
    <message>
        <source>Use either --id or --tag, not both.</source>
        <translation>--id 和 --tag 只能使用其中一个。</translation>
    </message>
    <message>
        <source>Invalid server id &quot;%1&quot; in --id.</source>
        <translation>--id 中的服务器 ID“%1”无效。</translation>
    </message>
    <message>
        <source>--tag needs a tag; an empty tag would list every server.</source>
        <translation>--tag 需要一个标签；空标签会列出所有服务器。</translation>
    </message>
    <message>
        <source>No answer from the dashboard.</source>
        <translation>面板没有响应。</translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>placeholder for the subcommand (servers, details, ...) in the usage line</extracomment>
        <translation>命令</translation>
    </message>
    <message>
        <source>Did you mean --%1?</source>
        <translation>您是否想输入 --%1？</translation>
    </message>
    <message>
        <source>Give a command: %1 (see --help).</source>
        <translation>请指定一个命令：%1（参见 --help）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; did you mean &quot;%2&quot;? (see --help)</source>
        <translation>未知命令“%1”；您是否想输入“%2”？（参见 --help）</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; use one of: %2 (see --help).</source>
        <translation>未知命令“%1”；请使用以下命令之一：%2（参见 --help）。</translation>
    </message>
    <message>
        <source>One of: %1. None starts the GUI.</source>
        <translation>以下之一：%1。不指定命令时启动图形界面。</translation>
    </message>
    <message>
        <source>A v0 API token or a v2 personal access token (nzp_...) in a file, or a v1/v2 login; FARSIGHT_TOKEN and FARSIGHT_PASSWORD work too.</source>
        <extracomment>explains the CREDENTIALS placeholder of the command lines above</extracomment>
        <translation>存放在文件中的 v0 API 令牌或 v2 个人访问令牌（nzp_...），或 v1/v2 的登录账号；也可使用 FARSIGHT_TOKEN 和 FARSIGHT_PASSWORD。</translation>
    </message>
    <message>
        <source>The GUI exits with 4 when there is no display to show it on.</source>
        <translation>没有可用于显示窗口的显示环境时，图形界面以退出状态 4 退出。</translation>
    </message>
    <message>
        <source>No display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it in a desktop session, or use the command line, e.g. farsight servers --url URL --token-file FILE (see farsight --help).</source>
        <translation>没有可打开窗口的显示环境（DISPLAY 和 WAYLAND_DISPLAY 均未设置）：请在桌面会话中启动，或使用命令行，例如 farsight servers --url URL --token-file FILE（参见 farsight --help）。</translation>
    </message>
    <message>
        <source>Use either --token-file or --user, not both.</source>
        <translation>--token-file 和 --user 只能使用其中一个。</translation>
    </message>
    <message>
        <source>Nezha v0 dashboards take an API token (--token-file), not a login.</source>
        <translation>哪吒 v0 面板使用 API 令牌（--token-file），而不是账号登录。</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user 需要一个用户名。</translation>
    </message>
    <message>
        <source>File holding the dashboard&apos;s API token: a v0 token or a v2 personal access token (nzp_...); or set FARSIGHT_TOKEN. Never pass a secret itself as an argument.</source>
        <translation>存放面板 API 令牌的文件：v0 令牌或 v2 个人访问令牌（nzp_...）；也可设置 FARSIGHT_TOKEN。切勿直接将机密作为参数传递。</translation>
    </message>
    <message>
        <source>Log in to a Nezha v1/v2 dashboard as this user instead of using a token.</source>
        <extracomment>--user takes the user name of a Nezha v1/v2 dashboard login</extracomment>
        <translation>以此用户登录哪吒 v1/v2 面板，而不使用令牌。</translation>
    </message>
    <message>
        <source>name</source>
        <comment>placeholder for the value of --user</comment>
        <translation>用户名</translation>
    </message>
    <message>
        <source>File holding the password for --user (or set FARSIGHT_PASSWORD).</source>
        <translation>存放 --user 密码的文件（也可设置 FARSIGHT_PASSWORD）。</translation>
    </message>
    <message>
        <source>Dashboard generation: auto (default), v0, v1 or v2.</source>
        <extracomment>&quot;auto&quot;, &quot;v0&quot;, &quot;v1&quot; and &quot;v2&quot; are typed as they are; do not translate them</extracomment>
        <translation>面板大版本：auto（默认）、v0、v1 或 v2。</translation>
    </message>
    <message>
        <source>generation</source>
        <comment>placeholder for the value of --api</comment>
        <translation>大版本</translation>
    </message>
    <message>
        <source>Unknown dashboard generation &quot;%1&quot;; use auto, v0, v1 or v2.</source>
        <translation>未知的面板大版本“%1”；请使用 auto、v0、v1 或 v2。</translation>
    </message>
    <message>
        <source>--password-file goes with --user NAME.</source>
        <translation>--password-file 需要与 --user NAME 一起使用。</translation>
    </message>
    <message>
        <source>No credentials: use --token-file FILE (or set FARSIGHT_TOKEN), or --user NAME with --password-file FILE.</source>
        <translation>未提供凭据：请使用 --token-file FILE（或设置 FARSIGHT_TOKEN），或同时使用 --user NAME 和 --password-file FILE。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>密码文件 %1 为空。</translation>
    </message>
    <message>
        <source>No password for --user: use --password-file FILE or set FARSIGHT_PASSWORD.</source>
        <translation>--user 缺少密码：请使用 --password-file FILE 或设置 FARSIGHT_PASSWORD。</translation>
    </message>
    <message>
        <source>Start a built-in demo dashboard and connect to it; --api v0, v1 or v2 picks the Nezha generation it plays (default v2). Its login: %1 / %2; its Grafana admin: %3 / %4.</source>
        <translation>启动内置演示面板并连接；--api v0、v1 或 v2 选择它模拟的哪吒大版本（默认 v2）。它的登录账号：%1 / %2；Grafana 管理员：%3 / %4。</translation>
    </message>
    <message>
        <source>check: WARNING thresholds, e.g. cpu=80,mem=90,disk=90,offline=0 (Monitoring Plugins ranges: 80, 10:, ~:80, @10:20).</source>
        <extracomment>do not translate the metric names cpu, mem, disk, offline: they are typed as shown</extracomment>
        <translation>check：WARNING 阈值，例如 cpu=80,mem=90,disk=90,offline=0（Monitoring Plugins 范围格式：80, 10:, ~:80, @10:20）。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>check: CRITICAL thresholds, same syntax as --warning.</source>
        <translation>check：CRITICAL 阈值，语法同 --warning。</translation>
    </message>
    <message>
        <source>check prints one status line; --format does not apply.</source>
        <translation>check 只输出一行状态；--format 不适用。</translation>
    </message>
    <message>
        <source>Unknown threshold &quot;%1&quot;; use %2, e.g. cpu=80,offline=0.</source>
        <translation>未知阈值“%1”；请使用 %2，例如 cpu=80,offline=0。</translation>
    </message>
    <message>
        <source>The threshold for %1 is given twice.</source>
        <translation>%1 的阈值指定了两次。</translation>
    </message>
    <message>
        <source>Invalid range &quot;%1&quot; for %2; use e.g. 80, 10:, ~:80, 10:20 or @10:20.</source>
        <translation>%2 的范围“%1”无效；请使用例如 80, 10:, ~:80, 10:20 或 @10:20。</translation>
    </message>
    <message>
        <source>details, check: only these server ids, comma-separated.</source>
        <translation>details、check：仅限这些服务器 ID，以逗号分隔。</translation>
    </message>
    <message>
        <source>Monitoring plugin: one status line with perfdata; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>监控插件：输出一行带 perfdata 的状态；退出状态 0 OK，1 WARNING，2 CRITICAL，3 UNKNOWN。</translation>
    </message>
    <message>
        <source>Administer a Grafana 8-12 server: health, whoami, settings, stats, usage-report, users, sessions, reload, encryption (see docs/grafana-cli.md).</source>
        <translation>管理 Grafana 8-12 服务器：health、whoami、settings、stats、usage-report、users、sessions、reload、encryption（参见 docs/grafana-cli.md）。</translation>
    </message>
    <message>
        <source>Show each server&apos;s traffic in/out this billing cycle from the local history (no dashboard asked).</source>
        <translation>根据本地历史显示每台服务器在本计费周期的下载/上传流量（不查询面板）。</translation>
    </message>
    <message>
        <source>--url: &quot;%1&quot; is not a dashboard address.</source>
        <translation>--url：“%1”不是面板地址。</translation>
    </message>
    <message>
        <source>No profile is active: name one with --profile, or give --url.</source>
        <translation>没有当前连接配置：请用 --profile 指定一个，或提供 --url。</translation>
    </message>
    <message>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的连接配置。</translation>
    </message>
    <message>
        <source>Traffic this billing cycle (since %1, UTC)</source>
        <extracomment>%1 = the date the billing cycle started (UTC), e.g. 2026-11-01</extracomment>
        <translation>本计费周期流量（自 %1 起，UTC）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>In</source>
        <comment>traffic received</comment>
        <translation>下载</translation>
    </message>
    <message>
        <source>Out</source>
        <comment>traffic sent</comment>
        <translation>上传</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>traffic: the profile (name or id) whose history to read; default the active one.</source>
        <translation>traffic：要读取其历史的连接配置（名称或 ID）；默认为当前连接配置。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>traffic: the current billing cycle (the default and only period).</source>
        <translation>traffic：当前计费周期（默认且唯一的周期）。</translation>
    </message>
    <message>
        <source>traffic: unknown format &quot;%1&quot;; use table or json.</source>
        <translation>traffic：未知格式“%1”；请使用 table 或 json。</translation>
    </message>
    <message>
        <source>No local history for %1 yet (looked for %2); the window keeps it while it watches the dashboard.</source>
        <extracomment>%1 = profile name or dashboard address, %2 = the file looked for</extracomment>
        <translation>%1 还没有本地历史（查找的文件为 %2）；Farsight 窗口在监视面板时会保存历史。</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Poll the dashboard now (F5)</source>
        <translation>立即轮询面板（F5）</translation>
    </message>
    <message>
        <source>the dashboard</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 · updated %2</source>
        <translation>已连接 %1 · 更新于 %2</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <extracomment>status headline when the dashboard answered wrongly before any data was ever shown</extracomment>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Stale data</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>status headline, then what happened, e.g. &quot;Unreachable: Cannot reach http://host:8008: Connection refused.&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Next update in %n s</source>
        <translation>
            <numerusform>%n 秒后更新</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 = dashboard name, %2 = its generation and version, e.g. &quot;Nezha v2 (2.3.7)&quot;</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Connected to %1 · live · updated %2</source>
        <extracomment>the dashboard pushes updates over a live stream (v1/v2 WebSocket)</extracomment>
        <translation>已连接 %1 · 实时 · 更新于 %2</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>updates pushed by the dashboard</comment>
        <translation>实时</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)…</source>
        <extracomment>%1 = dashboard name, %2 = its URL with the port</extracomment>
        <translation>正在连接 %1（%2）…</translation>
    </message>
    <message>
        <source>Sign-in rejected by %1</source>
        <extracomment>%1 = the dashboard&apos;s URL with the port</extracomment>
        <translation>%1 拒绝了登录</translation>
    </message>
    <message>
        <source>Token rejected by %1</source>
        <translation>%1 拒绝了令牌</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Showing data from %1.</source>
        <translation>显示的是 %1 的数据。</translation>
    </message>
    <message>
        <source> </source>
        <comment>sentence separator</comment>
        <extracomment>joins the sentences of one status message; Chinese needs no space</extracomment>
        <translation>​</translation>
    </message>
    <message>
        <source>Polling stopped: start Farsight again with another --user or --password-file.</source>
        <translation>已停止轮询：请用其他 --user 或 --password-file 重新启动 Farsight。</translation>
    </message>
    <message>
        <source>Polling stopped: start Farsight again with another --token-file.</source>
        <translation>已停止轮询：请用其他 --token-file 重新启动 Farsight。</translation>
    </message>
    <message>
        <source>Nothing is retried until the login is changed in Connection Profiles.</source>
        <translation>在“连接配置”中修改登录信息之前，不会进行任何重试。</translation>
    </message>
    <message>
        <source>Polling stopped until the token is changed in Connection Profiles.</source>
        <translation>已停止轮询，直到在“连接配置”中修改令牌。</translation>
    </message>
    <message>
        <source>Check that the dashboard is running and that the address and port are right; Farsight keeps retrying.</source>
        <translation>请确认面板正在运行，且地址和端口正确；Farsight 会继续重试。</translation>
    </message>
    <message>
        <source>The dashboard or the network is slow; Farsight keeps retrying.</source>
        <translation>面板或网络响应缓慢；Farsight 会继续重试。</translation>
    </message>
    <message>
        <source>Check the dashboard&apos;s certificate, or whether the address should start with http or https.</source>
        <translation>请检查面板的证书，或确认地址应以 http 还是 https 开头。</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Unreachable: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>TLS problem: %1</source>
        <translation>TLS 问题：%1</translation>
    </message>
    <message>
        <source>Token rejected: %1</source>
        <translation>令牌被拒绝：%1</translation>
    </message>
    <message>
        <source>This does not look like a Nezha dashboard: %1</source>
        <translation>这看起来不是哪吒面板：%1</translation>
    </message>
    <message>
        <source>Enter the dashboard address, starting with https:// or http://.</source>
        <translation>请输入面板地址，以 https:// 或 http:// 开头。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the dashboard lists %n server(s).</source>
        <translation>
            <numerusform>已连接：面板上有 %n 台服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the Grafana address and an admin user name.</source>
        <translation>请输入 Grafana 地址和管理员用户名。</translation>
    </message>
    <message>
        <source>Enter an API token (v0: Admin → API Token; v2: a personal access token) or a login name and password (v1/v2).</source>
        <translation>请输入 API 令牌（v0：管理后台 → API Token；v2：个人访问令牌），或登录名和密码（v1/v2）。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the dashboard lists %n server(s).</source>
        <extracomment>%1 = generation and version, e.g. &quot;Nezha v2 (2.3.7)&quot;</extracomment>
        <translation>
            <numerusform>已连接到 %1：面板列出 %n 台服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in rejected: %1</source>
        <translation>登录被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>The user can sign in with the login or the email address. To make them a Grafana Admin, grant it after creating.</source>
        <translation>用户可以使用登录名或电子邮件地址登录。如需设为 Grafana 管理员，请在创建后授予。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Organization id:</source>
        <translation>组织 ID(&amp;O)：</translation>
    </message>
    <message>
        <source>default</source>
        <comment>organization</comment>
        <translation>默认</translation>
    </message>
    <message>
        <source>Only used when the server assigns new users to an existing organization.</source>
        <translation>仅当服务器将新用户分配到现有组织时使用。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>DashboardInfo</name>
    <message>
        <source>Nezha v0</source>
        <translation>哪吒 v0</translation>
    </message>
    <message>
        <source>Nezha v1</source>
        <translation>哪吒 v1</translation>
    </message>
    <message>
        <source>Nezha v2</source>
        <translation>哪吒 v2</translation>
    </message>
    <message>
        <source>Nezha (generation not yet known)</source>
        <translation>哪吒（大版本尚未确定）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 = generation (&quot;Nezha v2&quot;), %2 = the dashboard&apos;s version (&quot;2.3.7&quot;)</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DemoDashboardMain</name>
    <message>
        <source>TCP port on 127.0.0.1 (0 picks a free one).</source>
        <translation>127.0.0.1 上的 TCP 端口（0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Number of simulated servers.</source>
        <translation>模拟服务器的数量。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Read the API token from this file, or write a new one there (0600).</source>
        <translation>从此文件读取 API 令牌，或向其写入新令牌（0600）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Seed of the simulation.</source>
        <translation>模拟的随机种子。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Misbehave on purpose: %1.</source>
        <translation>故意制造故障：%1。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>无效的端口：%1</translation>
    </message>
    <message>
        <source>Invalid number of servers: %1</source>
        <translation>无效的服务器数量：%1</translation>
    </message>
    <message>
        <source>Invalid seed: %1</source>
        <translation>无效的种子：%1</translation>
    </message>
    <message>
        <source>Unknown fault mode &quot;%1&quot;; expected one of: %2</source>
        <translation>未知故障模式“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>令牌文件 %1 为空。</translation>
    </message>
    <message>
        <source>Cannot write the token file %1.</source>
        <translation>无法写入令牌文件 %1。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>无法在 127.0.0.1:%1 上监听。</translation>
    </message>
    <message>
        <source>A simulated Nezha dashboard on 127.0.0.1 for trying Farsight. It also serves the Grafana admin API (login %1 / %2). The API token is read from --token-file, or written there (0600); without --token-file it goes to %3.</source>
        <translation>运行在 127.0.0.1 上的模拟哪吒面板，用于试用 Farsight。它也提供 Grafana 管理 API（登录名 %1 / 密码 %2）。API 令牌从 --token-file 读取，或写入该文件（0600）；未指定 --token-file 时写入 %3。</translation>
    </message>
    <message>
        <source>Nezha API generation to speak: v0, v1 or v2.</source>
        <translation>要模拟的哪吒 API 大版本：v0、v1 或 v2。</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>大版本</translation>
    </message>
    <message>
        <source>v1/v2: lifetime of a login in seconds.</source>
        <translation>v1/v2：登录的有效期（秒）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>v2: keep metric history (on) or not (off).</source>
        <translation>v2：是否保留指标历史（on 保留，off 不保留）。</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>v2: write a new personal access token to this file (0600).</source>
        <translation>v2：将新的个人访问令牌写入此文件（0600）。</translation>
    </message>
    <message>
        <source>Unknown API generation &quot;%1&quot;; expected v0, v1 or v2</source>
        <translation>未知的 API 大版本“%1”；应为 v0、v1 或 v2</translation>
    </message>
    <message>
        <source>Invalid login lifetime: %1</source>
        <translation>无效的登录有效期：%1</translation>
    </message>
    <message>
        <source>Invalid --tsdb value &quot;%1&quot;; expected on or off</source>
        <translation>无效的 --tsdb 值“%1”；应为 on 或 off</translation>
    </message>
    <message>
        <source>Personal access tokens need --api v2.</source>
        <translation>个人访问令牌需要 --api v2。</translation>
    </message>
    <message>
        <source>Demo login: %1 / %2</source>
        <extracomment>%1 is the user name, %2 the password of the demo dashboard (published demo credentials)</extracomment>
        <translation>演示账号：%1 / %2</translation>
    </message>
    <message>
        <source>Demo dashboard at %1: Nezha API and Grafana admin API; Grafana login %2 / %3; API token in %4</source>
        <extracomment>%1 = URL, %2 / %3 = the Grafana demo login (user / password), %4 = path of the token file</extracomment>
        <translation>演示面板位于 %1：哪吒 API 和 Grafana 管理 API；Grafana 登录 %2 / %3；API 令牌位于 %4</translation>
    </message>
    <message>
        <source>Grafana release the admin API plays: 8, 9, 10, 11 or 12 (default %1).</source>
        <translation>管理 API 模拟的 Grafana 主版本：8、9、10、11 或 12（默认 %1）。</translation>
    </message>
    <message>
        <source>major</source>
        <translation>主版本</translation>
    </message>
    <message>
        <source>Unknown Grafana version &quot;%1&quot;; expected 8, 9, 10, 11 or 12</source>
        <translation>未知的 Grafana 版本“%1”；应为 8、9、10、11 或 12</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Server &amp;table as CSV…</source>
        <translation>将服务器表格导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Charts of the selected server…</source>
        <extracomment>File → Export submenu; %1 = the selected server&apos;s name</extracomment>
        <translation>所选服务器的图表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Charts of %1…</source>
        <translation>%1 的图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Export server table</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>导出服务器表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export charts to folder</source>
        <translation>将图表导出到文件夹</translation>
    </message>
    <message>
        <source>Export charts</source>
        <extracomment>%1 = a folder path</extracomment>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Could not write the charts to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
</context>
<context>
    <name>FileCredentialStore</name>
    <message>
        <source>the file %1 (readable only by you)</source>
        <translation>文件 %1（仅您本人可读）</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>No secret is stored.</source>
        <translation>未存储任何机密。</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Farsight</source>
        <translation>欢迎使用 Farsight 千里眼</translation>
    </message>
    <message>
        <source>Connect to a Nezha dashboard with its address and an API token, or look around with a simulated fleet first.</source>
        <translation>输入哪吒面板的地址和 API 令牌进行连接，或者先用模拟的服务器群看看效果。</translation>
    </message>
    <message>
        <source>&amp;Add dashboard…</source>
        <translation>添加面板(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Try the demo dashboard</source>
        <translation>试用演示面板(&amp;T)</translation>
    </message>
</context>
<context>
    <name>FleetEmptyState</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>No servers yet</source>
        <extracomment>the dashboard answered, with an empty server list</extracomment>
        <translation>还没有服务器</translation>
    </message>
    <message>
        <source>The servers could not be loaded</source>
        <translation>无法加载服务器</translation>
    </message>
    <message>
        <source>The dashboard refused the credentials</source>
        <translation>面板拒绝了凭据</translation>
    </message>
    <message>
        <source>The dashboard at %1 lists no servers, or none this login may see. Servers appear here as soon as the dashboard reports them.</source>
        <translation>%1 的面板没有列出任何服务器，或此登录无权查看其中任何一台。面板一列出服务器，它们就会显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <comment>poll the dashboard again</comment>
        <translation>立即重试(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FleetGroupProxy</name>
    <message numerus="yes">
        <source>In no group (%n)</source>
        <extracomment>group header in the server list; %n = servers in it</extracomment>
        <translation>
            <numerusform>未分组（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untagged (%n)</source>
        <translation>
            <numerusform>无标签（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <comment>group header</comment>
        <extracomment>group header in the server list; %1 = tag or group name, %n = servers in it</extracomment>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>%1 (last known)</source>
        <extracomment>%1 is a server state (Online/Offline); the dashboard cannot be reached right now</extracomment>
        <translation>%1（最后已知）</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last seen</comment>
        <extracomment>last seen: the server&apos;s agent has never sent a report</extracomment>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last report: %1</source>
        <translation>最后上报：%1</translation>
    </message>
    <message>
        <source>The dashboard cannot be reached; this is the last data received.</source>
        <translation>无法连接面板；这是最后收到的数据。</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <comment>platform, version, architecture</comment>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Virtualization: %1</source>
        <translation>虚拟化：%1</translation>
    </message>
    <message>
        <source>Agent version: %1</source>
        <translation>Agent 版本：%1</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <extracomment>memory/disk use: &quot;1.2 GiB of 4 GiB used&quot;</extracomment>
        <translation>已用 %1 / 共 %2</translation>
    </message>
    <message>
        <source>Load average: %1 (1 min), %2 (5 min), %3 (15 min)</source>
        <translation>平均负载：%1（1 分钟），%2（5 分钟），%3（15 分钟）</translation>
    </message>
    <message>
        <source>Booted %1</source>
        <translation>启动于 %1</translation>
    </message>
    <message>
        <source>The agent has not reported since the dashboard started.</source>
        <translation>自面板启动以来，Agent 从未上报。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>server name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>server group</comment>
        <translation>标签</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Platform</source>
        <comment>operating system</comment>
        <translation>系统</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换分区</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>network receive speed</comment>
        <translation>下载</translation>
    </message>
    <message>
        <source>Up</source>
        <comment>network send speed</comment>
        <translation>上传</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>bytes received since boot</comment>
        <translation>下载流量</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>bytes sent since boot</comment>
        <translation>上传流量</translation>
    </message>
    <message>
        <source>Load</source>
        <comment>system load average</comment>
        <translation>负载</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后上报</translation>
    </message>
    <message>
        <source>Network receive speed</source>
        <translation>网络下载速率</translation>
    </message>
    <message>
        <source>Network send speed</source>
        <translation>网络上传速率</translation>
    </message>
    <message>
        <source>Bytes received since the server booted</source>
        <translation>服务器启动以来的下载流量</translation>
    </message>
    <message>
        <source>Bytes sent since the server booted</source>
        <translation>服务器启动以来的上传流量</translation>
    </message>
    <message>
        <source>Load average over 1 minute</source>
        <translation>1 分钟平均负载</translation>
    </message>
    <message>
        <source>Time since the last report, on the dashboard&apos;s clock</source>
        <translation>距最后上报的时间（以面板时钟为准）</translation>
    </message>
    <message>
        <source>Groups</source>
        <comment>v1/v2 server groups</comment>
        <translation>分组</translation>
    </message>
    <message>
        <source>Month ↓</source>
        <comment>traffic received this billing cycle</comment>
        <extracomment>column: bytes received in the current billing cycle (month)</extracomment>
        <translation>本月 ↓</translation>
    </message>
    <message>
        <source>Month ↑</source>
        <comment>traffic sent this billing cycle</comment>
        <extracomment>column: bytes sent in the current billing cycle (month)</extracomment>
        <translation>本月 ↑</translation>
    </message>
    <message>
        <source>Bytes received in the current billing cycle, from Farsight&apos;s local history</source>
        <translation>本计费周期内接收的字节数，来自 Farsight 的本地历史</translation>
    </message>
    <message>
        <source>Bytes sent in the current billing cycle, from Farsight&apos;s local history</source>
        <translation>本计费周期内发送的字节数，来自 Farsight 的本地历史</translation>
    </message>
</context>
<context>
    <name>FleetPrinter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后上报</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>In</source>
        <comment>network download speed</comment>
        <translation>下载</translation>
    </message>
    <message>
        <source>Out</source>
        <comment>network upload speed</comment>
        <translation>上传</translation>
    </message>
    <message>
        <source>Load</source>
        <comment>system load</comment>
        <translation>负载</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
</context>
<context>
    <name>FleetService</name>
    <message numerus="yes">
        <source>the previous request to %1 has not finished after %n second(s)</source>
        <extracomment>%1 is the dashboard address; the poll that was due now could not be sent</extracomment>
        <translation>
            <numerusform>发往 %1 的上一个请求在 %n 秒后仍未完成</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1/s</source>
        <comment>data rate</comment>
        <extracomment>a data rate, %1 is an amount of bytes such as &quot;1.5 MiB&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <extracomment>%1 is a number; put the percent sign where your language does</extracomment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two duration parts</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours</comment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration in seconds</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>%1 is a duration such as &quot;4 min 12 s&quot;</extracomment>
        <translation>%1前</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <comment>temperature</comment>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value</comment>
        <extracomment>shown in a table cell that has no value (e.g. a server that never reported)</extracomment>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>GenerationProbe</name>
    <message>
        <source>%1 does not look like a Nezha dashboard (%2)</source>
        <translation>%1 看起来不是哪吒面板（%2）</translation>
    </message>
    <message>
        <source>%1 answers neither like Nezha v0 nor like v1/v2</source>
        <translation>%1 的响应既不像哪吒 v0，也不像 v1/v2</translation>
    </message>
    <message>
        <source>%1 is a Nezha v0 dashboard: it needs its API token (Settings &gt; API), not a username and password or an nzp_ token</source>
        <translation>%1 是哪吒 v0 面板：需要它的 API 令牌（设置 &gt; API），而不是用户名和密码或 nzp_ 令牌</translation>
    </message>
    <message>
        <source>%1 is a Nezha v1 dashboard: it has no API tokens; log in with username and password</source>
        <translation>%1 是哪吒 v1 面板：它没有 API 令牌，请用用户名和密码登录</translation>
    </message>
    <message>
        <source>%1 is a Nezha v2 dashboard: use username and password, or a personal access token (nzp_...) created in the dashboard</source>
        <translation>%1 是哪吒 v2 面板：请使用用户名和密码，或在面板中创建的个人访问令牌（nzp_...）</translation>
    </message>
</context>
<context>
    <name>GrafanaCli</name>
    <message>
        <source>rotate every data encryption key of the server (new secrets use new keys)</source>
        <translation>轮换服务器的所有数据加密密钥（新的机密将使用新密钥）</translation>
    </message>
    <message>
        <source>re-encrypt every data key of the server with the current secret key</source>
        <translation>使用当前的 secret key 重新加密服务器的所有数据密钥</translation>
    </message>
    <message>
        <source>re-encrypt every stored secret of the server (data sources, alerting, plugins)</source>
        <translation>重新加密服务器上存储的所有机密（数据源、告警、插件）</translation>
    </message>
    <message>
        <source>roll every stored secret of the server back to the legacy encryption</source>
        <translation>将服务器上存储的所有机密回滚到旧版加密方式</translation>
    </message>
    <message>
        <source>delete user %1 and everything only they own</source>
        <translation>删除用户 %1 及其独有的全部内容</translation>
    </message>
    <message>
        <source>replace the password of user %1 (Grafana 12 also ends all their sessions)</source>
        <translation>替换用户 %1 的密码（Grafana 12 还会结束其所有会话）</translation>
    </message>
    <message>
        <source>end session %1 of user %2</source>
        <translation>结束用户 %2 的会话 %1</translation>
    </message>
    <message>
        <source>sign user %1 out of every device</source>
        <translation>将用户 %1 从所有设备注销</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>command finished</comment>
        <extracomment>printed after a reload or encryption command succeeded, before the server&apos;s own message</extracomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Use %1 with one of: %2.</source>
        <translation>%1 后请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1: Grafana has locked the login &quot;%2&quot; after 5 failed sign-ins within 5 minutes; even the right password is refused until the failures are 5 minutes old. Wait, then try once.</source>
        <translation>%1：由于 5 分钟内 5 次登录失败，Grafana 已锁定登录名“%2”；在这些失败超过 5 分钟之前，即使密码正确也会被拒绝。请等待，然后只尝试一次。</translation>
    </message>
    <message>
        <source>%1: Grafana rejected the user name or password (HTTP 401: %2). Not retried: Grafana locks a login for 5 minutes after 5 failures, and a locked login gets this same answer.</source>
        <translation>%1：Grafana 拒绝了用户名或密码（HTTP 401：%2）。未重试：Grafana 会在 5 次失败后将登录名锁定 5 分钟，而被锁定的登录名也会得到同样的响应。</translation>
    </message>
    <message>
        <source>%1: the user &quot;%2&quot; is not a Grafana server admin (HTTP 403: %3).</source>
        <translation>%1：用户“%2”不是 Grafana 服务器管理员（HTTP 403：%3）。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>This would %1. Nothing was sent; add --yes to do it.</source>
        <extracomment>%1 says what the command would do, e.g. &quot;delete user 7&quot;</extracomment>
        <translation>此命令将%1。未发送任何请求；如确需执行，请加上 --yes。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Give %1 as a positive number.</source>
        <translation>%1 必须是正整数。</translation>
    </message>
    <message>
        <source>Give the Grafana address with --url, e.g. --url https://grafana.example.org.</source>
        <translation>请用 --url 指定 Grafana 地址，例如 --url https://grafana.example.org。</translation>
    </message>
    <message>
        <source>Give the Grafana server admin&apos;s login with --user NAME.</source>
        <translation>请用 --user NAME 指定 Grafana 服务器管理员的登录名。</translation>
    </message>
    <message>
        <source>Too many --password-file options.</source>
        <translation>--password-file 选项过多。</translation>
    </message>
    <message>
        <source>No password for --user: use --password-file FILE or set FARSIGHT_GRAFANA_PASSWORD.</source>
        <translation>--user 缺少密码：请使用 --password-file FILE 或设置 FARSIGHT_GRAFANA_PASSWORD。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table or json.</source>
        <translation>未知格式“%1”；请使用 table 或 json。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 600.</source>
        <translation>--timeout 需要 1 到 600 之间的秒数。</translation>
    </message>
    <message>
        <source>text</source>
        <comment>option value placeholder</comment>
        <extracomment>placeholder for the value of --query and --name in --help</extracomment>
        <translation>文本</translation>
    </message>
    <message>
        <source>grafana: really do a destructive or server-wide command.</source>
        <translation>grafana：确认执行具有破坏性或影响整个服务器的命令。</translation>
    </message>
    <message>
        <source>grafana settings: only this section.</source>
        <translation>grafana settings：仅此节。</translation>
    </message>
    <message>
        <source>section</source>
        <comment>option value placeholder</comment>
        <translation>节</translation>
    </message>
    <message>
        <source>grafana settings: only this key.</source>
        <translation>grafana settings：仅此键。</translation>
    </message>
    <message>
        <source>key</source>
        <comment>option value placeholder</comment>
        <translation>键</translation>
    </message>
    <message>
        <source>grafana users list: search login, email and name.</source>
        <translation>grafana users list：搜索登录名、电子邮件和名称。</translation>
    </message>
    <message>
        <source>grafana users list: page number (default 1).</source>
        <translation>grafana users list：页码（默认 1）。</translation>
    </message>
    <message>
        <source>number</source>
        <comment>option value placeholder</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>grafana users list: users per page (default 100, at most 1000).</source>
        <translation>grafana users list：每页用户数（默认 100，最多 1000）。</translation>
    </message>
    <message>
        <source>count</source>
        <comment>option value placeholder</comment>
        <translation>数量</translation>
    </message>
    <message>
        <source>grafana users create: the new login.</source>
        <translation>grafana users create：新用户的登录名。</translation>
    </message>
    <message>
        <source>login</source>
        <comment>option value placeholder</comment>
        <translation>登录名</translation>
    </message>
    <message>
        <source>grafana users create: the new user&apos;s email.</source>
        <translation>grafana users create：新用户的电子邮件。</translation>
    </message>
    <message>
        <source>email</source>
        <comment>option value placeholder</comment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>grafana users create: the new user&apos;s full name.</source>
        <translation>grafana users create：新用户的全名。</translation>
    </message>
    <message>
        <source>Give a grafana command: %1.</source>
        <translation>请指定一个 grafana 命令：%1。</translation>
    </message>
    <message>
        <source>Unknown grafana command &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的 grafana 命令“%1”；请使用以下命令之一：%2。</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>table cell</comment>
        <extracomment>a yes/no cell in a table (e.g. &quot;Grafana server admin: yes&quot;)</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <comment>table cell</comment>
        <translation>否</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <extracomment>shown instead of the version when Grafana hides it ([auth.anonymous] hide_version)</extracomment>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Grafana server admin</source>
        <translation>Grafana 服务器管理员</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>No such setting in Grafana&apos;s answer: it does not exist, or your role may not read it (with fine-grained access Grafana leaves out what you may not see).</source>
        <translation>Grafana 的响应中没有此设置：它不存在，或您的角色无权读取（启用细粒度访问控制时，Grafana 会略去您无权查看的内容）。</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本类型</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>打包方式</translation>
    </message>
    <message>
        <source>Usage stats ID</source>
        <translation>使用统计 ID</translation>
    </message>
    <message>
        <source>Valid license</source>
        <translation>许可证有效</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2.</source>
        <translation>%2 后有多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Use sessions list USER_ID, revoke USER_ID TOKEN_ID or logout USER_ID.</source>
        <translation>请使用 sessions list USER_ID、revoke USER_ID TOKEN_ID 或 logout USER_ID。</translation>
    </message>
    <message>
        <source>User %1 signed out everywhere</source>
        <translation>已将用户 %1 从所有设备注销</translation>
    </message>
    <message>
        <source>Session %1 of user %2 revoked</source>
        <translation>已撤销用户 %2 的会话 %1</translation>
    </message>
    <message>
        <source>--page needs a number from 1, --per-page one from 1 to 1000.</source>
        <translation>--page 需要不小于 1 的数字，--per-page 需要 1 到 1000 之间的数字。</translation>
    </message>
    <message>
        <source>Server admin</source>
        <translation>服务器管理员</translation>
    </message>
    <message>
        <source>Give the new password in a file with --password-file FILE (never on the command line).</source>
        <translation>请用 --password-file FILE 通过文件提供新密码（切勿写在命令行上）。</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Password of user %1 changed</source>
        <translation>已修改用户 %1 的密码</translation>
    </message>
    <message>
        <source>User %1 is now a Grafana server admin</source>
        <translation>用户 %1 现在是 Grafana 服务器管理员</translation>
    </message>
    <message>
        <source>User %1 is no longer a Grafana server admin</source>
        <translation>用户 %1 不再是 Grafana 服务器管理员</translation>
    </message>
    <message>
        <source>User %1 deleted</source>
        <translation>已删除用户 %1</translation>
    </message>
    <message>
        <source>Use users list, create, set-password ID, grant-admin ID, revoke-admin ID or delete ID.</source>
        <translation>请使用 users list、create、set-password ID、grant-admin ID、revoke-admin ID 或 delete ID。</translation>
    </message>
    <message>
        <source>never</source>
        <comment>user never signed in</comment>
        <translation>从未登录</translation>
    </message>
</context>
<context>
    <name>GrafanaClient</name>
    <message>
        <source>not sent: the last request was rejected and Grafana locks an account after 5 failed sign-ins</source>
        <translation>未发送：上一个请求被拒绝，而 Grafana 会在 5 次登录失败后锁定账户</translation>
    </message>
    <message>
        <source>no Grafana server is configured for this profile</source>
        <translation>此连接配置未设置 Grafana 服务器</translation>
    </message>
    <message>
        <source>enter the server URL and the admin user name</source>
        <translation>请输入服务器 URL 和管理员用户名</translation>
    </message>
    <message>
        <source>the user is not a Grafana server admin</source>
        <translation>该用户不是 Grafana 服务器管理员</translation>
    </message>
</context>
<context>
    <name>GrafanaConnectionTest</name>
    <message>
        <source>Unreachable: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>This is not a Grafana server: %1</source>
        <translation>这不是 Grafana 服务器：%1</translation>
    </message>
    <message>
        <source>Wrong user name or password (HTTP %1). Farsight does not retry: Grafana locks an account for 5 minutes after 5 failed sign-ins, so this account may already be locked.</source>
        <translation>用户名或密码错误（HTTP %1）。Farsight 不会重试：Grafana 会在 5 次登录失败后将账户锁定 5 分钟，此账户可能已被锁定。</translation>
    </message>
    <message>
        <source>Signed in as %1, but this user is not a Grafana server admin.</source>
        <translation>已以 %1 身份登录，但该用户不是 Grafana 服务器管理员。</translation>
    </message>
    <message>
        <source>Connected (the server hides its version).</source>
        <translation>已连接（服务器隐藏了版本号）。</translation>
    </message>
    <message>
        <source>Connected to Grafana %1.</source>
        <translation>已连接到 Grafana %1。</translation>
    </message>
</context>
<context>
    <name>GrafanaDecoders</name>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>收到的是 HTML 页面而不是 JSON</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>空响应</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>应为 JSON 数组</translation>
    </message>
    <message>
        <source>unexpected value type</source>
        <translation>值类型不符</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>不是有效的日期</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>验证失败：%1</translation>
    </message>
    <message>
        <source>the server sent an HTML page</source>
        <translation>服务器返回了 HTML 页面</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
</context>
<context>
    <name>GrafanaFeatures</name>
    <message>
        <source>not available on this Grafana server</source>
        <translation>此 Grafana 服务器上不可用</translation>
    </message>
    <message>
        <source>not available on Grafana %1</source>
        <extracomment>%1 is a Grafana version such as 8.5.15</extracomment>
        <translation>Grafana %1 上不可用</translation>
    </message>
</context>
<context>
    <name>GrafanaValidation</name>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a login or an email address.</source>
        <translation>请输入登录名或电子邮件地址。</translation>
    </message>
    <message>
        <source>A login cannot contain spaces.</source>
        <translation>登录名不能包含空格。</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>这不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>The organization id must be a positive number.</source>
        <translation>组织 ID 必须是正整数。</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>--lang: unknown language &quot;%1&quot; (use en or zh_CN).</source>
        <translation>--lang：未知语言“%1”（请使用 en 或 zh_CN）。</translation>
    </message>
    <message>
        <source>The demo dashboard could not start: no local port is free.</source>
        <translation>演示面板无法启动：没有空闲的本地端口。</translation>
    </message>
    <message>
        <source>--token-file, --user, --password-file and --api only make sense together with --url.</source>
        <translation>--token-file、--user、--password-file 和 --api 只能与 --url 一起使用。</translation>
    </message>
    <message>
        <source>--api: &quot;%1&quot; is not a Nezha generation (use v0, v1 or v2).</source>
        <translation>--api：“%1”不是哪吒大版本（请用 v0、v1 或 v2）。</translation>
    </message>
    <message>
        <source>Demo dashboard (Nezha %1)</source>
        <extracomment>%1 = the generation the demo plays, e.g. &quot;v2&quot;</extracomment>
        <translation>演示面板（哪吒 %1）</translation>
    </message>
    <message>
        <source>%1 at %2 (login %3 / %4; Grafana admin %5 / %6)</source>
        <translation>%1 位于 %2（登录 %3 / %4；Grafana 管理员 %5 / %6）</translation>
    </message>
    <message>
        <source>Demo dashboard</source>
        <translation>演示面板</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>The history database %1 %2: %3</source>
        <extracomment>%1 = the database file, %2 = what failed (&quot;could not be opened&quot;), %3 = SQLite&apos;s reason (English)</extracomment>
        <translation>历史数据库 %1 %2：%3</translation>
    </message>
    <message>
        <source>it is locked by another process</source>
        <translation>它已被另一个进程锁定</translation>
    </message>
    <message>
        <source>could not be written or read</source>
        <translation>无法读写</translation>
    </message>
    <message>
        <source>could not be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (libqt6sql6-sqlite) is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动（libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>it holds no Farsight history of a known version</source>
        <translation>其中没有已知版本的 Farsight 历史</translation>
    </message>
    <message>
        <source>it was written by a newer Farsight (schema %1)</source>
        <translation>它由更新版本的 Farsight 写入（架构版本 %1）</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>历史数据库未打开。</translation>
    </message>
    <message>
        <source>The history folder %1 could not be created.</source>
        <translation>无法创建历史文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>HistoryPreferences</name>
    <message>
        <source>Clear history</source>
        <translation>清除历史</translation>
    </message>
    <message>
        <source>Delete the stored history and this cycle&apos;s traffic of this dashboard? The charts keep the last hour in memory.</source>
        <translation>要删除此面板已存储的历史和本计费周期的流量吗？图表会在内存中保留最近一小时的数据。</translation>
    </message>
    <message>
        <source>History</source>
        <comment>Preferences section: the local history store</comment>
        <translation>历史</translation>
    </message>
    <message>
        <source>Keep &amp;history:</source>
        <translation>历史保留(&amp;H)：</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>spin box suffix; the value is a number of days</extracomment>
        <translation> 天</translation>
    </message>
    <message>
        <source>15-minute summaries are kept this long; 1-minute ones 48 hours, every sample 2 hours.</source>
        <translation>15 分钟汇总数据保留这么久；1 分钟汇总数据保留 48 小时，原始样本保留 2 小时。</translation>
    </message>
    <message>
        <source>&amp;Billing cycle starts on day:</source>
        <translation>计费周期起始日(&amp;B)：</translation>
    </message>
    <message>
        <source>Monthly traffic is counted from this day of the month (UTC), for this dashboard; in short months the last day stands in.</source>
        <translation>此面板的月流量从每月的这一天（UTC）开始计算；当月天数不足时，以当月最后一天代替。</translation>
    </message>
    <message>
        <source>Clea&amp;r history…</source>
        <translation>清除历史(&amp;R)…</translation>
    </message>
    <message>
        <source>History: no dashboard is open.</source>
        <translation>历史：未打开任何面板。</translation>
    </message>
    <message>
        <source>History: kept in memory for this session only (demo dashboard).</source>
        <translation>历史：仅在本次会话中保存在内存里（演示面板）。</translation>
    </message>
    <message numerus="yes">
        <source>History: %n day(s) kept at %1</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>
            <numerusform>历史：保留 %n 天，位于 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostInfoView</name>
    <message>
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <source>Virtualization:</source>
        <translation>虚拟化：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>磁盘：</translation>
    </message>
    <message>
        <source>Swap:</source>
        <translation>交换分区：</translation>
    </message>
    <message>
        <source>Booted:</source>
        <translation>启动时间：</translation>
    </message>
    <message>
        <source>Agent version:</source>
        <translation>Agent 版本：</translation>
    </message>
    <message>
        <source>IPv4:</source>
        <translation>IPv4：</translation>
    </message>
    <message>
        <source>IPv6:</source>
        <translation>IPv6：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>将地址复制到剪贴板</translation>
    </message>
    <message>
        <source>none (physical)</source>
        <translation>无（物理机）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <extracomment>how long the host has been running, e.g. &quot;12 d 4 h&quot;</extracomment>
        <translation>运行时间：</translation>
    </message>
    <message>
        <source>This month:</source>
        <extracomment>traffic of the current billing cycle (from the local history), e.g. &quot;↓ 1.2 GiB ↑ 300 MiB&quot;</extracomment>
        <translation>本月流量：</translation>
    </message>
    <message>
        <source>↓ %1  ↑ %2</source>
        <translation>↓ %1  ↑ %2</translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>redirected to another site (%1); not followed so the credentials stay here</source>
        <translation>被重定向到其他站点（%1）；为避免凭据泄露，未跟随重定向</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not send a complete answer within %n second(s)</source>
        <extracomment>%1 is a URL; the request was still receiving data when its time ran out</extracomment>
        <translation>
            <numerusform>%1 未在 %n 秒内发送完整响应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s)</source>
        <extracomment>%1 is a URL; nothing arrived at all for that long</extracomment>
        <translation>
            <numerusform>%1 在 %n 秒内没有发送任何数据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>the system keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>memory only (no keychain service is running)</source>
        <translation>仅内存（没有运行中的密钥环服务）</translation>
    </message>
    <message>
        <source>No keychain service is available (%1). The secret is kept for this session only; choose &quot;Store secrets in a file&quot; in the profile to keep it across restarts.</source>
        <translation>没有可用的密钥环服务（%1）。机密仅在本次会话中保留；如需重启后仍保留，请在连接配置中选择“将机密保存在文件中”。</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain.</source>
        <translation>密钥环中未存储机密。</translation>
    </message>
    <message>
        <source>Reading from the keychain failed: %1</source>
        <translation>从密钥环读取失败：%1</translation>
    </message>
    <message>
        <source>Saving to the keychain failed: %1</source>
        <translation>保存到密钥环失败：%1</translation>
    </message>
    <message>
        <source>Removing from the keychain failed: %1</source>
        <translation>从密钥环删除失败：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Farsight</source>
        <translation>关于 Farsight</translation>
    </message>
    <message>
        <source>Farsight %1
A desktop console for Nezha Monitoring fleets and Grafana server administration.</source>
        <translation>Farsight 千里眼 %1
用于哪吒监控服务器群和 Grafana 服务器管理的桌面控制台。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>连接配置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Switch Dashboard</source>
        <translation>切换面板(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Farsight</source>
        <translation>关于 Farsight(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Grafana Admin</source>
        <translation>Grafana 管理(&amp;G)</translation>
    </message>
    <message>
        <source>Farsight</source>
        <translation>Farsight</translation>
    </message>
    <message>
        <source>%1 — Farsight</source>
        <translation>%1 — Farsight</translation>
    </message>
    <message>
        <source>Reading the credentials of %1…</source>
        <translation>正在读取 %1 的凭据…</translation>
    </message>
    <message>
        <source>No API token or login is stored for %1. Add one in Connection Profiles.</source>
        <translation>%1 未存储 API 令牌或登录信息。请在“连接配置”中添加。</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Dashboard</source>
        <extracomment>submenu: start the built-in demo dashboard playing Nezha v0, v1 or v2</extracomment>
        <translation>试用演示面板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connection Profiles…</source>
        <translation>连接配置(&amp;C)…</translation>
    </message>
    <message>
        <source>Server View</source>
        <extracomment>title of the toolbar with the Table/Cards switch</extracomment>
        <translation>服务器视图</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No secret is stored.</source>
        <translation>未存储任何机密。</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>内存（仅本次会话）</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>%1/s</source>
        <comment>bytes per second unit, e.g. MiB/s</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>No data before %1</source>
        <extracomment>Shaded part of a chart before the first sample Farsight has; %1 = a time like 10:52</extracomment>
        <translation>%1 之前无数据</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>CSV column header: the lowest value of a series in each time bucket</extracomment>
        <translation>%1 最小值</translation>
    </message>
    <message>
        <source>%1 max</source>
        <extracomment>CSV column header: the highest value of a series in each time bucket</extracomment>
        <translation>%1 最大值</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <comment>copy the chart image</comment>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;data as CSV…</source>
        <translation>将数据导出为 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>NezhaV0Codec</name>
    <message>
        <source>expected a JSON object from the Nezha API</source>
        <translation>哪吒 API 应返回 JSON 对象</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a non-negative number</source>
        <translation>应为非负数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>应为字符串列表</translation>
    </message>
    <message>
        <source>expected a list of temperatures</source>
        <translation>应为温度列表</translation>
    </message>
    <message>
        <source>expected a temperature object</source>
        <translation>应为温度对象</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>missing server id</source>
        <translation>缺少服务器 ID</translation>
    </message>
    <message>
        <source>got an empty reply</source>
        <translation>收到空响应</translation>
    </message>
    <message>
        <source>got an HTML page</source>
        <translation>收到的是 HTML 页面</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>got another JSON value</source>
        <translation>收到了其他类型的 JSON 值</translation>
    </message>
    <message>
        <source>expected a numeric status code</source>
        <translation>应为数字状态码</translation>
    </message>
    <message>
        <source>expected a list of servers</source>
        <translation>应为服务器列表</translation>
    </message>
    <message>
        <source>expected a server object</source>
        <translation>应为服务器对象</translation>
    </message>
    <message>
        <source>more than %1 servers, the most Farsight accepts</source>
        <translation>超过 %1 台服务器，这是 Farsight 可接受的上限</translation>
    </message>
</context>
<context>
    <name>NezhaV0Driver</name>
    <message>
        <source>the server refused access to %1</source>
        <translation>服务器拒绝访问 %1</translation>
    </message>
    <message>
        <source>%1 is not a Nezha v0 API: expected JSON, got an HTML page. Check the dashboard address; for a Nezha v1 or v2 dashboard set the API generation to Automatic.</source>
        <extracomment>&quot;Automatic&quot; is the API generation choice of the profile dialog (and --api auto)</extracomment>
        <translation>%1 不是哪吒 v0 API：应返回 JSON，却收到 HTML 页面。请检查面板地址；如是哪吒 v1 或 v2 面板，请将 API 版本设为“自动”。</translation>
    </message>
    <message>
        <source>empty reply from %1, expected JSON; the dashboard may have failed internally</source>
        <translation>%1 返回空响应，应为 JSON；面板内部可能出错</translation>
    </message>
    <message>
        <source>expected JSON from %1</source>
        <translation>%1 应返回 JSON</translation>
    </message>
    <message>
        <source>empty reply from %1, expected JSON</source>
        <translation>%1 返回空响应，应为 JSON</translation>
    </message>
    <message>
        <source>expected JSON from %1, got an HTML page; is this a Nezha v0 dashboard?</source>
        <translation>%1 应返回 JSON，却收到 HTML 页面；这是哪吒 v0 面板吗？</translation>
    </message>
</context>
<context>
    <name>NezhaV1Codec</name>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected a session token</source>
        <translation>应为会话令牌</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time</source>
        <translation>应为 RFC 3339 时间</translation>
    </message>
    <message>
        <source>expected a server group</source>
        <translation>应为服务器分组</translation>
    </message>
    <message>
        <source>expected a list of server ids</source>
        <translation>应为服务器 ID 列表</translation>
    </message>
    <message>
        <source>expected a list of server groups</source>
        <translation>应为服务器分组列表</translation>
    </message>
    <message>
        <source>expected a data point</source>
        <translation>应为数据点</translation>
    </message>
    <message>
        <source>missing time</source>
        <translation>缺少时间</translation>
    </message>
    <message>
        <source>expected a list of data points</source>
        <translation>应为数据点列表</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a non-negative number</source>
        <translation>应为非负数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a positive id</source>
        <translation>应为正整数 ID</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>应为字符串列表</translation>
    </message>
    <message>
        <source>expected a JSON object from the Nezha API</source>
        <translation>哪吒 API 应返回 JSON 对象</translation>
    </message>
    <message>
        <source>got an empty reply</source>
        <translation>收到空响应</translation>
    </message>
    <message>
        <source>got an HTML page</source>
        <translation>收到的是 HTML 页面</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <extracomment>%1 = Qt&apos;s JSON error (&quot;unterminated string&quot;), %2 = byte offset</extracomment>
        <translation>%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>got another JSON value</source>
        <translation>收到了其他类型的 JSON 值</translation>
    </message>
    <message>
        <source>expected a Nezha v1 reply</source>
        <translation>应为哪吒 v1 响应</translation>
    </message>
    <message>
        <source>expected a list of temperatures</source>
        <translation>应为温度列表</translation>
    </message>
    <message>
        <source>expected a temperature object</source>
        <translation>应为温度对象</translation>
    </message>
    <message>
        <source>expected a list of numbers</source>
        <translation>应为数字列表</translation>
    </message>
    <message>
        <source>missing server id</source>
        <translation>缺少服务器 ID</translation>
    </message>
    <message>
        <source>expected a list of servers</source>
        <translation>应为服务器列表</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln server(s)</source>
        <extracomment>%Ln = the largest fleet Farsight accepts</extracomment>
        <translation>
            <numerusform>超过 %Ln 台服务器</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a server object</source>
        <translation>应为服务器对象</translation>
    </message>
</context>
<context>
    <name>NezhaV1Driver</name>
    <message>
        <source>the login to %1 has expired and logging in again did not help; check the username and password</source>
        <translation>%1 的登录已过期，重新登录也未成功；请检查用户名和密码</translation>
    </message>
</context>
<context>
    <name>NotificationContent</name>
    <message>
        <source>Dashboard rejected the token</source>
        <translation>面板拒绝了令牌</translation>
    </message>
    <message>
        <source>Dashboard unreachable</source>
        <translation>面板无法连接</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <extracomment>one server went offline; %1 = its name</extracomment>
        <translation>%1 已离线</translation>
    </message>
    <message numerus="yes">
        <source>%n servers offline: %1</source>
        <extracomment>several servers went offline at once; %1 = their names</extracomment>
        <translation>
            <numerusform>%n 台服务器已离线：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n servers back online: %1</source>
        <extracomment>several servers recovered at once; %1 = their names</extracomment>
        <translation>
            <numerusform>%n 台服务器恢复在线：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard reachable again</source>
        <translation>面板已恢复连接</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>separates server names in a list (&quot;web-1, db-1&quot;)</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1, …</source>
        <comment>truncated list</comment>
        <extracomment>%1 is a list of server names; more names were left out</extracomment>
        <translation>%1 等</translation>
    </message>
</context>
<context>
    <name>NotificationHistoryDialog</name>
    <message>
        <source>Notification history</source>
        <translation>通知历史</translation>
    </message>
    <message>
        <source>No notifications yet. Servers going offline or coming back are listed here.</source>
        <translation>暂无通知。服务器离线或恢复在线时会在此列出。</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>NotificationHistoryModel</name>
    <message>
        <source>Dashboard</source>
        <comment>history: the event is about the dashboard</comment>
        <translation>面板</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>notification history column</comment>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Show only the online servers (click again to show all)</source>
        <translation>仅显示在线的服务器（再次点击显示全部）</translation>
    </message>
    <message>
        <source>Show only the offline servers (click again to show all)</source>
        <translation>仅显示离线的服务器（再次点击显示全部）</translation>
    </message>
    <message>
        <source>Show only the servers that never reported (click again to show all)</source>
        <translation>仅显示从未上报的服务器（再次点击显示全部）</translation>
    </message>
    <message>
        <source>Total download and upload speed of the online servers shown</source>
        <translation>所显示的在线服务器的总下载和上传速率</translation>
    </message>
    <message>
        <source>Total traffic of the servers shown since each one booted</source>
        <translation>所显示的服务器自各自启动以来的总流量</translation>
    </message>
    <message>
        <source>Total traffic of the servers shown this month</source>
        <translation>所显示的服务器本月的总流量</translation>
    </message>
    <message>
        <source>Average CPU use of the online servers shown</source>
        <translation>所显示的在线服务器的平均 CPU 使用率</translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n 台在线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n 台离线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never reported</source>
        <translation>
            <numerusform>%n 台从未上报</numerusform>
        </translation>
    </message>
    <message>
        <source>↓ %1  ↑ %2</source>
        <extracomment>overview strip: total download (↓) and upload (↑) speed</extracomment>
        <translation>↓ %1  ↑ %2</translation>
    </message>
    <message>
        <source>Since boot ↓ %1  ↑ %2</source>
        <extracomment>overview strip: traffic since each server booted, in (↓) and out (↑)</extracomment>
        <translation>启动以来 ↓ %1  ↑ %2</translation>
    </message>
    <message>
        <source>This month ↓ %1  ↑ %2</source>
        <extracomment>overview strip: traffic this calendar month, in (↓) and out (↑)</extracomment>
        <translation>本月 ↓ %1  ↑ %2</translation>
    </message>
    <message>
        <source>CPU avg %1</source>
        <extracomment>overview strip: average CPU use; %1 = a percentage</extracomment>
        <translation>CPU 平均 %1</translation>
    </message>
    <message>
        <source>Download %1, upload %2</source>
        <translation>下载 %1，上传 %2</translation>
    </message>
</context>
<context>
    <name>PreferencesAction</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Start-up:</source>
        <translation>启动：</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Close button hides to the tray</source>
        <translation>关闭按钮隐藏到托盘(&amp;C)</translation>
    </message>
    <message>
        <source>No system tray was found: closing the window quits Farsight.</source>
        <translation>未找到系统托盘：关闭窗口将退出 Farsight。</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>启动时最小化(&amp;M)</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when servers go offline or come back</source>
        <translation>服务器离线或恢复在线时显示桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source> missed polls</source>
        <extracomment>spin box suffix; the value is a number of polls</extracomment>
        <translation> 次轮询未上报</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>flap damping</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>At most one offline/online pair per server is announced within this window; 0 announces every change.</source>
        <translation>在此时间窗口内，每台服务器最多通知一次离线/恢复在线；0 表示每次变化都通知。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Notify &amp;after:</source>
        <extracomment>offline notifications wait this many missed polls (the profile&apos;s &quot;Mark offline after&quot; is in seconds)</extracomment>
        <translation>通知前等待(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Flap window:</source>
        <translation>抖动抑制窗口(&amp;F)：</translation>
    </message>
    <message>
        <source>System</source>
        <comment>theme</comment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>深色</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s look; Light and Dark use Farsight&apos;s own palette.</source>
        <translation>“跟随系统”使用桌面的外观；“浅色”和“深色”使用 Farsight 自带的配色。</translation>
    </message>
    <message>
        <source>Start at log&amp;in</source>
        <translation>登录时启动(&amp;I)</translation>
    </message>
    <message>
        <source>Announce a server as offline once it has been past its profile&apos;s &quot;Mark offline after&quot; time for this many polls in a row.</source>
        <translation>服务器连续这么多次轮询都超过其连接配置中的“离线判定时长”后，才通知它离线。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Dashboard &amp;URL:</source>
        <translation>面板 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>轮询间隔(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Grafana URL:</source>
        <translation>Grafana URL(&amp;G)：</translation>
    </message>
    <message>
        <source>Grafana pass&amp;word:</source>
        <translation>Grafana 密码(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例如：生产环境</translation>
    </message>
    <message>
        <source>https://status.example.org</source>
        <translation>https://status.example.org</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>optional, e.g. https://grafana.example.org</source>
        <translation>可选，例如 https://grafana.example.org</translation>
    </message>
    <message>
        <source>a Grafana server admin</source>
        <translation>Grafana 服务器管理员</translation>
    </message>
    <message>
        <source>Store secrets in a file readable only by me (instead of the system keychain)</source>
        <translation>将机密保存在文件中，仅本人可读（而不是系统密钥环）</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Use this &amp;dashboard</source>
        <translation>使用此面板(&amp;D)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Enter the dashboard address, e.g. https://status.example.org.</source>
        <translation>请输入面板地址，例如 https://status.example.org。</translation>
    </message>
    <message>
        <source>The dashboard address must start with https:// or http://.</source>
        <translation>面板地址必须以 https:// 或 http:// 开头。</translation>
    </message>
    <message>
        <source>The Grafana address is not a valid URL.</source>
        <translation>Grafana 地址不是有效的 URL。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its stored secrets?</source>
        <translation>要删除连接配置“%1”及其存储的机密吗？</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to this profile before closing?</source>
        <translation>关闭前要保存对此连接配置的更改吗？</translation>
    </message>
    <message>
        <source>Das&amp;hboard API:</source>
        <translation>面板 API(&amp;H)：</translation>
    </message>
    <message>
        <source>Login na&amp;me:</source>
        <translation>登录名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Login password:</source>
        <translation>登录密码(&amp;L)：</translation>
    </message>
    <message>
        <source>Automatic (detect v0, v1 or v2)</source>
        <extracomment>the dashboard&apos;s API generation; &quot;Automatic&quot; detects it from the address and the credentials</extracomment>
        <translation>自动（检测 v0、v1 或 v2）</translation>
    </message>
    <message>
        <source>Nezha v0 (API token)</source>
        <translation>哪吒 v0（API 令牌）</translation>
    </message>
    <message>
        <source>Nezha v1 (login)</source>
        <translation>哪吒 v1（账号登录）</translation>
    </message>
    <message>
        <source>Nezha v2 (login or personal access token)</source>
        <translation>哪吒 v2（账号登录或个人访问令牌）</translation>
    </message>
    <message>
        <source>v1/v2: the dashboard user you sign in with</source>
        <translation>v1/v2：用于登录面板的用户</translation>
    </message>
    <message>
        <source>v0: Admin → API Token; v2: a personal access token (nzp_…)</source>
        <translation>v0：管理后台 → API Token；v2：个人访问令牌（nzp_…）</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API 令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Mark &amp;offline after:</source>
        <translation>离线判定时长(&amp;O)：</translation>
    </message>
    <message>
        <source>Grafana adm&amp;in user:</source>
        <translation>Grafana 管理员(&amp;I)：</translation>
    </message>
    <message>
        <source>A server that has sent no report for this many seconds is shown as offline. Notifications wait the missed polls set in Preferences.</source>
        <translation>服务器超过这么多秒没有上报即显示为离线。通知还要等待“首选项”中设置的未上报轮询次数。</translation>
    </message>
    <message>
        <source>Test Gra&amp;fana</source>
        <translation>测试 Grafana(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ServerCardDelegate</name>
    <message>
        <source>↓ %1   ↑ %2</source>
        <extracomment>server card: download (↓) and upload (↑) speed</extracomment>
        <translation>↓ %1   ↑ %2</translation>
    </message>
    <message>
        <source>Up %1 · Load %2</source>
        <extracomment>server card: %1 = uptime (&quot;3 d 4 h&quot;), %2 = 1-minute load average</extracomment>
        <translation>运行 %1 · 负载 %2</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>尚未上报</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <extracomment>server card bar label: memory</extracomment>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
</context>
<context>
    <name>ServerDetailPanel</name>
    <message>
        <source>Select a server in the list to see its details and live charts.</source>
        <translation>在列表中选择一台服务器，查看其详情和实时图表。</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>时间窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory and swap</source>
        <translation>内存和交换分区</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换分区</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>磁盘已用</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Network speed</source>
        <translation>网络速率</translation>
    </message>
    <message>
        <source>In</source>
        <comment>network download</comment>
        <translation>下载</translation>
    </message>
    <message>
        <source>Out</source>
        <comment>network upload</comment>
        <translation>上传</translation>
    </message>
    <message>
        <source>Load average</source>
        <comment>system load</comment>
        <translation>平均负载</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>Connections and processes</source>
        <translation>连接数和进程数</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程数</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>dashboard unreachable, values as of the last update</source>
        <translation>面板无法连接，数值截至最后一次更新</translation>
    </message>
    <message>
        <source>Loading the dashboard&apos;s history…</source>
        <translation>正在加载面板的历史数据…</translation>
    </message>
    <message>
        <source>This dashboard keeps no history: its time-series database (TSDB) is off, or it has recorded nothing for this server yet. The 5 minute to 1 hour windows show what Farsight sampled itself.</source>
        <translation>此面板没有保存历史数据：其时序数据库（TSDB）已关闭，或尚未记录此服务器的任何数据。5 分钟到 1 小时的时间窗口显示的是 Farsight 自己采集的数据。</translation>
    </message>
    <message>
        <source>The dashboard&apos;s history could not be loaded: %1</source>
        <extracomment>%1 = the error in words</extracomment>
        <translation>无法加载面板的历史数据：%1</translation>
    </message>
    <message>
        <source>Source: the dashboard&apos;s own history (Nezha TSDB).</source>
        <translation>数据来源：面板自身的历史数据（哪吒 TSDB）。</translation>
    </message>
    <message>
        <source>Hottest sensor</source>
        <translation>温度最高的传感器</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Source: the dashboard&apos;s own history (Nezha TSDB), which reaches further back than Farsight&apos;s local history.</source>
        <translation>数据来源：面板自身的历史数据（哪吒 TSDB），比 Farsight 的本地历史覆盖的时间更久。</translation>
    </message>
    <message>
        <source>Farsight&apos;s local history could not be read: %1</source>
        <extracomment>%1 = the error in words</extracomment>
        <translation>无法读取 Farsight 的本地历史：%1</translation>
    </message>
    <message>
        <source>Loading Farsight&apos;s local history…</source>
        <translation>正在加载 Farsight 的本地历史…</translation>
    </message>
    <message>
        <source>Source: Farsight&apos;s local history on this computer: the average as a line, the lowest to highest value as a band.</source>
        <translation>数据来源：本机上 Farsight 的本地历史：平均值显示为折线，最低值到最高值显示为色带。</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
</context>
<context>
    <name>ServerFilterProxy</name>
    <message>
        <source>Values as of %1</source>
        <translation>数值截至 %1</translation>
    </message>
</context>
<context>
    <name>ServerListPanel</name>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Search name, tag or IP (Ctrl+F)</source>
        <translation>搜索名称、标签或 IP（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>搜索服务器</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>全部服务器</translation>
    </message>
    <message>
        <source>All tags (%1)</source>
        <translation>全部标签（%1）</translation>
    </message>
    <message>
        <source>Untagged (%1)</source>
        <translation>无标签（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>tag or group filter entry; %1 = tag/group name, %2 = number of servers in it</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>无标签</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n 台在线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n 台离线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never reported</source>
        <translation>
            <numerusform>%n 台从未上报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>data is stale</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <source>Copy &amp;IP address</source>
        <translation>复制 IP 地址(&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>复制名称(&amp;N)</translation>
    </message>
    <message>
        <source>Open &amp;details</source>
        <translation>打开详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>通知静音(&amp;M)</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <source>&amp;Find Server…</source>
        <translation>查找服务器(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Search name, group or IP (Ctrl+F)</source>
        <translation>搜索名称、分组或 IP（Ctrl+F）</translation>
    </message>
    <message>
        <source>All groups (%1)</source>
        <translation>全部分组（%1）</translation>
    </message>
    <message>
        <source>In no group (%1)</source>
        <translation>未分组（%1）</translation>
    </message>
    <message>
        <source>Until tomorrow %1</source>
        <extracomment>mute menu item; %1 = 08:00 in the locale&apos;s time format</extracomment>
        <translation>至明天 %1</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>显示(&amp;O)：</translation>
    </message>
    <message>
        <source>Server cards</source>
        <extracomment>accessible name of the card view of the server list</extracomment>
        <translation>服务器卡片</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <comment>server list view</comment>
        <extracomment>View menu: show the server list as a table</extracomment>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <comment>server list view</comment>
        <extracomment>View menu: show one card per server</extracomment>
        <translation>卡片(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Group by Server Group</source>
        <extracomment>View menu, checkable: show the servers under a header per tag (v0) or server group (v1/v2)</extracomment>
        <translation>按服务器分组归类(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Group by Tag</source>
        <translation>按标签归类(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ServerStateText</name>
    <message>
        <source>Online</source>
        <comment>server state</comment>
        <extracomment>a server&apos;s state: its agent reports to the dashboard</extracomment>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>server state</comment>
        <extracomment>a server&apos;s state: its agent stopped reporting</extracomment>
        <translation>离线</translation>
    </message>
    <message>
        <source>Never reported</source>
        <comment>server state</comment>
        <extracomment>a server&apos;s state: its agent has not reported since the dashboard started</extracomment>
        <translation>从未上报</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <comment>server state</comment>
        <extracomment>a server&apos;s state with the time of its last report, e.g. &quot;Offline since 12/03/2025 14:05&quot;</extracomment>
        <translation>自 %1 起离线</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Mute notifications for 1 hour</source>
        <translation>通知静音 1 小时</translation>
    </message>
    <message>
        <source>Mute notifications for 4 hours</source>
        <translation>通知静音 4 小时</translation>
    </message>
    <message>
        <source>&amp;Unmute notifications</source>
        <translation>取消通知静音(&amp;U)</translation>
    </message>
    <message>
        <source>Notification &amp;history…</source>
        <translation>通知历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) online</source>
        <extracomment>tray tooltip; %1 = servers online</extracomment>
        <translation>
            <numerusform>%n 台服务器中 %1 台在线</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n muted server(s) offline</source>
        <translation>
            <numerusform>%n 台已静音的服务器离线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) never reported</source>
        <translation>
            <numerusform>%n 台服务器从未上报</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications muted until %1</source>
        <translation>通知已静音至 %1</translation>
    </message>
    <message>
        <source>Waiting for the dashboard…</source>
        <translation>正在等待面板…</translation>
    </message>
    <message>
        <source>Dashboard unreachable</source>
        <translation>面板无法连接</translation>
    </message>
    <message>
        <source>Dashboard rejected the token</source>
        <translation>面板拒绝了令牌</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) offline</source>
        <translation>
            <numerusform>%n 台服务器离线</numerusform>
        </translation>
    </message>
    <message>
        <source>All servers online</source>
        <translation>全部服务器在线</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>隐藏窗口(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>显示窗口(&amp;S)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>separates server names in a list (&quot;web-1, db-1&quot;)</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1, …</source>
        <comment>truncated list</comment>
        <extracomment>%1 is a list of server names; more names were left out</extracomment>
        <translation>%1 等</translation>
    </message>
    <message>
        <source>Mute notifications until tomorrow %1</source>
        <extracomment>%1 = 08:00 in the locale&apos;s time format (MuteList::tomorrowMorning)</extracomment>
        <translation>通知静音至明天 %1</translation>
    </message>
</context>
<context>
    <name>UrlSafety</name>
    <message>
        <source>Remove the user name and password from the Grafana address: addresses are saved in plain text. Enter them in the Grafana user and password fields, which are kept as secrets.</source>
        <translation>请从 Grafana 地址中删除用户名和密码：地址以明文保存。请在 Grafana 用户和密码字段中输入它们，这些字段会作为机密保存。</translation>
    </message>
    <message>
        <source>Remove the user name and password from the dashboard address: addresses are saved in plain text. Put the API token in its own field, which is kept as a secret.</source>
        <translation>请从面板地址中删除用户名和密码：地址以明文保存。请将 API 令牌填入单独的字段，该字段会作为机密保存。</translation>
    </message>
    <message>
        <source>Warning: this address uses http://, so the token or password travels unencrypted and anyone on the network path can read it. Use https:// unless the network is trusted.</source>
        <extracomment>shown in the profile dialog when a token or password would be sent over http:// to another machine</extracomment>
        <translation>警告：此地址使用 http://，令牌或密码将以未加密方式传输，网络路径上的任何人都能读取。除非网络可信，否则请使用 https://。</translation>
    </message>
</context>
<context>
    <name>V1Replies</name>
    <message numerus="yes">
        <source>this computer is blocked by the dashboard&apos;s firewall for %n s after rejected logins (%1). Wait, then check the username and password.</source>
        <extracomment>%1 = dashboard address; %n = seconds the dashboard&apos;s firewall keeps blocking this computer</extracomment>
        <translation>
            <numerusform>登录被拒后，本机被面板防火墙封禁 %n 秒（%1）。请稍候，然后检查用户名和密码。</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer is blocked by the dashboard&apos;s firewall (%1), usually after rejected logins or an invalid token from this address. Wait a few minutes, then check the credentials.</source>
        <extracomment>%1 = dashboard address</extracomment>
        <translation>本机被面板防火墙封禁（%1），通常是因为此地址登录被拒或令牌无效。请等待几分钟，然后检查凭据。</translation>
    </message>
    <message>
        <source>expected JSON from %1, got an HTML page; is this a Nezha v1 or v2 dashboard?</source>
        <translation>%1 应返回 JSON，却返回了 HTML 页面；这是哪吒 v1 或 v2 面板吗？</translation>
    </message>
    <message>
        <source>empty reply from %1, expected JSON</source>
        <translation>%1 返回空响应，应为 JSON</translation>
    </message>
    <message>
        <source>%1 does not exist on this dashboard; it may be an older Nezha generation</source>
        <translation>此面板上不存在 %1；它可能是较旧的哪吒大版本</translation>
    </message>
    <message>
        <source>the server refused access to %1</source>
        <translation>服务器拒绝访问 %1</translation>
    </message>
    <message>
        <source>empty reply from %1; the dashboard may have failed internally</source>
        <translation>%1 返回空响应；面板可能发生了内部错误</translation>
    </message>
    <message>
        <source>unexpected answer from %1</source>
        <translation>%1 返回了意外的响应</translation>
    </message>
    <message>
        <source>the personal access token lacks the scope %1 needed for %2. Edit the token in the dashboard (API tokens) and grant %1.</source>
        <extracomment>%1 = a Nezha token scope such as nezha:server:read; %2 = the address that needs it</extracomment>
        <translation>个人访问令牌缺少访问 %2 所需的权限范围 %1。请在面板中编辑该令牌（API 令牌）并授予 %1。</translation>
    </message>
    <message>
        <source>the personal access token may not be used for %1; this needs a login with username and password</source>
        <translation>个人访问令牌不能用于 %1；这需要用用户名和密码登录</translation>
    </message>
    <message>
        <source>the personal access token was rejected by %1: it is invalid or has expired. Create a new one in the dashboard (API tokens).</source>
        <translation>%1 拒绝了个人访问令牌：它无效或已过期。请在面板中新建一个（API 令牌）。</translation>
    </message>
    <message>
        <source>the dashboard at %1 rejected the username or password; Farsight will not try again until they are changed</source>
        <translation>%1 的面板拒绝了用户名或密码；在修改之前，Farsight 不会再次尝试</translation>
    </message>
</context>
<context>
    <name>V1Session</name>
    <message>
        <source>the login answer carries no token</source>
        <translation>登录响应中没有令牌</translation>
    </message>
    <message>
        <source>the renewal answer carries no token</source>
        <translation>续期响应中没有令牌</translation>
    </message>
</context>
<context>
    <name>V1Stream</name>
    <message numerus="yes">
        <source>no update from %1 for %n s; reconnecting</source>
        <extracomment>%1 = the stream&apos;s address; %n = seconds without a frame</extracomment>
        <translation>
            <numerusform>%1 已 %n 秒没有更新；正在重新连接</numerusform>
        </translation>
    </message>
    <message>
        <source>the live stream from %1 was closed (%2); reconnecting</source>
        <translation>来自 %1 的实时数据流已关闭（%2）；正在重新连接</translation>
    </message>
    <message>
        <source>the live stream at %1 could not be opened (%2)</source>
        <translation>无法打开 %1 的实时数据流（%2）</translation>
    </message>
</context>
</TS>
