#include "agreement/editor/DefinitionItemDelegate.h"

#include "agreement/editor/CheckListWidget.h"
#include "agreement/editor/EditorRole.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

#include <algorithm>

namespace baton {
namespace {

constexpr int integerLimit = 1'000'000'000;

double numberRole(const QModelIndex &index, int role, double fallback)
{
    const QVariant value = index.data(role);
    return value.isValid() ? value.toDouble() : fallback;
}

} // namespace

DefinitionItemDelegate::DefinitionItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *DefinitionItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    if (index.data(ChoicesRole).isValid())
        return createChoiceEditor(parent, index);
    if (index.data(OptionalNumberRole).toBool())
        return createOptionalNumberEditor(parent, index);
    const int type = index.data(Qt::EditRole).typeId();
    if (type == QMetaType::Int || type == QMetaType::Double)
        return createNumberEditor(parent, index);
    return QStyledItemDelegate::createEditor(parent, option, index);
}

QWidget *DefinitionItemDelegate::createChoiceEditor(QWidget *parent, const QModelIndex &index) const
{
    const QStringList names = index.data(ChoicesRole).toStringList();
    QStringList labels = index.data(ChoiceLabelsRole).toStringList();
    if (labels.size() != names.size())
        labels = names;
    if (index.data(MultipleChoiceRole).toBool()) {
        auto *list = new CheckListWidget(parent);
        list->setChoices(names, labels);
        list->setAutoFillBackground(true);
        return list;
    }
    auto *combo = new QComboBox(parent);
    for (qsizetype i = 0; i < names.size(); ++i)
        combo->addItem(labels[i], names[i]);
    // A choice made in the list is final: no need to click elsewhere to keep it.
    auto *self = const_cast<DefinitionItemDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
    });
    return combo;
}

QWidget *DefinitionItemDelegate::createNumberEditor(QWidget *parent, const QModelIndex &index) const
{
    const QString special = index.data(SpecialValueTextRole).toString();
    if (index.data(Qt::EditRole).typeId() == QMetaType::Int) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(static_cast<int>(numberRole(index, MinimumRole, -integerLimit)),
                       static_cast<int>(numberRole(index, MaximumRole, integerLimit)));
        spin->setSpecialValueText(special);
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(index.data(DecimalsRole).isValid() ? index.data(DecimalsRole).toInt() : 2);
    spin->setRange(numberRole(index, MinimumRole, -integerLimit),
                   numberRole(index, MaximumRole, integerLimit));
    spin->setSpecialValueText(special);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

QWidget *DefinitionItemDelegate::createOptionalNumberEditor(QWidget *parent, const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(tr("none"));
    edit->setClearButtonEnabled(true);
    edit->setAlignment(Qt::AlignRight);
    const bool fractional = index.data(DecimalsRole).toInt() > 0;
    const QRegularExpression pattern(fractional ? QStringLiteral("-?[0-9]*([.,][0-9]*)?")
                                                : QStringLiteral("-?[0-9]*"));
    edit->setValidator(new QRegularExpressionValidator(pattern, edit));
    return edit;
}

void DefinitionItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *list = qobject_cast<CheckListWidget *>(editor)) {
        list->setChecked(index.data(Qt::EditRole).toStringList());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void DefinitionItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                          const QModelIndex &index) const
{
    if (auto *list = qobject_cast<CheckListWidget *>(editor)) {
        model->setData(index, list->checked(), Qt::EditRole);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->interpretText();
    QStyledItemDelegate::setModelData(editor, model, index);
}

void DefinitionItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                  const QModelIndex &index) const
{
    if (!qobject_cast<CheckListWidget *>(editor)) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // The list drops down from the cell, over the rows below, and stays inside the table.
    QRect rect = option.rect;
    const QSize wanted = editor->sizeHint();
    rect.setWidth(std::max(rect.width(), wanted.width()));
    rect.setHeight(std::max(rect.height(), wanted.height()));
    if (const QWidget *area = editor->parentWidget()) {
        if (rect.bottom() > area->height())
            rect.moveBottom(std::max(area->height(), rect.height()) - 1);
        if (rect.right() > area->width())
            rect.moveRight(std::max(area->width(), rect.width()) - 1);
    }
    editor->setGeometry(rect);
}

} // namespace baton
