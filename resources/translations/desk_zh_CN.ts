<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Administrators manage accounts and settings; receptionists check visitors in and out.</source>
        <translation>管理员负责管理账号和设置；前台值班员负责访客签到、签退。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 已恢复，可以登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已停用，不能再登录。</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>账号 %1 已创建。</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>The role was changed.</source>
        <translation>角色已更改。</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
    <message>
        <source>The accounts could not be loaded; see the log.</source>
        <translation>无法读取账号列表，请查看日志。</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>The administrator adds the receptionists&apos; accounts, changes settings and reads the audit log. Keep this password safe.</source>
        <translation>管理员负责添加前台值班员账号、修改设置和查看审计日志。请妥善保管此密码。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>At least 8 characters. User names use letters, digits, dots, dashes.</source>
        <translation>密码至少 8 位。用户名只能使用字母、数字、点和连字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search the records and details</source>
        <translation>搜索记录内容和详情</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Select an entry to see the record before and after.</source>
        <translation>选择一条日志，查看修改前后的记录。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The newest %1 entries; narrow the filters to see older ones.</source>
        <translation>仅显示最新 %1 条；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1，操作人：%2（%3）</translation>
    </message>
    <message>
        <source>Record: %1 %2</source>
        <translation>记录：%1 %2</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>修改前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>修改后：</translation>
    </message>
    <message>
        <source>The audit log could not be read; see the log.</source>
        <translation>无法读取审计日志，请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>CameraScanView</name>
    <message>
        <source>No camera found. Use the USB scanner or type the code.</source>
        <translation>未找到摄像头。请使用扫码枪或手动输入编码。</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera.</source>
        <translation>请将二维码对准摄像头。</translation>
    </message>
    <message>
        <source>The camera is not working. Use the USB scanner or type the code.</source>
        <translation>摄像头无法使用。请使用扫码枪或手动输入编码。</translation>
    </message>
</context>
<context>
    <name>CenterDetailsPage</name>
    <message>
        <source>Your center</source>
        <translation>中心信息</translation>
    </message>
    <message>
        <source>These details appear on the duty sheet, on passes and in the window title. They can be changed later under Center &amp; settings.</source>
        <translation>这些信息会出现在值班表、通行证和窗口标题上，以后可在“中心与设置”中修改。</translation>
    </message>
    <message>
        <source>e.g. Xingfu Community Party-Mass Service Center</source>
        <translation>例如：幸福社区党群服务中心</translation>
    </message>
    <message>
        <source>e.g. 010-12345678</source>
        <translation>例如：010-12345678</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Opening hours (an empty line means closed):</source>
        <translation>开放时间（留空表示当天不开放）：</translation>
    </message>
</context>
<context>
    <name>CenterSettingsPage</name>
    <message>
        <source>Save center details</source>
        <translation>保存中心信息</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心信息</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Lock the desk after this many idle minutes</source>
        <translation>无操作多少分钟后自动锁屏</translation>
    </message>
    <message>
        <source>A second scan within this many seconds is the same visit</source>
        <translation>多少秒内重复扫码视为同一次来访</translation>
    </message>
    <message>
        <source>Delete visitors&apos; names and phones after this many days</source>
        <translation>访客姓名和电话保存天数（到期删除）</translation>
    </message>
    <message>
        <source>Resident passes are valid for this many days</source>
        <translation>居民通行证有效天数</translation>
    </message>
    <message>
        <source>Wrong passwords before sign-in must wait</source>
        <translation>密码错误多少次后暂停登录</translation>
    </message>
    <message>
        <source>…counted over this many minutes</source>
        <translation>……在多少分钟内累计</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>Check out everyone still inside at closing time</source>
        <translation>闭馆时自动为在馆人员签退</translation>
    </message>
    <message>
        <source>Purpose of a resident-pass scan</source>
        <translation>扫居民通行证时默认的来访事由</translation>
    </message>
    <message>
        <source>Privacy notice shown to visitors</source>
        <translation>向访客展示的隐私告知</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Center &amp; settings</source>
        <translation>中心与设置</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>CenterWizard</name>
    <message>
        <source>Set up the desk</source>
        <translation>前台初始设置</translation>
    </message>
    <message>
        <source>Setting up failed because of an unexpected error; see the log.</source>
        <translation>初始设置因意外错误失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check out (Del)</source>
        <translation>签退（Del）</translation>
    </message>
    <message>
        <source>Print roll-call (Ctrl+P)</source>
        <translation>打印在馆名单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Issue a resident pass</source>
        <translation>发放居民通行证</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>来访签到</translation>
    </message>
    <message>
        <source>Search returning visitors</source>
        <translation>查找老访客</translation>
    </message>
    <message>
        <source>New walk-in</source>
        <translation>新访客登记</translation>
    </message>
    <message>
        <source>Save the walk-in form</source>
        <translation>保存来访登记</translation>
    </message>
    <message>
        <source>Check out the visitor selected in the inside list</source>
        <translation>为在馆名单中选中的访客签退</translation>
    </message>
    <message>
        <source>Print the roll-call of everyone inside</source>
        <translation>打印全部在馆人员名单</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Preparing the roll-call…</source>
        <translation>正在生成在馆名单…</translation>
    </message>
    <message>
        <source>Returning visitor (F2)</source>
        <translation>老访客（F2）</translation>
    </message>
    <message>
        <source>Walk-in (F3)</source>
        <translation>新访客登记（F3）</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>在馆人员</translation>
    </message>
    <message>
        <source>Inside now: {visits} visits, {people} people</source>
        <translation>在馆：{visits} 批，共 {people} 人</translation>
    </message>
    <message>
        <source>Welcome, {name} — checked in at {time}.</source>
        <translation>欢迎，{name}——{time} 签到成功。</translation>
    </message>
    <message>
        <source>Checked in at {time}: {purpose}, {people} people.</source>
        <translation>{time} 签到成功：{purpose}，{people} 人。</translation>
    </message>
    <message>
        <source>Issue a resident pass for {name}</source>
        <translation>为 {name} 发放居民通行证</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>该访客</translation>
    </message>
    <message>
        <source>Goodbye, {name}: checked out at {time}.</source>
        <translation>再见，{name}：{time} 已签退。</translation>
    </message>
    <message>
        <source>Closing time: {n} visits were checked out automatically.</source>
        <translation>已到闭馆时间：{n} 批来访已自动签退。</translation>
    </message>
    <message>
        <source>Roll-call {time}</source>
        <translation>在馆名单 {time}</translation>
    </message>
    <message>
        <source>Resident pass {name}</source>
        <translation>居民通行证 {name}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>程序出错了</translation>
    </message>
    <message>
        <source>The desk ran into an unexpected problem. What you were doing may not have been saved: please check it, then carry on. If this happens again, tell the administrator and give them the details below.</source>
        <translation>前台程序遇到了意外问题，刚才的操作可能没有保存，请检查后继续。如果再次出现，请告知管理员并提供下面的详细信息。</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（没有日志文件）</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Desk</source>
        <translation>党群服务中心前台</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <source>Desk</source>
        <translation>党群服务中心前台</translation>
    </message>
    <message>
        <source>Desk is already open on this data folder (%1). Switch to that window, or close it first.</source>
        <translation>前台程序已在此数据文件夹（%1）上打开。请切换到那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <source>The desk&apos;s data could not be opened: %1 Nothing was deleted.</source>
        <translation>无法打开前台数据：%1 没有删除任何数据。</translation>
    </message>
    <message>
        <source>The desk&apos;s data could not be opened (%1). Nothing was deleted; the log is in %2.</source>
        <translation>无法打开前台数据（%1）。没有删除任何数据；日志在 %2。</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>Creating the demo center…</source>
        <translation>正在创建演示中心…</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>党群服务中心前台</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <source>The connection to the city platform is not set up yet; the desk works offline.</source>
        <translation>尚未连接市级平台；前台可离线正常使用。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前登录：%1</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>Up to three sessions, e.g. 08:30-12:00, 14:00-17:30. Leave empty if closed.</source>
        <translation>每天最多三个时段，例如 08:30-12:00, 14:00-17:30。不开放请留空。</translation>
    </message>
    <message>
        <source>%1: write the times like 08:30-12:00, 14:00-17:30, or leave it empty if closed.</source>
        <translation>%1：请按 08:30-12:00, 14:00-17:30 的格式填写，不开放请留空。</translation>
    </message>
    <message>
        <source>%1: at most three sessions a day.</source>
        <translation>%1：每天最多三个时段。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>InsideTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Inside for</source>
        <translation>在馆时长</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} 小时 {m:02d} 分</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>The desk is locked</source>
        <translation>前台已锁屏</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock to scan: passes are not checked in while the desk is locked.</source>
        <translation>请先解锁再扫码：锁屏期间不会签到。</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>切换账号登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <source>Wrong password. After several wrong tries, wait a little before trying again.</source>
        <translation>密码错误。多次输错后，需要稍等片刻才能再试。</translation>
    </message>
    <message>
        <source>Unlocking failed because of an unexpected error; see the log.</source>
        <translation>解锁因意外错误失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Desk</source>
        <translation>登录 — 前台</translation>
    </message>
    <message>
        <source>Party-Mass Service Center front desk</source>
        <translation>党群服务中心前台</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in failed because of an unexpected error; see the log.</source>
        <translation>登录因意外错误失败，请查看日志。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Party-Mass Service Center Desk</source>
        <translation>党群服务中心前台 Desk</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>锁屏（Ctrl+L）</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close the desk? Scans are not taken while it is closed.</source>
        <translation>确定关闭前台程序吗？关闭后将无法扫码签到。</translation>
    </message>
    <message>
        <source>%1 — Party-Mass Service Center Desk</source>
        <translation>%1 — 党群服务中心前台 Desk</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This document could not be shown.</source>
        <translation>无法显示此文档。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>正在发送到打印机…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The file could not be saved:
%1

%2</source>
        <translation>文件无法保存：
%1

%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Preview purge</source>
        <translation>预览清理</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>立即清理…</translation>
    </message>
    <message>
        <source>Phone, last 4 digits, name or initials</source>
        <translation>电话、后四位、姓名或拼音首字母</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation>导出此人的数据…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>删除此人信息…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>One person&apos;s data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私保护</translation>
    </message>
    <message>
        <source>Before {cutoff}: {visitors} people would have their name and phone erased, and the notes of {notes} visits would be cleared. Visit counts stay.</source>
        <translation>{cutoff} 之前：将删除 {visitors} 人的姓名和电话，并清空 {notes} 次来访的备注。来访人次统计保留。</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>立即清理</translation>
    </message>
    <message>
        <source>Erase the names and phone numbers of everyone whose last visit is older than the retention period? This cannot be undone.</source>
        <translation>确定删除最近一次来访已超过保存期限的所有人的姓名和电话吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Purged: {visitors} people erased, notes of {notes} visits cleared.</source>
        <translation>已清理：删除 {visitors} 人的信息，清空 {notes} 次来访的备注。</translation>
    </message>
    <message>
        <source>Saved the data of {name} to {path}.</source>
        <translation>已将 {name} 的数据保存到 {path}。</translation>
    </message>
    <message>
        <source>No one on record matches.</source>
        <translation>没有找到匹配的人员。</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>删除此人信息</translation>
    </message>
    <message>
        <source>Erase the name, phone number, organisation and notes of {name} now? Their visits stay as anonymous counts and their passes stop working. This cannot be undone.</source>
        <translation>确定立即删除 {name} 的姓名、电话、单位和备注吗？其来访记录将作为匿名统计保留，通行证将失效。此操作无法撤销。</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>{name} 的信息已删除。</translation>
    </message>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Names and phone numbers are kept for {days} days after a person&apos;s last visit, then erased.</source>
        <translation>姓名和电话在最近一次来访后保存 {days} 天，到期自动删除。</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>New purpose</source>
        <translation>新增来访事由</translation>
    </message>
    <message>
        <source>Purpose %1</source>
        <translation>来访事由：%1</translation>
    </message>
    <message>
        <source>As the walk-in form shows it, e.g. 政策咨询</source>
        <translation>登记表上显示的名称，如“政策咨询”</translation>
    </message>
    <message>
        <source>Purpose name</source>
        <translation>事由名称</translation>
    </message>
    <message>
        <source>%1 (fixed: statistics and settings use it)</source>
        <translation>%1（固定不变，统计和设置都用它）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Hidden fields are left off the walk-in form. The number of people and the notes are always offered.</source>
        <translation>隐藏的项不出现在来访登记表上。人数和备注总是可以填写。</translation>
    </message>
</context>
<context>
    <name>PurposeTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>PurposesPage</name>
    <message>
        <source>New purpose…</source>
        <translation>新增事由…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>The walk-in form offers these purposes in this order. Each one says which fields are required, optional or hidden. A purpose no longer needed is deactivated, not deleted: its past visits keep it.</source>
        <translation>来访登记表按下列顺序列出来访事由，每个事由规定各项是必填、选填还是隐藏。不再需要的事由可以停用，但不会删除：以往的来访记录仍保留它。</translation>
    </message>
    <message>
        <source>Visit purposes</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>%1 is offered on the walk-in form again.</source>
        <translation>“%1”已重新出现在来访登记表上。</translation>
    </message>
    <message>
        <source>%1 is no longer offered on the walk-in form; its past visits keep it.</source>
        <translation>“%1”已不再出现在来访登记表上；以往的来访记录仍保留它。</translation>
    </message>
    <message>
        <source>Purpose %1 added.</source>
        <translation>已新增来访事由“%1”。</translation>
    </message>
    <message>
        <source>Purpose %1 saved.</source>
        <translation>来访事由“%1”已保存。</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
    <message>
        <source>The purposes could not be loaded; see the log.</source>
        <translation>无法读取来访事由，请查看日志。</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Something went wrong and nothing was changed. The error was logged.</source>
        <translation>出现错误，未做任何修改。错误已记入日志。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Ready: scan a pass or search for a visitor.</source>
        <translation>就绪：请扫码或查找访客。</translation>
    </message>
</context>
<context>
    <name>ReturningSearch</name>
    <message>
        <source>Phone, last 4 digits or name</source>
        <translation>电话、后四位或姓名</translation>
    </message>
    <message>
        <source>Pinyin initials work too: zxm finds 张小明.</source>
        <translation>也可输入拼音首字母：zxm 可找到张小明。</translation>
    </message>
    <message>
        <source>Search returning visitors</source>
        <translation>查找老访客</translation>
    </message>
    <message>
        <source>Purpose of a returning visit</source>
        <translation>本次来访事由</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>No returning visitor matches. Use the walk-in form below.</source>
        <translation>没有匹配的老访客，请使用下方的新访客登记。</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Everything at the desk can be done from the keyboard:</source>
        <translation>前台的所有操作都可以用键盘完成：</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
</context>
<context>
    <name>VisitLogModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>In</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>在馆</translation>
    </message>
</context>
<context>
    <name>VisitLogPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone digits, e.g. last 4</source>
        <translation>电话号码，例如后四位</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>全部事由</translation>
    </message>
    <message>
        <source>Inside only</source>
        <translation>仅在馆人员</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Reveal phone</source>
        <translation>查看完整电话</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>来访记录</translation>
    </message>
    <message>
        <source>Saved {n} visits to {path}.</source>
        <translation>已将 {n} 条来访记录保存到 {path}。</translation>
    </message>
    <message>
        <source>{n} visits, {people} people</source>
        <translation>{n} 批来访，共 {people} 人</translation>
    </message>
    <message>
        <source>(only the newest are shown)</source>
        <translation>（仅显示最新记录）</translation>
    </message>
    <message>
        <source>Phone of {name}: {phone}. This look-up is recorded in the audit log.</source>
        <translation>{name} 的电话：{phone}。本次查看已记入审计日志。</translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>导出来访记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>VisitorResultsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次来访</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Party member, branch: {branch}</source>
        <translation>党员，所在支部：{branch}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>在馆</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
</context>
<context>
    <name>WalkInPanel</name>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或座机</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Party branch the member belongs to</source>
        <translation>党员所在支部</translation>
    </message>
    <message>
        <source>The visitor agrees to the privacy notice</source>
        <translation>访客已同意隐私告知</translation>
    </message>
    <message>
        <source>Save and check in</source>
        <translation>保存并签到</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <source>Center set up</source>
        <translation>中心初始设置</translation>
    </message>
    <message>
        <source>Center details changed</source>
        <translation>修改中心信息</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Checked out at closing time</source>
        <translation>闭馆自动签退</translation>
    </message>
    <message>
        <source>Phone number shown in full</source>
        <translation>查看完整电话</translation>
    </message>
    <message>
        <source>Scan refused</source>
        <translation>扫码被拒</translation>
    </message>
    <message>
        <source>Pass issued</source>
        <translation>发放通行证</translation>
    </message>
    <message>
        <source>Pass withdrawn</source>
        <translation>注销通行证</translation>
    </message>
    <message>
        <source>Pass signing key renewed</source>
        <translation>更换通行证签名密钥</translation>
    </message>
    <message>
        <source>Pass key trusted</source>
        <translation>信任通行证密钥</translation>
    </message>
    <message>
        <source>Withdrawn passes imported</source>
        <translation>导入已注销通行证</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>Old personal data deleted</source>
        <translation>清理过期个人信息</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>创建演示数据</translation>
    </message>
</context>
<context>
    <name>audit_entities</name>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>Withdrawn pass</source>
        <translation>已注销通行证</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Only an administrator may do this. Ask an administrator to sign in.</source>
        <translation>只有管理员可以执行此操作。请管理员登录。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>A password may have at most 256 characters.</source>
        <translation>密码最多 256 个字符。</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>这个密码太容易被猜到。</translation>
    </message>
    <message>
        <source>A user name has 2–32 letters, digits, dots, dashes or underscores (no spaces).</source>
        <translation>用户名由 2–32 个字母、数字、点、连字符或下划线组成（不能有空格）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>密码错误次数过多，请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation>未知角色 {role}。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation>用户名 {username} 已被使用。</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <source>The desk needs at least one active administrator.</source>
        <translation>至少要保留一名正常使用的管理员。</translation>
    </message>
    <message>
        <source>There is no database in {folder} to back up.</source>
        <translation>{folder} 中没有可备份的数据库。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The file {path} is not a Desk backup.</source>
        <translation>文件 {path} 不是前台程序的备份。</translation>
    </message>
    <message>
        <source>Close the desk window before restoring a backup.</source>
        <translation>恢复备份前请先关闭前台窗口。</translation>
    </message>
    <message>
        <source>The file {path} is damaged; it was not restored.</source>
        <translation>文件 {path} 已损坏，未恢复。</translation>
    </message>
    <message>
        <source>Opening hours need all seven weekdays.</source>
        <translation>开放时间需要填写一周七天。</translation>
    </message>
    <message>
        <source>Times must look like 08:30 (hours and minutes).</source>
        <translation>时间格式应为 08:30（时:分）。</translation>
    </message>
    <message>
        <source>A session must end after it starts ({start}–{end}).</source>
        <translation>时段的结束时间必须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <source>Sessions of one day must not overlap ({start}).</source>
        <translation>同一天的时段不能重叠（{start}）。</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>没有名为 {key} 的设置。</translation>
    </message>
    <message>
        <source>This desk is already set up.</source>
        <translation>前台已完成初始设置。</translation>
    </message>
    <message>
        <source>This desk is not set up yet.</source>
        <translation>前台尚未完成初始设置。</translation>
    </message>
    <message>
        <source>This setting is either on or off.</source>
        <translation>此设置只能开启或关闭。</translation>
    </message>
    <message>
        <source>A pass scan needs an active visit purpose; {code} is not one.</source>
        <translation>扫码签到需要一个已启用的来访事由，“{code}”不是。</translation>
    </message>
    <message>
        <source>This setting must be a whole number.</source>
        <translation>此设置必须是整数。</translation>
    </message>
    <message>
        <source>This setting must be between {low} and {high}.</source>
        <translation>此设置必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>设置值</translation>
    </message>
    <message>
        <source>--visits must be between 0 and 5000000.</source>
        <translation>--visits 必须在 0 到 5000000 之间。</translation>
    </message>
    <message>
        <source>--valid-days must be from 1 to 3660.</source>
        <translation>--valid-days 必须在 1 到 3660 之间。</translation>
    </message>
    <message>
        <source>This desk is not set up yet. Open the desk window to set it up.</source>
        <translation>前台尚未完成初始设置。请打开前台窗口进行设置。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Use either --date or --from/--to, not both.</source>
        <translation>请使用 --date 或 --from/--to，不能同时使用。</translation>
    </message>
    <message>
        <source>{option} must be a date like 2026-11-21.</source>
        <translation>{option} 必须是日期，例如 2026-11-21。</translation>
    </message>
    <message>
        <source>This code is not a valid pass: it could not be read. Scan it again, or check the visitor in by hand.</source>
        <translation>这不是有效的通行证：无法识别。请重新扫码，或手动为访客签到。</translation>
    </message>
    <message>
        <source>This pass was made by a newer version of the system. Update the desk program, or check the visitor in by hand.</source>
        <translation>此通行证由更新版本的系统生成。请更新前台程序，或手动为访客签到。</translation>
    </message>
    <message>
        <source>This pass was signed with a key this desk does not know (key {key_id}). It may come from a system this desk does not trust yet.</source>
        <translation>此通行证使用了本前台不认识的密钥签名（密钥 {key_id}），可能来自尚未被信任的系统。</translation>
    </message>
    <message>
        <source>This code is not a valid pass: its signature does not match. It may be forged.</source>
        <translation>这不是有效的通行证：签名不符，可能是伪造的。</translation>
    </message>
    <message>
        <source>This pass expired on {date}.</source>
        <translation>此通行证已于 {date} 过期。</translation>
    </message>
    <message>
        <source>This pass is not valid yet. It becomes valid on {date}.</source>
        <translation>此通行证尚未生效，将于 {date} 生效。</translation>
    </message>
    <message>
        <source>This pass (number {serial}) has been withdrawn and may no longer be used.</source>
        <translation>此通行证（编号 {serial}）已被注销，不能再使用。</translation>
    </message>
    <message>
        <source>This pass was issued by another center ({center}).</source>
        <translation>此通行证由其他中心（{center}）发放。</translation>
    </message>
    <message>
        <source>The center is not set up yet. An administrator must enter the center&apos;s details before passes can be issued or checked.</source>
        <translation>中心尚未设置。管理员填写中心信息后才能发放或核验通行证。</translation>
    </message>
    <message>
        <source>There is no pass with the number {serial}.</source>
        <translation>没有编号为 {serial} 的通行证。</translation>
    </message>
    <message>
        <source>A key id is a number from 0 to 65535, not {key_id}.</source>
        <translation>密钥编号应为 0 到 65535 之间的数字，而不是 {key_id}。</translation>
    </message>
    <message>
        <source>A trusted key&apos;s source must name where it came from.</source>
        <translation>受信任密钥必须注明来源。</translation>
    </message>
    <message>
        <source>A pass must end after it starts.</source>
        <translation>通行证的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The pass dates are out of range. Check the year.</source>
        <translation>通行证日期超出范围，请检查年份。</translation>
    </message>
    <message>
        <source>This is not an Ed25519 public key (it must be 32 bytes).</source>
        <translation>这不是 Ed25519 公钥（必须为 32 字节）。</translation>
    </message>
    <message>
        <source>Key id {key_id} already belongs to a different key. Nothing was changed; ask whoever sent the key to check it.</source>
        <translation>密钥编号 {key_id} 已属于另一个密钥。未做任何修改；请让密钥提供方核对。</translation>
    </message>
    <message>
        <source>This visitor is no longer on record.</source>
        <translation>此访客的记录已不存在。</translation>
    </message>
    <message>
        <source>Pass {serial} was already withdrawn on {date}.</source>
        <translation>通行证 {serial} 已于 {date} 注销。</translation>
    </message>
    <message>
        <source>The revocation list holds an invalid pass number. Nothing was imported.</source>
        <translation>注销名单中有无效的通行证编号，未导入任何内容。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>{field} is not a valid phone number: a mobile has 11 digits starting with 1, a landline 7–8 digits with an optional area code starting with 0.</source>
        <translation>{field}不是有效的电话号码：手机号为以 1 开头的 11 位数字，座机号为 7–8 位数字，可加以 0 开头的区号。</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters (this has {n}).</source>
        <translation>{field}太长：最多 {max} 个字符（当前 {n} 个）。</translation>
    </message>
    <message>
        <source>{field} contains a control character; please retype it.</source>
        <translation>{field}含有控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>This visitor&apos;s record no longer exists.</source>
        <translation>此访客的记录已不存在。</translation>
    </message>
    <message>
        <source>The field rules are not a list of fields and rules.</source>
        <translation>填写规则的格式不对：应为各项及其规则。</translation>
    </message>
    <message>
        <source>The name cannot be hidden while the phone is required: a phone number without a name tells the desk nobody.</source>
        <translation>电话为必填时不能隐藏姓名：只有电话没有姓名，无法知道来的是谁。</translation>
    </message>
    <message>
        <source>Purpose name</source>
        <translation>事由名称</translation>
    </message>
    <message>
        <source>The number of people and the notes are always offered; they cannot be required or hidden.</source>
        <translation>人数和备注总是可以填写，不能设为必填或隐藏。</translation>
    </message>
    <message>
        <source>There is no form field called {name}.</source>
        <translation>登记表中没有名为 {name} 的项。</translation>
    </message>
    <message>
        <source>{value} is not a rule: a field is required, optional or hidden.</source>
        <translation>“{value}”不是有效的规则：每一项只能是必填、选填或隐藏。</translation>
    </message>
    <message>
        <source>{field} cannot be asked for when both the name and the phone are hidden: it is kept with the visitor&apos;s name and phone.</source>
        <translation>姓名和电话都隐藏时不能填写{field}：它是和访客的姓名、电话一起保存的。</translation>
    </message>
    <message>
        <source>{field} can be required only when the name or the phone is required too: it is kept with the visitor&apos;s name and phone.</source>
        <translation>只有姓名或电话为必填时，{field}才能设为必填：它是和访客的姓名、电话一起保存的。</translation>
    </message>
    <message>
        <source>At least one purpose must stay active.</source>
        <translation>至少要保留一个启用的来访事由。</translation>
    </message>
    <message>
        <source>{label} is the purpose of a resident-pass scan. Choose another purpose for scans in the settings first, then deactivate this one.</source>
        <translation>“{label}”是扫居民通行证时默认的来访事由。请先在“中心与设置”中为扫码选择另一个事由，再停用它。</translation>
    </message>
    <message>
        <source>That purpose no longer exists.</source>
        <translation>该来访事由已不存在。</translation>
    </message>
    <message>
        <source>This purpose is already the first.</source>
        <translation>该事由已经排在最前面。</translation>
    </message>
    <message>
        <source>This purpose is already the last.</source>
        <translation>该事由已经排在最后面。</translation>
    </message>
    <message>
        <source>There is already a purpose called {label}.</source>
        <translation>已经有名为“{label}”的来访事由。</translation>
    </message>
    <message>
        <source>A deactivated purpose is called {label}: activate it again instead of adding a new one.</source>
        <translation>已停用的事由中有“{label}”：请重新启用它，不要再新增一个。</translation>
    </message>
    <message>
        <source>{label} records which party member reported: its name must be required.</source>
        <translation>“{label}”要记录是哪位党员报到，姓名必须设为必填。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a purpose for the visit.</source>
        <translation>请选择来访事由。</translation>
    </message>
    <message>
        <source>Headcount must be a whole number from 1 to {max}.</source>
        <translation>人数必须是 1 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>The visitor must agree to the privacy notice before their name or phone is recorded.</source>
        <translation>记录访客姓名或电话前，须征得访客同意隐私告知。</translation>
    </message>
    <message>
        <source>Welcome, {name}: checked in at {time}.</source>
        <translation>欢迎，{name}：{time} 签到成功。</translation>
    </message>
    <message>
        <source>There is no phone number on record for this visitor.</source>
        <translation>此访客没有登记电话号码。</translation>
    </message>
    <message>
        <source>{name} is already inside (checked in at {time}).</source>
        <translation>{name} 已在馆内（{time} 签到）。</translation>
    </message>
    <message>
        <source>This pass ({kind}) is not a visitor pass; it is checked on the page that handles it.</source>
        <translation>此通行证（{kind}）不是访客通行证，请在相应页面核验。</translation>
    </message>
    <message>
        <source>This pass is valid but its holder is no longer on record.</source>
        <translation>此通行证有效，但持证人的记录已不存在。</translation>
    </message>
    <message>
        <source>Goodbye, {name}: checked out at {time}.</source>
        <translation>再见，{name}：{time} 已签退。</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>此来访记录已不存在。</translation>
    </message>
    <message>
        <source>Already checked out at {time}.</source>
        <translation>已于 {time} 签退。</translation>
    </message>
    <message>
        <source>{name} is already checked in at {time}.</source>
        <translation>{name} 已于 {time} 签到。</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>数据库正忙：另一个程序正在写入。未做任何修改，请稍后再试。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed. Free some space on the disk that holds the desk&apos;s data folder, then try again.</source>
        <translation>磁盘已满，未做任何修改。请清理前台数据文件夹所在磁盘的空间后再试。</translation>
    </message>
    <message>
        <source>The database file is read-only. Nothing was changed. Check the permissions of the data folder.</source>
        <translation>数据库文件为只读，未做任何修改。请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <source>The disk reported an error while saving. Nothing was changed. Check the disk, then try again.</source>
        <translation>保存时磁盘报错，未做任何修改。请检查磁盘后再试。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest backup (desk restore FILE).</source>
        <translation>数据库文件已损坏。请恢复最近的备份（desk restore 文件）。</translation>
    </message>
    <message>
        <source>{name} is not inside any more.</source>
        <translation>{name} 已不在馆内。</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>前台值班员</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所在支部</translation>
    </message>
</context>
</TS>
