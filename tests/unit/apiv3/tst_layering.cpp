// House rule (house.md "Arrows run one way"): nothing under src/ includes a Qt Widgets header,
// and src/crypto includes no network header. Checked on the source tree itself.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {

// "file:line: include" for every #include in `folder` matching `forbidden`.
QStringList offendingIncludes(const QString &folder, const QRegularExpression &forbidden)
{
    static const QRegularExpression include(
        QString::fromLatin1("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
        QRegularExpression::MultilineOption);
    QStringList offences;
    QDirIterator it(folder,
        { QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = include.globalMatch(text); match.hasNext();) {
            const auto m = match.next();
            if (forbidden.match(m.captured(1)).hasMatch())
                offences << QStringLiteral("%1: %2").arg(path, m.captured(1));
        }
    }
    return offences;
}

const QRegularExpression widgets(
    QString::fromLatin1("^(QtWidgets/"
                        "|QApplication$|QWidget$|QMainWindow$|QDialog$|QMessageBox$|QPushButton$|"
                        "QLabel$|QLineEdit$|QTableView$|QTreeView$|QAbstractButton$|QLayout$|"
                        "QVBoxLayout$|QHBoxLayout$|QFormLayout$|QComboBox$|QFileDialog$)"));
const QRegularExpression network(
    QString::fromLatin1("^(QtNetwork/"
                        "|QNetwork\\w*$|QTcp\\w*$|QUdp\\w*$|QSsl\\w*$|QHostAddress$|QHostInfo$|"
                        "QAbstractSocket$|QLocalSocket$|QLocalServer$|sys/socket\\.h$|netinet/"
                        "|arpa/inet\\.h$|winsock2?\\.h$|openssl/ssl\\.h$)"));

// Includes of the layers above, for a layer below (payscore/Version.h is the generated version
// header, not the payscore layer).
const QRegularExpression aboveCore(QString::fromLatin1(
    "^(crypto/|apiv3/|payscore/(?!Version\\.h$)|profile/|journal/|refund/|sandbox/|ui/)"));
const QRegularExpression aboveCrypto(QString::fromLatin1(
    "^(apiv3/|payscore/(?!Version\\.h$)|profile/|journal/|refund/|sandbox/|ui/)"));
const QRegularExpression aboveApiv3(
    QString::fromLatin1("^(payscore/(?!Version\\.h$)|profile/|journal/|refund/|sandbox/|ui/)"));
const QRegularExpression clientCode(
    QString::fromLatin1("^apiv3/(ApiClient|ApiCall|ClientConfig)\\.h$"));
const QRegularExpression uiCode(QString::fromLatin1("^(ui/|console/)"));
// src/refund sits beside payscore and uses it and the journal: neither of them, nor the
// sandbox, may use it.
const QRegularExpression refundCode(QString::fromLatin1("^refund/"));

} // namespace

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void detectorsWork()
    {
        QVERIFY(widgets.match(QStringLiteral("QtWidgets/QWidget")).hasMatch());
        QVERIFY(widgets.match(QStringLiteral("QWidget")).hasMatch());
        QVERIFY(!widgets.match(QStringLiteral("QObject")).hasMatch());
        QVERIFY(network.match(QStringLiteral("QNetworkAccessManager")).hasMatch());
        QVERIFY(network.match(QStringLiteral("QSslSocket")).hasMatch());
        QVERIFY(!network.match(QStringLiteral("openssl/evp.h")).hasMatch());
    }

    void noWidgetsUnderSrc()
    {
        const QString src = QStringLiteral(PAYSCORE_SOURCE_DIR "/src");
        QVERIFY(QDir(src).exists());
        const QStringList offences = offendingIncludes(src, widgets);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
    }

    void arrowsRunOneWay()
    {
        const QString src = QStringLiteral(PAYSCORE_SOURCE_DIR "/src");
        QVERIFY(aboveApiv3.match(QStringLiteral("payscore/Money.h")).hasMatch());
        QVERIFY(!aboveApiv3.match(QStringLiteral("payscore/Version.h")).hasMatch());
        QVERIFY(clientCode.match(QStringLiteral("apiv3/ApiClient.h")).hasMatch());
        QVERIFY(!clientCode.match(QStringLiteral("apiv3/AnswerVerifier.h")).hasMatch());
        QVERIFY(aboveCrypto.match(QStringLiteral("apiv3/ApiRequest.h")).hasMatch());
        QVERIFY(aboveCore.match(QStringLiteral("crypto/Keys.h")).hasMatch());
        QStringList offences = offendingIncludes(src + QStringLiteral("/core"), aboveCore);
        offences += offendingIncludes(src + QStringLiteral("/crypto"), aboveCrypto);
        offences += offendingIncludes(src + QStringLiteral("/apiv3"), aboveApiv3);
        offences += offendingIncludes(src, uiCode);
        // The sandbox never calls the client code (it must not agree with itself).
        offences += offendingIncludes(src + QStringLiteral("/sandbox"), clientCode);
        for (const char *below : { "/payscore", "/journal", "/sandbox" })
            offences += offendingIncludes(src + QLatin1String(below), refundCode);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
    }

    void noNetworkInCrypto()
    {
        const QString crypto = QStringLiteral(PAYSCORE_SOURCE_DIR "/src/crypto");
        QVERIFY(QFile::exists(crypto + QStringLiteral("/Keys.h")));
        const QStringList offences = offendingIncludes(crypto, network);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
