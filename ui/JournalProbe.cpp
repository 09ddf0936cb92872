#include "JournalProbe.h"

#include <journal/JournalBackend.h>
#include <journal/JournalLocation.h>

#include <QSqlDatabase>

namespace psc::ui {

// Lives on the probe's thread: everything it does with Qt SQL happens there.
class JournalProbeWorker : public QObject {
    Q_OBJECT
public:
    void probe(const QString &location, const QString &password)
    {
        emit finished(location, connects(location, password));
    }

signals:
    void finished(const QString &location, bool reachable);

private:
    static bool connects(const QString &location, const QString &password)
    {
        const auto parsed = journal::JournalLocation::parse(location);
        if (!parsed)
            return false;
        const auto backend = journal::JournalBackend::create(*parsed);
        const QString name = QStringLiteral("psc-journal-probe-%1")
                                 .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
        bool reachable = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(backend->driverName(), name);
            QString error;
            reachable = backend->configure(db, password, &error) && db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return reachable;
    }
};

JournalProbe::JournalProbe(QObject *parent)
    : QObject(parent)
    , m_worker(new JournalProbeWorker)
{
    m_thread.setObjectName(QStringLiteral("journal probe"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: the worker emits on its thread, this object lives on the UI thread.
    connect(
        m_worker, &JournalProbeWorker::finished, this,
        [this](const QString &location, bool reachable) {
            m_probing = false;
            emit finished(location, reachable);
        },
        Qt::QueuedConnection);
    m_thread.start();
}

JournalProbe::~JournalProbe()
{
    m_thread.quit();
    m_thread.wait();
}

bool JournalProbe::start(const QString &location, const QString &password)
{
    if (m_probing)
        return false;
    m_probing = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, location, password] { worker->probe(location, password); },
        Qt::QueuedConnection);
    return true;
}

} // namespace psc::ui

#include "JournalProbe.moc"
