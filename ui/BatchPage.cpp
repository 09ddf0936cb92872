#include "BatchPage.h"

#include "Background.h"
#include "BatchConfirmDialog.h"
#include "BatchTableModel.h"
#include "ConsoleContext.h"
#include "ModalAnswer.h"
#include "SteadyText.h"

#include <Translations.h>
#include <batch/BatchColumns.h>
#include <batch/BatchExport.h>
#include <batch/BatchPlan.h>
#include <batch/BatchResume.h>
#include <batch/BatchRunner.h>
#include <batch/BatchTemplate.h>
#include <batch/CsvReader.h>
#include <batch/ModeLookup.h>
#include <payscore/Money.h>
#include <payscore/OrderFinder.h>
#include <profile/SecretSnapshot.h>
#include <profile/StoredSecretSource.h>
#include <session/BatchLanes.h>
#include <session/BatchRunnerThread.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace psc::ui {

using batch::BatchOperation;
using batch::BatchPlan;
using batch::BatchRunner;
using batch::RowOutcome;

namespace {

// QProgressBar paints at once (QWidget::repaint) whenever its value moves, and that paints
// everything else waiting in the window in the same pass of the event loop (after a new file:
// the whole table, ~8 ms). With its updates held, the change is painted with the next frame.
template<typename Change> void withoutImmediateRepaint(QWidget *widget, Change change)
{
    widget->setUpdatesEnabled(false);
    change();
    widget->setUpdatesEnabled(true); // schedules an ordinary update
}

QString operationText(BatchOperation operation)
{
    switch (operation) {
    case BatchOperation::Sync:
        return BatchPage::tr("Sync (paid outside WeChat Pay)");
    case BatchOperation::Complete:
        return BatchPage::tr("Complete");
    case BatchOperation::Cancel:
        return BatchPage::tr("Cancel");
    case BatchOperation::Query:
        return BatchPage::tr("Query");
    }
    return {};
}

QString money(qint64 fen)
{
    return payscore::Money::fromFen(fen).display();
}

// The total a money batch shows (the summary line and the confirmation), said plainly when the
// rows carry no amount (a sync file often has none: ¥0.00 would read like a mistake) or only
// some do.
QString totalText(const batch::PlanSummary &summary)
{
    if (summary.totalOverflow)
        return BatchPage::tr("too large to add up");
    if (summary.rowsWithAmount == 0)
        return BatchPage::tr("no amounts in the file");
    if (summary.rowsWithAmount < summary.sendable) {
        return BatchPage::tr("%1 (amounts on %2 of the %3 rows)")
            .arg(money(summary.totalFen))
            .arg(summary.rowsWithAmount)
            .arg(summary.sendable);
    }
    return money(summary.totalFen);
}

} // namespace

BatchPage::BatchPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new BatchTableModel(this))
    , m_filter(new BatchFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    buildLayout();
    connect(m_model, &BatchTableModel::rowEdited, this, &BatchPage::rowEdited);
    retranslate();
    updateEnabled();
}

BatchPage::~BatchPage()
{
    m_runner.reset(); // its thread is let go before the page's parts go
}

void BatchPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *input = new QHBoxLayout;
    m_operationLabel = new QLabel;
    m_operation = new QComboBox;
    m_operation->setObjectName(QStringLiteral("batchOperation"));
    m_operation->setFocusPolicy(Qt::StrongFocus);
    m_operationLabel->setBuddy(m_operation);
    for (const BatchOperation op : { BatchOperation::Sync, BatchOperation::Complete,
             BatchOperation::Cancel, BatchOperation::Query })
        m_operation->addItem(QString(), int(op));
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("batchOpen"));
    m_paste = new QPushButton;
    m_paste->setObjectName(QStringLiteral("batchPaste"));
    m_template = new QPushButton;
    m_template->setObjectName(QStringLiteral("batchTemplate"));
    input->addWidget(m_operationLabel);
    input->addWidget(m_operation, 1);
    input->addWidget(m_open);
    input->addWidget(m_paste);
    input->addWidget(m_template);
    layout->addLayout(input);

    // Like the progress line below: a new file, a new summary or the mode lookup's count
    // repaints the text, not the whole page.
    m_fileInfo = new SteadyText(1);
    m_fileInfo->label()->setObjectName(QStringLiteral("batchFileInfo"));
    layout->addWidget(m_fileInfo);

    m_mappingBox = new QGroupBox;
    m_mappingBox->setObjectName(QStringLiteral("batchMapping"));
    auto *mappingLayout = new QVBoxLayout(m_mappingBox);
    m_mappingForm = new QFormLayout;
    mappingLayout->addLayout(m_mappingForm);
    m_applyMapping = new QPushButton;
    m_applyMapping->setObjectName(QStringLiteral("batchApplyMapping"));
    mappingLayout->addWidget(m_applyMapping, 0, Qt::AlignLeft);
    m_mappingBox->hide();
    layout->addWidget(m_mappingBox);

    auto *preview = new QHBoxLayout;
    m_summary = new SteadyText(1);
    m_summary->label()->setObjectName(QStringLiteral("batchSummary"));
    m_filterLabel = new QLabel;
    m_filterCombo = new QComboBox;
    m_filterCombo->setObjectName(QStringLiteral("batchFilter"));
    m_filterCombo->setFocusPolicy(Qt::StrongFocus);
    m_filterLabel->setBuddy(m_filterCombo);
    for (const int filter : { BatchFilterModel::kAll, BatchFilterModel::kHeldBack,
             int(RowOutcome::Succeeded), int(RowOutcome::Rejected), int(RowOutcome::Unknown),
             int(RowOutcome::Skipped), int(RowOutcome::NotSent), int(RowOutcome::Invalid) })
        m_filterCombo->addItem(QString(), filter);
    m_exclude = new QPushButton;
    m_exclude->setObjectName(QStringLiteral("batchExclude"));
    preview->addWidget(m_summary, 1);
    preview->addWidget(m_filterLabel);
    preview->addWidget(m_filterCombo);
    preview->addWidget(m_exclude);
    layout->addLayout(preview);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Columns are sized from the rows in view only (0), not the first thousand.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->verticalHeader()->setResizeContentsPrecision(0);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *controls = new QHBoxLayout;
    m_concurrencyLabel = new QLabel;
    m_concurrency = new QSpinBox;
    m_concurrency->setObjectName(QStringLiteral("batchConcurrency"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(BatchRunner::kDefaultConcurrency);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_rateLabel = new QLabel;
    m_rate = new QDoubleSpinBox;
    m_rate->setObjectName(QStringLiteral("batchRate"));
    m_rate->setRange(0.2, 10000);
    m_rate->setDecimals(1);
    m_rate->setValue(BatchRunner::kDefaultRatePerSecond);
    m_rateLabel->setBuddy(m_rate);
    for (QWidget *spin :
        { static_cast<QWidget *>(m_concurrency), static_cast<QWidget *>(m_rate) }) {
        spin->setFocusPolicy(Qt::StrongFocus);
    }
    m_start = new QPushButton;
    m_start->setObjectName(QStringLiteral("batchStart"));
    m_pause = new QPushButton;
    m_pause->setObjectName(QStringLiteral("batchPause"));
    m_resume = new QPushButton;
    m_resume->setObjectName(QStringLiteral("batchResume"));
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("batchCancel"));
    controls->addWidget(m_concurrencyLabel);
    controls->addWidget(m_concurrency);
    controls->addWidget(m_rateLabel);
    controls->addWidget(m_rate);
    controls->addStretch(1);
    controls->addWidget(m_start);
    controls->addWidget(m_pause);
    controls->addWidget(m_resume);
    controls->addWidget(m_cancel);
    layout->addLayout(controls);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    // Its text changes ten times a second while a batch runs: a SteadyText repaints only it.
    m_progressText = new SteadyText(2);
    m_progressText->label()->setObjectName(QStringLiteral("batchProgressText"));
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);

    auto *results = new QHBoxLayout;
    m_retry = new QPushButton;
    m_retry->setObjectName(QStringLiteral("batchRetry"));
    m_queryUnknown = new QPushButton;
    m_queryUnknown->setObjectName(QStringLiteral("batchQueryUnknown"));
    m_exportCsv = new QPushButton;
    m_exportCsv->setObjectName(QStringLiteral("batchExportCsv"));
    m_exportXlsx = new QPushButton;
    m_exportXlsx->setObjectName(QStringLiteral("batchExportXlsx"));
    results->addWidget(m_retry);
    results->addWidget(m_queryUnknown);
    results->addStretch(1);
    results->addWidget(m_exportCsv);
    results->addWidget(m_exportXlsx);
    layout->addLayout(results);

    connect(m_open, &QPushButton::clicked, this, &BatchPage::chooseFile);
    connect(m_paste, &QPushButton::clicked, this, &BatchPage::pasteClipboard);
    connect(m_template, &QPushButton::clicked, this, &BatchPage::saveTemplate);
    connect(m_applyMapping, &QPushButton::clicked, this, &BatchPage::applyMapping);
    connect(m_exclude, &QPushButton::clicked, this, &BatchPage::toggleExcluded);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setFilter(m_filterCombo->currentData().toInt()); });
    connect(m_start, &QPushButton::clicked, this, &BatchPage::startBatch);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->pause();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->resume();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_concurrency, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_runner)
            m_runner->setConcurrency(value);
    });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_runner)
            m_runner->setRatePerSecond(value);
    });
    connect(m_retry, &QPushButton::clicked, this, &BatchPage::retryRetryable);
    connect(m_queryUnknown, &QPushButton::clicked, this, &BatchPage::queryUnknown);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportResults(false); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportResults(true); });
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        // The same rows, read for another operation: checked again.
        if (!m_plan || isRunning())
            return;
        const batch::CsvTable table = m_plan->table();
        const payscore::OrderDefaults defaults = m_plan->defaults();
        const BatchOperation op = operation();
        checkInBackground(
            [table, defaults, op] {
                auto plan = std::make_shared<BatchPlan>(op, table, defaults);
                plan->validate(QDateTime::currentDateTimeUtc());
                return Checked { plan, {} };
            },
            [this](const Checked &checked) { adoptPlan(checked); });
    });
}

void BatchPage::retranslate()
{
    m_operationLabel->setText(tr("Op&eration:"));
    for (int i = 0; i < m_operation->count(); ++i)
        m_operation->setItemText(
            i, operationText(BatchOperation(m_operation->itemData(i).toInt())));
    m_open->setText(tr("&Open CSV file…"));
    m_paste->setText(tr("Paste rows from E&xcel"));
    m_template->setText(tr("Save te&mplate…"));
    m_mappingBox->setTitle(tr("Columns this screen did not recognise: choose what each holds"));
    m_applyMapping->setText(tr("Use these colum&ns"));
    m_filterLabel->setText(tr("Rows sho&wn:"));
    const QStringList filters { tr("All rows"), tr("Held back by the preview"),
        batch::rowOutcomeText(RowOutcome::Succeeded), batch::rowOutcomeText(RowOutcome::Rejected),
        batch::rowOutcomeText(RowOutcome::Unknown), batch::rowOutcomeText(RowOutcome::Skipped),
        batch::rowOutcomeText(RowOutcome::NotSent), batch::rowOutcomeText(RowOutcome::Invalid) };
    for (int i = 0; i < m_filterCombo->count(); ++i)
        m_filterCombo->setItemText(i, filters.value(i));
    m_exclude->setText(tr("Exclu&de / include row"));
    m_concurrencyLabel->setText(tr("Concurrenc&y:"));
    m_rateLabel->setText(tr("Re&quests per second:"));
    m_start->setText(tr("&Start…"));
    m_pause->setText(tr("P&ause"));
    m_resume->setText(tr("&Resume"));
    m_cancel->setText(tr("&Cancel batch"));
    m_cancel->setToolTip(tr("Stops sending new rows. Rows already sent finish, or become "
                            "unknown when their answer does not come."));
    m_retry->setText(tr("Retry the retrya&ble rows"));
    m_queryUnknown->setText(tr("Query the un&known rows"));
    m_exportCsv->setText(tr("Export CS&V…"));
    m_exportXlsx->setText(tr("Expor&t XLSX…"));
    showFileInfo();
    showSummary();
    if (m_runner)
        showProgress(m_runner->progress());
}

void BatchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (QComboBox *combo : std::as_const(m_mappingCombos))
            combo->setItemText(0, tr("(not used)"));
        recheckInNewLanguage();
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        m_model->checksChanged();
        m_table->resizeColumnsToContents(); // headers and outcomes in the new language
    }
    QWidget::changeEvent(event);
}

BatchOperation BatchPage::operation() const
{
    return BatchOperation(m_operation->currentData().toInt());
}

void BatchPage::setOperation(BatchOperation operation)
{
    m_operation->setCurrentIndex(m_operation->findData(int(operation)));
}

bool BatchPage::isReadingJournal() const
{
    return m_runner && m_runner->isReadingJournal();
}

bool BatchPage::isRunning() const
{
    return isReadingJournal()
        || (m_runner && m_runner->state() != BatchRunner::State::Idle
            && m_runner->state() != BatchRunner::State::Finished);
}

void BatchPage::chooseFile()
{
    const QString path = ModalAnswer::openFileName(
        this, tr("Open the rows"), QString(), tr("Spreadsheet text (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void BatchPage::pasteClipboard()
{
    pasteText(QApplication::clipboard()->text());
}

void BatchPage::openFile(const QString &path)
{
    m_source = QFileInfo(path).fileName();
    const BatchOperation op = operation();
    const payscore::OrderDefaults defaults
        = m_context.session() ? m_context.session()->defaults() : payscore::OrderDefaults {};
    checkInBackground(
        [path, op, defaults] {
            auto table = batch::CsvReader().readFile(path);
            if (!table)
                return Checked { nullptr, table.error() };
            auto plan = std::make_shared<BatchPlan>(op, std::move(table).value(), defaults);
            plan->validate(QDateTime::currentDateTimeUtc());
            return Checked { plan, {} };
        },
        [this](const Checked &checked) { adoptPlan(checked); });
}

void BatchPage::pasteText(const QString &text)
{
    m_source.clear(); // pasted
    const BatchOperation op = operation();
    const payscore::OrderDefaults defaults
        = m_context.session() ? m_context.session()->defaults() : payscore::OrderDefaults {};
    checkInBackground(
        [text, op, defaults] {
            auto table = batch::CsvReader::readText(text);
            if (!table)
                return Checked { nullptr, table.error() };
            auto plan = std::make_shared<BatchPlan>(op, std::move(table).value(), defaults);
            plan->validate(QDateTime::currentDateTimeUtc());
            return Checked { plan, {} };
        },
        [this](const Checked &checked) { adoptPlan(checked); });
}

void BatchPage::checkInBackground(Job job, const std::function<void(const Checked &)> &done)
{
    ++m_checking;
    // Only the newest job's answer counts: rows pasted while a file was still being checked
    // win over that file.
    const int generation = ++m_generation;
    m_summary->setText(tr("Reading and checking the rows…"));
    updateEnabled();
    runInBackground<Checked>(
        this, std::move(job), [this, done, generation](const Checked &checked) {
            --m_checking;
            if (generation == m_generation)
                done(checked);
            showSummary();
            updateEnabled();
        });
}

// The preview's reasons are written when a row is checked: after a language switch every
// row is checked again (on the worker), keeping what the batch already did to it.
void BatchPage::recheckInNewLanguage()
{
    if (!m_plan || isRunning())
        return;
    recheckRows([](BatchPlan &plan) { plan.validate(QDateTime::currentDateTimeUtc()); });
}

// A copy of the rows on screen is changed and checked again on the worker, then replaces
// them (the results stay) — unless a batch started or other rows were opened meanwhile.
void BatchPage::recheckRows(
    const std::function<void(batch::BatchPlan &)> &change, const std::function<void()> &afterwards)
{
    auto copy = std::make_shared<BatchPlan>(*m_plan);
    checkInBackground(
        [copy, change] {
            change(*copy);
            return Checked { copy, {} };
        },
        [this, afterwards](const Checked &checked) {
            if (!checked.plan || isRunning() || !m_plan
                || checked.plan->rowCount() != m_plan->rowCount())
                return;
            m_plan = std::make_unique<BatchPlan>(std::move(*checked.plan));
            m_model->replacePlan(m_plan.get());
            showSummary();
            if (afterwards)
                afterwards();
        });
}

void BatchPage::showFileInfo()
{
    const QString source = m_source.isEmpty() ? tr("pasted rows") : m_source;
    if (!m_loadError.isEmpty()) {
        m_fileInfo->setText(tr("%1 cannot be read: %2").arg(source, m_loadError));
        return;
    }
    if (!m_plan) {
        m_fileInfo->setText(tr("Open a CSV file or paste rows copied from Excel. Headers in "
                               "Chinese or English; \"Save template…\" gives a file to start "
                               "from."));
        return;
    }
    const batch::CsvTable &table = m_plan->table();
    QString info
        = tr("%1: %2 rows, %3, separated by %4.")
              .arg(source)
              .arg(table.rowCount())
              .arg(table.encoding.isEmpty() ? tr("text") : table.encoding,
                  table.separator == u'\t' ? tr("tabs")
                                           : QStringLiteral("\"%1\"").arg(table.separator));
    if (m_plan->summary().usedLocalTime) {
        // The zone's name only: a whole QTimeZone parses the zone file (~5 ms on the UI thread).
        info += QLatin1Char(' ')
            + tr("Times without an offset (2026-11-28 10:00:00) are read as this PC's local time "
                 "(%1).")
                  .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    }
    QStringList missing;
    for (const batch::BatchField field : m_plan->missingColumns()) {
        const batch::BatchFieldInfo &about = batch::fieldInfo(field);
        missing.append(about.chineseHeader + QLatin1Char('/') + about.key);
    }
    if (!missing.isEmpty()) {
        info += QLatin1Char(' ')
            + tr("No column holds: %1. Choose it below.").arg(missing.join(QStringLiteral(", ")));
    }
    m_fileInfo->setText(info);
}

void BatchPage::adoptPlan(const Checked &checked)
{
    if (isRunning())
        return; // a batch started meanwhile keeps its rows
    m_loadError = checked.plan ? QString() : checked.error;
    if (!checked.plan) {
        showFileInfo();
        return;
    }
    m_runner.reset();
    m_lookup.reset(); // a lookup for the rows this plan replaces
    m_model->setPlan(nullptr);
    // The worker's plan is handed over whole; nobody else holds it.
    m_plan = std::make_unique<BatchPlan>(std::move(*checked.plan));
    m_model->setPlan(m_plan.get());
    // Sized from the rows in view (resizeContentsPrecision 0): Qt's default measures a thousand
    // rows, which held the window for ~50 ms per file.
    m_table->resizeColumnsToContents();
    withoutImmediateRepaint(m_progress, [this] { m_progress->reset(); });
    m_progressText->clear();
    showFileInfo();
    showMapping();
    showSummary();
    updateEnabled();
    emit planReady();
    lookUpModes();
}

void BatchPage::showMapping()
{
    for (QComboBox *combo : std::as_const(m_mappingCombos))
        m_mappingForm->removeRow(combo);
    m_mappingCombos.clear();
    const bool needed = m_plan
        && (!m_plan->mapping().unmappedColumns().isEmpty() || !m_plan->missingColumns().isEmpty());
    m_mappingBox->setVisible(needed);
    if (!needed)
        return;
    const batch::ColumnMapping &mapping = m_plan->mapping();
    for (qsizetype column = 0; column < m_plan->table().header.size(); ++column) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mapColumn%1").arg(column));
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->addItem(tr("(not used)"), -1);
        for (const batch::BatchField field : batch::fieldsFor(m_plan->operation())) {
            const batch::BatchFieldInfo &info = batch::fieldInfo(field);
            combo->addItem(QStringLiteral("%1 / %2").arg(info.chineseHeader, info.key), int(field));
        }
        const auto field = mapping.fieldOf(column);
        combo->setCurrentIndex(field ? combo->findData(int(*field)) : 0);
        m_mappingForm->addRow(m_plan->table().header.at(column), combo);
        m_mappingCombos.append(combo);
    }
}

void BatchPage::applyMapping()
{
    if (!m_plan)
        return;
    batch::ColumnMapping mapping = m_plan->mapping();
    for (qsizetype column = 0; column < m_mappingCombos.size(); ++column) {
        const int field = m_mappingCombos.at(column)->currentData().toInt();
        if (field < 0)
            mapping.clearColumn(column);
        else
            mapping.setColumn(batch::BatchField(field), column);
    }
    auto copy = std::make_shared<BatchPlan>(*m_plan);
    checkInBackground(
        [copy, mapping] {
            copy->setMapping(mapping, QDateTime::currentDateTimeUtc());
            return Checked { copy, {} };
        },
        [this](const Checked &checked) {
            adoptPlan(checked);
            m_mappingBox->setVisible(m_plan && !m_plan->missingColumns().isEmpty());
        });
}

void BatchPage::toggleExcluded()
{
    if (!m_plan || isRunning())
        return;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const qsizetype row = m_filter->mapToSource(index).row();
        m_plan->setExcluded(row, !m_plan->check(row).excluded);
    }
    m_model->checksChanged();
    showSummary();
    updateEnabled();
}

void BatchPage::rowEdited()
{
    showSummary();
    updateEnabled();
    lookUpModes(); // an order number typed into a file without modes is looked up
}

std::unique_ptr<session::BatchLanes> BatchPage::openLanes(payscore::Operation operation) const
{
    session::MerchantSession::Options options;
    options.journal = m_context.journal();
    options.operatorName = m_context.operatorName();
    return std::make_unique<session::BatchLanes>(
        m_context.session()->info().path, operation, options);
}

bool BatchPage::isLookingUpModes() const
{
    return m_lookup && m_lookup->isRunning();
}

// No mode column: each order is found as the workspace and `payscore-cli find` find it
// (queries only, paced by the screen's concurrency and rate); the rows are checked again
// with the mode found, and the check column says where.
void BatchPage::lookUpModes()
{
    if (!m_plan || isRunning() || isLookingUpModes() || !m_context.session())
        return;
    const QStringList orders = m_plan->ordersToLookUp();
    if (orders.isEmpty())
        return;
    m_lookup.reset();
    m_lookupLanes = openLanes(payscore::Operation::Query);
    const session::MerchantSession::Info &info = m_context.session()->info();
    m_lookup = std::make_unique<batch::ModeLookup>(
        payscore::OrderFinder::modesFor(info.defaults, info.baseUrl),
        [lanes = m_lookupLanes.get()](
            payscore::Mode mode, int lane) { return lanes->runner(mode, lane); },
        m_plan->defaults());
    m_lookup->setConcurrency(m_concurrency->value());
    m_lookup->setRatePerSecond(m_rate->value());
    connect(m_lookup.get(), &batch::ModeLookup::progressChanged, this,
        [this](qsizetype done, qsizetype total) {
            m_summary->setText(
                tr("The file has no mode column: finding each order as the workspace does "
                   "(queries only): %1 of %2…")
                    .arg(done)
                    .arg(total));
        });
    connect(m_lookup.get(), &batch::ModeLookup::finished, this, &BatchPage::applyModeFindings,
        Qt::QueuedConnection);
    m_lookup->start(orders);
    updateEnabled();
}

void BatchPage::applyModeFindings()
{
    if (!m_lookup || !m_plan || isRunning())
        return;
    const QHash<QString, batch::ModeFinding> findings = m_lookup->findings();
    recheckRows(
        [findings](
            BatchPlan &plan) { plan.addModeFindings(findings, QDateTime::currentDateTimeUtc()); },
        [this] {
            updateEnabled();
            emit modesFound();
        });
}

void BatchPage::showSummary()
{
    if (m_checking > 0)
        return;
    if (!m_plan) {
        m_summary->clear();
        return;
    }
    const batch::PlanSummary &summary = m_plan->summary();
    QString text = tr("To send: %1 of %2 rows. Invalid: %3. Duplicates: %4. Excluded: %5.")
                       .arg(summary.sendable)
                       .arg(summary.rows)
                       .arg(summary.invalid)
                       .arg(summary.duplicates)
                       .arg(summary.excluded);
    if (batch::movesMoney(m_plan->operation()))
        text += QLatin1Char(' ') + tr("Total: %1.").arg(totalText(summary));
    if (summary.invalid > 0)
        text += QLatin1Char(' ') + tr("Double-click a cell to fix it, or exclude the row.");
    m_summary->setText(text);
}

bool BatchPage::confirmStart(const BatchPlan &plan)
{
    if (!batch::isWrite(plan.operation()))
        return true; // a query changes nothing
    const session::MerchantSession *session = m_context.session();
    BatchConfirmDialog::Figures figures;
    figures.environment = session->info().environment;
    figures.profileName = m_context.profileDisplayName();
    figures.operation = operationText(plan.operation());
    figures.rows = plan.summary().sendable;
    if (batch::movesMoney(plan.operation()))
        figures.total = totalText(plan.summary());
    figures.skippedNote = plan.summary().rows - plan.summary().sendable;
    BatchConfirmDialog dialog(figures, this);
    return ModalAnswer::exec(dialog) == QDialog::Accepted;
}

void BatchPage::startBatch()
{
    if (!m_plan || isRunning() || !m_context.session())
        return;
    if (!m_plan->missingColumns().isEmpty() || m_plan->summary().sendable == 0) {
        ModalAnswer::warning(this, tr("Nothing to send"),
            tr("No row can be sent: fix or map the columns the preview names first."));
        return;
    }
    if (!confirmStart(*m_plan))
        return;
    // The runner reads a copy: the rows on screen may be fixed again for the next run.
    run(std::make_shared<BatchPlan>(*m_plan), {});
}

void BatchPage::retryRetryable()
{
    if (!m_runner || isRunning())
        return;
    const QList<qsizetype> rows = batch::retryableRows(m_model->results());
    if (rows.isEmpty())
        return;
    QSet<qsizetype> set(rows.begin(), rows.end());
    auto copy = std::make_shared<BatchPlan>(*m_plan);
    checkInBackground(
        [copy, set] {
            for (qsizetype row = 0; row < copy->rowCount(); ++row) {
                if (!set.contains(row))
                    copy->setExcluded(row, true);
            }
            return Checked { copy, {} };
        },
        [this, set](const Checked &checked) {
            if (!checked.plan || isRunning() || !confirmStart(*checked.plan))
                return;
            run(checked.plan, set);
        });
}

void BatchPage::queryUnknown()
{
    if (!m_plan || isRunning())
        return;
    QSet<qsizetype> unknown;
    for (qsizetype row = 0; row < m_model->results().size(); ++row) {
        if (m_model->results().at(row).outcome == RowOutcome::Unknown)
            unknown.insert(row);
    }
    if (unknown.isEmpty())
        return;
    // A query batch over the same rows (order number and mode as mapped): it changes
    // nothing; each answer tells whether the unknown write took effect.
    const batch::ColumnMapping written = m_plan->mapping();
    auto source = std::make_shared<BatchPlan>(*m_plan);
    checkInBackground(
        [source, written, unknown] {
            auto query = std::make_shared<BatchPlan>(
                BatchOperation::Query, source->table(), source->defaults());
            batch::ColumnMapping mapping = query->mapping();
            for (const batch::BatchField field :
                { batch::BatchField::OutOrderNo, batch::BatchField::Mode }) {
                if (const auto column = written.columnOf(field))
                    mapping.setColumn(field, *column);
            }
            query->setMapping(mapping, QDateTime::currentDateTimeUtc());
            for (qsizetype row = 0; row < query->rowCount(); ++row) {
                if (!unknown.contains(row))
                    query->setExcluded(row, true);
            }
            return Checked { query, {} };
        },
        [this, unknown](const Checked &checked) {
            if (!checked.plan || isRunning())
                return;
            m_queryRun = true;
            run(checked.plan, unknown);
        });
}

// The batch is sent from a thread of its own (session::BatchRunnerThread): the journal's
// commits, the signing and the resume read never hold this thread, so the window paints and
// answers throughout. A write batch first reads the journal's earlier entries there (rows done
// before are skipped, unknown ones queried first); a journal that cannot be read sends nothing.
void BatchPage::run(std::shared_ptr<BatchPlan> plan, QSet<qsizetype> rows)
{
    m_runner.reset();
    m_runRows = std::move(rows);
    if (m_runRows.isEmpty())
        m_queryRun = false;
    const bool write = batch::isWrite(plan->operation());
    const session::MerchantSession &session = *m_context.session();
    session::BatchRunnerThread::Setup setup;
    setup.plan = std::move(plan);
    setup.profilePath = session.info().path;
    setup.profileName = session.info().name;
    setup.session.operatorName = m_context.operatorName();
    profile::StoredSecretSource stored;
    setup.secretSnapshot = profile::SecretSnapshot::take(session.profile(), stored);
    if (write && m_context.journal())
        setup.journal = m_context.journal()->opener();
    setup.concurrency = m_concurrency->value();
    setup.ratePerSecond = m_rate->value();
    m_runner = std::make_unique<session::BatchRunnerThread>(std::move(setup));
    m_model->setEditable(false);
    connect(
        m_runner.get(), &session::BatchRunnerThread::rowFinished, this, &BatchPage::rowFinished);
    connect(m_runner.get(), &session::BatchRunnerThread::progressChanged, this,
        &BatchPage::showProgress);
    connect(m_runner.get(), &session::BatchRunnerThread::stateChanged, this, [this] {
        updateEnabled();
        if (m_runner)
            showProgress(m_runner->progress());
    });
    connect(m_runner.get(), &session::BatchRunnerThread::rateLimited, this,
        [this](int holdMs, double newRate) {
            m_progressText->setText(tr("WeChat Pay asked to slow down (429): holding %1 s, then "
                                       "%2 requests per second.")
                                        .arg(double(holdMs) / 1000.0, 0, 'f', 1)
                                        .arg(newRate, 0, 'f', 1));
        });
    connect(m_runner.get(), &session::BatchRunnerThread::finished, this, &BatchPage::runFinished);
    connect(
        m_runner.get(), &session::BatchRunnerThread::refused, this, [this](const QString &error) {
            m_model->setEditable(true);
            m_progressText->setText(
                tr("The journal cannot be read, so nothing was sent: %1").arg(error));
            updateEnabled();
        });
    if (write && m_context.journal())
        m_progressText->setText(tr("Reading the journal: rows done before are skipped, rows "
                                   "whose outcome is unknown are queried first…"));
    m_runner->start();
    updateEnabled();
}

void BatchPage::rowFinished(qsizetype row, const batch::BatchRowResult &result)
{
    if (!m_runRows.isEmpty() && !m_runRows.contains(row))
        return; // held out of this run: its earlier outcome stands
    if (!m_queryRun) {
        const bool first = !m_model->hasResults();
        m_model->setResult(row, result);
        if (first)
            m_table->resizeColumnsToContents(); // the outcome columns were sized empty
        return;
    }
    // Query the unknown rows: the write stays unknown unless the order shows it took effect.
    batch::BatchRowResult settled = m_model->results().at(row);
    settled.state = result.state;
    settled.requestId = result.requestId.isEmpty() ? settled.requestId : result.requestId;
    const QStringList state = result.state.split(QLatin1Char('/'));
    if (result.outcome == RowOutcome::Succeeded
        && batch::BatchResume::tookEffect(m_plan->operation(), state.value(0), state.value(1))) {
        settled.outcome = RowOutcome::Succeeded;
        settled.note = tr("A query shows the write took effect.");
    } else if (result.outcome == RowOutcome::Succeeded) {
        settled.note = tr("A query shows the write did not take effect: Start sends it again "
                          "(after another query).");
    } else {
        settled.note = tr("The query did not settle it: %1").arg(result.errorMessage);
    }
    m_model->setResult(row, settled);
}

void BatchPage::showProgress(const batch::BatchProgress &p)
{
    const qsizetype total = m_runRows.isEmpty() ? p.total - p.invalid : m_runRows.size();
    withoutImmediateRepaint(m_progress, [this, &p, total] {
        m_progress->setRange(0, int(qMax<qsizetype>(total, 1)));
        m_progress->setValue(int(qMin(p.done(), total)));
    });
    QString text = tr("Succeeded %1 · rejected %2 · unknown %3 · skipped (done before) %4 · not "
                      "sent %5 · in flight %6")
                       .arg(p.succeeded)
                       .arg(p.rejected)
                       .arg(p.unknown)
                       .arg(p.skipped)
                       .arg(p.notSent)
                       .arg(p.inFlight);
    text += QLatin1Char('\n')
        + tr("%1 rows/s (limit %2/s)")
              .arg(p.rowsPerSecond, 0, 'f', 1)
              .arg(p.currentRateLimit, 0, 'f', 1);
    if (p.secondsLeft >= 0)
        text += QStringLiteral(" · ") + tr("about %1 s left").arg(p.secondsLeft);
    if (m_runner) {
        switch (m_runner->state()) {
        case BatchRunner::State::Reconciling:
            text += QStringLiteral(" · ")
                + tr("querying rows whose outcome was unknown before sending anything");
            break;
        case BatchRunner::State::Paused:
            text += QStringLiteral(" · ") + tr("paused: rows in flight finish, no new row starts");
            break;
        case BatchRunner::State::Cancelling:
            text += QStringLiteral(" · ")
                + tr("cancelling: no new row is sent; rows in flight finish or become unknown");
            break;
        default:
            break;
        }
    }
    m_progressText->setText(text);
}

void BatchPage::runFinished(const batch::BatchProgress &progress)
{
    showProgress(progress);
    m_queryRun = false;
    m_model->setEditable(true);
    m_table->resizeColumnsToContents(); // to the outcomes in view
    updateEnabled();
    emit batchFinished(progress);
}

void BatchPage::exportResults(bool xlsx)
{
    if (!m_plan)
        return;
    const QString suggested = QFileInfo(m_source).completeBaseName()
        + (xlsx ? QStringLiteral("-results.xlsx") : QStringLiteral("-results.csv"));
    const QString path = ModalAnswer::saveFileName(this, tr("Export the results"), suggested,
        xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    auto plan = std::make_shared<BatchPlan>(*m_plan);
    const QList<batch::BatchRowResult> results = m_model->results();
    checkInBackground(
        [plan, results, path, xlsx] {
            const auto written = xlsx ? batch::BatchExport::writeXlsx(path, *plan, results)
                                      : batch::BatchExport::writeCsv(path, *plan, results);
            return Checked { nullptr, written ? QString() : written.error() };
        },
        [this, path](const Checked &checked) {
            showSummary();
            if (!checked.error.isEmpty()) {
                ModalAnswer::warning(this, tr("Export failed"), checked.error);
                return;
            }
            m_progressText->setText(tr("Results written to %1").arg(path));
            emit exported(path);
        });
}

void BatchPage::updateEnabled()
{
    const bool running = isRunning();
    const bool idle = !running && m_checking == 0 && !isLookingUpModes();
    const bool hasSession = m_context.session() != nullptr;
    m_operation->setEnabled(idle);
    m_open->setEnabled(idle);
    m_paste->setEnabled(idle);
    m_template->setEnabled(true);
    m_applyMapping->setEnabled(idle);
    m_exclude->setEnabled(idle && m_plan);
    m_start->setEnabled(idle && hasSession && m_plan && m_plan->summary().sendable > 0);
    const auto state = m_runner ? m_runner->state() : BatchRunner::State::Idle;
    m_pause->setEnabled(state == BatchRunner::State::Running);
    m_resume->setEnabled(state == BatchRunner::State::Paused);
    m_cancel->setEnabled(running && !isReadingJournal() && state != BatchRunner::State::Cancelling);
    m_retry->setEnabled(idle && hasSession && m_model->hasResults()
        && !batch::retryableRows(m_model->results()).isEmpty());
    bool anyUnknown = false;
    if (idle && m_model->hasResults()) {
        for (const batch::BatchRowResult &result : m_model->results()) {
            if (result.outcome == RowOutcome::Unknown) {
                anyUnknown = true;
                break;
            }
        }
    }
    m_queryUnknown->setEnabled(idle && hasSession && anyUnknown);
    m_exportCsv->setEnabled(idle && m_plan);
    m_exportXlsx->setEnabled(idle && m_plan);
}

void BatchPage::saveTemplate()
{
    const BatchOperation op = operation();
    const QString path = ModalAnswer::saveFileName(this, tr("Save the template"),
        batch::batchOperationName(op) + QStringLiteral(".csv"), tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QByteArray bytes
        = batch::BatchTemplate::csv(op, resources::Translations::languageFor(QLocale()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes) != bytes.size()) {
        ModalAnswer::warning(this, tr("Save the template"),
            tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return;
    }
    m_progressText->setText(tr("Template saved to %1").arg(path));
}

} // namespace psc::ui
