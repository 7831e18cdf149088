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
        <source>The accounts could not be loaded; see the log.</source>
        <translation>无法读取账号列表，请查看日志。</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>Door mode (F12)</source>
        <translation>签到模式（F12）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>New activity… (Ctrl+N)</source>
        <translation>新建活动…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit… (Ctrl+E)</source>
        <translation>修改…（Ctrl+E）</translation>
    </message>
    <message>
        <source>Cancel activity…</source>
        <translation>取消活动…</translation>
    </message>
    <message>
        <source>Sign up… (Ctrl+S)</source>
        <translation>报名…（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel sign-up… (Ctrl+Del)</source>
        <translation>取消报名…（Ctrl+Del）</translation>
    </message>
    <message>
        <source>Came (Ctrl+T)</source>
        <translation>已到场（Ctrl+T）</translation>
    </message>
    <message>
        <source>Undo sign-in (Ctrl+U)</source>
        <translation>撤销签到（Ctrl+U）</translation>
    </message>
    <message>
        <source>Sign-up pass… (Ctrl+I)</source>
        <translation>报名凭证…（Ctrl+I）</translation>
    </message>
    <message>
        <source>Sign-in sheet… (Ctrl+P)</source>
        <translation>签到表…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Change the selected activity</source>
        <translation>修改选中的活动</translation>
    </message>
    <message>
        <source>Cancel the selected activity</source>
        <translation>取消选中的活动</translation>
    </message>
    <message>
        <source>Sign a resident up (phone, name, or their pass)</source>
        <translation>为居民报名（按电话、姓名或扫其通行证）</translation>
    </message>
    <message>
        <source>Cancel the selected sign-up (the waiting list moves up)</source>
        <translation>取消选中的报名（候补名单依次递补）</translation>
    </message>
    <message>
        <source>On an activity: go to its sign-ups; on a sign-up: they came</source>
        <translation>选中活动时：转到其报名名单；选中报名时：标记为已到场</translation>
    </message>
    <message>
        <source>Tick the selected sign-up as come</source>
        <translation>将选中的报名标记为已到场</translation>
    </message>
    <message>
        <source>Take back a sign-in ticked by mistake</source>
        <translation>撤销误勾选的签到</translation>
    </message>
    <message>
        <source>Door mode: sign people in by scanning their pass</source>
        <translation>签到模式：扫描凭证为到场人员签到</translation>
    </message>
    <message>
        <source>Record a volunteer&apos;s service hours</source>
        <translation>登记志愿者服务时长</translation>
    </message>
    <message>
        <source>Print a sign-up pass (QR) for the selected sign-up</source>
        <translation>为选中的报名打印报名凭证（二维码）</translation>
    </message>
    <message>
        <source>Attach photos or minutes</source>
        <translation>添加照片或会议记录</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <source>Door mode: scan each pass at the door.</source>
        <translation>签到模式：请在门口逐一扫描凭证。</translation>
    </message>
    <message>
        <source>Door mode is off.</source>
        <translation>签到模式已关闭。</translation>
    </message>
    <message>
        <source>Preparing the sign-in sheet…</source>
        <translation>正在生成签到表…</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) in the period.</source>
        <translation>
            <numerusform>该时段内共有 %n 个活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day is after the last: no days to show.</source>
        <translation>开始日期晚于结束日期，没有可显示的日期。</translation>
    </message>
    <message>
        <source>The activities could not be loaded; see the log.</source>
        <translation>无法读取活动，请查看日志。</translation>
    </message>
</context>
<context>
    <name>ActivityActions</name>
    <message>
        <source>Cancel the activity</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. 暴雨预警，活动延期</source>
        <translation>例如：暴雨预警，活动延期</translation>
    </message>
    <message>
        <source>%1: the sign-ups are kept, so the residents can be told.</source>
        <translation>“%1”：取消后报名名单仍会保留，以便通知居民。</translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation>“%1”已创建。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>“%1”已保存。</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>“%1”已取消。</translation>
    </message>
</context>
<context>
    <name>ActivityDetailTabs</name>
    <message>
        <source>Record hours… (Ctrl+H)</source>
        <translation>登记时长…（Ctrl+H）</translation>
    </message>
    <message>
        <source>Remove line…</source>
        <translation>删除记录…</translation>
    </message>
    <message>
        <source>At this activity</source>
        <translation>本次活动</translation>
    </message>
    <message>
        <source>Attach files… (Ctrl+O)</source>
        <translation>添加文件…（Ctrl+O）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Select an activity.</source>
        <translation>请选择一个活动。</translation>
    </message>
    <message>
        <source>In the period shown: %1 volunteers, %2</source>
        <translation>所显示时段内：志愿者 %1 人，共 %2</translation>
    </message>
    <message>
        <source>(not a staff member: type the name)</source>
        <translation>（非工作人员：请输入姓名）</translation>
    </message>
    <message>
        <source>Record volunteer hours</source>
        <translation>登记志愿服务时长</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Volunteer&apos;s name</source>
        <translation>志愿者姓名</translation>
    </message>
    <message>
        <source>A resident or a volunteer from outside</source>
        <translation>居民或外来志愿者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>e.g. 签到引导, 秩序维护, 摄影</source>
        <translation>例如：签到引导、秩序维护、摄影</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>e.g. 2 or 1.5 or 1:30</source>
        <translation>例如：2、1.5 或 1:30</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Type the hours as a number, e.g. 2 or 1.5 (or 1:30).</source>
        <translation>请用数字填写小时数，例如 2 或 1.5（也可写 1:30）。</translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1：已登记 %2。</translation>
    </message>
    <message>
        <source>Remove the service record</source>
        <translation>删除志愿服务记录</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The service record of %1 was removed.</source>
        <translation>%1 的志愿服务记录已删除。</translation>
    </message>
    <message>
        <source>Attach photos or minutes</source>
        <translation>添加照片或会议记录</translation>
    </message>
    <message>
        <source>Photos and documents (%1)</source>
        <translation>照片和文档 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>已添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 未能添加：%2</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>%1 was removed from the activity.</source>
        <translation>已从活动中删除 %1。</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Change the activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. 四点半课堂, 红色影院, 书法讲座</source>
        <translation>例如：四点半课堂、红色影院、书法讲座</translation>
    </message>
    <message>
        <source>A branch, a club or a person</source>
        <translation>支部、社团或个人</translation>
    </message>
    <message>
        <source>A room booked that day</source>
        <translation>当天已预约的场地</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>其他地点</translation>
    </message>
    <message>
        <source>e.g. 小区广场, 二楼活动室</source>
        <translation>例如：小区广场、二楼活动室</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>People, companions included. With a room: at most what it holds (no limit: the room&apos;s size).</source>
        <translation>按人数计，含陪同人员。使用场地时，名额不能超过场地容纳人数（选“不限”即按场地容纳人数）。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>%1–%2 %3: %4</source>
        <translation>%1–%2 %3：%4</translation>
    </message>
    <message>
        <source>%1 (waiting for approval)</source>
        <translation>%1（待审批）</translation>
    </message>
    <message>
        <source>(its booking, no longer on this day&apos;s list)</source>
        <translation>（原预约，已不在当天的列表中）</translation>
    </message>
    <message>
        <source>(no room is booked that day: book one on the rooms page)</source>
        <translation>（当天没有场地预约：请到“场地预约”页面预约）</translation>
    </message>
    <message>
        <source>The day&apos;s bookings could not be loaded; see the log.</source>
        <translation>无法读取当天的预约，请查看日志。</translation>
    </message>
</context>
<context>
    <name>ActivityDocuments</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>The sign-in sheet could not be made; see the log.</source>
        <translation>无法生成签到表，请查看日志。</translation>
    </message>
    <message>
        <source>Sign-up pass</source>
        <translation>报名凭证</translation>
    </message>
    <message>
        <source>The sign-up pass could not be made; see the log.</source>
        <translation>无法生成报名凭证，请查看日志。</translation>
    </message>
</context>
<context>
    <name>ActivityDoorPanel</name>
    <message>
        <source>Signed in so far</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Scan the sign-up pass or the resident&apos;s pass. Someone not on the list: sign them up (Ctrl+S), then scan again. F12 leaves door mode.</source>
        <translation>请扫描报名凭证或居民通行证。不在名单上的人，请先为其报名（Ctrl+S），再重新扫码。按 F12 退出签到模式。</translation>
    </message>
    <message>
        <source>Ready: scan a pass at the door.</source>
        <translation>就绪：请在门口扫描凭证。</translation>
    </message>
    <message>
        <source>Door mode: choose the activity in the list, or scan a sign-up pass.</source>
        <translation>签到模式：请在列表中选择活动，或扫描报名凭证。</translation>
    </message>
    <message>
        <source>Door: %1 — %2 — %3</source>
        <translation>签到：%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Signed in: %1 of %2 sign-ups · %3 of %4 people</source>
        <translation>已签到：报名 %1/%2 条 · 人数 %3/%4 人</translation>
    </message>
</context>
<context>
    <name>ActivityLabels</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%1 / no limit</source>
        <translation>%1 / 不限</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Has a place</source>
        <translation>已获名额</translation>
    </message>
    <message>
        <source>Waiting no. %1</source>
        <translation>候补第 %1 位</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>By pass</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Places used</source>
        <translation>已用名额</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
    <name>AwayEditor</name>
    <message>
        <source>Where to (optional), e.g. 街道办, 3号楼</source>
        <translation>去向（选填），例如：街道办、3号楼</translation>
    </message>
    <message>
        <source>Back by</source>
        <translation>预计返回</translation>
    </message>
    <message>
        <source>+30 min</source>
        <translation>+30 分钟</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 小时</translation>
    </message>
    <message>
        <source>+2 h</source>
        <translation>+2 小时</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>今天下班时</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存（Enter）</translation>
    </message>
    <message>
        <source>Without detail (Esc)</source>
        <translation>暂不填写（Esc）</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>去向：</translation>
    </message>
    <message>
        <source>%1 is now “%2” (saved). Add where and until when if you know — Enter saves, Esc leaves it as it is.</source>
        <translation>%1 已改为“%2”（已保存）。如知道去向和返回时间，可以补填——按 Enter 保存，按 Esc 保持不变。</translation>
    </message>
</context>
<context>
    <name>BookingDetail</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Released (nobody came)</source>
        <translation>已释放（爽约）</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>创建预约</translation>
    </message>
    <message>
        <source>came from the city mini-program</source>
        <translation>从市级小程序接收</translation>
    </message>
    <message>
        <source>details corrected</source>
        <translation>更正信息</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>调整时间或场地</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>released: nobody checked in</source>
        <translation>释放：无人签到</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>booking pass issued</source>
        <translation>发放预约凭证</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>group</source>
        <translation>团体</translation>
    </message>
    <message>
        <source>Booked by: %1 (%2)</source>
        <translation>预约人：%1（%2）</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>联系人：%1 %2</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>人数：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>用途：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Checked in at %1, %2 people came</source>
        <translation>%1 签到，到场 %2 人</translation>
    </message>
    <message>
        <source>Part of a repeating booking</source>
        <translation>属于周期预约</translation>
    </message>
    <message>
        <source>Booked in the city mini-program</source>
        <translation>通过市级小程序预约</translation>
    </message>
    <message>
        <source>Booked over a clash or closure: %1</source>
        <translation>在冲突时段或闭馆日特批预约：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a room</source>
        <translation>预约场地</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1（%2 座）</translation>
    </message>
    <message>
        <source>e.g. 主题党日, 四点半课堂</source>
        <translation>例如：主题党日、四点半课堂</translation>
    </message>
    <message>
        <source>A group or branch</source>
        <translation>团体或支部</translation>
    </message>
    <message>
        <source>A resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Only to book a taken slot or a closed day</source>
        <translation>仅在预约已占用时段或闭馆日时填写</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Every month, same date</source>
        <translation>每月同一日</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Group or resident&apos;s name</source>
        <translation>团体名称或居民姓名</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>On</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>特批原因</translation>
    </message>
    <message>
        <source>Skip the dates in the way</source>
        <translation>跳过冲突的日期</translation>
    </message>
    <message>
        <source>Skip or keep this date (Enter)</source>
        <translation>跳过或保留此日期（Enter）</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Book all dates</source>
        <translation>预约全部日期</translation>
    </message>
    <message>
        <source>%1 dates will be booked, %2 skipped.</source>
        <translation>将预约 %1 个日期，跳过 %2 个。</translation>
    </message>
    <message>
        <source>%1 dates are in the way: skip or change them before booking.</source>
        <translation>有 %1 个日期存在冲突：请先跳过或修改这些日期，再预约。</translation>
    </message>
    <message>
        <source>— skipped</source>
        <translation>— 已跳过</translation>
    </message>
</context>
<context>
    <name>BookingForms</name>
    <message>
        <source>This booking</source>
        <translation>本次预约</translation>
    </message>
    <message>
        <source>This date only</source>
        <translation>仅此日期</translation>
    </message>
    <message>
        <source>This and the following dates</source>
        <translation>此日期及以后的日期</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>整个周期预约</translation>
    </message>
    <message>
        <source>A group or branch</source>
        <translation>团体或支部</translation>
    </message>
    <message>
        <source>A resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Correct the booking</source>
        <translation>更正预约信息</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Group or resident&apos;s name</source>
        <translation>团体名称或居民姓名</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Day (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>From (HH:MM)</source>
        <translation>开始（HH:MM）</translation>
    </message>
    <message>
        <source>To (HH:MM)</source>
        <translation>结束（HH:MM）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>特批原因</translation>
    </message>
    <message>
        <source>Only to move onto a taken slot or a closed day</source>
        <translation>仅在调整到已占用时段或闭馆日时填写</translation>
    </message>
    <message>
        <source>Move the booking</source>
        <translation>调整预约</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消范围</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. the branch called to cancel</source>
        <translation>例如：支部来电取消</translation>
    </message>
    <message>
        <source>Check the booking in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>到场人数</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>Reason (told to whoever booked)</source>
        <translation>原因（将告知预约人）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>These bookings will be cancelled; tell them:</source>
        <translation>以下预约将被取消，请通知预约人：</translation>
    </message>
    <message>
        <source>No booking stands on that day.</source>
        <translation>当天没有预约。</translation>
    </message>
    <message>
        <source>The whole center</source>
        <translation>整个中心</translation>
    </message>
    <message>
        <source>Close a day</source>
        <translation>设置闭馆日</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>闭馆范围</translation>
    </message>
    <message>
        <source>e.g. 消防检查, 停电</source>
        <translation>例如：消防检查、停电</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>确定闭馆</translation>
    </message>
</context>
<context>
    <name>BookingWrites</name>
    <message>
        <source>Booked %1 dates of %2; %3 skipped.</source>
        <translation>已预约“%2”的 %1 个日期，跳过 %3 个。</translation>
    </message>
    <message>
        <source>%1 is booked and waits for approval.</source>
        <translation>“%1”已预约，等待审批。</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>已预约。</translation>
    </message>
    <message>
        <source>%1: corrected.</source>
        <translation>%1：已更正。</translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>日期请写成 YYYY-MM-DD 格式，例如 2026-12-01。</translation>
    </message>
    <message>
        <source>%1: moved.</source>
        <translation>%1：已调整。</translation>
    </message>
    <message>
        <source>%1 moved to %2 %3–%4.</source>
        <translation>%1 已调整到 %2 %3–%4。</translation>
    </message>
    <message>
        <source>Only this date of the series was moved.</source>
        <translation>只调整了该周期预约中的这一天。</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1：已取消。</translation>
    </message>
    <message>
        <source>%1: checked in, %2 people.</source>
        <translation>%1：已签到，%2 人。</translation>
    </message>
    <message>
        <source>%1: approved.</source>
        <translation>%1：已审批通过。</translation>
    </message>
    <message>
        <source>%1: rejected.</source>
        <translation>%1：已驳回。</translation>
    </message>
    <message>
        <source>%1 is closed; its bookings there are cancelled.</source>
        <translation>%1 已设为闭馆日，当天相关预约已取消。</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <source>New special day</source>
        <translation>新增特殊日期</translation>
    </message>
    <message>
        <source>Special day %1</source>
        <translation>特殊日期 %1</translation>
    </message>
    <message>
        <source>e.g. 国庆节, or 国庆节调休 for a make-up working day</source>
        <translation>例如：国庆节；调休上班日可填“国庆节调休”</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A day off closes the center unless a timetable keeps holiday sessions; a make-up working day is worked like a Monday. Days typed here are kept when the calendar package is updated.</source>
        <translation>放假日中心不开放，除非作息时间中设有节假日时段；调休上班日按星期一的开放时间上班。在这里填写的日期，更新日历数据包时会保留。</translation>
    </message>
</context>
<context>
    <name>CalendarDayTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>New day…</source>
        <translation>新增日期…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Make an ordinary day</source>
        <translation>设为普通日</translation>
    </message>
    <message>
        <source>Update from calendar package</source>
        <translation>从日历数据包更新</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Statutory holidays and make-up working days</source>
        <translation>法定节假日和调休上班日</translation>
    </message>
    <message>
        <source>New timetable…</source>
        <translation>新增作息时间…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Opening hours &amp;on</source>
        <translation>查看开放时间(&amp;O)</translation>
    </message>
    <message>
        <source>Seasonal timetables</source>
        <translation>季节性作息时间</translation>
    </message>
    <message>
        <source>Outside every timetable the center&apos;s own opening hours apply (center settings). Seasons must not overlap.</source>
        <translation>不在任何作息时间范围内的日期，按中心自己的开放时间（中心设置）。各季节的日期不能重叠。</translation>
    </message>
    <message>
        <source>Holidays and hours</source>
        <translation>节假日与作息</translation>
    </message>
    <message>
        <source>day off: %1</source>
        <translation>放假：%1</translation>
    </message>
    <message>
        <source>make-up working day: %1, Monday hours</source>
        <translation>调休上班：%1，按星期一的开放时间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The calendar could not be loaded; see the log.</source>
        <translation>无法读取日历，请查看日志。</translation>
    </message>
    <message>
        <source>%1 saved: %2.</source>
        <translation>%1 已保存：%2。</translation>
    </message>
    <message>
        <source>The day could not be saved; see the log.</source>
        <translation>无法保存该日期，请查看日志。</translation>
    </message>
    <message>
        <source>%1 is an ordinary day again.</source>
        <translation>%1 已恢复为普通日。</translation>
    </message>
    <message>
        <source>The day could not be removed; see the log.</source>
        <translation>无法删除该日期，请查看日志。</translation>
    </message>
    <message>
        <source>The calendar could not be updated; see the log.</source>
        <translation>无法更新日历，请查看日志。</translation>
    </message>
    <message>
        <source>The calendar already has every day the package knows; nothing changed.</source>
        <translation>日历中已包含数据包里的全部日期，没有变化。</translation>
    </message>
    <message>
        <source>%1 days added, %2 days corrected.</source>
        <translation>新增 %1 天，更正 %2 天。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1，另有 %2 天</translation>
    </message>
    <message>
        <source>%1 days edited here were kept as they are, although the package differs: %2.</source>
        <translation>有 %1 天在本地修改过，虽与数据包不同，仍保持不变：%2。</translation>
    </message>
    <message>
        <source>Timetable %1 saved (%2 to %3).</source>
        <translation>作息时间“%1”已保存（%2 至 %3）。</translation>
    </message>
    <message>
        <source>The timetable could not be saved; see the log.</source>
        <translation>无法保存作息时间，请查看日志。</translation>
    </message>
    <message>
        <source>%1 is no longer in force; its days follow the center&apos;s own hours.</source>
        <translation>“%1”已停用；这些日期改按中心自己的开放时间。</translation>
    </message>
    <message>
        <source>The timetable could not be changed; see the log.</source>
        <translation>无法修改作息时间，请查看日志。</translation>
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
    <name>CatalogueImportDialog</name>
    <message>
        <source>Import the service list from a spreadsheet</source>
        <translation>从表格导入服务清单</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file with one item per row and the columns 编码 and 事项名称. Other columns the desk reads: 类别, 事项说明, 服务对象, 所需材料, 办理流程, 办理时限, 责任岗位, 办理地点, 办理时间, 收费标准. A code already in the list updates that item. Nothing is saved until you press Import.</source>
        <translation>请选择 Excel（.xlsx）或 CSV 文件，每行一个事项，须有“编码”和“事项名称”列。前台还会读取以下列：类别、事项说明、服务对象、所需材料、办理流程、办理时限、责任岗位、办理地点、办理时间、收费标准。编码已在清单中的，将更新该事项。点击“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Choose the service list</source>
        <translation>选择服务清单文件</translation>
    </message>
    <message>
        <source>. Codes used twice: %1</source>
        <translation>。重复使用的编码：%1</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Find by name, code or category</source>
        <translation>按名称、编码或类别查找</translation>
    </message>
    <message>
        <source>Show retired items</source>
        <translation>显示已停用的事项</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新增事项…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>新增类别…</translation>
    </message>
    <message>
        <source>Rename category…</source>
        <translation>重命名类别…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Paper size of the service list poster</source>
        <translation>服务清单张贴纸张大小</translation>
    </message>
    <message>
        <source>Print service list…</source>
        <translation>打印服务清单…</translation>
    </message>
    <message>
        <source>Print three lists…</source>
        <translation>打印三个清单…</translation>
    </message>
    <message>
        <source>Take the city&apos;s wording</source>
        <translation>采用市级版本</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>保留本中心版本</translation>
    </message>
    <message>
        <source>The city changed items you have edited: review them</source>
        <translation>市级平台修改了本中心编辑过的事项，请核对</translation>
    </message>
    <message>
        <source>Service list</source>
        <translation>服务清单</translation>
    </message>
    <message>
        <source>Edit the selected service item</source>
        <translation>修改选中的服务事项</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Export the service list</source>
        <translation>导出服务清单</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>%1 (not used)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>No service list yet</source>
        <translation>尚无服务清单</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>第 %1 版（%2）</translation>
    </message>
    <message>
        <source>Last change by %1: %2</source>
        <translation>最近修改：%1，%2</translation>
    </message>
    <message>
        <source>%1 items shown; %2 in use</source>
        <translation>显示 %1 项，其中 %2 项使用中</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>%1 retired: it leaves the list; its requests keep running.</source>
        <translation>“%1”已停用：不再列入服务清单，已受理的服务请求照常办理。</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>“%1”已重新启用。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>Category %1 saved.</source>
        <translation>类别“%1”已保存。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated (version %3).</source>
        <translation>已导入：新增 %1 项，更新 %2 项（第 %3 版）。</translation>
    </message>
    <message>
        <source>%1: the city&apos;s wording taken.</source>
        <translation>%1：已采用市级版本。</translation>
    </message>
    <message>
        <source>%1: our wording kept.</source>
        <translation>%1：已保留本中心版本。</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
    <message>
        <source>The service list could not be loaded; see the log.</source>
        <translation>无法读取服务清单，请查看日志。</translation>
    </message>
</context>
<context>
    <name>CataloguePreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>CatalogueTableModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Responsible post (A/B)</source>
        <translation>责任岗位（A岗/B岗）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 · city changed it</source>
        <translation>%1 · 市级平台已修改</translation>
    </message>
    <message>
        <source>%1 · edited here</source>
        <translation>%1 · 本中心已修改</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>New category</source>
        <translation>新增类别</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>e.g. 法律服务</source>
        <translation>例如：法律服务</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>类别名称</translation>
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
    <name>ChartPanel</name>
    <message>
        <source>Numbers</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart, or the chart again</source>
        <translation>显示图表对应的数据，或切换回图表</translation>
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
        <source>Open service requests for the visitor checked in last</source>
        <translation>为刚签到的访客受理服务事项</translation>
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
    <name>CheckInServices</name>
    <message>
        <source>Services… (F4)</source>
        <translation>办事…（F4）</translation>
    </message>
    <message>
        <source>Open service requests for the visitor checked in last</source>
        <translation>为刚签到的访客受理服务事项</translation>
    </message>
    <message>
        <source>Services for %1… (F4)</source>
        <translation>为 %1 办事…（F4）</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>已受理：%1</translation>
    </message>
</context>
<context>
    <name>CityChangeModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>What the city changed (ours → city&apos;s)</source>
        <translation>市级平台的修改（本中心 → 市级）</translation>
    </message>
</context>
<context>
    <name>CityChanges</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事项说明</translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
</context>
<context>
    <name>CoverageTableModel</name>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day (%1)</source>
        <translation>调休上班（%1）</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>有人在岗</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>需核查</translation>
    </message>
    <message>
        <source>Nobody on duty</source>
        <translation>无人值班</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>Holiday, closed</source>
        <translation>节假日不开放</translation>
    </message>
    <message>
        <source>%1: public holiday</source>
        <translation>%1：法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day (调休): the center works as on a weekday.</source>
        <translation>调休上班：中心按工作日开放。</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>%1 nobody</source>
        <translation>%1 无人</translation>
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
    <name>DemandTableModel</name>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dispatched to</source>
        <translation>派单对象</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
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
    <name>DocumentMaker</name>
    <message>
        <source>Service receipt</source>
        <translation>服务回执</translation>
    </message>
    <message>
        <source>The receipt could not be made; see the log.</source>
        <translation>无法生成回执，请查看日志。</translation>
    </message>
    <message>
        <source>Service list</source>
        <translation>服务清单</translation>
    </message>
    <message>
        <source>The service list could not be made; see the log.</source>
        <translation>无法生成服务清单，请查看日志。</translation>
    </message>
    <message>
        <source>Three lists</source>
        <translation>三个清单</translation>
    </message>
    <message>
        <source>The three lists could not be made; see the log.</source>
        <translation>无法生成三个清单，请查看日志。</translation>
    </message>
</context>
<context>
    <name>DoorScans</name>
    <message>
        <source>Choose the activity in the list first, then scan again.</source>
        <translation>请先在列表中选择活动，再重新扫码。</translation>
    </message>
    <message>
        <source>The scan could not be taken; see the log.</source>
        <translation>无法处理本次扫码，请查看日志。</translation>
    </message>
</context>
<context>
    <name>DueRequestsBanner</name>
    <message>
        <source>Show overdue</source>
        <translation>查看逾期</translation>
    </message>
    <message>
        <source>Show due today</source>
        <translation>查看今日到期</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n request(s) overdue</source>
        <translation>
            <numerusform>⚠ %n 件已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◷ %n due today</source>
        <translation>
            <numerusform>◷ %n 件今日到期</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>DutyEditor</name>
    <message>
        <source>closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>Add to the roster</source>
        <translation>加入值班表</translation>
    </message>
    <message>
        <source>Optional, e.g. 补缺岗</source>
        <translation>选填，例如：补缺岗</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The post&apos;s A, B and listed stand-ins come first.</source>
        <translation>本岗位的A岗、B岗和可顶岗人员排在前面。</translation>
    </message>
    <message>
        <source>Let this person cover</source>
        <translation>由此人替班</translation>
    </message>
    <message>
        <source>Required, e.g. 请假 / 外出办事</source>
        <translation>必填，例如：请假 / 外出办事</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>替班人</translation>
    </message>
    <message>
        <source>For the duty selected above; the planned person is remembered.</source>
        <translation>针对上方选中的值班；原定人员会被记录。</translation>
    </message>
    <message>
        <source>Take off the roster</source>
        <translation>撤出值班表</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>For the duty selected above. Generating the roster again will not bring it back.</source>
        <translation>针对上方选中的值班。重新生成排班也不会恢复。</translation>
    </message>
    <message>
        <source>Swap the two duties</source>
        <translation>两人换班</translation>
    </message>
    <message>
        <source>Required, e.g. 家中有事，两人商定换班</source>
        <translation>必填，例如：家中有事，两人商定换班</translation>
    </message>
    <message>
        <source>Swap with</source>
        <translation>换班对象</translation>
    </message>
    <message>
        <source>The two people exchange their duties.</source>
        <translation>两人互换值班。</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替班(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>撤出(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>换班(&amp;W)</translation>
    </message>
    <message>
        <source>On duty in this session:</source>
        <translation>本时段值班人员：</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A岗</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B岗</translation>
    </message>
    <message>
        <source>stand-in</source>
        <translation>顶岗</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>on leave (%1)</source>
        <translation>请假中（%1）</translation>
    </message>
    <message>
        <source>on duty at %1 %2–%3</source>
        <translation>在%1值班 %2–%3</translation>
    </message>
    <message>
        <source>%1 is now on duty here.</source>
        <translation>%1 已安排在此值班。</translation>
    </message>
    <message>
        <source>%1&apos;s duty is now covered by someone else.</source>
        <translation>%1 的值班已由他人替班。</translation>
    </message>
    <message>
        <source>%1 is off the roster here.</source>
        <translation>%1 已撤出此处的值班。</translation>
    </message>
    <message>
        <source>The two duties are swapped.</source>
        <translation>两人的值班已互换。</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>DutyListModel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>How</source>
        <translation>安排方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>轮班</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手工调整</translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation>换班</translation>
    </message>
    <message>
        <source>Covering</source>
        <translation>替班</translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation>替 %1</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>FreeRoomPanel</name>
    <message>
        <source>Find (Enter)</source>
        <translation>查找（Enter）</translation>
    </message>
    <message>
        <source>Book this room…</source>
        <translation>预约此场地…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>%1 rooms are free on %2 from %3 to %4 for %5 people.</source>
        <translation>%2 %3 至 %4 有 %1 个场地空闲，可容纳 %5 人。</translation>
    </message>
    <message>
        <source>No room is free for all of that time and that many people. Try another time, or fewer people.</source>
        <translation>没有在整个时段内都空闲且能容纳这么多人的场地。请换个时间，或减少人数。</translation>
    </message>
</context>
<context>
    <name>FreeRoomsModel</name>
    <message>
        <source>Room</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <source>Open that day</source>
        <translation>当天开放时间</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate the roster</source>
        <translation>生成排班</translation>
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
        <source>Only days still to come change. Duties changed by hand (added, covered, swapped or removed) are kept as they are and listed below.</source>
        <translation>只改动今后的日期。手工调整过的值班（添加、替班、换班或撤出）保持不变，并列在下面。</translation>
    </message>
    <message>
        <source>The report appears here.</source>
        <translation>生成结果显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>The roster could not be generated; see the log.</source>
        <translation>无法生成排班，请查看日志。</translation>
    </message>
    <message>
        <source>%1 to %2: %3 duties added, %4 removed (no longer in a rotation), %5 unchanged.</source>
        <translation>%1 至 %2：新增 %3 个值班，删除 %4 个（已不在轮班中），%5 个不变。</translation>
    </message>
    <message>
        <source>Changed by hand, kept as they are (%1):</source>
        <translation>手工调整过、保持不变的值班（%1）：</translation>
    </message>
    <message>
        <source>Not put on duty (%1):</source>
        <translation>未安排值班（%1）：</translation>
    </message>
    <message>
        <source>No hand edits were in the way and nobody was skipped.</source>
        <translation>没有受手工调整影响的值班，也没有跳过任何人。</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand the request over</source>
        <translation>转办服务请求</translation>
    </message>
    <message>
        <source>%1 (owns it now)</source>
        <translation>%1（当前责任人）</translation>
    </message>
    <message>
        <source>Why: e.g. needs the social worker who knows the family</source>
        <translation>原因，例如：需要熟悉该家庭情况的社工办理</translation>
    </message>
    <message>
        <source>Owned now by %1. The new owner answers for it until it is resolved.</source>
        <translation>当前责任人：%1。转办后由新的责任人负责，直至办结。</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>转办给</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>转办</translation>
    </message>
</context>
<context>
    <name>HeadlineTiles</name>
    <message>
        <source>vs before %1 · vs last year %2</source>
        <translation>环比 %1 · 同比 %2</translation>
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
    <name>ImportPreviewDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Import ready rows</source>
        <translation>导入可用的行</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n 行可以导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with errors</source>
        <translation>
            <numerusform>，%n 行有错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n ready row(s)</source>
        <translation>
            <numerusform>导入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read; see the log.</source>
        <translation>无法读取该文件，请查看日志。</translation>
    </message>
    <message>
        <source>The import failed because of an unexpected error; nothing was saved. See the log.</source>
        <translation>导入因意外错误失败，未保存任何内容。请查看日志。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Public phone</source>
        <translation>公开电话</translation>
    </message>
    <message>
        <source>Private phone</source>
        <translation>私人电话</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
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
    <name>ItemDialog</name>
    <message>
        <source>New service item</source>
        <translation>新增服务事项</translation>
    </message>
    <message>
        <source>Service item %1</source>
        <translation>服务事项 %1</translation>
    </message>
    <message>
        <source>e.g. SH-003</source>
        <translation>例如：SH-003</translation>
    </message>
    <message>
        <source>(no post)</source>
        <translation>（无岗位）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事项说明</translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Responsible post</source>
        <translation>责任岗位</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Time limits count working time on the center&apos;s calendar: write 即时办结, 3个工作日 or 4个工作小时.</source>
        <translation>办理时限按中心日历上的工作时间计算：请填写“即时办结”“3个工作日”或“4个工作小时”。</translation>
    </message>
    <message>
        <source>This item comes from the city&apos;s standard list. Your wording is kept when the city sends a new version; you are asked to review its changes.</source>
        <translation>此事项来自市级标准清单。市级平台下发新版本时，本中心的修改会保留，并提示您核对市级的改动。</translation>
    </message>
</context>
<context>
    <name>ItemPickModel</name>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Responsible post</source>
        <translation>责任岗位</translation>
    </message>
</context>
<context>
    <name>LanesModel</name>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1（%2 座）</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>闭馆：%1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>[pending] </source>
        <translation>【待审批】</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Part of a repeating booking</source>
        <translation>属于周期预约</translation>
    </message>
    <message>
        <source>Booked in the city mini-program</source>
        <translation>通过市级小程序预约</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Leave and absence</source>
        <translation>请假与外出</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>至（含当天）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Find &amp;cover for the selected duty…</source>
        <translation>为选中的值班找人替班(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save leave</source>
        <translation>保存请假(&amp;S)</translation>
    </message>
    <message>
        <source>The leave could not be saved; see the log.</source>
        <translation>无法保存请假，请查看日志。</translation>
    </message>
    <message>
        <source>Leave saved: %1, %2, %3 to %4. %1 had no duties then.</source>
        <translation>请假已保存：%1，%2，%3 至 %4。%1 在此期间没有值班。</translation>
    </message>
    <message>
        <source>Leave saved: %1, %2, %3 to %4. These %5 duties need someone else; choose one and press Find cover:</source>
        <translation>请假已保存：%1，%2，%3 至 %4。以下 %5 个值班需要他人替班，请选中一个，再点击“为选中的值班找人替班”：</translation>
    </message>
</context>
<context>
    <name>LedgerExportDialog</name>
    <message>
        <source>Export a ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Names and phone numbers in full (recorded in the audit trail)</source>
        <translation>导出完整姓名和电话（将记入审计日志）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Save the ledger as</source>
        <translation>台账另存为</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>已取消，未生成文件。</translation>
    </message>
    <message>
        <source>Exported %1 lines to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <source>The export failed because of an unexpected error; see the log.</source>
        <translation>导出因意外错误失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Record demand…</source>
        <translation>登记需求…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Report done…</source>
        <translation>反馈完成…</translation>
    </message>
    <message>
        <source>Cancel demand…</source>
        <translation>取消需求…</translation>
    </message>
    <message>
        <source>Publish wish…</source>
        <translation>发布心愿…</translation>
    </message>
    <message>
        <source>Claim…</source>
        <translation>认领…</translation>
    </message>
    <message>
        <source>Fulfilled…</source>
        <translation>已实现…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Add resource…</source>
        <translation>新增资源…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>不再提供</translation>
    </message>
    <message>
        <source>Residents&apos; demands (需求意向)</source>
        <translation>需求意向</translation>
    </message>
    <message>
        <source>Micro-wishes (微心愿)</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>Shared resources (共享资源)</source>
        <translation>共享资源</translation>
    </message>
    <message>
        <source>%1 taken.</source>
        <translation>“%1”已接单。</translation>
    </message>
    <message>
        <source>Report the demand done</source>
        <translation>反馈需求已完成</translation>
    </message>
    <message>
        <source>Report done</source>
        <translation>反馈完成</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Cancel the demand</source>
        <translation>取消需求</translation>
    </message>
    <message>
        <source>Cancel demand</source>
        <translation>取消需求</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Claim the micro-wish</source>
        <translation>认领微心愿</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>The party member&apos;s name</source>
        <translation>党员姓名</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>The micro-wish is fulfilled</source>
        <translation>微心愿已实现</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Withdraw the micro-wish</source>
        <translation>撤回微心愿</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Demands and wishes</source>
        <translation>需求与心愿</translation>
    </message>
    <message>
        <source>%1 demands, %2 still open</source>
        <translation>共 %1 条需求，%2 条未完成</translation>
    </message>
    <message>
        <source>%1 resources offered</source>
        <translation>提供中的资源 %1 项</translation>
    </message>
    <message>
        <source>Offered again</source>
        <translation>重新提供</translation>
    </message>
    <message>
        <source>Record a demand</source>
        <translation>登记需求</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>e.g. 独居老人需要每周代买药品</source>
        <translation>例如：独居老人需要每周代买药品</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <source>Resident&apos;s name</source>
        <translation>居民姓名</translation>
    </message>
    <message>
        <source>Resident&apos;s phone</source>
        <translation>居民电话</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Dispatch the demand</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>To a</source>
        <translation>派给</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Who takes it: a person or a department</source>
        <translation>接单的人员或部门</translation>
    </message>
    <message>
        <source>Publish a micro-wish</source>
        <translation>发布微心愿</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心愿</translation>
    </message>
    <message>
        <source>e.g. 一台收音机</source>
        <translation>例如：一台收音机</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Shared resource</source>
        <translation>共享资源</translation>
    </message>
    <message>
        <source>Partner unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可提供时间</translation>
    </message>
    <message>
        <source>e.g. 每周六上午</source>
        <translation>例如：每周六上午</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>The lists could not be loaded; see the log.</source>
        <translation>无法读取清单，请查看日志。</translation>
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
    <name>MonthlyReportDialog</name>
    <message>
        <source>Monthly report</source>
        <translation>统计月报</translation>
    </message>
    <message>
        <source>Preview and print… (Ctrl+P)</source>
        <translation>预览并打印…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Issue this month</source>
        <translation>正式出具</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Prepared by (填报人)</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Reviewed by (审核人)</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Issued on %1 by %2. It prints the same every time; late records go into next month&apos;s correction line.</source>
        <translation>已于 %1 由 %2 正式出具。每次打印的内容都相同；之后补录的记录计入下月的更正行。</translation>
    </message>
    <message>
        <source>Not issued yet: it prints as a draft (草稿), counted now.</source>
        <translation>尚未正式出具：按当前数据统计，打印为草稿。</translation>
    </message>
    <message>
        <source>This month is not over: it prints as a draft, and can be issued once it is over.</source>
        <translation>本月尚未结束：打印为草稿，月份结束后才能正式出具。</translation>
    </message>
    <message>
        <source>Monthly report %1-%2</source>
        <translation>统计月报 %1-%2</translation>
    </message>
    <message>
        <source>The monthly report could not be made; see the log.</source>
        <translation>无法生成统计月报，请查看日志。</translation>
    </message>
    <message>
        <source>%1-%2 is issued. Print it now for signing.</source>
        <translation>%1-%2 月报已正式出具。请现在打印，签字确认。</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
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
    <name>NoteDialog</name>
    <message>
        <source>Start handling the request</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Resolve the request</source>
        <translation>办结服务请求</translation>
    </message>
    <message>
        <source>What is being done first (optional)</source>
        <translation>先做什么（选填）</translation>
    </message>
    <message>
        <source>e.g. Called the resident; the papers come on Friday</source>
        <translation>例如：已致电居民，材料周五送来</translation>
    </message>
    <message>
        <source>How it was resolved (optional)</source>
        <translation>办理结果（选填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>OpenRequestsDialog</name>
    <message>
        <source>Open service requests</source>
        <translation>受理服务事项</translation>
    </message>
    <message>
        <source>Find a service by name, code or pinyin initials (e.g. 居住 or JZZM); Enter ticks it</source>
        <translation>按名称、编码或拼音首字母查找服务事项（如“居住”或 JZZM），按 Enter 勾选</translation>
    </message>
    <message>
        <source>(choose who receives the requests)</source>
        <translation>（请选择首接责任人）</translation>
    </message>
    <message>
        <source>To call the resident back</source>
        <translation>用于回访居民</translation>
    </message>
    <message>
        <source>What the resident asked for, in a few words (optional)</source>
        <translation>居民的诉求，简要说明（选填）</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>该访客</translation>
    </message>
    <message>
        <source>For %1 %2, checked in just now</source>
        <translation>%1 %2（刚刚签到）</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Resident&apos;s name</source>
        <translation>居民姓名</translation>
    </message>
    <message>
        <source>Resident&apos;s phone</source>
        <translation>居民电话</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>首接责任人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>回执纸张</translation>
    </message>
    <message>
        <source>Open requests (Ctrl+Enter)</source>
        <translation>受理（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Open and print receipt</source>
        <translation>受理并打印回执</translation>
    </message>
    <message>
        <source>Tick at least one service item.</source>
        <translation>请至少勾选一个服务事项。</translation>
    </message>
    <message>
        <source>Choose who receives the requests.</source>
        <translation>请选择首接责任人。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <source>No service chosen yet.</source>
        <translation>尚未选择服务事项。</translation>
    </message>
    <message numerus="yes">
        <source>Open %n request(s) (Ctrl+Enter)</source>
        <translation>
            <numerusform>受理 %n 件（Ctrl+Enter）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageWrites</name>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>ParkedModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Why the hub refused it</source>
        <translation>市级平台拒收原因</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>暂存时间</translation>
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
    <name>PendingModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Holds the slot</source>
        <translation>保留时段</translation>
    </message>
    <message>
        <source>yes, %1 more</source>
        <translation>是，还剩 %1</translation>
    </message>
    <message>
        <source>no — others may book it</source>
        <translation>否——他人可预约该时段</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>A holder</source>
        <translation>A岗</translation>
    </message>
    <message>
        <source>B backup</source>
        <translation>B岗</translation>
    </message>
    <message>
        <source>may cover</source>
        <translation>可顶岗</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Who is on duty</source>
        <translation>选择值班人员</translation>
    </message>
    <message>
        <source>Space ticks or unticks a person; Enter confirms.</source>
        <translation>按空格键勾选或取消勾选人员，按 Enter 确认。</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>New post</source>
        <translation>新增岗位</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>岗位 %1</translation>
    </message>
    <message>
        <source>e.g. 咨询接待</source>
        <translation>例如：咨询接待</translation>
    </message>
    <message>
        <source>e.g. 一楼服务大厅 1号窗口</source>
        <translation>例如：一楼服务大厅 1号窗口</translation>
    </message>
    <message>
        <source>A (holder)</source>
        <translation>A岗（主岗）</translation>
    </message>
    <message>
        <source>B (backup)</source>
        <translation>B岗（备岗）</translation>
    </message>
    <message>
        <source>Tick who else may stand in at this post. A and B always may.</source>
        <translation>勾选还有谁可以在本岗位顶岗。A岗和B岗始终可以。</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Office location</source>
        <translation>办公地点</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>工作职责</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Also covers</source>
        <translation>可顶岗人员</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (former staff)</source>
        <translation>%1（已离职）</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Office location</source>
        <translation>办公地点</translation>
    </message>
    <message>
        <source>A (holder)</source>
        <translation>A岗（主岗）</translation>
    </message>
    <message>
        <source>B (backup)</source>
        <translation>B岗（备岗）</translation>
    </message>
    <message>
        <source>Also covers</source>
        <translation>可顶岗人员</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
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
    <name>PostsPage</name>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
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
        <source>Print responsibility list…</source>
        <translation>打印责任清单…</translation>
    </message>
    <message>
        <source>Posts, places, duties, standards and A/B staff with public phones</source>
        <translation>岗位、办公地点、工作职责、服务标准及A岗/B岗人员和公开电话</translation>
    </message>
    <message>
        <source>Each post has a place, an A holder and a B backup who covers when A is out, its duties and its service standard with a time limit.</source>
        <translation>每个岗位都有办公地点、A岗和A岗不在时顶岗的B岗、工作职责，以及带办理时限的服务标准。</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Edit the selected post</source>
        <translation>修改选中的岗位</translation>
    </message>
    <message>
        <source>Deactivate the selected post</source>
        <translation>停用选中的岗位</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Select a post to see its duties and service standard.</source>
        <translation>选择一个岗位，查看其工作职责和服务标准。</translation>
    </message>
    <message>
        <source>Duties: %1</source>
        <translation>工作职责：%1</translation>
    </message>
    <message>
        <source>Service standard: %1</source>
        <translation>服务标准：%1</translation>
    </message>
    <message>
        <source>Time limit: %1</source>
        <translation>办理时限：%1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>“%1”已重新启用。</translation>
    </message>
    <message>
        <source>%1 is deactivated; old rosters keep it.</source>
        <translation>“%1”已停用；以往的值班表仍保留它。</translation>
    </message>
    <message>
        <source>Post %1 added.</source>
        <translation>已新增岗位“%1”。</translation>
    </message>
    <message>
        <source>Post %1 saved.</source>
        <translation>岗位“%1”已保存。</translation>
    </message>
    <message>
        <source>Responsibility list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>The document could not be made; see the log.</source>
        <translation>无法生成文档，请查看日志。</translation>
    </message>
    <message>
        <source>The posts could not be loaded; see the log.</source>
        <translation>无法读取岗位，请查看日志。</translation>
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
        <source>The purposes could not be loaded; see the log.</source>
        <translation>无法读取来访事由，请查看日志。</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>The resident&apos;s rating</source>
        <translation>居民满意度评价</translation>
    </message>
    <message>
        <source>Satisfied (满意)</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied (基本满意)</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied (不满意)</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>What the resident said (optional)</source>
        <translation>居民的意见（选填）</translation>
    </message>
    <message>
        <source>A rating is given once and cannot be changed afterwards.</source>
        <translation>每项服务只能评价一次，评价后不能修改。</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Record rating</source>
        <translation>记录评价</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Resident: %1  %2</source>
        <translation>居民：%1  %2</translation>
    </message>
    <message>
        <source>Status: %1 · came %2</source>
        <translation>状态：%1 · 来源：%2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>责任人：%1</translation>
    </message>
    <message>
        <source>Accepted %1; time limit %2; due %3</source>
        <translation>受理时间 %1；办理时限 %2；到期时间 %3</translation>
    </message>
    <message>
        <source>⚠ OVERDUE: past its time limit.</source>
        <translation>⚠ 已逾期：超过办理时限。</translation>
    </message>
    <message>
        <source>◷ Due today.</source>
        <translation>◷ 今日到期。</translation>
    </message>
    <message>
        <source>Resolved %1%2</source>
        <translation>办结时间 %1%2</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（逾期办结）</translation>
    </message>
    <message>
        <source>Rating: %1 %2</source>
        <translation>评价：%1 %2</translation>
    </message>
    <message>
        <source>Service list version %1</source>
        <translation>服务清单第 %1 版</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1, owner %2</source>
        <translation>%1，责任人：%2</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RequestOpener</name>
    <message>
        <source>The requests could not be opened; see the log.</source>
        <translation>无法受理服务请求，请查看日志。</translation>
    </message>
    <message>
        <source>The service list could not be read; see the log.</source>
        <translation>无法读取服务清单，请查看日志。</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Overdue: the time limit (%1) has passed.</source>
        <translation>已逾期：已超过办理时限（%1）。</translation>
    </message>
    <message>
        <source>Due today (%1).</source>
        <translation>今日到期（%1）。</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>My queue</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ 逾期</translation>
    </message>
    <message>
        <source>◷ Due today</source>
        <translation>◷ 今日到期</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未办结</translation>
    </message>
    <message>
        <source>Owner has left</source>
        <translation>责任人已离职</translation>
    </message>
    <message>
        <source>Whose queue</source>
        <translation>查看谁的待办</translation>
    </message>
    <message>
        <source>New request… (Ctrl+N)</source>
        <translation>新建服务请求…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Start (Ctrl+G)</source>
        <translation>开始办理（Ctrl+G）</translation>
    </message>
    <message>
        <source>Note… (Ctrl+M)</source>
        <translation>备注…（Ctrl+M）</translation>
    </message>
    <message>
        <source>Hand over… (Ctrl+H)</source>
        <translation>转办…（Ctrl+H）</translation>
    </message>
    <message>
        <source>Resolve… (Ctrl+D)</source>
        <translation>办结…（Ctrl+D）</translation>
    </message>
    <message>
        <source>Rating… (Ctrl+R)</source>
        <translation>评价…（Ctrl+R）</translation>
    </message>
    <message>
        <source>Print receipt… (Ctrl+P)</source>
        <translation>打印回执…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Next step of the selected request: start, resolve or rating</source>
        <translation>选中请求的下一步：开始办理、办结或评价</translation>
    </message>
    <message>
        <source>New request (phone or walk-in)</source>
        <translation>新建服务请求（电话或现场）</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Hand the request over to a colleague</source>
        <translation>将请求转办给同事</translation>
    </message>
    <message>
        <source>Resolve the request</source>
        <translation>办结服务请求</translation>
    </message>
    <message>
        <source>Record the resident&apos;s rating</source>
        <translation>记录居民的满意度评价</translation>
    </message>
    <message>
        <source>Print the resident&apos;s receipt</source>
        <translation>打印居民回执</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <source>%1: being handled.</source>
        <translation>%1：办理中。</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>正在生成回执…</translation>
    </message>
    <message>
        <source>(choose yourself)</source>
        <translation>（请选择您自己）</translation>
    </message>
    <message>
        <source>Choose whose queue to show (top right); the choice is remembered.</source>
        <translation>请在右上角选择查看谁的待办；程序会记住您的选择。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see its history.</source>
        <translation>选择一条请求，查看其办理记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) opened.</source>
        <translation>
            <numerusform>已受理 %n 件服务请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 handed over to %2.</source>
        <translation>%1 已转办给 %2。</translation>
    </message>
    <message>
        <source>Rating recorded for %1.</source>
        <translation>已记录 %1 的评价。</translation>
    </message>
    <message>
        <source>Note added to %1.</source>
        <translation>已为 %1 添加备注。</translation>
    </message>
    <message>
        <source>%1 resolved. Ask the resident for a rating.</source>
        <translation>%1 已办结。请居民进行满意度评价。</translation>
    </message>
    <message>
        <source>The requests could not be loaded; see the log.</source>
        <translation>无法读取服务请求，请查看日志。</translation>
    </message>
</context>
<context>
    <name>ResidentMatchModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>This activity</source>
        <translation>本活动</translation>
    </message>
    <message>
        <source>Already signed up</source>
        <translation>已报名</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Partner unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可提供时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供中</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>不再提供</translation>
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
    <name>RoomDocuments</name>
    <message>
        <source>Room schedule</source>
        <translation>场地使用安排</translation>
    </message>
    <message>
        <source>The room schedule could not be made; see the log.</source>
        <translation>无法生成场地使用安排，请查看日志。</translation>
    </message>
    <message>
        <source>Door sheets</source>
        <translation>门口公示单</translation>
    </message>
    <message>
        <source>The door sheets could not be made; see the log.</source>
        <translation>无法生成门口公示单，请查看日志。</translation>
    </message>
    <message>
        <source>Week poster</source>
        <translation>周安排海报</translation>
    </message>
    <message>
        <source>The week poster could not be made; see the log.</source>
        <translation>无法生成周安排海报，请查看日志。</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Day (all rooms)</source>
        <translation>按日（全部场地）</translation>
    </message>
    <message>
        <source>Week of a room</source>
        <translation>按周（单个场地）</translation>
    </message>
    <message>
        <source>Find a free room</source>
        <translation>查找空闲场地</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>◀ (PgUp)</source>
        <translation>◀（PgUp）</translation>
    </message>
    <message>
        <source>Today (Alt+Home)</source>
        <translation>今天（Alt+Home）</translation>
    </message>
    <message>
        <source>▶ (PgDn)</source>
        <translation>▶（PgDn）</translation>
    </message>
    <message>
        <source>Select a booking to see who booked it and its history.</source>
        <translation>选择一条预约，查看预约人和操作记录。</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <source>This day&apos;s room schedule</source>
        <translation>当天场地使用安排</translation>
    </message>
    <message>
        <source>Door sheets, one per room</source>
        <translation>门口公示单（每个场地一张）</translation>
    </message>
    <message>
        <source>This week&apos;s poster (A4)</source>
        <translation>本周安排海报（A4）</translation>
    </message>
    <message>
        <source>This week&apos;s poster (A3)</source>
        <translation>本周安排海报（A3）</translation>
    </message>
    <message>
        <source>Print the day&apos;s schedule, door sheets or the week&apos;s poster</source>
        <translation>打印当天场地使用安排、门口公示单或本周安排海报</translation>
    </message>
    <message>
        <source>New booking…</source>
        <translation>新建预约…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>取消预约…</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Close a day…</source>
        <translation>设置闭馆日…</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>场地预约</translation>
    </message>
    <message>
        <source>Walk the grid; Shift+arrows select free half hours</source>
        <translation>在表格中移动；Shift+方向键选择空闲的半小时时段</translation>
    </message>
    <message>
        <source>Book the selected free time, or open the selected booking</source>
        <translation>预约选中的空闲时段，或打开选中的预约</translation>
    </message>
    <message>
        <source>Move the selected booking half an hour earlier or later</source>
        <translation>将选中的预约提前或推后半小时</translation>
    </message>
    <message>
        <source>Move the selected booking to the room (or day) above or below</source>
        <translation>将选中的预约调整到上方或下方的场地（或日期）</translation>
    </message>
    <message>
        <source>The day (or week) before or after</source>
        <translation>前一天或后一天（或前一周、后一周）</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Checked in: %1, %2, %3 people. Change the number with Check in… if fewer came.</source>
        <translation>已签到：%1，%2，%3 人。如实际到场人数较少，请用“签到…”修改人数。</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>待审批（%1）</translation>
    </message>
    <message>
        <source>Released %1 bookings nobody checked in for: %2</source>
        <translation>已释放 %1 个无人签到的预约：%2</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>RosterBoard</name>
    <message>
        <source>Not updated since %1</source>
        <translation>自 %1 起未更新</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Public board</source>
        <translation>公示屏</translation>
    </message>
    <message>
        <source>There is no desk data in %1. Open the desk and set up the center first.</source>
        <translation>%1 中没有前台数据。请先打开前台程序并完成中心设置。</translation>
    </message>
    <message>
        <source>The desk&apos;s data in %1 is from another version of Desk. Open the desk once to update it, then start the board again.</source>
        <translation>%1 中的前台数据来自另一个版本的前台程序。请先打开一次前台程序进行更新，再重新启动公示屏。</translation>
    </message>
    <message>
        <source>No center is set up in %1 yet. Open the desk and set up the center first.</source>
        <translation>%1 中尚未设置中心。请先打开前台程序并完成中心设置。</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>人员去向</translation>
    </message>
    <message>
        <source>%1 (was expected back by %2)</source>
        <translation>%1（原预计 %2 返回，逾时未归）</translation>
    </message>
    <message>
        <source>%1 (back by %2)</source>
        <translation>%1（预计 %2 返回）</translation>
    </message>
    <message>
        <source>A post</source>
        <translation>A岗</translation>
    </message>
    <message>
        <source>B post</source>
        <translation>B岗</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>Standing in</source>
        <translation>顶岗</translation>
    </message>
    <message>
        <source>%1 — please see the B post, %2%3</source>
        <translation>%1——请找B岗 %2%3</translation>
    </message>
    <message>
        <source>%1 — please see %2%3</source>
        <translation>%1——请找 %2%3</translation>
    </message>
    <message>
        <source>Nobody of this post is in — please call %1</source>
        <translation>本岗位暂无人在岗——请拨打 %1</translation>
    </message>
    <message>
        <source>Nobody of this post is in — please ask at the reception desk</source>
        <translation>本岗位暂无人在岗——请到前台咨询</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>未安排人员</translation>
    </message>
    <message>
        <source>B post: %1 %2</source>
        <translation>B岗：%1 %2</translation>
    </message>
    <message>
        <source>Holiday · %1</source>
        <translation>节假日 · %1</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>正在开放</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>当前不开放</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>今日不开放</translation>
    </message>
    <message>
        <source>Supervision phone: %1</source>
        <translation>监督电话：%1</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>生成排班…</translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation>请假…</translation>
    </message>
    <message>
        <source>Print duty sheet</source>
        <translation>打印每日值班表</translation>
    </message>
    <message>
        <source>Print week</source>
        <translation>打印周值班安排表</translation>
    </message>
    <message>
        <source>● covered    ▲ check: part of the session is open, or the person should not count    ✕ nobody on duty    Enter or double-click a cell to change it</source>
        <translation>● 有人在岗    ▲ 需核查：时段内有空岗，或值班人不应计入    ✕ 无人值班    按 Enter 或双击单元格进行修改</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Roster: previous or next week</source>
        <translation>排班：上一周或下一周</translation>
    </message>
    <message>
        <source>Roster: change the selected cell, or go to the selected problem</source>
        <translation>排班：修改选中的单元格，或转到选中的问题</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Problems this week: %1 (%2 without anyone on duty). Enter or double-click one to go to its cell.</source>
        <translation>本周问题：%1 个（其中 %2 个无人值班）。按 Enter 或双击问题可转到对应单元格。</translation>
    </message>
    <message>
        <source>No problems this week.</source>
        <translation>本周没有问题。</translation>
    </message>
    <message>
        <source>The roster could not be loaded; see the log.</source>
        <translation>无法读取排班，请查看日志。</translation>
    </message>
    <message>
        <source>Print duty sheet (%1)</source>
        <translation>打印每日值班表（%1）</translation>
    </message>
    <message>
        <source>That duty is outside the opening hours; change it from its own day.</source>
        <translation>该值班不在开放时间内，请到它所在的那一天修改。</translation>
    </message>
    <message>
        <source>Duty sheet %1</source>
        <translation>每日值班表 %1</translation>
    </message>
    <message>
        <source>Roster for the week of %1</source>
        <translation>周值班安排表 %1</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <source>The document could not be made; see the log.</source>
        <translation>无法生成文档，请查看日志。</translation>
    </message>
</context>
<context>
    <name>RotateHelper</name>
    <message>
        <source>Rotate these people weekly</source>
        <translation>按周轮流</translation>
    </message>
    <message>
        <source>Make the cycle as many weeks as people</source>
        <translation>周期周数设为与人数相同</translation>
    </message>
    <message>
        <source>Tick the people in the order they take turns:</source>
        <translation>按轮流顺序勾选人员：</translation>
    </message>
    <message>
        <source>On these days:</source>
        <translation>在以下日期：</translation>
    </message>
    <message>
        <source>Nobody ticked yet.</source>
        <translation>还没有勾选任何人。</translation>
    </message>
    <message>
        <source>week %1: %2</source>
        <translation>第 %1 周：%2</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>New rotation</source>
        <translation>新增轮班</translation>
    </message>
    <message>
        <source>Rotation %1</source>
        <translation>轮班 %1</translation>
    </message>
    <message>
        <source>e.g. 周末值班, 午间轮值</source>
        <translation>例如：周末值班、午间轮值</translation>
    </message>
    <message>
        <source>Used when the roster is generated</source>
        <translation>生成排班时使用</translation>
    </message>
    <message>
        <source>Choose people…</source>
        <translation>选择人员…</translation>
    </message>
    <message>
        <source>Empty the cells</source>
        <translation>清空单元格</translation>
    </message>
    <message>
        <source>Rotate these people weekly…</source>
        <translation>这些人按周轮流…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Weeks in the cycle</source>
        <translation>周期周数</translation>
    </message>
    <message>
        <source>Cycle starts</source>
        <translation>周期起始</translation>
    </message>
    <message>
        <source>Select cells (arrows, Shift for several) and press Enter to choose who works then; Delete empties them. The cycle repeats from week 1 after its last week.</source>
        <translation>选择单元格（方向键，按住 Shift 可多选），按 Enter 选择谁在这些时间值班；按 Delete 清空。最后一周结束后从第 1 周重新开始。</translation>
    </message>
    <message>
        <source>Add a post first (Posts page): a rotation is for one post.</source>
        <translation>请先添加岗位（“岗位”页面）：一个轮班对应一个岗位。</translation>
    </message>
    <message>
        <source>Add a shift first: a rotation says who works one shift.</source>
        <translation>请先添加班次：轮班规定由谁值某一个班次。</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>第 %1 周，%2</translation>
    </message>
    <message>
        <source>%1 cells</source>
        <translation>%1 个单元格</translation>
    </message>
    <message>
        <source>Week 1 begins on Monday %1</source>
        <translation>第 1 周从星期一 %1 开始</translation>
    </message>
</context>
<context>
    <name>RotationGridModel</name>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
</context>
<context>
    <name>RotationTableModel</name>
    <message>
        <source>Rotation</source>
        <translation>轮班</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周数</translation>
    </message>
    <message>
        <source>Cycle starts</source>
        <translation>周期起始</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
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
    <name>ServiceDocuments</name>
    <message>
        <source>A5 sheet</source>
        <translation>A5 纸</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>80 毫米小票纸</translation>
    </message>
    <message>
        <source>Paper for the resident&apos;s receipt</source>
        <translation>居民回执用纸</translation>
    </message>
</context>
<context>
    <name>ServiceLabels</name>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>At a visit</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>City standard</source>
        <translation>市级标准</translation>
    </message>
    <message>
        <source>Center&apos;s own</source>
        <translation>本中心自设</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>New shift</source>
        <translation>新增班次</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>班次 %1</translation>
    </message>
    <message>
        <source>e.g. 早班, 午间值守, 晚班</source>
        <translation>例如：早班、午间值守、晚班</translation>
    </message>
    <message>
        <source>Choose colour…</source>
        <translation>选择颜色…</translation>
    </message>
    <message>
        <source>Offered for rotations and the roster</source>
        <translation>可在轮班和排班中选用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>An end at or before the start is the next morning (a night watch); a shift lasts at most 16 hours.</source>
        <translation>结束时间等于或早于开始时间表示到次日早上（夜间值守）；一个班次最长 16 小时。</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>次日</translation>
    </message>
    <message>
        <source>Colour of the shift</source>
        <translation>班次颜色</translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
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
    <name>ShiftsPage</name>
    <message>
        <source>New shift…</source>
        <translation>新增班次…</translation>
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
        <source>Shift templates</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>New rotation…</source>
        <translation>新增轮班…</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>轮班</translation>
    </message>
    <message>
        <source>A rotation says who works one shift at one post in each week of a cycle of 1 to 12 weeks, holidays included. The roster is generated from the active rotations.</source>
        <translation>轮班规定在 1 到 12 周的周期内，每周由谁在某个岗位值某个班次（包括节假日）。排班按启用的轮班生成。</translation>
    </message>
    <message>
        <source>Shifts and rotations</source>
        <translation>班次与轮班</translation>
    </message>
    <message>
        <source>The shifts could not be loaded; see the log.</source>
        <translation>无法读取班次，请查看日志。</translation>
    </message>
    <message>
        <source>Shift %1 saved (%2 to %3).</source>
        <translation>班次“%1”已保存（%2 至 %3）。</translation>
    </message>
    <message>
        <source>The shift could not be saved; see the log.</source>
        <translation>无法保存班次，请查看日志。</translation>
    </message>
    <message>
        <source>%1 is no longer offered; duties already planned with it stay.</source>
        <translation>“%1”已停用；已用它安排的值班保持不变。</translation>
    </message>
    <message>
        <source>The shift could not be changed; see the log.</source>
        <translation>无法修改班次，请查看日志。</translation>
    </message>
    <message>
        <source>Rotation %1 saved: %2, %3, every %4 weeks.</source>
        <translation>轮班“%1”已保存：%2，%3，每 %4 周一个周期。</translation>
    </message>
    <message>
        <source>The rotation could not be saved; see the log.</source>
        <translation>无法保存轮班，请查看日志。</translation>
    </message>
    <message>
        <source>%1 is no longer used to generate the roster; duties already generated stay until the next generation.</source>
        <translation>“%1”已不再用于生成排班；已生成的值班保留到下次生成。</translation>
    </message>
    <message>
        <source>The rotation could not be changed; see the log.</source>
        <translation>无法修改轮班，请查看日志。</translation>
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
    <name>SignupActions</name>
    <message>
        <source>Cancel the sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. 本人来电取消</source>
        <translation>例如：本人来电取消</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>到场登记</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>到场人数</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>确认签到</translation>
    </message>
    <message>
        <source>The sign-in of %1 was taken back.</source>
        <translation>已撤销 %1 的签到。</translation>
    </message>
    <message>
        <source>Sign-up pass issued for %1.</source>
        <translation>已为 %1 发放报名凭证。</translation>
    </message>
    <message>
        <source>%1 is on the waiting list (number %2).</source>
        <translation>%1 已进入候补名单（第 %2 位）。</translation>
    </message>
    <message>
        <source>%1 signed up (%2 people).</source>
        <translation>%1 报名成功（%2 人）。</translation>
    </message>
    <message>
        <source>The sign-up of %1 was cancelled.</source>
        <translation>%1 的报名已取消。</translation>
    </message>
    <message>
        <source>%1 moved up from the waiting list.</source>
        <translation>%1 已从候补名单递补。</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 已签到。</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <source>Sign up for the activity</source>
        <translation>活动报名</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No limit on places.</source>
        <translation>名额不限。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free; anyone more goes on the waiting list.</source>
        <translation>
            <numerusform>还剩 %n 个名额；超出的人将进入候补名单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone, its last 4 digits, name or pinyin initials; Enter</source>
        <translation>电话、后四位、姓名或拼音首字母，按 Enter 查找</translation>
    </message>
    <message>
        <source>Nobody chosen yet: pick a resident above, or type a new one below.</source>
        <translation>尚未选择居民：请在上方选择，或在下方填写新居民。</translation>
    </message>
    <message>
        <source>Mobile or landline (to ring when a place frees up)</source>
        <translation>手机或座机（有空余名额时用于通知）</translation>
    </message>
    <message>
        <source>Or scan the resident&apos;s pass now: they are signed up with these companions.</source>
        <translation>也可以现在扫描居民通行证：将按所填陪同人数为其报名。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>New resident&apos;s name</source>
        <translation>新居民姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>陪同人数</translation>
    </message>
    <message>
        <source>Signing up: %1 %2</source>
        <translation>报名人：%1 %2</translation>
    </message>
    <message>
        <source>Nobody found: type the new resident&apos;s name and phone below.</source>
        <translation>未找到：请在下方填写新居民的姓名和电话。</translation>
    </message>
    <message>
        <source>The search failed; see the log.</source>
        <translation>查找失败，请查看日志。</translation>
    </message>
    <message>
        <source>A new resident: name and phone below.</source>
        <translation>新居民：请在下方填写姓名和电话。</translation>
    </message>
</context>
<context>
    <name>SignupTableModel</name>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>How</source>
        <translation>报名方式</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>Moved up from the waiting list at %1</source>
        <translation>%1 从候补名单递补</translation>
    </message>
    <message>
        <source>✔ %1 (%2 came)</source>
        <translation>✔ %1（到场 %2 人）</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>%1 with a place (%2 people) · %3 waiting · %4 cancelled</source>
        <translation>已获名额 %1 条（%2 人）· 候补 %3 条 · 已取消 %4 条</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>新增工作人员</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>工作人员 %1</translation>
    </message>
    <message>
        <source>e.g. 党委副书记</source>
        <translation>例如：党委副书记</translation>
    </message>
    <message>
        <source>Office phone or a work mobile they agreed to publish</source>
        <translation>办公电话，或本人同意公开的工作手机</translation>
    </message>
    <message>
        <source>Never printed or shown on the board</source>
        <translation>不会打印，也不会在公示屏上显示</translation>
    </message>
    <message>
        <source>Still working here</source>
        <translation>仍在本中心工作</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Public phone</source>
        <translation>公开电话</translation>
    </message>
    <message>
        <source>Private phone</source>
        <translation>私人电话</translation>
    </message>
    <message>
        <source>First working day</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Change the photo with Photo… on the staff page.</source>
        <translation>照片请在“工作人员”页面用“照片…”更换。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>StaffImportDialog</name>
    <message>
        <source>Import staff from a spreadsheet</source>
        <translation>从表格导入工作人员</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file with one person per row and a 姓名 column. Other columns the desk reads: 类别, 职务, 公开电话, 私人电话, 岗位, 入职日期, 离职日期, 备注. Nothing is saved until you press Import.</source>
        <translation>请选择 Excel（.xlsx）或 CSV 文件，每行一人，须有“姓名”列。前台还会读取以下列：类别、职务、公开电话、私人电话、岗位、入职日期、离职日期、备注。点击“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Choose the staff list</source>
        <translation>选择工作人员名单</translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the staff list (skipped)</source>
        <translation>
            <numerusform>，%n 人已在工作人员名单中（跳过）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Find by name or pinyin initials, e.g. 小明 or ZXM (Ctrl+F)</source>
        <translation>按姓名或拼音首字母查找，例如：小明 或 ZXM（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show former staff</source>
        <translation>显示已离职人员</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Find a staff member by name or pinyin initials</source>
        <translation>按姓名或拼音首字母查找工作人员</translation>
    </message>
    <message>
        <source>Edit the selected staff member</source>
        <translation>修改选中的工作人员</translation>
    </message>
    <message>
        <source>%1 of %2 people shown</source>
        <translation>显示 %1 人，共 %2 人</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Photo of %1 saved.</source>
        <translation>%1 的照片已保存。</translation>
    </message>
    <message>
        <source>Photo of %1 removed.</source>
        <translation>%1 的照片已删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>The staff list could not be loaded; see the log.</source>
        <translation>无法读取工作人员名单，请查看日志。</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Public phone</source>
        <translation>公开电话</translation>
    </message>
    <message>
        <source>Private phone</source>
        <translation>私人电话</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>在职时间</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Former staff: left after %1</source>
        <translation>已离职：最后工作日为 %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>No</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Monthly report… (Ctrl+P)</source>
        <translation>统计月报…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Export a ledger… (Ctrl+E)</source>
        <translation>导出台账…（Ctrl+E）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>Visits by day</source>
        <translation>按日统计来访</translation>
    </message>
    <message>
        <source>Visits by hour of check-in</source>
        <translation>按签到时段统计来访</translation>
    </message>
    <message>
        <source>Visits by purpose</source>
        <translation>按事由统计来访</translation>
    </message>
    <message>
        <source>Room utilisation</source>
        <translation>场地使用率</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Volunteer hours by volunteer</source>
        <translation>志愿服务时长（按志愿者）</translation>
    </message>
    <message>
        <source>Requests by category</source>
        <translation>按类别统计服务请求</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Activities and volunteers</source>
        <translation>活动与志愿服务</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Show the numbers behind the charts, or the charts again</source>
        <translation>显示图表对应的数据，或切换回图表</translation>
    </message>
    <message>
        <source>Preview, print or issue a monthly report</source>
        <translation>预览、打印或正式出具统计月报</translation>
    </message>
    <message>
        <source>Export a ledger to a spreadsheet</source>
        <translation>将台账导出为表格</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>重新统计</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 (compared with %2 and %3)</source>
        <translation>%1（环比 %2，同比 %3）</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>该统计期内没有记录。</translation>
    </message>
    <message>
        <source>Counted at %1.</source>
        <translation>统计于 %1。</translation>
    </message>
    <message>
        <source>Counting failed because of an unexpected error; see the log.</source>
        <translation>统计因意外错误失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>StatisticsTabs</name>
    <message>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>该统计期内没有记录</translation>
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
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Utilisation %</source>
        <translation>使用率（%）</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>使用时长</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Places signed up</source>
        <translation>报名人次</translation>
    </message>
    <message>
        <source>Came (person-times)</source>
        <translation>参加人次</translation>
    </message>
    <message>
        <source>Signed up, did not come</source>
        <translation>报名未到</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>StatusListDialog</name>
    <message>
        <source>Whereabouts statuses</source>
        <translation>去向状态</translation>
    </message>
    <message>
        <source>Means “at the post” (serves residents)</source>
        <translation>表示“在岗”（为群众服务）</translation>
    </message>
    <message>
        <source>Asks where to and until when</source>
        <translation>需填写去向和预计返回时间</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>作为新状态添加</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>The desk&apos;s keys 1–9 pick these statuses in this order. A status no longer needed is taken out of use, not deleted: today&apos;s history keeps it.</source>
        <translation>前台用数字键 1–9 按此顺序选择这些状态。不再需要的状态可以停用，但不会删除：今天的记录仍保留它。</translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Status %1 saved.</source>
        <translation>状态“%1”已保存。</translation>
    </message>
    <message>
        <source>%1 is offered at the desk again.</source>
        <translation>“%1”已重新在前台提供。</translation>
    </message>
    <message>
        <source>%1 is no longer offered at the desk.</source>
        <translation>“%1”已不再在前台提供。</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
    <message>
        <source>The statuses could not be loaded; see the log.</source>
        <translation>无法读取状态列表，请查看日志。</translation>
    </message>
</context>
<context>
    <name>StatusTableModel</name>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>At the post</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Asks where and until</source>
        <translation>需填去向和返回时间</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync now (F5)</source>
        <translation>立即同步（F5）</translation>
    </message>
    <message>
        <source>Ask the hub to retry parked records</source>
        <translation>请市级平台重新接收暂存未接收的记录</translation>
    </message>
    <message>
        <source>Connect this desk to the city platform</source>
        <translation>将本前台接入市级平台</translation>
    </message>
    <message>
        <source>the one-time code from the city</source>
        <translation>市级下发的一次性注册码</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Not accepted by the hub</source>
        <translation>暂存未接收</translation>
    </message>
    <message>
        <source>This session&apos;s rounds</source>
        <translation>本次运行的同步记录</translation>
    </message>
    <message>
        <source>Notices from the city</source>
        <translation>市级通知</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Sync with the city platform now</source>
        <translation>立即与市级平台同步</translation>
    </message>
    <message>
        <source>Ask an administrator to connect this desk to the city platform.</source>
        <translation>请管理员将本前台接入市级平台。</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>市级平台：%1</translation>
    </message>
    <message>
        <source>This center on the hub: %1 (%2)</source>
        <translation>本中心在市级平台的登记：%1（%2）</translation>
    </message>
    <message>
        <source>Records waiting to go up: %1</source>
        <translation>待上报记录：%1 条</translation>
    </message>
    <message>
        <source>Last attempt: %1 · last success: %2</source>
        <translation>最近尝试：%1 · 最近成功：%2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>Could not apply from the city: %1</source>
        <translation>无法应用市级下发的内容：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 sent; %2 waiting</source>
        <translation>%1 已上报；%2 条待上报</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 同步失败：%2</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Contacting the hub…</source>
        <translation>正在连接市级平台…</translation>
    </message>
    <message>
        <source>Enrolled as %1. Records now go up by themselves.</source>
        <translation>已注册为 %1。今后记录会自动上报。</translation>
    </message>
    <message>
        <source>The hub accepted %1 parked records.</source>
        <translation>市级平台已接收 %1 条暂存记录。</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <source>The connection to the city platform is not set up yet; the desk works offline.</source>
        <translation>尚未设置与市级平台的连接；前台以离线方式工作。</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>同步：正在启动…</translation>
    </message>
    <message>
        <source>Sync: sending… (%1 waiting)</source>
        <translation>同步：正在上报…（%1 条待上报）</translation>
    </message>
    <message>
        <source>Sync: up to date (%1)</source>
        <translation>同步：已是最新（%1）</translation>
    </message>
    <message>
        <source>Sync: online, %1 waiting</source>
        <translation>同步：在线，%1 条待上报</translation>
    </message>
    <message>
        <source>Sync: the city platform refused — see the sync page</source>
        <translation>同步：市级平台拒收——请查看“同步”页面</translation>
    </message>
    <message>
        <source>Sync: offline, %1 waiting (last sent %2)</source>
        <translation>同步：离线，%1 条待上报（上次上报 %2）</translation>
    </message>
    <message>
        <source>%1 not accepted</source>
        <translation>%1 条暂存未接收</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>上次上报：%1</translation>
    </message>
    <message>
        <source>Nothing is lost: everything recorded here is kept and sent when the network is back.</source>
        <translation>数据不会丢失：本机记录的所有内容都会保存，网络恢复后自动上报。</translation>
    </message>
</context>
<context>
    <name>TimetableDialog</name>
    <message>
        <source>New seasonal timetable</source>
        <translation>新增季节性作息时间</translation>
    </message>
    <message>
        <source>Timetable %1</source>
        <translation>作息时间 %1</translation>
    </message>
    <message>
        <source>e.g. 夏令作息</source>
        <translation>例如：夏令作息</translation>
    </message>
    <message>
        <source>In force (the desk uses it on its days)</source>
        <translation>生效（在其日期范围内使用）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First day (month-day)</source>
        <translation>起始日（月-日）</translation>
    </message>
    <message>
        <source>Last day (month-day)</source>
        <translation>结束日（月-日）</translation>
    </message>
    <message>
        <source>A last day before the first runs over the new year (e.g. 10-01 to 04-30).</source>
        <translation>结束日早于起始日表示跨年（例如 10-01 至 04-30）。</translation>
    </message>
    <message>
        <source>Opening hours in this season</source>
        <translation>本季节开放时间</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>Statutory holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Write the times like 08:30-12:00, 14:00-17:30; leave a day empty if closed. On a make-up working day the Monday hours apply.</source>
        <translation>请按 08:30-12:00, 14:00-17:30 的格式填写时间，不开放的日子请留空。调休上班日按星期一的开放时间。</translation>
    </message>
    <message>
        <source>Statutory holidays: write the times like 09:00-12:00, or leave it empty if closed.</source>
        <translation>法定节假日：请按 09:00-12:00 的格式填写时间，不开放请留空。</translation>
    </message>
    <message>
        <source>Statutory holidays: at most three sessions a day.</source>
        <translation>法定节假日：每天最多三个时段。</translation>
    </message>
</context>
<context>
    <name>TimetableTableModel</name>
    <message>
        <source>Timetable</source>
        <translation>作息时间</translation>
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
        <source>On holidays</source>
        <translation>节假日开放时间</translation>
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
    <name>VolunteerLineModel</name>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VolunteerTotalModel</name>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Hours in the period</source>
        <translation>期间服务时长</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动场次</translation>
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
    <name>WhereaboutsHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Where, until</source>
        <translation>去向、预计返回</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>%1, back by %2</source>
        <translation>%1，预计 %2 返回</translation>
    </message>
    <message>
        <source>back by %1</source>
        <translation>预计 %1 返回</translation>
    </message>
</context>
<context>
    <name>WhereaboutsPage</name>
    <message>
        <source>Find: pinyin initials or part of a name (Ctrl+F)</source>
        <translation>查找：拼音首字母或部分姓名（Ctrl+F）</translation>
    </message>
    <message>
        <source>Edit statuses…</source>
        <translation>编辑状态…</translation>
    </message>
    <message>
        <source>Today&apos;s changes (who changed what, and when):</source>
        <translation>今日变动（谁在何时改了什么）：</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>人员去向</translation>
    </message>
    <message>
        <source>Whereabouts: set the selected person&apos;s status</source>
        <translation>人员去向：设置选中人员的状态</translation>
    </message>
    <message>
        <source>Whereabouts: back at the post</source>
        <translation>人员去向：回到岗位</translation>
    </message>
    <message>
        <source>Whereabouts: find a person</source>
        <translation>人员去向：查找人员</translation>
    </message>
    <message>
        <source>&lt;b&gt;0&lt;/b&gt; / &lt;b&gt;Backspace&lt;/b&gt; back at the post</source>
        <translation>&lt;b&gt;0&lt;/b&gt; / &lt;b&gt;Backspace&lt;/b&gt; 回到岗位</translation>
    </message>
    <message>
        <source>The whereabouts could not be loaded; see the log.</source>
        <translation>无法读取人员去向，请查看日志。</translation>
    </message>
    <message>
        <source>Choose a person first: type their initials or use the arrow keys.</source>
        <translation>请先选择人员：输入拼音首字母或使用方向键。</translation>
    </message>
    <message>
        <source>There is no status %1; the legend above lists the keys.</source>
        <translation>没有状态 %1；上方的图例列出了各个按键。</translation>
    </message>
    <message>
        <source>%1: %2 — saved.</source>
        <translation>%1：%2——已保存。</translation>
    </message>
    <message>
        <source>%1: %2 %3 — saved.</source>
        <translation>%1：%2 %3——已保存。</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error; see the log.</source>
        <translation>操作因意外错误失败，请查看日志。</translation>
    </message>
    <message>
        <source>Close public board</source>
        <translation>关闭公示屏</translation>
    </message>
    <message>
        <source>Open public board</source>
        <translation>打开公示屏</translation>
    </message>
</context>
<context>
    <name>WhereaboutsTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>预计返回</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>expected back %1 — overdue</source>
        <translation>预计 %1 返回——逾时未归</translation>
    </message>
    <message>
        <source>not set today</source>
        <translation>今日未登记</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The expected return time has passed: ask where they are, then update the status.</source>
        <translation>已过预计返回时间：请询问其去向，再更新状态。</translation>
    </message>
</context>
<context>
    <name>WishTableModel</name>
    <message>
        <source>Micro-wish</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>实现时间</translation>
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
    <name>calendar</name>
    <message>
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Ordinary day (set here)</source>
        <translation>普通日（本地设置）</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>This center</source>
        <translation>本中心</translation>
    </message>
    <message>
        <source>From the city</source>
        <translation>市级平台</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>不开放</translation>
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
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <source>{day}: {kind} is not a kind of day; a day is a holiday or a make-up working day (workday).</source>
        <translation>{day}：“{kind}”不是有效的日期类型；只能是放假日（holiday）或调休上班日（workday）。</translation>
    </message>
    <message>
        <source>{source} is not a calendar source.</source>
        <translation>“{source}”不是有效的日历来源。</translation>
    </message>
    <message>
        <source>The list has no days in it; nothing was changed.</source>
        <translation>列表中没有日期，未做任何修改。</translation>
    </message>
    <message>
        <source>{day} is an ordinary day already.</source>
        <translation>{day} 已经是普通日。</translation>
    </message>
    <message>
        <source>{day} is listed both as a holiday and as a make-up working day. Correct the list and import it again; nothing was changed.</source>
        <translation>{day} 同时被列为放假日和调休上班日。请修改列表后重新导入；未做任何修改。</translation>
    </message>
    <message>
        <source>A coverage week starts on a Monday; {day} is not one.</source>
        <translation>在岗覆盖的一周从星期一开始；{day} 不是星期一。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>请假类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This duty has already started or is over; the roster of the past is kept as it was.</source>
        <translation>该值班已经开始或已结束；过去的值班表保持原样。</translation>
    </message>
    <message>
        <source>The leave ends ({end}) before it starts ({start}).</source>
        <translation>请假的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>That duty is no longer on the roster; reload the roster.</source>
        <translation>该值班已不在值班表中，请刷新值班表。</translation>
    </message>
    <message>
        <source>That person is no longer in the staff list.</source>
        <translation>该人员已不在工作人员名单中。</translation>
    </message>
    <message>
        <source>{staff} does not work at the center on {day}.</source>
        <translation>{staff}在 {day} 尚未入职或已离职。</translation>
    </message>
    <message>
        <source>--walk-ins must be from 0 to 100.</source>
        <translation>--walk-ins 必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The room poster prints on A4 or A3, not {size}.</source>
        <translation>场地安排海报只能用 A4 或 A3 纸打印，不能用 {size}。</translation>
    </message>
    <message>
        <source>The service list prints on A4 or A3, not {size}.</source>
        <translation>服务清单只能用 A4 或 A3 纸打印，不能用 {size}。</translation>
    </message>
    <message>
        <source>A receipt prints on A5 or on 80 mm roll paper (a5 or 80mm), not {paper}.</source>
        <translation>回执只能打印在 A5 纸或 80 毫米小票纸上（a5 或 80mm），不能用 {paper}。</translation>
    </message>
    <message>
        <source>Choose at least one request to print a receipt for.</source>
        <translation>请至少选择一件服务请求来打印回执。</translation>
    </message>
    <message>
        <source>Requests {first} and {other} are for different residents; print a receipt for each resident.</source>
        <translation>请求 {first} 和 {other} 属于不同居民，请为每位居民分别打印回执。</translation>
    </message>
    <message>
        <source>The template&apos;s column “{column}” no longer exists and was skipped.</source>
        <translation>模板中的列“{column}”已不存在，已跳过。</translation>
    </message>
    <message>
        <source>The ledger could not be saved as {path}: {reason}. Nothing was saved.</source>
        <translation>无法将台账保存为 {path}：{reason}。未保存任何内容。</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}); check the dates.</source>
        <translation>结束日期（{last}）早于开始日期（{first}），请检查日期。</translation>
    </message>
    <message>
        <source>A ledger is saved as an Excel .xlsx file, not {path}.</source>
        <translation>台账只能保存为 Excel .xlsx 文件，不能保存为 {path}。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another place to save the ledger.</source>
        <translation>文件夹 {folder} 不存在，请选择其他位置保存台账。</translation>
    </message>
    <message>
        <source>This template is for another ledger.</source>
        <translation>此模板属于另一种台账。</translation>
    </message>
    <message>
        <source>The disk is full: the ledger could not be saved as {path}. Nothing was saved; free some space on the disk (or choose another drive) and export again.</source>
        <translation>磁盘已满：无法将台账保存为 {path}。未保存任何内容；请清理磁盘空间（或选择其他磁盘）后重新导出。</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: it may be open in Excel or WPS. Close it there and export again.</source>
        <translation>无法写入文件 {path}：它可能正在 Excel 或 WPS 中打开。请先在那里关闭，再重新导出。</translation>
    </message>
    <message>
        <source>None of the columns of this ledger&apos;s template exists any more; an administrator can go back to the desk&apos;s own layout and export again.</source>
        <translation>此台账模板中的列都已不存在；管理员可恢复为前台自带的格式，再重新导出。</translation>
    </message>
    <message>
        <source>This ledger would have {rows} lines, more than a spreadsheet can hold ({most}); export a shorter period, for example one month at a time.</source>
        <translation>该台账将有 {rows} 行，超过电子表格的上限（{most} 行）；请缩短导出期间，例如每次导出一个月。</translation>
    </message>
    <message>
        <source>There is no ledger called {kind}; the ledgers are: {known}.</source>
        <translation>没有名为 {kind} 的台账；现有台账为：{known}。</translation>
    </message>
    <message>
        <source>Ledger title</source>
        <translation>台账标题</translation>
    </message>
    <message>
        <source>{source} is not a ledger template of the desk.</source>
        <translation>{source} 不是前台的台账模板。</translation>
    </message>
    <message>
        <source>{source} was made by a newer version of the desk; update this desk first.</source>
        <translation>{source} 由更新版本的前台程序生成，请先更新本前台程序。</translation>
    </message>
    <message>
        <source>{source} is for a ledger this desk does not know ({kind}); the ledgers are: {known}.</source>
        <translation>{source} 对应的台账（{kind}）本前台无法识别；现有台账为：{known}。</translation>
    </message>
    <message>
        <source>{source} lists no columns; a ledger needs at least one.</source>
        <translation>{source} 中没有列出任何列；台账至少需要一列。</translation>
    </message>
    <message>
        <source>{source} lists the column {column} twice; each column may appear once.</source>
        <translation>{source} 中列 {column} 出现了两次；每列只能出现一次。</translation>
    </message>
    <message>
        <source>None of the columns in {source} is one this desk has ({known}).</source>
        <translation>{source} 中没有本前台支持的列（支持的列：{known}）。</translation>
    </message>
    <message>
        <source>The paper orientation must be landscape or portrait, not {value}.</source>
        <translation>纸张方向只能是横向（landscape）或纵向（portrait），不能是 {value}。</translation>
    </message>
    <message>
        <source>{source} has headers that are not a list of names.</source>
        <translation>{source} 中的表头格式不对：应为一组列名。</translation>
    </message>
    <message>
        <source>Column header</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>{path} is too big to be a ledger template.</source>
        <translation>{path} 文件过大，不可能是台账模板。</translation>
    </message>
    <message>
        <source>{path} is not a ledger template of the desk.</source>
        <translation>{path} 不是前台的台账模板。</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>{month} is not over yet; it can be issued from {day} on. Print a draft meanwhile.</source>
        <translation>{month} 尚未结束，{day} 起才能正式出具。在此之前可先打印草稿。</translation>
    </message>
    <message>
        <source>{month} was already issued on {day}; reprint it instead of issuing it again.</source>
        <translation>{month} 已于 {day} 正式出具；请直接重新打印，不要再次出具。</translation>
    </message>
    <message>
        <source>Another month was issued while this one was counted; issue {month} again.</source>
        <translation>统计期间另一个月份已正式出具；请重新出具 {month}。</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}); choose the first day first.</source>
        <translation>结束日期（{last}）早于开始日期（{first}）；请先选择开始日期。</translation>
    </message>
    <message>
        <source>A statistics period can be at most three years long; choose a shorter one.</source>
        <translation>统计期最长为三年，请选择较短的时间段。</translation>
    </message>
    <message>
        <source>There is no month {month} of {year}; give a month like 2026-11.</source>
        <translation>{year} 年没有 {month} 月；请按 2026-11 的格式填写月份。</translation>
    </message>
    <message>
        <source>{text} is not a month; write it like 2026-11.</source>
        <translation>“{text}”不是月份，请写成 2026-11 这样的格式。</translation>
    </message>
    <message>
        <source>This issued report was saved by an older Desk and lacks {field}; it cannot be reprinted by this version.</source>
        <translation>这份已出具的报表由旧版前台程序保存，缺少{field}，本版本无法重新打印。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Give the start and end time of the activity.</source>
        <translation>请填写活动的开始和结束时间。</translation>
    </message>
    <message>
        <source>The activity must end after it starts (it starts at {start}).</source>
        <translation>活动的结束时间必须晚于开始时间（开始时间为 {start}）。</translation>
    </message>
    <message>
        <source>The number of places must be a whole number, 0 or more (0: no limit).</source>
        <translation>名额必须是 0 或更大的整数（0 表示不限）。</translation>
    </message>
    <message>
        <source>The number of places can be at most {max}.</source>
        <translation>名额最多为 {max} 个。</translation>
    </message>
    <message>
        <source>This activity was cancelled; it can no longer be changed.</source>
        <translation>该活动已取消，不能再修改。</translation>
    </message>
    <message>
        <source>{used} places are already taken, so the capacity cannot be {capacity}. Cancel sign-ups first, or keep at least {used} places.</source>
        <translation>已有 {used} 个名额被报名占用，名额不能改为 {capacity}。请先取消部分报名，或至少保留 {used} 个名额。</translation>
    </message>
    <message>
        <source>This activity was already cancelled.</source>
        <translation>该活动已经取消。</translation>
    </message>
    <message>
        <source>The room booking {booking} does not exist. Choose the booking again, or type the place instead.</source>
        <translation>场地预约 {booking} 不存在。请重新选择预约，或直接填写地点。</translation>
    </message>
    <message>
        <source>The room booking for {when} was {state}; book the room again, or type the place instead.</source>
        <translation>{when} 的场地预约状态为“{state}”；请重新预约场地，或直接填写地点。</translation>
    </message>
    <message>
        <source>The activity must take place within its room booking ({start} to {end}).</source>
        <translation>活动时间必须在场地预约时段内（{start} 至 {end}）。</translation>
    </message>
    <message>
        <source>Choose a room booking or type where the activity takes place.</source>
        <translation>请选择一个场地预约，或填写活动地点。</translation>
    </message>
    <message>
        <source>{room} holds at most {room_capacity} people; the activity cannot have {capacity} places there.</source>
        <translation>{room}最多容纳 {room_capacity} 人，活动在此不能设 {capacity} 个名额。</translation>
    </message>
    <message>
        <source>This sign-up pass is not on the desk&apos;s list. If the resident signed up in the mini-program, sync and scan again, or find them by name.</source>
        <translation>前台名单中没有这张报名凭证。如果居民是在小程序上报名的，请先同步再重新扫码，或按姓名查找。</translation>
    </message>
    <message>
        <source>This is a {kind} pass; scan the sign-up pass or the resident pass.</source>
        <translation>这是“{kind}”类凭证，请扫描报名凭证或居民通行证。</translation>
    </message>
    <message>
        <source>This pass is for another activity: {title} on {date}.</source>
        <translation>此凭证属于另一个活动：{date} 的“{title}”。</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-up was cancelled at {time}. Sign them up again if there is room.</source>
        <translation>{name} 的报名已于 {time} 取消。如还有名额，可为其重新报名。</translation>
    </message>
    <message>
        <source>{name} is on the waiting list (number {position}) and has no place yet.</source>
        <translation>{name} 在候补名单中（第 {position} 位），尚未获得名额。</translation>
    </message>
    <message>
        <source>{name} already signed in at {time}.</source>
        <translation>{name} 已于 {time} 签到。</translation>
    </message>
    <message>
        <source>Welcome, {name}: signed in at {time} ({people} people).</source>
        <translation>欢迎，{name}：{time} 签到成功（{people} 人）。</translation>
    </message>
    <message>
        <source>{title} was cancelled.</source>
        <translation>“{title}”已取消。</translation>
    </message>
    <message>
        <source>Sign-in for {title} opens at {time}.</source>
        <translation>“{title}”将于 {time} 开始签到。</translation>
    </message>
    <message>
        <source>{title} ended at {time}; sign-in is closed. Tick latecomers on the list by hand.</source>
        <translation>“{title}”已于 {time} 结束，签到已关闭。迟到人员请在名单上手工勾选。</translation>
    </message>
    <message>
        <source>{name} has not signed up for {title}. There is room: sign them up on the list, then scan again.</source>
        <translation>{name} 没有报名“{title}”。目前还有名额：请先在名单上为其报名，再重新扫码。</translation>
    </message>
    <message>
        <source>{name} has not signed up for {title}, and it is full. Offer them the waiting list.</source>
        <translation>{name} 没有报名“{title}”，且名额已满。可询问其是否登记候补。</translation>
    </message>
    <message>
        <source>{title} was cancelled; nobody can be signed in.</source>
        <translation>“{title}”已取消，不能签到。</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-up was cancelled; sign them up again first.</source>
        <translation>{name} 的报名已取消，请先为其重新报名。</translation>
    </message>
    <message>
        <source>{name} is on the waiting list and has no place yet.</source>
        <translation>{name} 在候补名单中，尚未获得名额。</translation>
    </message>
    <message>
        <source>The number of people who came must be from 1 to {max} (the resident and their companions).</source>
        <translation>到场人数必须在 1 到 {max} 之间（居民本人及陪同人员）。</translation>
    </message>
    <message>
        <source>{name} has not signed in.</source>
        <translation>{name} 尚未签到。</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>This sign-up no longer exists.</source>
        <translation>该报名记录已不存在。</translation>
    </message>
    <message>
        <source>That booking no longer exists.</source>
        <translation>该预约已不存在。</translation>
    </message>
    <message>
        <source>Only an administrator or an approver of {room} may decide on its requests.</source>
        <translation>只有管理员或{room}的审批人可以审批其预约申请。</translation>
    </message>
    <message>
        <source>This request was already decided: it is {state}.</source>
        <translation>该申请已审批，当前状态为“{state}”。</translation>
    </message>
    <message>
        <source>This request is for {when}, which is over. Reject it.</source>
        <translation>该申请的时间 {when} 已过，请予以驳回。</translation>
    </message>
    <message>
        <source>{room} is no longer in use; reject this request.</source>
        <translation>{room}已停用，请驳回该申请。</translation>
    </message>
    <message>
        <source>The slot was taken meanwhile by {title} ({when}). Reject this request or move it first.</source>
        <translation>该时段已被“{title}”（{when}）占用。请驳回该申请，或先调整时间。</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>特批原因</translation>
    </message>
    <message>
        <source>This booking is {state} and can no longer be changed.</source>
        <translation>该预约状态为“{state}”，不能再修改。</translation>
    </message>
    <message>
        <source>This booking was checked in at {time} and can no longer be changed.</source>
        <translation>该预约已于 {time} 签到，不能再修改。</translation>
    </message>
    <message>
        <source>This booking is over ({when}) and can no longer be changed.</source>
        <translation>该预约已结束（{when}），不能再修改。</translation>
    </message>
    <message>
        <source>{room} needs approval for bookings: cancel this one and book {room} anew, so an approver can decide.</source>
        <translation>{room}的预约需要审批：请取消此预约，再重新预约{room}，以便审批人审批。</translation>
    </message>
    <message>
        <source>{n} dates of this series cannot be booked as asked: {dates}. Skip or move them, then book again.</source>
        <translation>该周期预约中有 {n} 个日期无法按要求预约：{dates}。请跳过或调整这些日期后再预约。</translation>
    </message>
    <message>
        <source>{n} of the dates cannot be moved: {dates}. Nothing was changed.</source>
        <translation>有 {n} 个日期无法调整：{dates}。未做任何修改。</translation>
    </message>
    <message>
        <source>This booking was cancelled ({reason}).</source>
        <translation>该预约已取消（{reason}）。</translation>
    </message>
    <message>
        <source>This booking was not approved ({reason}).</source>
        <translation>该预约未通过审批（{reason}）。</translation>
    </message>
    <message>
        <source>This booking was released as a no-show at {time}. Book the room again if it is still free.</source>
        <translation>该预约因爽约已于 {time} 释放。如场地仍空闲，请重新预约。</translation>
    </message>
    <message>
        <source>This booking is still waiting for approval; it cannot be checked in yet.</source>
        <translation>该预约仍在待审批，暂不能签到。</translation>
    </message>
    <message>
        <source>This booking is already checked in at {time}.</source>
        <translation>该预约已于 {time} 签到。</translation>
    </message>
    <message>
        <source>Check-in for this booking opens at {time}, half an hour before it starts ({when}).</source>
        <translation>该预约于 {time} 开始签到，即开始前半小时（{when}）。</translation>
    </message>
    <message>
        <source>This booking ended at {time}; it can no longer be checked in.</source>
        <translation>该预约已于 {time} 结束，不能再签到。</translation>
    </message>
    <message>
        <source>The number of people who came must be a whole number of at least 1.</source>
        <translation>到场人数必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>This pass ({kind}) is not a room booking pass; scan it where that pass is handled.</source>
        <translation>此凭证（{kind}）不是场地预约凭证，请到相应页面扫码。</translation>
    </message>
    <message>
        <source>Only a booking still to come has a pass; this one is {state} or over.</source>
        <translation>只有尚未开始的预约才有凭证；该预约状态为“{state}”或已结束。</translation>
    </message>
    <message>
        <source>This booking pass is genuine, but no booking here carries it (it may have been moved). Look the booking up by name.</source>
        <translation>此预约凭证是真实的，但本中心没有与之对应的预约（可能已调整）。请按姓名查找预约。</translation>
    </message>
    <message>
        <source>This pass is for another booking: {title}, {when}.</source>
        <translation>此凭证属于另一个预约：“{title}”，{when}。</translation>
    </message>
    <message>
        <source>{day} is already closed: {reason}.</source>
        <translation>{day} 已设为闭馆：{reason}。</translation>
    </message>
    <message>
        <source>That closure no longer exists.</source>
        <translation>该闭馆安排已不存在。</translation>
    </message>
    <message>
        <source>That room no longer exists.</source>
        <translation>该场地已不存在。</translation>
    </message>
    <message>
        <source>The file is {size} MB; evidence files may be at most {max} MB. Send a smaller copy.</source>
        <translation>文件大小为 {size} MB，佐证材料最大 {max} MB。请换一个较小的文件。</translation>
    </message>
    <message>
        <source>This file cannot be kept as evidence: use a photo (JPEG or PNG), a PDF, a Word or Excel file, or a text file.</source>
        <translation>此文件不能作为佐证材料：请使用照片（JPEG 或 PNG）、PDF、Word 或 Excel 文件，或文本文件。</translation>
    </message>
    <message>
        <source>The file is empty; choose the file again.</source>
        <translation>文件是空的，请重新选择文件。</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>The picture is still {size} MB after making it smaller; the limit is {max} MB.</source>
        <translation>图片压缩后仍有 {size} MB，上限为 {max} MB。</translation>
    </message>
    <message>
        <source>Evidence is a photo, minutes or another file, not {kind}.</source>
        <translation>佐证材料只能是照片、会议记录或其他文件，不能是 {kind}。</translation>
    </message>
    <message>
        <source>This file is not a picture; add it as minutes or as a file.</source>
        <translation>此文件不是图片，请作为会议记录或其他文件添加。</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>该文件已不存在。</translation>
    </message>
    <message>
        <source>This file was already removed.</source>
        <translation>该文件已被删除。</translation>
    </message>
    <message>
        <source>A booking is made by a group or a resident, not {kind}.</source>
        <translation>预约人只能是团体或居民，不能是 {kind}。</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>A week starts on a Monday; {day} is not one.</source>
        <translation>一周从星期一开始；{day} 不是星期一。</translation>
    </message>
    <message>
        <source>The last day ({last}) is before the first ({first}).</source>
        <translation>结束日期（{last}）早于开始日期（{first}）。</translation>
    </message>
    <message>
        <source>An export covers at most {max} days; choose a shorter stretch.</source>
        <translation>一次最多导出 {max} 天，请选择较短的时间段。</translation>
    </message>
    <message>
        <source>A booking must end after it starts ({start}–{end}).</source>
        <translation>预约的结束时间必须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <source>A booking must end after it starts. Check the end time.</source>
        <translation>预约的结束时间必须晚于开始时间，请检查结束时间。</translation>
    </message>
    <message>
        <source>A booking can last at most 24 hours. For several days, make a repeating booking.</source>
        <translation>一次预约最长 24 小时。如需连续多天，请使用周期预约。</translation>
    </message>
    <message>
        <source>This time is already over; a booking must end in the future.</source>
        <translation>该时间已过；预约的结束时间必须在将来。</translation>
    </message>
    <message>
        <source>{room} is no longer in use and cannot be booked. Choose another room.</source>
        <translation>{room}已停用，不能预约。请选择其他场地。</translation>
    </message>
    <message>
        <source>The number of people must be a whole number of at least 1.</source>
        <translation>人数必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>{room} holds at most {capacity} people; {n} were entered. Choose a bigger room or fewer people.</source>
        <translation>{room}最多容纳 {capacity} 人，填写的是 {n} 人。请选择更大的场地或减少人数。</translation>
    </message>
    <message>
        <source>{room} is open {hours} on {day}; {when} is outside those hours. Choose a time within them.</source>
        <translation>{room}在 {day} 的开放时间为 {hours}，{when} 不在开放时间内。请在开放时间内选择。</translation>
    </message>
    <message>
        <source>{room} is booked {when} for {title}, and needs {setup} minutes to set up and {cleanup} minutes to clear between bookings. Choose a time further apart.</source>
        <translation>{room}在 {when} 已被“{title}”预约，两次预约之间需留出 {setup} 分钟布置、{cleanup} 分钟整理。请选择间隔更长的时间。</translation>
    </message>
    <message>
        <source>This date runs into another date of the same series ({when}).</source>
        <translation>该日期与同一周期预约中的另一日期（{when}）时间冲突。</translation>
    </message>
    <message>
        <source>{when} is already over.</source>
        <translation>{when} 已经过去。</translation>
    </message>
    <message>
        <source>{room} is not open on {day}. Choose another day.</source>
        <translation>{room}在 {day} 不开放，请选择其他日期。</translation>
    </message>
    <message>
        <source>{room} is already booked {when} for {title} ({booker}). Choose another time or room.</source>
        <translation>{room}在 {when} 已被“{title}”（{booker}）预约。请选择其他时间或场地。</translation>
    </message>
    <message>
        <source>{room} is closed on {day}: {reason}. Choose another day.</source>
        <translation>{room}在 {day} 闭馆：{reason}。请选择其他日期。</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}); {room} is closed. Choose another day.</source>
        <translation>{day} 是法定节假日（{holiday}），{room}不开放。请选择其他日期。</translation>
    </message>
    <message>
        <source>There is no room {room}. Give a room&apos;s number or its exact name: {names}.</source>
        <translation>没有场地“{room}”。请填写场地编号或准确名称：{names}。</translation>
    </message>
    <message>
        <source>There is no room {room}: no rooms have been set up yet.</source>
        <translation>没有场地“{room}”：尚未设置任何场地。</translation>
    </message>
    <message>
        <source>Choose at least one weekday for a weekly booking.</source>
        <translation>按周预约请至少选择星期几中的一天。</translation>
    </message>
    <message>
        <source>A booking repeats daily, weekly, monthly or yearly; the rule {rule} does not say which.</source>
        <translation>周期预约应按天、周、月或年重复；规则 {rule} 没有说明是哪一种。</translation>
    </message>
    <message>
        <source>The repeat rule may not set times of day; the booking&apos;s own start and end are used.</source>
        <translation>重复规则中不能设定具体时刻；以预约本身的开始和结束时间为准。</translation>
    </message>
    <message>
        <source>A repeating booking needs an end: a last date or a number of times (at most {cap}).</source>
        <translation>周期预约需要设定结束：截止日期或重复次数（最多 {cap} 次）。</translation>
    </message>
    <message>
        <source>This series has more than {cap} dates; at most {cap} can be booked at once. Choose an earlier last date or fewer times, and book the rest later.</source>
        <translation>该周期预约超过 {cap} 个日期，一次最多预约 {cap} 个。请提前截止日期或减少次数，其余的以后再预约。</translation>
    </message>
    <message>
        <source>This series has no dates. Check the repeat rule, the first day and the dates left out.</source>
        <translation>该周期预约没有任何日期。请检查重复规则、起始日期和排除的日期。</translation>
    </message>
    <message>
        <source>The repeat rule {rule} cannot be read.</source>
        <translation>无法识别重复规则 {rule}。</translation>
    </message>
    <message>
        <source>The repeat rule&apos;s last date {until} cannot be read.</source>
        <translation>无法识别重复规则的截止日期 {until}。</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field}必须是 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>场地名称</translation>
    </message>
    <message>
        <source>Kind of room</source>
        <translation>场地类型</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>已经有名为“{name}”的场地。</translation>
    </message>
    <message>
        <source>An approver chosen for this room is no longer an account. Choose again.</source>
        <translation>为该场地选择的审批人账号已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>{room} still has {n} bookings to come (the first: {title}, {when}). Move them to another room, or retire the room cancelling them.</source>
        <translation>{room}还有 {n} 个未开始的预约（最近的是“{title}”，{when}）。请将这些预约调到其他场地，或停用该场地并取消这些预约。</translation>
    </message>
    <message>
        <source>{day} is not one of this series&apos; dates.</source>
        <translation>{day} 不在该周期预约的日期中。</translation>
    </message>
    <message>
        <source>Upstream id</source>
        <translation>市级平台编号</translation>
    </message>
    <message>
        <source>Companions must be a whole number from 0 to {max}.</source>
        <translation>陪同人数必须是 0 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>Scan the resident&apos;s own pass (this is a {kind} pass).</source>
        <translation>请扫描居民本人的通行证（这是“{kind}”类凭证）。</translation>
    </message>
    <message>
        <source>{title} was cancelled; nobody can sign up for it.</source>
        <translation>“{title}”已取消，不能报名。</translation>
    </message>
    <message>
        <source>{title} ended at {time}; sign-ups are closed.</source>
        <translation>“{title}”已于 {time} 结束，报名已关闭。</translation>
    </message>
    <message>
        <source>{name} is already signed up for this activity (since {time}).</source>
        <translation>{name} 已报名该活动（报名时间 {time}）。</translation>
    </message>
    <message>
        <source>The sign-up&apos;s code is a {kind} pass, not a sign-up pass.</source>
        <translation>该报名的二维码是“{kind}”类凭证，不是报名凭证。</translation>
    </message>
    <message>
        <source>There is no activity {activity} at this center.</source>
        <translation>本中心没有活动 {activity}。</translation>
    </message>
    <message>
        <source>The sign-up pass {serial} already belongs to another sign-up.</source>
        <translation>报名凭证 {serial} 已属于另一条报名记录。</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>This resident&apos;s name is not on record; sign them up by typing their name.</source>
        <translation>没有该居民的姓名记录，请输入姓名为其报名。</translation>
    </message>
    <message>
        <source>{name} is already on the list of this activity. If this is another person with the same name, add their phone number.</source>
        <translation>{name} 已在该活动的名单中。如果是同名的另一个人，请填写其电话号码。</translation>
    </message>
    <message>
        <source>{name} is already on the waiting list of this activity (number {position}).</source>
        <translation>{name} 已在该活动的候补名单中（第 {position} 位）。</translation>
    </message>
    <message>
        <source>This sign-up was already cancelled at {time}.</source>
        <translation>该报名已于 {time} 取消。</translation>
    </message>
    <message>
        <source>{name} already came to the activity; their sign-up cannot be cancelled.</source>
        <translation>{name} 已到场参加活动，不能取消报名。</translation>
    </message>
    <message>
        <source>This sign-up was cancelled; sign the resident up again instead.</source>
        <translation>该报名已取消，请为居民重新报名。</translation>
    </message>
    <message>
        <source>Not enough free places for {extra} more people. Sign the others up separately; they will go on the waiting list.</source>
        <translation>剩余名额不够再增加 {extra} 人。其他人请单独报名，将进入候补名单。</translation>
    </message>
    <message>
        <source>This sign-up or its activity was cancelled; no pass can be issued.</source>
        <translation>该报名或活动已取消，不能发放凭证。</translation>
    </message>
    <message>
        <source>{title} is over; no pass can be issued.</source>
        <translation>“{title}”已结束，不能发放凭证。</translation>
    </message>
    <message>
        <source>The last day of the period is before the first.</source>
        <translation>统计期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A usage period can be at most three years long.</source>
        <translation>统计期最长为三年。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Volunteer&apos;s name</source>
        <translation>志愿者姓名</translation>
    </message>
    <message>
        <source>This service record no longer exists.</source>
        <translation>该志愿服务记录已不存在。</translation>
    </message>
    <message>
        <source>This service record was already removed or corrected; change the current one.</source>
        <translation>该志愿服务记录已被删除或更正，请修改当前的记录。</translation>
    </message>
    <message>
        <source>{title} was cancelled; no service hours can be recorded for it.</source>
        <translation>“{title}”已取消，不能登记志愿服务时长。</translation>
    </message>
    <message>
        <source>{title} has not started yet (it starts at {time}); record the hours afterwards.</source>
        <translation>“{title}”尚未开始（开始时间 {time}），请在活动结束后登记时长。</translation>
    </message>
    <message>
        <source>Service time must be a whole number of minutes from 1 to {max}.</source>
        <translation>服务时长必须是 1 到 {max} 之间的整数（分钟）。</translation>
    </message>
    <message>
        <source>Choose a staff member or a resident, not both.</source>
        <translation>请选择工作人员或居民，不能两者都选。</translation>
    </message>
    <message>
        <source>This staff member is no longer on record.</source>
        <translation>该工作人员的记录已不存在。</translation>
    </message>
    <message>
        <source>This resident&apos;s record no longer exists; type the volunteer&apos;s name instead.</source>
        <translation>该居民的记录已不存在，请直接输入志愿者姓名。</translation>
    </message>
    <message>
        <source>{post} has nobody on duty on {day} from {times}.</source>
        <translation>{post}在{day}的{times}无人值班。</translation>
    </message>
    <message>
        <source>{staff} is on duty at {post} {start}–{end} and at {other_post} {other_start}–{other_end} on {day}: nobody can be in two places.</source>
        <translation>{staff}在 {day} 既在{post}值班（{start}–{end}），又在{other_post}值班（{other_start}–{other_end}）：一个人不能同时在两处。</translation>
    </message>
    <message>
        <source>{staff} is on leave ({kind}) on {day} but on duty at {post} {start}–{end}.</source>
        <translation>{staff}在 {day} 请假（{kind}），却安排在{post}值班（{start}–{end}）。</translation>
    </message>
    <message>
        <source>{staff} does not work at the center on {day} but is on duty at {post} {start}–{end}.</source>
        <translation>{staff}在 {day} 尚未入职或已离职，却安排在{post}值班（{start}–{end}）。</translation>
    </message>
    <message>
        <source>{staff} has only {hours} hours of rest between {previous_end} on {previous_day} and {start} on {day}; the center asks for at least {limit}.</source>
        <translation>{staff}从 {previous_day} {previous_end} 到 {day} {start} 之间只休息了 {hours} 小时；中心要求至少 {limit} 小时。</translation>
    </message>
    <message>
        <source>{staff} is on duty {count} days in a row, from {first} to {last}; the center allows at most {limit}.</source>
        <translation>{staff}从 {first} 到 {last} 连续值班 {count} 天；中心规定最多 {limit} 天。</translation>
    </message>
    <message>
        <source>The center is closed on {day}.</source>
        <translation>中心 {day} 不开放。</translation>
    </message>
    <message>
        <source>{staff} on duty.</source>
        <translation>由{staff}值班。</translation>
    </message>
    <message>
        <source>Nobody is on duty at {post} from {start} to {end}.</source>
        <translation>{post}在 {start} 至 {end} 无人值班。</translation>
    </message>
    <message>
        <source>Nobody is on duty at {post} from {times}.</source>
        <translation>{post}在 {times} 无人值班。</translation>
    </message>
    <message>
        <source>{staff} is not the A or B of {post} and not listed to stand in there.</source>
        <translation>{staff}不是{post}的A岗或B岗，也不在可顶岗人员名单中。</translation>
    </message>
    <message>
        <source>{staff} is on leave ({kind}).</source>
        <translation>{staff}请假中（{kind}）。</translation>
    </message>
    <message>
        <source>{staff} is on duty at two posts at once.</source>
        <translation>{staff}同时在两个岗位值班。</translation>
    </message>
    <message>
        <source>{staff} has too little rest before this duty.</source>
        <translation>{staff}在此次值班前休息时间不足。</translation>
    </message>
    <message>
        <source>{staff} is on leave ({kind}) on {day}. Choose someone else, or cancel the leave first.</source>
        <translation>{staff}在 {day} 请假（{kind}）。请另选他人，或先取消请假。</translation>
    </message>
    <message>
        <source>{staff} is already on duty at {post} {start}–{end} on {day}.</source>
        <translation>{staff}在 {day} 已在{post}值班（{start}–{end}）。</translation>
    </message>
    <message>
        <source>That post is no longer in use; choose another post.</source>
        <translation>该岗位已停用，请选择其他岗位。</translation>
    </message>
    <message>
        <source>That shift is no longer in use; choose another shift.</source>
        <translation>该班次已停用，请选择其他班次。</translation>
    </message>
    <message>
        <source>That person is already on this duty.</source>
        <translation>此人已在这个值班中。</translation>
    </message>
    <message>
        <source>Choose two different duties to swap.</source>
        <translation>请选择两个不同的值班进行换班。</translation>
    </message>
    <message>
        <source>Both duties are the same person&apos;s; a swap needs two people.</source>
        <translation>两个值班是同一个人的；换班需要两个人。</translation>
    </message>
    <message>
        <source>{staff} already has leave ({kind}) from {start} to {end}. Change or cancel that leave instead.</source>
        <translation>{staff}在 {start} 至 {end} 已有请假（{kind}）。请修改或取消那条请假。</translation>
    </message>
    <message>
        <source>That leave no longer exists.</source>
        <translation>该请假记录已不存在。</translation>
    </message>
    <message>
        <source>{staff} is on leave ({kind}) on {day}.</source>
        <translation>{staff}在 {day} 请假（{kind}）。</translation>
    </message>
    <message>
        <source>The last day ({end}) is before the first ({start}); swap them and try again.</source>
        <translation>结束日期（{end}）早于开始日期（{start}），请对调后再试。</translation>
    </message>
    <message>
        <source>A roster can be generated for at most {most} days at a time; {start} to {end} is {days}. Generate it in parts.</source>
        <translation>排班一次最多生成 {most} 天；{start} 至 {end} 共 {days} 天。请分段生成。</translation>
    </message>
    <message>
        <source>The photo is larger than 20 MB; please choose a smaller picture.</source>
        <translation>照片超过 20 MB，请选择较小的图片。</translation>
    </message>
    <message>
        <source>This file is not a picture the desk can read (use JPEG or PNG).</source>
        <translation>此文件不是前台能读取的图片（请使用 JPEG 或 PNG）。</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>There is no post number {id}; the list may be out of date.</source>
        <translation>没有编号为 {id} 的岗位；列表可能已过时。</translation>
    </message>
    <message>
        <source>The A holder and the B backup of a post must be two different people: B covers when A is out.</source>
        <translation>岗位的A岗和B岗必须是两个不同的人：A岗不在时由B岗顶岗。</translation>
    </message>
    <message>
        <source>There is no staff member number {id}; the list may be out of date.</source>
        <translation>没有编号为 {id} 的工作人员；列表可能已过时。</translation>
    </message>
    <message>
        <source>There is already a post called {name}.</source>
        <translation>已经有名为“{name}”的岗位。</translation>
    </message>
    <message>
        <source>Office location</source>
        <translation>办公地点</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>工作职责</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Times must look like 08:30 (hours and minutes); {text} does not.</source>
        <translation>时间格式应为 08:30（时:分）；“{text}”不符合。</translation>
    </message>
    <message>
        <source>Shift name</source>
        <translation>班次名称</translation>
    </message>
    <message>
        <source>Rotation name</source>
        <translation>轮班名称</translation>
    </message>
    <message>
        <source>A shift must end at another time than it starts ({start}).</source>
        <translation>班次的结束时间不能与开始时间相同（{start}）。</translation>
    </message>
    <message>
        <source>A shift from {start} to {end} would last more than 16 hours. An end before the start means the next morning; split long duties into two shifts.</source>
        <translation>从 {start} 到 {end} 的班次将超过 16 小时。结束时间早于开始时间表示到次日早上；较长的值班请拆分为两个班次。</translation>
    </message>
    <message>
        <source>A colour looks like #4c78a8; {color} does not.</source>
        <translation>颜色格式应为 #4c78a8；“{color}”不符合。</translation>
    </message>
    <message>
        <source>A rotation repeats every 1 to {most} weeks, not {weeks}.</source>
        <translation>轮班周期应为 1 到 {most} 周，不能是 {weeks} 周。</translation>
    </message>
    <message>
        <source>A rotation&apos;s cycle starts on a Monday; {day} is not one.</source>
        <translation>轮班周期从星期一开始；{day} 不是星期一。</translation>
    </message>
    <message>
        <source>The rotation {name} has nobody in it. Put at least one person on one day, or save it as inactive.</source>
        <translation>轮班“{name}”中没有安排任何人。请至少在某一天安排一个人，或将其保存为停用。</translation>
    </message>
    <message>
        <source>That shift no longer exists.</source>
        <translation>该班次已不存在。</translation>
    </message>
    <message>
        <source>The rotation {name} has {weeks} weeks; week {week} is not one of them.</source>
        <translation>轮班“{name}”共 {weeks} 周，没有第 {week} 周。</translation>
    </message>
    <message>
        <source>A day of the rotation is Monday to Sunday or a statutory holiday.</source>
        <translation>轮班的日期只能是星期一至星期日或法定节假日。</translation>
    </message>
    <message>
        <source>A rotation needs an active post; choose another post.</source>
        <translation>轮班需要一个启用的岗位，请选择其他岗位。</translation>
    </message>
    <message>
        <source>A rotation needs an active shift; choose another shift.</source>
        <translation>轮班需要一个启用的班次，请选择其他班次。</translation>
    </message>
    <message>
        <source>Someone in the rotation {name} is no longer in the staff list; reload the rotation and try again.</source>
        <translation>轮班“{name}”中有人已不在工作人员名单中；请刷新该轮班后再试。</translation>
    </message>
    <message>
        <source>That rotation no longer exists.</source>
        <translation>该轮班已不存在。</translation>
    </message>
    <message>
        <source>There is already a shift called {name}.</source>
        <translation>已经有名为“{name}”的班次。</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>{value} is not a kind of staff: a full-time manager, social worker, volunteer or seconded official.</source>
        <translation>“{value}”不是有效的人员类别：只能是专职管理人员、专职社工、志愿者或下沉干部。</translation>
    </message>
    <message>
        <source>Public phone</source>
        <translation>公开电话</translation>
    </message>
    <message>
        <source>Private phone</source>
        <translation>私人电话</translation>
    </message>
    <message>
        <source>The last working day ({until}) is before the first ({start}).</source>
        <translation>离职日期（{until}）早于入职日期（{start}）。</translation>
    </message>
    <message>
        <source>The photo file {path} does not exist (was it moved or on a removed USB stick?).</source>
        <translation>照片文件 {path} 不存在（是否已被移动，或在已拔出的U盘上？）。</translation>
    </message>
    <message>
        <source>The photo file {path} cannot be read: {reason}.</source>
        <translation>无法读取照片文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{value} is not a kind of staff: write 专职, 社工, 志愿者 or 下沉干部.</source>
        <translation>“{value}”不是有效的人员类别：请填写 专职、社工、志愿者 或 下沉干部。</translation>
    </message>
    <message>
        <source>No kind given: imported as a full-time manager.</source>
        <translation>未填写类别：按专职管理人员导入。</translation>
    </message>
    <message>
        <source>{field} {value} is not a date: write it like 2026-11-21.</source>
        <translation>{field}“{value}”不是日期：请写成 2026-11-21 这样的格式。</translation>
    </message>
    <message>
        <source>There is no post called {name}: add the post first, then choose who covers it.</source>
        <translation>没有名为“{name}”的岗位：请先添加该岗位，再选择顶岗人员。</translation>
    </message>
    <message>
        <source>{name} is already in the staff list: skipped.</source>
        <translation>{name} 已在工作人员名单中：跳过。</translation>
    </message>
    <message>
        <source>First working day</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>There is no service item number {id}; the list may be out of date.</source>
        <translation>没有编号为 {id} 的服务事项；列表可能已过时。</translation>
    </message>
    <message>
        <source>There is no service item with code {code}.</source>
        <translation>没有编码为 {code} 的服务事项。</translation>
    </message>
    <message>
        <source>There is already a category called {name}.</source>
        <translation>已经有名为“{name}”的类别。</translation>
    </message>
    <message>
        <source>There is no category number {id}; the list may be out of date.</source>
        <translation>没有编号为 {id} 的类别；列表可能已过时。</translation>
    </message>
    <message>
        <source>The code {code} is already used by another item; each item needs its own code.</source>
        <translation>编码 {code} 已被其他事项使用；每个事项的编码必须唯一。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {count} requests refer to it. Retire it instead; it leaves the list and its requests stay explainable.</source>
        <translation>“{name}”不能删除：有 {count} 件服务请求用到它。请改为停用：它将不再列入清单，相关请求的记录仍可查。</translation>
    </message>
    <message>
        <source>{name} comes from the city&apos;s catalogue and cannot be deleted; retire it instead.</source>
        <translation>“{name}”来自市级服务清单，不能删除，请改为停用。</translation>
    </message>
    <message>
        <source>The city has not changed {name} since it was last reviewed.</source>
        <translation>自上次核对以来，市级平台没有修改“{name}”。</translation>
    </message>
    <message>
        <source>There is no version {number} of the service list.</source>
        <translation>服务清单没有第 {number} 版。</translation>
    </message>
    <message>
        <source>The category {name} still has {count} items in use; retire them or move them to another category first.</source>
        <translation>类别“{name}”下还有 {count} 个使用中的事项；请先停用这些事项或将其移到其他类别。</translation>
    </message>
    <message>
        <source>The code of an item from the city&apos;s catalogue cannot be changed: the city knows the item by it.</source>
        <translation>来自市级服务清单的事项不能修改编码：市级平台靠编码识别事项。</translation>
    </message>
    <message>
        <source>The category {name} is no longer used; use it again first.</source>
        <translation>类别“{name}”已停用，请先重新启用。</translation>
    </message>
    <message>
        <source>The code {code} is used on more than one line ({lines}); each item needs its own code.</source>
        <translation>编码 {code} 在多行中重复出现（{lines}）；每个事项的编码必须唯一。</translation>
    </message>
    <message>
        <source>There is no category called {name}: add the category first, or correct the name.</source>
        <translation>没有名为“{name}”的类别：请先添加该类别，或更正名称。</translation>
    </message>
    <message>
        <source>No category given: every item belongs to a category.</source>
        <translation>未填写类别：每个事项都必须属于一个类别。</translation>
    </message>
    <message>
        <source>There is no post called {name}: imported without a responsible post.</source>
        <translation>没有名为“{name}”的岗位：已导入，但未设责任岗位。</translation>
    </message>
    <message>
        <source>The code {code} is already in the list: this line will update that item.</source>
        <translation>编码 {code} 已在清单中：这一行将更新该事项。</translation>
    </message>
    <message>
        <source>The file {path} needs a 编码 (code) and a 事项名称 (name) column. The first row should hold the column names: 编码, 类别, 事项名称, 办理时限, 责任岗位, ...</source>
        <translation>文件 {path} 需要有“编码”和“事项名称”列。第一行应为列名：编码、类别、事项名称、办理时限、责任岗位……</translation>
    </message>
    <message>
        <source>The file {path} has headers but no items under them.</source>
        <translation>文件 {path} 只有表头，下面没有事项。</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: it may be open in Excel or WPS. Close it there and try again.</source>
        <translation>无法写入文件 {path}：它可能正在 Excel 或 WPS 中打开。请先在那里关闭，再试一次。</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}.</source>
        <translation>无法写入文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Line {line}: its category is no longer used. Read the file again; nothing was imported.</source>
        <translation>第 {line} 行：其类别已停用。请重新读取文件；未导入任何内容。</translation>
    </message>
    <message>
        <source>The service list can be exported as .xlsx or .csv, not {path}.</source>
        <translation>服务清单只能导出为 .xlsx 或 .csv 文件，不能导出为 {path}。</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>The item code {code} may hold only letters, digits and - _ . /, like DY-001.</source>
        <translation>事项编码 {code} 只能包含字母、数字和 - _ . /，例如 DY-001。</translation>
    </message>
    <message>
        <source>The category {name} is no longer used; choose another or use it again first.</source>
        <translation>类别“{name}”已停用；请选择其他类别，或先重新启用。</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>This demand is {state} now: only a demand nobody has taken yet can be dispatched.</source>
        <translation>该需求当前状态为“{state}”：只有尚无人接单的需求才能派单。</translation>
    </message>
    <message>
        <source>This demand is {state} now: only a dispatched demand can be taken.</source>
        <translation>该需求当前状态为“{state}”：只有已派单的需求才能接单。</translation>
    </message>
    <message>
        <source>This demand is {state} now: only a taken demand can be reported done.</source>
        <translation>该需求当前状态为“{state}”：只有已接单的需求才能反馈完成。</translation>
    </message>
    <message>
        <source>This demand is {state} now: a demand already taken or finished cannot be cancelled.</source>
        <translation>该需求当前状态为“{state}”：已接单或已完成的需求不能取消。</translation>
    </message>
    <message>
        <source>This micro-wish is {state} now: only a published wish can be claimed.</source>
        <translation>该微心愿当前状态为“{state}”：只有已发布的心愿才能认领。</translation>
    </message>
    <message>
        <source>This micro-wish is {state} now: only a claimed wish can be fulfilled.</source>
        <translation>该微心愿当前状态为“{state}”：只有已认领的心愿才能标记为已实现。</translation>
    </message>
    <message>
        <source>This micro-wish is {state} now: a fulfilled wish cannot be withdrawn.</source>
        <translation>该微心愿当前状态为“{state}”：已实现的心愿不能撤回。</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <source>Resident&apos;s name</source>
        <translation>居民姓名</translation>
    </message>
    <message>
        <source>Dispatched to</source>
        <translation>派单对象</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心愿</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Partner unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可提供时间</translation>
    </message>
    <message>
        <source>That entry (number {id}) no longer exists; refresh the list.</source>
        <translation>该条目（编号 {id}）已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Resident&apos;s phone</source>
        <translation>居民电话</translation>
    </message>
    <message>
        <source>{kind} is not someone a demand can be dispatched to: a party member, a volunteer or a department.</source>
        <translation>不能派单给“{kind}”：只能派给党员、志愿者或部门。</translation>
    </message>
    <message>
        <source>{channel} is not a way a request can arrive: at a visit, walk-in, by phone or from the mini-program.</source>
        <translation>“{channel}”不是有效的来源渠道：只能是来访登记、现场、电话或小程序。</translation>
    </message>
    <message>
        <source>Choose at least one service item for the request.</source>
        <translation>请为服务请求至少选择一个服务事项。</translation>
    </message>
    <message>
        <source>Write the resident&apos;s name or phone, so that the request can be followed up.</source>
        <translation>请填写居民姓名或电话，以便跟进办理。</translation>
    </message>
    <message>
        <source>{name} does not work at the center on {day}; choose who receives the request.</source>
        <translation>{name} 在 {day} 不在本中心工作，请选择首接责任人。</translation>
    </message>
    <message>
        <source>Reason for the handover</source>
        <translation>转办原因</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>There is no request number {id}; the list may be out of date.</source>
        <translation>没有编号为 {id} 的服务请求；列表可能已过时。</translation>
    </message>
    <message>
        <source>That visit is no longer in the log; check the resident in again.</source>
        <translation>该来访记录已不存在，请重新为居民签到。</translation>
    </message>
    <message>
        <source>{name} has been retired from the service list; choose another item.</source>
        <translation>“{name}”已从服务清单中停用，请选择其他事项。</translation>
    </message>
    <message>
        <source>{rating} is not a rating: the resident is satisfied (满意), basically satisfied (基本满意) or dissatisfied (不满意).</source>
        <translation>“{rating}”不是有效的评价：只能是满意、基本满意或不满意。</translation>
    </message>
    <message>
        <source>This request is {status} already; only a request just accepted can be started.</source>
        <translation>该请求已是“{status}”状态；只有刚受理的请求才能开始办理。</translation>
    </message>
    <message>
        <source>This request is resolved; a resolved request is not handed over.</source>
        <translation>该请求已办结，已办结的请求不能转办。</translation>
    </message>
    <message>
        <source>The request already belongs to this person; choose a colleague to hand it over to.</source>
        <translation>该请求的责任人已经是此人，请选择要转办的同事。</translation>
    </message>
    <message>
        <source>{name} does not work at the center any more (or not yet); hand the request over to someone who does.</source>
        <translation>{name} 已不在（或尚未在）本中心工作，请转办给在岗的工作人员。</translation>
    </message>
    <message>
        <source>This request was resolved already.</source>
        <translation>该请求已经办结。</translation>
    </message>
    <message>
        <source>The resident rates a request once it is resolved; resolve it first.</source>
        <translation>请求办结后才能由居民评价，请先办结。</translation>
    </message>
    <message>
        <source>This request was rated already ({rating}, on {day}); a rating is given once and is not changed.</source>
        <translation>该请求已于 {day} 评价（{rating}）；每项请求只评价一次，不能修改。</translation>
    </message>
    <message>
        <source>Resource list</source>
        <translation>资源清单</translation>
    </message>
    <message>
        <source>Resource list version</source>
        <translation>资源清单版本</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The city&apos;s resource list has a bad item {title}: {reason} Nothing was changed; the next delivery will be tried again.</source>
        <translation>市级资源清单中的条目“{title}”有误：{reason} 未做任何修改；下次下发时会重试。</translation>
    </message>
    <message>
        <source>The city&apos;s resource list names {title} of {unit} twice. Nothing was changed.</source>
        <translation>市级资源清单中{unit}的“{title}”出现了两次。未做任何修改。</translation>
    </message>
    <message>
        <source>City catalogue version</source>
        <translation>市级服务清单版本</translation>
    </message>
    <message>
        <source>The city&apos;s catalogue has a bad item {code}: {reason} Nothing was changed; the next delivery will be tried again.</source>
        <translation>市级服务清单中的事项 {code} 有误：{reason} 未做任何修改；下次下发时会重试。</translation>
    </message>
    <message>
        <source>The city&apos;s catalogue lists the code {code} twice. Nothing was changed.</source>
        <translation>市级服务清单中编码 {code} 出现了两次。未做任何修改。</translation>
    </message>
    <message>
        <source>{text} is not a time limit the desk understands: write 即时办结, 3个工作日 or 4个工作小时.</source>
        <translation>无法识别办理时限“{text}”：请填写“即时办结”“3个工作日”或“4个工作小时”。</translation>
    </message>
    <message>
        <source>{amount} {kind} is not a time limit the desk understands: write 即时办结, 3个工作日 or 4个工作小时.</source>
        <translation>无法识别办理时限“{amount} {kind}”：请填写“即时办结”“3个工作日”或“4个工作小时”。</translation>
    </message>
    <message>
        <source>The center has no working day in the next two years, so no due time can be set. Check the opening hours and the holidays in the calendar.</source>
        <translation>今后两年内中心没有工作日，无法计算到期时间。请检查开放时间和日历中的节假日。</translation>
    </message>
    <message>
        <source>The text of {path} is in an unknown encoding; save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>{path} 的文字编码无法识别；请在 Excel 中另存为“CSV UTF-8”后再试。</translation>
    </message>
    <message>
        <source>The file {path} has no 姓名 (name) column. The first row should hold the column names: 姓名, 类别, 职务, 公开电话, 私人电话, 岗位, 入职日期, 备注.</source>
        <translation>文件 {path} 没有“姓名”列。第一行应为列名：姓名、类别、职务、公开电话、私人电话、岗位、入职日期、备注。</translation>
    </message>
    <message>
        <source>The file {path} has headers but no people under them.</source>
        <translation>文件 {path} 只有表头，下面没有人员。</translation>
    </message>
    <message>
        <source>The file {path} has more than {max} rows; split it into smaller files.</source>
        <translation>文件 {path} 超过 {max} 行，请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>There are no rows ready to import; fix the file and read it again.</source>
        <translation>没有可以导入的行；请修改文件后重新读取。</translation>
    </message>
    <message>
        <source>{path} is an old Excel file (.xls). Open it in Excel or WPS and save it as .xlsx or CSV, then import that.</source>
        <translation>{path} 是旧版 Excel 文件（.xls）。请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet the desk can read; use an Excel .xlsx file or a CSV file.</source>
        <translation>前台无法读取 {path}：请使用 Excel .xlsx 文件或 CSV 文件。</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>文件 {path} 是空的。</translation>
    </message>
    <message>
        <source>The file {path} does not exist (was it moved or on a removed USB stick?).</source>
        <translation>文件 {path} 不存在（是否已被移动，或在已拔出的U盘上？）。</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened: it may be open in Excel or WPS. Close it there and try again.</source>
        <translation>无法打开文件 {path}：它可能正在 Excel 或 WPS 中打开。请先在那里关闭，再试一次。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>无法读取文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is not an Excel file the desk can read (is it damaged, or protected by a password?).</source>
        <translation>前台无法读取 Excel 文件 {path}（文件是否已损坏，或设有密码？）。</translation>
    </message>
    <message>
        <source>{path} is not a CSV file the desk can read.</source>
        <translation>前台无法读取 CSV 文件 {path}。</translation>
    </message>
    <message>
        <source>Timetable name</source>
        <translation>作息时间名称</translation>
    </message>
    <message>
        <source>The last day must look like 06-01 (month and day), and be a real day; {text} is not.</source>
        <translation>结束日期应写成 06-01（月-日）并且是真实存在的日期；{text} 不符合。</translation>
    </message>
    <message>
        <source>The first day must look like 06-01 (month and day), and be a real day; {text} is not.</source>
        <translation>开始日期应写成 06-01（月-日）并且是真实存在的日期；{text} 不符合。</translation>
    </message>
    <message>
        <source>That timetable no longer exists.</source>
        <translation>该作息时间已不存在。</translation>
    </message>
    <message>
        <source>There is already a timetable called {name}.</source>
        <translation>已经有名为“{name}”的作息时间。</translation>
    </message>
    <message>
        <source>{name} ({starts} to {ends}) overlaps {other} ({other_starts} to {other_ends}). Change the dates or deactivate {other} first.</source>
        <translation>“{name}”（{starts} 至 {ends}）与“{other}”（{other_starts} 至 {other_ends}）重叠。请修改日期，或先停用“{other}”。</translation>
    </message>
    <message>
        <source>A roster covers 1 to {most} days.</source>
        <translation>值班表的范围应为 1 到 {most} 天。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>There is no status number {id}; the list may be out of date.</source>
        <translation>没有编号为 {id} 的状态；列表可能已过时。</translation>
    </message>
    <message>
        <source>A status cannot be both at the post and away from it.</source>
        <translation>一个状态不能既表示在岗又表示离岗。</translation>
    </message>
    <message>
        <source>No status means “at the post”; ask an administrator to add one.</source>
        <translation>没有表示“在岗”的状态；请管理员添加一个。</translation>
    </message>
    <message>
        <source>There is already a status called {name}.</source>
        <translation>已经有名为“{name}”的状态。</translation>
    </message>
    <message>
        <source>The expected return needs a time zone.</source>
        <translation>预计返回时间需要带时区。</translation>
    </message>
    <message>
        <source>The expected return ({time}) has already passed; choose a later time.</source>
        <translation>预计返回时间（{time}）已过，请选择更晚的时间。</translation>
    </message>
    <message>
        <source>The expected return is more than a month away; record leave on the roster instead.</source>
        <translation>预计返回时间在一个月以后；请改为在值班表中登记请假。</translation>
    </message>
    <message>
        <source>The status {name} is no longer in use.</source>
        <translation>状态“{name}”已停用。</translation>
    </message>
    <message>
        <source>At least one status must mean “at the post”.</source>
        <translation>至少要有一个状态表示“在岗”。</translation>
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
        <source>The file {path} is too big to import; split it into smaller files.</source>
        <translation>文件 {path} 太大，无法导入；请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>The city withdrew this item; the desk keeps it until an administrator removes it.</source>
        <translation>市级平台已撤销该事项；前台会保留它，直到管理员将其删除。</translation>
    </message>
    <message>
        <source>The booking was kept as rejected: {reason}</source>
        <translation>该预约已记为驳回：{reason}</translation>
    </message>
    <message>
        <source>The mini-program booked a room named {room}, and this center has no room of that name. Check the room names the city shows.</source>
        <translation>小程序预约了名为“{room}”的场地，但本中心没有该名称的场地。请核对市级平台上显示的场地名称。</translation>
    </message>
    <message>
        <source>The mini-program&apos;s sign-up could not be taken in: {reason}</source>
        <translation>无法接收小程序的报名：{reason}</translation>
    </message>
    <message>
        <source>The code is a {kind} pass, not a booking pass.</source>
        <translation>该二维码是“{kind}”类凭证，不是预约凭证。</translation>
    </message>
    <message>
        <source>The booking could not be taken in.</source>
        <translation>无法接收该预约。</translation>
    </message>
    <message>
        <source>The mini-program changed this booking after the desk took it in; the desk keeps the first time and room. Move the booking by hand if the resident asks.</source>
        <translation>前台接收该预约后，小程序又修改了它；前台保留最初的时间和场地。如居民要求，请手动调整预约。</translation>
    </message>
    <message>
        <source>The booking was taken in, but its mini-program code could not be checked ({reason}); the desk made its own pass for it.</source>
        <translation>该预约已接收，但无法核验其小程序二维码（{reason}）；前台已为其另行生成预约凭证。</translation>
    </message>
    <message>
        <source>The city hub refused: {reason}</source>
        <translation>市级平台拒绝：{reason}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>The city hub is busy or down (error {status}). The records wait on this PC and go up by themselves later.</source>
        <translation>市级平台繁忙或暂时无法使用（错误 {status}）。记录暂存在本机，稍后会自动上报。</translation>
    </message>
    <message>
        <source>This desk is too old for the city hub, which needs protocol {low} or newer. Please update Desk. Until then its records wait safely on this PC.</source>
        <translation>本前台程序版本过旧，市级平台要求协议版本 {low} 或更高。请更新前台程序。更新前，记录会安全地暂存在本机。</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a city hub yet.</source>
        <translation>本前台尚未在市级平台注册。</translation>
    </message>
    <message>
        <source>The city hub cannot be reached ({reason}). The records wait on this PC and go up by themselves when the network is back.</source>
        <translation>无法连接市级平台（{reason}）。记录暂存在本机，网络恢复后会自动上报。</translation>
    </message>
    <message>
        <source>The hub address must start with http:// or https://, for example https://hub.example.gov.cn.</source>
        <translation>平台地址必须以 http:// 或 https:// 开头，例如 https://hub.example.gov.cn。</translation>
    </message>
    <message>
        <source>This desk is already enrolled with a city hub.</source>
        <translation>本前台已在市级平台注册。</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a city hub yet. An administrator can enroll it with the hub address and a code from the city.</source>
        <translation>本前台尚未在市级平台注册。管理员可使用平台地址和市级下发的注册码进行注册。</translation>
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
<context>
    <name>shifts</name>
    <message>
        <source>next day %1</source>
        <translation>次日 %1</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>Full-time manager</source>
        <translation>专职管理人员</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>专职社工</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Seconded official</source>
        <translation>下沉干部</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 起</translation>
    </message>
</context>
</TS>
