#pragma once

#include <QListWidget>
#include <QStringList>

namespace baton {

/// A list of choices, each with a check box: the event types of a fast track, the fields of the
/// context package. Keeps the order of what was checked when it was set, so an unchanged selection
/// reads back exactly as it was given; a newly checked choice takes its place in the list's order.
class CheckListWidget : public QListWidget {
    Q_OBJECT

public:
    explicit CheckListWidget(QWidget *parent = nullptr);

    /// The stored names and the words shown for them, in order; clears the selection.
    void setChoices(const QStringList &names, const QStringList &labels);
    void setChoiceToolTips(const QStringList &toolTips);
    /// Checks these names (unknown ones are kept, not shown) and unchecks the rest. Not an edit.
    void setChecked(const QStringList &names);
    QStringList checked() const { return m_checked; }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Tall enough to show every choice, within reason.
    QSize sizeHint() const override;

Q_SIGNALS:
    /// A person checked or unchecked a choice.
    void checkedChanged();

private:
    void onItemChanged(QListWidgetItem *item);
    void check(const QString &name);
    void updateItems();

    QStringList m_names;
    QStringList m_checked;
    bool m_readOnly = false;
    bool m_updating = false;
};

} // namespace baton
