#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QTabWidget;
class QWidget;

namespace psc::ui {

// The main window's tabs, each screen built the first time it is needed: when its tab is
// chosen (a click, Ctrl+Tab), when another screen hands over to it, or when something asks
// for it with page(). Until then the tab holds an empty placeholder, so that the first frame
// costs only the screen shown first (issue #17: every screen built up front took ~300 ms).
class ScreenDeck : public QObject {
    Q_OBJECT
public:
    explicit ScreenDeck(QTabWidget *tabs);

    // A tab whose page `build` makes on first use; the page gets `name` as its object name.
    void add(const char *name, std::function<QWidget *()> build);
    // The page at `index`, built now if it was not yet; null for an index out of range.
    QWidget *page(int index);
    // The page named `name`, built now if it was not yet.
    template<typename Page> Page *page(const char *name)
    {
        return qobject_cast<Page *>(page(indexOf(name)));
    }
    // The page named `name` if it was built, else null (nothing is built).
    QWidget *builtPage(const char *name) const;
    template<typename Page> Page *builtPage(const char *name) const
    {
        return qobject_cast<Page *>(builtPage(name));
    }
    int indexOf(const char *name) const;
    // Builds the page named `name` if needed and brings it forward.
    void show(const char *name);

signals:
    // A page was just built and put in its tab: it wants its wiring.
    void built(QWidget *page);

private:
    struct Slot {
        QString name;
        std::function<QWidget *()> build;
        QWidget *page = nullptr;
    };
    QTabWidget *m_tabs;
    std::vector<Slot> m_slots;
};

} // namespace psc::ui
