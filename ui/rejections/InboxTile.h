#pragma once

#include <QFrame>

class QLabel;

namespace baton {

/// One number of the Rejections page's summary, large, with its title above and a line of
/// detail below (the change against the earlier weeks, a share).
class InboxTile : public QFrame {
    Q_OBJECT

public:
    explicit InboxTile(const QString &title, QWidget *parent = nullptr);

    /// `detailColour` colours the detail line; invalid for the muted default.
    void setNumbers(const QString &value, const QString &detail, const QColor &detailColour = {});

    QString title() const;
    QString value() const;
    QString detail() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace baton
