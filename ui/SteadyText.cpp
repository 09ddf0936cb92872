#include "SteadyText.h"

#include <QEvent>
#include <QLabel>
#include <QResizeEvent>

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
    fitHeight(true);
}

void SteadyText::setText(const QString &text)
{
    m_label->setText(text);
    fitHeight(false);
}

// The one place the layout is asked to change. A new text only ever makes the box taller: a
// text one line shorter than the last ("Reading and checking the rows…" after a two-line
// summary) would otherwise lay the page out, and repaint it, twice per file. A new width or
// font measures afresh (`shrink`).
void SteadyText::fitHeight(bool shrink)
{
    const QMargins margins = m_label->contentsMargins();
    const int minimum
        = m_minimumLines * m_label->fontMetrics().lineSpacing() + margins.top() + margins.bottom();
    const int needed = width() > 0 ? m_label->heightForWidth(width()) : 0;
    int height = std::max(minimum, needed);
    if (!shrink && minimumHeight() == maximumHeight())
        height = std::max(height, minimumHeight());
    if (height != maximumHeight() || height != minimumHeight())
        setFixedHeight(height);
}

void SteadyText::resizeEvent(QResizeEvent *event)
{
    m_label->setGeometry(rect());
    if (event->oldSize().width() != width())
        fitHeight(true); // a new width may wrap the text differently
    QWidget::resizeEvent(event);
}

void SteadyText::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitHeight(true);
    QWidget::changeEvent(event);
}

} // namespace psc::ui
