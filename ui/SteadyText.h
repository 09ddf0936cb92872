#pragma once

#include <QWidget>

class QLabel;

namespace psc::ui {

// A few lines of text that change many times a second (a running batch's progress) without
// laying the window out again each time. A QLabel in a layout asks every ancestor to lay out
// anew on each new text, and the QTabWidget above then repaints its whole page (~10 ms on a
// 2-core PC, ten times a second while a batch runs). Here the label sits in a box with no
// layout that only grows when a text needs more lines (and is measured afresh when its width
// changes): a new text that fits repaints the label only.
class SteadyText : public QWidget {
    Q_OBJECT
public:
    // `minimumLines`: the height kept even for a shorter text.
    explicit SteadyText(int minimumLines, QWidget *parent = nullptr);

    void setText(const QString &text);
    void clear() { setText({}); }
    QLabel *label() const { return m_label; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitHeight(bool shrink);

    int m_minimumLines;
    QLabel *m_label;
};

} // namespace psc::ui
