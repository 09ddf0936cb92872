#include "ScreenDeck.h"

#include <QSignalBlocker>
#include <QTabWidget>

namespace psc::ui {

ScreenDeck::ScreenDeck(QTabWidget *tabs)
    : QObject(tabs)
    , m_tabs(tabs)
{
    // Connected before anyone else listens: whoever hears of a new current tab finds its page.
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) { page(index); });
}

void ScreenDeck::add(const char *name, std::function<QWidget *()> build)
{
    m_slots.push_back({ QLatin1String(name), std::move(build), nullptr });
    if (m_tabs->count() == 0) {
        // The first tab is the one shown first: built now.
        m_tabs->addTab(page(0), QString());
        return;
    }
    auto *placeholder = new QWidget;
    placeholder->setObjectName(QLatin1String(name) + QStringLiteral("Placeholder"));
    m_tabs->addTab(placeholder, QString());
}

QWidget *ScreenDeck::page(int index)
{
    if (index < 0 || index >= int(m_slots.size()))
        return nullptr;
    Slot &slot = m_slots[size_t(index)];
    if (slot.page)
        return slot.page;
    slot.page = slot.build();
    slot.page->setObjectName(slot.name);
    if (index < m_tabs->count()) {
        // The placeholder makes way: same place, same title, still current if it was.
        QWidget *placeholder = m_tabs->widget(index);
        const QString title = m_tabs->tabText(index);
        const bool current = m_tabs->currentIndex() == index;
        {
            const QSignalBlocker quiet(m_tabs);
            m_tabs->removeTab(index);
            m_tabs->insertTab(index, slot.page, title);
            if (current)
                m_tabs->setCurrentIndex(index);
        }
        placeholder->deleteLater();
    }
    emit built(slot.page);
    return slot.page;
}

QWidget *ScreenDeck::builtPage(const char *name) const
{
    for (const Slot &slot : m_slots)
        if (slot.name == QLatin1String(name))
            return slot.page;
    return nullptr;
}

int ScreenDeck::indexOf(const char *name) const
{
    for (size_t i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].name == QLatin1String(name))
            return int(i);
    return -1;
}

void ScreenDeck::show(const char *name)
{
    const int index = indexOf(name);
    page(index);
    m_tabs->setCurrentIndex(index);
}

} // namespace psc::ui
