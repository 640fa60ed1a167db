<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About certphoto</source>
        <translation>关于 certphoto</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>certphoto: review certificate photos for the exam offices.</source>
        <translation>certphoto：为考试机构审核证件照片。</translation>
    </message>
    <message>
        <source>Shared server as a libpq connection string (else CERTPHOTO_DATABASE, the saved setting, or the private cluster on this computer).</source>
        <translation>共享服务器的 libpq 连接串（否则依次使用 CERTPHOTO_DATABASE、已保存的设置或本机私有数据库）。</translation>
    </message>
    <message>
        <source>Interface language: zh or en.</source>
        <translation>界面语言：zh 或 en。</translation>
    </message>
    <message>
        <source>Login prefilled in the login dialog.</source>
        <translation>登录对话框中预填的用户名。</translation>
    </message>
</context>
<context>
    <name>ApproveConfirmDialog</name>
    <message>
        <source>Approve a photo the core failed?</source>
        <translation>通过一张自动检测未通过的照片？</translation>
    </message>
    <message>
        <source>The compliance core failed this photo on these checks:</source>
        <translation>自动检测在以下检查项上判定此照片不合格：</translation>
    </message>
    <message>
        <source>Approve it anyway? The applicant is told the photo passed. Enter approves, Esc goes back to the photo.</source>
        <translation>仍然通过吗？考生将收到照片审核通过的通知。回车确认通过，Esc 返回照片。</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Export batches</source>
        <translation>导出批次列表</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;transmitted</source>
        <translation>标记为已传送(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Every key of the review window. Keys can be changed in Settings → Keys.</source>
        <translation>审核窗口的全部快捷键。可在“设置 → 快捷键”中更改。</translation>
    </message>
</context>
<context>
    <name>DisagreementsDialog</name>
    <message>
        <source>The submissions behind the row</source>
        <translation>该行对应的照片</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export batch</source>
        <translation>导出批次</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>接收单位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层次(&amp;L)：</translation>
    </message>
    <message>
        <source>every level</source>
        <translation>全部层次</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>审核通过：</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Create batch</source>
        <translation>生成批次(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>取消导出(&amp;X)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The export failed: %1 (%2)</source>
        <translation>导出失败：%1（%2）</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up certphoto</source>
        <translation>设置 certphoto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where does certphoto keep its data?&lt;/b&gt; You can change this later in the settings.</source>
        <translation>&lt;b&gt;certphoto 的数据保存在哪里？&lt;/b&gt;以后可以在设置中更改。</translation>
    </message>
    <message>
        <source>&amp;This computer only (try it out, or a single auditor)</source>
        <translation>仅本机(&amp;T)（试用，或只有一名审核员）</translation>
    </message>
    <message>
        <source>T&amp;eam server (several workstations share one PostgreSQL server)</source>
        <translation>团队服务器(&amp;E)（多台工作站共用一个 PostgreSQL 服务器）</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate (recommended)</source>
        <translation>验证服务器证书(&amp;V)（推荐）</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>The system&apos;s trusted certificates</source>
        <translation>系统信任的证书</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Or a connection &amp;string:</source>
        <translation>或连接串(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>将密码保存在系统钥匙串中(&amp;K)</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>测试连接(&amp;N)</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <source>Grid: photos the core passed</source>
        <translation>网格：自动检测通过的照片</translation>
    </message>
    <message>
        <source>Look across the photos. Press a photo&apos;s key (1 … 9, 0, -, =) to mark it as an exception: it goes to one-at-a-time review. Enter approves every photo not marked, each as its own decision. Esc leaves the grid.</source>
        <translation>逐一浏览这些照片。按照片对应的键（1 … 9、0、-、=）将其标记为例外：它将转入逐张审核。回车通过所有未标记的照片，每张都是单独的审核决定。Esc 退出网格。</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Change keys</source>
        <translation>更改快捷键</translation>
    </message>
    <message>
        <source>Choose a command with Up/Down, then Tab to the key field and press the new key. A key another command uses is refused.</source>
        <translation>用上下键选择命令，再按 Tab 转到按键框并按下新键。已被其他命令使用的键不能再用。</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>新按键(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Default keys</source>
        <translation>恢复默认按键(&amp;D)</translation>
    </message>
</context>
<context>
    <name>LoadedSubmission</name>
    <message>
        <source>The photo cannot be decoded: %1</source>
        <translation>照片无法解码：%1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to certphoto</source>
        <translation>登录 certphoto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate photo review&lt;/b&gt;</source>
        <translation>&lt;b&gt;证件照片审核&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Private cluster on this computer</source>
        <translation>本机私有数据库</translation>
    </message>
    <message>
        <source>A PostgreSQL connection string such as &quot;host=db.example dbname=certphoto&quot;, or empty for the private cluster on this computer.</source>
        <translation>PostgreSQL 连接串，例如 &quot;host=db.example dbname=certphoto&quot;；留空则使用本机私有数据库。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>certphoto — photo review</source>
        <translation>certphoto — 照片审核</translation>
    </message>
    <message>
        <source>&amp;Queue (by deadline)</source>
        <translation>待审队列（按截止时间）(&amp;Q)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Exam number:</source>
        <translation>考号：</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层次：</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>审核截止：</translation>
    </message>
    <message>
        <source>Attempt:</source>
        <translation>提交次数：</translation>
    </message>
    <message>
        <source>Core verdict:</source>
        <translation>自动检测结论：</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next submission</source>
        <translation>下一张(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>不通过…(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Skip (give back)</source>
        <translation>跳过（放回队列）(&amp;S)</translation>
    </message>
    <message>
        <source>Refresh &amp;queue</source>
        <translation>刷新队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Background &amp;mask</source>
        <translation>背景蒙版(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Head box</source>
        <translation>头部框(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Glare spots</source>
        <translation>反光点(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Landmarks</source>
        <translation>面部特征点(&amp;L)</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>转到队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About certphoto</source>
        <translation>关于 certphoto(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>SMS outbox</source>
        <translation>短信发件箱</translation>
    </message>
    <message>
        <source>State of the outbox</source>
        <translation>发件箱状态</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>待发送：</translation>
    </message>
    <message>
        <source>due now:</source>
        <translation>可立即发送：</translation>
    </message>
    <message>
        <source>waiting to be released:</source>
        <translation>等待放行：</translation>
    </message>
    <message>
        <source>retry later:</source>
        <translation>稍后重试：</translation>
    </message>
    <message>
        <source>being sent:</source>
        <translation>正在发送：</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>已发送：</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>发送失败：</translation>
    </message>
    <message>
        <source>Oldest pending:</source>
        <translation>最早待发送：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>刷新 (F5)(&amp;R)</translation>
    </message>
    <message>
        <source>Retry &amp;failed (Ctrl+R)</source>
        <translation>重发失败短信 (Ctrl+R)(&amp;F)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Guide &amp;lines of the profile</source>
        <translation>规格参考线(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Magnifier</source>
        <translation>放大镜(&amp;M)</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;1:1</source>
        <translation>原始大小 1:1(&amp;1)</translation>
    </message>
    <message>
        <source>Zoom &amp;2:1</source>
        <translation>放大 2:1(&amp;2)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Findings&apos; &amp;details (check ids, reason codes)</source>
        <translation>检测详细信息（检测项代码、原因代码）(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>Only this school&apos;s submissions</source>
        <translation>只看该学校的照片</translation>
    </message>
    <message>
        <source>Only this level</source>
        <translation>只看该层次</translation>
    </message>
    <message>
        <source>Only submissions with this core verdict</source>
        <translation>只看该自动检测结论的照片</translation>
    </message>
    <message>
        <source>Only submissions whose core findings name this reason</source>
        <translation>只看自动检测结果含此原因的照片</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看已超时(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reject: choose the reasons</source>
        <translation>不通过：选择原因</translation>
    </message>
    <message>
        <source>Tick every reason that applies. Type to filter, number keys tick the listed reasons, Up/Down and Space work in the list, Enter confirms.</source>
        <translation>勾选所有适用的原因。输入文字可筛选，数字键勾选列出的原因，上下键和空格在列表中使用，回车确认。</translation>
    </message>
    <message>
        <source>Type to filter the reasons…</source>
        <translation>输入文字筛选原因…</translation>
    </message>
    <message>
        <source>&amp;Note (required for &quot;other&quot;):</source>
        <translation>备注（选“其他”时必填）(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This login is not an auditor, supervisor or admin of certphoto. Ask an admin to create your user.</source>
        <translation>该账号不是 certphoto 的审核员、主管或管理员。请联系管理员为您创建用户。</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Dates and times:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>更改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Approve and show the next submission with one key</source>
        <translation>一键通过并显示下一张(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Grid page:</source>
        <translation>网格每页(&amp;G)：</translation>
    </message>
    <message>
        <source> photos passed by the core</source>
        <translation> 张自动检测通过的照片</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>快捷键：</translation>
    </message>
    <message>
        <source>Change &amp;keys…</source>
        <translation>更改快捷键(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>certphoto — statistics</source>
        <translation>certphoto — 统计</translation>
    </message>
    <message>
        <source>&amp;One day</source>
        <translation>单日(&amp;O)</translation>
    </message>
    <message>
        <source>Date &amp;range</source>
        <translation>日期范围(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Throughput per &amp;auditor</source>
        <translation>按审核员显示审核量(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Show the &amp;tables</source>
        <translation>显示表格(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Export the numbers as &amp;CSV…</source>
        <translation>导出数据为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Daily report as PDF…</source>
        <translation>导出日报 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>The connection to the database server was lost. The program reconnects by itself; if this lasts, check the network or ask the administrator whether the server is up.</source>
        <translation>与数据库服务器的连接已断开。程序会自动重新连接；如果一直连不上，请检查网络，或询问管理员服务器是否正常运行。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is missing on this computer. Ask the administrator to install the package libqt6sql6-psql.</source>
        <translation>本机缺少 PostgreSQL 数据库驱动。请联系管理员安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask an administrator to check your role.</source>
        <translation>您的账号无权执行此操作。请联系管理员检查您的角色。</translation>
    </message>
    <message>
        <source>This was saved already (perhaps by someone else at the same moment). Refresh the queue and check.</source>
        <translation>该记录已经保存过（可能有人在同一时刻保存）。请刷新队列后核对。</translation>
    </message>
    <message>
        <source>Someone changed the same data at the same moment. Try again.</source>
        <translation>有人在同一时刻修改了相同的数据。请重试。</translation>
    </message>
    <message>
        <source>The database refused the request. Try again; if it happens again, tell the administrator the time it happened (the details are in the log).</source>
        <translation>数据库拒绝了该请求。请重试；如果再次出现，请把发生的时间告诉管理员（详细信息已记录在日志中）。</translation>
    </message>
    <message>
        <source>The database is older than this program. Ask the administrator to run &quot;certphoto-admin upgrade&quot;.</source>
        <translation>数据库版本比本程序旧。请联系管理员运行“certphoto-admin upgrade”。</translation>
    </message>
    <message>
        <source>The database is newer than this program. Ask the administrator for the current version of certphoto.</source>
        <translation>数据库版本比本程序新。请向管理员索取最新版本的 certphoto。</translation>
    </message>
    <message>
        <source>This installation of certphoto is incomplete (a database upgrade file is missing). Ask the administrator to reinstall it.</source>
        <translation>本机安装的 certphoto 不完整（缺少数据库升级文件）。请联系管理员重新安装。</translation>
    </message>
    <message>
        <source>The PostgreSQL server is not installed on this computer. Ask the administrator to install the package postgresql.</source>
        <translation>本机没有安装 PostgreSQL 数据库服务器。请联系管理员安装软件包 postgresql。</translation>
    </message>
    <message>
        <source>certphoto was started as the system administrator (root), and the database may not run so. Start certphoto as a normal user.</source>
        <translation>certphoto 是以系统管理员（root）身份启动的，数据库不能以该身份运行。请以普通用户身份启动 certphoto。</translation>
    </message>
    <message>
        <source>The database folder on this computer cannot be prepared. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>无法准备本机的数据库文件夹。请检查磁盘剩余空间和文件夹权限。</translation>
    </message>
    <message>
        <source>The database&apos;s connection folder cannot be prepared. Check the free disk space, or ask the administrator.</source>
        <translation>无法准备数据库的连接文件夹。请检查磁盘剩余空间，或联系管理员。</translation>
    </message>
    <message>
        <source>The local database is locked by another copy of certphoto that is starting. Wait a moment and try again.</source>
        <translation>本机数据库正被另一个正在启动的 certphoto 锁定。请稍候再试。</translation>
    </message>
    <message>
        <source>The settings of the local database cannot be written. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>无法写入本机数据库的设置。请检查磁盘剩余空间和文件夹权限。</translation>
    </message>
    <message>
        <source>The local database could not be created. Check the free disk space; the log has the details for the administrator.</source>
        <translation>无法创建本机数据库。请检查磁盘剩余空间；详细信息已记录在日志中，可交给管理员。</translation>
    </message>
    <message>
        <source>The local database server did not start. Try again; if it keeps failing, the log has the details for the administrator.</source>
        <translation>本机数据库服务器没有启动。请重试；如果一直失败，详细信息已记录在日志中，可交给管理员。</translation>
    </message>
    <message>
        <source>This login is not an auditor, supervisor or admin of certphoto. Ask an admin to create your user.</source>
        <translation>该账号不是 certphoto 的审核员、主管或管理员。请联系管理员为您创建用户。</translation>
    </message>
    <message>
        <source>Your claim on this submission has expired and it went back to the queue. Claim it again or take the next one.</source>
        <translation>您对这张照片的领取已过期，照片已退回队列。请重新领取，或领取下一张。</translation>
    </message>
    <message>
        <source>Another auditor is working on this submission now. Take another one.</source>
        <translation>另一位审核员正在审核这张照片。请领取其他照片。</translation>
    </message>
    <message>
        <source>This submission no longer exists. Refresh the queue and take another one.</source>
        <translation>这张照片已不存在。请刷新队列，领取其他照片。</translation>
    </message>
    <message>
        <source>This submission has been decided or withdrawn already. Take the next one.</source>
        <translation>这张照片已经审核过或已被撤回。请领取下一张。</translation>
    </message>
    <message>
        <source>Another auditor has decided this submission already; your decision was not recorded. Take the next one.</source>
        <translation>另一位审核员已经审核了这张照片，您的审核结果没有记录。请领取下一张。</translation>
    </message>
    <message>
        <source>The database did not confirm the decision. Decide again.</source>
        <translation>数据库没有确认这次审核结果。请重新审核。</translation>
    </message>
    <message>
        <source>The decision was sent incomplete (a program fault). Decide again; if it repeats, tell the administrator.</source>
        <translation>审核结果发送不完整（程序故障）。请重新审核；如果再次出现，请告诉管理员。</translation>
    </message>
    <message>
        <source>The decision clashed with another one in the database (a program fault). Decide again; if it repeats, tell the administrator.</source>
        <translation>审核结果与数据库中的另一条记录冲突（程序故障）。请重新审核；如果再次出现，请告诉管理员。</translation>
    </message>
    <message>
        <source>A decision is either approve or reject. Decide again.</source>
        <translation>审核结果只能是通过或不通过。请重新审核。</translation>
    </message>
    <message>
        <source>A rejection needs at least one reason. Choose a reason and reject again.</source>
        <translation>不通过至少需要一个原因。请选择原因后再次提交。</translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a note for the applicant. Write the note and reject again.</source>
        <translation>原因“其他”需要填写给考生的说明。请填写说明后再次提交。</translation>
    </message>
    <message>
        <source>A chosen reason is no longer in the list of reasons. Log in again to load the current list.</source>
        <translation>所选的某个原因已不在原因列表中。请重新登录以载入最新列表。</translation>
    </message>
    <message>
        <source>An entry of the import was not stored. Check the file and import it again.</source>
        <translation>导入中有一条记录没有保存。请检查文件后重新导入。</translation>
    </message>
    <message>
        <source>An entry has no exam or student number. Complete it and import again.</source>
        <translation>有一条记录缺少考号或学号。请补全后重新导入。</translation>
    </message>
    <message>
        <source>An entry has no school. Complete it and import again.</source>
        <translation>有一条记录缺少学校。请补全后重新导入。</translation>
    </message>
    <message>
        <source>An entry has no photo. Add it and import again.</source>
        <translation>有一条记录缺少照片。请补上后重新导入。</translation>
    </message>
    <message>
        <source>An entry has no arrival time. Complete it and import again.</source>
        <translation>有一条记录缺少提交时间。请补全后重新导入。</translation>
    </message>
    <message>
        <source>This applicant&apos;s photo is approved already; an approved photo is final.</source>
        <translation>该考生的照片已经审核通过；通过的照片不能再更改。</translation>
    </message>
    <message>
        <source>An ID number is not valid (its check digit is wrong). Correct it and import again.</source>
        <translation>有一个身份证号无效（校验位不正确）。请更正后重新导入。</translation>
    </message>
    <message>
        <source>A user can only be an auditor, a supervisor or an admin.</source>
        <translation>用户只能是审核员、主管或管理员。</translation>
    </message>
    <message>
        <source>A login is lower-case letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;, and may not start with &quot;certphoto&quot; or &quot;pg_&quot;.</source>
        <translation>用户名只能由小写字母、数字、“_”、“.”或“-”组成，且不能以“certphoto”或“pg_”开头。</translation>
    </message>
    <message>
        <source>This login exists already. Choose another one.</source>
        <translation>该用户名已存在。请换一个。</translation>
    </message>
    <message>
        <source>The school needs a name.</source>
        <translation>学校必须有名称。</translation>
    </message>
    <message>
        <source>A school&apos;s review deadline is at least one hour.</source>
        <translation>学校的审核时限至少为一小时。</translation>
    </message>
    <message>
        <source>A re-analysis batch is 1 to 10000 submissions.</source>
        <translation>每批重新检测的照片数量为 1 到 10000 张。</translation>
    </message>
    <message>
        <source>A new report needs the version of the checks that made it.</source>
        <translation>新的检测报告必须注明生成它的检测程序版本。</translation>
    </message>
    <message>
        <source>The new report was not stored, as the submission changed meanwhile. Run the re-analysis again.</source>
        <translation>新的检测报告没有保存，因为照片在此期间发生了变化。请重新运行检测。</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed or deleted.</source>
        <translation>审计记录不能修改或删除。</translation>
    </message>
    <message>
        <source>The login name or the password is wrong. Check both (and Caps Lock) and try again.</source>
        <translation>用户名或密码错误。请检查用户名和密码（注意大写锁定键）后重试。</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the server address and the network, then try again; if it keeps failing, ask the administrator whether the server is up.</source>
        <translation>无法连接到数据库服务器。请检查服务器地址和网络后重试；如果一直失败，请询问管理员服务器是否正常运行。</translation>
    </message>
    <message>
        <source>The database reported a problem (code %1). Try again; if it happens again, tell the administrator the code and the time.</source>
        <translation>数据库报告了一个问题（错误代码 %1）。请重试；如果再次出现，请把错误代码和发生时间告诉管理员。</translation>
    </message>
    <message>
        <source>You hold as many submissions as one person may at a time. Decide or give back one of them (N), then take the next.</source>
        <translation>您同时领取的待审照片已达上限。请先审核或放回其中一张（N），再领取下一张。</translation>
    </message>
    <message>
        <source>You have held this submission for the longest time one claim may last, so it went back to the queue. Press N for the next one.</source>
        <translation>这张照片的领取时间已达上限，已放回队列。按 N 领取下一张。</translation>
    </message>
    <message>
        <source>Only submissions near the front of the queue can be picked. Take the next one with N, or pick one higher up the list.</source>
        <translation>只能挑选队列前部的照片。请按 N 领取下一张，或在列表中选择更靠前的一张。</translation>
    </message>
    <message>
        <source>An approval carries no reasons. Approve without reasons, or reject with them.</source>
        <translation>通过审核时不能附带原因。请不带原因通过，或带原因驳回。</translation>
    </message>
    <message>
        <source>The note holds control, direction or invisible characters (often from pasted text). Type the note again and reject again.</source>
        <translation>说明中含有控制字符、文字方向字符或不可见字符（常见于粘贴的文字）。请重新输入说明后再驳回。</translation>
    </message>
    <message>
        <source>The note is too long for the applicant&apos;s SMS. Shorten it and reject again.</source>
        <translation>说明太长，无法放入给考生的短信。请缩短后再驳回。</translation>
    </message>
    <message>
        <source>The note holds a web address, and an SMS to the applicant may not carry one. Remove it and reject again.</source>
        <translation>说明中含有网址，给考生的短信不能包含网址。请删除后再驳回。</translation>
    </message>
    <message>
        <source>The SMS to the applicant would be too long. Shorten the note or choose fewer reasons, and reject again.</source>
        <translation>给考生的短信会太长。请缩短说明或减少原因后再驳回。</translation>
    </message>
    <message>
        <source>The database waited too long (someone else is holding the same data). Try again in a moment.</source>
        <translation>数据库等待时间过长（有人正占用同一数据）。请稍后重试。</translation>
    </message>
    <message>
        <source>The database&apos;s schema is not the one this program ships (it was changed by hand or by another build). Ask the administrator.</source>
        <translation>数据库结构与本程序所带的不一致（被手工修改或由其他版本修改）。请联系管理员。</translation>
    </message>
    <message>
        <source>The password was not sent in the protected form the server demands (a program fault). Update the program.</source>
        <translation>密码未以服务器要求的加密形式发送（程序错误）。请更新本程序。</translation>
    </message>
    <message>
        <source>There is no such limit. The limits that can be set are listed in the security notes of certphoto.</source>
        <translation>没有这个限制项。可设置的限制项列在 certphoto 的安全说明中。</translation>
    </message>
    <message>
        <source>An outbox batch is 1 to 1000 messages, a list 1 to 10000.</source>
        <translation>发件箱每批 1 至 1000 条短信，每页 1 至 10000 条。</translation>
    </message>
    <message>
        <source>The outbox lease must be 1 to 86400 seconds.</source>
        <translation>发件箱的租约时长须为 1 至 86400 秒。</translation>
    </message>
    <message>
        <source>The outbox can show all, pending, sent or failed messages.</source>
        <translation>发件箱只能显示全部、待发送、已发送或发送失败的短信。</translation>
    </message>
    <message>
        <source>The SMS retry settings are out of range: a wait of at least 1 second and at most 7 days, 1 to 100 attempts, a lease of 1 to 86400 seconds.</source>
        <translation>短信重试设置超出范围：等待时间至少 1 秒、最多 7 天，尝试 1 至 100 次，租约 1 至 86400 秒。</translation>
    </message>
    <message>
        <source>This outbox message no longer exists. Refresh the outbox.</source>
        <translation>这条发件箱短信已不存在。请刷新发件箱。</translation>
    </message>
    <message>
        <source>The database did not confirm the outbox change. Refresh the outbox and try again.</source>
        <translation>数据库没有确认对发件箱的修改。请刷新发件箱后重试。</translation>
    </message>
    <message>
        <source>The value is outside what this setting allows (the claim length, for example, is 1 to 86400 seconds).</source>
        <translation>该值超出此设置允许的范围（例如领取时长为 1 到 86400 秒）。</translation>
    </message>
    <message>
        <source>No receiver or school has this name. Pick one from the list.</source>
        <translation>没有这个名称的接收单位或学校，请从列表中选择。</translation>
    </message>
    <message>
        <source>The export format names its files by something other than the ID number or the exam number. Fix the format file.</source>
        <translation>导出格式的文件命名规则既不是身份证号也不是考生号，请修改格式文件。</translation>
    </message>
    <message>
        <source>The export format&apos;s name is not valid. Use lower-case letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>导出格式的名称无效，只能使用小写字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <source>Choose the folder the batch is written to.</source>
        <translation>请选择保存批次的文件夹。</translation>
    </message>
    <message>
        <source>Say why: voiding a batch or sending photos again needs a reason.</source>
        <translation>请说明原因：作废批次或重新发送照片都需要理由。</translation>
    </message>
    <message>
        <source>Two or more photos would get the same file name (the same number twice). Correct the applicants&apos; numbers, then export again; nothing was written.</source>
        <translation>有两张或以上照片的文件名相同（号码重复）。请更正考生的号码后重新导出；未写入任何文件。</translation>
    </message>
    <message>
        <source>Some applicants lack the number their receiver names files by. Add it, then export again; nothing was written.</source>
        <translation>部分考生缺少接收单位用于命名文件的号码。请补充后重新导出；未写入任何文件。</translation>
    </message>
    <message>
        <source>A batch is read 1 to 10000 items at a time.</source>
        <translation>每次读取批次的 1 至 10000 项。</translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation>没有这个批次。</translation>
    </message>
    <message>
        <source>This batch is no longer being built by this window.</source>
        <translation>此批次已不再由本窗口生成。</translation>
    </message>
    <message>
        <source>The archive&apos;s checksum was not valid; the batch was not sealed.</source>
        <translation>压缩包的校验值无效，批次未封存。</translation>
    </message>
    <message>
        <source>Every refused photo needs its reason; the batch was not sealed.</source>
        <translation>每张被拒绝的照片都需要原因，批次未封存。</translation>
    </message>
    <message>
        <source>Another session is building this batch right now.</source>
        <translation>另一个会话正在生成此批次。</translation>
    </message>
    <message>
        <source>Only a sealed or transmitted batch can be voided.</source>
        <translation>只有已封存或已传送的批次可以作废。</translation>
    </message>
    <message>
        <source>Only a sealed batch can be marked transmitted, and only a sealed or transmitted one rebuilt.</source>
        <translation>只有已封存的批次可以标记为已传送，只有已封存或已传送的批次可以重建。</translation>
    </message>
    <message>
        <source>The receiver needs a name.</source>
        <translation>接收单位需要名称。</translation>
    </message>
    <message>
        <source>There is no school with this name.</source>
        <translation>没有这个名称的学校。</translation>
    </message>
    <message>
        <source>The statistics need a first day on or before the last day, at most ten years apart. Choose the days again.</source>
        <translation>统计需要开始日期不晚于结束日期，且相隔不超过十年。请重新选择日期。</translation>
    </message>
    <message>
        <source>This list of disagreements does not exist. Tell the administrator.</source>
        <translation>此分歧列表不存在。请告知管理员。</translation>
    </message>
    <message>
        <source>The decided history could not be read. Nothing was recorded.</source>
        <translation>无法读取已审核的历史记录，未记录任何内容。</translation>
    </message>
    <message>
        <source>A decision of the history lies before its arrival or in the future. Nothing was recorded.</source>
        <translation>历史记录中有审核时间早于提交时间或晚于现在的决定，未记录任何内容。</translation>
    </message>
    <message>
        <source>An auditor of the history is not a certphoto login. Nothing was recorded.</source>
        <translation>历史记录中的审核员不是 certphoto 用户，未记录任何内容。</translation>
    </message>
    <message>
        <source>Too late to undo: the grace period is over and the SMS to the applicant may be on its way. The decision stands.</source>
        <translation>已无法撤销：撤销时限已过，给考生的短信可能已在发送途中。该审核决定保持有效。</translation>
    </message>
    <message>
        <source>Too late to undo: the SMS to the applicant has been sent. The decision stands.</source>
        <translation>已无法撤销：给考生的短信已发出。该审核决定保持有效。</translation>
    </message>
    <message>
        <source>Only the auditor who made a decision can undo it.</source>
        <translation>只有作出该审核决定的审核员才能撤销。</translation>
    </message>
    <message>
        <source>There is no such decision to undo.</source>
        <translation>没有可撤销的这项审核决定。</translation>
    </message>
    <message>
        <source>Cannot undo: the applicant has sent a newer photo since.</source>
        <translation>无法撤销：考生此后已提交了新照片。</translation>
    </message>
    <message>
        <source>Cannot undo: the approved photo is in an export batch already.</source>
        <translation>无法撤销：这张已通过的照片已在导出批次中。</translation>
    </message>
    <message>
        <source>This decision was undone. Decide the submission again.</source>
        <translation>该审核决定已撤销，请重新审核这份提交。</translation>
    </message>
    <message>
        <source>The queue was asked for an impossible page.</source>
        <translation>审核队列收到了无效的分页请求。</translation>
    </message>
    <message>
        <source>The queue filter is not valid. Clear it and choose again.</source>
        <translation>队列筛选条件无效，请清除后重新选择。</translation>
    </message>
    <message>
        <source>The database names no default photo profile for schools. Tell the administrator: the database schema may be damaged.</source>
        <translation>数据库中没有学校默认的照片规格。请告知管理员：数据库结构可能已损坏。</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation>已超时 %1小时 %2分</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>剩余 %1小时 %2分</translation>
    </message>
    <message>
        <source>overdue %1 h %2 min</source>
        <comment>short, in the queue</comment>
        <translation>超时 %1小时%2分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>short, under the header Time left</comment>
        <translation>%1小时%2分</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>review</source>
        <translation>需复核</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>无检测报告</translation>
    </message>
</context>
<context>
    <name>certphoto::app</name>
    <message>
        <source>The server answers (PostgreSQL %1), but this database is not a certphoto database: it holds no certphoto schema. Check the database name, or ask the administrator to set it up with &quot;certphoto-admin upgrade&quot;.</source>
        <translation>服务器有响应（PostgreSQL %1），但这个数据库不是 certphoto 数据库：其中没有 certphoto 的数据结构。请检查数据库名称，或请管理员用“certphoto-admin upgrade”完成设置。</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, certphoto schema version %2. This server can be used.</source>
        <translation>已连接：PostgreSQL %1，certphoto 数据结构版本 %2。可以使用这个服务器。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::AboutDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&lt;b&gt;certphoto %1&lt;/b&gt;&lt;br&gt;The reviewer workstation for certificate photos: the review queue with an automated compliance core, statistics, and the transmission of approved photos.</source>
        <translation>&lt;b&gt;certphoto %1&lt;/b&gt;&lt;br&gt;证件照片审核工作站：带自动合规检测的审核队列、统计，以及审核通过照片的报送。</translation>
    </message>
    <message>
        <source>certphoto</source>
        <translation>certphoto</translation>
    </message>
    <message>
        <source>Compliance core</source>
        <translation>合规检测核心</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时为 %2）</translation>
    </message>
    <message>
        <source>OpenCV</source>
        <translation>OpenCV</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>数据库结构</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>version %1 (this program knows up to %2)</source>
        <translation>版本 %1（本程序支持到 %2）</translation>
    </message>
</context>
<context>
    <name>certphoto::app::AppController</name>
    <message>
        <source>Starting the private database on this computer…</source>
        <translation>正在启动本机私有数据库…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>private cluster</source>
        <translation>本机私有数据库</translation>
    </message>
    <message>
        <source>The private database on this computer could not start. %1</source>
        <translation>本机私有数据库无法启动。%1</translation>
    </message>
    <message>
        <source>Could not log in. %1</source>
        <translation>登录失败。%1</translation>
    </message>
</context>
<context>
    <name>certphoto::app::ApproveConfirmDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The core&apos;s verdict: fail</source>
        <translation>自动检测结论：不合格</translation>
    </message>
    <message>
        <source>Approve anyway (Enter)</source>
        <translation>仍然通过（回车）</translation>
    </message>
    <message>
        <source>Go back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
</context>
<context>
    <name>certphoto::app::AttemptsModel</name>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>replaced by a newer photo before review</source>
        <translation>审核前已被新照片替换</translation>
    </message>
    <message>
        <source>also waiting for review</source>
        <translation>也在等待审核</translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3</source>
        <translation>第 %1 次 · %2 · %3</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>%1 于 %2 审核</translation>
    </message>
    <message>
        <source>Core verdict: %1</source>
        <translation>自动检测：%1</translation>
    </message>
    <message>
        <source>The applicant&apos;s SMS: %1</source>
        <translation>发给考生的短信：%1</translation>
    </message>
</context>
<context>
    <name>certphoto::app::AttemptsPanel</name>
    <message>
        <source>Earlier attempts</source>
        <translation>历次提交</translation>
    </message>
    <message>
        <source>Earlier attempts of the applicant appear here.</source>
        <translation>考生以前提交的照片显示在这里。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The earlier attempts could not be read. %1</source>
        <translation>无法读取历次提交。%1</translation>
    </message>
    <message>
        <source>This is the applicant&apos;s first photo.</source>
        <translation>这是该考生的第一张照片。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::BatchListModel</name>
    <message>
        <source>building</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>transmitted</source>
        <translation>已传送</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片数</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
</context>
<context>
    <name>certphoto::app::BatchesDialog</name>
    <message>
        <source>Batch %1 marked transmitted.</source>
        <translation>批次 %1 已标记为已传送。</translation>
    </message>
    <message>
        <source>Void batch %1</source>
        <translation>作废批次 %1</translation>
    </message>
    <message>
        <source>Why is this batch void? Its photos can then be exported again.</source>
        <translation>为什么作废此批次？作废后其中的照片可以重新导出。</translation>
    </message>
    <message>
        <source>Batch %1 voided: its photos can be exported again.</source>
        <translation>批次 %1 已作废：其中的照片可以重新导出。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::CheatSheetDialog</name>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>certphoto::app::DisagreementsDialog</name>
    <message>
        <source>No submission went against the core on the check &quot;%1&quot; in these days.</source>
        <translation>所选日期内，检查项“%1”没有与审核员分歧的照片。</translation>
    </message>
    <message>
        <source>Submissions where the auditor and the check &quot;%1&quot; disagreed: %2 (newest first).</source>
        <translation>检查项“%1”与审核员分歧的照片：%2 份（最新的在前）。</translation>
    </message>
    <message>
        <source>Core against auditors: %1</source>
        <translation>自动检查与审核员：%1</translation>
    </message>
</context>
<context>
    <name>certphoto::app::ExportDialog</name>
    <message>
        <source>Folder for the batch</source>
        <translation>批次保存的文件夹</translation>
    </message>
    <message>
        <source>Choose the receiver first.</source>
        <translation>请先选择接收单位。</translation>
    </message>
    <message>
        <source>Looking for approved photos…</source>
        <translation>正在查找已审核通过的照片…</translation>
    </message>
    <message>
        <source>Photos: %1, %2 in all, format %3 (%4)</source>
        <translation>照片：%1 张，共 %2，格式 %3（%4）</translation>
    </message>
    <message>
        <source>problems: %1 — correct them before exporting</source>
        <translation>问题：%1 个 — 请先更正再导出</translation>
    </message>
    <message>
        <source>Nothing left to export for this selection.</source>
        <translation>该条件下没有待导出的照片。</translation>
    </message>
    <message>
        <source>The first 200 rows are shown.</source>
        <translation>仅显示前 200 行。</translation>
    </message>
    <message>
        <source>The folder cannot be created: choose another one.</source>
        <translation>无法创建该文件夹，请另选一个。</translation>
    </message>
    <message>
        <source>Writing the batch…</source>
        <translation>正在写入批次…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written and nothing marked.</source>
        <translation>已取消：未写入任何文件，也未标记任何照片。</translation>
    </message>
    <message>
        <source>No batch: every photo was refused (%1).</source>
        <translation>未生成批次：所有照片均被拒绝（%1 张）。</translation>
    </message>
    <message>
        <source>Batch %1 sealed — photos: %2, refused: %3, file: %4
SHA-256: %5</source>
        <translation>批次 %1 已封存 — 照片：%2 张，拒绝：%3 张，文件：%4
SHA-256：%5</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>certphoto::app::ExportRowsModel</name>
    <message>
        <source>number missing for the file name</source>
        <translation>缺少用于文件名的号码</translation>
    </message>
    <message>
        <source>number cannot be a file name</source>
        <translation>号码不能用作文件名</translation>
    </message>
    <message>
        <source>same file name as another photo</source>
        <translation>与另一张照片文件名相同</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Exam number</source>
        <translation>考号</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层次</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>certphoto::app::FindingText</name>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1‰</source>
        <translation>%1‰</translation>
    </message>
    <message>
        <source>ΔE %1</source>
        <translation>ΔE %1</translation>
    </message>
    <message>
        <source>ΔL* %1</source>
        <translation>ΔL* %1</translation>
    </message>
    <message>
        <source>L* %1</source>
        <translation>L* %1</translation>
    </message>
    <message>
        <source>%1 bit</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>恰好 %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>不少于 %1</translation>
    </message>
    <message>
        <source>The head&apos;s distance from the centre line (share of the photo&apos;s width)</source>
        <translation>头部偏离中线的距离（占照片宽度）</translation>
    </message>
    <message>
        <source>The head&apos;s turn to one side (0 = straight on)</source>
        <translation>头部左右转动程度（0 为正对镜头）</translation>
    </message>
    <message>
        <source>The skin&apos;s hue</source>
        <translation>肤色色相</translation>
    </message>
    <message>
        <source>The skin&apos;s colour strength (chroma)</source>
        <translation>肤色浓淡（彩度）</translation>
    </message>
    <message>
        <source>The plain background&apos;s share of the area around the head</source>
        <translation>头部周围纯色背景所占比例</translation>
    </message>
    <message>
        <source>The darker shoulder&apos;s lightness against the lighter one&apos;s</source>
        <translation>较暗一侧肩膀与较亮一侧的亮度比</translation>
    </message>
    <message>
        <source>Glare spots</source>
        <translation>反光点</translation>
    </message>
    <message>
        <source>The photo&apos;s width</source>
        <translation>照片宽度</translation>
    </message>
    <message>
        <source>The photo&apos;s height</source>
        <translation>照片高度</translation>
    </message>
    <message>
        <source>The file&apos;s size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Faces found</source>
        <translation>找到的人脸数</translation>
    </message>
    <message>
        <source>The head&apos;s height (crown to chin) as a share of the photo&apos;s height</source>
        <translation>头部高度（头顶到下巴）占照片高度的比例</translation>
    </message>
    <message>
        <source>The crown&apos;s distance from the top edge</source>
        <translation>头顶到照片上边缘的距离</translation>
    </message>
    <message>
        <source>The head&apos;s sideways tilt</source>
        <translation>头部左右倾斜角度</translation>
    </message>
    <message>
        <source>The eyes&apos; distance from the top edge</source>
        <translation>眼睛到照片上边缘的距离</translation>
    </message>
    <message>
        <source>The face&apos;s width (cheek to cheek)</source>
        <translation>脸宽（两颊之间）</translation>
    </message>
    <message>
        <source>The background&apos;s colour difference from the nearest accepted colour</source>
        <translation>背景与最接近的规定底色的色差</translation>
    </message>
    <message>
        <source>The largest colour difference across the background</source>
        <translation>背景各处之间的最大色差</translation>
    </message>
    <message>
        <source>Glare on the face (share of the face&apos;s area)</source>
        <translation>脸部反光面积（占脸部面积）</translation>
    </message>
    <message>
        <source>The face&apos;s sharpness score</source>
        <translation>脸部清晰度评分</translation>
    </message>
    <message>
        <source>The face&apos;s lightness (0 black to 100 white)</source>
        <translation>脸部亮度（0 为全黑，100 为全白）</translation>
    </message>
    <message>
        <source>The lightness difference between the two cheeks</source>
        <translation>左右脸颊的亮度差</translation>
    </message>
    <message>
        <source>The colour cast skin and background share</source>
        <translation>肤色与背景共同的偏色</translation>
    </message>
    <message>
        <source>The clothing&apos;s colour difference from the background</source>
        <translation>衣服与背景的色差</translation>
    </message>
    <message>
        <source>%1 could not be measured.</source>
        <translation>无法测量%1。</translation>
    </message>
    <message>
        <source>%1 is %2; it must be %3.</source>
        <translation>%1为 %2，要求为 %3。</translation>
    </message>
    <message>
        <source>%1 is %2, over the limit of %3.</source>
        <translation>%1为 %2，超过上限 %3。</translation>
    </message>
    <message>
        <source>%1 is %2, under the limit of %3.</source>
        <translation>%1为 %2，低于下限 %3。</translation>
    </message>
    <message>
        <source>%1 is %2, more than usual (usually %3).</source>
        <translation>%1为 %2，偏高（通常为 %3）。</translation>
    </message>
    <message>
        <source>%1 is %2, less than usual (usually %3).</source>
        <translation>%1为 %2，偏低（通常为 %3）。</translation>
    </message>
    <message>
        <source>%1 is %2, more than the usual %3.</source>
        <translation>%1为 %2，高于通常的 %3。</translation>
    </message>
    <message>
        <source>%1 is %2, less than the usual %3.</source>
        <translation>%1为 %2，低于通常的 %3。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1 is %2 (allowed: %3).</source>
        <translation>%1为 %2（允许%3）。</translation>
    </message>
    <message>
        <source>A JPEG in 24-bit colour, as required.</source>
        <translation>JPEG 格式，24 位彩色，符合要求。</translation>
    </message>
    <message>
        <source>The file is empty; a JPEG in 24-bit colour is required.</source>
        <translation>文件是空的；要求 24 位彩色 JPEG。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is a %1 image, not a JPEG; a JPEG in 24-bit colour is required.</source>
        <translation>文件是 %1 图像，不是 JPEG；要求 24 位彩色 JPEG。</translation>
    </message>
    <message>
        <source>The file is not an image format the program knows; a JPEG is required.</source>
        <translation>文件不是可识别的图像格式；要求 JPEG。</translation>
    </message>
    <message>
        <source>The JPEG is greyscale; 24-bit colour is required.</source>
        <translation>该 JPEG 是灰度图像；要求 24 位彩色。</translation>
    </message>
    <message>
        <source>The JPEG is in CMYK (for print); 24-bit RGB colour is required.</source>
        <translation>该 JPEG 是 CMYK（印刷用）颜色；要求 24 位 RGB 彩色。</translation>
    </message>
    <message>
        <source>The JPEG has %1 colour components; 3 (24-bit colour) are required.</source>
        <translation>该 JPEG 有 %1 个颜色分量；要求 3 个（24 位彩色）。</translation>
    </message>
    <message>
        <source>The JPEG has %1 bits per colour; 8 are required.</source>
        <translation>该 JPEG 每个颜色 %1 位；要求 8 位。</translation>
    </message>
    <message>
        <source>The file is not a JPEG in 24-bit colour.</source>
        <translation>文件不是 24 位彩色 JPEG。</translation>
    </message>
    <message>
        <source>The image data is complete.</source>
        <translation>图像数据完整。</translation>
    </message>
    <message>
        <source>The photo could not be analyzed; judge it by eye.</source>
        <translation>无法自动分析这张照片，请人工判断。</translation>
    </message>
    <message>
        <source>The image data is incomplete or damaged: the photo does not decode completely.</source>
        <translation>图像数据不完整或已损坏：照片无法完整解码。</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>The photo is %1, as required.</source>
        <translation>照片为 %1，符合要求。</translation>
    </message>
    <message>
        <source>The photo is %1; it must be %2.</source>
        <translation>照片为 %1，要求为 %2。</translation>
    </message>
    <message>
        <source>The photo is %1; it must be at least %2.</source>
        <translation>照片为 %1，要求至少 %2。</translation>
    </message>
    <message>
        <source>The face finder could not run; count the faces by eye.</source>
        <translation>人脸检测无法运行，请人工确认人脸数。</translation>
    </message>
    <message>
        <source>One face found, as required.</source>
        <translation>找到一张人脸，符合要求。</translation>
    </message>
    <message>
        <source>No face found; exactly one is required.</source>
        <translation>未找到人脸；要求恰好一张。</translation>
    </message>
    <message>
        <source>%1 faces found; exactly one is required.</source>
        <translation>找到 %1 张人脸；要求恰好一张。</translation>
    </message>
    <message>
        <source>No clothing in the photo to compare with the background.</source>
        <translation>照片中没有可与背景比较的衣服部分。</translation>
    </message>
    <message>
        <source>%1: %2 (the limit is in the details).</source>
        <translation>%1：%2（限值见详细信息）。</translation>
    </message>
    <message>
        <source>Glare spots: %1.</source>
        <translation>反光点 %1 处。</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>检测项：%1</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>原因代码：%1</translation>
    </message>
    <message>
        <source>Core limit: %1</source>
        <translation>自动检测限值：%1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Core note: %1</source>
        <translation>自动检测说明：%1</translation>
    </message>
    <message>
        <source>%1% of the eye distance</source>
        <translation>两眼间距的 %1%</translation>
    </message>
    <message>
        <source>%1% of the cheeks&apos; lightness</source>
        <translation>面颊亮度的 %1%</translation>
    </message>
    <message>
        <source>Visible teeth (share of the mouth)</source>
        <translation>露出的牙齿（占嘴部的比例）</translation>
    </message>
</context>
<context>
    <name>certphoto::app::FindingsView</name>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检测项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Image data intact</source>
        <translation>图像数据完整</translation>
    </message>
    <message>
        <source>Image size (px)</source>
        <translation>图像尺寸（像素）</translation>
    </message>
    <message>
        <source>Number of faces</source>
        <translation>人脸数量</translation>
    </message>
    <message>
        <source>Head size</source>
        <translation>头部大小</translation>
    </message>
    <message>
        <source>Head position</source>
        <translation>头部位置</translation>
    </message>
    <message>
        <source>Head tilt</source>
        <translation>头部倾斜</translation>
    </message>
    <message>
        <source>Eye height</source>
        <translation>眼睛高度</translation>
    </message>
    <message>
        <source>Face width</source>
        <translation>脸宽</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>背景颜色</translation>
    </message>
    <message>
        <source>Background uniformity</source>
        <translation>背景均匀度</translation>
    </message>
    <message>
        <source>Glare spots</source>
        <translation>反光点</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>曝光</translation>
    </message>
    <message>
        <source>Lighting balance</source>
        <translation>光照均衡</translation>
    </message>
    <message>
        <source>Colour cast</source>
        <translation>偏色</translation>
    </message>
    <message>
        <source>Clothing vs background</source>
        <translation>服装与背景对比</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>需留意</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检测说明</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>睁眼程度</translation>
    </message>
    <message>
        <source>Lips closed, no teeth</source>
        <translation>双唇间隙（露齿）</translation>
    </message>
    <message>
        <source>Head covering</source>
        <translation>头部覆盖物</translation>
    </message>
    <message>
        <source>Tinted glasses</source>
        <translation>有色眼镜（镜片亮度）</translation>
    </message>
</context>
<context>
    <name>certphoto::app::FirstRunDialog</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>certphoto keeps its own PostgreSQL database in %1 on this computer; nothing to type, and you are its administrator. To back it up, close certphoto and copy that folder, or run &quot;pg_dump&quot; on the database while certphoto runs.</source>
        <translation>certphoto 在本机的 %1 中保存自己的 PostgreSQL 数据库；无需填写任何内容，您就是它的管理员。备份方法：关闭 certphoto 后复制该文件夹，或在 certphoto 运行时对数据库执行“pg_dump”。</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate</source>
        <translation>服务器的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Name the team server (its host), or choose &quot;This computer only&quot;.</source>
        <translation>请填写团队服务器（主机名），或选择“仅本机”。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::GridDialog</name>
    <message>
        <source>Approve the rest (Enter)</source>
        <translation>通过其余照片（回车）</translation>
    </message>
    <message>
        <source>Leave the grid (Esc)</source>
        <translation>退出网格（Esc）</translation>
    </message>
    <message>
        <source>Claiming and loading the next photos the core passed…</source>
        <translation>正在领取并加载下一批自动检测通过的照片…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) on this page</source>
        <translation>
            <numerusform>本页 %n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked as exception(s)</source>
        <translation>
            <numerusform>%n 张标记为例外</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the approvals…</source>
        <translation>正在保存通过决定…</translation>
    </message>
    <message>
        <source>Page done.</source>
        <translation>本页完成。</translation>
    </message>
    <message>
        <source>No more photos the core passed are waiting. Esc goes back to one-at-a-time review.</source>
        <translation>没有更多等待审核的自动检测通过照片。按 Esc 返回逐张审核。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::GridPage</name>
    <message>
        <source>Could not claim a photo for the grid. %1</source>
        <translation>无法为网格领取照片。%1</translation>
    </message>
    <message>
        <source>No more photos the core passed are waiting.</source>
        <translation>没有更多等待审核的自动检测通过照片。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be approved; press Enter to try again.</source>
        <translation>
            <numerusform>%n 张照片未能通过保存；按回车重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n photo(s) approved.</source>
        <translation>
            <numerusform>已保存：%n 张照片已通过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certphoto::app::KeyMap</name>
    <message>
        <source>Next submission</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>不通过…</translation>
    </message>
    <message>
        <source>Skip (give back)</source>
        <translation>跳过（放回队列）</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>撤销上一个审核决定</translation>
    </message>
    <message>
        <source>Grid of passed photos</source>
        <translation>通过照片网格</translation>
    </message>
    <message>
        <source>Background mask</source>
        <translation>背景蒙版</translation>
    </message>
    <message>
        <source>Head box</source>
        <translation>头部框</translation>
    </message>
    <message>
        <source>Glare spots</source>
        <translation>反光点</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>面部特征点</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>刷新队列</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>转到队列</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>本快捷键列表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Grid: mark or unmark photo 1–12 as an exception</source>
        <translation>网格：将第 1–12 张照片标记或取消标记为例外</translation>
    </message>
    <message>
        <source>Grid: approve every photo not marked</source>
        <translation>网格：通过所有未标记的照片</translation>
    </message>
    <message>
        <source>Grid: leave the page (gives the photos back)</source>
        <translation>网格：离开本页（照片放回队列）</translation>
    </message>
    <message>
        <source>Reason picker: tick the listed reason</source>
        <translation>原因选择：勾选列出的原因</translation>
    </message>
    <message>
        <source>Dialogs: confirm / go back</source>
        <translation>对话框：确认 / 返回</translation>
    </message>
    <message>
        <source>Queue: claim the selected row</source>
        <translation>队列：领取选中的行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>certphoto::app::KeyMapModel</name>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>certphoto::app::KeysDialog</name>
    <message>
        <source>%1 is already the key of “%2”. Choose another key, or change that command first.</source>
        <translation>%1 已是“%2”的快捷键。请选择其他按键，或先更改那个命令。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Shared server: log in with the user an admin created for you.</source>
        <translation>共享服务器：请使用管理员为您创建的用户登录。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The private cluster keeps its data on this computer. You (%1) are its admin; no password is needed.</source>
        <translation>私有数据库的数据保存在本机。您（%1）是它的管理员，无需密码。</translation>
    </message>
    <message>
        <source>The private cluster keeps its data on this computer. %1 logs in with the password its admin (%2) set.</source>
        <translation>私有数据库的数据保存在本机。%1 请使用管理员（%2）设置的密码登录。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::MainWindow</name>
    <message>
        <source>Press N or Space to claim the next submission.
A or Ctrl+Enter approves, R rejects, S gives it back.</source>
        <translation>按 N 或空格领取下一张照片。
A 或 Ctrl+回车 通过，R 不通过，S 放回队列。</translation>
    </message>
    <message>
        <source>Logged in. Press N or Space to start.</source>
        <translation>已登录。按 N 或空格开始审核。</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>通过 (A)</translation>
    </message>
    <message>
        <source>Reject… (R)</source>
        <translation>不通过… (R)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>跳过 (S)</translation>
    </message>
    <message>
        <source>Next (N / Space)</source>
        <translation>下一张 (N / 空格)</translation>
    </message>
    <message>
        <source>Mask (B)</source>
        <translation>蒙版 (B)</translation>
    </message>
    <message>
        <source>Head box (H)</source>
        <translation>头部框 (H)</translation>
    </message>
    <message>
        <source>Glare (G)</source>
        <translation>反光 (G)</translation>
    </message>
    <message>
        <source>Landmarks (L)</source>
        <translation>特征点 (L)</translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>正在保存审核结果…</translation>
    </message>
    <message>
        <source>Claiming the next submission…</source>
        <translation>正在领取下一张…</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>连接断开：%1</translation>
    </message>
    <message>
        <source>Queue: …</source>
        <translation>队列：…</translation>
    </message>
    <message>
        <source>The queue is empty. New submissions appear here as they arrive.</source>
        <translation>队列已空。新提交的照片到达后会显示在这里。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Press N or Space to claim the next submission.</source>
        <translation>按 N 或空格领取下一张照片。</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>无检测报告</translation>
    </message>
    <message>
        <source>report unreadable: %1</source>
        <translation>检测报告无法读取：%1</translation>
    </message>
    <message>
        <source>Submission #%1 — A approve, R reject, S skip.</source>
        <translation>提交 #%1 — A 通过，R 不通过，S 跳过。</translation>
    </message>
    <message>
        <source>&amp;Export batch…</source>
        <translation>导出批次(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;batches…</source>
        <translation>导出批次列表(&amp;B)…</translation>
    </message>
    <message>
        <source>Queue: %1 pending, %2 overdue</source>
        <translation>队列：待审 %1，超时 %2</translation>
    </message>
</context>
<context>
    <name>certphoto::app::MyDayStatus</name>
    <message>
        <source>Today: %1 decided (%2 approved, %3 rejected), median %4 s</source>
        <translation>今天：已审核 %1（通过 %2，不通过 %3），中位数 %4 秒</translation>
    </message>
    <message>
        <source>Your decisions today; handling time is the time a photo was on screen before your decision, idle gaps over a minute left out.</source>
        <translation>您今天的审核；处理时间是照片显示到您作出决定的时间，不计超过一分钟的空闲。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::OutboxDialog</name>
    <message>
        <source>All messages</source>
        <translation>全部短信</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>written %1 (%2 min ago)</source>
        <translation>生成于 %1（%2 分钟前）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>None of the selected messages has failed. Select failed ones, or none to retry every failed message.</source>
        <translation>所选短信中没有发送失败的。请选择失败的短信；不选择则重发全部失败短信。</translation>
    </message>
    <message>
        <source>%1 failed message(s) put back into the queue; the relay sends them next.</source>
        <translation>已将 %1 条失败短信放回发送队列，短信中继将随后发送。</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>SMS &amp;outbox…</source>
        <translation>短信发件箱(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>certphoto::app::OutboxModel</name>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待放行</translation>
    </message>
    <message>
        <source>retry later</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>due</source>
        <translation>可发送</translation>
    </message>
    <message>
        <source>May be sent from %1</source>
        <translation>可于 %1 起发送</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>发送于 %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>失败于 %1</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>下次重试 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>(%1 parts) %2</source>
        <translation>（分 %1 条）%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Sent / failed / next</source>
        <translation>发送 / 失败 / 下次重试</translation>
    </message>
    <message>
        <source>Gateway&apos;s answer</source>
        <translation>网关回复</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>短信内容</translation>
    </message>
</context>
<context>
    <name>certphoto::app::PasswordVault</name>
    <message>
        <source>No keychain service is running on this computer, so the password is not kept: you will be asked for it at each login.</source>
        <translation>本机没有运行钥匙串服务，因此不会保存密码：每次登录时都需要输入。</translation>
    </message>
    <message>
        <source>The system keychain could not be used, so the password is not kept: you will be asked for it at each login.</source>
        <translation>无法使用系统钥匙串，因此不会保存密码：每次登录时都需要输入。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::PhotoView</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>certphoto::app::PrivateClusterKeeper</name>
    <message>
        <source>The private database on this computer stopped and could not be started again. %1</source>
        <translation>本机私有数据库已停止，且无法重新启动。%1</translation>
    </message>
    <message>
        <source>The private database on this computer had stopped; it runs again.</source>
        <translation>本机私有数据库曾停止，现已重新运行。</translation>
    </message>
    <message>
        <source>The private database on this computer stopped; starting it again…</source>
        <translation>本机私有数据库已停止，正在重新启动…</translation>
    </message>
</context>
<context>
    <name>certphoto::app::QueueFilterBar</name>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层次</translation>
    </message>
    <message>
        <source>Any core verdict</source>
        <translation>全部检测结论</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>无检测报告</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已超时：%1</translation>
    </message>
</context>
<context>
    <name>certphoto::app::QueuePageModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1（第 %2 次提交）</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>截止时间 %1</translation>
    </message>
    <message>
        <source>Being reviewed by %1</source>
        <translation>%1 正在审核</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Core verdict</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Exam number</source>
        <translation>考号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层次</translation>
    </message>
</context>
<context>
    <name>certphoto::app::ReasonDialog</name>
    <message>
        <source>Reject</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation>请至少勾选一个原因。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a note for the applicant.</source>
        <translation>“%1”需要填写给考生的说明。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::ReviewActions</name>
    <message>
        <source>&amp;Undo the last decision</source>
        <translation>撤销上一个审核决定(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Grid of passed photos…</source>
        <translation>通过照片网格(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>快捷键(&amp;K)…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo the last decision (%n s left)</source>
        <translation>
            <numerusform>撤销上一个审核决定(&amp;U)（剩余 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo the last decision (time is up: the server will refuse)</source>
        <translation>撤销上一个审核决定(&amp;U)（已超时：服务器将拒绝）</translation>
    </message>
    <message numerus="yes">
        <source>Undo (%1) — %n s</source>
        <translation>
            <numerusform>撤销（%1）— %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>撤销（%1）</translation>
    </message>
</context>
<context>
    <name>certphoto::app::ReviewSession</name>
    <message>
        <source>The queue is empty.</source>
        <translation>队列已空。</translation>
    </message>
    <message>
        <source>Your claim on this submission ran out; it went back to the queue. Press N for the next one.</source>
        <translation>您对这张照片的领取已过期，照片已退回队列。按 N 领取下一张。</translation>
    </message>
    <message>
        <source>This submission is no longer yours to decide. Press N for the next one.</source>
        <translation>您已不能审核这张照片。按 N 领取下一张。</translation>
    </message>
    <message>
        <source>Saved: approved. Press N for the next submission.</source>
        <translation>已保存：通过。按 N 审核下一张。</translation>
    </message>
    <message>
        <source>Saved: rejected. Press N for the next submission.</source>
        <translation>已保存：不通过。按 N 审核下一张。</translation>
    </message>
    <message>
        <source>Could not claim a submission. %1</source>
        <translation>无法领取照片。%1</translation>
    </message>
    <message>
        <source>The claim on this submission could not be renewed. %1</source>
        <translation>无法续期对这张照片的领取。%1</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>未保存。%1</translation>
    </message>
    <message>
        <source>Not saved. %1 Press the key again to retry.</source>
        <translation>未保存。%1请再按一次该键重试。</translation>
    </message>
    <message>
        <source>Saved: #%1 approved.</source>
        <translation>已保存：#%1 通过。</translation>
    </message>
    <message>
        <source>Saved: #%1 rejected.</source>
        <translation>已保存：#%1 不通过。</translation>
    </message>
    <message>
        <source>#%1 was not saved: %2 It is shown again; press N for the next one.</source>
        <translation>#%1 未保存：%2 已重新显示；按 N 处理下一份。</translation>
    </message>
    <message>
        <source>#%1 was not saved: %2 It is shown again; press the key again to retry.</source>
        <translation>#%1 未保存：%2 已重新显示；再按一次该键重试。</translation>
    </message>
    <message>
        <source>#%1 was not saved: %2</source>
        <translation>#%1 未保存：%2</translation>
    </message>
    <message>
        <source>#%1 was not saved: %2 It comes next.</source>
        <translation>#%1 未保存：%2 它将是下一份。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::SettingsDialog</name>
    <message>
        <source>As the system (Chinese on a Chinese system)</source>
        <translation>跟随系统（中文系统上为中文）</translation>
    </message>
    <message>
        <source>%1 (ISO)</source>
        <translation>%1（ISO 格式）</translation>
    </message>
    <message>
        <source>%1 (the system&apos;s format)</source>
        <translation>%1（系统格式）</translation>
    </message>
    <message>
        <source>The new server is used from the next start of certphoto.</source>
        <translation>新的服务器将在下次启动 certphoto 时生效。</translation>
    </message>
    <message>
        <source>A change of language takes effect at the next start.</source>
        <translation>界面语言的更改将在下次启动时生效。</translation>
    </message>
    <message>
        <source>This computer only (the private database)</source>
        <translation>仅本机（私有数据库）</translation>
    </message>
    <message>
        <source>The new keys are in use when this dialog closes.</source>
        <translation>关闭此对话框后新按键即生效。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::StatisticsEntry</name>
    <message>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <source>The day&apos;s figures, charts and the daily report (Ctrl+Shift+S)</source>
        <translation>当日数据、图表和日报（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>certphoto::app::StatisticsWindow</name>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>审核量</translation>
    </message>
    <message>
        <source>Deadline risk now</source>
        <translation>当前时限风险</translation>
    </message>
    <message>
        <source>The promise kept</source>
        <translation>时限达成情况</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>不通过原因</translation>
    </message>
    <message>
        <source>Reasons day by day</source>
        <translation>每日原因分布</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Core against auditors (click a row for its submissions)</source>
        <translation>自动检查与审核员的分歧（点击一行查看相关照片）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The first day is after the last day: nothing to show.</source>
        <translation>开始日期晚于结束日期，无法显示。</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (days in %2): decisions: %3.</source>
        <translation>%1（按 %2 时区计日）：审核 %3 份。</translation>
    </message>
    <message>
        <source>The figures could not be loaded. %1</source>
        <translation>统计数据无法加载。%1</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>CSV 文件保存位置</translation>
    </message>
    <message>
        <source>Writing the CSV files…</source>
        <translation>正在写入 CSV 文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled; no file was left behind.</source>
        <translation>导出已取消，未留下任何文件。</translation>
    </message>
    <message>
        <source>CSV files saved in %1: %2.</source>
        <translation>已在 %1 保存 CSV 文件：%2 个。</translation>
    </message>
    <message>
        <source>Daily report for %1</source>
        <translation>%1 日报</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Loading the figures for %1…</source>
        <translation>正在加载 %1 的统计数据…</translation>
    </message>
    <message>
        <source>Writing the daily report…</source>
        <translation>正在生成日报…</translation>
    </message>
    <message>
        <source>Saved the daily report as %1 (pages: %2).</source>
        <translation>日报已保存为 %1（共 %2 页）。</translation>
    </message>
</context>
<context>
    <name>certphoto::app::UndoTracker</name>
    <message>
        <source>Undone: the decision is withdrawn and its SMS will not be sent. The submission is yours to decide again.</source>
        <translation>已撤销：该审核决定已撤回，短信不会发送。此照片由您重新审核。</translation>
    </message>
    <message>
        <source>Not undone. %1</source>
        <translation>未撤销。%1</translation>
    </message>
    <message>
        <source>Not undone. %1 Press %2 again to retry.</source>
        <translation>未撤销。%1 再按 %2 重试。</translation>
    </message>
</context>
<context>
    <name>certphoto::report::ChartPanel</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart under it</source>
        <translation>在图表下方显示其数据</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Chart as PNG for print (2×)…</source>
        <translation>图表导出为打印用 PNG（2 倍）…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>图表导出为 SVG…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>数据导出为 CSV…</translation>
    </message>
</context>
<context>
    <name>certphoto::report::Charts</name>
    <message>
        <source>Decisions per hour, %1</source>
        <translation>每小时审核量，%1</translation>
    </message>
    <message>
        <source>Decisions per day, %1 – %2</source>
        <translation>每日审核量，%1 – %2</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>%1 · approved %2, rejected %3, total %4</source>
        <translation>%1 · 通过 %2，不通过 %3，合计 %4</translation>
    </message>
    <message>
        <source>other auditors</source>
        <translation>其他审核员</translation>
    </message>
    <message>
        <source>%1 · %2: %3 decisions</source>
        <translation>%1 · %2：审核 %3 份</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>审核量</translation>
    </message>
    <message>
        <source>No decisions on this day.</source>
        <translation>当天没有审核记录。</translation>
    </message>
    <message>
        <source>No decisions in these days.</source>
        <translation>所选日期内没有审核记录。</translation>
    </message>
    <message>
        <source>Pending by time left</source>
        <translation>待审照片按剩余时间</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已超时：%1</translation>
    </message>
    <message>
        <source>oldest pending: #%1, waiting %2 h</source>
        <translation>等待最久：#%1，已等 %2 小时</translation>
    </message>
    <message>
        <source>%1 · %2: %3 pending</source>
        <translation>%1 · %2：待审 %3 份</translation>
    </message>
    <message>
        <source>Pending submissions</source>
        <translation>待审照片</translation>
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation>目前没有待审照片。</translation>
    </message>
    <message>
        <source>Decided within the promised time</source>
        <translation>在承诺时限内完成审核</translation>
    </message>
    <message>
        <source>Within the promise (%)</source>
        <translation>时限内完成（%）</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>中位数（小时）</translation>
    </message>
    <message>
        <source>p95 hours</source>
        <translation>p95（小时）</translation>
    </message>
    <message>
        <source>Share kept (%)</source>
        <translation>达成比例（%）</translation>
    </message>
    <message>
        <source>Arrival to decision (h)</source>
        <translation>从提交到审核（小时）</translation>
    </message>
    <message>
        <source>%1 · nothing decided</source>
        <translation>%1 · 没有审核记录</translation>
    </message>
    <message>
        <source>%1 · %2 % within the promise (%3 of %4) · median %5 h, p95 %6 h</source>
        <translation>%1 · %2 % 在时限内（%4 份中的 %3 份）· 中位数 %5 小时，p95 %6 小时</translation>
    </message>
    <message>
        <source>Nothing was decided in these days.</source>
        <translation>所选日期内没有审核记录。</translation>
    </message>
    <message>
        <source>Rejection reasons, most frequent first</source>
        <translation>不通过原因（按次数从多到少）</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>不通过次数</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>累计占比（%）</translation>
    </message>
    <message>
        <source>Cumulative (%)</source>
        <translation>累计（%）</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 rejections, %4 % · cumulative %5 %</source>
        <translation>%1（%2）· 不通过 %3 次，占 %4 % · 累计 %5 %</translation>
    </message>
    <message>
        <source>No rejections in these days.</source>
        <translation>所选日期内没有不通过的照片。</translation>
    </message>
    <message>
        <source>Shares of the day&apos;s rejections</source>
        <translation>各原因占当日不通过的比例</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 (%5 %)</source>
        <translation>%1 · %2：%4 次中的 %3 次（%5 %）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
</context>
<context>
    <name>certphoto::report::DailyReport</name>
    <message>
        <source>Nothing on this day.</source>
        <translation>当天没有数据。</translation>
    </message>
    <message>
        <source>… and %1 more (all of them in the CSV export)</source>
        <translation>……另有 %1 条（CSV 导出中包含全部）</translation>
    </message>
    <message>
        <source>Daily report %1 (days in %2); promise kept %3 – %4</source>
        <translation>日报 %1（按 %2 时区计日）；时限达成 %3 – %4</translation>
    </message>
    <message>
        <source>Made %1 (%2) · page %3 of %4</source>
        <translation>生成于 %1（%2）· 第 %3 页，共 %4 页</translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>日报 %1</translation>
    </message>
    <message>
        <source>certphoto · certificate photo review</source>
        <translation>certphoto · 证件照片审核</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>New arrivals</source>
        <translation>新到</translation>
    </message>
    <message>
        <source>Pending now</source>
        <translation>当前待审</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前超时</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Top rejection reasons</source>
        <translation>主要不通过原因</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>certphoto::report::Exports</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>certphoto::report::FigureTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>certphoto::report::Figures</name>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>&lt; 4 h</source>
        <translation>&lt; 4 小时</translation>
    </message>
    <message>
        <source>4–12 h</source>
        <translation>4–12 小时</translation>
    </message>
    <message>
        <source>12–24 h</source>
        <translation>12–24 小时</translation>
    </message>
    <message>
        <source>24–48 h</source>
        <translation>24–48 小时</translation>
    </message>
    <message>
        <source>&gt; 48 h</source>
        <translation>&gt; 48 小时</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Within promise</source>
        <translation>时限内</translation>
    </message>
    <message>
        <source>Share kept</source>
        <translation>达成比例</translation>
    </message>
    <message>
        <source>Median (arrival to decision)</source>
        <translation>中位数（提交到审核）</translation>
    </message>
    <message>
        <source>p95 (arrival to decision)</source>
        <translation>p95（提交到审核）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>审核量</translation>
    </message>
    <message>
        <source>Approval share</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Median handling</source>
        <translation>处理时间中位数</translation>
    </message>
    <message>
        <source>p90 handling</source>
        <translation>处理时间 p90</translation>
    </message>
    <message>
        <source>Approved, core failed</source>
        <translation>通过了自动检查未通过的</translation>
    </message>
    <message>
        <source>Rejected, core passed</source>
        <translation>驳回了自动检查通过的</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>不通过次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Share of the day</source>
        <translation>占当日比例</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检测项</translation>
    </message>
    <message>
        <source>Core failed</source>
        <translation>自动检查未通过</translation>
    </message>
    <message>
        <source>Overruled (approved)</source>
        <translation>被推翻（审核通过）</translation>
    </message>
    <message>
        <source>Overruled share</source>
        <translation>推翻比例</translation>
    </message>
    <message>
        <source>Core passed</source>
        <translation>自动检查通过</translation>
    </message>
    <message>
        <source>Passed, auditor rejected</source>
        <translation>检查通过但审核员驳回</translation>
    </message>
    <message>
        <source>Rejected share</source>
        <translation>驳回比例</translation>
    </message>
    <message>
        <source>Reasons the auditors picked</source>
        <translation>审核员选择的原因</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>提交编号</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>core failed, auditor approved</source>
        <translation>自动检查未通过，审核员通过</translation>
    </message>
    <message>
        <source>core passed, auditor rejected</source>
        <translation>自动检查通过，审核员驳回</translation>
    </message>
</context>
</TS>
