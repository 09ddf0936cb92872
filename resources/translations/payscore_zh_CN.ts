<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CompletePage</name>
        <message>
            <source>Complete</source>
            <translation>完结订单</translation>
        </message>
        <message>
            <source>Finish an order the customer has used: list what they owe, minus discounts. The total is collected through WeChat Pay.</source>
            <translation>完结用户已使用的订单：列出应付费用，减去优惠。总金额将通过微信支付向用户收取。</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>模式(&amp;M)：</translation>
        </message>
        <message>
            <source>Order mode</source>
            <translation>订单模式</translation>
        </message>
        <message>
            <source>&amp;Order number:</source>
            <translation>商户订单号(&amp;O)：</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>商户订单号</translation>
        </message>
        <message>
            <source>&amp;AppID:</source>
            <translation>AppID(&amp;A)：</translation>
        </message>
        <message>
            <source>AppID</source>
            <translation>AppID</translation>
        </message>
        <message>
            <source>&amp;Service ID:</source>
            <translation>服务ID(&amp;S)：</translation>
        </message>
        <message>
            <source>Service ID</source>
            <translation>服务ID</translation>
        </message>
        <message>
            <source>Finish type:</source>
            <translation>完结类型：</translation>
        </message>
        <message>
            <source>Complete — service &amp;used (2)</source>
            <translation>完结 — 已使用服务 (2)(&amp;U)</translation>
        </message>
        <message>
            <source>Finish type: service used</source>
            <translation>完结类型：已使用服务</translation>
        </message>
        <message>
            <source>Cancel — ser&amp;vice not used (1)</source>
            <translation>取消 — 未使用服务 (1)(&amp;V)</translation>
        </message>
        <message>
            <source>Finish type: service not used</source>
            <translation>完结类型：未使用服务</translation>
        </message>
        <message>
            <source>Cancel &amp;reason:</source>
            <translation>取消原因(&amp;R)：</translation>
        </message>
        <message>
            <source>Cancel reason</source>
            <translation>取消原因</translation>
        </message>
        <message>
            <source>required when the service was not used</source>
            <translation>未使用服务时必填</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>付费项目</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>优惠项目</translation>
        </message>
        <message>
            <source>Total to collect:</source>
            <translation>应收总金额：</translation>
        </message>
        <message>
            <source>Total amount</source>
            <translation>总金额</translation>
        </message>
        <message>
            <source>Service details</source>
            <translation>服务信息</translation>
        </message>
        <message>
            <source>Send service details</source>
            <translation>发送服务信息</translation>
        </message>
        <message>
            <source>Service start time</source>
            <translation>服务开始时间</translation>
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm:ss</source>
            <translation>yyyy-MM-dd HH:mm:ss</translation>
        </message>
        <message>
            <source>Service end time</source>
            <translation>服务结束时间</translation>
        </message>
        <message>
            <source>En&amp;d location:</source>
            <translation>服务结束地点(&amp;D)：</translation>
        </message>
        <message>
            <source>Service end location</source>
            <translation>服务结束地点</translation>
        </message>
        <message>
            <source>Profit sharing:</source>
            <translation>分账：</translation>
        </message>
        <message>
            <source>Prof&amp;it sharing</source>
            <translation>需要分账(&amp;I)</translation>
        </message>
        <message>
            <source>Profit sharing</source>
            <translation>分账</translation>
        </message>
        <message>
            <source>Finish tic&amp;ket:</source>
            <translation>完结凭证(&amp;K)：</translation>
        </message>
        <message>
            <source>Finish ticket</source>
            <translation>完结凭证</translation>
        </message>
        <message>
            <source>&amp;Goods tag:</source>
            <translation>商品标记(&amp;G)：</translation>
        </message>
        <message>
            <source>Goods tag</source>
            <translation>商品标记</translation>
        </message>
        <message>
            <source>&amp;Complete order…  (Ctrl+Enter)</source>
            <translation>完结订单…(&amp;C)  (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Complete order</source>
            <translation>完结订单</translation>
        </message>
        <message>
            <source>Service s&amp;tart (local time):</source>
            <translation>服务开始时间（本地时间）(&amp;T)：</translation>
        </message>
        <message>
            <source>Service &amp;end (local time):</source>
            <translation>服务结束时间（本地时间）(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Order number (out_order_no):</source>
            <translation>商户订单号 (out_order_no)(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;AppID (appid):</source>
            <translation>AppID (appid)(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Service ID (service_id):</source>
            <translation>服务ID (service_id)(&amp;S)：</translation>
        </message>
        <message>
            <source>Finish type (finish_type):</source>
            <translation>完结类型 (finish_type)：</translation>
        </message>
        <message>
            <source>Cancel — service &amp;not used (1)</source>
            <translation>取消 — 未使用服务 (1)(&amp;N)</translation>
        </message>
        <message>
            <source>Cancel &amp;reason (cancel_reason):</source>
            <translation>取消原因 (cancel_reason)(&amp;R)：</translation>
        </message>
        <message>
            <source>Total to collect (total_amount):</source>
            <translation>应收总金额 (total_amount)：</translation>
        </message>
        <message>
            <source>End &amp;location:</source>
            <translation>服务结束地点(&amp;L)：</translation>
        </message>
        <message>
            <source>Pro&amp;fit sharing (profit_sharing)</source>
            <translation>需要分账 (profit_sharing)(&amp;F)</translation>
        </message>
        <message>
            <source>Finish tic&amp;ket (finish_ticket):</source>
            <translation>完结凭证 (finish_ticket)(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Goods tag (goods_tag):</source>
            <translation>商品标记 (goods_tag)(&amp;G)：</translation>
        </message>
    </context>
    <context>
        <name>ConfirmWriteDialog</name>
        <message>
            <source>What will change</source>
            <translation>将发生的变化</translation>
        </message>
        <message>
            <source>What will change:</source>
            <translation>将发生的变化：</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>当前状态</translation>
        </message>
        <message>
            <source>Current state:</source>
            <translation>当前状态：</translation>
        </message>
        <message>
            <source>Confirm before sending</source>
            <translation>发送前确认</translation>
        </message>
        <message>
            <source>Send this complete request? WeChat Pay will collect the total from the customer.</source>
            <translation>确定发送完结请求吗？微信支付将向用户收取总金额。</translation>
        </message>
        <message>
            <source>Order number:</source>
            <translation>商户订单号：</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>商户订单号</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>模式：</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>商户配置：</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>商户配置</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>环境</translation>
        </message>
        <message>
            <source>Finish type:</source>
            <translation>完结类型：</translation>
        </message>
        <message>
            <source>Finish type</source>
            <translation>完结类型</translation>
        </message>
        <message>
            <source>Fees and discounts</source>
            <translation>付费与优惠项目</translation>
        </message>
        <message>
            <source>Total to collect:</source>
            <translation>应收总金额：</translation>
        </message>
        <message>
            <source>Total amount</source>
            <translation>总金额</translation>
        </message>
    </context>
    <context>
        <name>EnvironmentBadge</name>
        <message>
            <source>PRODUCTION</source>
            <translation>正式环境</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>沙箱</translation>
        </message>
        <message>
            <source>Requests go to WeChat Pay and move real money.</source>
            <translation>请求发往微信支付，涉及真实资金。</translation>
        </message>
        <message>
            <source>Requests go to the built-in simulator on this computer. No real money moves.</source>
            <translation>请求发往本机内置的模拟器，不涉及真实资金。</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Journal</source>
            <translation>操作日志</translation>
        </message>
        <message>
            <source>Some writes have an unknown outcome.</source>
            <translation>部分写操作的结果未知。</translation>
        </message>
        <message>
            <source>&amp;Order number:</source>
            <translation>商户订单号(&amp;O)：</translation>
        </message>
        <message>
            <source>part of an order number</source>
            <translation>订单号的一部分</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>从(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>到(&amp;T)</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>商户配置</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Journal entries</source>
            <translation>日志条目</translation>
        </message>
        <message>
            <source>Entry details</source>
            <translation>条目详情</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV…(&amp;E)</translation>
        </message>
        <message>
            <source>Re&amp;concile unknown outcomes</source>
            <translation>核对未知结果(&amp;C)</translation>
        </message>
        <message>
            <source>Oper&amp;ator:</source>
            <translation>操作员(&amp;A)：</translation>
        </message>
        <message>
            <source>Your name in the journal. It can be changed once per session.</source>
            <translation>您在操作日志中的名字。每次会话可修改一次。</translation>
        </message>
        <message>
            <source>Use this &amp;name</source>
            <translation>使用此名字(&amp;N)</translation>
        </message>
        <message>
            <source>PC</source>
            <translation>电脑</translation>
        </message>
        <message>
            <source>The PC a write was sent from (team journal)</source>
            <translation>写操作是从哪台电脑发出的（团队日志）</translation>
        </message>
        <message>
            <source>OS account</source>
            <translation>系统账户</translation>
        </message>
        <message>
            <source>The computer account a write was sent from</source>
            <translation>发出写操作的电脑登录账户</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>从(&amp;F)</translation>
        </message>
        <message>
            <source>O&amp;perator:</source>
            <translation>操作员(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>JournalWriteHook</name>
        <message>
            <source>The previous %1 of order %2 (journal entry %3, %4) has an unknown outcome. Query the order, or run "payscore-cli reconcile", before sending it again.</source>
            <translation>订单 %2 的上一次%1（日志条目 %3，%4）结果未知。再次发送前请先查询该订单，或运行 "payscore-cli reconcile"。</translation>
        </message>
        <message>
            <source>The journal %1 could not record this write before sending it: %2</source>
            <translation>操作日志 %1 无法在发送前记录本次写操作：%2</translation>
        </message>
        <message>
            <source>The previous %1 of order %2 (journal entry %3, %4, sent by %5 on %6) has an unknown outcome. Query the order, or run "payscore-cli reconcile", before sending it again.</source>
            <translation>订单 %2 的上一次%1（日志条目 %3，%4，由 %6 上的 %5 发送）结果未知。再次发送前请先查询该订单，或运行 "payscore-cli reconcile"。</translation>
        </message>
        <message>
            <source>an unnamed PC</source>
            <translation>一台未命名的电脑</translation>
        </message>
        <message>
            <source>The audit journal could not be opened, so no write is sent.</source>
            <translation>审计日志无法打开，因此不会发送任何写操作。</translation>
        </message>
    </context>
    <context>
        <name>KeyFilePermissions</name>
        <message>
            <source>The private key file %1 can be read by other users of this computer. Make it readable by your account only (for example: chmod 600 "%1").</source>
            <translation>私钥文件 %1 可被本机其他用户读取。请设为仅本账户可读（例如：chmod 600 "%1"）。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Decrypt a notification…</source>
            <translation>解密回调通知(&amp;D)…</translation>
        </message>
        <message>
            <source>PayScore Console / 支付分订单运营台</source>
            <translation>PayScore Console / 支付分订单运营台</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>商户配置(&amp;P)：</translation>
        </message>
        <message>
            <source>Merchant profile</source>
            <translation>商户配置</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>环境</translation>
        </message>
        <message>
            <source>Edit profiles</source>
            <translation>管理商户配置</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>页面</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About PayScore Console</source>
            <translation>关于 PayScore Console(&amp;A)</translation>
        </message>
        <message>
            <source>Profiles…</source>
            <translation>商户配置…</translation>
        </message>
        <message>
            <source>&amp;New merchant profile…</source>
            <translation>新建商户配置…(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Edit this profile…</source>
            <translation>编辑当前商户配置…(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Open profile file…</source>
            <translation>打开商户配置文件…(&amp;O)</translation>
        </message>
        <message>
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <source>&amp;Journal location…</source>
            <translation>日志位置(&amp;J)…</translation>
        </message>
    </context>
    <context>
        <name>ModeLabels</name>
        <message>
            <source>Pay-after (先享后付)</source>
            <translation>先享后付</translation>
        </message>
        <message>
            <source>PayScore service order (支付分服务订单)</source>
            <translation>支付分服务订单</translation>
        </message>
        <message>
            <source>Oversea institution (境外机构)</source>
            <translation>境外机构</translation>
        </message>
        <message>
            <source>Service provider (服务商)</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>Pay-after</source>
            <translation>先享后付</translation>
        </message>
        <message>
            <source>Service order</source>
            <translation>服务订单</translation>
        </message>
        <message>
            <source>Oversea</source>
            <translation>境外机构</translation>
        </message>
        <message>
            <source>Service provider</source>
            <translation>服务商</translation>
        </message>
    </context>
    <context>
        <name>OrderStateText</name>
        <message>
            <source>Order created, waiting for the customer to confirm</source>
            <translation>订单已创建，等待用户确认</translation>
        </message>
        <message>
            <source>Customer confirmed, service in progress</source>
            <translation>用户已确认，服务进行中</translation>
        </message>
        <message>
            <source>Completed by the merchant, collecting payment</source>
            <translation>商户已完结，等待用户付款</translation>
        </message>
        <message>
            <source>Service in progress</source>
            <translation>服务进行中</translation>
        </message>
        <message>
            <source>Order completed</source>
            <translation>订单已完成</translation>
        </message>
        <message>
            <source>Order cancelled</source>
            <translation>订单已取消</translation>
        </message>
        <message>
            <source>Order expired</source>
            <translation>订单已失效</translation>
        </message>
        <message>
            <source>State not known to this console</source>
            <translation>本程序不认识的状态</translation>
        </message>
        <message>
            <source>Waiting for the customer to pay</source>
            <translation>等待用户付款</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <source>Refund closed</source>
            <translation>退款已关闭</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>待用户确认</translation>
        </message>
        <message>
            <source>Awaiting payment</source>
            <translation>待付款</translation>
        </message>
        <message>
            <source>In service</source>
            <translation>服务中</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已失效</translation>
        </message>
        <message>
            <source>Unknown state</source>
            <translation>未知状态</translation>
        </message>
        <message>
            <source>Refunding</source>
            <translation>退款中</translation>
        </message>
        <message>
            <source>Refund failed</source>
            <translation>退款异常</translation>
        </message>
    </context>
    <context>
        <name>PayScoreCli</name>
        <message>
            <source>The file has no mode column: looking up %1 orders in %2, as find does (queries only)…</source>
            <translation>文件没有“模式”列：正在像 find 命令一样在 %2 中查找 %1 个订单（只查询，不做修改）…</translation>
        </message>
        <message>
            <source>Modes found (no mode column): %1.</source>
            <translation>查到的模式（文件无“模式”列）：%1。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>--op takes sync, complete, cancel or query.</source>
            <translation>--op 只能是 sync、complete、cancel 或 query。</translation>
        </message>
        <message>
            <source>%1: %2 rows, %3, separated by %4.</source>
            <translation>%1：%2 行，%3 编码，以 %4 分隔。</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>Times without an offset were read as this PC's local time (%1, %2).</source>
            <translation>未带时区的时间已按本机当地时间读取（%1，%2）。</translation>
        </message>
        <message>
            <source>line %1 (%2): %3</source>
            <translation>第 %1 行（%2）：%3</translation>
        </message>
        <message>
            <source>the same order as line %1: it is sent once</source>
            <translation>与第 %1 行是同一订单：只发送一次</translation>
        </message>
        <message>
            <source>line %1 (%2): the same order as line %3, held back</source>
            <translation>第 %1 行（%2）：与第 %3 行是同一订单，暂不发送</translation>
        </message>
        <message>
            <source>too large to add up</source>
            <translation>金额过大，无法合计</translation>
        </message>
        <message>
            <source>To send: %1 rows. Invalid: %2. Duplicates: %3.</source>
            <translation>待发送：%1 行。无效：%2 行。重复：%3 行。</translation>
        </message>
        <message>
            <source>Total: %1.</source>
            <translation>合计：%1。</translation>
        </message>
        <message>
            <source>"%1" is a PRODUCTION profile: confirm the batch on a terminal, or pass --yes in scripts.</source>
            <translation>“%1”是正式环境配置：请在终端中确认本批操作，脚本中请加 --yes。</translation>
        </message>
        <message>
            <source>PRODUCTION (%1, %2): %3 %4 rows</source>
            <translation>正式环境（%1，%2）：%3 共 %4 行</translation>
        </message>
        <message>
            <source>Type the number of rows (%1) to start: </source>
            <translation>请输入行数（%1）以开始：</translation>
        </message>
        <message>
            <source>Not confirmed: nothing was sent.</source>
            <translation>未确认：没有发送任何请求。</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>--concurrency takes a whole number from 1 to 64.</source>
            <translation>--concurrency 须为 1 到 64 的整数。</translation>
        </message>
        <message>
            <source>--qps takes a number from 0.2 to 10000.</source>
            <translation>--qps 须为 0.2 到 10000 之间的数。</translation>
        </message>
        <message>
            <source>--file ROWS.csv is required.</source>
            <translation>必须提供 --file ROWS.csv。</translation>
        </message>
        <message>
            <source>--profile FILE is required.</source>
            <translation>必须提供 --profile FILE。</translation>
        </message>
        <message>
            <source>The file has no column for: %1. Name the header like the template does (payscore-cli batch template --op %2).</source>
            <translation>文件缺少这些列：%1。请按模板命名表头（payscore-cli batch template --op %2）。</translation>
        </message>
        <message>
            <source>No valid row: nothing was sent.</source>
            <translation>没有有效的行：没有发送任何请求。</translation>
        </message>
        <message>
            <source>%1/%2 done: %3 succeeded, %4 rejected, %5 unknown, %6 skipped, %7 not sent</source>
            <translation>已处理 %1/%2：成功 %3，被拒绝 %4，结果未知 %5，跳过 %6，未发送 %7</translation>
        </message>
        <message>
            <source>, %1 s left</source>
            <translation>，剩余约 %1 秒</translation>
        </message>
        <message>
            <source>429 FREQUENCY_LIMITED: holding %1 ms, then %2 requests/s.</source>
            <translation>429 FREQUENCY_LIMITED：暂停 %1 毫秒，之后每秒 %2 个请求。</translation>
        </message>
        <message>
            <source>Batch finished in %1 s: </source>
            <translation>本批用时 %1 秒：</translation>
        </message>
        <message>
            <source>The answer lists no certificates (data[] is empty).</source>
            <translation>应答中没有证书（data[] 为空）。</translation>
        </message>
        <message>
            <source>%1: the ciphertext is not Base64.</source>
            <translation>%1：密文不是 Base64 编码。</translation>
        </message>
        <message>
            <source>%1: cannot decrypt (%2) - is the APIv3 key right?</source>
            <translation>%1：无法解密（%2）— APIv3 密钥是否正确？</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1: serial_no %2 does not match the certificate's serial %3.</source>
            <translation>%1：serial_no %2 与证书序列号 %3 不一致。</translation>
        </message>
        <message>
            <source>The answer was verified with the downloaded certificate of its own serial (bootstrap).</source>
            <translation>应答已使用下载的同序列号证书验签（首次引导）。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Saved %1 (valid until %2): %3</source>
            <translation>已保存 %1（有效期至 %2）：%3</translation>
        </message>
        <message>
            <source>--body FILE is required.</source>
            <translation>必须提供 --body FILE。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>--file NOTIFICATION.json is required and must be readable.</source>
            <translation>必须提供可读取的 --file NOTIFICATION.json。</translation>
        </message>
        <message>
            <source>The file is not a notification: no resource object.</source>
            <translation>该文件不是回调通知：没有 resource 对象。</translation>
        </message>
        <message>
            <source>Unsupported algorithm %1.</source>
            <translation>不支持的算法 %1。</translation>
        </message>
        <message>
            <source>The notification's signature does not verify (%1): it was not decrypted.</source>
            <translation>回调通知签名验证失败（%1）：未解密。</translation>
        </message>
        <message>
            <source>The signature was not checked (no --signature given).</source>
            <translation>未检查签名（没有提供 --signature）。</translation>
        </message>
        <message>
            <source>resource.ciphertext is not Base64.</source>
            <translation>resource.ciphertext 不是 Base64 编码。</translation>
        </message>
        <message>
            <source>Cannot decrypt: %1</source>
            <translation>无法解密：%1</translation>
        </message>
        <message>
            <source>explain takes exactly one error code.</source>
            <translation>explain 只接受一个错误码。</translation>
        </message>
        <message>
            <source>not in the catalogue</source>
            <translation>不在错误目录中</translation>
        </message>
        <message>
            <source>Meaning: %1</source>
            <translation>含义：%1</translation>
        </message>
        <message>
            <source>What to do: %1</source>
            <translation>处理建议：%1</translation>
        </message>
        <message>
            <source>Safe to resend unchanged after a pause.</source>
            <translation>稍候可原样重发。</translation>
        </message>
        <message>
            <source>Do not resend unchanged.</source>
            <translation>请勿原样重发。</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>订单 %1</translation>
        </message>
        <message>
            <source>state not known</source>
            <translation>状态未知</translation>
        </message>
        <message>
            <source>total %1</source>
            <translation>总金额 %1</translation>
        </message>
        <message>
            <source>collection %1, paid %2, to pay %3</source>
            <translation>收款 %1，已付 %2，待付 %3</translation>
        </message>
        <message>
            <source>Succeeded: %1</source>
            <translation>成功：%1</translation>
        </message>
        <message>
            <source>Rejected by WeChat Pay: %1</source>
            <translation>被微信支付拒绝：%1</translation>
        </message>
        <message>
            <source>Invalid input, nothing was sent: %1</source>
            <translation>输入无效，未发送任何请求：%1</translation>
        </message>
        <message>
            <source>Outcome UNKNOWN: %1 (query the order before sending it again)</source>
            <translation>结果未知：%1（再次发送前请先查询订单）</translation>
        </message>
        <message>
            <source>Configuration error, nothing was sent: %1</source>
            <translation>配置错误，未发送任何请求：%1</translation>
        </message>
        <message>
            <source>signature verified</source>
            <translation>已验签</translation>
        </message>
        <message>
            <source>NOT verified (%1)</source>
            <translation>未通过验签（%1）</translation>
        </message>
        <message>
            <source>Error %1: %2</source>
            <translation>错误 %1：%2</translation>
        </message>
        <message>
            <source>Field: %1</source>
            <translation>字段：%1</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>Nothing was sent. Fix the profile (or the key, secret or URL it names) and try again.</source>
            <translation>未发送任何请求。请修正商户配置（或其中指定的密钥、私钥或 URL）后重试。</translation>
        </message>
        <message>
            <source>Nothing was sent. Correct the input and try again.</source>
            <translation>未发送任何请求。请修正输入后重试。</translation>
        </message>
        <message>
            <source>--profile FILE is required (a merchant profile, JSON).</source>
            <translation>必须提供 --profile FILE（商户配置，JSON 格式）。</translation>
        </message>
        <message>
            <source>The audit journal cannot be opened: %1</source>
            <translation>无法打开操作日志：%1</translation>
        </message>
        <message>
            <source>--mode is required: serviceorder, payafter, oversea or partner.</source>
            <translation>必须提供 --mode：serviceorder、payafter、oversea 或 partner。</translation>
        </message>
        <message>
            <source>Unknown mode "%1": use serviceorder, payafter, oversea or partner.</source>
            <translation>未知模式 "%1"：请使用 serviceorder、payafter、oversea 或 partner。</translation>
        </message>
        <message>
            <source>The %1 mode has no %2 operation.</source>
            <translation>%1 模式没有 %2 操作。</translation>
        </message>
        <message>
            <source>--%1 takes a whole number (fen for amounts), not "%2".</source>
            <translation>--%1 需要整数（金额单位为分），而不是 "%2"。</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 不存在。</translation>
        </message>
        <message>
            <source>%1 is not a regular file (a folder, FIFO or device is not read).</source>
            <translation>%1 不是普通文件（不读取文件夹、FIFO 或设备）。</translation>
        </message>
        <message>
            <source>%1 is %2 bytes; at most %3 bytes are read.</source>
            <translation>%1 有 %2 字节；最多只读取 %3 字节。</translation>
        </message>
        <message>
            <source>%1 is larger than %2 bytes.</source>
            <translation>%1 超过 %2 字节。</translation>
        </message>
        <message>
            <source>resource.%1 must be a non-empty JSON string.</source>
            <translation>resource.%1 必须是非空的 JSON 字符串。</translation>
        </message>
        <message>
            <source>Give --out-order-no (the order is then found in the profile's modes) or --mode.</source>
            <translation>请提供 --out-order-no（将在配置可用的各模式中查找该订单）或 --mode。</translation>
        </message>
        <message>
            <source>Order %1 is in the %2 mode, which has no %3 operation.</source>
            <translation>订单 %1 属于 %2 模式，该模式没有 %3 操作。</translation>
        </message>
        <message>
            <source>No --mode given: %1</source>
            <translation>未指定 --mode：%1</translation>
        </message>
        <message>
            <source>--query-id needs --mode (only order numbers are found across modes).</source>
            <translation>--query-id 需要同时指定 --mode（只有商户订单号可以跨模式查找）。</translation>
        </message>
        <message>
            <source>found</source>
            <translation>已找到</translation>
        </message>
        <message>
            <source>--%1 is required.</source>
            <translation>缺少 --%1。</translation>
        </message>
        <message>
            <source>--timestamp takes Unix seconds, e.g. 1554208460.</source>
            <translation>--timestamp 须为 Unix 秒数，例如 1554208460。</translation>
        </message>
        <message>
            <source>--url must start with / (the path, without scheme and host).</source>
            <translation>--url 必须以 / 开头（只写路径，不含协议和主机）。</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>它是一个文件夹</translation>
        </message>
        <message>
            <source>--to URL is required.</source>
            <translation>缺少 --to URL。</translation>
        </message>
        <message>
            <source>There is no journal at %1.</source>
            <translation>%1 处没有日志。</translation>
        </message>
        <message>
            <source>--%1 takes yyyy-MM-dd or an ISO 8601 date-time, not %2.</source>
            <translation>--%1 须为 yyyy-MM-dd 或 ISO 8601 日期时间，而不是 %2。</translation>
        </message>
        <message>
            <source>--format takes csv or json, not %1.</source>
            <translation>--format 只能是 csv 或 json，而不是 %1。</translation>
        </message>
        <message>
            <source>--operator takes a name of 1 to %1 characters.</source>
            <translation>--operator 须为 1 到 %1 个字符的姓名。</translation>
        </message>
        <message>
            <source>%1 needs a value.</source>
            <translation>%1 需要一个值。</translation>
        </message>
        <message>
            <source>--output takes text or json, not %1.</source>
            <translation>--output 只能是 text 或 json，而不是 %1。</translation>
        </message>
        <message>
            <source>--timeout takes whole seconds from 1 to 600.</source>
            <translation>--timeout 须为 1 到 600 之间的整秒数。</translation>
        </message>
        <message>
            <source>Unknown option %1 (global options come before the command; see --help).</source>
            <translation>未知选项 %1（全局选项须写在命令之前；见 --help）。</translation>
        </message>
        <message>
            <source>No command given (see --help).</source>
            <translation>没有给出命令（见 --help）。</translation>
        </message>
        <message>
            <source>Unknown command %1 (see --help).</source>
            <translation>未知命令 %1（见 --help）。</translation>
        </message>
        <message>
            <source>Cannot read the body file %1: %2</source>
            <translation>无法读取请求体文件 %1：%2</translation>
        </message>
        <message>
            <source>--headers %1 cannot be read.</source>
            <translation>无法读取 --headers %1。</translation>
        </message>
        <message>
            <source>The signature was not checked (no --headers or --signature given).</source>
            <translation>未验证签名（未提供 --headers 或 --signature）。</translation>
        </message>
        <message>
            <source>%1: refund %2 of %3 on payment %4: %5</source>
            <translation>%1：支付 %4 的退款 %2（%3）：%5</translation>
        </message>
        <message>
            <source>Refund number (out_refund_no): %1</source>
            <translation>退款单号（out_refund_no）：%1</translation>
        </message>
        <message>
            <source>(reused from the journal)</source>
            <translation>（沿用日志中的单号）</translation>
        </message>
        <message>
            <source>Refund %1 of %2 on payment %3: %4 — %5</source>
            <translation>退款 %1（%2，支付 %3）：%4 — %5</translation>
        </message>
        <message>
            <source>  payment %1: paid %2 at %3, refunded %4, %5 left</source>
            <translation>  支付 %1：%3 支付 %2，已退 %4，可退 %5</translation>
        </message>
        <message>
            <source>--amount takes a whole number of fen, not "%1".</source>
            <translation>--amount 须为整数（单位：分），不能是“%1”。</translation>
        </message>
    </context>
    <context>
        <name>PayScoreOperation</name>
        <message>
            <source>Cancelled before anything was sent.</source>
            <translation>在发送任何内容之前已取消。</translation>
        </message>
        <message>
            <source>The error answer was not signed by WeChat Pay (or did not verify); it is shown as received.</source>
            <translation>该错误应答没有微信支付的签名（或验签失败），按收到的原样显示。</translation>
        </message>
        <message>
            <source>The outcome is unknown: query the order before sending this again.</source>
            <translation>结果未知：再次发送前请先查询订单。</translation>
        </message>
        <message>
            <source>Nothing was sent. Correct the field and try again.</source>
            <translation>未发送任何请求。请修正字段后重试。</translation>
        </message>
        <message>
            <source>Nothing was sent. The same write is still unsettled: query the order first.</source>
            <translation>未发送任何请求。同一写操作的结果仍未确定：请先查询订单。</translation>
        </message>
        <message>
            <source>The %1 succeeded, but the follow-up query failed (%2): the order's state is not shown.</source>
            <translation>%1成功，但随后的查询失败（%2）：无法显示订单状态。</translation>
        </message>
        <message>
            <source>The order could not be queried before the %1, so nothing was sent.</source>
            <translation>执行 %1 前未能查询到订单，因此没有发送任何请求。</translation>
        </message>
        <message>
            <source>Nothing was sent: the order's current state does not allow this.</source>
            <translation>未发送任何请求：订单当前的状态不允许此操作。</translation>
        </message>
        <message>
            <source>Order %1 found in the %2 mode: %3.</source>
            <translation>订单 %1 在 %2 模式中找到：%3。</translation>
        </message>
        <message>
            <source>Order %1 was found nowhere: ORDER_NOT_EXIST in every mode queried (%2).</source>
            <translation>在所有查询过的模式中都找不到订单 %1（%2 均返回 ORDER_NOT_EXIST）。</translation>
        </message>
        <message>
            <source>Order %1 could not be looked up in the %2 mode (%3): %4</source>
            <translation>无法在 %2 模式中查询订单 %1（%3）：%4</translation>
        </message>
        <message>
            <source>The profile has neither appid nor sub_mchid: there is no mode to search.</source>
            <translation>配置中既没有 appid 也没有 sub_mchid：没有可以查询的模式。</translation>
        </message>
        <message>
            <source>Nothing was sent, because the journal could not record this write first. Free disk space or fix the journal file's permissions, then send it again.</source>
            <translation>未发送任何请求，因为操作日志无法先记录本次写操作。请释放磁盘空间或修正日志文件的权限，然后重新发送。</translation>
        </message>
        <message>
            <source>Nothing was sent, because the journal could not record this write first. Queries still work. Free disk space, fix the journal file's permissions or the team journal's connection, then send it again.</source>
            <translation>未发送任何请求，因为操作日志无法先记录本次写操作。查询仍可使用。请释放磁盘空间、修正日志文件的权限或团队日志的连接，然后重新发送。</translation>
        </message>
        <message>
            <source>Nothing was sent. The journal could not record this write, or the same write is still unsettled: query the order first.</source>
            <translation>未发送任何请求。操作日志无法记录本次写操作，或同一写操作的结果仍未确定：请先查询订单。</translation>
        </message>
        <message>
            <source>The outcome is unknown: query this refund number before sending again, and send again only with the same number.</source>
            <translation>结果未知：再次发送前请先查询此退款单号，且只能用同一单号重新发送。</translation>
        </message>
    </context>
    <context>
        <name>PayScoreValidation</name>
        <message>
            <source>The request</source>
            <translation>请求</translation>
        </message>
        <message>
            <source>%1 is required.</source>
            <translation>%1 为必填项。</translation>
        </message>
        <message>
            <source>%1 must be at most %2 characters; it has %3.</source>
            <translation>%1 最多 %2 个字符，当前为 %3 个。</translation>
        </message>
        <message>
            <source>%1 may only contain 0-9, A-Z, a-z and _ - | *; "%2" is not allowed.</source>
            <translation>%1 只能包含 0-9、A-Z、a-z 以及 _ - | *；不允许使用 "%2"。</translation>
        </message>
        <message>
            <source>%1 contains '|' or '*': allowed, but it must be percent-encoded in the URL and some systems count the encoded length against the 32-character limit.</source>
            <translation>%1 含有 "|" 或 "*"：允许使用，但在 URL 中须经百分号编码，部分系统按编码后的长度计算 32 个字符的上限。</translation>
        </message>
        <message>
            <source>%1 may only contain visible ASCII characters, without spaces.</source>
            <translation>%1 只能包含可见的 ASCII 字符，不能有空格。</translation>
        </message>
        <message>
            <source>%1 contains an emoji or another character WeChat Pay does not accept (only characters of 1 to 3 bytes in UTF-8 are allowed).</source>
            <translation>%1 含有表情符号或微信支付不接受的字符（只允许 UTF-8 编码为 1 到 3 字节的字符）。</translation>
        </message>
        <message>
            <source>%1 must be an amount in fen of 0 or more; it is %2.</source>
            <translation>%1 必须是大于或等于 0 的金额（单位：分），当前为 %2。</translation>
        </message>
        <message>
            <source>%1 must be from %2 to %3; it is %4.</source>
            <translation>%1 必须在 %2 到 %3 之间，当前为 %4。</translation>
        </message>
        <message>
            <source>%1: the name "%2" is used twice in %3; names must be unique.</source>
            <translation>%1：名称 "%2" 在 %3 中重复，名称不能重复。</translation>
        </message>
        <message>
            <source>%1 may have at most %2 rows; it has %3.</source>
            <translation>%1 最多 %2 行，当前为 %3 行。</translation>
        </message>
        <message>
            <source>%1: "%2" is not a valid time. Use ISO 8601 with an offset (2026-11-22T10:15:00+08:00) or yyyyMMddHHmmss in Beijing time.</source>
            <translation>%1："%2" 不是有效的时间。请使用带时区偏移的 ISO 8601（2026-11-22T10:15:00+08:00）或北京时间 yyyyMMddHHmmss。</translation>
        </message>
        <message>
            <source>%1 (%2) is in the future; it may not be later than now.</source>
            <translation>%1（%2）是将来的时间，不能晚于当前时间。</translation>
        </message>
        <message>
            <source>%1 (%2) is before the start of the service (%3).</source>
            <translation>%1（%2）早于服务开始时间（%3）。</translation>
        </message>
        <message>
            <source>%1 is %2 fen but %3 gives %4 fen.</source>
            <translation>%1 为 %2 分，但 %3 为 %4 分。</translation>
        </message>
        <message>
            <source>The body is not valid JSON: %1 (at byte %2).</source>
            <translation>请求体不是有效的 JSON：%1（位于第 %2 字节）。</translation>
        </message>
        <message>
            <source>The body must be a JSON object.</source>
            <translation>请求体必须是 JSON 对象。</translation>
        </message>
        <message>
            <source>%1 must be %2.</source>
            <translation>%1 必须是%2。</translation>
        </message>
        <message>
            <source>a JSON string</source>
            <translation>JSON 字符串</translation>
        </message>
        <message>
            <source>a JSON integer, not a string</source>
            <translation>JSON 整数，而不是字符串</translation>
        </message>
        <message>
            <source>a whole number (a JSON integer), not %1</source>
            <translation>整数（JSON 整数），而不是 %1</translation>
        </message>
        <message>
            <source>a JSON integer</source>
            <translation>JSON 整数</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>a JSON array</source>
            <translation>JSON 数组</translation>
        </message>
        <message>
            <source>a JSON object</source>
            <translation>JSON 对象</translation>
        </message>
        <message>
            <source>%1 is not a field of this request.</source>
            <translation>%1 不是此请求的字段。</translation>
        </message>
        <message>
            <source>Give either out_order_no or query_id, not both.</source>
            <translation>请填写 out_order_no 或 query_id 之一，不能同时填写。</translation>
        </message>
        <message>
            <source>Pay-after orders are looked up by out_order_no only.</source>
            <translation>先享后付订单只能按 out_order_no 查询。</translation>
        </message>
        <message>
            <source>This completion is for the payafter mode.</source>
            <translation>此完结请求仅用于先享后付模式。</translation>
        </message>
        <message>
            <source>cancel_reason is required when finish_type is 1 (the service was not used).</source>
            <translation>finish_type 为 1（未使用服务）时，cancel_reason 为必填项。</translation>
        </message>
        <message>
            <source>finish_type 1 (the service was not used) takes no fees or discounts.</source>
            <translation>finish_type 为 1（未使用服务）时不能有付费项目或优惠项目。</translation>
        </message>
        <message>
            <source>total_amount must be 0 when finish_type is 1 (the service was not used).</source>
            <translation>finish_type 为 1（未使用服务）时，total_amount 必须为 0。</translation>
        </message>
        <message>
            <source>finish_type 2 (the service was used) needs at least one fee.</source>
            <translation>finish_type 为 2（已使用服务）时至少需要一个付费项目。</translation>
        </message>
        <message>
            <source>cancel_reason is only for finish_type 1 (the service was not used).</source>
            <translation>cancel_reason 仅用于 finish_type 为 1（未使用服务）的情况。</translation>
        </message>
        <message>
            <source>Σ fees.fee_amount − Σ discounts.discount_amount</source>
            <translation>Σ fees.fee_amount − Σ discounts.discount_amount</translation>
        </message>
        <message>
            <source>finish_type must be 2 (the service was used) or 1 (the service was not used); it is %1.</source>
            <translation>finish_type 必须为 2（已使用服务）或 1（未使用服务），当前为 %1。</translation>
        </message>
        <message>
            <source>This completion is for the serviceorder and partner modes.</source>
            <translation>此完结请求仅用于支付分服务订单和服务商模式。</translation>
        </message>
        <message>
            <source>Σ post_payments.amount − Σ post_discounts.amount</source>
            <translation>Σ post_payments.amount − Σ post_discounts.amount</translation>
        </message>
        <message>
            <source>type must be Order_Paid (the only scene the console syncs); it is "%1".</source>
            <translation>type 必须为 Order_Paid（本程序唯一支持的同步场景），当前为 "%1"。</translation>
        </message>
        <message>
            <source>seq is only sent in the oversea and partner modes.</source>
            <translation>seq 仅在境外机构和服务商模式下发送。</translation>
        </message>
        <message>
            <source>paid_amount is only sent in the oversea and partner modes.</source>
            <translation>paid_amount 仅在境外机构和服务商模式下发送。</translation>
        </message>
        <message>
            <source>%1 must be at most %2 fen; it is %3.</source>
            <translation>%1 不能超过 %2 分；当前为 %3。</translation>
        </message>
        <message>
            <source>%1 cannot be checked: %2 is too large to compute (it overflows); the amounts cannot be right.</source>
            <translation>无法核对 %1：%2 的结果太大，超出可计算范围（溢出）；金额不可能正确。</translation>
        </message>
        <message>
            <source>%1 (%2) is too long ago; it may not be before %3.</source>
            <translation>%1（%2）太早了；不能早于 %3。</translation>
        </message>
        <message>
            <source>a plain whole number (a JSON integer without a fraction or exponent, not -0, at most 2^53)</source>
            <translation>普通整数（不带小数或指数的 JSON 整数，不能是 -0，最大 2^53）</translation>
        </message>
        <message>
            <source>Collect exists only in the serviceorder and partner modes.</source>
            <translation>催收扣款只适用于 serviceorder（服务订单）和 partner（服务商）模式。</translation>
        </message>
        <message>
            <source>Modify exists only in the serviceorder and partner modes.</source>
            <translation>修改订单金额只适用于 serviceorder（服务订单）和 partner（服务商）模式。</translation>
        </message>
        <message>
            <source>%1 must be lower than the order's current total %2 (the amount can only be lowered); it is %3.</source>
            <translation>%1 必须低于订单当前总金额 %2（金额只能调低），当前填写的是 %3。</translation>
        </message>
        <message>
            <source>seq must be 1 or more; it is %1.</source>
            <translation>seq 必须大于或等于 1，当前为 %1。</translation>
        </message>
        <message>
            <source>%1: the sum of the lines is too large to compute.</source>
            <translation>%1：各行金额之和过大，无法计算。</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Merchant profile</source>
            <translation>商户配置</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>商户</translation>
        </message>
        <message>
            <source>Profile &amp;name:</source>
            <translation>配置名称(&amp;N)：</translation>
        </message>
        <message>
            <source>e.g. Store 12 (production)</source>
            <translation>例如：12 号门店（正式环境）</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>环境(&amp;E)：</translation>
        </message>
        <message>
            <source>Custom &amp;URL:</source>
            <translation>自定义 URL(&amp;U)：</translation>
        </message>
        <message>
            <source>http://127.0.0.1:8443 (sandbox)</source>
            <translation>http://127.0.0.1:8443（沙箱）</translation>
        </message>
        <message>
            <source>&amp;Merchant number:</source>
            <translation>商户号(&amp;M)：</translation>
        </message>
        <message>
            <source>1900000109</source>
            <translation>1900000109</translation>
        </message>
        <message>
            <source>Merchant &amp;certificate:</source>
            <translation>商户证书(&amp;C)：</translation>
        </message>
        <message>
            <source>apiclient_cert.pem (only read for its serial)</source>
            <translation>apiclient_cert.pem（仅用于读取证书序列号）</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Certificate &amp;serial:</source>
            <translation>证书序列号(&amp;S)：</translation>
        </message>
        <message>
            <source>read from apiclient_cert.pem</source>
            <translation>从 apiclient_cert.pem 读取</translation>
        </message>
        <message>
            <source>&amp;Private key file:</source>
            <translation>私钥文件(&amp;P)：</translation>
        </message>
        <message>
            <source>apiclient_key.pem</source>
            <translation>apiclient_key.pem</translation>
        </message>
        <message>
            <source>&amp;AppID:</source>
            <translation>AppID(&amp;A)：</translation>
        </message>
        <message>
            <source>wxd678efh567hg6787</source>
            <translation>wxd678efh567hg6787</translation>
        </message>
        <message>
            <source>Ser&amp;vice ID:</source>
            <translation>服务ID(&amp;V)：</translation>
        </message>
        <message>
            <source>PayScore service_id</source>
            <translation>支付分服务ID (service_id)</translation>
        </message>
        <message>
            <source>Sub-merc&amp;hant:</source>
            <translation>子商户号(&amp;H)：</translation>
        </message>
        <message>
            <source>partner and oversea modes only</source>
            <translation>仅用于服务商和境外机构模式</translation>
        </message>
        <message>
            <source>Answer verification and secrets</source>
            <translation>应答验签与密钥</translation>
        </message>
        <message>
            <source>WeChat Pay public &amp;key ID:</source>
            <translation>微信支付公钥 ID(&amp;K)：</translation>
        </message>
        <message>
            <source>PUB_KEY_ID_…</source>
            <translation>PUB_KEY_ID_…</translation>
        </message>
        <message>
            <source>WeChat Pay public key &amp;file:</source>
            <translation>微信支付公钥文件(&amp;F)：</translation>
        </message>
        <message>
            <source>pub_key.pem</source>
            <translation>pub_key.pem</translation>
        </message>
        <message>
            <source>P&amp;latform certificates:</source>
            <translation>平台证书(&amp;L)：</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Extra CA file:</source>
            <translation>额外 CA 文件：</translation>
        </message>
        <message>
            <source>only for a proxy or a private test server</source>
            <translation>仅用于代理或私有测试服务器</translation>
        </message>
        <message>
            <source>APIv3 key:</source>
            <translation>APIv3 密钥：</translation>
        </message>
        <message>
            <source>Set APIv3 ke&amp;y…</source>
            <translation>设置 APIv3 密钥…(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>连接测试结果</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入…(&amp;I)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出…(&amp;X)</translation>
        </message>
        <message>
            <source>Key passph&amp;rase…</source>
            <translation>私钥密码…(&amp;R)</translation>
        </message>
        <message>
            <source>The private key file is encrypted: enter its passphrase (kept in the system keychain or for this session)</source>
            <translation>私钥文件已加密：请输入其密码（保存在系统钥匙串中或仅本次会话有效）</translation>
        </message>
        <message>
            <source>&amp;Merchant number (mchid):</source>
            <translation>商户号 (mchid)(&amp;M)：</translation>
        </message>
        <message>
            <source>Sub-merchant (sub_mc&amp;hid):</source>
            <translation>子商户号 (sub_mchid)(&amp;H)：</translation>
        </message>
        <message>
            <source>Set APIv3 &amp;key…</source>
            <translation>设置 APIv3 密钥…(&amp;K)</translation>
        </message>
        <message>
            <source>Key &amp;passphrase…</source>
            <translation>私钥密码…(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>QueryPage</name>
        <message>
            <source>Query</source>
            <translation>查询订单</translation>
        </message>
        <message>
            <source>Look an order up: its state, amounts and payments. Querying changes nothing, so it is always safe.</source>
            <translation>查询订单的状态、金额和支付情况。查询不会改变任何数据，随时可以放心使用。</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>模式(&amp;M)：</translation>
        </message>
        <message>
            <source>Order mode</source>
            <translation>订单模式</translation>
        </message>
        <message>
            <source>&amp;Order number:</source>
            <translation>商户订单号(&amp;O)：</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>商户订单号</translation>
        </message>
        <message>
            <source>Or &amp;query ID:</source>
            <translation>或查询ID(&amp;Q)：</translation>
        </message>
        <message>
            <source>Query ID</source>
            <translation>查询ID</translation>
        </message>
        <message>
            <source>only when the order number is unknown</source>
            <translation>仅在不知道商户订单号时使用</translation>
        </message>
        <message>
            <source>&amp;AppID:</source>
            <translation>AppID(&amp;A)：</translation>
        </message>
        <message>
            <source>AppID</source>
            <translation>AppID</translation>
        </message>
        <message>
            <source>&amp;Service ID:</source>
            <translation>服务ID(&amp;S)：</translation>
        </message>
        <message>
            <source>Service ID</source>
            <translation>服务ID</translation>
        </message>
        <message>
            <source>Su&amp;b-merchant:</source>
            <translation>子商户号(&amp;B)：</translation>
        </message>
        <message>
            <source>Sub-merchant ID</source>
            <translation>子商户号</translation>
        </message>
        <message>
            <source>&amp;Query order  (Ctrl+Enter)</source>
            <translation>查询订单(&amp;Q)  (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Query order</source>
            <translation>查询订单</translation>
        </message>
        <message>
            <source>&amp;Order number (out_order_no):</source>
            <translation>商户订单号 (out_order_no)(&amp;O)：</translation>
        </message>
        <message>
            <source>Or &amp;query ID (query_id):</source>
            <translation>或查询ID (query_id)(&amp;Q)：</translation>
        </message>
        <message>
            <source>&amp;AppID (appid):</source>
            <translation>AppID (appid)(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Service ID (service_id):</source>
            <translation>服务ID (service_id)(&amp;S)：</translation>
        </message>
        <message>
            <source>Su&amp;b-merchant (sub_mchid):</source>
            <translation>子商户号 (sub_mchid)(&amp;B)：</translation>
        </message>
    </context>
    <context>
        <name>ResultsPane</name>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>No request sent yet</source>
            <translation>尚未发送请求</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Waiting for the answer</source>
            <translation>正在等待应答</translation>
        </message>
        <message>
            <source>Waiting for WeChat Pay…</source>
            <translation>正在等待微信支付应答…</translation>
        </message>
        <message>
            <source>Stop waiting (Esc)</source>
            <translation>停止等待 (Esc)</translation>
        </message>
        <message>
            <source>Stop waiting</source>
            <translation>停止等待</translation>
        </message>
        <message>
            <source>Order state</source>
            <translation>订单状态</translation>
        </message>
        <message>
            <source>WeChat Pay order ID</source>
            <translation>微信支付服务订单号</translation>
        </message>
        <message>
            <source>Request:</source>
            <translation>请求：</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>请求</translation>
        </message>
        <message>
            <source>Collection:</source>
            <translation>收款：</translation>
        </message>
        <message>
            <source>Collection state</source>
            <translation>收款状态</translation>
        </message>
        <message>
            <source>HTTP status:</source>
            <translation>HTTP 状态码：</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP 状态码</translation>
        </message>
        <message>
            <source>Request-ID:</source>
            <translation>Request-ID：</translation>
        </message>
        <message>
            <source>Request-ID</source>
            <translation>Request-ID</translation>
        </message>
        <message>
            <source>Elapsed:</source>
            <translation>耗时：</translation>
        </message>
        <message>
            <source>Elapsed time</source>
            <translation>耗时</translation>
        </message>
        <message>
            <source>Answer signature:</source>
            <translation>应答签名：</translation>
        </message>
        <message>
            <source>Answer signature</source>
            <translation>应答签名</translation>
        </message>
        <message>
            <source>Follow-up query:</source>
            <translation>后续查询：</translation>
        </message>
        <message>
            <source>Follow-up query</source>
            <translation>后续查询</translation>
        </message>
        <message>
            <source>What the server said</source>
            <translation>服务器返回的错误</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>错误码：</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>错误码</translation>
        </message>
        <message>
            <source>Meaning:</source>
            <translation>含义：</translation>
        </message>
        <message>
            <source>Error meaning</source>
            <translation>错误含义</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>处理建议：</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>处理建议</translation>
        </message>
        <message>
            <source>Field at fault:</source>
            <translation>出错字段：</translation>
        </message>
        <message>
            <source>Field at fault</source>
            <translation>出错字段</translation>
        </message>
        <message>
            <source>Safe to resend:</source>
            <translation>可否原样重发：</translation>
        </message>
        <message>
            <source>Safe to resend</source>
            <translation>可否原样重发</translation>
        </message>
        <message>
            <source>Server message:</source>
            <translation>服务器消息：</translation>
        </message>
        <message>
            <source>Server message</source>
            <translation>服务器消息</translation>
        </message>
        <message>
            <source>Signature check (SIGN_ERROR)</source>
            <translation>签名核对 (SIGN_ERROR)</translation>
        </message>
        <message>
            <source>What the server signed (sign_information):</source>
            <translation>服务器计算签名所用的内容 (sign_information)：</translation>
        </message>
        <message>
            <source>What the server signed</source>
            <translation>服务器计算签名所用的内容</translation>
        </message>
        <message>
            <source>What we signed (canonical message):</source>
            <translation>本程序签名的内容（签名串）：</translation>
        </message>
        <message>
            <source>What we signed</source>
            <translation>本程序签名的内容</translation>
        </message>
        <message>
            <source>Query this order &amp;now</source>
            <translation>立即查询此订单(&amp;N)</translation>
        </message>
        <message>
            <source>Query this order now</source>
            <translation>立即查询此订单</translation>
        </message>
        <message>
            <source>Answer details</source>
            <translation>应答详情</translation>
        </message>
        <message>
            <source>Answer (tree)</source>
            <translation>应答（树形）</translation>
        </message>
        <message>
            <source>Answer as a tree</source>
            <translation>树形显示的应答</translation>
        </message>
        <message>
            <source>Answer (raw)</source>
            <translation>应答（原文）</translation>
        </message>
        <message>
            <source>Raw answer</source>
            <translation>应答原文</translation>
        </message>
        <message>
            <source>Signed request</source>
            <translation>已签名的请求</translation>
        </message>
        <message>
            <source>Copy as c&amp;url</source>
            <translation>复制为 curl 命令(&amp;U)</translation>
        </message>
        <message>
            <source>Copy as curl, Authorization redacted</source>
            <translation>复制为 curl 命令（已隐去 Authorization）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <source>Modify amount</source>
            <translation>修改金额</translation>
        </message>
        <message>
            <source>Collect</source>
            <translation>催收扣款</translation>
        </message>
        <message>
            <source>✖ NOT SENT — the journal could not record this write, so it was not sent</source>
            <translation>✖ 未发送 — 操作日志无法记录本次写操作，因此没有发送</translation>
        </message>
    </context>
    <context>
        <name>SandboxCommand</name>
        <message>
            <source>Answer 429 FREQUENCY_LIMITED above N requests a second (0: no limit).</source>
            <translation>每秒请求超过 N 个时应答 429 FREQUENCY_LIMITED（0：不限制）。</translation>
        </message>
        <message>
            <source>--rate-limit takes a whole number, 0 for none</source>
            <translation>--rate-limit 须为整数，0 表示不限制</translation>
        </message>
        <message>
            <source>run the local PayScore sandbox server</source>
            <translation>运行本地支付分沙箱服务器</translation>
        </message>
        <message>
            <source>Runs the local PayScore sandbox until SIGTERM or SIGINT. The first line on stdout is
"listening on http(s)://HOST:PORT". DIR receives profile.json (a complete client
profile for this sandbox; the APIv3 key is in DIR/sandbox_apiv3_key.txt) and orders.json.</source>
            <translation>运行本地支付分沙箱，直到收到 SIGTERM 或 SIGINT。标准输出的第一行为
"listening on http(s)://HOST:PORT"。DIR 中会写入 profile.json（该沙箱的完整
客户端配置；APIv3 密钥在 DIR/sandbox_apiv3_key.txt 中）和 orders.json。</translation>
        </message>
        <message>
            <source>Address and port; port 0 picks a free one.</source>
            <translation>地址和端口；端口为 0 时自动选择空闲端口。</translation>
        </message>
        <message>
            <source>Folder for keys, state, profile.json and orders.json.</source>
            <translation>存放密钥、状态、profile.json 和 orders.json 的文件夹。</translation>
        </message>
        <message>
            <source>Serve HTTPS with the sandbox's self-signed certificate.</source>
            <translation>使用沙箱的自签名证书提供 HTTPS 服务。</translation>
        </message>
        <message>
            <source>Serve HTTPS with this certificate (PEM) instead.</source>
            <translation>改用此证书（PEM）提供 HTTPS 服务。</translation>
        </message>
        <message>
            <source>The private key (PEM) for --tls-cert.</source>
            <translation>--tls-cert 对应的私钥（PEM）。</translation>
        </message>
        <message>
            <source>Delay every answer by N milliseconds.</source>
            <translation>每个应答延迟 N 毫秒。</translation>
        </message>
        <message>
            <source>--listen takes HOST:PORT, e.g. 127.0.0.1:0</source>
            <translation>--listen 需要 HOST:PORT，例如 127.0.0.1:0</translation>
        </message>
        <message>
            <source>--latency-ms takes 0 to 600000</source>
            <translation>--latency-ms 的取值范围为 0 到 600000</translation>
        </message>
        <message>
            <source>--tls-cert and --tls-key go together</source>
            <translation>--tls-cert 和 --tls-key 必须同时提供</translation>
        </message>
        <message>
            <source>signal %1: state saved, exiting</source>
            <translation>收到信号 %1：状态已保存，正在退出</translation>
        </message>
        <message>
            <source>signal %1: saving the state FAILED</source>
            <translation>收到信号 %1：保存状态失败</translation>
        </message>
        <message>
            <source>A refund stays PROCESSING for N milliseconds, then SUCCESS (default 2000).</source>
            <translation>退款先保持 PROCESSING（处理中）N 毫秒，然后变为 SUCCESS（默认 2000）。</translation>
        </message>
        <message>
            <source>--refund-settle-ms takes 0 to 600000</source>
            <translation>--refund-settle-ms 的取值为 0 到 600000</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>Secret</source>
            <translation>密钥</translation>
        </message>
        <message>
            <source>&amp;Remember in the system keychain</source>
            <translation>保存到系统钥匙串(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>The key passphrase is empty.</source>
            <translation>私钥密码为空。</translation>
        </message>
        <message>
            <source>The APIv3 key must be exactly 32 characters (this one has %1). Copy it again from the merchant platform (Account Center &gt; API Security).</source>
            <translation>APIv3 密钥必须正好 32 个字符（当前为 %1 个）。请从商户平台（账户中心 &gt; API安全）重新复制。</translation>
        </message>
        <message>
            <source>The APIv3 key may contain only letters, digits and ASCII punctuation (no spaces).</source>
            <translation>APIv3 密钥只能包含字母、数字和 ASCII 标点（不能有空格）。</translation>
        </message>
        <message>
            <source>The database password is empty.</source>
            <translation>数据库密码为空。</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Paid time: now</source>
            <translation>收款时间：现在</translation>
        </message>
        <message>
            <source>Fill in the current time</source>
            <translation>填入当前时间</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步订单</translation>
        </message>
        <message>
            <source>Record that the customer paid this order outside WeChat Pay (cash, card…). The order must be waiting for payment; afterwards it is DONE.</source>
            <translation>登记用户已通过微信支付以外的方式（现金、刷卡…）付清此订单。订单须处于待支付状态；同步后订单变为 DONE（已完成）。</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>模式(&amp;M)：</translation>
        </message>
        <message>
            <source>Order mode</source>
            <translation>订单模式</translation>
        </message>
        <message>
            <source>&amp;Order number:</source>
            <translation>商户订单号(&amp;O)：</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>商户订单号</translation>
        </message>
        <message>
            <source>e.g. RENT-20261122-0001</source>
            <translation>例如：RENT-20261122-0001</translation>
        </message>
        <message>
            <source>&amp;AppID:</source>
            <translation>AppID(&amp;A)：</translation>
        </message>
        <message>
            <source>AppID</source>
            <translation>AppID</translation>
        </message>
        <message>
            <source>&amp;Service ID:</source>
            <translation>服务ID(&amp;S)：</translation>
        </message>
        <message>
            <source>Service ID</source>
            <translation>服务ID</translation>
        </message>
        <message>
            <source>Su&amp;b-merchant:</source>
            <translation>子商户号(&amp;B)：</translation>
        </message>
        <message>
            <source>Sub-merchant ID</source>
            <translation>子商户号</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Order_Paid — paid outside WeChat Pay</source>
            <translation>Order_Paid — 订单收款成功（微信支付以外收款）</translation>
        </message>
        <message>
            <source>Sync type</source>
            <translation>同步类型</translation>
        </message>
        <message>
            <source>Paid time</source>
            <translation>收款时间</translation>
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm:ss</source>
            <translation>yyyy-MM-dd HH:mm:ss</translation>
        </message>
        <message>
            <source>Se&amp;quence:</source>
            <translation>收款序号(&amp;Q)：</translation>
        </message>
        <message>
            <source>Payment sequence number</source>
            <translation>收款序号</translation>
        </message>
        <message>
            <source>Pai&amp;d amount:</source>
            <translation>收款金额(&amp;D)：</translation>
        </message>
        <message>
            <source>Paid amount in yuan</source>
            <translation>收款金额（元）</translation>
        </message>
        <message>
            <source>yuan, e.g. 12.34</source>
            <translation>单位元，例如 12.34</translation>
        </message>
        <message>
            <source>S&amp;ync order  (Ctrl+Enter)</source>
            <translation>同步订单(&amp;Y)  (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Sync order</source>
            <translation>同步订单</translation>
        </message>
        <message>
            <source>Paid &amp;time (local time):</source>
            <translation>收款时间（本地时间）(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Order number (out_order_no):</source>
            <translation>商户订单号 (out_order_no)(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;AppID (appid):</source>
            <translation>AppID (appid)(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Service ID (service_id):</source>
            <translation>服务ID (service_id)(&amp;S)：</translation>
        </message>
        <message>
            <source>Su&amp;b-merchant (sub_mchid):</source>
            <translation>子商户号 (sub_mchid)(&amp;B)：</translation>
        </message>
        <message>
            <source>Type (type):</source>
            <translation>类型 (type)：</translation>
        </message>
        <message>
            <source>Se&amp;quence (seq):</source>
            <translation>收款序号 (seq)(&amp;Q)：</translation>
        </message>
        <message>
            <source>Paid a&amp;mount (paid_amount):</source>
            <translation>收款金额 (paid_amount)(&amp;M)：</translation>
        </message>
        <message>
            <source>Paid &amp;time (paid_time, local time):</source>
            <translation>收款时间 (paid_time，本地时间)(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>psc::apiv3::ApiClient</name>
        <message>
            <source>The answer has %1 header lines; at most %2 are accepted.</source>
            <translation>应答有 %1 行头部，最多只接受 %2 行。</translation>
        </message>
        <message>
            <source>The answer's headers are %1 bytes long; at most %2 are accepted.</source>
            <translation>应答头部共 %1 字节，最多只接受 %2 字节。</translation>
        </message>
        <message>
            <source>The answer's body is at least %1 bytes long; at most %2 are accepted.</source>
            <translation>应答正文至少 %1 字节，最多只接受 %2 字节。</translation>
        </message>
        <message>
            <source>The answer was not read further and not believed.</source>
            <translation>已停止读取该应答，且未予采信。</translation>
        </message>
        <message>
            <source>The request URL %1 is not fully percent-encoded; it would not be sent as signed.</source>
            <translation>请求 URL %1 未完全百分号编码，发送的内容将与签名不一致。</translation>
        </message>
        <message>
            <source>The answer's timestamp is more than 5 minutes away from this computer's clock; the answer was not believed.</source>
            <translation>应答的时间戳与本机时钟相差超过 5 分钟，该应答不可信。</translation>
        </message>
        <message>
            <source>The answer's signature did not verify (%1); it was not believed.</source>
            <translation>应答签名验证失败（%1），该应答不可信。</translation>
        </message>
        <message>
            <source>The server answered HTTP %1 (a redirect to %2); it was not followed.</source>
            <translation>服务器返回 HTTP %1（重定向到 %2），未跟随。</translation>
        </message>
        <message>
            <source>The server answered HTTP %1 without an error description.</source>
            <translation>服务器返回 HTTP %1，但没有错误说明。</translation>
        </message>
        <message>
            <source>The server's TLS certificate was not accepted: %1</source>
            <translation>服务器的 TLS 证书未被接受：%1</translation>
        </message>
        <message>
            <source>Could not connect to the server: %1</source>
            <translation>无法连接服务器：%1</translation>
        </message>
        <message>
            <source>The connection was lost after the request was sent: %1</source>
            <translation>请求发出后连接中断：%1</translation>
        </message>
        <message>
            <source>Could not reach the server within %1 s.</source>
            <translation>%1 秒内无法连接服务器。</translation>
        </message>
        <message>
            <source>No answer within %1 s after the request was sent.</source>
            <translation>请求发出后 %1 秒内没有应答。</translation>
        </message>
        <message>
            <source>Cancelled by the operator.</source>
            <translation>已由操作员取消。</translation>
        </message>
        <message>
            <source>No network access manager was given.</source>
            <translation>未提供网络访问管理器。</translation>
        </message>
        <message>
            <source>The CA certificates file %1 is missing or holds no PEM certificate.</source>
            <translation>CA 证书文件 %1 不存在或不含 PEM 证书。</translation>
        </message>
        <message>
            <source>The base URL "%1" is not a valid URL.</source>
            <translation>基础 URL "%1" 不是有效的 URL。</translation>
        </message>
        <message>
            <source>Plain http:// is only allowed to this computer (127.0.0.1, localhost); use https:// for %1.</source>
            <translation>明文 http:// 只允许用于本机（127.0.0.1、localhost）；%1 请使用 https://。</translation>
        </message>
        <message>
            <source>The base URL must start with https://, not %1://.</source>
            <translation>基础 URL 必须以 https:// 开头，而不是 %1://。</translation>
        </message>
        <message>
            <source>The base URL must not carry a query or fragment.</source>
            <translation>基础 URL 不能包含查询参数或片段。</translation>
        </message>
    </context>
    <context>
        <name>psc::journal::PayScoreOrderLookup</name>
        <message>
            <source>Order found: %1</source>
            <translation>找到订单：%1</translation>
        </message>
        <message>
            <source>, collection %1</source>
            <translation>，收款 %1</translation>
        </message>
        <message>
            <source> (Request-ID %1)</source>
            <translation>（Request-ID %1）</translation>
        </message>
        <message>
            <source>The order does not exist (ORDER_NOT_EXIST, Request-ID %1).</source>
            <translation>订单不存在（ORDER_NOT_EXIST，Request-ID %1）。</translation>
        </message>
        <message>
            <source>The query failed (%1): %2</source>
            <translation>查询失败（%1）：%2</translation>
        </message>
        <message>
            <source>Entry of profile "%1": reconcile it with that profile.</source>
            <translation>该条目属于商户配置 "%1"：请使用该配置核对。</translation>
        </message>
        <message>
            <source>Unknown mode "%1".</source>
            <translation>未知模式 "%1"。</translation>
        </message>
    </context>
    <context>
        <name>psc::profile::ClientConfigFactory</name>
        <message>
            <source>apiv3_key_file: %1</source>
            <translation>apiv3_key_file：%1</translation>
        </message>
        <message>
            <source>apiv3_key_file: %1 is not an APIv3 key file</source>
            <translation>apiv3_key_file：%1 不是 APIv3 密钥文件</translation>
        </message>
        <message>
            <source>the file %1 does not exist</source>
            <translation>文件 %1 不存在</translation>
        </message>
        <message>
            <source>%1 is not a file</source>
            <translation>%1 不是文件</translation>
        </message>
        <message>
            <source>the file %1 cannot be read (permissions)</source>
            <translation>文件 %1 无法读取（权限不足）</translation>
        </message>
        <message>
            <source>%1 (%2; a passphrase comes from %3)</source>
            <translation>%1（%2；密码来自%3）</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1 holds no PEM certificate (%2)</source>
            <translation>%1 不含 PEM 证书（%2）</translation>
        </message>
        <message>
            <source>%1 holds no PEM certificate</source>
            <translation>%1 不含 PEM 证书</translation>
        </message>
        <message>
            <source>APIv3 key: not found in %1</source>
            <translation>APIv3 密钥：在%1中未找到</translation>
        </message>
        <message>
            <source>APIv3 key: %1</source>
            <translation>APIv3 密钥：%1</translation>
        </message>
    </context>
    <context>
        <name>psc::profile::Profile</name>
        <message>
            <source>is only for a profile on this computer (the sandbox); keep a real APIv3 key in the keychain</source>
            <translation>仅用于本机的配置（沙箱）；真实的 APIv3 密钥请保存在系统钥匙串中</translation>
        </message>
        <message>
            <source>Profile %1: %2</source>
            <translation>商户配置 %1：%2</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>无法读取（%1）</translation>
        </message>
        <message>
            <source>is not valid JSON (%1 at offset %2)</source>
            <translation>不是有效的 JSON（%1，位于偏移 %2）</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>必须是 JSON 对象</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>必须是字符串</translation>
        </message>
        <message>
            <source>must be a list of file names</source>
            <translation>必须是文件名列表</translation>
        </message>
        <message>
            <source>must be a file name</source>
            <translation>必须是文件名</translation>
        </message>
        <message>
            <source>Profile %1 cannot be written (%2)</source>
            <translation>商户配置 %1 无法写入（%2）</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>为必填项</translation>
        </message>
        <message>
            <source>must be an https:// URL such as https://api.mch.weixin.qq.com</source>
            <translation>必须是 https:// URL，例如 https://api.mch.weixin.qq.com</translation>
        </message>
        <message>
            <source>plain http:// is only allowed to this computer; use https://</source>
            <translation>明文 http:// 只允许用于本机；请使用 https://</translation>
        </message>
        <message>
            <source>must not contain a query or fragment</source>
            <translation>不能包含查询参数或片段</translation>
        </message>
        <message>
            <source>must be the merchant number (digits only)</source>
            <translation>必须是商户号（仅数字）</translation>
        </message>
        <message>
            <source>must be the merchant API certificate serial (hexadecimal, as on the merchant platform)</source>
            <translation>必须是商户 API 证书序列号（十六进制，与商户平台显示一致）</translation>
        </message>
        <message>
            <source>is required (the apiclient_key.pem file)</source>
            <translation>为必填项（apiclient_key.pem 文件）</translation>
        </message>
        <message>
            <source>must be the WeChat Pay public key ID (PUB_KEY_ID_…)</source>
            <translation>必须是微信支付公钥 ID（PUB_KEY_ID_…）</translation>
        </message>
        <message>
            <source>is required together with wechatpay_public_key_id</source>
            <translation>须与 wechatpay_public_key_id 一同填写</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>不能为空</translation>
        </message>
        <message>
            <source>give the WeChat Pay public key (wechatpay_public_key_id and wechatpay_public_key_file) or platform_certificate_files: without one no answer can be verified</source>
            <translation>请提供微信支付公钥（wechatpay_public_key_id 和 wechatpay_public_key_file）或 platform_certificate_files：否则无法验证任何应答</translation>
        </message>
        <message>
            <source>must be an AppID such as wxd678efh567hg6787</source>
            <translation>必须是 AppID，例如 wxd678efh567hg6787</translation>
        </message>
        <message>
            <source>must be the PayScore service ID (letters and digits)</source>
            <translation>必须是支付分服务ID（字母和数字）</translation>
        </message>
        <message>
            <source>must be the sub-merchant number (digits only)</source>
            <translation>必须是子商户号（仅数字）</translation>
        </message>
        <message>
            <source>must be an https:// URL such as %1</source>
            <translation>必须是 https:// URL，例如 %1</translation>
        </message>
    </context>
    <context>
        <name>psc::profile::SecretSource</name>
        <message>
            <source>the environment variable %1</source>
            <translation>环境变量 %1</translation>
        </message>
        <message>
            <source>the environment variable %1, this session or the system keychain</source>
            <translation>环境变量 %1、本次会话或系统钥匙串</translation>
        </message>
        <message>
            <source>the environment variable %1 or this session (no system keychain is running)</source>
            <translation>环境变量 %1 或本次会话（系统钥匙串未运行）</translation>
        </message>
    </context>
    <context>
        <name>psc::sandbox::HttpServer</name>
        <message>
            <source>TLS is not available in this Qt build</source>
            <translation>此 Qt 版本不支持 TLS</translation>
        </message>
        <message>
            <source>cannot listen on %1:%2: %3</source>
            <translation>无法监听 %1:%2：%3</translation>
        </message>
    </context>
    <context>
        <name>psc::sandbox::Sandbox</name>
        <message>
            <source>the sandbox needs a folder</source>
            <translation>沙箱需要一个文件夹</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::CompletePage</name>
        <message>
            <source>too large</source>
            <translation>过大</translation>
        </message>
        <message>
            <source>The total is too large: at most %1 can be collected. Check the fees and discounts.</source>
            <translation>总金额过大：最多只能收取 %1。请检查费用和优惠。</translation>
        </message>
        <message>
            <source>= fees %1 − discounts %2</source>
            <translation>= 费用 %1 − 优惠 %2</translation>
        </message>
        <message>
            <source>The service was not used: nothing is collected.</source>
            <translation>未使用服务：不收取任何费用。</translation>
        </message>
        <message>
            <source>Fee line %1: %2</source>
            <translation>付费项目第 %1 行：%2</translation>
        </message>
        <message>
            <source>Discount line %1: %2</source>
            <translation>优惠项目第 %1 行：%2</translation>
        </message>
        <message>
            <source>The discounts are larger than the fees: the total cannot be negative.</source>
            <translation>优惠金额大于费用：总金额不能为负数。</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>未发送：%1</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>付费项目</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>付费项目</translation>
        </message>
        <message>
            <source>Discounts (at most %1)</source>
            <translation>优惠项目（最多 %1 项）</translation>
        </message>
        <message>
            <source>The amounts are too large to add up: check the fees and discounts.</source>
            <translation>金额过大，无法相加：请检查费用和优惠。</translation>
        </message>
        <message>
            <source>Lines of another order</source>
            <translation>其他订单的项目</translation>
        </message>
        <message>
            <source>The fee and discount lines were typed for order %1 (%2). Keep them for order %3 (%4)?</source>
            <translation>付费和优惠项目是为订单 %1（%2）填写的。要把它们用于订单 %3（%4）吗？</translation>
        </message>
        <message>
            <source>Keep the lines</source>
            <translation>保留这些项目</translation>
        </message>
        <message>
            <source>Start with empty tables</source>
            <translation>清空，重新填写</translation>
        </message>
        <message>
            <source>Not sent: the lines of another order were removed. Type the lines for order %1.</source>
            <translation>未发送：其他订单的项目已清除。请为订单 %1 填写项目。</translation>
        </message>
        <message>
            <source>Fees (fees)</source>
            <translation>付费项目 (fees)</translation>
        </message>
        <message>
            <source>Payments (post_payments)</source>
            <translation>付费项目 (post_payments)</translation>
        </message>
        <message>
            <source>Discounts (discounts, at most %1)</source>
            <translation>优惠项目 (discounts，最多 %1 项)</translation>
        </message>
        <message>
            <source>Discounts (post_discounts, at most %1)</source>
            <translation>优惠项目 (post_discounts，最多 %1 项)</translation>
        </message>
        <message>
            <source>Add at least one fee line: Ctrl+Ins, or paste rows from a spreadsheet.</source>
            <translation>请至少添加一行付费项目：按 Ctrl+Ins 新增，或从电子表格粘贴。</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ConnectionCheck</name>
        <message numerus="yes">
            <source>This computer's clock is %n second(s) ahead of the server. Requests more than 5 minutes off are refused: set the clock right (enable network time).</source>
            <translation>
                <numerusform>本机时钟比服务器快 %n 秒。时间相差超过 5 分钟的请求会被拒绝：请校准时钟（启用网络时间）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This computer's clock is %n second(s) behind the server. Requests more than 5 minutes off are refused: set the clock right (enable network time).</source>
            <translation>
                <numerusform>本机时钟比服务器慢 %n 秒。时间相差超过 5 分钟的请求会被拒绝：请校准时钟（启用网络时间）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The server said: %1</source>
            <translation>服务器返回：%1</translation>
        </message>
        <message>
            <source>Connection works: the signature, the keys and the clock are right.</source>
            <translation>连接正常：签名、密钥和时钟均正确。</translation>
        </message>
        <message>
            <source>The server answered ORDER_NOT_EXIST for a made-up order number, as expected, and its answer verified with the WeChat Pay key.</source>
            <translation>服务器对虚构的订单号返回 ORDER_NOT_EXIST（符合预期），且应答通过了微信支付公钥的验签。</translation>
        </message>
        <message>
            <source>The server accepted the signature, but its answer could not be verified.</source>
            <translation>服务器接受了签名，但其应答无法验签。</translation>
        </message>
        <message>
            <source>Check the WeChat Pay public key ID and file, or the platform certificates: the answer's signature did not match them.</source>
            <translation>请检查微信支付公钥 ID 和公钥文件，或平台证书：应答签名与之不符。</translation>
        </message>
        <message>
            <source>The server refused the signature (SIGN_ERROR).</source>
            <translation>服务器拒绝了签名（SIGN_ERROR）。</translation>
        </message>
        <message>
            <source>Check that the certificate serial belongs to the private key file (pick apiclient_cert.pem again to read it), that the merchant number is right, and that this computer's clock is right.</source>
            <translation>请检查证书序列号是否与私钥文件匹配（重新选择 apiclient_cert.pem 以读取），商户号是否正确，以及本机时钟是否准确。</translation>
        </message>
        <message>
            <source>No permission (NO_AUTH).</source>
            <translation>无权限（NO_AUTH）。</translation>
        </message>
        <message>
            <source>The signature was accepted, but this merchant may not use PayScore with these IDs: check the AppID, the service ID and the sub-merchant number, and that they are bound to the merchant number.</source>
            <translation>签名已通过，但该商户无权以这些 ID 使用支付分：请检查 AppID、服务ID 和子商户号，以及它们是否已与商户号绑定。</translation>
        </message>
        <message>
            <source>The server answered %1.</source>
            <translation>服务器返回 %1。</translation>
        </message>
        <message>
            <source>The request reached WeChat Pay, but it was refused: see the message and check the profile's IDs.</source>
            <translation>请求已到达微信支付，但被拒绝：请查看消息并检查商户配置中的各项 ID。</translation>
        </message>
        <message>
            <source>The secure (TLS) connection failed.</source>
            <translation>安全连接（TLS）失败。</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted. Behind a company proxy or for a private test server, set the extra CA file; otherwise check the URL.</source>
            <translation>服务器证书不受信任。如使用公司代理或私有测试服务器，请设置额外 CA 文件；否则请检查 URL。</translation>
        </message>
        <message>
            <source>Could not connect to the server.</source>
            <translation>无法连接服务器。</translation>
        </message>
        <message>
            <source>Check the environment or URL, the network, a proxy or a firewall.</source>
            <translation>请检查环境或 URL、网络、代理或防火墙。</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>服务器未能及时应答。</translation>
        </message>
        <message>
            <source>Check the network and try again.</source>
            <translation>请检查网络后重试。</translation>
        </message>
        <message>
            <source>The answer's time is more than 5 minutes off this computer's clock.</source>
            <translation>应答时间与本机时钟相差超过 5 分钟。</translation>
        </message>
        <message>
            <source>Set this computer's clock right (enable network time).</source>
            <translation>请校准本机时钟（启用网络时间）。</translation>
        </message>
        <message>
            <source>The server's answer failed verification (%1).</source>
            <translation>服务器应答验签失败（%1）。</translation>
        </message>
        <message>
            <source>Check the WeChat Pay public key ID and file, or the platform certificates. Never trust an answer that does not verify.</source>
            <translation>请检查微信支付公钥 ID 和公钥文件，或平台证书。切勿相信未通过验签的应答。</translation>
        </message>
        <message>
            <source>The profile cannot be used yet.</source>
            <translation>该商户配置尚不能使用。</translation>
        </message>
        <message>
            <source>Unexpected answer (%1).</source>
            <translation>意外的应答（%1）。</translation>
        </message>
        <message>
            <source>Request-ID: %1</source>
            <translation>Request-ID：%1</translation>
        </message>
        <message>
            <source>Enter the service ID and the AppID (or, for partner and oversea merchants, the sub-merchant number): the test queries an order.</source>
            <translation>请填写服务ID 和 AppID（服务商和境外机构请填写子商户号）：测试会查询一个订单。</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::FormPage</name>
        <message>
            <source>Not sent: %1</source>
            <translation>未发送：%1</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::JournalPage</name>
        <message>
            <source>Export the journal as CSV</source>
            <translation>将操作日志导出为 CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>全部结果</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>结果未知</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <source>Unknown (incl. reconciled)</source>
            <translation>未知（含已核对）</translation>
        </message>
        <message>
            <source>Not sent (invalid)</source>
            <translation>未发送（输入无效）</translation>
        </message>
        <message>
            <source>Pending (no outcome recorded)</source>
            <translation>待定（未记录结果）</translation>
        </message>
        <message>
            <source>All operators</source>
            <translation>全部操作员</translation>
        </message>
        <message>
            <source>All profiles</source>
            <translation>全部商户配置</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n write(s) have an unknown outcome: the order may or may not have been changed. The same write is blocked until the order has been queried. Use "Reconcile unknown outcomes".</source>
            <translation>
                <numerusform>%n 个写操作结果未知：订单可能已被修改，也可能没有。在查询订单之前，相同的写操作将被阻止。请使用“核对未知结果”。</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>商户配置</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>商户订单号</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>%1 (%2 fen)</source>
            <translation>%1（%2 分）</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP 状态码</translation>
        </message>
        <message>
            <source>Request-ID</source>
            <translation>Request-ID</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>WeChat order ID</source>
            <translation>微信支付服务订单号</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>耗时</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>Reconciled</source>
            <translation>核对时间</translation>
        </message>
        <message>
            <source>Reconciled by</source>
            <translation>核对人</translation>
        </message>
        <message>
            <source>Order found</source>
            <translation>查到的订单</translation>
        </message>
        <message>
            <source>Reconciliation note</source>
            <translation>核对说明</translation>
        </message>
        <message>
            <source>Request body (secrets removed):</source>
            <translation>请求体（已去除敏感信息）：</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>已导出到 %1</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Querying the orders whose outcome is unknown…</source>
            <translation>正在查询结果未知的订单…</translation>
        </message>
        <message numerus="yes">
            <source>Reconciled %n entries.</source>
            <translation>
                <numerusform>已核对 %n 条。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reconciled %1, still unknown %2 (the query got no verified answer: try again later).</source>
            <translation>已核对 %1 条，仍未知 %2 条（查询未得到通过验签的应答：请稍后重试）。</translation>
        </message>
        <message>
            <source>Enter a name of 1 to %1 characters.</source>
            <translation>请输入 1 到 %1 个字符的名字。</translation>
        </message>
        <message>
            <source>Journal entries from now on name %1 as the operator.</source>
            <translation>此后的日志条目将记录 %1 为操作员。</translation>
        </message>
        <message>
            <source>All PCs</source>
            <translation>所有电脑</translation>
        </message>
        <message>
            <source>All OS accounts</source>
            <translation>所有系统账户</translation>
        </message>
        <message>
            <source>PC</source>
            <translation>电脑</translation>
        </message>
        <message>
            <source>OS account</source>
            <translation>系统账户</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%2 上的 %1</translation>
        </message>
        <message>
            <source>Sent by: %1</source>
            <translation>发送人：%1</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Started (UTC)</source>
            <translation>开始时间（UTC）</translation>
        </message>
        <message>
            <source>Finished (UTC)</source>
            <translation>结束时间（UTC）</translation>
        </message>
        <message>
            <source>Mode / operation</source>
            <translation>模式 / 操作</translation>
        </message>
        <message>
            <source>Reconciled (UTC)</source>
            <translation>核对时间（UTC）</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::JournalTableModel</name>
        <message>
            <source>outcome unknown</source>
            <translation>结果未知</translation>
        </message>
        <message>
            <source>no outcome recorded</source>
            <translation>未记录结果</translation>
        </message>
        <message>
            <source>succeeded</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <source>rejected: %1</source>
            <translation>被拒绝：%1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>not sent (invalid)</source>
            <translation>未发送（输入无效）</translation>
        </message>
        <message>
            <source>%1, overridden (order was %2)</source>
            <translation>%1，已强制放行（订单当时为 %2）</translation>
        </message>
        <message>
            <source>%1, reconciled: %2</source>
            <translation>%1，已核对：%2</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>Time (local)</source>
            <translation>时间（本地）</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>商户配置</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>商户订单号</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Request-ID</source>
            <translation>Request-ID</translation>
        </message>
        <message>
            <source>WeChat order ID</source>
            <translation>微信支付服务订单号</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>耗时</translation>
        </message>
        <message>
            <source>PC (account)</source>
            <translation>电脑（账户）</translation>
        </message>
        <message>
            <source>order not found</source>
            <translation>未找到订单</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>rejected (%1)</source>
            <translation>被拒绝（%1）</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>无此订单</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>结果未知</translation>
        </message>
        <message>
            <source>No outcome</source>
            <translation>无结果</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <source>%1→sent again</source>
            <translation>%1→已重发</translation>
        </message>
        <message>
            <source>%1→checked</source>
            <translation>%1→已核对</translation>
        </message>
        <message>
            <source>%1→took effect</source>
            <translation>%1→已生效</translation>
        </message>
        <message>
            <source>%1→no effect</source>
            <translation>%1→未生效</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::LineItemEditor</name>
        <message>
            <source>Add line</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>复制此行</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除此行</translation>
        </message>
        <message>
            <source>Paste from spreadsheet</source>
            <translation>从电子表格粘贴</translation>
        </message>
        <message>
            <source>Paste rows copied from a spreadsheet (%1): one row per line, cells separated by tabs, in the order of the columns.</source>
            <translation>粘贴从电子表格复制的行（%1）：每行一项，单元格以制表符分隔，顺序与表格列一致。</translation>
        </message>
        <message>
            <source>Fee lines</source>
            <translation>付费项目</translation>
        </message>
        <message>
            <source>Discount lines</source>
            <translation>优惠项目</translation>
        </message>
        <message>
            <source>Add fee line</source>
            <translation>添加付费项目</translation>
        </message>
        <message>
            <source>Add discount line</source>
            <translation>添加优惠项目</translation>
        </message>
        <message>
            <source>Duplicate fee line</source>
            <translation>复制付费项目</translation>
        </message>
        <message>
            <source>Duplicate discount line</source>
            <translation>复制优惠项目</translation>
        </message>
        <message>
            <source>Remove fee line</source>
            <translation>删除付费项目</translation>
        </message>
        <message>
            <source>Remove discount line</source>
            <translation>删除优惠项目</translation>
        </message>
        <message>
            <source>Paste fee lines</source>
            <translation>粘贴付费项目</translation>
        </message>
        <message>
            <source>Paste discount lines</source>
            <translation>粘贴优惠项目</translation>
        </message>
        <message>
            <source>Add a line (%1)</source>
            <translation>添加一行（%1）</translation>
        </message>
        <message>
            <source>Duplicate the selected line (%1)</source>
            <translation>复制选中的行（%1）</translation>
        </message>
        <message>
            <source>Remove the selected line (%1)</source>
            <translation>删除选中的行（%1）</translation>
        </message>
        <message>
            <source>&amp;Add line</source>
            <translation>添加一行(&amp;A)</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>复制此行(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Paste from spreadsheet</source>
            <translation>从电子表格粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>Paste rows copied from a spreadsheet: one row per line, cells separated by tabs, in the order of the columns.</source>
            <translation>粘贴从电子表格复制的行：每行一项，单元格以制表符分隔，顺序与表格列一致。</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::LineItemTableModel</name>
        <message>
            <source>Line total (yuan)</source>
            <translation>小计（元）</translation>
        </message>
        <message>
            <source>Enter an amount in yuan, e.g. 12.34.</source>
            <translation>请输入金额（元），例如 12.34。</translation>
        </message>
        <message>
            <source>"%1" is not an amount in yuan (at most two decimals, e.g. 12.34).</source>
            <translation>"%1" 不是有效的金额（元，最多两位小数，例如 12.34）。</translation>
        </message>
        <message>
            <source>"%1" is not a whole number.</source>
            <translation>"%1" 不是整数。</translation>
        </message>
        <message>
            <source>Fee name</source>
            <translation>付费项目名称</translation>
        </message>
        <message>
            <source>Discount name</source>
            <translation>优惠名称</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message numerus="yes">
            <source>At most %n fee line(s) can be sent for this mode.</source>
            <translation>
                <numerusform>此模式最多只能发送 %n 个付费项目。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %n discount line(s) can be sent for this mode.</source>
            <translation>
                <numerusform>此模式最多只能发送 %n 个优惠项目。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>psc::ui::MainWindow</name>
        <message>
            <source>Batch (批量处理)</source>
            <translation>批量处理</translation>
        </message>
        <message>
            <source>Order %1: the unknown outcome is settled in the journal (%2).</source>
            <translation>订单 %1：操作日志中的未知结果已核对（%2）。</translation>
        </message>
        <message>
            <source>Journal (%1 unknown)</source>
            <translation>操作日志（%1 个未知）</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>操作日志</translation>
        </message>
        <message>
            <source>About PayScore Console</source>
            <translation>关于 PayScore Console</translation>
        </message>
        <message>
            <source>&lt;h3&gt;PayScore Console %1&lt;/h3&gt;&lt;p&gt;Sync, complete and query WeChat Pay PayScore orders.&lt;/p&gt;&lt;p&gt;The built-in sandbox simulates WeChat Pay on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PayScore Console（支付分订单运营台）%1&lt;/h3&gt;&lt;p&gt;同步、完结和查询微信支付分订单。&lt;/p&gt;&lt;p&gt;内置沙箱在本机模拟微信支付。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The built-in sandbox could not start: %1</source>
            <translation>内置沙箱无法启动：%1</translation>
        </message>
        <message>
            <source>Profile %1 cannot be used: %2</source>
            <translation>商户配置 %1 无法使用：%2</translation>
        </message>
        <message>
            <source>NO PROFILE</source>
            <translation>无商户配置</translation>
        </message>
        <message>
            <source>Sandbox (built-in)</source>
            <translation>沙箱（内置）</translation>
        </message>
        <message>
            <source>simulator at %1 — no real money</source>
            <translation>模拟器地址 %1 — 不涉及真实资金</translation>
        </message>
        <message>
            <source>%1 — real money</source>
            <translation>%1 — 真实资金</translation>
        </message>
        <message>
            <source>No profile</source>
            <translation>无商户配置</translation>
        </message>
        <message>
            <source>Syncing order %1…</source>
            <translation>正在同步订单 %1…</translation>
        </message>
        <message>
            <source>Complete not sent.</source>
            <translation>完结请求未发送。</translation>
        </message>
        <message>
            <source>Completing order %1…</source>
            <translation>正在完结订单 %1…</translation>
        </message>
        <message>
            <source>Querying order %1…</source>
            <translation>正在查询订单 %1…</translation>
        </message>
        <message>
            <source>Sync (同步订单)</source>
            <translation>同步订单</translation>
        </message>
        <message>
            <source>Complete (完结订单)</source>
            <translation>完结订单</translation>
        </message>
        <message>
            <source>Query (查询订单)</source>
            <translation>查询订单</translation>
        </message>
        <message>
            <source>Choose a merchant profile first (File → Open profile file…, or New merchant profile…).</source>
            <translation>请先选择商户配置（文件 → 打开商户配置文件…，或新建商户配置…）。</translation>
        </message>
        <message>
            <source>Order workspace (订单工作台)</source>
            <translation>订单工作台</translation>
        </message>
        <message>
            <source>Open a merchant profile</source>
            <translation>打开商户配置</translation>
        </message>
        <message>
            <source>Profiles (*.json)</source>
            <translation>商户配置 (*.json)</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>商户配置</translation>
        </message>
        <message>
            <source>Wait for the answer (or press Esc) before switching profiles.</source>
            <translation>请等待应答（或按 Esc）后再切换商户配置。</translation>
        </message>
        <message>
            <source>Journal location</source>
            <translation>日志位置</translation>
        </message>
        <message>
            <source>Wait for the answer (or press Esc) before changing the journal.</source>
            <translation>请等待应答（或按 Esc）后再更改日志位置。</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ProfileDialog</name>
        <message>
            <source>Production (api.mch.weixin.qq.com)</source>
            <translation>正式环境（api.mch.weixin.qq.com）</translation>
        </message>
        <message>
            <source>Production, backup domain (api2.mch.weixin.qq.com)</source>
            <translation>正式环境备用域名（api2.mch.weixin.qq.com）</translation>
        </message>
        <message>
            <source>Oversea (apihk.mch.weixin.qq.com)</source>
            <translation>境外（apihk.mch.weixin.qq.com）</translation>
        </message>
        <message>
            <source>Custom URL (sandbox, test server)</source>
            <translation>自定义 URL（沙箱、测试服务器）</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
            <translation>PEM 文件 (*.pem *.crt *.cer);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Merchant API certificate (apiclient_cert.pem)</source>
            <translation>商户 API 证书（apiclient_cert.pem）</translation>
        </message>
        <message>
            <source>Merchant private key (apiclient_key.pem)</source>
            <translation>商户私钥（apiclient_key.pem）</translation>
        </message>
        <message>
            <source>WeChat Pay public key</source>
            <translation>微信支付公钥</translation>
        </message>
        <message>
            <source>WeChat Pay platform certificate</source>
            <translation>微信支付平台证书</translation>
        </message>
        <message>
            <source>Extra CA certificates</source>
            <translation>额外 CA 证书</translation>
        </message>
        <message>
            <source>Import profile</source>
            <translation>导入商户配置</translation>
        </message>
        <message>
            <source>Profiles (*.json)</source>
            <translation>商户配置 (*.json)</translation>
        </message>
        <message>
            <source>Export profile</source>
            <translation>导出商户配置</translation>
        </message>
        <message>
            <source>the file %1 does not exist</source>
            <translation>文件 %1 不存在</translation>
        </message>
        <message>
            <source>the file %1 cannot be read</source>
            <translation>文件 %1 无法读取</translation>
        </message>
        <message>
            <source>is not a public key (%1)</source>
            <translation>不是公钥（%1）</translation>
        </message>
        <message>
            <source>%1 is not a certificate (%2)</source>
            <translation>%1 不是证书（%2）</translation>
        </message>
        <message>
            <source>not set (needed to download platform certificates and to decrypt notifications)</source>
            <translation>未设置（下载平台证书和解密回调通知时需要）</translation>
        </message>
        <message>
            <source>from the environment variable PAYSCORE_APIV3_KEY</source>
            <translation>来自环境变量 PAYSCORE_APIV3_KEY</translation>
        </message>
        <message>
            <source>set for this session (kept in memory only)</source>
            <translation>仅本次会话有效（只保存在内存中）</translation>
        </message>
        <message>
            <source>stored in the system keychain</source>
            <translation>已保存在系统钥匙串中</translation>
        </message>
        <message>
            <source>%1: %2 is not a certificate (%3)</source>
            <translation>%1：%2 不是证书（%3）</translation>
        </message>
        <message>
            <source>Profile exported to %1</source>
            <translation>商户配置已导出到 %1</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>正在测试…</translation>
        </message>
        <message>
            <source>Production (%1)</source>
            <translation>正式环境（%1）</translation>
        </message>
        <message>
            <source>Production, backup domain (%1)</source>
            <translation>正式环境备用域名（%1）</translation>
        </message>
        <message>
            <source>Oversea (%1)</source>
            <translation>境外（%1）</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ResultsPane</name>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>✖ NOT SENT — the journal could not record this write, so it was not sent</source>
            <translation>✖ 未发送 — 审计日志无法记录这次写操作，所以没有发送</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>订单 %1</translation>
        </message>
        <message>
            <source>Earlier answer, for order %1 (the form has changed since):</source>
            <translation>较早的结果，属于订单 %1（表单已改动）：</translation>
        </message>
        <message>
            <source>not made — query the order before anything else</source>
            <translation>未查询 — 请先查询订单，再做其他操作</translation>
        </message>
        <message>
            <source>You stopped waiting. The request may still reach WeChat Pay.</source>
            <translation>您已停止等待。该请求仍可能到达微信支付。</translation>
        </message>
        <message>
            <source>%1 · %2 · order %3</source>
            <translation>%1 · %2 · 订单 %3</translation>
        </message>
        <message>
            <source>No request sent yet. Fill in a form and press Ctrl+Enter.</source>
            <translation>尚未发送请求。填写表单后按 Ctrl+Enter 发送。</translation>
        </message>
        <message>
            <source>Sending… waiting for WeChat Pay's answer</source>
            <translation>正在发送… 等待微信支付应答</translation>
        </message>
        <message>
            <source>✔ SUCCEEDED — WeChat Pay accepted the request</source>
            <translation>✔ 成功 — 微信支付已受理请求</translation>
        </message>
        <message>
            <source>✖ REJECTED — WeChat Pay refused the request; nothing was changed</source>
            <translation>✖ 被拒绝 — 微信支付拒绝了请求，订单未发生任何变化</translation>
        </message>
        <message>
            <source>✖ NOT SENT — the request was stopped before sending; fix the form</source>
            <translation>✖ 未发送 — 请求在发送前被拦截，请修正表单</translation>
        </message>
        <message>
            <source>⚠ OUTCOME UNKNOWN — the request may or may not have been carried out. Query the order before doing anything else.</source>
            <translation>⚠ 结果未知 — 请求可能已执行，也可能未执行。请先查询订单，再进行其他操作。</translation>
        </message>
        <message>
            <source>✖ NOT SENT — the profile cannot be used as it is</source>
            <translation>✖ 未发送 — 当前商户配置无法使用</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>无应答</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>%1 ms (%2 attempts)</source>
            <translation>%1 毫秒（共 %2 次尝试）</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>已验签</translation>
        </message>
        <message>
            <source>NOT verified (%1)</source>
            <translation>未通过验签（%1）</translation>
        </message>
        <message>
            <source>done — the state below comes from it</source>
            <translation>已完成 — 下方状态来自该查询</translation>
        </message>
        <message>
            <source>failed (%1): the write's own outcome above stands</source>
            <translation>失败（%1）：上方写操作本身的结果仍然有效</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>无需查询</translation>
        </message>
        <message>
            <source>order_id %1</source>
            <translation>微信支付服务订单号 %1</translation>
        </message>
        <message>
            <source>, paid %1</source>
            <translation>，已付 %1</translation>
        </message>
        <message>
            <source>, to pay %1</source>
            <translation>，待付 %1</translation>
        </message>
        <message>
            <source>Total amount: %1</source>
            <translation>订单总金额：%1</translation>
        </message>
        <message>
            <source>What the server said</source>
            <translation>服务器返回的错误</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>发生了什么</translation>
        </message>
        <message>
            <source>none named</source>
            <translation>未指明</translation>
        </message>
        <message>
            <source>yes, after a pause</source>
            <translation>可以，稍候重发</translation>
        </message>
        <message>
            <source>no</source>
            <translation>不可以</translation>
        </message>
        <message>
            <source>(the server sent no sign_information)</source>
            <translation>（服务器未返回 sign_information）</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>应答</translation>
        </message>
        <message>
            <source>(empty body)</source>
            <translation>（空应答体）</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>未发送任何请求。</translation>
        </message>
        <message>
            <source>Canonical message (what was signed, one item per line):</source>
            <translation>签名串（签名的内容，每项一行）：</translation>
        </message>
        <message>
            <source>Authorization (signature shortened):</source>
            <translation>Authorization（签名已缩略）：</translation>
        </message>
        <message>
            <source>Headers:</source>
            <translation>请求头：</translation>
        </message>
        <message>
            <source>Body:</source>
            <translation>请求体：</translation>
        </message>
        <message>
            <source>answer (NOT verified: do not trust it)</source>
            <translation>应答（未通过验签：请勿相信）</translation>
        </message>
        <message>
            <source>Server message:</source>
            <translation>服务器消息：</translation>
        </message>
        <message>
            <source>Details:</source>
            <translation>详情：</translation>
        </message>
        <message>
            <source>✖ NOT SENT — the last outcome of this write is unknown: query the order first</source>
            <translation>✖ 未发送 — 该写操作上一次的结果未知：请先查询订单</translation>
        </message>
        <message>
            <source>Refresh this refund</source>
            <translation>刷新此退款的状态</translation>
        </message>
        <message>
            <source>Query this refund now</source>
            <translation>立即查询此退款</translation>
        </message>
        <message>
            <source>Refund number: %1</source>
            <translation>退款单号：%1</translation>
        </message>
        <message>
            <source>⚠ OUTCOME UNKNOWN — refund %1 may or may not have been made. Query this refund before anything else; if it must be sent again, it is sent with the same number, never a new one.</source>
            <translation>⚠ 结果未知 —— 退款 %1 可能已经退了，也可能没有。请先查询这笔退款；如需重发，一律使用同一个退款单号，绝不换新单号。</translation>
        </message>
        <message>
            <source>Refund %1: %2 — %3</source>
            <translation>退款 %1：%2 —— %3</translation>
        </message>
        <message>
            <source>refund_id %1</source>
            <translation>微信退款单号 %1</translation>
        </message>
        <message>
            <source>%1 refunded from payment %2</source>
            <translation>从付款 %2 退款 %1</translation>
        </message>
        <message>
            <source>(under way: refresh to see it finish)</source>
            <translation>（处理中：稍后刷新查看结果）</translation>
        </message>
        <message>
            <source>(the money did not reach the customer: handle it in the merchant platform)</source>
            <translation>（退款未到账：请在商户平台处理）</translation>
        </message>
        <message>
            <source>Query this order now</source>
            <translation>立即查询此订单</translation>
        </message>
        <message>
            <source>Waiting %1 s — gives up in %2 s</source>
            <translation>已等待 %1 秒 —— 最多再等 %2 秒</translation>
        </message>
        <message>
            <source>Waiting %1 s — the time limit is up</source>
            <translation>已等待 %1 秒 —— 已到等待时限</translation>
        </message>
        <message>
            <source>the order does not exist (ORDER_NOT_EXIST)</source>
            <translation>订单不存在（ORDER_NOT_EXIST）</translation>
        </message>
        <message>
            <source>ℹ SETTLED — a query found the order %1. Check below whether the earlier %2 took effect before sending anything again.</source>
            <translation>ℹ 已核实 —— 查询显示订单为：%1。再次发送前，请先查看下方信息，确认之前的%2是否已生效。</translation>
        </message>
        <message>
            <source>✔ SETTLED — the earlier %1 did take effect: do not send it again. The order is now %2.</source>
            <translation>✔ 已核实 —— 之前的%1已生效，无需重发。订单当前为：%2。</translation>
        </message>
        <message>
            <source>SETTLED — the earlier %1 did not take effect (the order is now %2): it may be sent again.</source>
            <translation>已核实 —— 之前的%1未生效（订单当前为：%2），可以重新发送。</translation>
        </message>
        <message>
            <source>made later: see the banner above</source>
            <translation>已在事后查询：见上方横幅</translation>
        </message>
        <message>
            <source>No request sent yet. The answer to the next one shows here.</source>
            <translation>尚未发送请求。下一次请求的结果会显示在这里。</translation>
        </message>
        <message>
            <source>No request sent yet. Fill in the form and press %1.</source>
            <translation>尚未发送请求。填写表单后按 %1 发送。</translation>
        </message>
        <message>
            <source>WeChat Pay order ID (order_id):</source>
            <translation>微信支付服务订单号（order_id）：</translation>
        </message>
        <message>
            <source>Refund %1</source>
            <translation>退款单号 %1</translation>
        </message>
        <message>
            <source>WeChat Pay refund ID (refund_id):</source>
            <translation>微信退款单号（refund_id）：</translation>
        </message>
        <message>
            <source>Waiting for your confirmation — nothing sent yet</source>
            <translation>等待您确认 — 尚未发送</translation>
        </message>
        <message>
            <source>Order %1 was checked.</source>
            <translation>已核对订单 %1。</translation>
        </message>
        <message>
            <source>Nothing has been sent: confirm or go back in the dialog.</source>
            <translation>尚未发送任何请求：请在对话框中确认或返回。</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::SecretDialog</name>
        <message>
            <source>APIv3 key</source>
            <translation>APIv3 密钥</translation>
        </message>
        <message>
            <source>Private key passphrase</source>
            <translation>私钥密码</translation>
        </message>
        <message>
            <source>The APIv3 key of merchant %1 (32 characters, set on the merchant platform under Account Center &gt; API Security). It decrypts certificates and notifications; it is never written to a profile or a log.</source>
            <translation>商户 %1 的 APIv3 密钥（32 个字符，在商户平台“账户中心 &gt; API安全”中设置）。用于解密证书和回调通知；不会写入商户配置或日志。</translation>
        </message>
        <message>
            <source>The passphrase of the private key file of merchant %1.</source>
            <translation>商户 %1 私钥文件的密码。</translation>
        </message>
        <message>
            <source>Without "Remember" it is kept in memory until the program closes.</source>
            <translation>如不勾选“保存”，则只保存在内存中，程序关闭后清除。</translation>
        </message>
        <message>
            <source>No system keychain is running on this computer: the secret is kept in memory only, until the program closes, and asked for again next time.</source>
            <translation>本机没有运行系统钥匙串：密钥只保存在内存中，程序关闭后清除，下次需重新输入。</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::SyncPage</name>
        <message>
            <source>"%1" is not a time that exists: type it as 2026-11-28 14:30:00 (local time).</source>
            <translation>“%1”不是有效的时间，请按 2026-11-28 14:30:00 的格式输入（本地时间）。</translation>
        </message>
        <message>
            <source>"%1" is not an amount in yuan (at most two decimals, e.g. 12.34).</source>
            <translation>"%1" 不是有效的金额（元，最多两位小数，例如 12.34）。</translation>
        </message>
    </context>
    <context>
        <name>PayScoreBatch</name>
        <message>
            <source>The file has no mode column and order %1 has not been looked up yet.</source>
            <translation>文件没有“模式”列，订单 %1 还没有查到所属模式。</translation>
        </message>
        <message>
            <source>Order %1 was found in no mode (searched %2): check the number, or write the mode in a mode column.</source>
            <translation>在所有模式中都没有找到订单 %1（已查 %2）：请核对订单号，或在“模式”列中写明模式。</translation>
        </message>
        <message>
            <source>Order %1 exists in more than one mode (%2): write the mode in a mode column for this row.</source>
            <translation>订单 %1 在多个模式中都存在（%2）：请在“模式”列中为这一行写明模式。</translation>
        </message>
        <message>
            <source>Order %1 could not be looked up: %2</source>
            <translation>订单 %1 查询失败：%2</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Order state</source>
            <translation>订单状态</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>错误码</translation>
        </message>
        <message>
            <source>Error meaning</source>
            <translation>错误含义</translation>
        </message>
        <message>
            <source>Request-ID</source>
            <translation>Request-ID</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>%1: "%2" is not an amount in yuan (write it like 12.34).</source>
            <translation>%1：“%2”不是以元为单位的金额（请写成 12.34 这样）。</translation>
        </message>
        <message>
            <source>%1: "%2" is not a whole number.</source>
            <translation>%1：“%2”不是整数。</translation>
        </message>
        <message>
            <source>mode "%1" is unknown: use serviceorder, payafter, oversea or partner (服务订单, 先享后付, 机构模式, 服务商).</source>
            <translation>未知的模式“%1”：请用服务订单、先享后付、机构模式或服务商（serviceorder、payafter、oversea、partner）。</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>结果未知</translation>
        </message>
        <message>
            <source>The earlier write's outcome is unknown and the query failed: not sent again. Query the order later. %1</source>
            <translation>之前写操作的结果未知，且查询失败：未重新发送。请稍后再查询该订单。%1</translation>
        </message>
        <message>
            <source>The earlier write's outcome was unknown; the query shows it took effect, so it was not sent again. %1</source>
            <translation>之前写操作的结果未知；查询显示已生效，因此未重新发送。%1</translation>
        </message>
        <message>
            <source>The earlier write's outcome was unknown; the query shows it did not take effect, so it was sent again. %1</source>
            <translation>之前写操作的结果未知；查询显示未生效，因此已重新发送。%1</translation>
        </message>
        <message>
            <source>The file starts like %1 text but is not valid %1: it may be damaged. Save it again from the spreadsheet as "CSV UTF-8".</source>
            <translation>文件开头像 %1 文本，但不是有效的 %1：可能已损坏。请在表格软件中重新另存为“CSV UTF-8”。</translation>
        </message>
        <message>
            <source>The file is neither UTF-8 nor GB18030/GBK text. Save the spreadsheet as "CSV UTF-8" and open that file.</source>
            <translation>文件既不是 UTF-8 也不是 GB18030/GBK 文本。请把表格另存为“CSV UTF-8”后再打开。</translation>
        </message>
        <message>
            <source>The quoted field that starts on line %1 is never closed (a " is missing): the file is cut short or not a CSV file.</source>
            <translation>第 %1 行开始的带引号字段没有结束（缺少一个 "）：文件不完整，或不是 CSV 文件。</translation>
        </message>
        <message>
            <source>This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File &gt; Save As &gt; "CSV UTF-8" and open that file.</source>
            <translation>这是 Excel 工作簿（.xlsx），不是 CSV 文件。请在 Excel 中选择“文件 &gt; 另存为 &gt; CSV UTF-8”，再打开那个文件。</translation>
        </message>
        <message>
            <source>Already succeeded (journal entry #%1, %2, Request-ID %3).</source>
            <translation>已成功（日志记录 #%1，%2，Request-ID %3）。</translation>
        </message>
        <message>
            <source>Took effect earlier: the query of journal entry #%1 found %2.</source>
            <translation>之前已生效：日志记录 #%1 的查询结果为 %2。</translation>
        </message>
        <message>
            <source>The file starts like %1 text but is not valid %1: it may be damaged. Save it again from the spreadsheet as "CSV UTF-8".</source>
            <translation>文件开头像 %1 文本，但内容不是有效的 %1，可能已损坏。请在表格软件中重新另存为“CSV UTF-8”。</translation>
        </message>
        <message>
            <source>This is not a text file (it contains NUL bytes). Save the spreadsheet as CSV and open that file.</source>
            <translation>这不是文本文件（含有 NUL 字节）。请把表格另存为 CSV 后再打开。</translation>
        </message>
        <message>
            <source>The file is neither UTF-8 nor GB18030/GBK text. Save the spreadsheet as "CSV UTF-8" and open that file.</source>
            <translation>文件既不是 UTF-8 也不是 GB18030/GBK 文本。请把表格另存为“CSV UTF-8”后再打开。</translation>
        </message>
        <message>
            <source>The quoted field that starts on line %1 is never closed (a " is missing): the file is cut short or not a CSV file.</source>
            <translation>第 %1 行开始的带引号字段没有结束（缺少一个 "）：文件不完整，或不是 CSV 文件。</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>文件没有表头行。</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>%1 is %2 MiB; a batch reads at most %3 MiB. Split the list into smaller files.</source>
            <translation>%1 有 %2 MiB，批量处理最多读取 %3 MiB。请把清单拆成几个小文件。</translation>
        </message>
        <message>
            <source>The text is %1 MiB; a batch reads at most %2 MiB. Split the list into smaller files.</source>
            <translation>文本有 %1 MiB，批量处理最多读取 %2 MiB。请把清单拆成几个小文件。</translation>
        </message>
        <message>
            <source>This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File &gt; Save As &gt; "CSV UTF-8" and open that file.</source>
            <translation>这是 Excel 工作簿（.xlsx），不是 CSV 文件。请在 Excel 中选择“文件 &gt; 另存为 &gt; CSV UTF-8”，再打开另存的文件。</translation>
        </message>
        <message>
            <source>The file contains control characters a spreadsheet never writes: it is not a CSV file.</source>
            <translation>文件含有表格软件不会写入的控制字符：这不是 CSV 文件。</translation>
        </message>
        <message>
            <source>The pasted text contains control characters a spreadsheet never writes.</source>
            <translation>粘贴的文本含有表格软件不会写入的控制字符。</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <source>Invalid, not sent</source>
            <translation>无效，未发送</translation>
        </message>
        <message>
            <source>Already done, skipped</source>
            <translation>已完成，已跳过</translation>
        </message>
        <message>
            <source>Configuration error</source>
            <translation>配置错误</translation>
        </message>
        <message>
            <source>%1: "%2" is not an amount in yuan (write it like 12.34).</source>
            <translation>%1：“%2”不是以元为单位的金额（请写成 12.34 这样）。</translation>
        </message>
        <message>
            <source>%1: "%2" is not a whole number.</source>
            <translation>%1：“%2”不是整数。</translation>
        </message>
        <message>
            <source>mode is required: serviceorder, payafter, oversea or partner (服务订单, 先享后付, 机构模式, 服务商).</source>
            <translation>必须填写模式：serviceorder、payafter、oversea 或 partner（服务订单、先享后付、机构模式、服务商）。</translation>
        </message>
        <message>
            <source>mode "%1" is unknown: use serviceorder, payafter, oversea or partner (服务订单, 先享后付, 机构模式, 服务商).</source>
            <translation>无法识别模式“%1”：请填写 serviceorder、payafter、oversea 或 partner（服务订单、先享后付、机构模式、服务商）。</translation>
        </message>
        <message>
            <source>The %1 mode has no complete operation.</source>
            <translation>%1 模式没有完结订单操作。</translation>
        </message>
        <message>
            <source>This row has %1 cells but the header has %2: a separator or quote is out of place.</source>
            <translation>这一行有 %1 个单元格，但表头只有 %2 列：某个分隔符或引号位置不对。</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Cannot create the workbook %1.</source>
            <translation>无法创建工作簿 %1。</translation>
        </message>
        <message>
            <source>Cannot write the workbook %1: %2</source>
            <translation>无法写入工作簿 %1：%2</translation>
        </message>
        <message>
            <source>Excluded from the batch.</source>
            <translation>已从本批中排除。</translation>
        </message>
        <message>
            <source>The same order as line %1: sent once, not twice.</source>
            <translation>与第 %1 行是同一订单：只发送一次，不会重复发送。</translation>
        </message>
        <message>
            <source>The order cannot be queried with this profile.</source>
            <translation>无法用当前商户配置查询该订单。</translation>
        </message>
        <message>
            <source>The earlier write's outcome is unknown and the query failed: not sent again. Query the order later. %1</source>
            <translation>上次操作结果未知，且查询失败：未重新发送。请稍后再查询该订单。%1</translation>
        </message>
        <message>
            <source>The earlier write's outcome was unknown; the query shows it took effect, so it was not sent again. %1</source>
            <translation>上次操作结果未知；查询显示已生效，因此没有重新发送。%1</translation>
        </message>
        <message>
            <source>The earlier write's outcome was unknown; the query shows it did not take effect, so it was sent again. %1</source>
            <translation>上次操作结果未知；查询显示未生效，因此重新发送。%1</translation>
        </message>
        <message>
            <source>This build cannot send %1 rows yet.</source>
            <translation>当前版本还不能发送 %1 类型的行。</translation>
        </message>
        <message>
            <source>No client for the %1 mode in this profile.</source>
            <translation>当前商户配置无法连接 %1 模式的接口。</translation>
        </message>
    </context>
    <context>
        <name>PayScoreOrderActions</name>
        <message>
            <source>while the user has confirmed and the service is running (DOING / USER_CONFIRM)</source>
            <translation>在用户已确认、服务进行中时（DOING / USER_CONFIRM）</translation>
        </message>
        <message>
            <source>before the merchant completed the order (CREATED or DOING / USER_CONFIRM)</source>
            <translation>在商户完结订单之前（CREATED 或 DOING / USER_CONFIRM）</translation>
        </message>
        <message>
            <source>while a completed order waits for payment (DOING / MCH_COMPLETE, collection USER_PAYING)</source>
            <translation>在订单已完结、等待用户支付时（DOING / MCH_COMPLETE，收款状态 USER_PAYING）</translation>
        </message>
        <message>
            <source>The %1 mode has no "%2" operation.</source>
            <translation>%1 模式没有“%2”操作。</translation>
        </message>
        <message>
            <source>The order is %1: "%2" is only possible %3. Allowed now: %4.</source>
            <translation>订单当前%1：“%2”只能%3进行。现在可以：%4。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>sync (paid another way)</source>
            <translation>同步订单（已通过其他方式收款）</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>完结订单</translation>
        </message>
        <message>
            <source>query</source>
            <translation>查询</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <source>modify the amount</source>
            <translation>修改订单金额</translation>
        </message>
        <message>
            <source>collect (charge again)</source>
            <translation>催收扣款</translation>
        </message>
        <message>
            <source>created, not yet confirmed by the user</source>
            <translation>已创建，用户尚未确认</translation>
        </message>
        <message>
            <source>confirmed, service running</source>
            <translation>用户已确认，服务进行中</translation>
        </message>
        <message>
            <source>completed, waiting for the user to pay</source>
            <translation>已完结，等待用户支付</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>finished and paid</source>
            <translation>已完成并支付</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已失效</translation>
        </message>
        <message>
            <source>in an unknown state</source>
            <translation>处于未知状态</translation>
        </message>
        <message>
            <source>, collection %1</source>
            <translation>，收款状态 %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>once the customer has paid (DONE, or collection USER_PAID)</source>
            <translation>在用户已付款之后（DONE，或收款状态 USER_PAID）</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>refund query</source>
            <translation>查询退款</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步订单</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>完结订单</translation>
        </message>
        <message>
            <source>Query</source>
            <translation>查询订单</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <source>Modify amount</source>
            <translation>修改金额</translation>
        </message>
        <message>
            <source>Collect</source>
            <translation>催收扣款</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Refund query</source>
            <translation>查询退款</translation>
        </message>
    </context>
    <context>
        <name>JournalLocation</name>
        <message>
            <source>The journal location is empty.</source>
            <translation>日志位置为空。</translation>
        </message>
        <message>
            <source>A journal URL starts with postgresql://; anything else is a file path.</source>
            <translation>日志 URL 以 postgresql:// 开头；其他内容都视为文件路径。</translation>
        </message>
        <message>
            <source>The journal URL is not valid: %1</source>
            <translation>日志 URL 无效：%1</translation>
        </message>
        <message>
            <source>The journal URL must not contain a password. Keep it in the system keychain (Settings), in PGPASSFILE or in PGPASSWORD.</source>
            <translation>日志 URL 中不能包含密码。请把密码保存在系统钥匙串（设置）、PGPASSFILE 或 PGPASSWORD 中。</translation>
        </message>
        <message>
            <source>The journal URL names no database server.</source>
            <translation>日志 URL 没有写数据库服务器。</translation>
        </message>
        <message>
            <source>The journal URL names no database (…/DATABASE).</source>
            <translation>日志 URL 没有写数据库名（…/数据库名）。</translation>
        </message>
        <message>
            <source>The journal URL names no database user (USER@host).</source>
            <translation>日志 URL 没有写数据库用户（用户名@主机）。</translation>
        </message>
        <message>
            <source>The journal URL has an unknown parameter: %1</source>
            <translation>日志 URL 含有不认识的参数：%1</translation>
        </message>
        <message>
            <source>A team journal on another machine (%1) must be reached with sslmode=verify-full, so that the server's certificate and name are checked. Plain connections are only allowed to this computer.</source>
            <translation>位于其他电脑（%1）上的团队日志必须使用 sslmode=verify-full 连接，以核验服务器的证书和名称。只有连接本机时才允许不加密。</translation>
        </message>
    </context>
    <context>
        <name>JournalSettingsDialog</name>
        <message>
            <source>Journal location</source>
            <translation>日志位置</translation>
        </message>
        <message>
            <source>&amp;Local journal on this PC (default)</source>
            <translation>本机日志（默认）(&amp;L)</translation>
        </message>
        <message>
            <source>Team &amp;journal on the chain's PostgreSQL server</source>
            <translation>连锁总部 PostgreSQL 服务器上的团队日志(&amp;J)</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>URL(&amp;U)：</translation>
        </message>
        <message>
            <source>Team journal URL</source>
            <translation>团队日志 URL</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>数据库密码</translation>
        </message>
        <message>
            <source>kept in the system keychain, never in the URL</source>
            <translation>保存在系统钥匙串中，绝不写进 URL</translation>
        </message>
        <message>
            <source>A server on another computer must be reached with sslmode=verify-full (and sslrootcert= the CA file when the server's certificate is not from a public CA). The database administrator sets up the server (README, "The team journal").</source>
            <translation>连接其他电脑上的服务器必须使用 sslmode=verify-full（服务器证书不是公共 CA 签发时，还要用 sslrootcert= 指定 CA 文件）。服务器由数据库管理员配置（见 README“团队日志”一节）。</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Team journal on the chain's PostgreSQL server</source>
            <translation>连锁总部 PostgreSQL 服务器上的团队日志(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::JournalSettingsDialog</name>
        <message>
            <source>Type the team journal's URL (postgresql://USER@HOST:PORT/DATABASE).</source>
            <translation>请输入团队日志的 URL（postgresql://用户名@主机:端口/数据库名）。</translation>
        </message>
        <message>
            <source>A team journal's URL starts with postgresql://.</source>
            <translation>团队日志的 URL 以 postgresql:// 开头。</translation>
        </message>
        <message>
            <source>The team journal cannot be used: %1</source>
            <translation>无法使用团队日志：%1</translation>
        </message>
        <message numerus="yes">
            <source>Connected: %n entries in the team journal.</source>
            <translation>
                <numerusform>已连接：团队日志中有 %n 条记录。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>psc::ui::JournalConnection</name>
        <message numerus="yes">
            <source>The team journal (%1) cannot be reached. Writes are not sent until it can be, because every write must be recorded first; queries still work. Trying again every %n second(s)…</source>
            <translation>
                <numerusform>无法连接团队日志（%1）。每次写操作都必须先记录，所以在恢复连接前不会发送写操作；查询仍可使用。每 %n 秒自动重试一次…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>psc::profile::ProfileFileCheck</name>
        <message>
            <source>the file %1 does not exist</source>
            <translation>文件 %1 不存在</translation>
        </message>
        <message>
            <source>%1 is not a file</source>
            <translation>%1 不是文件</translation>
        </message>
        <message>
            <source>the file %1 cannot be read (permissions)</source>
            <translation>文件 %1 无法读取（权限不足）</translation>
        </message>
        <message>
            <source>is not a public key (%1)</source>
            <translation>不是公钥（%1）</translation>
        </message>
        <message>
            <source>%1 is not a certificate (%2)</source>
            <translation>%1 不是证书（%2）</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ConsoleContext</name>
        <message>
            <source>Sandbox (built-in)</source>
            <translation>沙箱（内置）</translation>
        </message>
        <message>
            <source>The audit journal cannot be opened: %1</source>
            <translation>无法打开操作日志：%1</translation>
        </message>
        <message>
            <source>The team journal is connected (%1).</source>
            <translation>团队日志已连接（%1）。</translation>
        </message>
        <message>
            <source>The built-in sandbox could not start: %1</source>
            <translation>内置沙箱无法启动：%1</translation>
        </message>
        <message>
            <source>Profile %1 cannot be used: %2</source>
            <translation>商户配置 %1 无法使用：%2</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::OperationFlow</name>
        <message>
            <source>Not sent: order %1 was left as it is.</source>
            <translation>未发送：订单 %1 保持不变。</translation>
        </message>
        <message>
            <source>Order %1 is already paid — nothing to do. Nothing was sent.</source>
            <translation>订单 %1 已收款，无需操作，没有发送任何请求。</translation>
        </message>
        <message>
            <source>Order %1 could not be checked before the write (%2), so nothing was sent.</source>
            <translation>修改前无法查询订单 %1（%2），因此没有发送任何请求。</translation>
        </message>
        <message>
            <source>the answer carried no order state</source>
            <translation>应答中没有订单状态</translation>
        </message>
        <message>
            <source>Checking order %1 before changing it…</source>
            <translation>正在查询订单 %1 的当前状态（确认后才会修改）…</translation>
        </message>
        <message>
            <source>Syncing order %1…</source>
            <translation>正在同步订单 %1…</translation>
        </message>
        <message>
            <source>Completing order %1…</source>
            <translation>正在完结订单 %1…</translation>
        </message>
        <message>
            <source>Querying order %1…</source>
            <translation>正在查询订单 %1…</translation>
        </message>
        <message>
            <source>Complete not sent.</source>
            <translation>完结请求未发送。</translation>
        </message>
        <message>
            <source>No profile</source>
            <translation>无商户配置</translation>
        </message>
        <message>
            <source>Choose a merchant profile first (File → Open profile file…, or New merchant profile…).</source>
            <translation>请先选择商户配置（文件 → 打开商户配置文件…，或新建商户配置…）。</translation>
        </message>
        <message>
            <source>Order %1: the unknown outcome is settled in the journal (%2).</source>
            <translation>订单 %1：操作日志中的未知结果已核对（%2）。</translation>
        </message>
        <message>
            <source>Will change:</source>
            <translation>将发生的变化：</translation>
        </message>
        <message>
            <source>The order will be cancelled (REVOKED); nothing is charged.</source>
            <translation>订单将被取消（REVOKED），不会扣款。</translation>
        </message>
        <message>
            <source>Reason the customer sees:</source>
            <translation>用户看到的原因：</translation>
        </message>
        <message>
            <source>Current total:</source>
            <translation>当前总金额：</translation>
        </message>
        <message>
            <source>New total:</source>
            <translation>新总金额：</translation>
        </message>
        <message>
            <source>Difference:</source>
            <translation>差额：</translation>
        </message>
        <message>
            <source>Lines sent:</source>
            <translation>发送的明细：</translation>
        </message>
        <message>
            <source>fee lines: %1, discount lines: %2</source>
            <translation>费用 %1 行，优惠 %2 行</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Will be charged now:</source>
            <translation>将立即扣款：</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Checking the state of order %1…</source>
            <translation>正在核对订单 %1 的当前状态…</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <source>Order %1 was not changed: %2</source>
            <translation>订单 %1 未作任何改动：%2</translation>
        </message>
        <message>
            <source>Order %1: nothing sent.</source>
            <translation>订单 %1：未发送任何请求。</translation>
        </message>
        <message>
            <source>Sending %1 for order %2…</source>
            <translation>正在为订单 %2 发送“%1”…</translation>
        </message>
        <message>
            <source>Nothing was refunded on order %1: %2</source>
            <translation>订单 %1 没有退款：%2</translation>
        </message>
        <message>
            <source>From payment (transaction):</source>
            <translation>退款的付款（微信支付订单号）：</translation>
        </message>
        <message>
            <source>%1 — #%2, paid %3 at %4</source>
            <translation>%1 —— 第 %2 笔，%4 支付 %3</translation>
        </message>
        <message>
            <source>Already refunded on it:</source>
            <translation>这笔付款已退：</translation>
        </message>
        <message>
            <source>Amount to refund:</source>
            <translation>本次退款金额：</translation>
        </message>
        <message>
            <source>Left to refund afterwards:</source>
            <translation>退款后还可退：</translation>
        </message>
        <message>
            <source>Refund number:</source>
            <translation>退款单号：</translation>
        </message>
        <message>
            <source>%1 — reused: its earlier outcome is unknown, so it is queried first and sent again unchanged only if it never reached WeChat Pay</source>
            <translation>%1 —— 沿用原单号：上次结果未知，先查询；只有微信支付从未收到时才原样重发</translation>
        </message>
        <message>
            <source>%1 — journaled before sending; a resend always reuses it</source>
            <translation>%1 —— 发送前已记入日志；重发时一律沿用此单号</translation>
        </message>
        <message>
            <source>Order %1: nothing refunded.</source>
            <translation>订单 %1：没有退款。</translation>
        </message>
        <message>
            <source>Refund for order %1…</source>
            <translation>订单 %1 退款中…</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ProfileBar</name>
        <message>
            <source>Sandbox (built-in)</source>
            <translation>沙箱（内置）</translation>
        </message>
        <message>
            <source>NO PROFILE</source>
            <translation>无商户配置</translation>
        </message>
        <message>
            <source>starting the sandbox…</source>
            <translation>正在启动沙箱…</translation>
        </message>
        <message>
            <source>simulator at %1 — no real money</source>
            <translation>模拟器地址 %1 — 不涉及真实资金</translation>
        </message>
        <message>
            <source>%1 — real money</source>
            <translation>%1 — 真实资金</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::BatchPage</name>
        <message>
            <source>too large to add up</source>
            <translation>金额过大，无法合计</translation>
        </message>
        <message>
            <source>no amounts in the file</source>
            <translation>文件中没有金额</translation>
        </message>
        <message>
            <source>%1 (amounts on %2 of the %3 rows)</source>
            <translation>%1（%3 行中有 %2 行填写了金额）</translation>
        </message>
        <message>
            <source>The file has no mode column: finding each order as the workspace does (queries only): %1 of %2…</source>
            <translation>文件没有“模式”列：正在像订单工作台一样逐个查找订单所属模式（只查询，不做修改）：%1 / %2…</translation>
        </message>
        <message>
            <source>Sync (paid outside WeChat Pay)</source>
            <translation>同步（已在微信支付外收款）</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>完结</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Query</source>
            <translation>查询</translation>
        </message>
        <message>
            <source>Op&amp;eration:</source>
            <translation>操作(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Open CSV file…</source>
            <translation>打开 CSV 文件(&amp;O)…</translation>
        </message>
        <message>
            <source>Paste rows from E&amp;xcel</source>
            <translation>粘贴 Excel 中复制的行(&amp;X)</translation>
        </message>
        <message>
            <source>Save te&amp;mplate…</source>
            <translation>保存模板(&amp;M)…</translation>
        </message>
        <message>
            <source>Columns this screen did not recognise: choose what each holds</source>
            <translation>有未识别的列：请选择每列的内容</translation>
        </message>
        <message>
            <source>Use these colum&amp;ns</source>
            <translation>按此对应各列(&amp;N)</translation>
        </message>
        <message>
            <source>Rows sho&amp;wn:</source>
            <translation>显示(&amp;W)：</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>全部行</translation>
        </message>
        <message>
            <source>Held back by the preview</source>
            <translation>预检未通过的行</translation>
        </message>
        <message>
            <source>Exclu&amp;de / include row</source>
            <translation>排除 / 恢复此行(&amp;D)</translation>
        </message>
        <message>
            <source>Concurrenc&amp;y:</source>
            <translation>并发数(&amp;Y)：</translation>
        </message>
        <message>
            <source>Re&amp;quests per second:</source>
            <translation>每秒请求数(&amp;Q)：</translation>
        </message>
        <message>
            <source>&amp;Start…</source>
            <translation>开始(&amp;S)…</translation>
        </message>
        <message>
            <source>P&amp;ause</source>
            <translation>暂停(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>继续(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Cancel batch</source>
            <translation>取消批量(&amp;C)</translation>
        </message>
        <message>
            <source>Stops sending new rows. Rows already sent finish, or become unknown when their answer does not come.</source>
            <translation>不再发送新的行。已发出的行会继续完成；收不到应答的行结果为“未知”。</translation>
        </message>
        <message>
            <source>Retry the retrya&amp;ble rows</source>
            <translation>重试可重试的行(&amp;B)</translation>
        </message>
        <message>
            <source>Query the un&amp;known rows</source>
            <translation>查询结果未知的行(&amp;K)</translation>
        </message>
        <message>
            <source>Export CS&amp;V…</source>
            <translation>导出 CSV(&amp;V)…</translation>
        </message>
        <message>
            <source>Expor&amp;t XLSX…</source>
            <translation>导出 XLSX(&amp;T)…</translation>
        </message>
        <message>
            <source>Open a CSV file or paste rows copied from Excel. Headers in Chinese or English; "Save template…" gives a file to start from.</source>
            <translation>打开 CSV 文件，或粘贴从 Excel 复制的行。表头可用中文或英文；点“保存模板…”可得到一个起始文件。</translation>
        </message>
        <message>
            <source>Open the rows</source>
            <translation>打开批量文件</translation>
        </message>
        <message>
            <source>Spreadsheet text (*.csv *.txt);;All files (*)</source>
            <translation>表格文本 (*.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>pasted rows</source>
            <translation>粘贴的行</translation>
        </message>
        <message>
            <source>Reading and checking the rows…</source>
            <translation>正在读取并检查各行…</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1: %2 rows, %3, separated by %4.</source>
            <translation>%1：共 %2 行，编码 %3，分隔符为%4。</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>Times without an offset (2026-11-28 10:00:00) are read as this PC's local time (%1).</source>
            <translation>没有时区的时间（如 2026-11-28 10:00:00）按本机当地时间（%1）读取。</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translation>（不使用）</translation>
        </message>
        <message>
            <source>No column holds: %1. Choose it below.</source>
            <translation>没有列对应：%1。请在下面选择。</translation>
        </message>
        <message>
            <source>To send: %1 of %2 rows. Invalid: %3. Duplicates: %4. Excluded: %5.</source>
            <translation>将发送 %1 行（共 %2 行）。无效：%3。重复：%4。已排除：%5。</translation>
        </message>
        <message>
            <source>Total: %1.</source>
            <translation>合计：%1。</translation>
        </message>
        <message>
            <source>too large to add up</source>
            <translation>金额过大，无法合计</translation>
        </message>
        <message>
            <source>Double-click a cell to fix it, or exclude the row.</source>
            <translation>双击单元格即可修改，或排除该行。</translation>
        </message>
        <message>
            <source>Nothing to send</source>
            <translation>没有可发送的行</translation>
        </message>
        <message>
            <source>No row can be sent: fix or map the columns the preview names first.</source>
            <translation>没有可发送的行：请先修改预检指出的问题，或对应好各列。</translation>
        </message>
        <message>
            <source>WeChat Pay asked to slow down (429): holding %1 s, then %2 requests per second.</source>
            <translation>微信支付要求降低频率（429）：暂停 %1 秒，之后每秒 %2 个请求。</translation>
        </message>
        <message>
            <source>A query shows the write took effect.</source>
            <translation>查询显示此操作已生效。</translation>
        </message>
        <message>
            <source>A query shows the write did not take effect: Start sends it again (after another query).</source>
            <translation>查询显示此操作未生效：点“开始”会再查询一次后重新发送。</translation>
        </message>
        <message>
            <source>The query did not settle it: %1</source>
            <translation>查询未能确定结果：%1</translation>
        </message>
        <message>
            <source>Succeeded %1 · rejected %2 · unknown %3 · skipped (done before) %4 · not sent %5 · in flight %6</source>
            <translation>成功 %1 · 被拒绝 %2 · 结果未知 %3 · 已跳过（之前已完成）%4 · 未发送 %5 · 发送中 %6</translation>
        </message>
        <message>
            <source>%1 rows/s (limit %2/s)</source>
            <translation>每秒 %1 行（上限每秒 %2）</translation>
        </message>
        <message>
            <source>about %1 s left</source>
            <translation>约剩 %1 秒</translation>
        </message>
        <message>
            <source>querying rows whose outcome was unknown before sending anything</source>
            <translation>发送前先查询结果未知的行</translation>
        </message>
        <message>
            <source>paused: rows in flight finish, no new row starts</source>
            <translation>已暂停：发送中的行会完成，不再开始新的行</translation>
        </message>
        <message>
            <source>cancelling: no new row is sent; rows in flight finish or become unknown</source>
            <translation>正在取消：不再发送新的行；发送中的行会完成或结果未知</translation>
        </message>
        <message>
            <source>Export the results</source>
            <translation>导出结果</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Results written to %1</source>
            <translation>结果已写入 %1</translation>
        </message>
        <message>
            <source>Reading the journal: rows done before are skipped, rows whose outcome is unknown are queried first…</source>
            <translation>正在读取日志：之前已完成的行将跳过，结果未知的行将先查询…</translation>
        </message>
        <message>
            <source>The journal cannot be read, so nothing was sent: %1</source>
            <translation>无法读取日志，因此未发送任何请求：%1</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>保存模板</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Template saved to %1</source>
            <translation>模板已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::BatchTableModel</name>
        <message>
            <source>OK · found in %1</source>
            <translation>通过 · 在 %1 模式中找到</translation>
        </message>
        <message>
            <source>Excluded by you</source>
            <translation>已由您排除</translation>
        </message>
        <message>
            <source>Duplicate of line %1: sent once</source>
            <translation>与第 %1 行重复：只发送一次</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>%1 (not used)</source>
            <translation>%1（不使用）</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>预检</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Order state</source>
            <translation>订单状态</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>错误码</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>含义</translation>
        </message>
        <message>
            <source>Request-ID</source>
            <translation>Request-ID</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::BatchConfirmDialog</name>
        <message>
            <source>Start the batch?</source>
            <translation>开始批量操作？</translation>
        </message>
        <message>
            <source>%1 %2 rows on the profile "%3".</source>
            <translation>%1 %2 行，商户配置“%3”。</translation>
        </message>
        <message>
            <source>Total amount: %1</source>
            <translation>合计金额：%1</translation>
        </message>
        <message>
            <source>%1 rows are held back by the preview and not sent.</source>
            <translation>%1 行未通过预检，不会发送。</translation>
        </message>
        <message>
            <source>Rows already settled in the journal are skipped; rows whose outcome is unknown are queried before anything is sent again.</source>
            <translation>日志中已完成的行会跳过；结果未知的行会先查询，再决定是否重新发送。</translation>
        </message>
        <message>
            <source>&amp;Start the batch</source>
            <translation>开始批量操作(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Do not start</source>
            <translation>不开始(&amp;D)</translation>
        </message>
        <message>
            <source>This is PRODUCTION: real orders and real money. Type the number of rows (%1) to start:</source>
            <translation>这是生产环境：真实订单、真实资金。请输入行数（%1）后开始：</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::WorkspaceModel</name>
        <message>
            <source>Look an order up first.</source>
            <translation>请先查找订单。</translation>
        </message>
        <message>
            <source>Only a paid order can be refunded (completed, or the collection is paid); this order is: %1.</source>
            <translation>只有已付款的订单才能退款（已完结，或收款已支付）；此订单：%1。</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ConfirmWriteDialog</name>
        <message>
            <source>Confirm before sending</source>
            <translation>发送前确认</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>返回(&amp;G)</translation>
        </message>
        <message>
            <source>PRODUCTION: cancel this real order? The customer sees the reason.</source>
            <translation>生产环境：确定取消这笔真实订单吗？用户会看到取消原因。</translation>
        </message>
        <message>
            <source>Cancel this order? The customer sees the reason.</source>
            <translation>确定取消此订单吗？用户会看到取消原因。</translation>
        </message>
        <message>
            <source>PRODUCTION: lower the amount the customer owes on this real order?</source>
            <translation>生产环境：确定降低这笔真实订单的应付金额吗？</translation>
        </message>
        <message>
            <source>Lower the amount the customer owes on this order?</source>
            <translation>确定降低此订单的应付金额吗？</translation>
        </message>
        <message>
            <source>PRODUCTION: charge the customer real money now?</source>
            <translation>生产环境：确定现在向用户扣取真实款项吗？</translation>
        </message>
        <message>
            <source>Ask WeChat Pay to charge the customer now?</source>
            <translation>确定现在请微信支付向用户扣款吗？</translation>
        </message>
        <message>
            <source>PRODUCTION: send this request?</source>
            <translation>生产环境：确定发送此请求吗？</translation>
        </message>
        <message>
            <source>Send this request?</source>
            <translation>确定发送此请求吗？</translation>
        </message>
        <message>
            <source>PRODUCTION: give real money back to the customer now?</source>
            <translation>生产环境：现在把真实的钱退还给用户吗？</translation>
        </message>
        <message>
            <source>Give this money back to the customer?</source>
            <translation>把这笔钱退还给用户吗？</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>小计</translation>
        </message>
        <message>
            <source>&amp;Send: %1</source>
            <translation>发送：%1(&amp;S)</translation>
        </message>
        <message>
            <source>Confirm: %1</source>
            <translation>确认：%1</translation>
        </message>
        <message>
            <source>will be completed and %1 collected from the customer</source>
            <translation>将完结订单，并向用户收取 %1</translation>
        </message>
        <message>
            <source>will be marked paid, paid at %1</source>
            <translation>将标记为已收款，收款时间 %1</translation>
        </message>
        <message>
            <source>will be marked paid %1, paid at %2</source>
            <translation>将标记为已收款 %1，收款时间 %2</translation>
        </message>
        <message>
            <source>%1 local time (%2 Beijing time)</source>
            <translation>%1（本地时间），即北京时间 %2</translation>
        </message>
        <message>
            <source>&amp;Send complete</source>
            <translation>发送完结请求(&amp;S)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>PRODUCTION: this collects real money from the customer. Send this complete request?</source>
            <translation>正式环境：将向用户收取真实款项。确定发送完结请求吗？</translation>
        </message>
        <message>
            <source>Complete — the service was used (finish_type 2)</source>
            <translation>完结 — 已使用服务（finish_type 2）</translation>
        </message>
        <message>
            <source>Cancel — the service was not used (finish_type 1)</source>
            <translation>取消 — 未使用服务（finish_type 1）</translation>
        </message>
        <message>
            <source>PRODUCTION: mark this real order as paid?</source>
            <translation>生产环境：确定把这笔真实订单标记为已收款吗？</translation>
        </message>
        <message>
            <source>Mark this order as paid outside WeChat Pay?</source>
            <translation>确定把此订单标记为已在微信支付之外收款吗？</translation>
        </message>
        <message>
            <source>Send this complete request? WeChat Pay will collect the total from the customer.</source>
            <translation>确定发送完结请求吗？微信支付将向用户收取总金额。</translation>
        </message>
        <message>
            <source>Service start:</source>
            <translation>服务开始时间：</translation>
        </message>
        <message>
            <source>Service end:</source>
            <translation>服务结束时间：</translation>
        </message>
        <message>
            <source>Order number:</source>
            <translation>订单号：</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>订单类型：</translation>
        </message>
        <message>
            <source>Current state:</source>
            <translation>当前状态：</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>商户配置：</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>发送(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ModifyForm</name>
        <message>
            <source>Current total %1 → new total %2</source>
            <translation>当前总金额 %1 → 新总金额 %2</translation>
        </message>
        <message>
            <source>(difference %1)</source>
            <translation>（差额 %1）</translation>
        </message>
        <message>
            <source>Fees after the change (line totals):</source>
            <translation>修改后的费用（每行小计）：</translation>
        </message>
        <message>
            <source>Discounts after the change:</source>
            <translation>修改后的优惠：</translation>
        </message>
        <message>
            <source>Reason &amp;text:</source>
            <translation>原因(&amp;T)：</translation>
        </message>
        <message>
            <source>Modify reason</source>
            <translation>修改原因</translation>
        </message>
        <message>
            <source>1–%1 characters</source>
            <translation>1–%1 个字</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::WorkspacePage</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Refunds cannot be made from the console yet: nothing was sent. The payment to refund is listed in the collection details above.</source>
            <translation>控制台暂时还不能退款：没有发送任何请求。要退款的支付记录见上方的收款明细。</translation>
        </message>
        <message>
            <source>&amp;Order number:</source>
            <translation>订单号(&amp;O)：</translation>
        </message>
        <message>
            <source>Type or scan the order number, then press Enter</source>
            <translation>输入或扫描订单号，然后按回车</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <source>Loo&amp;k up</source>
            <translation>查找(&amp;K)</translation>
        </message>
        <message>
            <source>Look up the order</source>
            <translation>查找订单</translation>
        </message>
        <message>
            <source>&amp;Sync (paid elsewhere)…</source>
            <translation>同步收款（已线下付款）(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Complete…</source>
            <translation>完结订单(&amp;C)…</translation>
        </message>
        <message>
            <source>Cancel or&amp;der…</source>
            <translation>取消订单(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Modify amount…</source>
            <translation>修改金额(&amp;M)…</translation>
        </message>
        <message>
            <source>Coll&amp;ect payment…</source>
            <translation>催收扣款(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Refund…</source>
            <translation>退款(&amp;R)…</translation>
        </message>
        <message>
            <source>Common re&amp;asons:</source>
            <translation>常用原因(&amp;A)：</translation>
        </message>
        <message>
            <source>Common reasons</source>
            <translation>常用原因</translation>
        </message>
        <message>
            <source>— pick one to fill in the reason —</source>
            <translation>— 选择一项填入原因 —</translation>
        </message>
        <message>
            <source>Order created by mistake</source>
            <translation>订单创建错误</translation>
        </message>
        <message>
            <source>Duplicate order</source>
            <translation>重复下单</translation>
        </message>
        <message>
            <source>Customer no longer needs it</source>
            <translation>用户不再需要</translation>
        </message>
        <message>
            <source>Service could not be provided</source>
            <translation>无法提供服务</translation>
        </message>
        <message>
            <source>Cancelled at customer request</source>
            <translation>应用户要求取消</translation>
        </message>
        <message>
            <source>Reason &amp;text:</source>
            <translation>原因(&amp;T)：</translation>
        </message>
        <message>
            <source>Cancel reason</source>
            <translation>取消原因</translation>
        </message>
        <message>
            <source>1–%1 characters; the customer sees it</source>
            <translation>1–%1 个字，用户可以看到</translation>
        </message>
        <message>
            <source>reason: 1–%1 characters. Public sources disagree between 30 and 50; the console takes the stricter limit.</source>
            <translation>reason（原因）：1–%1 个字。公开资料有 30 和 50 两种说法，本程序取更严格的限制。</translation>
        </message>
        <message>
            <source>Re&amp;view and send…</source>
            <translation>核对并发送(&amp;V)…</translation>
        </message>
        <message>
            <source>Review and send</source>
            <translation>核对并发送</translation>
        </message>
        <message>
            <source>Sync (paid elsewhere)</source>
            <translation>同步收款（已线下付款）</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>完结订单</translation>
        </message>
        <message>
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <source>Modify amount</source>
            <translation>修改金额</translation>
        </message>
        <message>
            <source>Collect payment</source>
            <translation>催收扣款</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Type an order number first.</source>
            <translation>请先输入订单号。</translation>
        </message>
        <message>
            <source>The panel below shows order %1. Press Enter to look up %2.</source>
            <translation>下方显示的是订单 %1。按回车查找 %2。</translation>
        </message>
        <message>
            <source>Type an order number and press Enter: the console looks for it in every mode this profile can use.</source>
            <translation>输入订单号后按回车：程序会在此商户配置可用的所有订单类型中查找。</translation>
        </message>
        <message>
            <source>Looking for order %1…</source>
            <translation>正在查找订单 %1…</translation>
        </message>
        <message>
            <source>Order %1 found: %2.</source>
            <translation>已找到订单 %1：%2。</translation>
        </message>
        <message>
            <source>The same number also exists in: %1.</source>
            <translation>同一订单号也存在于：%1。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Order %1 was found nowhere: it does not exist in any mode this profile can use (searched: %2).</source>
            <translation>哪里都找不到订单 %1：此商户配置可用的所有订单类型中都不存在该订单（已查：%2）。</translation>
        </message>
        <message>
            <source>Order %1 could not be looked up in %2: %3 %4</source>
            <translation>无法在%2中查找订单 %1：%3 %4</translation>
        </message>
        <message>
            <source>The number typed is not the order shown: press Enter to look it up.</source>
            <translation>输入的订单号与显示的订单不同：请按回车查找。</translation>
        </message>
        <message>
            <source>Wait for the answer to the request on its way.</source>
            <translation>请等待正在发送的请求返回结果。</translation>
        </message>
        <message>
            <source>Cancel order %1</source>
            <translation>取消订单 %1</translation>
        </message>
        <message>
            <source>Lower the amount of order %1</source>
            <translation>降低订单 %1 的金额</translation>
        </message>
        <message>
            <source>Collect payment for order %1</source>
            <translation>为订单 %1 催收扣款</translation>
        </message>
        <message>
            <source>WeChat Pay will try to charge the customer %1 now (what is still to pay).</source>
            <translation>微信支付将立即尝试向用户扣款 %1（尚未支付的金额）。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总金额</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <source>Still to pay</source>
            <translation>待付</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>小计</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>优惠</translation>
        </message>
        <message>
            <source>Service start</source>
            <translation>服务开始</translation>
        </message>
        <message>
            <source>Service end</source>
            <translation>服务结束</translation>
        </message>
        <message>
            <source>Start place</source>
            <translation>开始地点</translation>
        </message>
        <message>
            <source>End place</source>
            <translation>结束地点</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Collection details</source>
            <translation>收款明细</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Paid at</source>
            <translation>付款时间</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>交易单号</translation>
        </message>
        <message>
            <source>WeChat PayScore (NEWTON)</source>
            <translation>微信支付分扣款（NEWTON）</translation>
        </message>
        <message>
            <source>Paid elsewhere (MCH)</source>
            <translation>其他方式付款（MCH）</translation>
        </message>
        <message>
            <source>Writes sent for this order</source>
            <translation>此订单已发送的写操作</translation>
        </message>
        <message>
            <source>None in the journal.</source>
            <translation>日志中没有记录。</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Refund a payment of order %1</source>
            <translation>为订单 %1 的付款退款</translation>
        </message>
        <message>
            <source>Refunds of its payments</source>
            <translation>付款的退款记录</translation>
        </message>
        <message>
            <source>Refund number</source>
            <translation>退款单号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>unknown outcome — query this refund before resending</source>
            <translation>结果未知——重发前先查询这笔退款</translation>
        </message>
        <message>
            <source>never reached WeChat Pay — to be sent again</source>
            <translation>微信支付未收到——需用同一单号重发</translation>
        </message>
        <message>
            <source>not made</source>
            <translation>未退款</translation>
        </message>
        <message>
            <source>&amp;Look up</source>
            <translation>查找(&amp;L)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel order…</source>
            <translation>取消订单(&amp;N)…</translation>
        </message>
        <message>
            <source>Common &amp;reasons:</source>
            <translation>常用原因(&amp;R)：</translation>
        </message>
        <message>
            <source>%1 — query before resending</source>
            <translation>%1 — 重发前请先查询订单</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ProfileActions</name>
        <message>
            <source>Open a merchant profile</source>
            <translation>打开商户配置</translation>
        </message>
        <message>
            <source>Profiles (*.json)</source>
            <translation>商户配置 (*.json)</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>商户配置</translation>
        </message>
        <message>
            <source>Wait for the answer (or press Esc) before switching profiles.</source>
            <translation>请等待应答（或按 Esc）后再切换商户配置。</translation>
        </message>
        <message>
            <source>Journal location</source>
            <translation>日志位置</translation>
        </message>
        <message>
            <source>Wait for the answer (or press Esc) before changing the journal.</source>
            <translation>请等待应答（或按 Esc）后再更改日志位置。</translation>
        </message>
    </context>
    <context>
        <name>RefundRules</name>
        <message>
            <source>%1 must be at most %2 characters; it has %3.</source>
            <translation>%1 最多 %2 个字符，当前为 %3 个。</translation>
        </message>
        <message>
            <source>%1 may only contain 0-9, A-Z, a-z and _ - | * @; "%2" is not allowed.</source>
            <translation>%1 只能包含 0-9、A-Z、a-z 和 _ - | * @，不允许使用“%2”。</translation>
        </message>
        <message>
            <source>Oversea (apihk) orders are refunded through a different API, which this tool does not cover: refund them in the merchant platform.</source>
            <translation>境外（apihk）订单的退款使用另一套接口，本工具不支持：请在商户平台办理退款。</translation>
        </message>
        <message>
            <source>%1 must be more than ¥0.00; it is %2.</source>
            <translation>%1 必须大于 ¥0.00，当前为 %2。</translation>
        </message>
        <message>
            <source>%1 (%2) cannot be more than the payment's amount (%3).</source>
            <translation>%1（%2）不能超过该笔支付的金额（%3）。</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>退款成功</translation>
        </message>
        <message>
            <source>Refund in progress</source>
            <translation>退款处理中</translation>
        </message>
        <message>
            <source>Refund failed to reach the customer's account (abnormal): handle it in the merchant platform</source>
            <translation>退款异常：款项未能退到用户账户，请在商户平台处理</translation>
        </message>
        <message>
            <source>Refund closed: no money was refunded</source>
            <translation>退款已关闭：未退出任何款项</translation>
        </message>
        <message>
            <source>Order %1 is not paid (state %2): only a DONE order, or one whose collection is USER_PAID, can be refunded. To lower an unpaid order, modify its amount instead.</source>
            <translation>订单 %1 尚未支付（状态 %2）：只有已完成（DONE）或收款状态为已支付（USER_PAID）的订单才能退款。未支付的订单请改用修改金额。</translation>
        </message>
        <message>
            <source>Order %1 was paid outside WeChat Pay (synced as paid): there is no WeChat Pay payment to refund. Refund the customer the way they paid.</source>
            <translation>订单 %1 是在微信支付以外付款的（已同步为已支付）：没有可退的微信支付款项。请按顾客原来的付款方式退款。</translation>
        </message>
        <message>
            <source>Order %1 lists no payment with a transaction_id: there is nothing to refund.</source>
            <translation>订单 %1 没有带 transaction_id 的支付记录：没有可退的款项。</translation>
        </message>
        <message>
            <source>%1 %2 is not a payment of order %3.</source>
            <translation>%1 %2 不是订单 %3 的支付。</translation>
        </message>
        <message>
            <source>%1 (%2, paid %3, %4 left to refund)</source>
            <translation>%1（%2，支付时间 %3，可退 %4）</translation>
        </message>
        <message>
            <source>Order %1 has %2 payments: choose the one to refund by its %3: %4.</source>
            <translation>订单 %1 有 %2 笔支付：请用 %3 选择要退款的那一笔：%4。</translation>
        </message>
        <message>
            <source>%1 (%2) is more than what remains refundable on payment %3: %4 (paid %5, already refunded %6).</source>
            <translation>%1（%2）超过了支付 %3 的剩余可退金额：%4（已付 %5，已退 %6）。</translation>
        </message>
        <message>
            <source>Reading order %1…</source>
            <translation>正在读取订单 %1…</translation>
        </message>
        <message>
            <source>Nothing was refunded: the order could not be read, so the refund was not sent.</source>
            <translation>未退款：无法读取订单，退款请求没有发送。</translation>
        </message>
        <message>
            <source>Refund %1 of this order (journal entry %2) has an unknown outcome: a new refund number would risk refunding twice. Run the refund again without a number (it resumes %1), or query %1 first.</source>
            <translation>本订单的退款 %1（日志第 %2 条）结果未知：换用新的退款单号可能导致重复退款。请不指定单号重新发起退款（将沿用 %1），或先查询 %1。</translation>
        </message>
        <message>
            <source>Querying refund %1, whose outcome is unknown…</source>
            <translation>正在查询结果未知的退款 %1…</translation>
        </message>
        <message>
            <source>Refund %1 (journal entry %2) had an unknown outcome; the query shows it reached WeChat Pay. Nothing was sent again.</source>
            <translation>退款 %1（日志第 %2 条）此前结果未知；查询显示微信支付已收到。未重复发送。</translation>
        </message>
        <message>
            <source>Refund %1 (journal entry %2) still has an unknown outcome and was not sent again. Query it later; a resend will reuse this number.</source>
            <translation>退款 %1（日志第 %2 条）结果仍然未知，未重复发送。请稍后查询；重新发送时将沿用此单号。</translation>
        </message>
        <message>
            <source>The journal entry %1 of refund %2 cannot be read back.</source>
            <translation>无法读回退款 %2 的日志第 %1 条。</translation>
        </message>
        <message>
            <source>Refund %1 of %2, whose outcome was unknown, never reached WeChat Pay. It must be sent again unchanged, with the same number: ask for %2, then refund the difference separately.</source>
            <translation>结果未知的退款 %1（%2）并未到达微信支付。它必须以相同单号原样重新发送：请按 %2 发起，差额另行退款。</translation>
        </message>
        <message>
            <source>Refund %1, whose outcome was unknown, is for payment %2: it must be sent again unchanged before another payment is refunded.</source>
            <translation>结果未知的退款 %1 针对支付 %2：必须先将它原样重新发送，才能退其他支付。</translation>
        </message>
        <message>
            <source>Refund %1 never reached WeChat Pay: it is sent again with the same number.</source>
            <translation>退款 %1 并未到达微信支付：现以相同单号重新发送。</translation>
        </message>
        <message>
            <source>Sending refund %1 of %2…</source>
            <translation>正在发送退款 %1（%2）…</translation>
        </message>
        <message>
            <source>Querying refund %1…</source>
            <translation>正在查询退款 %1…</translation>
        </message>
        <message>
            <source>Refund query: %1 (%2).</source>
            <translation>退款查询：%1（%2）。</translation>
        </message>
        <message>
            <source>Refund query: no such refund; it never reached WeChat Pay and may be sent again with the same number.</source>
            <translation>退款查询：无此退款；它未到达微信支付，可用相同单号重新发送。</translation>
        </message>
        <message>
            <source>Refund %1: %2 (%3).</source>
            <translation>退款 %1：%2（%3）。</translation>
        </message>
        <message>
            <source>No such refund: it never reached WeChat Pay and may be sent again with the same number.</source>
            <translation>无此退款：它未到达微信支付，可用相同单号重新发送。</translation>
        </message>
        <message>
            <source>The refund query failed (%1): still unknown.</source>
            <translation>退款查询失败（%1）：结果仍然未知。</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>NotificationDecoder</name>
        <message>
            <source>The text is not a notification: no resource object.</source>
            <translation>内容不是回调通知：没有 resource 对象。</translation>
        </message>
        <message>
            <source>Unsupported algorithm %1.</source>
            <translation>不支持的加密算法 %1。</translation>
        </message>
        <message>
            <source>No WeChat Pay key to verify the notification's signature with: it was not decrypted.</source>
            <translation>没有可用于验证通知签名的微信支付公钥：未解密。</translation>
        </message>
        <message>
            <source>The notification's signature does not verify (%1): it was not decrypted.</source>
            <translation>通知的签名验证失败（%1）：未解密。</translation>
        </message>
        <message>
            <source>resource.ciphertext is not Base64.</source>
            <translation>resource.ciphertext 不是 Base64 编码。</translation>
        </message>
        <message>
            <source>Cannot decrypt: %1</source>
            <translation>无法解密：%1</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::RefundForm</name>
        <message>
            <source>Paid %1 at %2 · already refunded %3 · %4 left to refund</source>
            <translation>已付 %1（%2）· 已退 %3 · 还可退 %4</translation>
        </message>
        <message>
            <source>Type the amount in yuan, e.g. 12.50.</source>
            <translation>请输入金额（元），例如 12.50。</translation>
        </message>
        <message>
            <source>Left to refund on this payment afterwards: %1</source>
            <translation>退款后这笔付款还可退：%1</translation>
        </message>
        <message>
            <source>%1: "%2" is not an amount in yuan (e.g. 12.50; at most two decimals).</source>
            <translation>%1：“%2”不是有效的金额（元），例如 12.50，最多两位小数。</translation>
        </message>
        <message>
            <source>Pa&amp;yment to refund:</source>
            <translation>退款的付款(&amp;Y)：</translation>
        </message>
        <message>
            <source>Payment to refund</source>
            <translation>退款的付款</translation>
        </message>
        <message>
            <source>&amp;Amount to refund (yuan):</source>
            <translation>退款金额（元）(&amp;A)：</translation>
        </message>
        <message>
            <source>Amount to refund in yuan</source>
            <translation>退款金额（元）</translation>
        </message>
        <message>
            <source>e.g. 12.50</source>
            <translation>例如 12.50</translation>
        </message>
        <message>
            <source>Reason (the customer sees &amp;it):</source>
            <translation>退款原因（用户可见）(&amp;I)：</translation>
        </message>
        <message>
            <source>Refund reason</source>
            <translation>退款原因</translation>
        </message>
        <message>
            <source>e.g. Delivery fee charged twice</source>
            <translation>例如：配送费多收了一次</translation>
        </message>
        <message>
            <source>#%1 · %2 · paid %3 · %4 left</source>
            <translation>第 %1 笔 · %2 · 已付 %3 · 还可退 %4</translation>
        </message>
        <message>
            <source>Refund %1 of %2 on payment %3 was sent earlier and its outcome is unknown. No new refund is made until it is settled: sending queries refund %1 first and sends it again — unchanged, with the same number — only if it never reached WeChat Pay.</source>
            <translation>之前发出的退款 %1（%2，付款 %3）结果未知。在查清之前不会发起新的退款：发送时先用这个退款单号查询；只有当微信支付从未收到它时，才用同一个单号原样重新发送。</translation>
        </message>
        <message>
            <source>&amp;Payment to refund:</source>
            <translation>退款的付款(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Reason (the customer sees it):</source>
            <translation>退款原因（用户可见）(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::NotificationDialog</name>
        <message>
            <source>Decrypt a notification</source>
            <translation>解密回调通知</translation>
        </message>
        <message>
            <source>{"id": …, "event_type": "REFUND.SUCCESS", "resource": {…}}</source>
            <translation>{"id": …, "event_type": "REFUND.SUCCESS", "resource": {…}}</translation>
        </message>
        <message>
            <source>Notification body (JSON)</source>
            <translation>通知正文（JSON）</translation>
        </message>
        <message>
            <source>Wechatpay-Timestamp: …
Wechatpay-Nonce: …
Wechatpay-Signature: …
Wechatpay-Serial: …</source>
            <translation>Wechatpay-Timestamp: …
Wechatpay-Nonce: …
Wechatpay-Signature: …
Wechatpay-Serial: …</translation>
        </message>
        <message>
            <source>Notification headers</source>
            <translation>通知请求头</translation>
        </message>
        <message>
            <source>Body (JSON, exactly as received):</source>
            <translation>正文（JSON，原样粘贴）：</translation>
        </message>
        <message>
            <source>Headers (optional, to verify):</source>
            <translation>请求头（可选，用于验签）：</translation>
        </message>
        <message>
            <source>&amp;Decrypt and verify</source>
            <translation>验签并解密(&amp;D)</translation>
        </message>
        <message>
            <source>Open a merchant profile first: its APIv3 key decrypts notifications.</source>
            <translation>请先打开商户配置：需要用它的 APIv3 密钥解密通知。</translation>
        </message>
        <message>
            <source>No APIv3 key: %1</source>
            <translation>没有 APIv3 密钥：%1</translation>
        </message>
        <message>
            <source>✔ Signature verified with the profile's WeChat Pay key.</source>
            <translation>✔ 已用配置中的微信支付公钥验签通过。</translation>
        </message>
        <message>
            <source>⚠ Signature NOT checked (no headers given): decrypted, but do not trust it as WeChat Pay's word.</source>
            <translation>⚠ 未验签（没有提供请求头）：已解密，但不能当作微信支付的正式通知。</translation>
        </message>
        <message>
            <source>Event %1 (%2), sent %3</source>
            <translation>事件 %1（%2），发送时间 %3</translation>
        </message>
        <message>
            <source>Refund %1 of %2 on payment %3: %4</source>
            <translation>退款 %1：%2，付款 %3：%4</translation>
        </message>
    </context>
    <context>
        <name>FormFieldMap</name>
        <message>
            <source>API field: %1</source>
            <translation>接口字段：%1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmCompleteDialog</name>
        <message>
            <source>What will change</source>
            <translation>将发生的变化</translation>
        </message>
        <message>
            <source>What will change:</source>
            <translation>将发生的变化：</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>当前状态</translation>
        </message>
        <message>
            <source>Current state:</source>
            <translation>当前状态：</translation>
        </message>
        <message>
            <source>Confirm complete</source>
            <translation>确认完结</translation>
        </message>
        <message>
            <source>Send this complete request? WeChat Pay will collect the total from the customer.</source>
            <translation>确定发送完结请求吗？微信支付将向用户收取总金额。</translation>
        </message>
        <message>
            <source>Order number:</source>
            <translation>商户订单号：</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>商户订单号</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>模式：</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>商户配置：</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>商户配置</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>环境</translation>
        </message>
        <message>
            <source>Finish type:</source>
            <translation>完结类型：</translation>
        </message>
        <message>
            <source>Finish type</source>
            <translation>完结类型</translation>
        </message>
        <message>
            <source>Fees and discounts</source>
            <translation>付费与优惠项目</translation>
        </message>
        <message>
            <source>Total to collect:</source>
            <translation>应收总金额：</translation>
        </message>
        <message>
            <source>Total amount</source>
            <translation>总金额</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ConfirmCompleteDialog</name>
        <message>
            <source>PRODUCTION: this changes a real order. Send this request (%1) for order %2?</source>
            <translation>正式环境：这会修改真实订单。确定对订单 %2 执行“%1”吗？</translation>
        </message>
        <message>
            <source>Send this request (%1) for order %2?</source>
            <translation>确定对订单 %2 执行“%1”吗？</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>小计</translation>
        </message>
        <message>
            <source>Send: %1</source>
            <translation>发送：%1</translation>
        </message>
        <message>
            <source>Confirm: %1</source>
            <translation>确认：%1</translation>
        </message>
        <message>
            <source>will be completed and %1 collected from the customer</source>
            <translation>将完结订单，并向用户收取 %1</translation>
        </message>
        <message>
            <source>will be marked paid, paid at %1</source>
            <translation>将标记为已收款，收款时间 %1</translation>
        </message>
        <message>
            <source>will be marked paid %1, paid at %2</source>
            <translation>将标记为已收款 %1，收款时间 %2</translation>
        </message>
        <message>
            <source>%1 local time (%2 Beijing time)</source>
            <translation>%1（本地时间），即北京时间 %2</translation>
        </message>
        <message>
            <source>Send complete</source>
            <translation>发送完结请求</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>返回修改</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>PRODUCTION: this collects real money from the customer. Send this complete request?</source>
            <translation>正式环境：将向用户收取真实款项。确定发送完结请求吗？</translation>
        </message>
        <message>
            <source>Complete — the service was used (finish_type 2)</source>
            <translation>完结 — 已使用服务（finish_type 2）</translation>
        </message>
        <message>
            <source>Cancel — the service was not used (finish_type 1)</source>
            <translation>取消 — 未使用服务（finish_type 1）</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::TypedTime</name>
        <message>
            <source>%1 local time (%2 Beijing time)</source>
            <translation>%1（本地时间），即北京时间 %2</translation>
        </message>
    </context>
    <context>
        <name>psc::apiv3::HttpAnswerParser</name>
        <message>
            <source>The connection closed before the whole answer arrived.</source>
            <translation>答复尚未完整收到，连接就关闭了。</translation>
        </message>
        <message>
            <source>The answer's status line and headers exceed %1 bytes.</source>
            <translation>答复的状态行和头部超过 %1 字节。</translation>
        </message>
        <message>
            <source>The server switched protocols (HTTP 101), which was never asked for.</source>
            <translation>服务器切换了协议（HTTP 101），但从未请求过。</translation>
        </message>
        <message>
            <source>The answer does not begin with an HTTP/1.1 status line.</source>
            <translation>答复不是以 HTTP/1.1 状态行开头。</translation>
        </message>
        <message>
            <source>The answer has a malformed header line.</source>
            <translation>答复中有一行头部格式错误。</translation>
        </message>
        <message>
            <source>The answer's Content-Length is not one number.</source>
            <translation>答复的 Content-Length 不是单一的数字。</translation>
        </message>
        <message>
            <source>The answer has a malformed chunk.</source>
            <translation>答复中有一个分块格式错误。</translation>
        </message>
    </context>
    <context>
        <name>psc::apiv3::KeepAliveReply</name>
        <message>
            <source>The network access was closed.</source>
            <translation>网络访问已关闭。</translation>
        </message>
        <message>
            <source>The server sent data before the request.</source>
            <translation>请求发出之前，服务器就发来了数据。</translation>
        </message>
        <message>
            <source>The server closed the connection before the whole answer arrived.</source>
            <translation>答复尚未完整收到，服务器就关闭了连接。</translation>
        </message>
        <message>
            <source>The server closed the connection.</source>
            <translation>服务器关闭了连接。</translation>
        </message>
        <message>
            <source>Operation canceled</source>
            <translation>操作已取消</translation>
        </message>
    </context>
</TS>
