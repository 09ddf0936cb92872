#include "JournalPage.h"

#include "JournalTableModel.h"
#include "ModalAnswer.h"
#include "Palette.h"
#include "ui_JournalPage.h"

#include <journal/JournalExport.h>
#include <payscore/Money.h>

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSaveFile>

namespace psc::ui {

using journal::JournalEntry;
using journal::JournalFilter;
using journal::Outcome;

namespace {

// The outcome filter's item data: an outcome name, or one of these.
const QString anyOutcome;
const QString openOutcome = QStringLiteral("outcome-unknown");

} // namespace

JournalPage::JournalPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JournalPage>())
    , m_model(new JournalTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->connectionBanner->setStyleSheet(Palette::noticeStyle(Palette::Text::Warning));
    m_ui->unknownBanner->setStyleSheet(Palette::noticeStyle(Palette::Text::Error));
    m_ui->journalTable->setModel(m_model);
    m_ui->journalTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->journalTable->verticalHeader()->hide();
    m_ui->journalTable->setTextElideMode(Qt::ElideMiddle);
    // A whole 32-character order number fits in its filter (and the clear button beside it).
    m_ui->orderFilter->setMinimumWidth(
        m_ui->orderFilter->fontMetrics().horizontalAdvance(QString(32, u'W')) * 3 / 4 + 32);
    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addDays(-7));
    m_ui->toDate->setDate(today);
    m_ui->fromDate->setEnabled(false);
    m_ui->toDate->setEnabled(false);
    m_ui->unknownBanner->hide();
    // The status line ("3 entries", "Exported to …") gets a row of its own: beside the
    // buttons it squeezed them until "Reconcile unknown outcomes" was cut off at 1366×768.
    m_ui->buttonLayout->removeWidget(m_ui->statusLabel);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->count() - 1, m_ui->statusLabel);
    for (QLabel *banner : { m_ui->unknownBanner, m_ui->connectionBanner })
        banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_ui->reconcileButton->setEnabled(false);
    m_operatorName = m_identity->name();
    updateOperator();
    retranslate();

    const auto filterChanged = [this] {
        if (!m_filling)
            refresh();
    };
    connect(m_ui->orderFilter, &QLineEdit::textChanged, this, filterChanged);
    connect(m_ui->dateFilterCheck, &QCheckBox::toggled, this, [this, filterChanged](bool on) {
        m_ui->fromDate->setEnabled(on);
        m_ui->toDate->setEnabled(on);
        filterChanged();
    });
    for (QDateEdit *date : { m_ui->fromDate, m_ui->toDate }) {
        // The whole date with a character's room on either side, beside the popup arrow: at
        // its bare size hint the digits touched the arrow in zh_CN.
        date->setMinimumWidth(
            date->sizeHint().width() + 2 * date->fontMetrics().averageCharWidth());
    }
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, filterChanged);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, filterChanged);
    for (QComboBox *box : { m_ui->operatorFilter, m_ui->hostFilter, m_ui->accountFilter,
             m_ui->profileFilter, m_ui->outcomeFilter }) {
        connect(box, &QComboBox::currentIndexChanged, this, filterChanged);
        // A long operator, PC or profile name elides in the box (the list shows it whole)
        // instead of widening the filter row, and with it the window, past the screen.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &JournalPage::refresh);
    connect(m_ui->operatorNameButton, &QPushButton::clicked, this, &JournalPage::applyOperatorName);
    connect(
        m_ui->operatorNameEdit, &QLineEdit::returnPressed, this, &JournalPage::applyOperatorName);
    connect(m_ui->reconcileButton, &QPushButton::clicked, this, &JournalPage::reconcile);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] {
        const QString path = m_exportPath
            ? m_exportPath()
            : ModalAnswer::saveFileName(this, tr("Export the journal as CSV"),
                QStringLiteral("payscore-journal.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_ui->journalTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &JournalPage::showDetails);
}

JournalPage::~JournalPage() = default;

void JournalPage::retranslate()
{
    m_filling = true;
    const QString outcome = m_ui->outcomeFilter->currentData().toString();
    m_ui->outcomeFilter->clear();
    m_ui->outcomeFilter->addItem(tr("All outcomes"), anyOutcome);
    m_ui->outcomeFilter->addItem(tr("Outcome unknown"), openOutcome);
    m_ui->outcomeFilter->addItem(tr("Succeeded"), outcomeName(Outcome::Succeeded));
    m_ui->outcomeFilter->addItem(tr("Rejected"), outcomeName(Outcome::Rejected));
    m_ui->outcomeFilter->addItem(tr("Unknown (incl. reconciled)"), outcomeName(Outcome::Unknown));
    m_ui->outcomeFilter->addItem(tr("Not sent (invalid)"), outcomeName(Outcome::Invalid));
    m_ui->outcomeFilter->addItem(
        tr("Pending (no outcome recorded)"), outcomeName(Outcome::Pending));
    m_ui->outcomeFilter->setCurrentIndex(qMax(0, m_ui->outcomeFilter->findData(outcome)));
    m_filling = false;
    fillChoices();
}

void JournalPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refresh(); // cells, headers and the detail pane in the new language
    }
    QWidget::changeEvent(event);
}

// Operators, PCs, OS accounts and profiles that occur in the journal, keeping the current
// choice.
void JournalPage::fillChoices()
{
    m_filling = true;
    const auto fill = [](QComboBox *box, const QString &allText, const QStringList &values) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(allText, QString());
        for (const QString &value : values)
            box->addItem(value, value);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_ui->operatorFilter, tr("All operators"),
        m_journal ? m_journal->operators() : QStringList());
    fill(m_ui->hostFilter, tr("All PCs"), m_journal ? m_journal->hostNames() : QStringList());
    fill(m_ui->accountFilter, tr("All OS accounts"),
        m_journal ? m_journal->osAccounts() : QStringList());
    fill(
        m_ui->profileFilter, tr("All profiles"), m_journal ? m_journal->profiles() : QStringList());
    m_filling = false;
}

void JournalPage::setJournal(std::shared_ptr<journal::Journal> journal)
{
    m_journal = std::move(journal);
    fillChoices();
    // What needs attention first: writes whose outcome nobody knows.
    if (m_journal && !m_journal->outcomeUnknown().isEmpty()) {
        m_filling = true;
        m_ui->outcomeFilter->setCurrentIndex(m_ui->outcomeFilter->findData(openOutcome));
        m_filling = false;
    }
    m_ui->reconcileButton->setEnabled(m_journal && m_lookup);
    refresh();
}

void JournalPage::setOrderLookup(journal::OrderLookup *lookup)
{
    m_lookup = lookup;
    m_ui->reconcileButton->setEnabled(m_journal && m_lookup);
}

void JournalPage::setOperatorIdentity(journal::OperatorIdentity *identity)
{
    m_identity = identity ? identity : &journal::OperatorIdentity::session();
    m_operatorName = m_identity->name();
    updateOperator();
}

void JournalPage::updateOperator()
{
    m_ui->operatorNameEdit->setText(m_identity->name());
    m_ui->operatorNameEdit->setReadOnly(!m_identity->isEditable());
    m_ui->operatorNameButton->setEnabled(m_identity->isEditable());
}

void JournalPage::applyOperatorName()
{
    if (!m_identity->isEditable()
        || m_ui->operatorNameEdit->text().simplified() == m_identity->name())
        return;
    if (!m_identity->setName(m_ui->operatorNameEdit->text())) {
        m_ui->statusLabel->setText(
            tr("Enter a name of 1 to %1 characters.").arg(journal::OperatorIdentity::maxLength));
        return;
    }
    m_operatorName = m_identity->name();
    updateOperator();
    m_ui->statusLabel->setText(
        tr("Journal entries from now on name %1 as the operator.").arg(m_operatorName));
    emit operatorNameChanged(m_operatorName);
}

void JournalPage::setExportPathProvider(std::function<QString()> provider)
{
    m_exportPath = std::move(provider);
}

JournalFilter JournalPage::currentFilter() const
{
    JournalFilter filter;
    filter.outOrderNo = m_ui->orderFilter->text().trimmed();
    if (m_ui->dateFilterCheck->isChecked()) {
        // Whole local days, from the first day's midnight to the midnight after the last.
        filter.from = m_ui->fromDate->date().startOfDay();
        filter.to = m_ui->toDate->date().addDays(1).startOfDay();
    }
    filter.operatorName = m_ui->operatorFilter->currentData().toString();
    filter.profileName = m_ui->profileFilter->currentData().toString();
    filter.hostName = m_ui->hostFilter->currentData().toString();
    filter.osAccount = m_ui->accountFilter->currentData().toString();
    const QString outcome = m_ui->outcomeFilter->currentData().toString();
    if (outcome == openOutcome) {
        filter.onlyOutcomeUnknown = true;
    } else if (const auto value = journal::outcomeFromName(outcome)) {
        filter.outcomes = { *value };
    }
    return filter;
}

void JournalPage::refresh()
{
    if (!m_journal) {
        m_model->setEntries({});
        return;
    }
    const qint64 selected
        = m_ui->journalTable->currentIndex().data(JournalTableModel::EntryIdRole).toLongLong();
    m_model->setEntries(m_journal->entries(currentFilter()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row)->id == selected)
            m_ui->journalTable->selectRow(row);
    }
    // The cells are short words (the long forms are their tooltips and the detail pane), so
    // every column gets the width its text needs and the state still fits 1366 pixels.
    m_ui->journalTable->resizeColumnsToContents();
    m_ui->statusLabel->setText(tr("%n entries", nullptr, m_model->rowCount()));
    showDetails();
    updateBanner();
}

void JournalPage::updateBanner()
{
    const QList<JournalEntry> open
        = m_journal ? m_journal->outcomeUnknown() : QList<JournalEntry>();
    const int unknown = int(open.size());
    // In a team journal the blocking entry may be a colleague's: say whose, so the operator
    // knows whom to ask.
    QStringList whose;
    for (const JournalEntry &entry : open) {
        const QString who = entry.write.hostName.isEmpty()
            ? entry.write.operatorName
            : tr("%1 on %2").arg(entry.write.operatorName, entry.write.hostName);
        if (!whose.contains(who))
            whose << who;
    }
    m_ui->unknownBanner->setVisible(unknown > 0);
    m_ui->unknownBanner->setText(
        tr("%n write(s) have an unknown outcome: the order may or may not have been changed. "
           "The same write is blocked until the order has been queried. Use \"Reconcile "
           "unknown outcomes\".",
            nullptr, unknown)
        + QLatin1Char('\n') + tr("Sent by: %1").arg(whose.join(QStringLiteral(", "))));
    emit unknownCountChanged(unknown);
}

void JournalPage::setConnectionProblem(const QString &message)
{
    m_ui->connectionBanner->setText(message);
    m_ui->connectionBanner->setVisible(!message.isEmpty());
}

QString JournalPage::detailText(const JournalEntry &e)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << tr("%1: %2").arg(label, value);
    };
    add(tr("Entry"), QString::number(e.id));
    add(tr("Started"), JournalTableModel::timeText(e.startedAt));
    add(tr("Finished"), JournalTableModel::timeText(e.finishedAt));
    add(tr("Operator"), e.write.operatorName);
    add(tr("PC"), e.write.hostName);
    add(tr("OS account"), e.write.osAccount);
    add(tr("Profile"), e.write.profileName);
    add(tr("Operation"), JournalTableModel::operationText(e.write.operation));
    add(tr("Mode"), JournalTableModel::modeText(e.write.mode));
    add(tr("Order number"), e.write.outOrderNo);
    if (e.write.amountFen)
        add(tr("Amount"),
            tr("%1 (%2 fen)")
                .arg(payscore::Money::fromFen(*e.write.amountFen).display())
                .arg(*e.write.amountFen));
    add(tr("Outcome"), JournalTableModel::outcomeText(e));
    if (e.result.httpStatus > 0)
        add(tr("HTTP status"), QString::number(e.result.httpStatus));
    add(tr("Request-ID"), e.result.requestId);
    if (!e.result.errorCode.isEmpty() || !e.result.errorMessage.isEmpty())
        add(tr("Error"),
            (JournalTableModel::errorText(e.result.errorCode) + QLatin1Char(' ')
                + e.result.errorMessage)
                .trimmed());
    add(tr("WeChat order ID"), e.result.orderId);
    add(tr("State"), JournalTableModel::stateText(e.write.operation, e.result.state));
    if (e.result.elapsedMs >= 0)
        add(tr("Elapsed"), tr("%1 ms").arg(e.result.elapsedMs));
    if (e.reconciliation) {
        add(tr("Reconciled"), JournalTableModel::timeText(e.reconciledAt));
        add(tr("Reconciled by"), e.reconciliation->operatorName);
        add(tr("Order found"),
            JournalTableModel::stateText(e.write.operation, e.reconciliation->orderState));
        add(tr("Reconciliation note"), e.reconciliation->note);
    }
    const QJsonDocument body = QJsonDocument::fromJson(e.write.requestBody);
    lines << QString() << tr("Request body (secrets removed):")
          << (body.isNull() ? QString::fromUtf8(e.write.requestBody)
                            : QString::fromUtf8(body.toJson(QJsonDocument::Indented)));
    return lines.join(QLatin1Char('\n'));
}

void JournalPage::showDetails()
{
    const JournalEntry *entry = m_model->entryAt(m_ui->journalTable->currentIndex().row());
    m_ui->detailView->setPlainText(entry ? detailText(*entry) : QString());
}

bool JournalPage::exportCsv(const QString &path)
{
    if (!m_journal)
        return false;
    QSaveFile file(path);
    const QByteArray csv = journal::JournalExport::toCsv(m_journal->entries(currentFilter()));
    const bool ok
        = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
    m_ui->statusLabel->setText(ok
            ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
            : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return ok;
}

void JournalPage::reconcile()
{
    if (!m_journal || !m_lookup || (m_reconciler && m_reconciler->isRunning()))
        return;
    m_reconciler = std::make_unique<journal::Reconciler>(*m_journal, *m_lookup, m_operatorName);
    m_ui->reconcileButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Querying the orders whose outcome is unknown…"));
    connect(m_reconciler.get(), &journal::Reconciler::entryDone, this, [this] { refresh(); });
    connect(
        m_reconciler.get(), &journal::Reconciler::finished, this, [this](int settled, int failed) {
            m_ui->reconcileButton->setEnabled(true);
            refresh();
            m_ui->statusLabel->setText(failed == 0
                    ? tr("Reconciled %n entries.", nullptr, settled)
                    : tr("Reconciled %1, still unknown %2 (the query got no verified answer: "
                         "try again later).")
                          .arg(settled)
                          .arg(failed));
            emit reconcileFinished(settled, failed);
        });
    m_reconciler->start();
}

} // namespace psc::ui
