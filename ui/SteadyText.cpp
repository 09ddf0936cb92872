#include "SteadyText.h"

#include <QEvent>
#include <QLabel>

namespace psc::ui {

SteadyText::SteadyText(int lines, QWidget *parent)
    : QWidget(parent)
    , m_lines(lines)
    , m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The page gives the width; the text never asks for more.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    keepHeight();
}

void SteadyText::keepHeight()
{
    const QMargins margins = m_label->contentsMargins();
    setFixedHeight(
        m_lines * m_label->fontMetrics().lineSpacing() + margins.top() + margins.bottom());
}

void SteadyText::resizeEvent(QResizeEvent *event)
{
    m_label->setGeometry(rect());
    QWidget::resizeEvent(event);
}

void SteadyText::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        keepHeight();
    QWidget::changeEvent(event);
}

} // namespace psc::ui
