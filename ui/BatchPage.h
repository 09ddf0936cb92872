#pragma once

#include <batch/BatchOperation.h>
#include <batch/BatchProgress.h>
#include <batch/BatchRowResult.h>
#include <payscore/Mode.h>

#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace psc::batch {
class BatchPlan;
class ModeLookup;
class CsvTable;
} // namespace psc::batch

namespace psc::session {
class BatchLanes;
class BatchRunnerThread;
} // namespace psc::session

namespace psc::ui {

class BatchFilterModel;
class BatchTableModel;
class ConsoleContext;
class SteadyText;

// The batch screen: a spreadsheet's rows → preview → run → results. Everything a row must
// satisfy, how it is sent, paced, journaled and resumed, and how the results file is written
// lives in src/batch; this screen only shows it and hands the operator's choices over.
// Reading and checking a file (and every re-check of all rows) runs on a worker thread, and a
// batch is sent from a thread of its own (session::BatchRunnerThread: journal commits,
// signing, network), so the window never freezes.
class BatchPage : public QWidget {
    Q_OBJECT
public:
    explicit BatchPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~BatchPage() override;

    batch::BatchOperation operation() const;
    void setOperation(batch::BatchOperation operation);

    // Reads a CSV file / tab-separated text (as pasted from Excel) on a worker thread.
    void openFile(const QString &path);
    void pasteText(const QString &text);

    batch::BatchPlan *plan() const { return m_plan.get(); }
    session::BatchRunnerThread *runner() const { return m_runner.get(); }
    BatchTableModel *model() const { return m_model; }
    bool isChecking() const { return m_checking > 0; }
    bool isLookingUpModes() const;
    bool isRunning() const; // also while a run reads the journal before its first row
    bool isReadingJournal() const;

signals:
    void planReady(); // a file was read and checked (or re-checked)
    void modesFound(); // no mode column: the rows' orders were looked up and checked again
    void batchFinished(const psc::batch::BatchProgress &progress);
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Checked {
        std::shared_ptr<batch::BatchPlan> plan;
        QString error;
    };
    using Job = std::function<Checked()>;

    void buildLayout();
    void retranslate();
    void chooseFile();
    void pasteClipboard();
    void saveTemplate();
    void checkInBackground(Job job, const std::function<void(const Checked &)> &done);
    void adoptPlan(const Checked &checked);
    void showFileInfo();
    void recheckInNewLanguage();
    void recheckRows(const std::function<void(batch::BatchPlan &)> &change,
        const std::function<void()> &afterwards = {});
    void showMapping();
    void applyMapping();
    void toggleExcluded();
    void rowEdited();
    std::unique_ptr<session::BatchLanes> openLanes(payscore::Operation operation) const;
    void lookUpModes();
    void applyModeFindings();
    void showSummary();
    void startBatch();
    void retryRetryable();
    void queryUnknown();
    // Runs `plan` (the whole batch, or a copy restricted to `rows`) through a BatchRunner;
    // a write plan is journaled and resumed through the journal.
    void run(std::shared_ptr<batch::BatchPlan> plan, QSet<qsizetype> rows);
    void rowFinished(qsizetype row, const batch::BatchRowResult &result);
    void showProgress(const batch::BatchProgress &progress);
    void runFinished(const batch::BatchProgress &progress);
    void exportResults(bool xlsx);
    void updateEnabled();
    bool confirmStart(const batch::BatchPlan &plan);

    ConsoleContext &m_context; // also whose name the writes are journaled under
    QString m_source; // the file name; empty: pasted rows
    QString m_loadError; // why the last file could not be read
    std::unique_ptr<batch::BatchPlan> m_plan;
    std::unique_ptr<session::BatchRunnerThread> m_runner; // holds the plan it runs
    std::unique_ptr<session::BatchLanes> m_lookupLanes; // declared before the lookup using it
    std::unique_ptr<batch::ModeLookup> m_lookup;
    QSet<qsizetype> m_runRows; // the rows the current run reports on (empty: all)
    bool m_queryRun = false; // the run queries unknown rows instead of writing
    int m_checking = 0; // worker jobs under way
    int m_generation = 0; // the newest worker job

    BatchTableModel *m_model;
    BatchFilterModel *m_filter;
    QComboBox *m_operation;
    QLabel *m_operationLabel;
    QPushButton *m_open;
    QPushButton *m_paste;
    QPushButton *m_template;
    SteadyText *m_fileInfo;
    QGroupBox *m_mappingBox;
    QFormLayout *m_mappingForm;
    QList<QComboBox *> m_mappingCombos;
    QPushButton *m_applyMapping;
    SteadyText *m_summary;
    QLabel *m_filterLabel;
    QComboBox *m_filterCombo;
    QPushButton *m_exclude;
    QTableView *m_table;
    QLabel *m_concurrencyLabel;
    QSpinBox *m_concurrency;
    QLabel *m_rateLabel;
    QDoubleSpinBox *m_rate;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    SteadyText *m_progressText; // changes ten times a second while a batch runs
    QPushButton *m_retry;
    QPushButton *m_queryUnknown;
    QPushButton *m_exportCsv;
    QPushButton *m_exportXlsx;
};

} // namespace psc::ui
