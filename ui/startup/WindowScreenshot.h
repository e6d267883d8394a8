#pragma once

#include <QString>

namespace baton {

class MainWindow;
class MeetingPanel;
class Session;

/// The --screenshot run: selects a lead whose card tells a full story (one of the first few
/// with a webinar question, else the first; on the Rejections page, an acknowledged rejection),
/// saves the window as an image and quits (with 1 when the image cannot be written).
class WindowScreenshot {
public:
    WindowScreenshot(Session &session, QString path);

    /// Schedules the capture; call right after the window is shown.
    void start(MainWindow &window);

private:
    void capture(MainWindow &window) const;
    void save(MainWindow &window) const;
    int showcaseRow(MainWindow &window) const;
    /// On the Rejections page, every review listed and the newest acknowledged one with a note
    /// from its owner selected: a rejection with a thread and steps left to take.
    static void selectShowcaseRejection(MainWindow &window);
    /// Chooses the first agenda item with both a decision and an action item next to it.
    static void selectShowcaseAgendaItem(MeetingPanel &panel);

    Session &m_session;
    QString m_path;
};

} // namespace baton
