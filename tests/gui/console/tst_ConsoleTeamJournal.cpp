// The console on a team journal (a real PostgreSQL 15 started by the test) whose server stops
// while the console is in use: the Journal page says so in plain words, a sync is refused with
// nothing sent to the sandbox, a query still works, and once the server is back the console
// has reconnected by itself and the same sync goes through and is journaled. A server that
// does not answer at all (a socket that never accepts) never freezes the console.
#include "ConfirmWriteDialog.h"
#include "ConsoleContext.h"
#include "JournalConnection.h"
#include "JournalPage.h"
#include "JournalSettingsDialog.h"
#include "MainWindow.h"
#include "ModeLabels.h"
#include "QueryPage.h"
#include "ResultsPane.h"
#include "SyncPage.h"
#include "support/PostgresServer.h"
#include "ui_JournalPage.h"
#include "ui_MainWindow.h"
#include "ui_QueryPage.h"
#include "ui_SyncPage.h"

#include <journal/Journal.h>
#include <payscore/OperationResult.h>
#include <sandbox/Sandbox.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc::ui;
using psc::payscore::Mode;

class TestConsoleTeamJournal : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const QString database = m_server.createDatabase();
        QVERIFY(!database.isEmpty());
        m_url = m_server.url(database);
        ConsoleContext::Options options;
        options.dataDir = m_dir.path();
        options.journalPath = m_url;
        m_context = std::make_unique<ConsoleContext>(options);
        m_window = std::make_unique<MainWindow>(*m_context, QStringLiteral("en"));
        m_window->resize(1366, 768);
        m_window->show();
        m_window->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_context->sandboxState() != ConsoleContext::SandboxState::Starting, 30000);
        QVERIFY2(m_context->session(), qPrintable(m_context->lastError()));
        m_connection = m_context->journalConnection();
        QVERIFY(m_connection);
        m_connection->setRetryInterval(200);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    // The Settings dialog checks the location as the journal will, before storing anything.
    void settingsDialogRefusesUnsafeLocationsAndTestsTheConnection()
    {
        JournalSettingsDialog dialog;
        dialog.show();
        auto *team = dialog.findChild<QRadioButton *>(QStringLiteral("teamRadio"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
        QVERIFY(team && url && status && test);
        QVERIFY(!url->isEnabled()); // local is the default
        QTest::mouseClick(team, Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(url->isEnabled());

        const auto refused = [&](const QString &typed, const QString &why) {
            typeInto(url, typed);
            dialog.accept();
            return dialog.isVisible() && status->text().contains(why);
        };
        QVERIFY2(refused(QStringLiteral("postgresql://clerk:secret@127.0.0.1/payscore"),
                     QStringLiteral("must not contain a password")),
            qPrintable(status->text()));
        QVERIFY2(refused(QStringLiteral("postgresql://clerk@db.example.com/payscore"),
                     QStringLiteral("sslmode=verify-full")),
            qPrintable(status->text()));
        QVERIFY(
            refused(QStringLiteral("postgresql://clerk@db.example.com/payscore?sslmode=require"),
                QStringLiteral("sslmode=verify-full")));
        QVERIFY(JournalSettingsDialog::storedTeamUrl().isEmpty()); // nothing kept

        typeInto(url, m_url);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY2(
            status->text().startsWith(QStringLiteral("Connected")), qPrintable(status->text()));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(JournalSettingsDialog::storedTeamUrl(), m_url);
        JournalSettingsDialog::storeTeamUrl(QString());
    }

    void serverDownRefusesWritesKeepsQueriesAndRecovers()
    {
        const QString number = QStringLiteral("DEMO-STAY-COLLECTING-001");
        QLabel *banner = m_window->screen<JournalPage>()->form()->connectionBanner;
        QVERIFY(!banner->isVisibleTo(m_window->screen<JournalPage>()));

        QVERIFY(m_server.stop());
        QTRY_VERIFY_WITH_TIMEOUT(!m_connection->isReachable(), 10000);
        QVERIFY(banner->isVisibleTo(m_window->screen<JournalPage>()));
        QVERIFY2(banner->text().contains(QLatin1String("cannot be reached")),
            qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QLatin1String("queries still work")));

        // A sync: refused; only its state check's query reaches the sandbox, no write.
        const int before = m_context->sandbox()->requestCount();
        sync(number);
        const auto &refused = m_window->resultsPane()->result();
        QVERIFY(refused.has_value());
        QCOMPARE(refused->error.code, QStringLiteral("JOURNAL_UNAVAILABLE"));
        QCOMPARE(int(refused->outcome), int(psc::payscore::OperationResult::Outcome::ConfigError));
        QCOMPARE(m_context->sandbox()->requestCount(), before + 1);

        // A query still works.
        QueryPage *query = m_window->screen<QueryPage>();
        m_window->form()->screens->setCurrentWidget(query);
        ModeLabels::select(query->form()->modeCombo, Mode::ServiceOrder);
        typeInto(query->form()->outOrderNoEdit, number);
        QTest::mouseClick(query->form()->submitButton, Qt::LeftButton);
        waitUntilIdle();
        QVERIFY(m_window->resultsPane()->result()->succeeded());
        QCOMPARE(m_window->resultsPane()->result()->order->state, QStringLiteral("DOING"));

        // The server comes back: the console notices by itself, and the sync goes through.
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReachable(), 10000);
        QVERIFY(!banner->isVisibleTo(m_window->screen<JournalPage>()));
        sync(number);
        QVERIFY2(m_window->resultsPane()->result()->succeeded(),
            qPrintable(m_window->resultsPane()->result()->error.message));
        auto journal = psc::journal::Journal::open(m_url);
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        psc::journal::JournalFilter filter;
        filter.outOrderNo = number;
        const auto entries = (*journal)->entries(filter);
        QCOMPARE(entries.size(), 1); // the refused one wrote nothing
        QCOMPARE(int(entries.first().result.outcome), int(psc::journal::Outcome::Succeeded));
        QVERIFY(!entries.first().write.hostName.isEmpty());
    }

    // The server's port answers nothing (a listening socket that never accepts: the connection
    // is made, the startup packet never answered). The probe waits for connect_timeout on its
    // own thread; the event loop keeps turning, a write is refused at once, and when the real
    // server is back on that port the connection says so.
    void silentServerNeverFreezesTheConsole()
    {
        JournalConnection connection;
        connection.setRetryInterval(60 * 60 * 1000); // this test probes by hand
        QVERIFY2(connection.open(m_url).ok(), "the team journal does not open");
        QVERIFY(connection.isReachable());
        QSignalSpy changes(&connection, &JournalConnection::reachabilityChanged);

        QVERIFY(m_server.stop());
        auto silent = std::make_unique<QTcpServer>();
        QVERIFY2(silent->listen(QHostAddress::LocalHost, quint16(m_server.port())),
            qPrintable(silent->errorString()));
        silent->pauseAccepting();

        QElapsedTimer clock;
        clock.start();
        qint64 lastTick = 0;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - lastTick);
            lastTick = clock.elapsed();
        });
        ticker.start();
        connection.check();
        connection.check(); // a second probe is not started while one is under way
        QVERIFY(connection.isProbing());

        // A write meanwhile is refused at once: nothing connects on this thread.
        psc::journal::PendingWrite write;
        write.operatorName = QStringLiteral("张三");
        write.profileName = QStringLiteral("Store 12");
        write.mode = QStringLiteral("serviceorder");
        write.operation = QStringLiteral("sync");
        write.outOrderNo = QStringLiteral("SILENT-001");
        QElapsedTimer writeTime;
        writeTime.start();
        QVERIFY(!connection.journal()->beginWrite(write).ok());
        QVERIFY2(writeTime.elapsed() < 200, qPrintable(QString::number(writeTime.elapsed())));

        QTRY_VERIFY_WITH_TIMEOUT(!connection.isProbing(), 30000);
        QVERIFY2(clock.elapsed() >= 1000, "the probe did not wait for the silent server");
        QVERIFY2(longestGap < 200,
            qPrintable(QStringLiteral("the event loop stood still %1 ms").arg(longestGap)));
        QVERIFY(!connection.isReachable());
        QCOMPARE(changes.size(), 1);
        ticker.stop(); // starting the server below blocks this thread on purpose

        silent.reset();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        connection.check();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReachable(), 20000);
        QCOMPARE(changes.size(), 2);
        QVERIFY(connection.journal()->beginWrite(write).ok());
    }

private:
    void waitUntilIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 20000);
        QApplication::processEvents();
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    void sync(const QString &number)
    {
        SyncPage *page = m_window->screen<SyncPage>();
        m_window->form()->screens->setCurrentWidget(page);
        ModeLabels::select(page->form()->modeCombo, Mode::ServiceOrder);
        typeInto(page->form()->outOrderNoEdit, number);
        ConfirmWriteDialog::setNextAnswer(true); // confirmed without a modal loop
        QTest::mouseClick(page->form()->submitButton, Qt::LeftButton);
        waitUntilIdle();
    }

    QTemporaryDir m_dir;
    psc::test::PostgresServer m_server;
    QString m_url;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    JournalConnection *m_connection = nullptr;
};

QTEST_MAIN(TestConsoleTeamJournal)
#include "tst_ConsoleTeamJournal.moc"
