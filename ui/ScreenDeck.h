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
// costs only the screen shown first (issue #17: building every screen up front took ~300 ms).
// Screens are known by their class; there is one of each.
class ScreenDeck : public QObject {
    Q_OBJECT
public:
    explicit ScreenDeck(QTabWidget *tabs);

    // The next tab, whose page `build` makes on first use; the page is named `objectName`.
    template<typename Page> void add(const char *objectName, std::function<Page *()> build)
    {
        addSlot(&Page::staticMetaObject, objectName, [build] { return build(); });
    }
    // The page, built now if it was not yet.
    template<typename Page> Page *page()
    {
        return static_cast<Page *>(page(indexOf(&Page::staticMetaObject)));
    }
    // The page if it was built, else null (nothing is built).
    template<typename Page> Page *builtPage() const
    {
        return static_cast<Page *>(builtPage(indexOf(&Page::staticMetaObject)));
    }
    // Builds the page if needed and brings it forward.
    template<typename Page> Page *show()
    {
        return static_cast<Page *>(show(indexOf(&Page::staticMetaObject)));
    }

    QWidget *page(int index);

signals:
    // A page was just built and put in its tab: it wants its wiring.
    void built(QWidget *page);

private:
    struct Slot {
        const QMetaObject *type;
        QString objectName;
        std::function<QWidget *()> build;
        QWidget *page = nullptr;
    };
    void addSlot(const QMetaObject *type, const char *objectName, std::function<QWidget *()> build);
    int indexOf(const QMetaObject *type) const;
    QWidget *builtPage(int index) const;
    QWidget *show(int index);

    QTabWidget *m_tabs;
    std::vector<Slot> m_slots;
};

} // namespace psc::ui
