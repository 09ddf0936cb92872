#pragma once

#include <QWidget>

class QLabel;

namespace psc::ui {

// A few lines of text that change many times a second (a running batch's progress) without
// laying the window out again. A QLabel in a layout asks every ancestor to lay out anew on
// each new text, and the QTabWidget above then repaints its whole page (~10 ms on a 2-core PC,
// ten times a second while a batch runs). Here the label sits in a box with no layout and a
// height of its own, so a new text repaints the label only.
class SteadyText : public QWidget {
    Q_OBJECT
public:
    // `lines`: the height kept, in lines of the label's font; longer texts are cut off.
    explicit SteadyText(int lines, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void keepHeight();

    int m_lines;
    QLabel *m_label;
};

} // namespace psc::ui
