#pragma once

#include <QColor>
#include <QString>

namespace psc::ui {

// The console's colours, in one place. Outcomes and environments have a fixed meaning on
// every screen: green succeeded, red rejected (and production: real money), amber unknown,
// purple invalid, brown not sent, teal the sandbox. Widgets ask here instead of carrying hex.
class Palette {
public:
    // Filled areas (banners, badges) with their text colour.
    enum class Role {
        Success,
        Rejected,
        Unknown,
        Invalid,
        NotSent,
        Production,
        Sandbox,
        Busy, // a request on its way
        Empty, // nothing sent yet
        Neutral, // no profile, or the sandbox still starting
        Detail, // secondary facts (order_id)
        InProgress, // an order being served (DOING)
        Idle, // any other order state
    };
    static QColor background(Role role);
    static QColor foreground(Role role);
    static QColor border(Role role); // a darker edge, for buttons in that role

    // Text on the window's own background.
    enum class Text { Error, Warning, Good };
    static QColor text(Text text);
    static QString textStyle(Text text); // "color: #b00020;"
    static QColor errorCell(); // background of a table cell at fault
    // A form's "not sent: …" line and its fields' messages: the error colour, bold.
    static QString problemStyle();
    // A notice across a screen (the journal's connection and unknown-outcome lines): a pale
    // band, framed, in the hue of `text`.
    static QString noticeStyle(Text text);

    // The profile bar's environment badge in `role`.
    static QString badgeStyle(Role role);
    // For a form whose fields FormFieldMap marks: a field at fault framed in red (errors) or
    // amber (warnings). Set on the form, not the window: a style sheet makes every widget
    // under it slower to build and heavier (~20 ms and 2.4 MiB on the console's first frame).
    static QString fieldProblemStyleSheet();
    // The main window's screen tabs: larger, for a store PC.
    static QString screenTabsStyleSheet();
};

} // namespace psc::ui
