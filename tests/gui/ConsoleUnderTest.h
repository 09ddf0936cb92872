#pragma once

// The console as the workspace GUI tests start it: its own data folder and journal, the main
// window at 1366×768 with the built-in sandbox up, and an order looked up the way a clerk does
// it (typed, Enter, wait for the answer).
#include "ConsoleContext.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "WorkspaceModel.h"
#include "WorkspacePage.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace psc::testsupport {

class ConsoleUnderTest {
public:
    // From initTestCase (QVERIFY fails it).
    void start()
    {
        QVERIFY(m_dir.isValid());
        ui::ConsoleContext::Options options;
        options.dataDir = m_dir.path();
        options.journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        m_context = std::make_unique<ui::ConsoleContext>(options);
        m_window = std::make_unique<ui::MainWindow>(*m_context, QStringLiteral("en"));
        m_window->resize(1366, 768);
        m_window->show();
        m_window->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_context->sandboxState() != ui::ConsoleContext::SandboxState::Starting, 30000);
        QVERIFY2(m_context->session(), qPrintable(m_context->sandboxError()));
    }

    // From cleanupTestCase.
    void stop()
    {
        ui::ModalAnswer::clear();
        m_window.reset();
        m_context.reset();
    }

    ui::ConsoleContext &context() const { return *m_context; }
    ui::MainWindow *window() const { return m_window.get(); }
    ui::WorkspacePage *workspace() const { return m_window->screen<ui::WorkspacePage>(); }

    void waitUntilIdle() const
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            workspace()->model()->status() != ui::WorkspaceModel::Status::Searching, 20000);
        QApplication::processEvents();
    }

    // Types the number into the workspace, presses Enter and waits for the answer.
    void lookUp(const QString &outOrderNo) const
    {
        m_window->form()->screens->setCurrentWidget(workspace());
        QLineEdit *edit = workspace()->orderEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, outOrderNo);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(workspace()->model()->status(), ui::WorkspaceModel::Status::Searching);
        waitUntilIdle();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::ConsoleContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace psc::testsupport
