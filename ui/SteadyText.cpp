#include "SteadyText.h"

#include <QEvent>
#include <QLabel>

namespace psc::ui {

SteadyText::SteadyText(int minimumLines, QWidget *parent)
    : QWidget(parent)
    , m_minimumLines(minimumLines)
    , m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The page gives the width; the text never asks for more.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    fitHeight();
}

void SteadyText::setText(const QString &text)
{
    m_label->setText(text);
    fitHeight();
}

QString SteadyText::text() const
{
    return m_label->text();
}

// The one place the layout is asked to change: when the text needs more or fewer lines.
void SteadyText::fitHeight()
{
    const QMargins margins = m_label->contentsMargins();
    const int minimum
        = m_minimumLines * m_label->fontMetrics().lineSpacing() + margins.top() + margins.bottom();
    const int needed = width() > 0 ? m_label->heightForWidth(width()) : 0;
    const int height = std::max(minimum, needed);
    if (height != maximumHeight() || height != minimumHeight())
        setFixedHeight(height);
}

void SteadyText::resizeEvent(QResizeEvent *event)
{
    m_label->setGeometry(rect());
    fitHeight(); // a new width may wrap the text differently
    QWidget::resizeEvent(event);
}

void SteadyText::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitHeight();
    QWidget::changeEvent(event);
}

} // namespace psc::ui
