<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CompletePage</name>
        <message>
            <source>Complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish an order the customer has used: list what they owe, minus discounts. The total is collected through WeChat Pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;AppID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AppID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Service ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete — service &amp;used (2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish type: service used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel — ser&amp;vice not used (1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish type: service not used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel &amp;reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required when the service was not used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total to collect:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send service details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm:ss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service end time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En&amp;d location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service end location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profit sharing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prof&amp;it sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profit sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish tic&amp;ket:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Goods tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goods tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Complete order…  (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service s&amp;tart (local time):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service &amp;end (local time):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order number (out_order_no):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;AppID (appid):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Service ID (service_id):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish type (finish_type):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel — service &amp;not used (1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel &amp;reason (cancel_reason):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total to collect (total_amount):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End &amp;location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;fit sharing (profit_sharing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish tic&amp;ket (finish_ticket):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Goods tag (goods_tag):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfirmWriteDialog</name>
        <message>
            <source>What will change</source>
            <translation>What will change</translation>
        </message>
        <message>
            <source>What will change:</source>
            <translation>What will change:</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Current state</translation>
        </message>
        <message>
            <source>Current state:</source>
            <translation>Current state:</translation>
        </message>
        <message>
            <source>Confirm before sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send this complete request? WeChat Pay will collect the total from the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fees and discounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total to collect:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total amount</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnvironmentBadge</name>
        <message>
            <source>PRODUCTION</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SANDBOX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests go to WeChat Pay and move real money.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests go to the built-in simulator on this computer. No real money moves.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some writes have an unknown outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>part of an order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;concile unknown outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oper&amp;ator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name in the journal. It can be changed once per session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PC a write was sent from (team journal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OS account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer account a write was sent from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;perator:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalWriteHook</name>
        <message>
            <source>The previous %1 of order %2 (journal entry %3, %4) has an unknown outcome. Query the order, or run "payscore-cli reconcile", before sending it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal %1 could not record this write before sending it: %2</source>
            <translation>The journal %1 could not record this write before sending it: %2</translation>
        </message>
        <message>
            <source>The previous %1 of order %2 (journal entry %3, %4, sent by %5 on %6) has an unknown outcome. Query the order, or run "payscore-cli reconcile", before sending it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an unnamed PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit journal could not be opened, so no write is sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyFilePermissions</name>
        <message>
            <source>The private key file %1 can be read by other users of this computer. Make it readable by your account only (for example: chmod 600 "%1").</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Decrypt a notification…</source>
            <translation>&amp;Decrypt a notification…</translation>
        </message>
        <message>
            <source>PayScore Console / 支付分订单运营台</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merchant profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About PayScore Console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profiles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New merchant profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit this profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open profile file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+O</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Journal location…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModeLabels</name>
        <message>
            <source>Pay-after (先享后付)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PayScore service order (支付分服务订单)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oversea institution (境外机构)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service provider (服务商)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay-after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oversea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service provider</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderStateText</name>
        <message>
            <source>Order created, waiting for the customer to confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer confirmed, service in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed by the merchant, collecting payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State not known to this console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the customer to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Awaiting payment</source>
            <translation>Awaiting payment</translation>
        </message>
        <message>
            <source>In service</source>
            <translation>In service</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Unknown state</source>
            <translation>Unknown state</translation>
        </message>
        <message>
            <source>Refunding</source>
            <translation>Refunding</translation>
        </message>
        <message>
            <source>Refund failed</source>
            <translation>Refund failed</translation>
        </message>
    </context>
    <context>
        <name>PayScoreCli</name>
        <message>
            <source>The file has no mode column: looking up %1 orders in %2, as find does (queries only)…</source>
            <translation>The file has no mode column: looking up %1 orders in %2, as find does (queries only)…</translation>
        </message>
        <message>
            <source>Modes found (no mode column): %1.</source>
            <translation>Modes found (no mode column): %1.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>--op takes sync, complete, cancel or query.</source>
            <translation>--op takes sync, complete, cancel or query.</translation>
        </message>
        <message>
            <source>%1: %2 rows, %3, separated by %4.</source>
            <translation>%1: %2 rows, %3, separated by %4.</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabs</translation>
        </message>
        <message>
            <source>Times without an offset were read as this PC's local time (%1, %2).</source>
            <translation>Times without an offset were read as this PC's local time (%1, %2).</translation>
        </message>
        <message>
            <source>line %1 (%2): %3</source>
            <translation>line %1 (%2): %3</translation>
        </message>
        <message>
            <source>the same order as line %1: it is sent once</source>
            <translation>the same order as line %1: it is sent once</translation>
        </message>
        <message>
            <source>line %1 (%2): the same order as line %3, held back</source>
            <translation>line %1 (%2): the same order as line %3, held back</translation>
        </message>
        <message>
            <source>too large to add up</source>
            <translation>too large to add up</translation>
        </message>
        <message>
            <source>To send: %1 rows. Invalid: %2. Duplicates: %3.</source>
            <translation>To send: %1 rows. Invalid: %2. Duplicates: %3.</translation>
        </message>
        <message>
            <source>Total: %1.</source>
            <translation>Total: %1.</translation>
        </message>
        <message>
            <source>"%1" is a PRODUCTION profile: confirm the batch on a terminal, or pass --yes in scripts.</source>
            <translation>"%1" is a PRODUCTION profile: confirm the batch on a terminal, or pass --yes in scripts.</translation>
        </message>
        <message>
            <source>PRODUCTION (%1, %2): %3 %4 rows</source>
            <translation>PRODUCTION (%1, %2): %3 %4 rows</translation>
        </message>
        <message>
            <source>Type the number of rows (%1) to start: </source>
            <translation>Type the number of rows (%1) to start: </translation>
        </message>
        <message>
            <source>Not confirmed: nothing was sent.</source>
            <translation>Not confirmed: nothing was sent.</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>line %1</translation>
        </message>
        <message>
            <source>--concurrency takes a whole number from 1 to 64.</source>
            <translation>--concurrency takes a whole number from 1 to 64.</translation>
        </message>
        <message>
            <source>--qps takes a number from 0.2 to 10000.</source>
            <translation>--qps takes a number from 0.2 to 10000.</translation>
        </message>
        <message>
            <source>--file ROWS.csv is required.</source>
            <translation>--file ROWS.csv is required.</translation>
        </message>
        <message>
            <source>--profile FILE is required.</source>
            <translation>--profile FILE is required.</translation>
        </message>
        <message>
            <source>The file has no column for: %1. Name the header like the template does (payscore-cli batch template --op %2).</source>
            <translation>The file has no column for: %1. Name the header like the template does (payscore-cli batch template --op %2).</translation>
        </message>
        <message>
            <source>No valid row: nothing was sent.</source>
            <translation>No valid row: nothing was sent.</translation>
        </message>
        <message>
            <source>%1/%2 done: %3 succeeded, %4 rejected, %5 unknown, %6 skipped, %7 not sent</source>
            <translation>%1/%2 done: %3 succeeded, %4 rejected, %5 unknown, %6 skipped, %7 not sent</translation>
        </message>
        <message>
            <source>, %1 s left</source>
            <translation>, %1 s left</translation>
        </message>
        <message>
            <source>429 FREQUENCY_LIMITED: holding %1 ms, then %2 requests/s.</source>
            <translation>429 FREQUENCY_LIMITED: holding %1 ms, then %2 requests/s.</translation>
        </message>
        <message>
            <source>Batch finished in %1 s: </source>
            <translation>Batch finished in %1 s: </translation>
        </message>
        <message>
            <source>The answer lists no certificates (data[] is empty).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the ciphertext is not Base64.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot decrypt (%2) - is the APIv3 key right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: serial_no %2 does not match the certificate's serial %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer was verified with the downloaded certificate of its own serial (bootstrap).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1 (valid until %2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--body FILE is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>--file NOTIFICATION.json is required and must be readable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a notification: no resource object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsupported algorithm %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notification's signature does not verify (%1): it was not decrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature was not checked (no --signature given).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resource.ciphertext is not Base64.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot decrypt: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>explain takes exactly one error code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not in the catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe to resend unchanged after a pause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not resend unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>state not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>total %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>collection %1, paid %2, to pay %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Succeeded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected by WeChat Pay: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid input, nothing was sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome UNKNOWN: %1 (query the order before sending it again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configuration error, nothing was sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signature verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT verified (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent. Fix the profile (or the key, secret or URL it names) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent. Correct the input and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--profile FILE is required (a merchant profile, JSON).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit journal cannot be opened: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--mode is required: serviceorder, payafter, oversea or partner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown mode "%1": use serviceorder, payafter, oversea or partner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 mode has no %2 operation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--%1 takes a whole number (fen for amounts), not "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 does not exist.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (a folder, FIFO or device is not read).</source>
            <translation>%1 is not a regular file (a folder, FIFO or device is not read).</translation>
        </message>
        <message>
            <source>%1 is %2 bytes; at most %3 bytes are read.</source>
            <translation>%1 is %2 bytes; at most %3 bytes are read.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 bytes.</source>
            <translation>%1 is larger than %2 bytes.</translation>
        </message>
        <message>
            <source>resource.%1 must be a non-empty JSON string.</source>
            <translation>resource.%1 must be a non-empty JSON string.</translation>
        </message>
        <message>
            <source>Give --out-order-no (the order is then found in the profile's modes) or --mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order %1 is in the %2 mode, which has no %3 operation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No --mode given: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--query-id needs --mode (only order numbers are found across modes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--%1 is required.</source>
            <translation>--%1 is required.</translation>
        </message>
        <message>
            <source>--timestamp takes Unix seconds, e.g. 1554208460.</source>
            <translation>--timestamp takes Unix seconds, e.g. 1554208460.</translation>
        </message>
        <message>
            <source>--url must start with / (the path, without scheme and host).</source>
            <translation>--url must start with / (the path, without scheme and host).</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>it is a folder</translation>
        </message>
        <message>
            <source>--to URL is required.</source>
            <translation>--to URL is required.</translation>
        </message>
        <message>
            <source>There is no journal at %1.</source>
            <translation>There is no journal at %1.</translation>
        </message>
        <message>
            <source>--%1 takes yyyy-MM-dd or an ISO 8601 date-time, not %2.</source>
            <translation>--%1 takes yyyy-MM-dd or an ISO 8601 date-time, not %2.</translation>
        </message>
        <message>
            <source>--format takes csv or json, not %1.</source>
            <translation>--format takes csv or json, not %1.</translation>
        </message>
        <message>
            <source>--operator takes a name of 1 to %1 characters.</source>
            <translation>--operator takes a name of 1 to %1 characters.</translation>
        </message>
        <message>
            <source>%1 needs a value.</source>
            <translation>%1 needs a value.</translation>
        </message>
        <message>
            <source>--output takes text or json, not %1.</source>
            <translation>--output takes text or json, not %1.</translation>
        </message>
        <message>
            <source>--timeout takes whole seconds from 1 to 600.</source>
            <translation>--timeout takes whole seconds from 1 to 600.</translation>
        </message>
        <message>
            <source>Unknown option %1 (global options come before the command; see --help).</source>
            <translation>Unknown option %1 (global options come before the command; see --help).</translation>
        </message>
        <message>
            <source>No command given (see --help).</source>
            <translation>No command given (see --help).</translation>
        </message>
        <message>
            <source>Unknown command %1 (see --help).</source>
            <translation>Unknown command %1 (see --help).</translation>
        </message>
        <message>
            <source>Cannot read the body file %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--headers %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature was not checked (no --headers or --signature given).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: refund %2 of %3 on payment %4: %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund number (out_refund_no): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(reused from the journal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund %1 of %2 on payment %3: %4 — %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  payment %1: paid %2 at %3, refunded %4, %5 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--amount takes a whole number of fen, not "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PayScoreOperation</name>
        <message>
            <source>Cancelled before anything was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The error answer was not signed by WeChat Pay (or did not verify); it is shown as received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The outcome is unknown: query the order before sending this again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent. Correct the field and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent. The same write is still unsettled: query the order first.</source>
            <translation>Nothing was sent. The same write is still unsettled: query the order first.</translation>
        </message>
        <message>
            <source>The %1 succeeded, but the follow-up query failed (%2): the order's state is not shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order could not be queried before the %1, so nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent: the order's current state does not allow this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order %1 found in the %2 mode: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order %1 was found nowhere: ORDER_NOT_EXIST in every mode queried (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order %1 could not be looked up in the %2 mode (%3): %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile has neither appid nor sub_mchid: there is no mode to search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent, because the journal could not record this write first. Free disk space or fix the journal file's permissions, then send it again.</source>
            <translation>Nothing was sent, because the journal could not record this write first. Free disk space or fix the journal file's permissions, then send it again.</translation>
        </message>
        <message>
            <source>Nothing was sent, because the journal could not record this write first. Queries still work. Free disk space, fix the journal file's permissions or the team journal's connection, then send it again.</source>
            <translation>Nothing was sent, because the journal could not record this write first. Free disk space or fix the journal file's permissions, then send it again.</translation>
        </message>
        <message>
            <source>Nothing was sent. The journal could not record this write, or the same write is still unsettled: query the order first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The outcome is unknown: query this refund number before sending again, and send again only with the same number.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PayScoreValidation</name>
        <message>
            <source>The request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be at most %2 characters; it has %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 may only contain 0-9, A-Z, a-z and _ - | *; "%2" is not allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 contains '|' or '*': allowed, but it must be percent-encoded in the URL and some systems count the encoded length against the 32-character limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 may only contain visible ASCII characters, without spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 contains an emoji or another character WeChat Pay does not accept (only characters of 1 to 3 bytes in UTF-8 are allowed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be an amount in fen of 0 or more; it is %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be from %2 to %3; it is %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the name "%2" is used twice in %3; names must be unique.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 may have at most %2 rows; it has %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: "%2" is not a valid time. Use ISO 8601 with an offset (2026-11-22T10:15:00+08:00) or yyyyMMddHHmmss in Beijing time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is in the future; it may not be later than now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is before the start of the service (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is %2 fen but %3 gives %4 fen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The body is not valid JSON: %1 (at byte %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The body must be a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JSON string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JSON integer, not a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number (a JSON integer), not %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JSON integer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JSON array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a field of this request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give either out_order_no or query_id, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay-after orders are looked up by out_order_no only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This completion is for the payafter mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancel_reason is required when finish_type is 1 (the service was not used).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finish_type 1 (the service was not used) takes no fees or discounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>total_amount must be 0 when finish_type is 1 (the service was not used).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finish_type 2 (the service was used) needs at least one fee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancel_reason is only for finish_type 1 (the service was not used).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Σ fees.fee_amount − Σ discounts.discount_amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finish_type must be 2 (the service was used) or 1 (the service was not used); it is %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This completion is for the serviceorder and partner modes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Σ post_payments.amount − Σ post_discounts.amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type must be Order_Paid (the only scene the console syncs); it is "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seq is only sent in the oversea and partner modes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid_amount is only sent in the oversea and partner modes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be at most %2 fen; it is %3.</source>
            <translation>%1 must be at most %2 fen; it is %3.</translation>
        </message>
        <message>
            <source>%1 cannot be checked: %2 is too large to compute (it overflows); the amounts cannot be right.</source>
            <translation>%1 cannot be checked: %2 is too large to compute (it overflows); the amounts cannot be right.</translation>
        </message>
        <message>
            <source>%1 (%2) is too long ago; it may not be before %3.</source>
            <translation>%1 (%2) is too long ago; it may not be before %3.</translation>
        </message>
        <message>
            <source>a plain whole number (a JSON integer without a fraction or exponent, not -0, at most 2^53)</source>
            <translation>a plain whole number (a JSON integer without a fraction or exponent, not -0, at most 2^53)</translation>
        </message>
        <message>
            <source>Collect exists only in the serviceorder and partner modes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modify exists only in the serviceorder and partner modes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be lower than the order's current total %2 (the amount can only be lowered); it is %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seq must be 1 or more; it is %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the sum of the lines is too large to compute.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Merchant profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Store 12 (production)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom &amp;URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>http://127.0.0.1:8443 (sandbox)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merchant number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1900000109</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merchant &amp;certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>apiclient_cert.pem (only read for its serial)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate &amp;serial:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read from apiclient_cert.pem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Private key file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>apiclient_key.pem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;AppID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wxd678efh567hg6787</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ser&amp;vice ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PayScore service_id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-merc&amp;hant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partner and oversea modes only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer verification and secrets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WeChat Pay public &amp;key ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PUB_KEY_ID_…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WeChat Pay public key &amp;file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pub_key.pem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;latform certificates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extra CA file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only for a proxy or a private test server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>APIv3 key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set APIv3 ke&amp;y…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection test result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key passph&amp;rase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The private key file is encrypted: enter its passphrase (kept in the system keychain or for this session)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merchant number (mchid):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-merchant (sub_mc&amp;hid):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set APIv3 &amp;key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key &amp;passphrase…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueryPage</name>
        <message>
            <source>Query</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look an order up: its state, amounts and payments. Querying changes nothing, so it is always safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or &amp;query ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Query ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only when the order number is unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;AppID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AppID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Service ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;b-merchant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-merchant ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Query order  (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Query order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order number (out_order_no):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or &amp;query ID (query_id):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;AppID (appid):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Service ID (service_id):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;b-merchant (sub_mchid):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsPane</name>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No request sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for WeChat Pay…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop waiting (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WeChat Pay order ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collection state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request-ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request-ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elapsed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elapsed time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer signature:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up query:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up query</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the server said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error meaning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field at fault:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field at fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe to resend:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe to resend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server message:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature check (SIGN_ERROR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the server signed (sign_information):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the server signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we signed (canonical message):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Query this order &amp;now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Query this order now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer (tree)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer as a tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer (raw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as c&amp;url</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as curl, Authorization redacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modify amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ NOT SENT — the journal could not record this write, so it was not sent</source>
            <translation>✖ NOT SENT — the journal could not record this write, so it was not sent</translation>
        </message>
    </context>
    <context>
        <name>SandboxCommand</name>
        <message>
            <source>Answer 429 FREQUENCY_LIMITED above N requests a second (0: no limit).</source>
            <translation>Answer 429 FREQUENCY_LIMITED above N requests a second (0: no limit).</translation>
        </message>
        <message>
            <source>--rate-limit takes a whole number, 0 for none</source>
            <translation>--rate-limit takes a whole number, 0 for none</translation>
        </message>
        <message>
            <source>run the local PayScore sandbox server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Runs the local PayScore sandbox until SIGTERM or SIGINT. The first line on stdout is
"listening on http(s)://HOST:PORT". DIR receives profile.json (a complete client
profile for this sandbox; the APIv3 key is in DIR/sandbox_apiv3_key.txt) and orders.json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address and port; port 0 picks a free one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder for keys, state, profile.json and orders.json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serve HTTPS with the sandbox's self-signed certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serve HTTPS with this certificate (PEM) instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The private key (PEM) for --tls-cert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delay every answer by N milliseconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--listen takes HOST:PORT, e.g. 127.0.0.1:0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--latency-ms takes 0 to 600000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--tls-cert and --tls-key go together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signal %1: state saved, exiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signal %1: saving the state FAILED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A refund stays PROCESSING for N milliseconds, then SUCCESS (default 2000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--refund-settle-ms takes 0 to 600000</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>Secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remember in the system keychain</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>The key passphrase is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The APIv3 key must be exactly 32 characters (this one has %1). Copy it again from the merchant platform (Account Center &gt; API Security).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The APIv3 key may contain only letters, digits and ASCII punctuation (no spaces).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database password is empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Paid time: now</source>
            <translation>Paid time: now</translation>
        </message>
        <message>
            <source>Fill in the current time</source>
            <translation>Fill in the current time</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that the customer paid this order outside WeChat Pay (cash, card…). The order must be waiting for payment; afterwards it is DONE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. RENT-20261122-0001</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;AppID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AppID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Service ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;b-merchant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-merchant ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order_Paid — paid outside WeChat Pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm:ss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;quence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment sequence number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pai&amp;d amount:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid amount in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yuan, e.g. 12.34</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ync order  (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid &amp;time (local time):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order number (out_order_no):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;AppID (appid):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Service ID (service_id):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;b-merchant (sub_mchid):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type (type):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;quence (seq):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid a&amp;mount (paid_amount):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid &amp;time (paid_time, local time):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::apiv3::ApiClient</name>
        <message>
            <source>The answer has %1 header lines; at most %2 are accepted.</source>
            <translation>The answer has %1 header lines; at most %2 are accepted.</translation>
        </message>
        <message>
            <source>The answer's headers are %1 bytes long; at most %2 are accepted.</source>
            <translation>The answer's headers are %1 bytes long; at most %2 are accepted.</translation>
        </message>
        <message>
            <source>The answer's body is at least %1 bytes long; at most %2 are accepted.</source>
            <translation>The answer's body is at least %1 bytes long; at most %2 are accepted.</translation>
        </message>
        <message>
            <source>The answer was not read further and not believed.</source>
            <translation>The answer was not read further and not believed.</translation>
        </message>
        <message>
            <source>The request URL %1 is not fully percent-encoded; it would not be sent as signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer's timestamp is more than 5 minutes away from this computer's clock; the answer was not believed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer's signature did not verify (%1); it was not believed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered HTTP %1 (a redirect to %2); it was not followed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered HTTP %1 without an error description.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's TLS certificate was not accepted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not connect to the server: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection was lost after the request was sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not reach the server within %1 s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer within %1 s after the request was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by the operator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No network access manager was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CA certificates file %1 is missing or holds no PEM certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The base URL "%1" is not a valid URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plain http:// is only allowed to this computer (127.0.0.1, localhost); use https:// for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The base URL must start with https://, not %1://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The base URL must not carry a query or fragment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::journal::PayScoreOrderLookup</name>
        <message>
            <source>Order found: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, collection %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (Request-ID %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order does not exist (ORDER_NOT_EXIST, Request-ID %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The query failed (%1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry of profile "%1": reconcile it with that profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown mode "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::profile::ClientConfigFactory</name>
        <message>
            <source>apiv3_key_file: %1</source>
            <translation>apiv3_key_file: %1</translation>
        </message>
        <message>
            <source>apiv3_key_file: %1 is not an APIv3 key file</source>
            <translation>apiv3_key_file: %1 is not an APIv3 key file</translation>
        </message>
        <message>
            <source>the file %1 does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file %1 cannot be read (permissions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2; a passphrase comes from %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds no PEM certificate (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds no PEM certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>APIv3 key: not found in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>APIv3 key: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::profile::Profile</name>
        <message>
            <source>is only for a profile on this computer (the sandbox); keep a real APIv3 key in the keychain</source>
            <translation>is only for a profile on this computer (the sandbox); keep a real APIv3 key in the keychain</translation>
        </message>
        <message>
            <source>Profile %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not valid JSON (%1 at offset %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list of file names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a file name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile %1 cannot be written (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an https:// URL such as https://api.mch.weixin.qq.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plain http:// is only allowed to this computer; use https://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not contain a query or fragment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be the merchant number (digits only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be the merchant API certificate serial (hexadecimal, as on the merchant platform)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is required (the apiclient_key.pem file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be the WeChat Pay public key ID (PUB_KEY_ID_…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is required together with wechatpay_public_key_id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give the WeChat Pay public key (wechatpay_public_key_id and wechatpay_public_key_file) or platform_certificate_files: without one no answer can be verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an AppID such as wxd678efh567hg6787</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be the PayScore service ID (letters and digits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be the sub-merchant number (digits only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an https:// URL such as %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::profile::SecretSource</name>
        <message>
            <source>the environment variable %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the environment variable %1, this session or the system keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the environment variable %1 or this session (no system keychain is running)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::sandbox::HttpServer</name>
        <message>
            <source>TLS is not available in this Qt build</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot listen on %1:%2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::sandbox::Sandbox</name>
        <message>
            <source>the sandbox needs a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::CompletePage</name>
        <message>
            <source>too large</source>
            <translation>too large</translation>
        </message>
        <message>
            <source>The total is too large: at most %1 can be collected. Check the fees and discounts.</source>
            <translation>The total is too large: at most %1 can be collected. Check the fees and discounts.</translation>
        </message>
        <message>
            <source>= fees %1 − discounts %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The service was not used: nothing is collected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The discounts are larger than the fees: the total cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discounts (at most %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amounts are too large to add up: check the fees and discounts.</source>
            <translation>The amounts are too large to add up: check the fees and discounts.</translation>
        </message>
        <message>
            <source>Lines of another order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fee and discount lines were typed for order %1 (%2). Keep them for order %3 (%4)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with empty tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: the lines of another order were removed. Type the lines for order %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fees (fees)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments (post_payments)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discounts (discounts, at most %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discounts (post_discounts, at most %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add at least one fee line: Ctrl+Ins, or paste rows from a spreadsheet.</source>
            <translation>Add at least one fee line: Ctrl+Ins, or paste rows from a spreadsheet.</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ConnectionCheck</name>
        <message numerus="yes">
            <source>This computer's clock is %n second(s) ahead of the server. Requests more than 5 minutes off are refused: set the clock right (enable network time).</source>
            <translation>
                <numerusform>This computer's clock is %n second ahead of the server. Requests more than 5 minutes off are refused: set the clock right (enable network time).</numerusform>
                <numerusform>This computer's clock is %n seconds ahead of the server. Requests more than 5 minutes off are refused: set the clock right (enable network time).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This computer's clock is %n second(s) behind the server. Requests more than 5 minutes off are refused: set the clock right (enable network time).</source>
            <translation>
                <numerusform>This computer's clock is %n second behind the server. Requests more than 5 minutes off are refused: set the clock right (enable network time).</numerusform>
                <numerusform>This computer's clock is %n seconds behind the server. Requests more than 5 minutes off are refused: set the clock right (enable network time).</numerusform>
            </translation>
        </message>
        <message>
            <source>The server said: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection works: the signature, the keys and the clock are right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered ORDER_NOT_EXIST for a made-up order number, as expected, and its answer verified with the WeChat Pay key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server accepted the signature, but its answer could not be verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the WeChat Pay public key ID and file, or the platform certificates: the answer's signature did not match them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the signature (SIGN_ERROR).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the certificate serial belongs to the private key file (pick apiclient_cert.pem again to read it), that the merchant number is right, and that this computer's clock is right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No permission (NO_AUTH).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature was accepted, but this merchant may not use PayScore with these IDs: check the AppID, the service ID and the sub-merchant number, and that they are bound to the merchant number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request reached WeChat Pay, but it was refused: see the message and check the profile's IDs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure (TLS) connection failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's certificate is not trusted. Behind a company proxy or for a private test server, set the extra CA file; otherwise check the URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not connect to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the environment or URL, the network, a proxy or a firewall.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the network and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer's time is more than 5 minutes off this computer's clock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set this computer's clock right (enable network time).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer failed verification (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the WeChat Pay public key ID and file, or the platform certificates. Never trust an answer that does not verify.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile cannot be used yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected answer (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request-ID: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the service ID and the AppID (or, for partner and oversea merchants, the sub-merchant number): the test queries an order.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::FormPage</name>
        <message>
            <source>Not sent: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::JournalPage</name>
        <message>
            <source>Export the journal as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Succeeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown (incl. reconciled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent (invalid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending (no outcome recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All profiles</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n write(s) have an unknown outcome: the order may or may not have been changed. The same write is blocked until the order has been queried. Use "Reconcile unknown outcomes".</source>
            <translation>
                <numerusform>%n write has an unknown outcome: the order may or may not have been changed. The same write is blocked until the order has been queried. Use "Reconcile unknown outcomes".</numerusform>
                <numerusform>%n writes have an unknown outcome: the order may or may not have been changed. The same write is blocked until the order has been queried. Use "Reconcile unknown outcomes".</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 fen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request-ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WeChat order ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconciled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconciled by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconciliation note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request body (secrets removed):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Querying the orders whose outcome is unknown…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Reconciled %n entries.</source>
            <translation>
                <numerusform>Reconciled %n entry.</numerusform>
                <numerusform>Reconciled %n entries.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reconciled %1, still unknown %2 (the query got no verified answer: try again later).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a name of 1 to %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal entries from now on name %1 as the operator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All PCs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All OS accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OS account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent by: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode / operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconciled (UTC)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::JournalTableModel</name>
        <message>
            <source>outcome unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no outcome recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>succeeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rejected: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sent (invalid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, overridden (order was %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, reconciled: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time (local)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request-ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WeChat order ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PC (account)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>order not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rejected (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>Outcome unknown</translation>
        </message>
        <message>
            <source>No outcome</source>
            <translation>No outcome</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <source>%1→sent again</source>
            <translation>%1→sent again</translation>
        </message>
        <message>
            <source>%1→checked</source>
            <translation>%1→checked</translation>
        </message>
        <message>
            <source>%1→took effect</source>
            <translation>%1→took effect</translation>
        </message>
        <message>
            <source>%1→no effect</source>
            <translation>%1→no effect</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::LineItemEditor</name>
        <message>
            <source>Add line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste from spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste rows copied from a spreadsheet (%1): one row per line, cells separated by tabs, in the order of the columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add fee line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add discount line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate fee line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate discount line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove fee line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove discount line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste fee lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste discount lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a line (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate the selected line (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected line (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste from spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste rows copied from a spreadsheet: one row per line, cells separated by tabs, in the order of the columns.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::LineItemTableModel</name>
        <message>
            <source>Line total (yuan)</source>
            <translation>Line total (yuan)</translation>
        </message>
        <message>
            <source>Enter an amount in yuan, e.g. 12.34.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not an amount in yuan (at most two decimals, e.g. 12.34).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>At most %n fee line(s) can be sent for this mode.</source>
            <translation>
                <numerusform>At most %n fee line can be sent for this mode.</numerusform>
                <numerusform>At most %n fee lines can be sent for this mode.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %n discount line(s) can be sent for this mode.</source>
            <translation>
                <numerusform>At most %n discount line can be sent for this mode.</numerusform>
                <numerusform>At most %n discount lines can be sent for this mode.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>psc::ui::MainWindow</name>
        <message>
            <source>Batch (批量处理)</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Order %1: the unknown outcome is settled in the journal (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal (%1 unknown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About PayScore Console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;PayScore Console %1&lt;/h3&gt;&lt;p&gt;Sync, complete and query WeChat Pay PayScore orders.&lt;/p&gt;&lt;p&gt;The built-in sandbox simulates WeChat Pay on this computer.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The built-in sandbox could not start: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile %1 cannot be used: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NO PROFILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sandbox (built-in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>simulator at %1 — no real money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — real money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing order %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completing order %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Querying order %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync (同步订单)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete (完结订单)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Query (查询订单)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a merchant profile first (File → Open profile file…, or New merchant profile…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order workspace (订单工作台)</source>
            <translation>Order workspace (订单工作台)</translation>
        </message>
        <message>
            <source>Open a merchant profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profiles (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the answer (or press Esc) before switching profiles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the answer (or press Esc) before changing the journal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::ProfileDialog</name>
        <message>
            <source>Production (api.mch.weixin.qq.com)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production, backup domain (api2.mch.weixin.qq.com)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oversea (apihk.mch.weixin.qq.com)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom URL (sandbox, test server)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merchant API certificate (apiclient_cert.pem)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merchant private key (apiclient_key.pem)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WeChat Pay public key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WeChat Pay platform certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extra CA certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profiles (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file %1 does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file %1 cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a public key (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a certificate (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set (needed to download platform certificates and to decrypt notifications)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from the environment variable PAYSCORE_APIV3_KEY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set for this session (kept in memory only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stored in the system keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is not a certificate (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile exported to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production, backup domain (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oversea (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::ResultsPane</name>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>✖ NOT SENT — the journal could not record this write, so it was not sent</source>
            <translation>✖ NOT SENT — the journal could not record this write, so it was not sent</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>Order %1</translation>
        </message>
        <message>
            <source>Earlier answer, for order %1 (the form has changed since):</source>
            <translation>Earlier answer, for order %1 (the form has changed since):</translation>
        </message>
        <message>
            <source>not made — query the order before anything else</source>
            <translation>not made — query the order before anything else</translation>
        </message>
        <message>
            <source>You stopped waiting. The request may still reach WeChat Pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · order %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No request sent yet. Fill in a form and press Ctrl+Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending… waiting for WeChat Pay's answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ SUCCEEDED — WeChat Pay accepted the request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ REJECTED — WeChat Pay refused the request; nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ NOT SENT — the request was stopped before sending; fix the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ OUTCOME UNKNOWN — the request may or may not have been carried out. Query the order before doing anything else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ NOT SENT — the profile cannot be used as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ms (%2 attempts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT verified (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done — the state below comes from it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed (%1): the write's own outcome above stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>order_id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, paid %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, to pay %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total amount: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the server said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes, after a pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the server sent no sign_information)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty body)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canonical message (what was signed, one item per line):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorization (signature shortened):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Headers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer (NOT verified: do not trust it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server message:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ NOT SENT — the last outcome of this write is unknown: query the order first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh this refund</source>
            <translation>Refresh this refund</translation>
        </message>
        <message>
            <source>Query this refund now</source>
            <translation>Query this refund now</translation>
        </message>
        <message>
            <source>Refund number: %1</source>
            <translation>Refund number: %1</translation>
        </message>
        <message>
            <source>⚠ OUTCOME UNKNOWN — refund %1 may or may not have been made. Query this refund before anything else; if it must be sent again, it is sent with the same number, never a new one.</source>
            <translation>⚠ OUTCOME UNKNOWN — refund %1 may or may not have been made. Query this refund before anything else; if it must be sent again, it is sent with the same number, never a new one.</translation>
        </message>
        <message>
            <source>Refund %1: %2 — %3</source>
            <translation>Refund %1: %2 — %3</translation>
        </message>
        <message>
            <source>refund_id %1</source>
            <translation>refund_id %1</translation>
        </message>
        <message>
            <source>%1 refunded from payment %2</source>
            <translation>%1 refunded from payment %2</translation>
        </message>
        <message>
            <source>(under way: refresh to see it finish)</source>
            <translation>(under way: refresh to see it finish)</translation>
        </message>
        <message>
            <source>(the money did not reach the customer: handle it in the merchant platform)</source>
            <translation>(the money did not reach the customer: handle it in the merchant platform)</translation>
        </message>
        <message>
            <source>Query this order now</source>
            <translation>Query this order now</translation>
        </message>
        <message>
            <source>Waiting %1 s — gives up in %2 s</source>
            <translation>Waiting %1 s — gives up in %2 s</translation>
        </message>
        <message>
            <source>Waiting %1 s — the time limit is up</source>
            <translation>Waiting %1 s — the time limit is up</translation>
        </message>
        <message>
            <source>the order does not exist (ORDER_NOT_EXIST)</source>
            <translation>the order does not exist (ORDER_NOT_EXIST)</translation>
        </message>
        <message>
            <source>ℹ SETTLED — a query found the order %1. Check below whether the earlier %2 took effect before sending anything again.</source>
            <translation>ℹ SETTLED — a query found the order %1. Check below whether the earlier %2 took effect before sending anything again.</translation>
        </message>
        <message>
            <source>✔ SETTLED — the earlier %1 did take effect: do not send it again. The order is now %2.</source>
            <translation>✔ SETTLED — the earlier %1 did take effect: do not send it again. The order is now %2.</translation>
        </message>
        <message>
            <source>SETTLED — the earlier %1 did not take effect (the order is now %2): it may be sent again.</source>
            <translation>SETTLED — the earlier %1 did not take effect (the order is now %2): it may be sent again.</translation>
        </message>
        <message>
            <source>made later: see the banner above</source>
            <translation>made later: see the banner above</translation>
        </message>
        <message>
            <source>No request sent yet. The answer to the next one shows here.</source>
            <translation>No request sent yet. The answer to the next one shows here.</translation>
        </message>
        <message>
            <source>No request sent yet. Fill in the form and press %1.</source>
            <translation>No request sent yet. Fill in the form and press %1.</translation>
        </message>
        <message>
            <source>WeChat Pay order ID (order_id):</source>
            <translation>WeChat Pay order ID (order_id):</translation>
        </message>
        <message>
            <source>Refund %1</source>
            <translation>Refund %1</translation>
        </message>
        <message>
            <source>WeChat Pay refund ID (refund_id):</source>
            <translation>WeChat Pay refund ID (refund_id):</translation>
        </message>
        <message>
            <source>Waiting for your confirmation — nothing sent yet</source>
            <translation>Waiting for your confirmation — nothing sent yet</translation>
        </message>
        <message>
            <source>Order %1 was checked.</source>
            <translation>Order %1 was checked.</translation>
        </message>
        <message>
            <source>Nothing has been sent: confirm or go back in the dialog.</source>
            <translation>Nothing has been sent: confirm or go back in the dialog.</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::SecretDialog</name>
        <message>
            <source>APIv3 key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private key passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The APIv3 key of merchant %1 (32 characters, set on the merchant platform under Account Center &gt; API Security). It decrypts certificates and notifications; it is never written to a profile or a log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase of the private key file of merchant %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without "Remember" it is kept in memory until the program closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keychain is running on this computer: the secret is kept in memory only, until the program closes, and asked for again next time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::SyncPage</name>
        <message>
            <source>"%1" is not a time that exists: type it as 2026-11-28 14:30:00 (local time).</source>
            <translation>"%1" is not a time that exists: type it as 2026-11-28 14:30:00 (local time).</translation>
        </message>
        <message>
            <source>"%1" is not an amount in yuan (at most two decimals, e.g. 12.34).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PayScoreBatch</name>
        <message>
            <source>The file has no mode column and order %1 has not been looked up yet.</source>
            <translation>The file has no mode column and order %1 has not been looked up yet.</translation>
        </message>
        <message>
            <source>Order %1 was found in no mode (searched %2): check the number, or write the mode in a mode column.</source>
            <translation>Order %1 was found in no mode (searched %2): check the number, or write the mode in a mode column.</translation>
        </message>
        <message>
            <source>Order %1 exists in more than one mode (%2): write the mode in a mode column for this row.</source>
            <translation>Order %1 exists in more than one mode (%2): write the mode in a mode column for this row.</translation>
        </message>
        <message>
            <source>Order %1 could not be looked up: %2</source>
            <translation>Order %1 could not be looked up: %2</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Order state</source>
            <translation>Order state</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>Error code</translation>
        </message>
        <message>
            <source>Error meaning</source>
            <translation>Error meaning</translation>
        </message>
        <message>
            <source>Request-ID</source>
            <translation>Request-ID</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>%1: "%2" is not an amount in yuan (write it like 12.34).</source>
            <translation>%1: "%2" is not an amount in yuan (write it like 12.34).</translation>
        </message>
        <message>
            <source>%1: "%2" is not a whole number.</source>
            <translation>%1: "%2" is not a whole number.</translation>
        </message>
        <message>
            <source>mode "%1" is unknown: use serviceorder, payafter, oversea or partner (服务订单, 先享后付, 机构模式, 服务商).</source>
            <translation>mode "%1" is unknown: use serviceorder, payafter, oversea or partner (服务订单, 先享后付, 机构模式, 服务商).</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>Outcome unknown</translation>
        </message>
        <message>
            <source>The earlier write's outcome is unknown and the query failed: not sent again. Query the order later. %1</source>
            <translation>The earlier write's outcome is unknown and the query failed: not sent again. Query the order later. %1</translation>
        </message>
        <message>
            <source>The earlier write's outcome was unknown; the query shows it took effect, so it was not sent again. %1</source>
            <translation>The earlier write's outcome was unknown; the query shows it took effect, so it was not sent again. %1</translation>
        </message>
        <message>
            <source>The earlier write's outcome was unknown; the query shows it did not take effect, so it was sent again. %1</source>
            <translation>The earlier write's outcome was unknown; the query shows it did not take effect, so it was sent again. %1</translation>
        </message>
        <message>
            <source>The file starts like %1 text but is not valid %1: it may be damaged. Save it again from the spreadsheet as "CSV UTF-8".</source>
            <translation>The file starts like %1 text but is not valid %1: it may be damaged. Save it again from the spreadsheet as "CSV UTF-8".</translation>
        </message>
        <message>
            <source>The file is neither UTF-8 nor GB18030/GBK text. Save the spreadsheet as "CSV UTF-8" and open that file.</source>
            <translation>The file is neither UTF-8 nor GB18030/GBK text. Save the spreadsheet as "CSV UTF-8" and open that file.</translation>
        </message>
        <message>
            <source>The quoted field that starts on line %1 is never closed (a " is missing): the file is cut short or not a CSV file.</source>
            <translation>The quoted field that starts on line %1 is never closed (a " is missing): the file is cut short or not a CSV file.</translation>
        </message>
        <message>
            <source>This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File &gt; Save As &gt; "CSV UTF-8" and open that file.</source>
            <translation>This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File &gt; Save As &gt; "CSV UTF-8" and open that file.</translation>
        </message>
        <message>
            <source>Already succeeded (journal entry #%1, %2, Request-ID %3).</source>
            <translation>Already succeeded (journal entry #%1, %2, Request-ID %3).</translation>
        </message>
        <message>
            <source>Took effect earlier: the query of journal entry #%1 found %2.</source>
            <translation>Took effect earlier: the query of journal entry #%1 found %2.</translation>
        </message>
        <message>
            <source>The file starts like %1 text but is not valid %1: it may be damaged. Save it again from the spreadsheet as "CSV UTF-8".</source>
            <translation>The file starts like %1 text but is not valid %1: it may be damaged. Save it again from the spreadsheet as "CSV UTF-8".</translation>
        </message>
        <message>
            <source>This is not a text file (it contains NUL bytes). Save the spreadsheet as CSV and open that file.</source>
            <translation>This is not a text file (it contains NUL bytes). Save the spreadsheet as CSV and open that file.</translation>
        </message>
        <message>
            <source>The file is neither UTF-8 nor GB18030/GBK text. Save the spreadsheet as "CSV UTF-8" and open that file.</source>
            <translation>The file is neither UTF-8 nor GB18030/GBK text. Save the spreadsheet as "CSV UTF-8" and open that file.</translation>
        </message>
        <message>
            <source>The quoted field that starts on line %1 is never closed (a " is missing): the file is cut short or not a CSV file.</source>
            <translation>The quoted field that starts on line %1 is never closed (a " is missing): the file is cut short or not a CSV file.</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>The file has no header row.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>%1 is %2 MiB; a batch reads at most %3 MiB. Split the list into smaller files.</source>
            <translation>%1 is %2 MiB; a batch reads at most %3 MiB. Split the list into smaller files.</translation>
        </message>
        <message>
            <source>The text is %1 MiB; a batch reads at most %2 MiB. Split the list into smaller files.</source>
            <translation>The text is %1 MiB; a batch reads at most %2 MiB. Split the list into smaller files.</translation>
        </message>
        <message>
            <source>This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File &gt; Save As &gt; "CSV UTF-8" and open that file.</source>
            <translation>This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File &gt; Save As &gt; "CSV UTF-8" and open that file.</translation>
        </message>
        <message>
            <source>The file contains control characters a spreadsheet never writes: it is not a CSV file.</source>
            <translation>The file contains control characters a spreadsheet never writes: it is not a CSV file.</translation>
        </message>
        <message>
            <source>The pasted text contains control characters a spreadsheet never writes.</source>
            <translation>The pasted text contains control characters a spreadsheet never writes.</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <source>Invalid, not sent</source>
            <translation>Invalid, not sent</translation>
        </message>
        <message>
            <source>Already done, skipped</source>
            <translation>Already done, skipped</translation>
        </message>
        <message>
            <source>Configuration error</source>
            <translation>Configuration error</translation>
        </message>
        <message>
            <source>%1: "%2" is not an amount in yuan (write it like 12.34).</source>
            <translation>%1: "%2" is not an amount in yuan (write it like 12.34).</translation>
        </message>
        <message>
            <source>%1: "%2" is not a whole number.</source>
            <translation>%1: "%2" is not a whole number.</translation>
        </message>
        <message>
            <source>mode is required: serviceorder, payafter, oversea or partner (服务订单, 先享后付, 机构模式, 服务商).</source>
            <translation>mode is required: serviceorder, payafter, oversea or partner (服务订单, 先享后付, 机构模式, 服务商).</translation>
        </message>
        <message>
            <source>mode "%1" is unknown: use serviceorder, payafter, oversea or partner (服务订单, 先享后付, 机构模式, 服务商).</source>
            <translation>mode "%1" is unknown: use serviceorder, payafter, oversea or partner (服务订单, 先享后付, 机构模式, 服务商).</translation>
        </message>
        <message>
            <source>The %1 mode has no complete operation.</source>
            <translation>The %1 mode has no complete operation.</translation>
        </message>
        <message>
            <source>This row has %1 cells but the header has %2: a separator or quote is out of place.</source>
            <translation>This row has %1 cells but the header has %2: a separator or quote is out of place.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Cannot create the workbook %1.</source>
            <translation>Cannot create the workbook %1.</translation>
        </message>
        <message>
            <source>Cannot write the workbook %1: %2</source>
            <translation>Cannot write the workbook %1: %2</translation>
        </message>
        <message>
            <source>Excluded from the batch.</source>
            <translation>Excluded from the batch.</translation>
        </message>
        <message>
            <source>The same order as line %1: sent once, not twice.</source>
            <translation>The same order as line %1: sent once, not twice.</translation>
        </message>
        <message>
            <source>The order cannot be queried with this profile.</source>
            <translation>The order cannot be queried with this profile.</translation>
        </message>
        <message>
            <source>The earlier write's outcome is unknown and the query failed: not sent again. Query the order later. %1</source>
            <translation>The earlier write's outcome is unknown and the query failed: not sent again. Query the order later. %1</translation>
        </message>
        <message>
            <source>The earlier write's outcome was unknown; the query shows it took effect, so it was not sent again. %1</source>
            <translation>The earlier write's outcome was unknown; the query shows it took effect, so it was not sent again. %1</translation>
        </message>
        <message>
            <source>The earlier write's outcome was unknown; the query shows it did not take effect, so it was sent again. %1</source>
            <translation>The earlier write's outcome was unknown; the query shows it did not take effect, so it was sent again. %1</translation>
        </message>
        <message>
            <source>This build cannot send %1 rows yet.</source>
            <translation>This build cannot send %1 rows yet.</translation>
        </message>
        <message>
            <source>No client for the %1 mode in this profile.</source>
            <translation>No client for the %1 mode in this profile.</translation>
        </message>
    </context>
    <context>
        <name>PayScoreOrderActions</name>
        <message>
            <source>while the user has confirmed and the service is running (DOING / USER_CONFIRM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before the merchant completed the order (CREATED or DOING / USER_CONFIRM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>while a completed order waits for payment (DOING / MCH_COMPLETE, collection USER_PAYING)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 mode has no "%2" operation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order is %1: "%2" is only possible %3. Allowed now: %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sync (paid another way)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>query</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>modify the amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>collect (charge again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>created, not yet confirmed by the user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>confirmed, service running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>completed, waiting for the user to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finished and paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in an unknown state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, collection %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>once the customer has paid (DONE, or collection USER_PAID)</source>
            <translation>once the customer has paid (DONE, or collection USER_PAID)</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>refund</translation>
        </message>
        <message>
            <source>refund query</source>
            <translation>refund query</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>Query</source>
            <translation>Query</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Modify amount</source>
            <translation>Modify amount</translation>
        </message>
        <message>
            <source>Collect</source>
            <translation>Collect</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Refund query</source>
            <translation>Refund query</translation>
        </message>
    </context>
    <context>
        <name>JournalLocation</name>
        <message>
            <source>The journal location is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A journal URL starts with postgresql://; anything else is a file path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal URL is not valid: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal URL must not contain a password. Keep it in the system keychain (Settings), in PGPASSFILE or in PGPASSWORD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal URL names no database server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal URL names no database (…/DATABASE).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal URL names no database user (USER@host).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal URL has an unknown parameter: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team journal on another machine (%1) must be reached with sslmode=verify-full, so that the server's certificate and name are checked. Plain connections are only allowed to this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalSettingsDialog</name>
        <message>
            <source>Journal location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Local journal on this PC (default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team &amp;journal on the chain's PostgreSQL server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team journal URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept in the system keychain, never in the URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A server on another computer must be reached with sslmode=verify-full (and sslrootcert= the CA file when the server's certificate is not from a public CA). The database administrator sets up the server (README, "The team journal").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team journal on the chain's PostgreSQL server</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::JournalSettingsDialog</name>
        <message>
            <source>Type the team journal's URL (postgresql://USER@HOST:PORT/DATABASE).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team journal's URL starts with postgresql://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team journal cannot be used: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Connected: %n entries in the team journal.</source>
            <translation>
                <numerusform>Connected: %n entry in the team journal.</numerusform>
                <numerusform>Connected: %n entries in the team journal.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>psc::ui::JournalConnection</name>
        <message numerus="yes">
            <source>The team journal (%1) cannot be reached. Writes are not sent until it can be, because every write must be recorded first; queries still work. Trying again every %n second(s)…</source>
            <translation>
                <numerusform>The team journal (%1) cannot be reached. Writes are not sent until it can be, because every write must be recorded first; queries still work. Trying again every %n second…</numerusform>
                <numerusform>The team journal (%1) cannot be reached. Writes are not sent until it can be, because every write must be recorded first; queries still work. Trying again every %n seconds…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>psc::profile::ProfileFileCheck</name>
        <message>
            <source>the file %1 does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file %1 cannot be read (permissions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a public key (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a certificate (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::ConsoleContext</name>
        <message>
            <source>Sandbox (built-in)</source>
            <translation>Sandbox (built-in)</translation>
        </message>
        <message>
            <source>The audit journal cannot be opened: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team journal is connected (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The built-in sandbox could not start: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile %1 cannot be used: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::OperationFlow</name>
        <message>
            <source>Not sent: order %1 was left as it is.</source>
            <translation>Not sent: order %1 was left as it is.</translation>
        </message>
        <message>
            <source>Order %1 is already paid — nothing to do. Nothing was sent.</source>
            <translation>Order %1 is already paid — nothing to do. Nothing was sent.</translation>
        </message>
        <message>
            <source>Order %1 could not be checked before the write (%2), so nothing was sent.</source>
            <translation>Order %1 could not be checked before the write (%2), so nothing was sent.</translation>
        </message>
        <message>
            <source>the answer carried no order state</source>
            <translation>the answer carried no order state</translation>
        </message>
        <message>
            <source>Checking order %1 before changing it…</source>
            <translation>Checking order %1 before changing it…</translation>
        </message>
        <message>
            <source>Syncing order %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completing order %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Querying order %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a merchant profile first (File → Open profile file…, or New merchant profile…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order %1: the unknown outcome is settled in the journal (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will change:</source>
            <translation>Will change:</translation>
        </message>
        <message>
            <source>The order will be cancelled (REVOKED); nothing is charged.</source>
            <translation>The order will be cancelled (REVOKED); nothing is charged.</translation>
        </message>
        <message>
            <source>Reason the customer sees:</source>
            <translation>Reason the customer sees:</translation>
        </message>
        <message>
            <source>Current total:</source>
            <translation>Current total:</translation>
        </message>
        <message>
            <source>New total:</source>
            <translation>New total:</translation>
        </message>
        <message>
            <source>Difference:</source>
            <translation>Difference:</translation>
        </message>
        <message>
            <source>Lines sent:</source>
            <translation>Lines sent:</translation>
        </message>
        <message>
            <source>fee lines: %1, discount lines: %2</source>
            <translation>fee lines: %1, discount lines: %2</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Will be charged now:</source>
            <translation>Will be charged now:</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Checking the state of order %1…</source>
            <translation>Checking the state of order %1…</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <source>Order %1 was not changed: %2</source>
            <translation>Order %1 was not changed: %2</translation>
        </message>
        <message>
            <source>Order %1: nothing sent.</source>
            <translation>Order %1: nothing sent.</translation>
        </message>
        <message>
            <source>Sending %1 for order %2…</source>
            <translation>Sending %1 for order %2…</translation>
        </message>
        <message>
            <source>Nothing was refunded on order %1: %2</source>
            <translation>Nothing was refunded on order %1: %2</translation>
        </message>
        <message>
            <source>From payment (transaction):</source>
            <translation>From payment (transaction):</translation>
        </message>
        <message>
            <source>%1 — #%2, paid %3 at %4</source>
            <translation>%1 — #%2, paid %3 at %4</translation>
        </message>
        <message>
            <source>Already refunded on it:</source>
            <translation>Already refunded on it:</translation>
        </message>
        <message>
            <source>Amount to refund:</source>
            <translation>Amount to refund:</translation>
        </message>
        <message>
            <source>Left to refund afterwards:</source>
            <translation>Left to refund afterwards:</translation>
        </message>
        <message>
            <source>Refund number:</source>
            <translation>Refund number:</translation>
        </message>
        <message>
            <source>%1 — reused: its earlier outcome is unknown, so it is queried first and sent again unchanged only if it never reached WeChat Pay</source>
            <translation>%1 — reused: its earlier outcome is unknown, so it is queried first and sent again unchanged only if it never reached WeChat Pay</translation>
        </message>
        <message>
            <source>%1 — journaled before sending; a resend always reuses it</source>
            <translation>%1 — journaled before sending; a resend always reuses it</translation>
        </message>
        <message>
            <source>Order %1: nothing refunded.</source>
            <translation>Order %1: nothing refunded.</translation>
        </message>
        <message>
            <source>Refund for order %1…</source>
            <translation>Refund for order %1…</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ProfileBar</name>
        <message>
            <source>Sandbox (built-in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NO PROFILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>starting the sandbox…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>simulator at %1 — no real money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — real money</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::BatchPage</name>
        <message>
            <source>too large to add up</source>
            <translation>too large to add up</translation>
        </message>
        <message>
            <source>no amounts in the file</source>
            <translation>no amounts in the file</translation>
        </message>
        <message>
            <source>%1 (amounts on %2 of the %3 rows)</source>
            <translation>%1 (amounts on %2 of the %3 rows)</translation>
        </message>
        <message>
            <source>The file has no mode column: finding each order as the workspace does (queries only): %1 of %2…</source>
            <translation>The file has no mode column: finding each order as the workspace does (queries only): %1 of %2…</translation>
        </message>
        <message>
            <source>Sync (paid outside WeChat Pay)</source>
            <translation>Sync (paid outside WeChat Pay)</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Query</source>
            <translation>Query</translation>
        </message>
        <message>
            <source>Op&amp;eration:</source>
            <translation>Op&amp;eration:</translation>
        </message>
        <message>
            <source>&amp;Open CSV file…</source>
            <translation>&amp;Open CSV file…</translation>
        </message>
        <message>
            <source>Paste rows from E&amp;xcel</source>
            <translation>Paste rows from E&amp;xcel</translation>
        </message>
        <message>
            <source>Save te&amp;mplate…</source>
            <translation>Save te&amp;mplate…</translation>
        </message>
        <message>
            <source>Columns this screen did not recognise: choose what each holds</source>
            <translation>Columns this screen did not recognise: choose what each holds</translation>
        </message>
        <message>
            <source>Use these colum&amp;ns</source>
            <translation>Use these colum&amp;ns</translation>
        </message>
        <message>
            <source>Rows sho&amp;wn:</source>
            <translation>Rows sho&amp;wn:</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>All rows</translation>
        </message>
        <message>
            <source>Held back by the preview</source>
            <translation>Held back by the preview</translation>
        </message>
        <message>
            <source>Exclu&amp;de / include row</source>
            <translation>Exclu&amp;de / include row</translation>
        </message>
        <message>
            <source>Concurrenc&amp;y:</source>
            <translation>Concurrenc&amp;y:</translation>
        </message>
        <message>
            <source>Re&amp;quests per second:</source>
            <translation>Re&amp;quests per second:</translation>
        </message>
        <message>
            <source>&amp;Start…</source>
            <translation>&amp;Start…</translation>
        </message>
        <message>
            <source>P&amp;ause</source>
            <translation>P&amp;ause</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Resume</translation>
        </message>
        <message>
            <source>&amp;Cancel batch</source>
            <translation>&amp;Cancel batch</translation>
        </message>
        <message>
            <source>Stops sending new rows. Rows already sent finish, or become unknown when their answer does not come.</source>
            <translation>Stops sending new rows. Rows already sent finish, or become unknown when their answer does not come.</translation>
        </message>
        <message>
            <source>Retry the retrya&amp;ble rows</source>
            <translation>Retry the retrya&amp;ble rows</translation>
        </message>
        <message>
            <source>Query the un&amp;known rows</source>
            <translation>Query the un&amp;known rows</translation>
        </message>
        <message>
            <source>Export CS&amp;V…</source>
            <translation>Export CS&amp;V…</translation>
        </message>
        <message>
            <source>Expor&amp;t XLSX…</source>
            <translation>Expor&amp;t XLSX…</translation>
        </message>
        <message>
            <source>Open a CSV file or paste rows copied from Excel. Headers in Chinese or English; "Save template…" gives a file to start from.</source>
            <translation>Open a CSV file or paste rows copied from Excel. Headers in Chinese or English; "Save template…" gives a file to start from.</translation>
        </message>
        <message>
            <source>Open the rows</source>
            <translation>Open the rows</translation>
        </message>
        <message>
            <source>Spreadsheet text (*.csv *.txt);;All files (*)</source>
            <translation>Spreadsheet text (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>pasted rows</source>
            <translation>pasted rows</translation>
        </message>
        <message>
            <source>Reading and checking the rows…</source>
            <translation>Reading and checking the rows…</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 cannot be read: %2</translation>
        </message>
        <message>
            <source>%1: %2 rows, %3, separated by %4.</source>
            <translation>%1: %2 rows, %3, separated by %4.</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabs</translation>
        </message>
        <message>
            <source>Times without an offset (2026-11-28 10:00:00) are read as this PC's local time (%1).</source>
            <translation>Times without an offset (2026-11-28 10:00:00) are read as this PC's local time (%1).</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translation>(not used)</translation>
        </message>
        <message>
            <source>No column holds: %1. Choose it below.</source>
            <translation>No column holds: %1. Choose it below.</translation>
        </message>
        <message>
            <source>To send: %1 of %2 rows. Invalid: %3. Duplicates: %4. Excluded: %5.</source>
            <translation>To send: %1 of %2 rows. Invalid: %3. Duplicates: %4. Excluded: %5.</translation>
        </message>
        <message>
            <source>Total: %1.</source>
            <translation>Total: %1.</translation>
        </message>
        <message>
            <source>too large to add up</source>
            <translation>too large to add up</translation>
        </message>
        <message>
            <source>Double-click a cell to fix it, or exclude the row.</source>
            <translation>Double-click a cell to fix it, or exclude the row.</translation>
        </message>
        <message>
            <source>Nothing to send</source>
            <translation>Nothing to send</translation>
        </message>
        <message>
            <source>No row can be sent: fix or map the columns the preview names first.</source>
            <translation>No row can be sent: fix or map the columns the preview names first.</translation>
        </message>
        <message>
            <source>WeChat Pay asked to slow down (429): holding %1 s, then %2 requests per second.</source>
            <translation>WeChat Pay asked to slow down (429): holding %1 s, then %2 requests per second.</translation>
        </message>
        <message>
            <source>A query shows the write took effect.</source>
            <translation>A query shows the write took effect.</translation>
        </message>
        <message>
            <source>A query shows the write did not take effect: Start sends it again (after another query).</source>
            <translation>A query shows the write did not take effect: Start sends it again (after another query).</translation>
        </message>
        <message>
            <source>The query did not settle it: %1</source>
            <translation>The query did not settle it: %1</translation>
        </message>
        <message>
            <source>Succeeded %1 · rejected %2 · unknown %3 · skipped (done before) %4 · not sent %5 · in flight %6</source>
            <translation>Succeeded %1 · rejected %2 · unknown %3 · skipped (done before) %4 · not sent %5 · in flight %6</translation>
        </message>
        <message>
            <source>%1 rows/s (limit %2/s)</source>
            <translation>%1 rows/s (limit %2/s)</translation>
        </message>
        <message>
            <source>about %1 s left</source>
            <translation>about %1 s left</translation>
        </message>
        <message>
            <source>querying rows whose outcome was unknown before sending anything</source>
            <translation>querying rows whose outcome was unknown before sending anything</translation>
        </message>
        <message>
            <source>paused: rows in flight finish, no new row starts</source>
            <translation>paused: rows in flight finish, no new row starts</translation>
        </message>
        <message>
            <source>cancelling: no new row is sent; rows in flight finish or become unknown</source>
            <translation>cancelling: no new row is sent; rows in flight finish or become unknown</translation>
        </message>
        <message>
            <source>Export the results</source>
            <translation>Export the results</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Results written to %1</source>
            <translation>Results written to %1</translation>
        </message>
        <message>
            <source>Reading the journal: rows done before are skipped, rows whose outcome is unknown are queried first…</source>
            <translation>Reading the journal: rows done before are skipped, rows whose outcome is unknown are queried first…</translation>
        </message>
        <message>
            <source>The journal cannot be read, so nothing was sent: %1</source>
            <translation>The journal cannot be read, so nothing was sent: %1</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>Save the template</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 cannot be written: %2</translation>
        </message>
        <message>
            <source>Template saved to %1</source>
            <translation>Template saved to %1</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::BatchTableModel</name>
        <message>
            <source>OK · found in %1</source>
            <translation>OK · found in %1</translation>
        </message>
        <message>
            <source>Excluded by you</source>
            <translation>Excluded by you</translation>
        </message>
        <message>
            <source>Duplicate of line %1: sent once</source>
            <translation>Duplicate of line %1: sent once</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>%1 (not used)</source>
            <translation>%1 (not used)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Order state</source>
            <translation>Order state</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>Error code</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Meaning</translation>
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
            <translation>Start the batch?</translation>
        </message>
        <message>
            <source>%1 %2 rows on the profile "%3".</source>
            <translation>%1 %2 rows on the profile "%3".</translation>
        </message>
        <message>
            <source>Total amount: %1</source>
            <translation>Total amount: %1</translation>
        </message>
        <message>
            <source>%1 rows are held back by the preview and not sent.</source>
            <translation>%1 rows are held back by the preview and not sent.</translation>
        </message>
        <message>
            <source>Rows already settled in the journal are skipped; rows whose outcome is unknown are queried before anything is sent again.</source>
            <translation>Rows already settled in the journal are skipped; rows whose outcome is unknown are queried before anything is sent again.</translation>
        </message>
        <message>
            <source>&amp;Start the batch</source>
            <translation>&amp;Start the batch</translation>
        </message>
        <message>
            <source>&amp;Do not start</source>
            <translation>&amp;Do not start</translation>
        </message>
        <message>
            <source>This is PRODUCTION: real orders and real money. Type the number of rows (%1) to start:</source>
            <translation>This is PRODUCTION: real orders and real money. Type the number of rows (%1) to start:</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::WorkspaceModel</name>
        <message>
            <source>Look an order up first.</source>
            <translation>Look an order up first.</translation>
        </message>
        <message>
            <source>Only a paid order can be refunded (completed, or the collection is paid); this order is: %1.</source>
            <translation>Only a paid order can be refunded (completed, or the collection is paid); this order is: %1.</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ConfirmWriteDialog</name>
        <message>
            <source>Confirm before sending</source>
            <translation>Confirm before sending</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>&amp;Go back</translation>
        </message>
        <message>
            <source>PRODUCTION: cancel this real order? The customer sees the reason.</source>
            <translation>PRODUCTION: cancel this real order? The customer sees the reason.</translation>
        </message>
        <message>
            <source>Cancel this order? The customer sees the reason.</source>
            <translation>Cancel this order? The customer sees the reason.</translation>
        </message>
        <message>
            <source>PRODUCTION: lower the amount the customer owes on this real order?</source>
            <translation>PRODUCTION: lower the amount the customer owes on this real order?</translation>
        </message>
        <message>
            <source>Lower the amount the customer owes on this order?</source>
            <translation>Lower the amount the customer owes on this order?</translation>
        </message>
        <message>
            <source>PRODUCTION: charge the customer real money now?</source>
            <translation>PRODUCTION: charge the customer real money now?</translation>
        </message>
        <message>
            <source>Ask WeChat Pay to charge the customer now?</source>
            <translation>Ask WeChat Pay to charge the customer now?</translation>
        </message>
        <message>
            <source>PRODUCTION: send this request?</source>
            <translation>PRODUCTION: send this request?</translation>
        </message>
        <message>
            <source>Send this request?</source>
            <translation>Send this request?</translation>
        </message>
        <message>
            <source>PRODUCTION: give real money back to the customer now?</source>
            <translation>PRODUCTION: give real money back to the customer now?</translation>
        </message>
        <message>
            <source>Give this money back to the customer?</source>
            <translation>Give this money back to the customer?</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Line total</translation>
        </message>
        <message>
            <source>&amp;Send: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm: %1</source>
            <translation>Confirm: %1</translation>
        </message>
        <message>
            <source>will be completed and %1 collected from the customer</source>
            <translation>will be completed and %1 collected from the customer</translation>
        </message>
        <message>
            <source>will be marked paid, paid at %1</source>
            <translation>will be marked paid, paid at %1</translation>
        </message>
        <message>
            <source>will be marked paid %1, paid at %2</source>
            <translation>will be marked paid %1, paid at %2</translation>
        </message>
        <message>
            <source>%1 local time (%2 Beijing time)</source>
            <translation>%1 local time (%2 Beijing time)</translation>
        </message>
        <message>
            <source>&amp;Send complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PRODUCTION: this collects real money from the customer. Send this complete request?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete — the service was used (finish_type 2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel — the service was not used (finish_type 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PRODUCTION: mark this real order as paid?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark this order as paid outside WeChat Pay?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send this complete request? WeChat Pay will collect the total from the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service start:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service end:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number:</source>
            <translation>Order number:</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Mode:</translation>
        </message>
        <message>
            <source>Current state:</source>
            <translation>Current state:</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>Profile:</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Send</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ModifyForm</name>
        <message>
            <source>Current total %1 → new total %2</source>
            <translation>Current total %1 → new total %2</translation>
        </message>
        <message>
            <source>(difference %1)</source>
            <translation>(difference %1)</translation>
        </message>
        <message>
            <source>Fees after the change (line totals):</source>
            <translation>Fees after the change (line totals):</translation>
        </message>
        <message>
            <source>Discounts after the change:</source>
            <translation>Discounts after the change:</translation>
        </message>
        <message>
            <source>Reason &amp;text:</source>
            <translation>Reason &amp;text:</translation>
        </message>
        <message>
            <source>Modify reason</source>
            <translation>Modify reason</translation>
        </message>
        <message>
            <source>1–%1 characters</source>
            <translation>1–%1 characters</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::WorkspacePage</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Refunds cannot be made from the console yet: nothing was sent. The payment to refund is listed in the collection details above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order number:</source>
            <translation>&amp;Order number:</translation>
        </message>
        <message>
            <source>Type or scan the order number, then press Enter</source>
            <translation>Type or scan the order number, then press Enter</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <source>Loo&amp;k up</source>
            <translation>Loo&amp;k up</translation>
        </message>
        <message>
            <source>Look up the order</source>
            <translation>Look up the order</translation>
        </message>
        <message>
            <source>&amp;Sync (paid elsewhere)…</source>
            <translation>&amp;Sync (paid elsewhere)…</translation>
        </message>
        <message>
            <source>&amp;Complete…</source>
            <translation>&amp;Complete…</translation>
        </message>
        <message>
            <source>Cancel or&amp;der…</source>
            <translation>Cancel or&amp;der…</translation>
        </message>
        <message>
            <source>&amp;Modify amount…</source>
            <translation>&amp;Modify amount…</translation>
        </message>
        <message>
            <source>Coll&amp;ect payment…</source>
            <translation>Coll&amp;ect payment…</translation>
        </message>
        <message>
            <source>&amp;Refund…</source>
            <translation>&amp;Refund…</translation>
        </message>
        <message>
            <source>Common re&amp;asons:</source>
            <translation>Common re&amp;asons:</translation>
        </message>
        <message>
            <source>Common reasons</source>
            <translation>Common reasons</translation>
        </message>
        <message>
            <source>— pick one to fill in the reason —</source>
            <translation>— pick one to fill in the reason —</translation>
        </message>
        <message>
            <source>Order created by mistake</source>
            <translation>Order created by mistake</translation>
        </message>
        <message>
            <source>Duplicate order</source>
            <translation>Duplicate order</translation>
        </message>
        <message>
            <source>Customer no longer needs it</source>
            <translation>Customer no longer needs it</translation>
        </message>
        <message>
            <source>Service could not be provided</source>
            <translation>Service could not be provided</translation>
        </message>
        <message>
            <source>Cancelled at customer request</source>
            <translation>Cancelled at customer request</translation>
        </message>
        <message>
            <source>Reason &amp;text:</source>
            <translation>Reason &amp;text:</translation>
        </message>
        <message>
            <source>Cancel reason</source>
            <translation>Cancel reason</translation>
        </message>
        <message>
            <source>1–%1 characters; the customer sees it</source>
            <translation>1–%1 characters; the customer sees it</translation>
        </message>
        <message>
            <source>reason: 1–%1 characters. Public sources disagree between 30 and 50; the console takes the stricter limit.</source>
            <translation>reason: 1–%1 characters. Public sources disagree between 30 and 50; the console takes the stricter limit.</translation>
        </message>
        <message>
            <source>Re&amp;view and send…</source>
            <translation>Re&amp;view and send…</translation>
        </message>
        <message>
            <source>Review and send</source>
            <translation>Review and send</translation>
        </message>
        <message>
            <source>Sync (paid elsewhere)</source>
            <translation>Sync (paid elsewhere)</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>Cancel order</source>
            <translation>Cancel order</translation>
        </message>
        <message>
            <source>Modify amount</source>
            <translation>Modify amount</translation>
        </message>
        <message>
            <source>Collect payment</source>
            <translation>Collect payment</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Type an order number first.</source>
            <translation>Type an order number first.</translation>
        </message>
        <message>
            <source>The panel below shows order %1. Press Enter to look up %2.</source>
            <translation>The panel below shows order %1. Press Enter to look up %2.</translation>
        </message>
        <message>
            <source>Type an order number and press Enter: the console looks for it in every mode this profile can use.</source>
            <translation>Type an order number and press Enter: the console looks for it in every mode this profile can use.</translation>
        </message>
        <message>
            <source>Looking for order %1…</source>
            <translation>Looking for order %1…</translation>
        </message>
        <message>
            <source>Order %1 found: %2.</source>
            <translation>Order %1 found: %2.</translation>
        </message>
        <message>
            <source>The same number also exists in: %1.</source>
            <translation>The same number also exists in: %1.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Order %1 was found nowhere: it does not exist in any mode this profile can use (searched: %2).</source>
            <translation>Order %1 was found nowhere: it does not exist in any mode this profile can use (searched: %2).</translation>
        </message>
        <message>
            <source>Order %1 could not be looked up in %2: %3 %4</source>
            <translation>Order %1 could not be looked up in %2: %3 %4</translation>
        </message>
        <message>
            <source>The number typed is not the order shown: press Enter to look it up.</source>
            <translation>The number typed is not the order shown: press Enter to look it up.</translation>
        </message>
        <message>
            <source>Wait for the answer to the request on its way.</source>
            <translation>Wait for the answer to the request on its way.</translation>
        </message>
        <message>
            <source>Cancel order %1</source>
            <translation>Cancel order %1</translation>
        </message>
        <message>
            <source>Lower the amount of order %1</source>
            <translation>Lower the amount of order %1</translation>
        </message>
        <message>
            <source>Collect payment for order %1</source>
            <translation>Collect payment for order %1</translation>
        </message>
        <message>
            <source>WeChat Pay will try to charge the customer %1 now (what is still to pay).</source>
            <translation>WeChat Pay will try to charge the customer %1 now (what is still to pay).</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Still to pay</source>
            <translation>Still to pay</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Line total</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Fees</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>Discounts</translation>
        </message>
        <message>
            <source>Service start</source>
            <translation>Service start</translation>
        </message>
        <message>
            <source>Service end</source>
            <translation>Service end</translation>
        </message>
        <message>
            <source>Start place</source>
            <translation>Start place</translation>
        </message>
        <message>
            <source>End place</source>
            <translation>End place</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Collection details</source>
            <translation>Collection details</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>Seq</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <source>Paid at</source>
            <translation>Paid at</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transaction</translation>
        </message>
        <message>
            <source>WeChat PayScore (NEWTON)</source>
            <translation>WeChat PayScore (NEWTON)</translation>
        </message>
        <message>
            <source>Paid elsewhere (MCH)</source>
            <translation>Paid elsewhere (MCH)</translation>
        </message>
        <message>
            <source>Writes sent for this order</source>
            <translation>Writes sent for this order</translation>
        </message>
        <message>
            <source>None in the journal.</source>
            <translation>None in the journal.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Refund a payment of order %1</source>
            <translation>Refund a payment of order %1</translation>
        </message>
        <message>
            <source>Refunds of its payments</source>
            <translation>Refunds of its payments</translation>
        </message>
        <message>
            <source>Refund number</source>
            <translation>Refund number</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>unknown outcome — query this refund before resending</source>
            <translation>unknown outcome — query this refund before resending</translation>
        </message>
        <message>
            <source>never reached WeChat Pay — to be sent again</source>
            <translation>never reached WeChat Pay — to be sent again</translation>
        </message>
        <message>
            <source>not made</source>
            <translation>not made</translation>
        </message>
        <message>
            <source>&amp;Look up</source>
            <translation>&amp;Look up</translation>
        </message>
        <message>
            <source>Ca&amp;ncel order…</source>
            <translation>Ca&amp;ncel order…</translation>
        </message>
        <message>
            <source>Common &amp;reasons:</source>
            <translation>Common &amp;reasons:</translation>
        </message>
        <message>
            <source>%1 — query before resending</source>
            <translation>%1 — query before resending</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::ProfileActions</name>
        <message>
            <source>Open a merchant profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profiles (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the answer (or press Esc) before switching profiles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the answer (or press Esc) before changing the journal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefundRules</name>
        <message>
            <source>%1 must be at most %2 characters; it has %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 may only contain 0-9, A-Z, a-z and _ - | * @; "%2" is not allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oversea (apihk) orders are refunded through a different API, which this tool does not cover: refund them in the merchant platform.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be more than ¥0.00; it is %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) cannot be more than the payment's amount (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund failed to reach the customer's account (abnormal): handle it in the merchant platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund closed: no money was refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order %1 is not paid (state %2): only a DONE order, or one whose collection is USER_PAID, can be refunded. To lower an unpaid order, modify its amount instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order %1 was paid outside WeChat Pay (synced as paid): there is no WeChat Pay payment to refund. Refund the customer the way they paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order %1 lists no payment with a transaction_id: there is nothing to refund.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2 is not a payment of order %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2, paid %3, %4 left to refund)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order %1 has %2 payments: choose the one to refund by its %3: %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is more than what remains refundable on payment %3: %4 (paid %5, already refunded %6).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading order %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was refunded: the order could not be read, so the refund was not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund %1 of this order (journal entry %2) has an unknown outcome: a new refund number would risk refunding twice. Run the refund again without a number (it resumes %1), or query %1 first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Querying refund %1, whose outcome is unknown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund %1 (journal entry %2) had an unknown outcome; the query shows it reached WeChat Pay. Nothing was sent again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund %1 (journal entry %2) still has an unknown outcome and was not sent again. Query it later; a resend will reuse this number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal entry %1 of refund %2 cannot be read back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund %1 of %2, whose outcome was unknown, never reached WeChat Pay. It must be sent again unchanged, with the same number: ask for %2, then refund the difference separately.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund %1, whose outcome was unknown, is for payment %2: it must be sent again unchanged before another payment is refunded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund %1 never reached WeChat Pay: it is sent again with the same number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending refund %1 of %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Querying refund %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund query: %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund query: no such refund; it never reached WeChat Pay and may be sent again with the same number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund %1: %2 (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such refund: it never reached WeChat Pay and may be sent again with the same number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The refund query failed (%1): still unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>NotificationDecoder</name>
        <message>
            <source>The text is not a notification: no resource object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsupported algorithm %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No WeChat Pay key to verify the notification's signature with: it was not decrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notification's signature does not verify (%1): it was not decrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resource.ciphertext is not Base64.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot decrypt: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::RefundForm</name>
        <message>
            <source>Paid %1 at %2 · already refunded %3 · %4 left to refund</source>
            <translation>Paid %1 at %2 · already refunded %3 · %4 left to refund</translation>
        </message>
        <message>
            <source>Type the amount in yuan, e.g. 12.50.</source>
            <translation>Type the amount in yuan, e.g. 12.50.</translation>
        </message>
        <message>
            <source>Left to refund on this payment afterwards: %1</source>
            <translation>Left to refund on this payment afterwards: %1</translation>
        </message>
        <message>
            <source>%1: "%2" is not an amount in yuan (e.g. 12.50; at most two decimals).</source>
            <translation>%1: "%2" is not an amount in yuan (e.g. 12.50; at most two decimals).</translation>
        </message>
        <message>
            <source>Pa&amp;yment to refund:</source>
            <translation>Pa&amp;yment to refund:</translation>
        </message>
        <message>
            <source>Payment to refund</source>
            <translation>Payment to refund</translation>
        </message>
        <message>
            <source>&amp;Amount to refund (yuan):</source>
            <translation>&amp;Amount to refund (yuan):</translation>
        </message>
        <message>
            <source>Amount to refund in yuan</source>
            <translation>Amount to refund in yuan</translation>
        </message>
        <message>
            <source>e.g. 12.50</source>
            <translation>e.g. 12.50</translation>
        </message>
        <message>
            <source>Reason (the customer sees &amp;it):</source>
            <translation>Reason (the customer sees &amp;it):</translation>
        </message>
        <message>
            <source>Refund reason</source>
            <translation>Refund reason</translation>
        </message>
        <message>
            <source>e.g. Delivery fee charged twice</source>
            <translation>e.g. Delivery fee charged twice</translation>
        </message>
        <message>
            <source>#%1 · %2 · paid %3 · %4 left</source>
            <translation>#%1 · %2 · paid %3 · %4 left</translation>
        </message>
        <message>
            <source>Refund %1 of %2 on payment %3 was sent earlier and its outcome is unknown. No new refund is made until it is settled: sending queries refund %1 first and sends it again — unchanged, with the same number — only if it never reached WeChat Pay.</source>
            <translation>Refund %1 of %2 on payment %3 was sent earlier and its outcome is unknown. No new refund is made until it is settled: sending queries refund %1 first and sends it again — unchanged, with the same number — only if it never reached WeChat Pay.</translation>
        </message>
        <message>
            <source>&amp;Payment to refund:</source>
            <translation>&amp;Payment to refund:</translation>
        </message>
        <message>
            <source>&amp;Reason (the customer sees it):</source>
            <translation>&amp;Reason (the customer sees it):</translation>
        </message>
    </context>
    <context>
        <name>psc::ui::NotificationDialog</name>
        <message>
            <source>Decrypt a notification</source>
            <translation>Decrypt a notification</translation>
        </message>
        <message>
            <source>{"id": …, "event_type": "REFUND.SUCCESS", "resource": {…}}</source>
            <translation>{"id": …, "event_type": "REFUND.SUCCESS", "resource": {…}}</translation>
        </message>
        <message>
            <source>Notification body (JSON)</source>
            <translation>Notification body (JSON)</translation>
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
            <translation>Notification headers</translation>
        </message>
        <message>
            <source>Body (JSON, exactly as received):</source>
            <translation>Body (JSON, exactly as received):</translation>
        </message>
        <message>
            <source>Headers (optional, to verify):</source>
            <translation>Headers (optional, to verify):</translation>
        </message>
        <message>
            <source>&amp;Decrypt and verify</source>
            <translation>&amp;Decrypt and verify</translation>
        </message>
        <message>
            <source>Open a merchant profile first: its APIv3 key decrypts notifications.</source>
            <translation>Open a merchant profile first: its APIv3 key decrypts notifications.</translation>
        </message>
        <message>
            <source>No APIv3 key: %1</source>
            <translation>No APIv3 key: %1</translation>
        </message>
        <message>
            <source>✔ Signature verified with the profile's WeChat Pay key.</source>
            <translation>✔ Signature verified with the profile's WeChat Pay key.</translation>
        </message>
        <message>
            <source>⚠ Signature NOT checked (no headers given): decrypted, but do not trust it as WeChat Pay's word.</source>
            <translation>⚠ Signature NOT checked (no headers given): decrypted, but do not trust it as WeChat Pay's word.</translation>
        </message>
        <message>
            <source>Event %1 (%2), sent %3</source>
            <translation>Event %1 (%2), sent %3</translation>
        </message>
        <message>
            <source>Refund %1 of %2 on payment %3: %4</source>
            <translation>Refund %1 of %2 on payment %3: %4</translation>
        </message>
    </context>
    <context>
        <name>FormFieldMap</name>
        <message>
            <source>API field: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfirmCompleteDialog</name>
        <message>
            <source>What will change</source>
            <translation>What will change</translation>
        </message>
        <message>
            <source>What will change:</source>
            <translation>What will change:</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Current state</translation>
        </message>
        <message>
            <source>Current state:</source>
            <translation>Current state:</translation>
        </message>
        <message>
            <source>Confirm complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send this complete request? WeChat Pay will collect the total from the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fees and discounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total to collect:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total amount</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::ConfirmCompleteDialog</name>
        <message>
            <source>PRODUCTION: this changes a real order. Send this request (%1) for order %2?</source>
            <translation>PRODUCTION: this changes a real order. Send this request (%1) for order %2?</translation>
        </message>
        <message>
            <source>Send this request (%1) for order %2?</source>
            <translation>Send this request (%1) for order %2?</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Line total</translation>
        </message>
        <message>
            <source>Send: %1</source>
            <translation>Send: %1</translation>
        </message>
        <message>
            <source>Confirm: %1</source>
            <translation>Confirm: %1</translation>
        </message>
        <message>
            <source>will be completed and %1 collected from the customer</source>
            <translation>will be completed and %1 collected from the customer</translation>
        </message>
        <message>
            <source>will be marked paid, paid at %1</source>
            <translation>will be marked paid, paid at %1</translation>
        </message>
        <message>
            <source>will be marked paid %1, paid at %2</source>
            <translation>will be marked paid %1, paid at %2</translation>
        </message>
        <message>
            <source>%1 local time (%2 Beijing time)</source>
            <translation>%1 local time (%2 Beijing time)</translation>
        </message>
        <message>
            <source>Send complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PRODUCTION: this collects real money from the customer. Send this complete request?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete — the service was used (finish_type 2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel — the service was not used (finish_type 1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>psc::ui::TypedTime</name>
        <message>
            <source>%1 local time (%2 Beijing time)</source>
            <translation>%1 local time (%2 Beijing time)</translation>
        </message>
    </context>
    <context>
        <name>psc::apiv3::HttpAnswerParser</name>
        <message>
            <source>The connection closed before the whole answer arrived.</source>
            <translation>The connection closed before the whole answer arrived.</translation>
        </message>
        <message>
            <source>The answer's status line and headers exceed %1 bytes.</source>
            <translation>The answer's status line and headers exceed %1 bytes.</translation>
        </message>
        <message>
            <source>The server switched protocols (HTTP 101), which was never asked for.</source>
            <translation>The server switched protocols (HTTP 101), which was never asked for.</translation>
        </message>
        <message>
            <source>The answer does not begin with an HTTP/1.1 status line.</source>
            <translation>The answer does not begin with an HTTP/1.1 status line.</translation>
        </message>
        <message>
            <source>The answer has a malformed header line.</source>
            <translation>The answer has a malformed header line.</translation>
        </message>
        <message>
            <source>The answer's Content-Length is not one number.</source>
            <translation>The answer's Content-Length is not one number.</translation>
        </message>
        <message>
            <source>The answer has a malformed chunk.</source>
            <translation>The answer has a malformed chunk.</translation>
        </message>
    </context>
    <context>
        <name>psc::apiv3::KeepAliveReply</name>
        <message>
            <source>The network access was closed.</source>
            <translation>The network access was closed.</translation>
        </message>
        <message>
            <source>The server sent data before the request.</source>
            <translation>The server sent data before the request.</translation>
        </message>
        <message>
            <source>The server closed the connection before the whole answer arrived.</source>
            <translation>The server closed the connection before the whole answer arrived.</translation>
        </message>
        <message>
            <source>The server closed the connection.</source>
            <translation>The server closed the connection.</translation>
        </message>
        <message>
            <source>Operation canceled</source>
            <translation>Operation canceled</translation>
        </message>
    </context>
</TS>
