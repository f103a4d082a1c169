## pocdir — 简体中文消息目录。所有用户可见的字符串均在此处。

app-name = 联络点名录
footer-text = 信息和通信技术安全和使用问题全球政府间联络点名录。联系方式仅限参与国查阅。
demo-banner = 演示版：此处显示的所有国家联络点信息均为虚构。

## 导航
nav-skip = 跳至正文
nav-label = 主导航
nav-home = 首页
nav-join = 申请访问权限
nav-login = 登录
nav-logout = 退出登录
nav-directory = 名录
nav-custodian = 管理方工作台
nav-my-state = 本国
nav-account = 我的账户
nav-outbox = 打开演示发件箱
language-choose = 语言：

## 常用词语
all = 全部
choose = 请选择…
back = 返回
save = 保存
next = 下一页
previous = 上一页
page-of = 第 { $page } 页，共 { $pages } 页
pagination = 分页
search-submit = 搜索

## 首页（PUB-1）
home-title = 信息和通信技术安全联络点
home-lead = 当信息和通信技术事件危及国家间关系时，可在数分钟内通过双方均信任的渠道联系到对方国家的适当人员，交流情况亦记录在案。
home-mandate-title = 任务授权
home-mandate-1 = 联合国会员国商定建立一个全球政府间联络点名录，作为一项建立信任措施。名录的使用属自愿性质。
home-mandate-2 = 每个参与国提名外交联络点和技术联络点。每项提名和更新在发布前，均由管理方通过该国常驻代表团予以核实。
home-mandate-3 = 定期开展的通信检查可确认每个联络点均能作出回应。本名录是对现有区域和双边渠道的补充，而非取代。
home-participation-title = 参与情况
home-participating = 参与国
home-threshold = 网络投入运作所需国家数
home-progress = 网络投入运作需要 { $threshold } 个国家参与，目前已有 { $count } 个。
home-operational = 网络已投入运作。
home-not-operational = 还需 { $missing } 个国家参与，网络方可投入运作。
home-states-list = 参与国
home-join-title = 如何加入
home-join-text = 由一国常驻联合国代表团提出访问申请。管理方与该代表团核实申请后，将向该国指定的国家管理员发出邀请。
home-no-contacts = 公开页面上绝不发布任何联系方式。

## 申请访问权限（ACC-1）
join-title = 为贵国申请访问权限
join-lead = 本表格供常驻代表团使用。管理方在授予访问权限之前，将与贵代表团核实申请。
join-submit = 发送申请
join-done-title = 申请已收到
join-done-body = 谢谢。管理方将与贵国常驻代表团核实申请，随后向指定的国家管理员发送邀请。
field-state = 国家
field-requester-name = 您的姓名
field-requester-title = 您的职衔和所属代表团
hint-requester-title = 例如：……常驻联合国代表团（纽约）一等秘书
field-official-email = 官方电子邮件地址
hint-official-email = 给贵国国家管理员的邀请将发送至此地址。
field-note-verbale-ref = 普通照会编号
hint-note-verbale-ref = 贵代表团据以指定其国家管理员的普通照会的编号。
field-message = 附言（可选）

## 登录（ACC-3）
login-title = 登录
login-submit = 继续
login-help = 身份验证器丢失？请在下一步使用您的一个恢复码，或联系您的国家管理员。
field-email = 电子邮件地址
field-password = 密码
code-title = 第二重验证
code-lead = 请输入身份验证器应用显示的六位数验证码，或您的一个恢复码。
code-submit = 登录
field-code = 验证码
hint-code = 六位数字，或恢复码，例如 ABCD-EFGH-IJKL-MNOP-QRST。

## 邀请和注册
invitation-title = 设置您的账户
invitation-lead = 请为您的账户设置密码。第二重验证为必备步骤，将在下一步设置。
invitation-submit = 保存密码
field-name = 姓名
field-new-password = 新密码
field-confirm-password = 再次输入密码
hint-password = 至少 { $min } 个字符。最好使用较长的密码短语；无需使用特殊字符。常见密码或已泄露的密码将被拒绝。
totp-title = 第二重验证
totp-lead = 每个账户均受第二重验证保护。请现在设置身份验证器应用。
totp-step-1 = 在手机上打开身份验证器应用（例如 FreeOTP、Aegis、Google Authenticator 或 Microsoft Authenticator）。
totp-step-2 = 用该应用扫描此二维码。
totp-qr-label = 身份验证器密钥的二维码
totp-manual = 或手动输入以下密钥：
totp-step-3 = 输入应用显示的六位数验证码。
totp-submit = 确认
recovery-title = 恢复码
recovery-enrolled = 您的第二重验证已设置完毕，您现已登录。
recovery-lead = 请妥善保管这些恢复码。如手机丢失，每个恢复码可代替应用生成的验证码使用一次。
recovery-warning = 恢复码仅在此时显示。生成新的恢复码后，这些恢复码即告作废。
recovery-continue = 继续前往名录

## 账户（ACC-4）
account-title = 我的账户
account-sessions = 您当前的登录会话
account-this-session = 本会话
account-revoke = 注销该会话
account-recovery = 恢复码
account-codes-left = 未使用的恢复码：{ $count } 个
account-new-codes = 生成新的恢复码

## 表格
col-device = 设备
col-address = 地址
col-signed-in = 登录时间
col-last-seen = 最近活动
col-actions = 操作
col-field = 字段
col-before = 更改前
col-after = 更改后
col-change = 更改
col-submitted = 提交时间
col-status = 状态
col-role = 角色
col-when = 时间
col-actor = 操作人
col-action = 操作
col-target = 对象
col-detail = 详情
col-to = 收件人
col-subject = 主题

## 名录（DIR-8、DIR-9）
directory-title = 名录
directory-count = { $count ->
   *[other] 找到 { $count } 个联络点。
}
directory-count-more = 找到的联络点超过 { $count } 个：请细化搜索条件。
directory-empty = 没有符合上述筛选条件的联络点。
directory-matching-states = 与您的搜索相符的国家：
field-search = 姓名或实体名称（可使用任何文字）
field-region = 区域
field-language = 语文
hint-language-code = 一种语言，例如法语或 fr
export-label = 导出：
export-print = 可打印页面
print-title = 联络点名录
print-generated = 打印于 { $when }；共 { $count } 个联络点。
print-confidential = 仅供参与国使用。请勿分享给确有需要者以外的人员。

## 条目（DIR-3、DIR-4、DIR-7）
field-poc-type = 联络点类型
field-entity = 实体或机构
field-entity-en = 实体（非正式英文译文）
field-person-name = 指定人员
field-position = 职务
field-position-en = 职务（非正式英文译文）
field-emails = 电子邮件地址
field-phones = 电话号码
field-phones-24-7 = 全天候（24/7）可接通的电话号码
field-languages = 工作语文
field-timezone = 时区
field-hours = 可联系时间
field-web = 网页
field-pgp-fingerprint = OpenPGP 密钥指纹
field-regional = 亦已提名至
field-submission-language = 本条目所用语文
field-notes = 备注
field-notes-en = 备注（非正式英文译文）
field-last-confirmed = 最近确认日期
field-local-time = 当前当地时间
field-effective-from = 更改生效日期
field-on-behalf-ref = 该国书面请求的编号
field-id = 标识符
hint-entity = 仅填写实体即为有效条目；人员姓名可选填。
hint-translation = 可选。显示时将标明为非正式译文。
hint-person = 可选。
hint-emails = 每行一个地址。欢迎使用 cert@… 等通用地址。
hint-phones = 每行一个号码，采用国际格式，例如 +41 22 917 1234。如某号码全天候可接通，请在该号码末尾加上“24/7”。
hint-languages = 填写语言名称或 ISO 639 代码，以逗号分隔，例如 葡萄牙语、斯瓦希里语 或 pt, sw
field-other-languages = 其他语言
hint-timezone = 输入城市或国家名称，然后从列表中选择。
hint-hours = 例如：周一至周五 09:00–18:00，或 24/7。
hint-pgp = 40 或 64 个十六进制字符。可选。
hint-submission-language = 联合国六种正式语文之一。
hint-effective-from = 可选。更改应在生效后 30 天内通知。
hint-on-behalf-ref = 您正在代表该国录入此项更改：请提供该国普通照会的编号。
un-language-ar = 阿拉伯文
un-language-zh = 中文
un-language-en = 英文
un-language-fr = 法文
un-language-ru = 俄文
un-language-es = 西班牙文
label-original = 提交语文：{ $lang }
label-translation = 非正式英文译文：
badge-h24 = 24/7
badge-overdue = 确认已逾期
badge-change-pending = 更改待核实
entry-overdue = 本条目自 { $date } 以来未经确认，信息可能已过时。
entry-problems = { $count ->
   *[other] 读者报告此联络点存在 { $count } 个问题。
}
entry-reach-now = 立即联系此联络点
entry-details = 详细信息
entry-edit = 提议更改
entry-history = 历史记录
entry-pending-change = 更改待核实
history-submitted = 由 { $who } 于 { $when } 提交
history-decided = 由 { $who } 于 { $when } 作出决定
history-on-behalf = 依据该国书面请求 { $reference }
history-late-notice = 于生效 { $days } 天后通知
history-reason = 理由：
history-changes = { $count ->
   *[other] { $count } 个字段有更改
}
state-observer = 观察员国
state-manage = 管理该国条目
state-no-entries = 该国尚无已发布的联络点。

## 类型、区域、状态
poc-type-diplomatic = 外交/政策
poc-type-technical = 技术
poc-type-legal = 法律
poc-type-law-enforcement = 执法
poc-type-assistance = 援助和能力建设
poc-type-policy-coordination = 国家安全/政策协调
region-africa = 非洲国家
region-asia-pacific = 亚洲-太平洋国家
region-eastern-europe = 东欧国家
region-latin-america-caribbean = 拉丁美洲和加勒比国家
region-weog = 西欧和其他国家
kind-create = 提名
kind-update = 更新
kind-withdraw = 撤回
status-pending = 待核实
status-active = 已发布
status-published = 已发布
status-rejected = 已拒绝
status-withdrawn = 已撤回
role-custodian = 管理方
role-national-admin = 国家管理员
role-member = 成员
user-status-invited = 已邀请
user-status-active = 已启用
user-status-disabled = 已停用
channel-note-verbale = 普通照会
channel-mission-email = 常驻代表团发送的电子邮件
channel-phone-call = 致电常驻代表团
channel-in-person = 当面核实
channel-other = 其他渠道

## 问题报告（DIR-10）
report-title = 报告此联络点存在的问题
report-submit = 报告
field-problem-kind = 出现的情况
field-problem-detail = 详情（可选）
problem-bounced = 电子邮件被退回
problem-wrong-number = 电话号码有误
problem-no-answer = 无人应答
problem-wrong-person = 已不再是适当的联络人
problem-other = 其他问题
problem-resolve = 标记为已解决

## 提名表（DIR-5）
form-new-title = 提名联络点
form-edit-title = 提议更改
form-lead = 每项提名和更改在发布前，均由管理方与贵国常驻代表团核实。
form-submit = 提交核实
form-has-errors = 请更正以下内容：
withdraw-title = 撤回此联络点
withdraw-text = 撤回与任何其他更改一样须经核实。该条目将保留在历史记录中。
withdraw-submit = 提交撤回

## 国家工作台
desk-title = { $state }：条目和用户
desk-nominate = 提名联络点
desk-public-view = 以其他国家的视角查看
desk-pending = 待核实的更改
desk-no-pending = 没有待核实的内容。
desk-entries = 条目
desk-problems = 已报告的问题
desk-users = 用户
desk-invite = 邀请用户
desk-invite-submit = 发送邀请
desk-account-mode = 该国的账户
account-mode-personal = 个人账户，每人一个（建议）
account-mode-shared = 该国共用一个账户
field-email-language = 邀请所用语文
user-enable = 启用
user-disable = 停用

## 管理方
custodian-title = 管理方工作台
custodian-pending-changes = 待核实的更改
custodian-pending-requests = 访问申请
custodian-open-problems = 已报告的问题
custodian-overdue = 确认已逾期的条目
custodian-active = 已发布的联络点
custodian-changes-link = 核实更改
custodian-requests-link = 审查访问申请
custodian-audit-link = 审计日志
requests-title = 访问申请
requests-lead = 在接纳一国之前，请通过本表格以外的渠道与其常驻代表团核实每项申请。
requests-admit = 接纳该国并邀请其管理员
requests-reject = 拒绝申请
requests-none = 没有待处理的申请。
field-verification-ref = 核实参考编号
hint-verification-ref = 您的核实方式，例如该代表团普通照会的编号。
field-reason = 理由
changes-title = 待核实的更改
changes-lead = 请通过有别于更改提交渠道的其他渠道与该国核实每项更改，并记录核实方式。
changes-none = 没有待处理的更改。
change-title = 更改
change-diff = 更改内容
change-no-diff = 所有字段均与已发布的条目相同。
change-withdraw = 该国请求撤回此联络点。
change-see-entry = 查看该条目及其历史记录
change-verify-title = 核实并发布
change-verify-lead = 请记录您核实所用的渠道和参考编号。
field-channel = 核实渠道
change-publish = 发布
change-reject-title = 拒绝
change-reject = 拒绝此项更改
audit-title = 审计日志
audit-intact = 包含 { $count } 个条目的哈希链完整无损。
audit-broken = 审计日志已被篡改：第一个不相符的条目为第 { $seq } 条。

## 演示发件箱
outbox-title = 演示发件箱
outbox-lead = 在本演示中不会实际发送电子邮件，所有邮件均保存在此处。由于邮件中含有登录链接，本页面仅向本机上的浏览器显示。
outbox-empty = 尚无电子邮件。
outbox-links = 本邮件中的链接

## 通知
notice-requested = 您的申请已发送。
notice-published = 更改已发布。
notice-rejected = 拒绝决定已记录。
notice-submitted = 已提交。管理方将在发布前予以核实。
notice-reported = 谢谢。已通知管理方和该国管理员。
notice-resolved = 已标记为已解决。
notice-invited = 邀请已发送。
notice-admitted = 已接纳该国，并已邀请其管理员。
notice-saved = 已保存。
notice-revoked = 该会话已注销。
notice-withdrawn = 撤回请求已提交。
notice-disabled = 该用户已停用，并已在所有设备上退出登录。
notice-enabled = 该用户已启用。

## 错误
error-title = 操作未成功
error-reference = 技术支持参考编号：{ $id }
err-not-found = 此页面不存在，或您无权访问。
err-forbidden = 您的账户无权执行此操作。
err-unauthenticated = 请登录。
err-invalid = 部分信息无效。
err-internal = 我方系统出现错误，未作任何更改。请稍后重试。
err-csrf = 此表格已过期或并非来自本网站。请返回，重新加载页面后重试。
err-bad-request = 无法读取地址或表单：其中有一个值无效。请返回并重试。
err-content-type = 此表单必须从本网站上的相应页面提交。
err-too-large = 请求过大。
err-throttled = 尝试次数过多。请等待几分钟后重试。
err-required = 此字段为必填项。
err-text-too-long = 此文本过长。
err-text-line = 请写在一行内，不要换行或使用制表符。
err-text-disguised = 此名称包含会改变其显示方式的不可见字符（方向标记或零宽空格）。请重新输入。
err-text-control = 此文本包含无法显示的字符。
err-email-format = 电子邮件地址的格式应类似于 name@example.org。
err-email-required = 请至少提供一个电子邮件地址。
err-email-taken = 已存在使用此电子邮件地址的账户。
err-phone-format = “{ $number }”：请使用国际格式，以 + 和国家代码开头，例如 +41 22 917 1234。
err-phone-invalid = “{ $number }”：该号码在其所拨国家不可能存在。请检查国家代码和位数。
err-url-format = 网页地址必须以 https:// 开头并包含网站名称，例如 https://cert.example.org。
err-language-code = 请写出每种语言的名称，例如法语、阿拉伯语或菲律宾语，或其 ISO 639 代码（fr、ar、fil）。
err-language-required = 请至少提供一种工作语文。
err-timezone = 请从列表中选择城市：时区以城市表示，例如开罗或苏黎世，而不是时差或 EST 之类的缩写。
err-poc-type = 请从列表中选择联络点类型。
err-un-language = 请选择联合国六种正式语文之一。
err-pgp-fingerprint = 指纹必须为 40 或 64 个十六进制字符。
err-regional = 请从列表中选择区域名录。
err-too-many = 此字段的条目过多（最多 10 个）。
err-state-unknown = 请从列表中选择国家。
err-region = 请从列表中选择区域。
err-state-already-participating = 该国已参与。请联系该国的国家管理员。
err-state-not-participating = 该国尚未参与。
err-login-failed = 电子邮件地址或密码不正确，或账户未启用。
err-code-wrong = 此验证码不正确或已被使用。请等待下一个验证码后重试。
err-no-enrolment = 请重新开始设置第二重验证。
err-password-short = 密码必须至少包含 12 个字符。由多个词组成的密码短语便于记忆。
err-password-long = 密码最多可包含 128 个字符。
err-password-common = 此密码过于常见或容易被猜中。请选择更长的密码短语。
err-password-mismatch = 两次输入的密码不一致。
err-link-unknown = 此链接无效。请申请新的邀请。
err-link-used = 此链接已被使用。请登录，或申请新的邀请。
err-link-expired = 此链接已过期。请向您的国家管理员或管理方申请新的邀请。
err-already-decided = 他人已对此作出决定。
err-change-pending = 此条目已有一项更改在等待核实。
err-no-change = 未作任何更改。
err-entry-not-active = 此条目未发布。
err-on-behalf-ref = 请提供该国书面请求的编号。
err-date-format = 请按 YYYY-MM-DD 格式填写日期。
err-date-future = 此日期为未来日期。
err-channel = 请选择您核实该更改的方式。
err-problem-kind = 请选择出现的情况。
err-role = 请从列表中选择角色。
err-shared-account-exists = 该国使用一个共用账户，该账户已存在。
err-shared-needs-one-account = 共用账户要求恰好有一个已启用的账户：请先停用其他账户。
err-account-mode = 请选择个人账户或一个共用账户。
err-cannot-disable-self = 您不能停用自己的账户。
err-export-format = 请选择 CSV、JSON、vCard 或可打印页面。
err-form-unreadable = 无法读取表格。请重新加载页面后重试。

## 电子邮件（以收件人的语文发送）
email-footer = 联络点名录：{ $url }
email-invitation-subject = 联络点名录使用邀请
email-invitation-body =
    尊敬的{ $name }：

    现邀请您以{ $state }名义使用联络点名录。
    如需设置账户，请在 { $hours } 小时内打开以下链接。该链接仅可使用一次。

    { $link }

    如您并未预期收到此邮件，可不予理会。
email-access-received-subject = 您的访问申请（{ $reference }）
email-access-received-body =
    尊敬的{ $name }：

    我们已收到{ $state }访问联络点名录的申请（参考编号：{ $reference }）。
    管理方将与贵国常驻代表团核实该申请，随后指定的国家管理员将收到邀请。
email-access-to-review-subject = { $state }提交的访问申请
email-access-to-review-body =
    一个常驻代表团已为{ $state }申请访问权限。
    请与该代表团核实申请，然后进行审查：{ $url }
email-access-rejected-subject = 您的访问申请
email-access-rejected-body =
    尊敬的{ $name }：

    管理方未能批准此访问申请。所述理由：{ $reason }
email-change-to-verify-subject = 待核实的更改：{ $state }
email-change-to-verify-body =
    { $state }已提交对其联络点的更改。
    请通过门户网站以外的渠道予以核实，然后记录您的决定：{ $url }
email-change-published-subject = 已发布：{ $entity }
email-change-published-body =
    管理方已核实并发布对{ $entity }的更改。

    { $url }
email-change-rejected-subject = 未发布：{ $entity }
email-change-rejected-body =
    管理方未发布对{ $entity }的更改。
    所述理由：{ $reason }

    { $url }
email-problem-reported-subject = 问题报告：{ $entity }
email-problem-reported-body =
    一位读者报告联络点{ $entity }存在问题：{ $kind }。
    请检查该条目，并视需要予以更正：{ $url }

## 通信检查（PING）
nav-checks = 通信检查
nav-messages = 通信
checks-title = 通信检查
checks-lead = 每个联络点都会收到一条附有专属链接的简短消息。系统将测量从发送消息到确认收到所用的时间。
checks-launch-title = 发起检查
field-state-code = 国家（ISO 代码）
hint-state-code = 可选，例如 FR
checks-overdue-only = 仅限确认已逾期的条目
checks-preview = 预览
checks-campaigns = 历次检查
checks-campaign-of = { $date } 发起的检查
checks-none = 尚未开展任何检查。
checks-next-scheduled = 下一次对所有联络点的定期检查：{ $date }。
checks-no-schedule = 目前未安排任何定期检查。检查周期在配置中设定（checks.schedule_months）。
checks-trend = 历次检查的趋势
checks-campaign = 检查
checks-kind-adhoc = 临时
checks-kind-scheduled = 定期
checks-preview-title = 是否发起此次检查？
checks-preview-count = 联络点：{ $pocs } 个。将收到检查消息的电子邮件地址：{ $addresses } 个。
checks-launch = 发起检查
my-checks-link = 本国待确认的检查
results-title = 检查结果
results-closes = 答复截止时间：{ $date }
results-rate = 答复率
results-acknowledged = 已确认
results-median = 答复时间中位数
results-p90 = 答复时间第 90 百分位数
results-unreachable = 无法送达的地址
results-export = 导出结果（CSV）
results-by-region = 按区域
results-by-type = 按联络点类型
results-waiting = 尚未确认
results-all-answered = 所有地址均已确认收到。
col-group = 组别
check-status-pending = 等待答复
check-status-unreachable = 无法送达
check-status-acknowledged = 已确认
check-unreachable-refused = 无法送达：被邮件服务器拒收
check-unreachable-bounced = 无法送达：邮件被退回
results-follow-up = 后续跟进
results-reminded = 已于 { $date } 发送提醒
results-escalated = 已于 { $date } 通报该国
minutes = { $count ->
   *[other] { $count } 分钟
}
ack-title = 通信检查
ack-lead = 联络点名录管理方正在检查{ $state }的联络点能否通过此地址收到消息。
ack-sent = 检查发送时间
ack-submit = 确认收到
ack-done = 谢谢：您的确认已记录。
my-checks-title = 待确认的检查
my-checks-lead = 以下是发给本国联络点、仍在等待答复的检查。您可在此确认收到，而无需使用电子邮件中的链接。
my-checks-none = 没有等待答复的检查。
notice-launched = 检查已发起：消息正在发送。
notice-acknowledged = 已确认收到。
err-campaign-empty = 没有符合此选择条件的联络点。
err-ack-unknown = 此链接无效。如您是从电子邮件中复制的链接，请检查链接是否完整。
err-ack-used = 此检查已确认收到。谢谢。
err-ack-expired = 此检查已结束，无法再确认收到。
field-address = 地址
field-check-status = 状态
field-sent = 发送时间
field-acknowledged = 确认时间
field-response-minutes = 答复时间（分钟）
field-via = 确认方式
email-check-subject = 通信检查：{ $state }
email-check-body =
    联络点名录管理方正在检查{ $state }的联络点能否收到消息。

    此邮件发送给联络点“{ $entity }”。请在 { $days } 天内打开以下链接并点击按钮，确认收到：

    { $link }

    无需登录。该链接仅可使用一次。
email-check-reminder-subject = 提醒：通信检查：{ $state }
email-check-reminder-body =
    联络点名录管理方已向{ $state }的联络点“{ $entity }”发送通信检查，但尚未收到确认。

    请在 { $days } 天内打开以下链接并点击按钮，确认收到：

    { $link }

    无需登录。该链接仅可使用一次。如未确认收到，管理方将通知{ $state }的国家管理员和常驻代表团。
email-check-escalation-subject = { $state }的联络点未答复通信检查
email-check-escalation-body =
    联络点名录管理方负责检查每个联络点能否收到消息。{ $count ->
       *[other] { $state }有 { $count } 个地址已收到检查消息和提醒，但尚未确认收到：
    }

    { $addresses }

    请确保有人查阅这些地址，或更新相关条目。{ $state }的用户可在登录后确认收到：

    { $link }

    本邮件发送给{ $state }的国家管理员和常驻代表团，而非上述地址。
email-currency-due-subject = { $state }的条目即将需要确认
email-currency-due-body =
    { $count ->
       *[other] 联络点名录中{ $state }的 { $count } 个条目即将进行年度确认：
    }

    { $entries }

    国家管理员可在此确认这些条目仍然准确，或予以更新：

    { $link }
email-currency-overdue-subject = { $state }的条目确认已逾期
email-currency-overdue-body =
    { $count ->
       *[other] 联络点名录中{ $state }的 { $count } 个条目已逾期未进行年度确认，所有读者均会看到这些条目被标注为可能已过时：
    }

    { $entries }

    国家管理员可在此确认这些条目仍然准确，或予以更新：

    { $link }
desk-confirm-text = 请至少每年确认一次以下各条目仍然准确无误。如有条目已不准确，请先予以修改。
desk-confirm-submit = 确认所有条目仍然准确
notice-confirmed = 所有条目均已确认截至今日准确无误。
phone-checks-title = 电话检查
phone-checks-none = 尚未记录任何电话检查。
phone-check-reached = 已接通
phone-check-not-reached = 未接通
field-number = 所拨号码
field-reached = 通话结果
phone-check-submit = 记录电话检查
notice-phone-recorded = 电话检查已记录。
err-reached = 请选择通话是否联系上联络点。
err-phone-not-of-entry = 该号码不属于此条目。
messages-title = 通信
messages-lead = 贵国与其他国家之间的通信。通信内容以加密形式存储，绝不向管理方显示。
messages-new = 新建通信
messages-to = 收件方
messages-from = 发件方
messages-template = 模板
messages-compose = 撰写
messages-threads = 往来通信
messages-alert = 警报
messages-alert-new = 向多个国家发出警报
messages-alert-hint = 同时向多个或全部参与国发送同一份通信。每个国家各收到一份副本，并分别确认收到。
messages-alert-all = 全部参与国
messages-alert-to = { $count ->
       *[other] 发往 { $count } 个国家：
    }
messages-none = 贵国尚未发送或收到任何通信。
messages-col-date = 发送时间
messages-col-with = 往来国家
messages-col-urgency = 紧急程度
messages-col-tlp = TLP
messages-col-poc = 联络点
messages-sent-to = 发往{ $state }
messages-received-from = 来自{ $state }
messages-status-waiting = 等待确认收到
messages-status-acknowledged = 已确认收到
messages-status-answered = 已答复
messages-recipients = 收件方
messages-recipients-hint = 可发送给某一类型的所有联络点，或选择具体联络点。页面显示各联络点的当地时间以及是否全天候（24/7）可联系。
messages-all-of-type = 以下类型的所有联络点：{ $type }
messages-tlp = 交通灯协议（TLP）标记
messages-tlp-hint = TLP:RED：仅限指名收件人。TLP:AMBER+STRICT：仅限接收组织。TLP:AMBER：接收组织及有知悉必要的人员。TLP:GREEN：相关社群。TLP:CLEAR：不受限制。
messages-code = 身份验证器应用中的验证码
messages-code-hint = 仅在发送 TLP:RED 通信时需要：用于确认是您本人发送。
messages-fields-hint = 请填写已知信息。所有字段均可留空。
messages-expected = （建议填写）
messages-send = 发送
messages-sent-at = 发送时间
messages-ack-due = 确认收到的截止时间
messages-acknowledged = 确认收到时间
messages-responded = 首次答复
messages-recipient-count = { $count ->
   *[other] { $count } 个联络点
}
messages-acknowledge = 确认收到
messages-escalated-1 = 已于 { $date } 通报接收国的其他联络点（{ $count ->
       *[other] { $count } 个地址
    }）。
messages-escalated-2 = 已于 { $date } 通报接收国的国家管理员（{ $count ->
       *[other] { $count } 人
    }）。
messages-reply = 答复
messages-forwarded-note = 经{ $state }同意共享。共享范围：{ $scope }
attachments-title = 附件
attachment-size = { $kb } KB
attachments-add = 附加文件
attachments-hint = 可附加不超过 { $kb } KB 的日志、报告或截图：PDF、PNG、JPEG、ZIP、gzip 或文本文件（.txt、.log、.csv、.json、.xml）。文件以加密形式存储。
attachments-submit = 附加
consent-title = 与第三国共享
consent-lead = 收到的信息须予保密。如需将其转给第三国，请在此征求来源国同意；来源国予以同意或拒绝，该决定将记录在案。未经同意，任何内容均无法转发。
consent-asked-for = 于 { $date } 提出的与{ $state }共享信息的请求：
consent-pending = 等待来源国作出决定
consent-granted = 已于 { $date } 同意
consent-refused = 已于 { $date } 拒绝
consent-forwarded = 已转发
consent-grant = 同意
consent-refuse = 拒绝
consent-forward = 转发给{ $state }
consent-third = 第三国
consent-scope = 拟共享的内容及理由
consent-ask = 征求来源国同意
messages-record-title = 往来通信记录
messages-record-json = 导出记录（JSON）
messages-record-lead = { $state }参与的全部往来通信，包括内容和时间信息，供打印或存档。
templates-title = 通信模板
templates-lead = 各国依据这些模板相互通信。修订模板即生成新版本；每份通信均保留撰写时所用的模板版本。
templates-definition = 模板（JSON）
templates-definition-hint = 粘贴一个模板，或下载所得的模板列表。已有的键（key）生成新版本，新的键生成新模板；未更改的模板保持不变。每个字段均包含名称（name）、类型（kind：text、textarea 或 date）、是否预期填写（expected）以及六种语文的标签（label）。
templates-save = 保存模板
templates-version = 第 { $version } 版
err-template-json = 这不是有效的模板。请检查 JSON，并确认每个字段均包含 name、kind（text、textarea 或 date）、expected 和 label。
err-template-key = 键和每个字段名称必须由 2 至 40 个小写拉丁字母（a–z）或下划线（_）组成。
err-template-fields = 模板须包含 1 至 40 个字段，且每个字段的名称各不相同。
err-template-labels = 标题和每个标签均须以全部六种语文提供：ar, zh, en, fr, ru, es。
err-template-unchanged = 此模板与其当前版本相同。
usage-lead = { $count ->
       *[other] 迄今为止，各国之间共有 { $count } 份通信。此处仅显示数量：管理方绝不会看到通信内容。
    }
usage-by-template = 按类别
usage-by-urgency = 按紧急程度
usage-by-month = 按月份
usage-count = 通信数量
messages-reply-send = 发送答复
urgency-urgent = 紧急
urgency-high = 优先
urgency-routine = 常规
notice-sent = 通信已发送。已通过电子邮件通知收件方，邮件中不含通信内容。
notice-replied = 答复已发送。
notice-alert-sent = 警报已发送。每个国家各收到一份副本，并分别确认收到。
notice-attached = 文件已附加。
err-attachment-size = 此文件超过附件大小上限。
err-attachment-type = 无法附加此类文件。请使用 PDF、PNG、JPEG、ZIP、gzip 或文本文件。
err-attachment-disguised = 此文件的内容与其文件名不符，已被拒绝。
err-attachment-empty = 请选择非空文件。
notice-consent-asked = 您的请求已发送给来源国。
notice-consent-decided = 您的决定已记录在案，并已通知提出请求的国家。
err-consent-third = 请选择本次往来通信双方以外的参与国。
err-consent-not-recipient = 只有收到此通信的国家可以请求共享或转发此通信。
err-consent-not-originator = 只有发送此通信的国家可以决定是否共享此通信。
err-consent-decided = 已对此请求作出决定。
err-consent-not-granted = 未经来源国同意，任何内容均无法转发；每项同意仅可使用一次。
err-consent-decision = 请选择同意或拒绝。
email-consent-asked-subject = [{ $tlp }] { $state }请求贵国同意共享信息
email-consent-asked-body =
    { $state }请求贵国同意将联络点名录中一次往来通信的信息转给第三国。

    标记：{ $tlp }

    请登录查看该请求，并予以同意或拒绝：

    { $link }
email-consent-decided-subject = [{ $tlp }] { $state }已就贵国的信息共享请求作出决定
email-consent-decided-body =
    { $state }已就贵国关于共享联络点名录中一次往来通信信息的请求作出决定。

    标记：{ $tlp }

    请登录查看该决定：

    { $link }
err-alert-pocs = 警报按联络点类型发送，而非发给具体联络点。
err-tlp = 请从所列 TLP 标记中选择一项。
err-urgency = 请从所列紧急程度中选择一项。
err-unknown-field = 此字段不属于该模板。
err-date = 请按“年-月-日”格式填写日期。
err-template = 请从所列模板中选择一项。
err-template-revised = 在您撰写期间，该模板已经修订。请复制您的文字，打开新版本后重新发送。
err-message-state = 请从参与国中选择一个国家。
err-second-custodian = 代表国家录入的变更须由录入者以外的另一名保管人核实。
err-code-tries-over = 错误代码次数过多：请使用密码重新登录。
err-message-own-state = 请选择贵国以外的国家。
err-message-not-participating = 该国未参与本名录。
err-message-recipient = 所选联络点中有一个不属于该国已发布的联络点。
err-message-no-recipient = 请至少选择一个联络点或一种联络点类型。
err-message-ack-own = 只有接收国可以确认收到。
err-code-needed = 发送 TLP:RED 通信需要身份验证器应用生成的新验证码。
err-message-ack-done = 此前已确认收到。
email-change-on-behalf-subject = 已代表贵国录入一项变更
email-change-on-behalf-body =
    联络点名录保管人援引贵国书面请求 { $reference }，对贵国条目“{ $entity }”录入了一项变更。

    发布前将由另一名保管人核实。如果贵国并未请求此项变更，请立即告知保管人。

    { $url }
desk-held-account = 有人从贵国以外在贵国创建了一个账户，暂缓至 { $until }。如果贵国并未请求此账户，请在下方阻止它：
user-status-held = 暂缓至 { $until }
user-block = 阻止
hint-invite-on-behalf = 您正在从该国以外创建账户：仅限在更换其管理员时，应该国书面请求创建国家管理员。该国管理员和常驻代表团会立即收到通知；如果该国已有在职管理员，该账户须在暂缓期结束后才能使用，暂缓期内他们可以阻止该账户。
err-custodian-invites-admins = 从国家以外只能邀请国家管理员；其他人员由该国管理员邀请。
err-account-held = 此账户是从贵国以外创建的，目前处于暂缓期：贵国管理员已收到通知，并可阻止该账户。暂缓期结束后即可使用。
email-account-from-outside-subject = 保管人在贵国创建了一个账户
email-account-from-outside-body =
    联络点名录保管人援引贵国书面请求 { $reference }，在贵国创建了一个账户：

    { $name } <{ $email }>，{ $role }

    如果贵国并未请求此账户，请立即告知保管人。

    { $url }
email-account-from-outside-held-subject = 保管人在贵国创建了一个账户：您可以阻止它
email-account-from-outside-held-body =
    联络点名录保管人援引贵国书面请求 { $reference }，在贵国创建了一个账户：

    { $name } <{ $email }>，{ $role }

    该账户须在 { $hours } 小时后才能使用。在此之前，贵国任何一名国家管理员都可以在本国页面上阻止它。如果贵国并未请求此账户，请阻止它并告知保管人。

    { $url }
email-message-new-subject = [{ $tlp }] { $urgency }：来自{ $state }的通信
email-message-new-body =
    { $state }已通过联络点名录向贵国发送一份通信。

    紧急程度：{ $urgency }
    标记：{ $tlp }

    请登录阅读并确认收到：

    { $link }

    为保密起见，本邮件不含通信内容。
email-message-escalated-subject = [{ $tlp }] { $urgency }：来自{ $state }的通信等待确认收到
email-message-escalated-body =
    { $state }已通过联络点名录向贵国发送一份通信，但未在规定时间内确认收到。现提请您注意。

    紧急程度：{ $urgency }
    标记：{ $tlp }

    请登录阅读并确认收到：

    { $link }

    为保密起见，本邮件不含通信内容。
email-message-red-waiting-subject = [{ $tlp }] { $urgency }：来自{ $state }的通信等待其收件人
email-message-red-waiting-body =
    { $state }通过联络点名录向贵国指定人员发送了一份 TLP:RED 通信，但在预期时间内未确认收到。

    紧急程度：{ $urgency }

    TLP:RED：只有收件人本人可以阅读，本邮件不授予您查阅权限。请确保他们登录并确认收到。
email-message-reply-subject = [{ $tlp }] 来自{ $state }的答复
email-message-reply-body =
    { $state }已在联络点名录中就与贵国的往来通信作出答复。

    紧急程度：{ $urgency }
    标记：{ $tlp }

    请登录阅读：

    { $link }

    为保密起见，本邮件不含答复内容。
seconds = { $count ->
   *[other] { $count } 秒
}
hours = { $count ->
   *[other] { $count } 小时
}
days = { $count ->
   *[other] { $count } 天
}
field-phone = 电话
field-last-check = 最近一次通信检查
last-check-answered = { $duration }内答复（{ $date }的检查）
last-check-waiting = 等待答复（{ $date }的检查）
last-check-unanswered = 未答复（{ $date }的检查）
last-check-unreachable = 无法联系（{ $date }的检查）
last-check-none = 尚未检查
entry-rejected = 此项变更未予发布（{ $when }）。
entry-correct = 更正并重新提交
desk-rejected = 未发布：待更正并重新提交
timezone-label = { $zone }（{ $city }）
timezone-choice = { $city }（{ $country }）— { $zone }
timezone-choice-alone = { $city } — { $zone }
phone-ext = 分机 { $ext }
region-none = 不属于任何区域组
home-progress-reached = 已有 { $count } 个国家参与；网络投入运作需要 { $threshold } 个国家。
percent = { $value }%
phone-check-by = 致电人：{ $who }
checks-scope = 检查范围：
scope-all = 所有联络点
results-recheck = { $count ->
   *[other] 重新检查 { $count } 个未答复的联络点
}
scope-recheck = 未答复上一次检查的联络点
outbox-search = 收件人或主题
outbox-count = { $count ->
   *[other] 共 { $count } 封邮件。
}
audit-action-access-rejected = 访问申请被拒绝
audit-action-access-requested = 申请访问
audit-action-campaign-launched = 发起通信检查
audit-action-campaign-rechecked = 重新检查未答复的联络点
audit-action-campaign-scheduled = 执行定期检查
audit-action-change-submitted = 提交变更
audit-action-change-published = 变更经核实并发布
audit-action-change-rejected = 变更被拒绝
audit-action-check-acknowledged = 确认收到检查
audit-action-check-bounced = 检查邮件被退回
audit-action-checks-escalated = 未答复的检查已上报
audit-action-checks-exported = 导出检查结果
audit-action-checks-reminded = 发送提醒
audit-action-consent-requested = 请求同意共享
audit-action-consent-granted = 同意共享
audit-action-consent-refused = 拒绝共享
audit-action-demo-loaded = 加载演示数据
audit-action-directory-exported = 导出名录
audit-action-entries-confirmed = 确认条目无误
audit-action-login-failed = 登录被拒绝
audit-action-login-mfa-failed = 第二重验证码错误
audit-action-login-password-ok = 密码正确
audit-action-login-succeeded = 登录
audit-action-login-throttled = 登录受到限制
audit-action-message-acknowledged = 确认收到通信
audit-action-message-attached = 添加附件
audit-action-message-escalated = 通信已上报
audit-action-message-forwarded = 通信已转发
audit-action-message-replied = 发送答复
audit-action-message-sent = 发送通信
audit-action-messages-record = 导出往来记录
audit-action-phone-check-recorded = 记录电话检查
audit-action-problem-reported = 报告问题
audit-action-problem-resolved = 问题已解决
audit-action-session-revoked = 会话已结束
audit-action-state-account-mode = 更改账户规则
audit-action-state-admitted = 接纳国家
audit-action-template-saved = 保存模板
audit-action-user-created = 创建账户
audit-action-user-from-outside = 由该国以外人员创建账户
audit-action-user-invited = 邀请用户
audit-action-user-locale = 更改语言
audit-action-user-mfa-enrolled = 登记身份验证器
audit-action-user-password-set = 设置密码
audit-action-user-recovery-codes = 生成恢复码
audit-action-user-enabled = 启用账户
audit-action-user-disabled = 停用账户
hint-audit-actor = 角色（custodian、national_admin、member）、国家代码或账户标识
audit-from = 起始日期
audit-to = 截止日期
audit-older = 更早的条目
audit-none = 没有匹配的条目。
your-time = （您的时间 { $time }）
attention-title = 待处理事项
attention-none = 目前没有。
attention-requests = { $count ->
   *[other] { $count } 份访问申请待决定
}
attention-overdue-all = { $count ->
   *[other] 全部 { $count } 个逾期条目
}
attention-silent = 最近两次检查均未答复的地址
attention-unreachable = 退信或无法送达的地址
attention-escalations = 未通报到任何人的上报
attention-escalation = 从{ $from }至{ $to }
attention-see-state = 该国的条目
attention-email = 未按时送达的邮件
attention-attempts = { $count ->
   *[other] 尝试 { $count } 次
}
checks-preview-who = 将接受检查的联络点
results-remind = { $count ->
   *[other] 立即提醒 { $count } 个未答复的地址
}
results-remind-hint = 每个地址会立即收到带有新链接的提醒；此后向该国的升级从这次提醒起算。
notice-reminded = 提醒正在发送。
err-campaign-closed = 此次检查已结束：没有需要提醒的地址了。请改为重新检查这些联络点。
err-campaign-none-to-remind = 所有未答复的地址都已收到提醒。
audit-action-campaign-reminded = 手动提醒未答复者
checks-trend-same-scope = 只比较范围相同的检查：某一区域的检查不与整个名录的检查并列比较。
checks-trend-count = { $count ->
   *[other] { $count } 次检查
}
checks-trend-show = 显示
checks-trend-one = 此范围目前只有一次检查。
checks-trend-scope = 检查范围
poc-types-title = 联络点类型
poc-types-lead = 外交和技术联络点始终提供。其他类型只有在保管方启用后才提供。
poc-types-offered = 各国可以指定的类型
poc-types-core = 始终提供
poc-types-entries = { $count ->
    [0] 没有已发布的条目
   *[other] { $count } 个已发布的条目
}
poc-types-changed = 于 { $date } 更改
poc-types-effect = 不再提供的类型不能再被指定。该类型的现有条目仍然发布且可读，相关国家仍可更新或撤回。
poc-types-save = 保存所提供的类型
err-poc-type-not-offered = 本名录不提供此类联络点。请选择其他类型。
audit-action-poc-types-changed = 更改了所提供的联络点类型
templates-new = 新建模板
templates-col-title = 标题
templates-col-key = 键
templates-col-version = 现行版本
templates-col-fields = 字段
templates-json = 以JSON导入和导出
templates-export = 以JSON下载全部模板
templates-export-one = 以JSON下载
templates-import = 导入
templates-revise-hint = 保存会生成新版本。已撰写的通信保留其撰写时所用的版本。
templates-key = 键
templates-key-hint = 2至40个小写字母或下划线，例如 cyber_incident。以后不能更改。
templates-form-title = 六种语言的标题
templates-field-n = 字段 { $n }
templates-field-add = 添加字段
templates-field-add-hint = 填写此处以添加字段；否则留空。
templates-field-name = 名称
templates-field-name-hint = 小写字母或下划线。
templates-field-kind = 类型
templates-kind-text = 单行
templates-kind-textarea = 多行
templates-kind-date = 日期
templates-field-position = 位置
templates-field-expected = 预期填写：标为预期填写，但仍可留空
templates-field-label = { $language }标签
templates-field-remove = 在下一版本中删除此字段
templates-add-field = 再添加一个字段
err-template-key-taken = 已有使用此键的模板。请打开该模板进行修订，或选择其他键。
templates-built-in = 初始版本
err-shell-role = 角色必须是 custodian、national_admin 或 member。
err-shell-custodian-state = 保管方不属于任何国家：请去掉 --state。
err-shell-state-needed = 国家管理员或成员属于某个国家：请用 --state 给出其 ISO 代码。
err-shell-no-account = 没有使用此电子邮件地址的账户。
err-shell-not-active = 此账户未启用：无法重置其第二因素。
err-shell-exists = 使用此电子邮件地址的账户已存在。
audit-action-user-mfa-reset = 通过命令行重置第二因素
checkpoint-title = 审计日志的签名检查点
checkpoint-hint = 请在 pocdir 之外保存每个检查点的副本。它由保存在数据库之外的密钥签名，任何人日后都可以用下面的命令证明日志的历史自那以后未被改写。
checkpoint-download = { $count ->
   *[other] 下载含 { $count } 个条目的检查点（{ $date }）
}
tokens-title = API 令牌
tokens-lead = 令牌允许程序（例如贵国国家 CERT 的工具）代表您使用名录的 API。它只能做您能做的事，且仅限于您授予的范围。
tokens-created = 已创建令牌“{ $name }”。
tokens-secret = 令牌
tokens-shown-once = 请立即复制并妥善保存：它仅显示这一次，pocdir 只保存其指纹。
col-token-name = 名称
col-token-scopes = 范围
col-token-expires = 到期
col-last-used = 上次使用
tokens-revoked = 已撤销
tokens-expired = 已过期
tokens-never-used = 从未
tokens-new = 新令牌
tokens-name = 名称
tokens-name-hint = 程序是什么，以便日后识别，例如“CERT 工单系统”。
tokens-scopes = 允许的操作
tokens-days = 有效期（天）
tokens-days-hint = 1 至 { $max } 天。
tokens-create = 创建令牌
tokens-how = 程序在请求头“Authorization: Bearer”后附上令牌，发送到 /api/v1 下的地址。发送 TLP:RED 始终需要您本人使用身份验证器在门户中操作。
scope-directory-read = 读取名录：国家、条目、搜索和导出。
scope-directory-write = 提交本国条目的更改并报告问题。
scope-checks = 查看本国的检查结果并确认检查。
scope-messages = 发送、阅读和确认国家间通信（TLP:RED 除外）。
scope-custodian = 保管方的工作：待核实的更改、准入、检查和使用统计。
err-token-name = 请为令牌命名，最多 80 个字符。
err-token-scopes = 请至少勾选一个提供的范围。
err-token-days = 请填写 1 至 365 之间的整数天数。
notice-token-revoked = 该令牌已失效。
audit-action-token-created = 已创建 API 令牌
audit-action-token-revoked = 已撤销 API 令牌
audit-action-token-used = 已使用 API 令牌
api-token-missing = 请在 Authorization 请求头中发送个人 API 令牌：“Bearer”后接令牌。
api-token-unknown = 无法识别此令牌。请检查是否完整复制，或在账户页面创建新令牌。
api-token-expired = 此令牌已过期。请在账户页面创建新令牌。
api-token-revoked = 此令牌已被撤销或其账户已停用，不再有效。
api-rate-limited = 此令牌的请求过多。请等待一分钟后重试。
api-not-found = API 的此地址下没有内容。
api-method-not-allowed = API 的此地址不接受该方法。
api-too-large = 请求过大。
api-content-type = 请发送 JSON，并带上请求头 Content-Type: application/json。
api-bad-request = 无法读取请求：某个参数未知或类型错误。
api-cursor-invalid = 此游标并非为此查询生成。请不带游标重新开始，并按 next_cursor 继续。
api-json-malformed = 请求体不是格式正确的 JSON。
api-json-unknown-field = 请求体含有此 API 不认识的字段。请只发送文档中列出的字段。
api-json-wrong-type = 请求体中某字段类型错误：应按文档为文本、文本列表或数字。
err-red-needs-person = TLP:RED 只能由本人在门户中使用身份验证器的新验证码发送，绝不能通过 API 令牌发送。
tokens-revoke = 撤销
tokens-revoke-named = 撤销令牌“{ $name }”
api-ref-title = API 参考
api-ref-lead = 程序（例如国家 CERT 的工单系统）可通过此 API 读取和更改名录，与人员在门户中的操作相同。答复为 JSON 格式，键名为英文，在第 1 版内保持不变。
api-ref-auth = 每个请求都在 Authorization 标头中携带在您的账户页面上创建的个人令牌：“Bearer”后接令牌。令牌的权限绝不超过其所有者，且仅限于其范围所允许的操作。发送 TLP:RED 需要持有新验证码的人员，因此任何令牌都无法发送。
api-ref-english = 本页的操作名称使用您的语言；键名、类型和字段说明为英文，与 OpenAPI 文档一致。
api-ref-download = OpenAPI 3.1 文档（JSON）
api-ref-contents = 目录
api-ref-types = 数据类型
api-ref-problems = 问题
api-ref-problems-lead = 拒绝以 RFC 9457 问题（application/problem+json）返回：供程序使用的稳定代码，以及按 Accept-Language 所请求语言给出的标题。输入无效时，还会列出每个出错的字段及更正方法。
api-ref-name = 名称
api-ref-type = 类型
api-ref-required = 必填
api-ref-description = 说明
api-ref-yes = 是
api-ref-no = 否
api-ref-scope = 范围
api-ref-body = 请求正文
api-ref-answer = 答复
api-ref-parameters = 参数
api-ref-fields = 字段
api-ref-code = 代码
api-ref-meaning = 含义
footer-api = 面向程序的 API
tokens-reference = 程序如何使用令牌：API 参考
api-tag-tokens = 令牌
api-tag-directory = 查阅名录
api-tag-submissions = 国家的条目
api-tag-checks = 通信检查
api-tag-messages = 国家间通信
api-tag-custodian = 保管方的工作
api-op-get-me = 当前令牌及其代表的用户
api-op-list-states = 列出参与国
api-op-list-state-entries = 列出某国已发布的条目
api-op-search-entries = 搜索和筛选名录
api-op-get-entry = 读取一个条目
api-op-get-entry-history = 读取条目的历史
api-op-nominate-entry = 提名条目
api-op-update-entry = 更改条目
api-op-withdraw-entry = 撤回条目
api-op-confirm-state-entries = 确认某国所有条目为最新
api-op-report-problem = 报告条目的问题
api-op-list-pending-checks = 列出本国待答复的检查
api-op-acknowledge-check = 确认检查
api-op-list-threads = 列出本国的通信
api-op-get-thread = 阅读通信
api-op-send-communication = 使用模板发送通信
api-op-acknowledge-thread = 确认收到通信
api-op-reply-to-thread = 回复通信
api-op-list-changes = 列出待核实的更改
api-op-get-change = 读取更改及其内容
api-op-verify-change = 核实并发布更改
api-op-reject-change = 拒绝更改
api-op-list-access-requests = 列出访问申请
api-op-admit-access-request = 批准访问申请
api-op-reject-access-request = 拒绝访问申请
api-op-launch-check = 发起通信检查
api-op-get-usage = 读取使用统计
api-op-export-directory = 以 CSV、JSON 或 vCard 导出名录
api-op-list-campaigns = 列出检查活动
api-op-get-campaign-results = 读取检查活动的结果
api-op-get-record = 获取本国的往来记录
api-op-ask-consent = 请求同意与第三国共享
api-op-decide-consent = 同意或拒绝
api-op-forward-under-consent = 依据已获同意进行转交
err-regional-name = 请填写名录名称，不超过 80 个字符：例如“欧安组织”。
err-regional-name-taken = 已登记同名名录。请先撤销它，或另选名称。
err-sharing-decision = 请选择与该名录共享或停止共享。
err-sync-cursor = 此游标并非由本名录的变更流给出。请从快照开始，并回传快照给出的游标。
api-resync = 此游标过旧，或此后变更过多：请重新获取快照，然后从其游标开始跟踪变更。
regional-title = 区域名录
regional-lead = 区域名录（如欧安组织的名录）仅保存选择与其共享的国家的条目副本。在此登记以为其发放凭据；随后由各国在其工作台中决定。
regional-created = { $name } 已登记。请通过安全渠道向其提供此凭据。
regional-secret = 凭据
regional-name = 名录
regional-registered = 登记日期
regional-revoke-named = 撤销 { $name }
regional-none = 尚未登记任何区域名录。
regional-new = 登记区域名录
regional-name-hint = 使用各国熟知的名称，例如“欧安组织”或“美洲国家组织”。
regional-register = 登记
sharing-title = 与区域名录共享
sharing-lead = 贵国决定与哪些区域名录共享其条目。与您共享的名录保存副本并接收每项变更；停止共享时，将通知其删除这些条目。
sharing-status = 条目
sharing-on = 已共享
sharing-off = 未共享
sharing-start = 共享
sharing-stop = 停止共享
sharing-start-named = 与 { $name } 共享
sharing-stop-named = 停止与 { $name } 共享
notice-sharing-granted = 贵国条目现已与该名录共享。
notice-sharing-revoked = 已停止共享。已通知该名录删除贵国条目。
api-tag-regional = 区域名录
api-op-sync-snapshot = 获取共享条目的快照
api-op-sync-changes = 跟踪自某游标以来的变更
api-op-sync-teams = 以 Global IRT 格式读取共享条目
audit-action-regional-registered = 区域名录已登记
audit-action-regional-revoked = 区域名录已撤销
audit-action-regional-used = 区域名录已同步
audit-action-sharing-granted = 已同意与区域名录共享
audit-action-sharing-revoked = 已撤销与区域名录的共享
regional-revoke = 撤销
regional-reference = 区域名录读取哪些内容及如何读取：API 参考
import-title = 导入区域名录
import-lead = 文件的每一行都将成为代表其所属国家提交的更改，与其他更改一样等待核实，并注明该文件为来源。不会直接发布任何内容。请先检查文件：检查不会写入任何内容，并说明每一行将产生的结果。
import-file-refused = 无法读取该文件；未作任何更改：
import-checked = 导入将产生的结果
import-done = 导入已完成
import-has-errors = { $count } 行有错误。未写入任何内容：请更正文件后重新检查。
import-ready = 所有行均无问题。尚未写入任何内容：请再次选择同一文件并导入。
import-submitted = 这些更改正等待核实，各自代表其所属国家；已通知相关国家。
import-new = 新增
import-update = 更新
import-unchanged = 未变
import-invalid = 错误
import-row = 行
import-outcome = 结果
import-see-entry = 条目
import-again = 检查或导入文件
import-file = 文件
import-file-hint = CSV 或 JSON，最多 { $max } 行。
import-source = 来源
import-source-hint = 记录在每项更改上，例如“欧安组织 2026 年 12 月 1 日名单”。留空则使用文件名。
import-check = 检查文件
import-submit = 导入
import-formats = pocdir 可读取的文件
import-format-csv = UTF-8 编码的 CSV，表头如下（顺序不限；state、poc_type、entity 和 emails 为必填；列表以“;”分隔；以“24/7”结尾的电话为全天候接听）：
import-format-pocdir = pocdir 自身导出格式的 JSON（名录的“JSON”导出，或 GET /api/v1/export/json）。
import-format-irt = Global IRT 格式的 JSON（团队列表，或带“data”的外层结构）；也会读取前缀为“-pocdir-”的字段，除非另有说明，团队视为技术联络点。
import-matching = 某行会更新其所给 id 对应的条目；否则更新该国同类型且共享某一电子邮件地址的条目；再否则提名一个新条目。与已发布或已在等待的内容相同的行不作任何更改，因此再次导入同一文件不会有任何改变。
field-row = 行
field-file = 文件
err-import-encoding = 该文件不是 UTF-8 文本。请另存为 UTF-8（CSV UTF-8 或 JSON）后重试。
err-import-empty = 该文件没有数据行。请选择带表头和数据行的 CSV 文件，或 JSON 文件。
err-import-too-many = 该文件超过 { $max } 行。请拆分为较小的文件。
err-import-csv = 无法读取 CSV 表头。第一行必须列出各列名称，以逗号分隔。
err-import-csv-line = 无法读取第 { $line } 行：其列数与表头不符，或有未闭合的引号。
err-import-column = pocdir 不读取“{ $column }”列。请使用下方说明的表头。
err-import-column-missing = 缺少“{ $column }”列。请将其加入表头。
err-import-json = 该文件不是格式正确的 JSON。
err-import-json-shape = 此 JSON 既不是 pocdir 的导出（含“entries”的对象），也不是 Global IRT（团队列表，或含“data”的对象）。
err-import-pending = 该条目已有另一项更改等待核实。请等待保管方作出决定后再导入。
err-import-unknown-id = 该国没有此 id 的条目。若要提名新条目，请将 id 留空。
email-import-to-verify-subject = { $count } 项导入的更改待核实
email-import-to-verify-body = 
    一次导入（{ $source }）代表各国提交了 { $count } 项更改。每项更改都与其他更改一样等待核实：

    { $url }
email-import-on-behalf-subject = 已导入对贵国条目的更改
email-import-on-behalf-body = 
    保管方导入了一个区域名录的文件（{ $source }），代表贵国对其条目作出 { $count } 项更改。每项更改在发布前都由另一名保管方核实。如贵国未同意，请立即通知保管方。

    { $url }
audit-action-directory-imported = 已导入区域名录
err-shell-not-custodian = 该账户不是在职保管方的账户。请指定保管方的账户。
err-page-cursor = 此游标并非由该列表给出。请不带游标重新开始，并按 next_cursor 翻页。
page-first = 返回第一页
err-page-limit = 每页可包含 1 至 500 项。请在此范围内指定数量。
api-op-attach-file = 为通信附加文件
api-op-get-attachment = 下载通信的附件
guide-nav = 联络点入门
guide-title = 联络点入门：名录使用指南
guide-lead = 面向初次使用名录的外交和技术联络人：名录的用途、如何参与，以及收到消息时该做什么。
guide-contents = 目录
guide-purpose-title = 名录的用途
guide-purpose-1 = 名录为每个参与国列出发生严重信通技术事件时的联系人：代表国家发言的外交联络人，以及通常设在国家计算机应急响应组、能够处置事件的技术联络人。
guide-purpose-2 = 其目的是建立信任：危机时，一国可在几分钟内联系到另一国的合适人员，使用标明紧急程度和阅读范围的标准消息，双方都保留交流记录。名录是对区域和双边渠道的补充，而非替代。参与属自愿性质。
guide-join-title = 国家如何加入
guide-join-1 = 该国常驻联合国代表团在“申请访问权限”页面提出申请，并注明其普通照会。
guide-join-2 = 管理方通过其他渠道向代表团核实申请，然后邀请代表团指定的国家管理员。管理员设置密码并配置身份验证器应用：所有人都必须使用第二重验证。
guide-join-3 = 随后该国提名其联络点。经管理方核实后，联络点向其他参与国显示，绝不向公众公开。
guide-roles-title = 各方职责
guide-roles-custodian = 管理方负责维护名录：接纳国家，在发布前核实每一项提名和变更，并开展通信检查。它是一个小型秘书处，不是国家间交流的当事方。
guide-roles-admin = 国家管理员负责本国的条目和用户，并就此答复管理方。一个国家可以有多名管理员。
guide-roles-member = 成员（例如联络点本人）查阅名录、回应检查，并代表本国收发通信。
guide-entries-title = 提名联络点并保持条目最新
guide-entries-1 = 条目尽可能列出职能而非个人——如国家计算机应急响应组、部委的网络部门——并尽量提供全天候有人查看的地址、电话号码、工作语言和时区。
guide-entries-2 = 每项提名、更新和撤回都需等待管理方在发布前向该国核实；发布时会通知该国。每个条目的历史记录显示所有版本及其核实方式。
guide-entries-3 = 每个条目至少每 { $months } 个月确认一次，即使没有任何变化：在本国页面上点击“确认所有条目仍然准确”即可一步完成，到期前会提醒管理员。过时的联系方式比没有更糟。
guide-checks-title = 通信检查，以及为何回应至关重要
guide-checks-1 = 管理方会定期并在需要时，向每个联络点发送一条使用其语言、附有链接的简短检查消息。只需打开链接并点击按钮，或在门户中确认即可。
guide-checks-2 = 回应证明该地址可用、有人查看以及响应速度。每个国家可查看本国结果，管理方可按区域和类型查看所有结果。未回应的联络点会收到提醒，随后通知其管理员。
guide-checks-3 = 即使一切正常也请回应：在真实事件中，不回应的联络点就是链条中断裂的一环。
guide-send-title = 发送通信
guide-send-1 = 在“通信”下，选择接收国、模板（例如请求援助或事件通报）、紧急程度和 TLP 标记，然后用您自己的语言填写模板字段。接收国会以其语言看到字段名称。
guide-send-2 = 接收国的联络点会收到一封电子邮件，告知有通信待处理；内容本身保留在名录中。他们确认收到，并可在同一线程中回复。如未及时确认，通信将升级至该国的更多联络人。
guide-send-3 = 每条通信、确认和回复都记入双方国家的记录；各国可在“通信”页面导出本国记录。
guide-urgency-title = 紧急程度：预期多快确认
guide-urgency-urgent = 紧急：{ $minutes } 分钟内。
guide-urgency-high = 高：{ $hours } 小时内。
guide-urgency-routine = 常规：{ $days } 天内。
guide-tlp-title = TLP：谁可以阅读您发送的内容
guide-tlp-lead = 交通灯协议（TLP 2.0，由 FIRST 发布）告诉接收方可在多大范围内分享信息。请选择仍能保护信息的最宽松标记。
guide-tlp-red = TLP:RED——仅限指名的接收人。发送时需要身份验证器的新验证码，因此任何程序都无法发送。
guide-tlp-amber-strict = TLP:AMBER+STRICT——仅限接收组织内部。
guide-tlp-amber = TLP:AMBER——接收组织内部，以及为保护该组织而需要知情的人。
guide-tlp-green = TLP:GREEN——限于社群内部，不得公开。
guide-tlp-clear = TLP:CLEAR——不限制披露。
guide-consent-title = 向第三国分享的同意
guide-consent-1 = 未经发送方同意，通过名录收到的信息不得转给其他国家。接收国在线程中提出请求，说明要分享什么以及与谁分享；发送方同意或拒绝后，信息方可转发。每一步都记入双方国家的记录。
guide-consent-2 = 此外，每个国家在本国页面上决定是否与区域名录（如欧安组织名录）分享其条目，并可随时撤回该同意。
guide-custodian-title = 管理方能看到和不能看到的内容
guide-custodian-can = 管理方可以看到条目及其历史和检查结果、谁拥有账户，以及操作的审计日志。对于通信，它只能看到数量：按月份和区域统计的数量、类型和紧急程度。
guide-custodian-cannot = 它永远看不到国家间通信的内容，也看不到谁查询了谁。内容在数据库中加密封存，仅向当事方显示。
usage-empty = 尚未通过名录发送任何通信。各国开始交流后，本页将按模板、紧急程度、月份和发送国所在区域统计通信数量。本页从不显示通信内容，也不显示谁写给了谁。
usage-page-title = 名录使用情况
usage-lead-all = 名录的使用频率和用途：登录、查阅、搜索、导出、通信和检查，按月份和相关国家所在区域统计。仅显示数量：绝不显示通信内容，也不显示谁查询了谁。
usage-csv = 下载统计数据（CSV）
usage-by-region-all = 按区域
usage-col-month = 月份
usage-col-region = 区域
usage-col-sign_ins = 登录
usage-col-views = 查阅
usage-col-searches = 搜索
usage-col-exports = 导出
usage-col-communications = 通信
usage-col-checks = 检查
usage-region-custodian = 管理方（无国家）
usage-communications-title = 按类型和紧急程度统计的通信
usage-chart = 条形图合并显示查阅和搜索次数；表格列出全部数据。
public-fallback = 此文本尚无您所用语言的版本：以下为英文版本。
news-title = 新闻
news-none = 尚未发布任何新闻。
news-updated = 更新于 { $date }
pages-title = 公开页面
pages-lead = 公众在首页和新闻页阅读的文本，以六种语言分别用 Markdown 编写。每次保存都生成新版本。没有本语言文本时显示英文并加以说明；从未编写的页面保留名录的内置文本。
page-name-mandate = 任务授权
page-name-join = 如何加入
page-name-news = 新闻
pages-col-lang = 语言
pages-col-version = 已发布版本
pages-missing = 未编写
pages-edit = 编辑
pages-version = 第 { $version } 版，{ $date }
pages-edit-title = { $page }：{ $language }
pages-body = 文本（Markdown）
pages-body-hint = 标题以 { $heading } 开头，列表项以 { $item } 开头，链接写作 { $link }。HTML 会被删除。最多 { $max } 个字符。文本为空即撤回该语言版本：读者将看到英文版本。
pages-preview = 预览
pages-publish = 发布
pages-preview-title = 预览
pages-preview-note = 这是读者将看到的样子。发布前不会保存任何内容。
pages-preview-empty = 文本为空：读者将看到英文版本或内置文本。
pages-history = 版本
pages-version-by = 第 { $version } 版，{ $date }，由 { $name } 发布
pages-never = 此语言尚未编写：读者将看到英文版本或内置文本。
err-page-too-long = 文本超过 20,000 个字符。请缩短，或将部分内容移至新闻。
notice-page-published = 页面已发布。
audit-action-page-published = 公开页面已发布
initiatives-title = 能力建设
initiatives-lead = 参与国提供、经管理方发布的能力建设举措和专家会议。仅在提出国选择公开时才显示联系方式。
initiatives-from = 截至该日未结束
initiatives-filter = 显示
initiatives-none = 没有符合条件的已发布举措。请尝试其他区域、主题或日期。
initiative-kind = 类型
initiative-kind-initiative = 能力建设举措
initiative-kind-meeting = 专家会议
initiative-topic = 主题
initiative-topic-incident-response = 事件响应
initiative-topic-policy-diplomacy = 政策与外交
initiative-topic-law-cybercrime = 法律与网络犯罪
initiative-topic-technical-training = 技术培训
initiative-topic-exercises = 演练
initiative-topic-other = 其他
initiative-open = 向所有国家开放
initiative-dates = 日期
initiative-from-to = { $from } 至 { $to }
initiative-organiser = 组织方
initiative-languages = 语言
initiative-contact = 联系地址
initiative-in-english = 英文
initiative-propose-title = { $state }：能力建设
initiative-propose-lead = 提出能力建设举措或专家会议。可用六种语言中的任何一种撰写，如可能请附英文译文。管理方会将其发布在公开页面上，或告知不发布的原因。
initiative-propose-link = 提出能力建设举措
initiative-written-in = 撰写语言
initiative-title = 标题
initiative-description = 说明
initiative-title-en = 英文标题
initiative-description-en = 英文说明
initiative-starts = 开始日期
initiative-ends = 结束日期（如多于一天）
initiative-contact-public = 随举措公开联系地址
initiative-open-to-all = 向所有国家开放
initiative-submit = 提交
initiative-mine = 本国的提案
initiative-mine-none = 本国尚未提出任何提案。
initiative-status-pending = 等待管理方处理
initiative-status-published = 已发布
initiative-status-declined = 已拒绝
initiative-declined-because = 原因：{ $reason }
initiatives-pending-title = 待处理的举措
initiatives-pending-lead = 各国提出的能力建设举措和专家会议。发布后将显示在公开页面上；拒绝时请说明理由，提出国可以看到。
initiatives-pending-none = 没有待处理的提案。
initiative-publish = 发布
initiative-decline = 拒绝
initiative-decline-reason = 拒绝理由（提出国可见）
err-initiative-kind = 请选择这是举措还是专家会议。
err-initiative-topic = 请选择所列主题之一。
err-initiative-languages = 请至少勾选一种举办所用的语言。
err-initiative-dates = 结束日期早于开始日期。请更正其中之一。
err-initiative-past = 该活动已经结束。只发布即将举行或正在进行的举措。
err-initiative-decided = 该提案已处理。
notice-proposed = 已提交：管理方将予以发布或告知不发布的原因。
notice-initiative-published = 举措已发布。
notice-initiative-declined = 举措已拒绝；提出国可看到您的理由。
audit-action-initiative-proposed = 举措已提出
audit-action-initiative-published = 举措已发布
audit-action-initiative-declined = 举措已拒绝
email-initiative-proposed-subject = { $state } 提出：{ $title }
email-initiative-proposed-body = 
    { $state } 提出了一项能力建设举措或专家会议。请将其发布在公开页面上，或说明理由予以拒绝，提出国可看到理由：

    { $url }
email-initiative-published-subject = 已发布：{ $title }
email-initiative-published-body = 
    管理方已将本国的提案发布在名录的公开页面上：

    { $url }
email-initiative-declined-subject = 未发布：{ $title }
email-initiative-declined-body = 
    管理方拒绝了本国的提案，理由如下：{ $reason }

    { $url }
guide-capacity-title = 能力建设、新闻与帮助
guide-capacity-1 = 各国相互提供培训、讲习班和专家会议。国家管理员可在本国页面上提出；经管理方发布后，将显示在公开的“能力建设”栏目中，仅在提出国选择公开时才附联系方式。
guide-capacity-2 = 管理方的新闻见“新闻”页面。如需账户或本国条目方面的帮助，请联系本国的国家管理员；管理员可联系管理方。
exercise-mark = 演习
exercise-banner = 演习——此为模拟，并非真实事件。
email-exercise-line = *** 演习——此为模拟，并非真实事件。 ***
exercise-control = 演习导调组
email-exercise-invited-subject = 贵国受邀参加联络点名录演习
email-exercise-invited-body = 联络点名录管理方邀请贵国参加一次基于情景的演习。

    请登录阅读演习情景，接受或谢绝邀请，并指定参演的联络点：

    { $link }
err-exercise-closed = 此演习已结束或已取消，无法再作更改。
err-exercise-language = 请从六种语文中选择一种。
err-exercise-no-injects = 启动演习前，请至少在时间线中添加一条情景注入。
err-exercise-no-players = 须至少有一个国家接受邀请并指定其参演人员，方可启动演习。
err-exercise-not-running = 演习未在进行中：请先启动或恢复演习。
err-exercise-not-started = 演习开始后方可提交经验教训。
err-exercise-players = 如接受邀请，请从贵国已发布的联络点中至少选择一个作为参演人员。
err-exercise-states = 请选择一个或多个参与国。
err-exercise-status = 演习当前状态下无法执行此操作；页面上显示了目前可执行的操作。
err-inject-after = 请选择此条情景注入所接续的情景注入，须为时间线中已有的情景注入。
err-inject-before-start = 情景注入不能安排在演习开始之前：请填写零分钟或以上的时间。
err-inject-expiry = 此预期行动的时限晚于其失效时间：请缩短时限，或延长失效时间。
err-inject-followed = 另有一条情景注入接续此条：请先删除或更改那条情景注入。
err-inject-minutes = 请填写 1 至 43,200（三十天）之间的整数分钟数。
err-inject-release = 请选择情景注入的下达方式：定时下达、在另一条情景注入之后下达或手动下达。
err-inject-released = 此情景注入已下达。
err-inject-states = 请从受邀参加此次演习且未谢绝邀请的国家中选择一个或多个。
exercises-title = 演习
exercises-lead = 基于情景的演习用于检验能否联系到各联络点，以及联络点能否及时答复。每条情景注入均作为普通通信送达，并明确标注“演习”；参演人员在平常的收件箱中答复。演习的任何内容均不计入一国的真实往来通信记录或使用统计。
exercises-list = 全部演习
exercises-none = 尚无演习。
exercises-state-lead = 贵国受邀参加的演习。凡属演习的内容均标有“演习”字样。
exercises-state-none = 贵国尚未受邀参加任何演习。
exercise-new = 筹备新演习
exercise-written-in = 本文本所用语文
exercise-title = 标题
exercise-narrative = 情景
exercise-narrative-hint = 参演人员所面对的初始情况。之后可添加其他语文版本的情景。
exercise-create = 创建演习
exercise-status-draft = 筹备中
exercise-status-running = 进行中
exercise-status-paused = 已暂停
exercise-status-finished = 已结束
exercise-status-canceled = 已取消
exercise-do-launch = 启动
exercise-do-pause = 暂停
exercise-do-resume = 恢复
exercise-do-end = 结束演习
exercise-do-cancel = 取消演习
exercise-started = 开始于 { $date }
exercise-ended = 结束于 { $date }
exercise-report-title = 演习总结报告
exercise-csv = 下载 CSV 文件
exercise-board = 实时看板
exercise-board-lead = 按国家和情景注入列示：送达、确认收到和答复情况（自下达起计时，格式为时:分:秒）、上报情况、各项预期行动的结果（按时达成、逾期或未达成），以及链条中断的环节。
exercise-scenario = 情景
exercise-languages = 撰写语文：{ $languages }
exercise-scenario-edit = 编辑情景或添加语文版本
exercise-scenario-save = 保存情景
exercise-scenario-in = 情景没有您所用语文的版本，现以{ $language }显示。
exercise-states = 参与国
exercise-states-none = 尚未邀请任何国家。
exercise-invite = 邀请国家
exercise-invite-send = 发送邀请
exercise-answer-accepted = 已接受
exercise-answer-declined = 已谢绝
exercise-answer-waiting = 尚未答复
exercise-players-count = { $count ->
       *[other] { $count } 名参演人员
    }
exercise-timeline = 情景注入时间线
exercise-timeline-none = 尚无情景注入。
exercise-inject-number = 情景注入 { $number }
exercise-inject-to = 收件方：{ $states }
exercise-released-at = 已于 { $date } 下达
exercise-rehearse = 预演
exercise-release-now = 立即下达
exercise-remove = 删除
exercise-inject-template = 下一条情景注入的模板
exercise-inject-add = 添加情景注入
exercise-inject-needs-states = 请先邀请国家：情景注入发给参与国。
exercise-inject-new = 新建情景注入
exercise-inject-lead = 情景注入是由演习导调组（或由导调组扮演的某个国家）发给一个或多个参与国参演人员的通信，使用常规的模板、紧急程度和 TLP 标记。
exercise-sender = 发件方名义
exercise-sender-hint = 留空则以演习导调组名义发送；也可填写导调组所扮演的国家（例如情景中的虚构国家）。
exercise-inject-to-states = 发给以下国家的参演人员
exercise-inject-content = 内容
exercise-release = 下达方式
exercise-release-at = 自开始起的指定时间
exercise-release-after = 在另一条情景注入之后
exercise-release-after-which = 所接续的情景注入
exercise-release-manual = 由导调组决定时手动下达
exercise-offset = 分钟数
exercise-offset-hint = 自演习开始起算，或自所接续的情景注入起算。暂停时间不计入。
exercise-expectations = 预期行动
exercise-expectations-hint = 参演人员应采取的行动及时限。如无预期行动，请留空。
exercise-expect-ack-minutes = 确认收到时限（分钟）
exercise-expect-answer-minutes = 答复时限（分钟）
exercise-expiry-minutes = 预期行动失效时间（分钟）
exercise-expiry-hint = 届时仍未完成的预期行动即视为未达成。留空则为 { $minutes } 分钟（一天）。
exercise-inject-save = 添加到时间线
inject-at = 开始后 { $time }
inject-after = 情景注入 { $number } 之后 { $time }
inject-manual = 手动下达
inject-expect-ack = { $time } 内确认收到
inject-expect-answer = { $time } 内答复
inject-expiry = { $time } 后失效
exercise-rehearse-title = 情景注入 { $number } 预演
exercise-rehearse-lead = 以您选择的语文，如实呈现参演人员将看到的内容：先是通知其的电子邮件，然后是门户中的通信。不会向各国发送任何内容。
exercise-rehearse-lang = 参演人员所用语文
exercise-rehearse-show = 显示
exercise-rehearse-email = 电子邮件
exercise-rehearse-portal = 门户中的通信
exercise-rehearse-send = 将此电子邮件发送给我本人
exercise-state = 国家
exercise-inject = 情景注入
exercise-released = 下达时间
exercise-delivery = 电子邮件
exercise-acknowledged = 确认收到用时
exercise-answered = 答复用时
exercise-escalated = 上报
exercise-expectations-col = 预期行动
exercise-broke = 链条中断环节
exercise-not-released = 未下达
exercise-delivery-sent = 已送达
exercise-delivery-waiting = 等待发送
exercise-delivery-failed = 未送达或被退回
exercise-delivery-none = 无电子邮件
exercise-escalations = { $count ->
       *[other] { $count } 级
    }
exercise-escalation-empty = 未通报到任何人
exercise-expect-ack-short = 确认收到：
exercise-expect-answer-short = 答复：
exercise-outcome-met = 已达成
exercise-outcome-late = 逾期
exercise-outcome-failed = 未达成
exercise-outcome-pending = 待完成
exercise-broke-not-delivered = 电子邮件未送达或被退回
exercise-broke-escalation-empty = 上报未通报到任何人
exercise-broke-not-acknowledged = 已送达但未确认收到
exercise-broke-not-answered = 已确认收到但未答复
exercise-broke-answered-late = 逾期答复
exercise-results-none = 尚未下达任何情景注入。
exercise-network = 整个网络
exercise-delivered = 已送达的情景注入（按国家和情景注入计）
exercise-ack-rate = 已确认收到
exercise-answer-rate = 已答复（答复率）
exercise-ack-times = 确认收到用时
exercise-answer-times = 答复用时
exercise-median-p90 = 中位数 { $median }，第 90 百分位数 { $p90 }
exercise-breaks = 链条中断环节
exercise-ack-rate-by-state = 各国确认收到情景注入的比例
exercise-results = 按国家和情景注入列示的结果
exercise-report-print = 请打印本页，或通过浏览器将其另存为 PDF：打印版本不含菜单和按钮。
exercise-lessons = 经验教训
exercise-lessons-none = 尚未提交任何经验教训。
exercise-lesson-anonymous = 一个参与国
exercise-lesson = 一条经验教训
exercise-lesson-lang = 撰写语文
exercise-lesson-submit = 提交经验教训
exercise-named-yes = 贵国的经验教训在报告中署有贵国名称。
exercise-named-no = 贵国的经验教训在报告中不署贵国名称。
exercise-name-show = 署上我国名称
exercise-name-hide = 匿名显示
exercise-your-answer = 贵国的答复
exercise-players = 参演人员
exercise-players-hint = 参加演习的已发布联络点。情景注入发给这些联络点；上报机制与真实情况下相同。
exercise-accept = 接受并指定这些参演人员
exercise-decline = 谢绝
exercise-your-results = 贵国的结果
exercise-how-to-play = 情景注入将送达您平常的收件箱，并标有“演习”字样。请像在真实情况下一样确认收到并答复：系统记录的时间精确到秒。
usage-col-exercises = 参加演习的国家
audit-action-exercise-created = 创建演习
audit-action-exercise-scenario = 撰写演习情景
audit-action-exercise-invited = 邀请国家参加演习
audit-action-exercise-answered = 答复演习邀请
audit-action-exercise-naming = 选择经验教训是否署名
audit-action-exercise-inject-added = 添加演习情景注入
audit-action-exercise-inject-removed = 删除演习情景注入
audit-action-exercise-launch = 启动演习
audit-action-exercise-pause = 暂停演习
audit-action-exercise-resume = 恢复演习
audit-action-exercise-end = 结束演习
audit-action-exercise-cancel = 取消演习
audit-action-exercise-inject-released = 下达演习情景注入
audit-action-exercise-rehearsed = 预演演习情景注入
audit-action-exercise-lesson = 提交演习经验教训
err-exercise-answer = 请选择贵国接受还是谢绝。
guide-exercises-title = 演习
guide-exercises-1 = 管理方组织基于情景的演习，检验联络点能否联系上并及时答复。贵国将通过电子邮件收到邀请；国家管理员可以接受并指定参演的联络点，也可以谢绝。
guide-exercises-2 = 演习期间，演习消息以通信形式进入您平常的收件箱，每个页面和每封电子邮件都标有“演习”，以免被误认为真实事件。请像真实情况一样确认收到并答复：时间精确记录到秒，上报机制照常运作。
guide-exercises-3 = 演习的任何内容都不会进入贵国真实往来的记录。演习结束后，贵国可以看到本国结果以及整个网络的数据；参演人员可用本人语言提交经验教训，由国家管理员决定是否署上国名。
guide-figure-send-alt = 向另一国发送通信的表单：某一类型的所有联络点，或选定的联络点，每个联络点都显示当地时间和可联系时段。
guide-figure-send-caption = 向一国发送通信：选择收件对象；对方的当地时间有助于判断其是否在工作时间。
guide-figure-exercise-alt = 一条演习通信：上下各有紫色“演习”横幅，发送方由演习导调组扮演，并显示紧急程度、TLP 标记和确认收到的时间。
guide-figure-exercise-caption = 演习通信的上方、下方及其电子邮件主题中均标有“演习”。
field-pgp-key = OpenPGP 公钥
hint-pgp-key = 可选。粘贴导出的密钥，从“-----BEGIN PGP PUBLIC KEY BLOCK-----”到 END 行。系统会立即检查：密钥必须在有效期内且可用于加密。切勿粘贴私钥。
field-pgp-expires = OpenPGP 密钥到期日
pgp-expires = 到期日：{ $date }
pgp-never-expires = 无到期日
pgp-download = 下载密钥
pgp-notice-expired = 此密钥已过期：无法再用其加密。
pgp-notice-expiring = 此密钥将在三十天内到期。
pgp-notice-user-id = 此密钥的用户标识均不对应该条目的任何地址：请核实密钥是否正确。
err-pgp-too-large = 此密钥超过 64 KB：请在导出时去掉多余签名（gpg --export-options export-minimal）。
err-pgp-private = 这是私钥：未予保存。请只粘贴公钥（gpg --armor --export）；如私钥已离开其持有者，应视为已泄露。
err-pgp-unreadable = 这不是可读取的 OpenPGP 公钥：请粘贴完整的密钥块，包括 BEGIN 和 END 行。
err-pgp-signature = 此密钥的自签名无法验证：可能已被篡改。请向持有者重新导出。
err-pgp-revoked = 此密钥已被持有者吊销：请索取替代它的密钥。
err-pgp-expired = 此密钥已过期：请延长有效期（gpg --quick-set-expire）后重新导出。
err-pgp-no-encryption = 此密钥只能签名：没有有效的加密部分。请添加加密子密钥（gpg --quick-add-key 指纹 cv25519 encr）后重新导出。
err-pgp-fingerprint-mismatch = 所填指纹与此密钥的指纹（{ $fingerprint }）不符：请核实粘贴的密钥是否正确，或清空指纹。
email-pgp-expiring-subject = { $state } 的一个 OpenPGP 密钥将于 { $date } 到期
email-pgp-expiring-body = 条目“{ $entity }”的 OpenPGP 密钥（指纹 { $fingerprint }）将于 { $date } 到期。

    此后将无法再用其加密任何通信。请延长密钥有效期，或请持有者生成新密钥，并更新该条目：

    { $link }
email-pgp-expired-subject = { $state } 的一个 OpenPGP 密钥已过期
email-pgp-expired-body = 条目“{ $entity }”的 OpenPGP 密钥（指纹 { $fingerprint }）已于 { $date } 过期。

    发往该条目的通信不再加密。请用有效密钥更新该条目：

    { $link }
audit-action-key-reminded = 已发送 OpenPGP 密钥提醒
email-signed-footer = 本邮件使用名录的 OpenPGP 密钥签名，指纹为 { $fingerprint }。凡要求您点击链接却未经此密钥签名的邮件，均非来自名录：请勿点击，并告知贵国国家管理员。核验方法：{ $url }/guide#genuine
footer-mail-key = 我们的电子邮件均以下列 OpenPGP 密钥签名
footer-mail-key-download = 下载密钥
footer-mail-key-how = 如何核验邮件
guide-genuine-title = 辨别我们的邮件与仿冒邮件
guide-genuine-1 = 检查和通知邮件会要求您点击链接，因此攻击者会仿冒此类邮件。名录发出的每封邮件均以其自有 OpenPGP 密钥签名，指纹如下：
guide-genuine-2 = 支持 OpenPGP 的邮件程序（如 Thunderbird，或装有插件的 Outlook）在导入密钥后会显示签名有效。若无此类程序，请保存邮件，请本国 CERT 使用 GnuPG（gpg --verify）核验。请将指纹与上方指纹比对，名录的每个页面都显示该指纹。
guide-genuine-3 = 凡要求您确认收到或登录、却未经此密钥签名的邮件，均非来自名录：请勿点击，并告知贵国国家管理员。
email-encrypted-body = 本邮件已用您的 OpenPGP 密钥加密：请用 OpenPGP 软件打开。邮件内含通信内容及确认收到的链接。
thread-key-problem = 发给“{ $entity }”的邮件未附内容：
email-pgp-unusable-subject = 一条通信送达“{ $entity }”时未附内容：其 OpenPGP 密钥无法使用
email-pgp-unusable-body = 一条发给贵国的通信已发送至“{ $entity }”，但其内容无法用该条目的 OpenPGP 密钥加密：{ $reason }

    邮件已在不附内容的情况下发出，与无密钥时的通知相同；通信内容在门户中等候查阅。请更新该条目的密钥：

    { $link }
passkeys-title = 通行密钥
passkey-what = 通行密钥保存在您的设备或安全密钥中，用指纹、面容或 PIN 码解锁。它只向本网站证明您的身份，仿冒网站无法使用。
passkeys-custodian = 管理方账户须使用通行密钥登录。请至少保留一个；另在其他设备上添加一个，以防丢失。
passkeys-none = 您还没有通行密钥。
passkey-new = 添加通行密钥
passkey-name = 此通行密钥的名称
passkey-name-hint = 用于识别保存它的设备，例如“办公室笔记本”或“蓝色安全密钥”。
passkey-add = 添加通行密钥
passkey-use = 改用通行密钥
passkey-failed = 浏览器或验证器未提供通行密钥（已取消、超时或不可用）。请重试，或使用验证码。
passkey-needs-script = 添加通行密钥需要启用 JavaScript 并使用支持通行密钥的浏览器。
passkey-remove = 移除
passkey-remove-named = 移除通行密钥 { $name }
col-passkey-name = 通行密钥
col-added = 添加时间
passkey-setup-title = 添加通行密钥以继续
passkey-setup-lead = 管理方账户必须使用通行密钥登录。在添加之前，此账户不能进行任何其他操作。
passkey-setup-until = 在 { $until } 之前，您可以用验证码登录以添加通行密钥，且仅此一次。之后只有运维人员才能恢复此账户的访问（{ $command }）。
notice-passkey-added = 通行密钥已添加。下次登录时请使用它。
notice-passkey-removed = 通行密钥已移除，不能再用它登录此账户。
err-passkey-name = 请为此通行密钥命名（1 至 60 个字符），以便与其他密钥区分。
err-passkey-unreadable = 无法将浏览器的回复识别为通行密钥应答。未作任何更改，请重试。
err-passkey-expired = 此通行密钥请求已过期或已被应答。未作任何更改，请重试。
err-passkey-challenge = 此通行密钥应答是针对另一个请求的，而不是本请求。未作任何更改。
err-passkey-origin = 此通行密钥应答是针对另一个网站的。如非您所预期，可能有人在仿冒 pocdir，请告知管理方。未作任何更改。
err-passkey-cloned = 此通行密钥的使用计数发生倒退，可能已被复制。已拒绝；请将其从账户中移除并告知管理方。
err-passkey-unverified = 验证器未验证您的身份（指纹、面容或 PIN 码）。本网站的通行密钥始终需要验证，请重试。
err-passkey-refused = 此通行密钥应答对本账户无效。未作任何更改。
err-passkey-model = 此处不允许使用此类验证器（型号 { $model }）。请使用管理方允许的型号。
err-passkey-known = 此通行密钥已注册。未作任何更改。
err-passkey-none = 此账户没有通行密钥。请使用验证码，或在账户页面添加通行密钥。
err-passkey-last = 管理方账户至少须保留一个通行密钥。请先添加另一个，再移除此密钥。
err-passkey-required = 管理方账户须使用通行密钥而非验证码登录。请点击通行密钥按钮。
err-passkey-grace-over = 为此管理方账户添加通行密钥的期限已过。请运维人员重置其第二因素（{ $command }）。
audit-action-passkey-added = 已添加通行密钥
audit-action-passkey-removed = 已移除通行密钥
audit-action-login-passkey-grace-over = 登录被拒：添加通行密钥期限已过
passkey-send = 使用通行密钥确认并发送
export-confirm-title = 确认导出
export-confirm-lead = 此导出包含多个国家的联络点：这是离开门户的一份名录副本。请使用验证器应用中的验证码或通行密钥确认是您本人。导出会记入审计日志。
export-confirm-submit = 导出
export-confirm-back = 返回名录
passkey-export = 使用通行密钥确认并导出
nav-cancel-sign-in = 取消登录
field-pgp-key-file = 或上传密钥文件
hint-pgp-key-file = 文本文件（.asc），即“gpg --armor --export”导出的格式。此处选择的文件将取代上面的文本。
err-pgp-binary = 此密钥文件为二进制格式。请以文本形式上传：使用“gpg --armor --export”导出，所得文件以“-----BEGIN PGP PUBLIC KEY BLOCK-----”开头。
guide-signin-title = 登录：验证码与通行密钥
guide-signin-1 = 每个账户在密码之后都需要第二因素：手机上验证器应用生成的六位验证码，以及十个恢复码（请抄在纸上保存，以防手机丢失）。
guide-signin-2 = 通行密钥更快捷、更安全：在“我的账户”中添加，之后解锁手机或触碰安全密钥即可登录。它只在本网站有效，仿冒网站无法截获。通行密钥也可用于确认发送 TLP:RED 和导出多个国家的联络点。
guide-signin-3 = 管理方账户只能使用通行密钥登录；请在不同设备上保存两个。如果管理方丢失了全部通行密钥，由运维人员在服务器命令行上恢复其访问，并记入审计日志。
email-message-new-encrypted-body =
    { $state }已通过联络点名录向贵国发送一份通信。

    紧急程度：{ $urgency }
    标记：{ $tlp }

    通信内容附后，已使用您的 OpenPGP 密钥加密。请登录确认收到并答复：

    { $link }
email-message-reply-encrypted-body =
    { $state }已在联络点名录中就与贵国的往来通信作出答复。

    紧急程度：{ $urgency }
    标记：{ $tlp }

    答复内容附后，已使用您的 OpenPGP 密钥加密。请登录答复：

    { $link }
email-message-escalated-encrypted-body =
    { $state }已通过联络点名录向贵国发送一份通信，但未在规定时间内确认收到。现提请您注意。

    紧急程度：{ $urgency }
    标记：{ $tlp }

    通信内容附后，已使用您的 OpenPGP 密钥加密。请登录确认收到并答复：

    { $link }
hint-code-confirm = 验证器应用当前显示的六位数字。
err-sync-page = 此页不是本快照给出的。请不带页码重新开始，并按 next_page 继续。
account-recovery-custodian = 管理方账户只能使用通行密钥登录，因此恢复码不适用。如果全部通行密钥丢失，由运维人员在服务器命令行上恢复该账户的访问，并记入审计日志。
