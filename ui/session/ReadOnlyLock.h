#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace baton {

class Database;

/// Keeps a write control off on a read-only file, whatever its own panel decides: the control is
/// turned off, says why in its tooltip, and stays off, with that tooltip, when its panel turns it
/// on again or gives it another tooltip.
class ReadOnlyLock final : public QObject {
    Q_OBJECT
public:
    /// Locks each control when the file is read-only; does nothing otherwise.
    static void apply(const Database &db, std::initializer_list<QWidget *> controls);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ReadOnlyLock(QWidget *control, QString reason);

    QString m_reason;
    bool m_relocking = false;
};

} // namespace baton
