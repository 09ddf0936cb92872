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

void ScreenDeck::addSlot(
    const QMetaObject *type, const char *objectName, std::function<QWidget *()> build)
{
    m_slots.push_back({ type, QLatin1String(objectName), std::move(build) });
    if (m_tabs->count() == 0) {
        m_tabs->addTab(page(0), QString()); // the first tab is the one shown first
        return;
    }
    auto *placeholder = new QWidget;
    placeholder->setObjectName(QLatin1String(objectName) + QStringLiteral("Placeholder"));
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
    slot.page->setObjectName(slot.objectName);
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

QWidget *ScreenDeck::builtPage(int index) const
{
    return index < 0 ? nullptr : m_slots[size_t(index)].page;
}

int ScreenDeck::indexOf(const QMetaObject *type) const
{
    for (size_t i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].type == type)
            return int(i);
    return -1;
}

QWidget *ScreenDeck::show(int index)
{
    QWidget *shown = page(index);
    m_tabs->setCurrentIndex(index);
    return shown;
}

} // namespace psc::ui
