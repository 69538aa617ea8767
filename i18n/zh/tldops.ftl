# tldops 的中文消息。

## 区域（ICANN）

region-africa = 非洲
region-asia-pacific = 亚洲/澳大利亚/太平洋
region-europe = 欧洲
region-latin-america = 拉丁美洲/加勒比
region-north-america = 北美洲
region-none = 不在根区中

## 时间

utc-offset = UTC{ $standard }
utc-offsets-summer = UTC{ $standard }，夏季 { $summer }
age-days = { $n } 天
age-hours = { $n } 小时
age-minutes = { $n } 分钟
age-moments = 片刻

## 打印的联系表

sheet-title = { $directory } 紧急联系表
sheet-title-text = { $directory } 紧急联系表
sheet-title-serial = { $directory } 紧急联系表，序号 { $serial }
sheet-sensitivity = 仅限 TLD-OPS 成员：个人数据
sheet-verify = 在处理请求之前，请核实来电者：拨打本表中的号码回电，或核对其 PGP 密钥。
sheet-provenance = { $directory } 序号 { $serial } · 签发 { $issued } · 到期 { $expires } · 打印 { $printed }
sheet-signed-by = 签名者 { $signers }
sheet-stale = 已过期：此快照已于 { $expires } 过期；请先查找更新的联系表再使用
sheet-index = 索引
sheet-index-title = 索引
sheet-page = 第 { $page } 页，共 { $pages } 页
sheet-emergency = 全天候
sheet-dial = 拨打
sheet-office = 办公
sheet-mobile = 手机
sheet-speaks = 语言 { $languages }
sheet-note = 备注：{ $note }
sheet-qr-one-of-many = 仅 { $cctld } 的 { $who } 的名片
sheet-qr-one = { $who } 的名片，{ $cctld }
sheet-qr-many = { $cctld } 的名片：{ $names }
sheet-nothing = 没有可打印的内容：没有匹配项
sheet-wrote = 已将联系表（{ $cctlds } 个 ccTLD，{ $contacts } 位联系人，{ $bytes } 字节）写入 { $path }
sheet-elsewhere = 页眉、页脚或索引
sheet-missing-fonts = 警告：此处没有字体能显示 { $places } 中的 { $total } 个字符；它们会打印成空方框：请安装 { $fonts } 后重新打印（已搜索的字体：{ $searched }）
sheet-built-in = { $font }（内置）
sheet-system-fonts = { $count } 个系统字体

## 过期

stale = 已过期：{ $directory } 快照（序号 { $serial }，签名者 { $signer }）已于 { $expired } 过期（{ $ago }前）；在同步到更新的快照之前，答案仍来自该快照

## find

find-heading-local-time = { $city } 现在是 { $time }（UTC{ $offset }）
find-column-name = 姓名 / 职务
find-column-reach = 电子邮件 / 电话
find-column-email = 电子邮件
find-column-phones = 电话
find-column-keys = PGP / 语言
find-office = 办公 { $number }
find-mobile = 手机 { $number }
find-languages = 语言 { $languages }
find-count = { $cctlds } 个 ccTLD 中的 { $contacts } 位联系人，来自 { $from }
find-snapshot-name = { $directory } 序号 { $serial }
find-nothing = 没有与“{ $query }”匹配的结果
find-did-you-mean = 您是不是要找 { $suggestions }？
find-no-contact-yet = { $country }（.{ $label }）在根区中，但目录中还没有它的联系人（`tldops coverage` 列出所有此类 ccTLD）
find-evidence-no-contact = { $evidence }，位于 { $country }，在 { $directories } 中没有联系人：见 `tldops coverage`

## status

status-database-none = 数据库      { $path }（尚无）
status-database = 数据库      { $path }（架构 { $schema }）
status-current-none = 当前        尚无：运行 `tldops sync SOURCE`
status-current = 当前        序号 { $serial }，签发 { $issued }，到期 { $expires }
status-signed-by = 签名        { $key }，于 { $time }
status-contents = 内容        { $cctlds } 个 ccTLD（根区共 { $root } 个），{ $contacts } 位联系人
status-synced = 同步        { $time }，来自 { $source }
status-message = 邮件        { $id }
status-mail-from = 发件人      { $from }（仅显示，不作信任依据）
status-history = 历史        { $count } 个快照{ $serials }
status-serials = （序号 { $serials }）
status-pinned = 固定密钥    { $count }（阈值 { $threshold }）
status-rejected = 已拒绝      保留 { $count } 封邮件，每封只在遇到它的那次同步中报告一次：
status-rejected-more = 另有 { $count } 封：`tldops status --json`
status-no-directory = 尚无目录：用 `tldops trust add KEY.asc` 固定一个密钥

## sync

sync-synced = 已同步 { $count } 封快照邮件：{ $new }，{ $known } 封已知，{ $rejected } 封被拒绝
sync-new-none = 没有新快照
sync-new-one = 1 个新快照（序号 { $serial }，{ $cctlds } 个 ccTLD，{ $contacts } 位联系人）
sync-new-many = { $count } 个新快照（{ $serials }）
sync-serial = { $head }序号 { $top }
sync-serials = { $head }序号 { $serials }；最高 { $top }
sync-rejected-before = （之前已拒绝 { $count } 封：`tldops status`）
sync-passed-over = ；跳过 { $count } 封其他邮件
sync-unpinned = （{ $count } 封仅由未固定的密钥签名）
sync-unchanged = ；{ $count } 个来源自上次同步以来未变
sync-unreadable = ；{ $count } 个文件无法读取
sync-empty = ；{ $count } 个来源中没有邮件
sync-since = ；{ $directory } 自序号 { $serial } 以来：新增 { $added } 位联系人，删除 { $removed } 位，更改 { $changed } 位
sync-review = （请查看：`tldops diff`）
