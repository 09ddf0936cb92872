// The error catalogue (resources/errors/catalogue.json) and error body decoding.
#include <apiv3/ApiError.h>
#include <apiv3/ErrorCatalogue.h>

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace psc::apiv3;

namespace {

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

} // namespace

class TestErrorCatalogue : public QObject {
    Q_OBJECT
private slots:
    void everyCodeHasBothLanguagesAndRetryable_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        // payscore-api.md §6 …
        for (const char *code : { "PARAM_ERROR", "INVALID_REQUEST", "INVALID_ORDER_STATE",
                 "ORDER_DONE", "ORDER_CANCELED", "SIGN_ERROR", "NO_AUTH", "ORDER_NOT_EXIST" })
            QTest::newRow(code) << QString::fromLatin1(code) << false;
        for (const char *code :
            { "FREQUENCY_LIMITED", "RATELIMIT_EXCEEDED", "SYSTEM_ERROR", "SERVICE_UNAVAILABLE" })
            QTest::newRow(code) << QString::fromLatin1(code) << true;
        // … and the client's own. A timeout or lost answer must never read as retryable.
        for (const char *code : { ClientCode::Timeout, ClientCode::ConnectionLost,
                 ClientCode::TlsError, ClientCode::VerificationFailed, ClientCode::ClockSkew,
                 ClientCode::ConfigError, ClientCode::Cancelled, ClientCode::UnexpectedRedirect,
                 ClientCode::UnexpectedAnswer, ClientCode::AnswerTooLarge })
            QTest::newRow(code) << QString::fromLatin1(code) << false;
        QTest::newRow(ClientCode::ConnectionFailed)
            << QString::fromLatin1(ClientCode::ConnectionFailed) << true;
    }
    void everyCodeHasBothLanguagesAndRetryable()
    {
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        const ErrorCatalogue &catalogue = ErrorCatalogue::builtIn();
        QVERIFY(catalogue.contains(code));
        const ErrorExplanation english = catalogue.explain(code, CatalogueLanguage::English);
        const ErrorExplanation chinese = catalogue.explain(code, CatalogueLanguage::Chinese);
        QVERIFY(english.known);
        QCOMPARE(english.code, code);
        QVERIFY(!english.meaning.isEmpty() && !english.action.isEmpty());
        QVERIFY(!hasChinese(english.meaning));
        QVERIFY(hasChinese(chinese.meaning));
        QVERIFY(hasChinese(chinese.action));
        QCOMPARE(english.retryable, retryable);
        QCOMPARE(chinese.retryable, retryable);
    }

    void fileDeclaresRetryableForEveryCode()
    {
        // The loader enforces it; this guards the file itself against a silent default.
        QFile file(QStringLiteral(":/errors/catalogue.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject codes = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QLatin1String("codes"))
                                      .toObject();
        QVERIFY(codes.size() >= 22);
        for (auto it = codes.begin(); it != codes.end(); ++it)
            QVERIFY2(it.value().toObject().value(QLatin1String("retryable")).isBool(),
                qPrintable(it.key()));
    }

    void unknownCodeShownAsReceivedWithGenericHint()
    {
        const ErrorCatalogue &catalogue = ErrorCatalogue::builtIn();
        const ErrorExplanation english
            = catalogue.explain(QStringLiteral("BRAND_NEW_CODE"), CatalogueLanguage::English);
        QVERIFY(!english.known);
        QCOMPARE(english.code, QStringLiteral("BRAND_NEW_CODE"));
        QVERIFY(!english.retryable);
        QVERIFY(english.action.contains(QLatin1String("Request-ID")));
        QVERIFY(hasChinese(
            catalogue.explain(QStringLiteral("BRAND_NEW_CODE"), CatalogueLanguage::Chinese)
                .action));
    }

    void languageFromLocale()
    {
        QCOMPARE(ErrorCatalogue::languageFor(QLocale(QLocale::Chinese, QLocale::China)),
            CatalogueLanguage::Chinese);
        QCOMPARE(ErrorCatalogue::languageFor(QLocale(QLocale::English, QLocale::UnitedStates)),
            CatalogueLanguage::English);
        const ErrorCatalogue &catalogue = ErrorCatalogue::builtIn();
        QVERIFY(hasChinese(
            catalogue
                .explain(QStringLiteral("SIGN_ERROR"), QLocale(QLocale::Chinese, QLocale::China))
                .meaning));
    }

    void loaderRejectsIncompleteEntries_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray unknown
            = R"("unknown":{"en":{"meaning":"m","action":"a"},"zh_CN":{"meaning":"m","action":"a"}})";
        QTest::newRow("no chinese") << QByteArray("{" + unknown
            + R"(,"codes":{"X":{"retryable":false,"en":{"meaning":"m","action":"a"}}}})");
        QTest::newRow("no retryable") << QByteArray("{" + unknown
            + R"(,"codes":{"X":{"en":{"meaning":"m","action":"a"},"zh_CN":{"meaning":"m","action":"a"}}}})");
        QTest::newRow("no unknown hint") << QByteArray(
            R"({"codes":{"X":{"retryable":false,"en":{"meaning":"m","action":"a"},"zh_CN":{"meaning":"m","action":"a"}}}})");
        QTest::newRow("not json") << QByteArray("{");
    }
    void loaderRejectsIncompleteEntries()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!ErrorCatalogue::fromJson(json).ok());
    }

    void decodesErrorBody()
    {
        const QByteArray body = R"({"code":"PARAM_ERROR","message":"参数错误 271316754",
            "detail":{"field":"/amount/currency","value":"XYZ","issue":"must be CNY","location":"body"}})";
        const auto error = ApiError::fromBody(body);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, QStringLiteral("PARAM_ERROR"));
        QCOMPARE(error->message, QStringLiteral("参数错误 271316754"));
        QCOMPARE(error->field, QStringLiteral("/amount/currency"));
        QCOMPARE(error->value, QStringLiteral("XYZ"));
        QCOMPARE(error->issue, QStringLiteral("must be CNY"));
        QCOMPARE(error->location, QStringLiteral("body"));
        // toJson() round-trips (the journal and the CLI's JSON output use it).
        QCOMPARE(ApiError::fromBody(QJsonDocument(error->toJson()).toJson())->issue, error->issue);
    }

    void decodesSignInformationAndNonStringValues()
    {
        const QByteArray body = R"({"code":"SIGN_ERROR","message":"签名错误","detail":{"value":100,
            "sign_information":{"method":"POST","url":"/v3/x","truncated_sign_message":"POST\n/v3/x\n1\n"}}})";
        const auto error = ApiError::fromBody(body);
        QVERIFY(error.has_value());
        QCOMPARE(error->value, QStringLiteral("100"));
        QCOMPARE(
            error->signInformation.value(QLatin1String("url")).toString(), QStringLiteral("/v3/x"));
        QCOMPARE(error->signInformation.value(QLatin1String("method")).toString(),
            QStringLiteral("POST"));
    }

    void refusesNonErrorBodies()
    {
        QVERIFY(!ApiError::fromBody("<html>502 Bad Gateway</html>").has_value());
        QVERIFY(!ApiError::fromBody(R"({"message":"no code"})").has_value());
        QVERIFY(!ApiError::fromBody("").has_value());
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "tst_errorcatalogue.moc"
