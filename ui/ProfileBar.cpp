#include "ProfileBar.h"

#include "ConsoleContext.h"
#include "EnvironmentBadge.h"
#include "Palette.h"

#include <QComboBox>
#include <QLabel>

namespace psc::ui {

ProfileBar::ProfileBar(ConsoleContext &context, const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_widgets(widgets)
{
    connect(m_widgets.selector, &QComboBox::activated, this, [this](int index) {
        const QString path = m_widgets.selector->itemData(index).toString();
        const session::MerchantSession *session = m_context.session();
        if (!path.isEmpty() && (!session || session->info().path != path))
            emit profileChosen(path);
    });
    connect(&m_context, &ConsoleContext::sandboxStateChanged, this, [this] {
        // The sandbox can be chosen even when another profile was opened first.
        const QString sandbox = m_context.sandboxProfilePath();
        if (m_context.sandbox() && m_widgets.selector->findData(sandbox) < 0)
            m_widgets.selector->addItem(QString(), sandbox);
        refresh();
    });
}

void ProfileBar::listSavedProfiles()
{
    for (const auto &[name, path] : m_context.savedProfiles()) {
        if (m_widgets.selector->findData(path) < 0)
            m_widgets.selector->addItem(name, path);
    }
}

void ProfileBar::showSession()
{
    const session::MerchantSession::Info &info = m_context.session()->info();
    int index = m_widgets.selector->findData(info.path);
    if (index < 0) {
        m_widgets.selector->addItem(info.name, info.path);
        index = m_widgets.selector->count() - 1;
    } else if (info.path != m_context.sandboxProfilePath()) {
        m_widgets.selector->setItemText(index, info.name); // it may have been renamed
    }
    m_widgets.selector->setCurrentIndex(index);
    refresh();
}

void ProfileBar::refresh()
{
    const int sandboxItem = m_widgets.selector->findData(m_context.sandboxProfilePath());
    if (sandboxItem >= 0)
        m_widgets.selector->setItemText(sandboxItem, ConsoleContext::builtInSandboxName());
    const session::MerchantSession *session = m_context.session();
    if (!session) {
        const bool starting = m_context.sandboxState() == ConsoleContext::SandboxState::Starting;
        m_widgets.badge->setText(
            starting ? EnvironmentBadge::text(Environment::Sandbox) : tr("NO PROFILE"));
        m_widgets.badge->setStyleSheet(Palette::badgeStyle(Palette::Role::Neutral));
        m_widgets.details->setText(
            starting ? tr("starting the sandbox…") : m_context.sandboxError());
        return;
    }
    const session::MerchantSession::Info &info = session->info();
    EnvironmentBadge::apply(m_widgets.badge, info.environment);
    m_widgets.details->setText(info.environment == Environment::Sandbox
            ? tr("simulator at %1 — no real money").arg(info.baseUrl.toString())
            : tr("%1 — real money").arg(info.baseUrl.host()));
}

QString ProfileBar::windowTitle() const
{
    const session::MerchantSession *session = m_context.session();
    if (!session || session->info().environment != Environment::Production)
        return consoleName();
    return QStringLiteral("%1 [%2] — %3")
        .arg(session->info().name, EnvironmentBadge::text(Environment::Production), consoleName());
}

QString ProfileBar::consoleName()
{
    return QStringLiteral("PayScore Console / 支付分订单运营台");
}

} // namespace psc::ui
