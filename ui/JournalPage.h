#pragma once

#include <journal/Journal.h>
#include <journal/OperatorIdentity.h>
#include <journal/Reconciler.h>

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class JournalPage;
}

namespace psc::ui {

class JournalTableModel;

// 操作日志: every write the console or the CLI sent, with its outcome. Filters by order
// number, date, operator, PC, OS account, profile and outcome; a detail view; CSV export; and
// "Reconcile unknown outcomes", which queries each such order and records what it found. On start,
// the entries whose outcome is unknown are shown first.
class JournalPage : public QWidget {
    Q_OBJECT
public:
    explicit JournalPage(QWidget *parent = nullptr);
    ~JournalPage() override;

    // The page shows nothing until it has a journal. Opens on "outcome unknown" when any.
    void setJournal(std::shared_ptr<journal::Journal> journal);
    // Used by the Reconcile button; without one the button is disabled.
    void setOrderLookup(journal::OrderLookup *lookup);
    // Who reconciles; the page also offers the once-per-session change of the operator's name
    // (OperatorIdentity::session() unless a test gives its own).
    void setOperatorIdentity(journal::OperatorIdentity *identity);
    void setOperatorName(const QString &name) { m_operatorName = name; }
    // Where "Export CSV…" writes; by default a file dialog. Tests return a path.
    void setExportPathProvider(std::function<QString()> provider);

    void refresh();
    // A plain-words banner while the (team) journal cannot be reached; empty hides it.
    void setConnectionProblem(const QString &message);
    journal::JournalFilter currentFilter() const;
    bool exportCsv(const QString &path);
    void reconcile();
    JournalTableModel *model() const { return m_model; }
    Ui::JournalPage *form() const { return m_ui.get(); }

signals:
    void reconcileFinished(int settled, int failed);
    void unknownCountChanged(int count); // for a badge on the main window's tab
    // The operator typed their name (once per session): writes from now on carry it.
    void operatorNameChanged(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChoices();
    void showDetails();
    void updateBanner();
    void updateOperator();
    void applyOperatorName();
    static QString detailText(const journal::JournalEntry &entry);

    std::unique_ptr<Ui::JournalPage> m_ui;
    JournalTableModel *m_model;
    std::shared_ptr<journal::Journal> m_journal;
    journal::OrderLookup *m_lookup = nullptr;
    std::unique_ptr<journal::Reconciler> m_reconciler;
    QString m_operatorName;
    journal::OperatorIdentity *m_identity = &journal::OperatorIdentity::session();
    std::function<QString()> m_exportPath;
    bool m_filling = false;
};

} // namespace psc::ui
