#include "session/ReadOnlyLock.h"

#include "storage/Database.h"
#include "storage/OpenStateText.h"

#include <QEvent>
#include <QWidget>

#include <utility>

namespace baton {

ReadOnlyLock::ReadOnlyLock(QWidget *control, QString reason)
    : QObject(control)
    , m_reason(std::move(reason))
{
    control->installEventFilter(this);
}

void ReadOnlyLock::apply(const Database &db, std::initializer_list<QWidget *> controls)
{
    if (!db.isReadOnly())
        return;
    const QString reason = OpenStateText::readOnlyBanner(db.openState());
    for (QWidget *control : controls) {
        if (control == nullptr)
            continue;
        control->setEnabled(false);
        control->setToolTip(reason);
        control->setStatusTip(reason);
        new ReadOnlyLock(control, reason); // owned by the control
    }
}

bool ReadOnlyLock::eventFilter(QObject *watched, QEvent *event)
{
    auto *control = qobject_cast<QWidget *>(watched);
    if (control == nullptr || m_relocking)
        return QObject::eventFilter(watched, event);
    m_relocking = true;
    if (event->type() == QEvent::EnabledChange && control->isEnabled())
        control->setEnabled(false);
    else if (event->type() == QEvent::ToolTipChange && control->toolTip() != m_reason)
        control->setToolTip(m_reason);
    m_relocking = false;
    return QObject::eventFilter(watched, event);
}

} // namespace baton
