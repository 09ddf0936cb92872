<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>psc::payscore::rules</name>
    <message>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only contain 0-9, A-Z, a-z and _ - | *; &quot;%2&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains &apos;|&apos; or &apos;*&apos;: allowed, but it must be percent-encoded in the URL and some systems count the encoded length against the 32-character limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only contain visible ASCII characters, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an emoji or another character WeChat Pay does not accept (only characters of 1 to 3 bytes in UTF-8 are allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an amount in fen of 0 or more; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3; it is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is used twice in %3; names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may have at most %2 rows; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid time. Use ISO 8601 with an offset (2026-11-22T10:15:00+08:00) or yyyyMMddHHmmss in Beijing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is in the future; it may not be later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is before the start of the service (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 fen but %3 gives %4 fen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>psc::ui::LineItemEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: one row per line, cells separated by tabs, in the order of the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fee line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add discount line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate fee line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate discount line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fee line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove discount line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste fee lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste discount lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>psc::ui::LineItemTableModel</name>
    <message>
        <source>Enter an amount in yuan, e.g. 12.34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (at most two decimals, e.g. 12.34).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n fee line(s) can be sent for this mode.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n discount line(s) can be sent for this mode.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
