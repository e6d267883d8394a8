#include "import/ColumnMappingEditor.h"

#include "import/HeaderRecognition.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace baton {
namespace {

QString label(ImportField field)
{
    QString name = fieldName(field);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

ColumnMappingEditor::ColumnMappingEditor(ImportKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_dateFormats(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save mapping\u2026"), this))
    , m_chooser([this](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    })
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (ImportField field : HeaderRecognition::fields(kind)) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + fieldName(field));
        m_combos.emplace(field, combo);
        form->addRow(label(field), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingEditor::changed);
    }
    m_dateFormats->setToolTip(tr("Comma-separated, tried in order: iso8601, YYYY-MM-DD hh:mm:ss, "
                                 "MM/DD/YYYY hh:mm AM, MM/DD/YYYY, DD.MM.YYYY, …"));
    form->addRow(tr("Date formats"), m_dateFormats);
    form->addRow(QString(), m_save);
    connect(m_dateFormats, &QLineEdit::textChanged, this, &ColumnMappingEditor::changed);
    connect(m_save, &QPushButton::clicked, this, &ColumnMappingEditor::save);
}

void ColumnMappingEditor::setHeader(const QStringList &header, const ColumnMapping &start)
{
    auto resolved = start.resolve(header, HeaderRecognition::fields(m_kind), {});
    for (auto &[field, combo] : m_combos) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (int i = 0; i < header.size(); ++i)
            combo->addItem(header.at(i), i);
        int column = resolved ? resolved->of(field) : -1;
        if (column < 0) {
            const QString name = fieldName(field);
            for (int i = 0; i < header.size(); ++i) {
                QString spelled = header.at(i).trimmed().toLower();
                spelled.replace(QLatin1Char(' '), QLatin1Char('_'));
                if (spelled == name || spelled == label(field).toLower())
                    column = i;
            }
        }
        combo->setCurrentIndex(column + 1);
    }
    const QSignalBlocker blocker(m_dateFormats);
    m_dateFormats->setText(start.dateFormats.join(QStringLiteral(", ")));
    Q_EMIT changed();
}

ColumnMapping ColumnMappingEditor::mapping() const
{
    ColumnMapping mapping;
    mapping.name = QStringLiteral("custom");
    for (const auto &[field, combo] : m_combos) {
        if (combo->currentData().toInt() >= 0)
            mapping.columns[field] = QStringList{combo->currentText()};
    }
    mapping.dateFormats.clear();
    for (const QString &format : m_dateFormats->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!format.trimmed().isEmpty())
            mapping.dateFormats << format.trimmed();
    }
    if (mapping.dateFormats.isEmpty())
        mapping.dateFormats << QStringLiteral("iso8601");
    return mapping;
}

QComboBox *ColumnMappingEditor::fieldCombo(ImportField field) const
{
    const auto found = m_combos.find(field);
    return found == m_combos.end() ? nullptr : found->second;
}

void ColumnMappingEditor::save()
{
    const QString path = m_chooser(tr("Save the column mapping"), QStringLiteral("mapping.json"),
                                   tr("Mapping files (*.json)"));
    if (path.isEmpty())
        return;
    if (auto saved = mapping().save(path); !saved)
        QMessageBox::warning(this, tr("Mapping not saved"), saved.error().message);
}

} // namespace baton
