// The bad-input table (issue 15): payscore-cli fed missing and wrong-typed arguments, emoji,
// impossible times, 1e400, "100", 12.5, 0x10, full-width digits, over-long order numbers; body
// files that are not JSON, 100k deep, 10 MB, bad UTF-8, with a BOM or trailing garbage; profiles
// of wrong types, a directory or a certificate where a key belongs, EC and encrypted keys,
// empty keys, plain http to a remote host. Each row: the documented exit code, the outcome and
// the field the error names — and for every refusal, that nothing reached the server.
#include "LoopbackServer.h"
#include "TestData.h"

#include <crypto/Keys.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc::test;

namespace {

constexpr int kInvalid = 2;
constexpr int kConfigError = 4;

const QByteArray kWechatpaySerial = "PUB_KEY_ID_0114232100000000000000000000";

// The profile's valid fields; rows replace or drop some of them.
QJsonObject goodProfile(const QString &baseUrl)
{
    return QJsonObject {
        { "name", "Store" },
        { "base_url", baseUrl },
        { "mchid", "1900007291" },
        { "merchant_serial", "408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB" },
        { "private_key_file", "merchant_key.pem" },
        { "wechatpay_public_key_id", QString::fromLatin1(kWechatpaySerial) },
        { "wechatpay_public_key_file", "wechatpay_public_key.pem" },
        { "appid", "wxd678efh567hg6787" },
        { "service_id", "500001" },
        { "sub_mchid", "1900000109" },
    };
}

QStringList sync(const QString &mode, const QString &number, const QString &time)
{
    return { "sync", "--mode", mode, "--out-order-no", number, "--paid-time", time };
}

QStringList complete(const QString &mode, const QString &number = "B-1")
{
    return { "complete", "--mode", mode, "--out-order-no", number, "--body", "{body}" };
}

QStringList query(const QString &mode, const QString &number)
{
    return { "query", "--mode", mode, "--out-order-no", number };
}

QStringList oversea(const QString &seq, const QString &amount)
{
    return sync("oversea", "O-1", "20261122101500")
        + QStringList { "--seq", seq, "--paid-amount", amount };
}

const QByteArray kCompleteBody
    = R"({"post_payments":[{"name":"租借费","amount":4000,"count":1}],"post_discounts":[{"name":"券","description":"满减","amount":1000}],"total_amount":3000,"time_range":{"start_time":"20261122091500"}})";
const QByteArray kPayAfterBody
    = R"({"finish_type":2,"fees":[{"fee_name":"停车费","fee_count":1,"fee_amount":1000}],"total_amount":1000})";

} // namespace

class TestCliBadInput : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LoopbackServer m_server;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    void writeProfile(const QString &name, const QJsonObject &changes, const QStringList &drop = {})
    {
        QJsonObject profile = goodProfile(m_server.baseUrl().toString());
        for (auto it = changes.begin(); it != changes.end(); ++it)
            profile.insert(it.key(), it.value());
        for (const QString &key : drop)
            profile.remove(key);
        writeFile(name, QJsonDocument(profile).toJson());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        const auto wechatpayKey = psc::crypto::PrivateKey::fromPem(
            psc::crypto::SecureBytes(readTestData("vectors/v2_private_key.pem")));
        QVERIFY(wechatpayKey);
        writeFile("merchant_key.pem", readTestData("vectors/v1_private_key.pem"));
        writeFile("encrypted_key.pem", readTestData("vectors/v1_private_key_encrypted.pem"));
        writeFile("certificate.pem", readTestData("vectors/v3c_certificate.pem"));
        writeFile("wechatpay_public_key.pem", wechatpayKey->publicKeyPem());
        writeFile("empty.pem", {});
        QProcess ec;
        ec.start("openssl",
            { "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out",
                path("ec_key.pem") });
        QVERIFY(ec.waitForFinished(20000) && ec.exitCode() == 0);
        QVERIFY(QDir(m_dir.path()).mkdir("a_directory"));

        writeProfile("store.json", {});
        writeProfile("remote_http.json", { { "base_url", "http://pay.example.com" } });
        writeProfile("remote_http_ip.json", { { "base_url", "http://10.0.0.8:8080" } });
        writeProfile("ftp.json", { { "base_url", "ftp://api.mch.weixin.qq.com" } });
        writeProfile("no_scheme.json", { { "base_url", "api.mch.weixin.qq.com" } });
        writeProfile("mchid_number.json", { { "mchid", 1900007291 } });
        writeProfile("mchid_letters.json", { { "mchid", "19000A7291" } });
        writeProfile("mchid_emoji.json", { { "mchid", "1900😀" } });
        writeProfile("mchid_empty.json", { { "mchid", "" } });
        writeProfile("serial_array.json", { { "merchant_serial", QJsonArray { "AB" } } });
        writeProfile("base_url_number.json", { { "base_url", 443 } });
        writeProfile("base_url_null.json", { { "base_url", QJsonValue::Null } });
        writeProfile("certs_string.json", { { "platform_certificate_files", "c.pem" } });
        writeProfile(
            "certs_numbers.json", { { "platform_certificate_files", QJsonArray { 1, 2 } } });
        writeProfile("key_number.json", { { "private_key_file", 42 } });
        writeProfile("key_missing.json", { { "private_key_file", "missing.pem" } });
        writeProfile("key_directory.json", { { "private_key_file", "a_directory" } });
        writeProfile("key_certificate.json", { { "private_key_file", "certificate.pem" } });
        writeProfile("key_ec.json", { { "private_key_file", "ec_key.pem" } });
        writeProfile("key_encrypted.json", { { "private_key_file", "encrypted_key.pem" } });
        writeProfile("key_empty.json", { { "private_key_file", "empty.pem" } });
        writeProfile("key_absent.json", {}, { "private_key_file" });
        writeProfile("pubkey_empty.json", { { "wechatpay_public_key_file", "empty.pem" } });
        writeProfile("pubkey_directory.json", { { "wechatpay_public_key_file", "a_directory" } });
        writeProfile(
            "pubkey_private.json", { { "wechatpay_public_key_file", "merchant_key.pem" } });
        writeProfile("no_wechatpay_key.json", {},
            { "wechatpay_public_key_id", "wechatpay_public_key_file" });
        writeProfile(
            "cert_missing.json", { { "platform_certificate_files", QJsonArray { "nope.pem" } } });
        writeProfile("ca_missing.json", { { "ca_certificates_file", "nope.pem" } });
        writeProfile("appid_number.json", { { "appid", 12 } });
        writeFile("not_json.json", "mchid = 1900007291\n");
        writeFile("array.json", "[]");
        writeFile("empty_profile.json", "");
        writeFile("bom_profile.json",
            "\xEF\xBB\xBF" + QJsonDocument(goodProfile(m_server.baseUrl().toString())).toJson());
    }

    void table_data()
    {
        QTest::addColumn<QStringList>("arguments"); // {body} → the body file, {dir} → folder
        QTest::addColumn<QByteArray>("body"); // the --body file's bytes, when the row has one
        QTest::addColumn<QString>("profile"); // file in the folder; empty: none given
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("field"); // what error.field names

        const auto row = [](const QString &name, const QStringList &arguments, int exitCode,
                             const QString &field, const QByteArray &body = {},
                             const QString &profile = "store.json") {
            QTest::newRow(qPrintable(name))
                << arguments << body << profile << exitCode
                << QString(exitCode == kInvalid ? "invalid" : "config_error") << field;
        };

        // Missing and wrong-typed arguments.
        row("sync without mode",
            { "sync", "--out-order-no", "A-1", "--paid-time", "20261122101500" }, kInvalid, "mode");
        row("sync unknown mode", sync("rent", "A-1", "20261122101500"), kInvalid, "mode");
        row("sync mode emoji", sync("😀", "A-1", "20261122101500"), kInvalid, "mode");
        row("sync mode upper case", sync("SERVICEORDER", "A-1", "20261122101500"), kInvalid,
            "mode");
        row("sync without order number",
            { "sync", "--mode", "serviceorder", "--paid-time", "20261122101500" }, kInvalid,
            "/out_order_no");
        row("sync without paid time", { "sync", "--mode", "serviceorder", "--out-order-no", "A-1" },
            kInvalid, "/detail/paid_time");
        row("query without number or id", { "query", "--mode", "serviceorder" }, kInvalid,
            "/out_order_no");
        row("query without mode", { "query", "--out-order-no", "A-1" }, kInvalid, "mode");
        row("complete without body",
            { "complete", "--mode", "serviceorder", "--out-order-no", "A-1" }, kInvalid, "body");
        row("complete body missing file",
            { "complete", "--mode", "serviceorder", "--out-order-no", "A-1", "--body",
                "{dir}/nope.json" },
            kInvalid, "body");
        row("complete body is a directory",
            { "complete", "--mode", "serviceorder", "--out-order-no", "A-1", "--body",
                "{dir}/a_directory" },
            kInvalid, "body");
        row("complete oversea", complete("oversea"), kInvalid, "mode", kCompleteBody);

        // Order numbers.
        const QList<QPair<QString, QString>> numbers {
            { "empty", "" },
            { "space", "A B" },
            { "emoji", "A😀1" },
            { "chinese", "订单1" },
            { "full-width digits", "１２３４" },
            { "33 characters", QString(33, 'A') },
            { "1000 characters", QString(1000, '7') },
            { "slash", "A/B" },
            { "dot dot", "../etc" },
            { "percent", "A%7C" },
            { "tab", "A\tB" },
            { "newline", "A\nB" },
            { "question mark", "A?b=1" },
            { "hash", "A#1" },
            { "quote", "A\"1" },
            { "NUL-like", QString(QChar(0x7f)) + "A" },
        };
        for (const auto &[name, number] : numbers) {
            row("sync order number " + name, sync("serviceorder", number, "20261122101500"),
                kInvalid, "/out_order_no");
            row("query order number " + name, query("payafter", number), kInvalid, "/out_order_no");
            row("complete order number " + name, complete("serviceorder", number), kInvalid,
                "/out_order_no", kCompleteBody);
        }

        // Times.
        const QList<QPair<QString, QString>> times {
            { "words", "yesterday" },
            { "month 13", "2026-13-01T00:00:00+08:00" },
            { "30 February", "2026-02-30T10:00:00+08:00" },
            { "hour 25", "2026-11-22T25:00:00+08:00" },
            { "no offset", "2026-11-22T10:15:00" },
            { "date only", "20261122" },
            { "15 digits", "202611221015000" },
            { "1e400", "1e400" },
            { "empty", "" },
            { "future", "2099-01-01T00:00:00+08:00" },
            { "emoji", "2026-11-22T10:15:00😀" },
            { "full-width digits", "２０２６１１２２１０１５００" },
            { "0x10", "0x10" },
            { "offset 25 hours", "2026-11-22T10:15:00+25:00" },
            { "negative", "-1" },
            { "api format 30 February", "20260230101500" },
            { "api format minute 61", "20261122106100" },
            { "unix seconds", "1763777700" },
            { "year 0", "0000-01-01T00:00:00Z" },
        };
        for (const auto &[name, time] : times) {
            row("sync paid time " + name, sync("serviceorder", "T-1", time), kInvalid,
                "/detail/paid_time");
            row("payafter paid time " + name, sync("payafter", "T-2", time), kInvalid,
                "/detail/paid_time");
        }

        // Numbers on the command line (oversea sync needs seq and paid_amount).
        const QList<QPair<QString, QString>> badIntegers {
            { "12.5", "12.5" },
            { "quoted 100", "\"100\"" },
            { "1e400", "1e400" },
            { "1e2", "1e2" },
            { "0x10", "0x10" },
            { "full-width", "１００" },
            { "negative", "-1" },
            { "words", "ten" },
            { "emoji", "1😀" },
            { "empty", "" },
            { "overflow", "9223372036854775808" },
            { "space inside", "1 0" },
        };
        for (const auto &[name, value] : badIntegers) {
            row("oversea paid amount " + name, oversea("1", value), kInvalid,
                "/detail/paid_amount");
            row("oversea seq " + name, oversea(value, "100"), kInvalid, "/detail/seq");
        }
        row("oversea without seq",
            sync("oversea", "O-2", "20261122101500") + QStringList { "--paid-amount", "100" },
            kInvalid, "/detail/seq");

        // Body files (complete).
        const QList<QPair<QString, QByteArray>> brokenBodies {
            { "not JSON", "hello" },
            { "empty", "" },
            { "array", "[]" },
            { "null", "null" },
            { "number", "42" },
            { "string", "\"{}\"" },
            { "trailing garbage", kCompleteBody + "x" },
            { "two objects", kCompleteBody + kCompleteBody },
            { "bad UTF-8",
                "{\"post_payments\":[{\"name\":\"\xff\xfe\",\"amount\":1}],\"total_amount\":1}" },
            { "100k deep", QByteArray(100000, '[') + QByteArray(100000, ']') },
            { "100k deep objects",
                QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}') },
            { "10 MB",
                "{\"post_payments\":[{\"name\":\"" + QByteArray(10 * 1024 * 1024, 'a')
                    + "\",\"amount\":1}],\"total_amount\":1}" },
            { "unterminated", "{\"total_amount\":" },
            { "single quotes", "{'total_amount':1}" },
            { "hex number", "{\"total_amount\":0x10}" },
            { "comment", "{/*c*/\"total_amount\":1}" },
        };
        for (const auto &[name, bytes] : brokenBodies) {
            row("serviceorder body " + name, complete("serviceorder"), kInvalid, "body", bytes);
            row("payafter body " + name, complete("payafter"), kInvalid, "body", bytes);
        }
        row("serviceorder body with BOM", complete("serviceorder"), kInvalid, "body",
            "\xEF\xBB\xBF" + kCompleteBody);

        const QList<std::tuple<QString, QByteArray, QString>> badMoney {
            { "12.5", R"({"post_payments":[{"name":"a","amount":12.5}],"total_amount":12})",
                "/post_payments/0/amount" },
            { "quoted 100", R"({"post_payments":[{"name":"a","amount":"100"}],"total_amount":100})",
                "/post_payments/0/amount" },
            { "1e2", R"({"post_payments":[{"name":"a","amount":1e2}],"total_amount":100})",
                "/post_payments/0/amount" },
            { "1e400", R"({"post_payments":[{"name":"a","amount":100}],"total_amount":1e400})",
                "/total_amount" },
            { "100.0", R"({"post_payments":[{"name":"a","amount":100}],"total_amount":100.0})",
                "/total_amount" },
            { "negative", R"({"post_payments":[{"name":"a","amount":-5}],"total_amount":-5})",
                "/post_payments/0/amount" },
            { "true", R"({"post_payments":[{"name":"a","amount":true}],"total_amount":1})",
                "/post_payments/0/amount" },
            { "null", R"({"post_payments":[{"name":"a","amount":null}],"total_amount":1})",
                "/post_payments/0/amount" },
            { "total mismatch",
                R"({"post_payments":[{"name":"a","amount":100}],"total_amount":99})",
                "/total_amount" },
            { "total missing", R"({"post_payments":[{"name":"a","amount":100}]})",
                "/total_amount" },
            { "payments object",
                R"({"post_payments":{"name":"a","amount":100},"total_amount":100})",
                "/post_payments" },
            { "name number", R"({"post_payments":[{"name":7,"amount":100}],"total_amount":100})",
                "/post_payments/0/name" },
            { "name emoji", R"({"post_payments":[{"name":"租😀","amount":100}],"total_amount":100})",
                "/post_payments/0/name" },
            { "count string",
                R"({"post_payments":[{"name":"a","amount":100,"count":"1"}],"total_amount":100})",
                "/post_payments/0/count" },
            { "count fraction",
                R"({"post_payments":[{"name":"a","amount":100,"count":1.5}],"total_amount":100})",
                "/post_payments/0/count" },
            { "unknown field",
                R"({"post_payments":[{"name":"a","amount":100}],"total_amount":100,"bogus":1})",
                "/bogus" },
            { "start time bad",
                R"({"post_payments":[{"name":"a","amount":100}],"total_amount":100,"time_range":{"start_time":"20260230101500"}})",
                "/time_range/start_time" },
            { "profit sharing string",
                R"({"post_payments":[{"name":"a","amount":100}],"total_amount":100,"profit_sharing":"false"})",
                "/profit_sharing" },
            { "over the limit",
                R"({"post_payments":[{"name":"a","amount":9223372036854775807},{"name":"b","amount":9223372036854775807}],"total_amount":1})",
                "/post_payments/0/amount" },
        };
        for (const auto &[name, bytes, field] : badMoney)
            row("serviceorder body " + name, complete("serviceorder"), kInvalid, field, bytes);

        const QList<std::tuple<QString, QByteArray, QString>> badPayAfter {
            { "fee 12.5",
                R"({"finish_type":2,"fees":[{"fee_name":"a","fee_amount":12.5}],"total_amount":12})",
                "/fees/0/fee_amount" },
            { "fee quoted",
                R"({"finish_type":2,"fees":[{"fee_name":"a","fee_amount":"100"}],"total_amount":100})",
                "/fees/0/fee_amount" },
            { "finish type 3", R"({"finish_type":3,"total_amount":0})", "/finish_type" },
            { "finish type string",
                R"({"finish_type":"2","fees":[{"fee_name":"a","fee_amount":100}],"total_amount":100})",
                "/finish_type" },
            { "finish type 2.0",
                R"({"finish_type":2.0,"fees":[{"fee_name":"a","fee_amount":100}],"total_amount":100})",
                "/finish_type" },
            { "finish type missing",
                R"({"fees":[{"fee_name":"a","fee_amount":100}],"total_amount":100})",
                "/finish_type" },
            { "cancel without reason", R"({"finish_type":1,"total_amount":0})", "/cancel_reason" },
            { "cancel with total",
                R"({"finish_type":1,"cancel_reason":"未使用","total_amount":100})",
                "/total_amount" },
            { "discount over fees",
                R"({"finish_type":2,"fees":[{"fee_name":"a","fee_amount":100}],"discounts":[{"discount_name":"d","discount_amount":200}],"total_amount":-100})",
                "/total_amount" },
            { "total 1e400",
                R"({"finish_type":2,"fees":[{"fee_name":"a","fee_amount":100}],"total_amount":1e400})",
                "/total_amount" },
            { "fees string", R"({"finish_type":2,"fees":"a","total_amount":100})", "/fees" },
        };
        for (const auto &[name, bytes, field] : badPayAfter)
            row("payafter body " + name, complete("payafter"), kInvalid, field, bytes);

        // Global options.
        row("timeout words", QStringList { "--timeout", "soon" } + query("serviceorder", "Q-1"),
            kInvalid, "timeout");
        row("timeout negative", QStringList { "--timeout", "-1" } + query("serviceorder", "Q-1"),
            kInvalid, "timeout");
        row("timeout 1e400", QStringList { "--timeout", "1e400" } + query("serviceorder", "Q-1"),
            kInvalid, "timeout");
        row("timeout zero", QStringList { "--timeout", "0" } + query("serviceorder", "Q-1"),
            kInvalid, "timeout");
        row("output xml", QStringList { "--output", "xml" } + query("serviceorder", "Q-1"),
            kInvalid, "output");
        row("unknown command", { "frobnicate" }, kInvalid, "command");
        row("unknown option", query("serviceorder", "Q-1") + QStringList { "--bogus" }, kInvalid,
            "bogus");

        // Profiles.
        const QList<std::tuple<QString, QString, QString>> badProfiles {
            { "missing file", "nope.json", "profile" },
            { "directory", "a_directory", "profile" },
            { "not JSON", "not_json.json", "profile" },
            { "array", "array.json", "profile" },
            { "empty file", "empty_profile.json", "profile" },
            { "plain http to a remote host", "remote_http.json", "base_url" },
            { "plain http to a private address", "remote_http_ip.json", "base_url" },
            { "ftp", "ftp.json", "base_url" },
            { "no scheme", "no_scheme.json", "base_url" },
            { "mchid number", "mchid_number.json", "mchid" },
            { "mchid letters", "mchid_letters.json", "mchid" },
            { "mchid emoji", "mchid_emoji.json", "mchid" },
            { "mchid empty", "mchid_empty.json", "mchid" },
            { "serial array", "serial_array.json", "merchant_serial" },
            { "base_url number", "base_url_number.json", "base_url" },
            { "base_url null", "base_url_null.json", "base_url" },
            { "certificates string", "certs_string.json", "platform_certificate_files" },
            { "certificates numbers", "certs_numbers.json", "platform_certificate_files[0]" },
            { "key path number", "key_number.json", "private_key_file" },
            { "key missing", "key_missing.json", "private_key_file" },
            { "key is a directory", "key_directory.json", "private_key_file" },
            { "certificate where the key belongs", "key_certificate.json", "private_key_file" },
            { "EC key", "key_ec.json", "private_key_file" },
            { "encrypted key without passphrase", "key_encrypted.json", "private_key_file" },
            { "empty key", "key_empty.json", "private_key_file" },
            { "no key", "key_absent.json", "private_key_file" },
            { "empty WeChat Pay key", "pubkey_empty.json", "wechatpay_public_key_file" },
            { "WeChat Pay key is a directory", "pubkey_directory.json",
                "wechatpay_public_key_file" },
            { "private key as WeChat Pay key", "pubkey_private.json", "wechatpay_public_key_file" },
            { "no WeChat Pay key", "no_wechatpay_key.json", "wechatpay_public_key_id" },
            { "platform certificate missing", "cert_missing.json",
                "platform_certificate_files[0]" },
            { "CA file missing", "ca_missing.json", "ca_certificates_file" },
            { "appid number", "appid_number.json", "appid" },
        };
        for (const auto &[name, profile, field] : badProfiles) {
            row("profile " + name + " (query)", query("serviceorder", "P-1"), kConfigError, field,
                {}, profile);
            row("profile " + name + " (sync)", sync("serviceorder", "P-1", "20261122101500"),
                kConfigError, field, {}, profile);
        }
        row("no profile at all", query("serviceorder", "P-1"), kConfigError, "profile", {},
            QString());
    }

    void table()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, body);
        QFETCH(QString, profile);
        QFETCH(int, exitCode);
        QFETCH(QString, outcome);
        QFETCH(QString, field);
        if (arguments.contains("{body}"))
            writeFile("body.json", body);
        for (QString &argument : arguments) {
            argument.replace("{body}", path("body.json"));
            argument.replace("{dir}", m_dir.path());
        }
        QStringList all { "--output", "json" };
        if (!profile.isEmpty())
            all = QStringList { "--profile", path(profile) } + all;
        const int before = m_server.requestCount();

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PAYSCORE_JOURNAL", path("journal.sqlite"));
        environment.insert("PAYSCORE_APIV3_KEY", "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");
        environment.remove("PAYSCORE_KEY_PASSPHRASE");
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PAYSCORE_CLI), all + arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(60000))
            process.kill();
        process.waitForFinished(1000);
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        const QString got
            = QStringLiteral("exit %1 outcome %2 field %3 | %4 %5")
                  .arg(process.exitCode())
                  .arg(json.value("outcome").toString(),
                      json.value("error").toObject().value("field").toString(),
                      QString::fromUtf8(out.left(400)), QString::fromUtf8(err.left(200)));
        QVERIFY2(process.exitCode() == exitCode, qPrintable(got));
        QVERIFY2(json.value("outcome").toString() == outcome, qPrintable(got));
        QVERIFY2(json.value("ok") == QJsonValue(false), qPrintable(got));
        const QJsonObject error = json.value("error").toObject();
        QVERIFY2(error.value("field").toString() == field, qPrintable(got));
        QVERIFY2(!error.value("message").toString().isEmpty(), qPrintable(got));
        // Refused before anything was sent, and no secret in what was printed.
        QTest::qWait(10);
        QCOMPARE(m_server.requestCount(), before);
        QVERIFY(!out.contains("PRIVATE KEY") && !err.contains("PRIVATE KEY"));
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_bad_input.moc"
