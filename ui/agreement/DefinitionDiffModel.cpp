#include "agreement/DefinitionDiffModel.h"

#include "agreement/AgreementText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace baton {
namespace {

using Kind = DefinitionDifference::Kind;

QColor foreground(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QColor(0x15, 0x80, 0x3d);
    case Kind::Removed:
        return QColor(0xb9, 0x1c, 0x1c);
    case Kind::Changed:
        return QColor(0x92, 0x40, 0x0e);
    }
    return {};
}

QColor background(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QColor(0xdc, 0xfc, 0xe7);
    case Kind::Removed:
        return QColor(0xfe, 0xe2, 0xe2);
    case Kind::Changed:
        return QColor(0xfe, 0xf3, 0xc7);
    }
    return {};
}

QString ruleText(const DefinitionDifference &difference)
{
    if (difference.name.isEmpty() || difference.name == difference.key)
        return difference.key;
    return QStringLiteral("%1 (%2)").arg(difference.name, difference.key);
}

QString capitalized(QString title)
{
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

} // namespace

DefinitionDiffModel::DefinitionDiffModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void DefinitionDiffModel::setDifferences(std::vector<DefinitionDifference> differences,
                                         const QString &oldTitle, const QString &newTitle)
{
    beginResetModel();
    m_differences = std::move(differences);
    const bool titlesChanged = m_oldTitle != oldTitle || m_newTitle != newTitle;
    m_oldTitle = oldTitle;
    m_newTitle = newTitle;
    build();
    endResetModel();
    if (titlesChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, OldColumn, NewColumn);
}

void DefinitionDiffModel::setSideNames(const QString &oldName, const QString &newName)
{
    m_oldName = oldName;
    m_newName = newName;
}

QString DefinitionDiffModel::kindText(Kind kind) const
{
    switch (kind) {
    case Kind::Added:
        return isSideBySide() ? tr("only in %1").arg(m_newName) : tr("added");
    case Kind::Removed:
        return isSideBySide() ? tr("only in %1").arg(m_oldName) : tr("removed");
    case Kind::Changed:
        return isSideBySide() ? tr("differs") : tr("changed");
    }
    return {};
}

void DefinitionDiffModel::clear()
{
    setDifferences({}, m_oldTitle, m_newTitle);
}

void DefinitionDiffModel::build()
{
    m_nodes.clear();
    m_parts.clear();
    for (int d = 0; d < static_cast<int>(m_differences.size()); ++d) {
        const DefinitionDifference &difference = m_differences[static_cast<size_t>(d)];
        int part = -1;
        for (int candidate : m_parts) {
            if (m_nodes[static_cast<size_t>(candidate)].part == difference.part)
                part = candidate;
        }
        if (part < 0) {
            part = static_cast<int>(m_nodes.size());
            m_nodes.push_back(
                Node{NodeType::Part, -1, static_cast<int>(m_parts.size()), {}, -1, -1, difference.part});
            m_parts.push_back(part);
        }
        const int rule = static_cast<int>(m_nodes.size());
        const int ruleRow = static_cast<int>(m_nodes[static_cast<size_t>(part)].children.size());
        m_nodes.push_back(Node{NodeType::Rule, part, ruleRow, {}, d, -1, difference.part});
        m_nodes[static_cast<size_t>(part)].children.push_back(rule);
        for (int c = 0; c < static_cast<int>(difference.changes.size()); ++c) {
            const int property = static_cast<int>(m_nodes.size());
            m_nodes.push_back(Node{NodeType::Property, rule, c, {}, d, c, difference.part});
            m_nodes[static_cast<size_t>(rule)].children.push_back(property);
        }
    }
}

QModelIndex DefinitionDiffModel::findRule(const QString &part, const QString &key) const
{
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        const Node &node = m_nodes[n];
        if (node.type == NodeType::Rule && node.part == part &&
            m_differences[static_cast<size_t>(node.difference)].key == key) {
            return createIndex(node.row, ItemColumn, static_cast<quintptr>(n));
        }
    }
    return {};
}

const DefinitionDiffModel::Node *DefinitionDiffModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[index.internalId()];
}

QModelIndex DefinitionDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != ItemColumn)
        return {};
    const Node *parentNode = nodeOf(parent);
    if (parent.isValid() && parentNode == nullptr)
        return {};
    const std::vector<int> &children = parentNode ? parentNode->children : m_parts;
    if (row >= static_cast<int>(children.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(children[static_cast<size_t>(row)]));
}

QModelIndex DefinitionDiffModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (node == nullptr || node->parent < 0)
        return {};
    const Node &parentNode = m_nodes[static_cast<size_t>(node->parent)];
    return createIndex(parentNode.row, ItemColumn, static_cast<quintptr>(node->parent));
}

int DefinitionDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_parts.size());
    if (parent.column() != ItemColumn)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

int DefinitionDiffModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant DefinitionDiffModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (node == nullptr)
        return {};
    const DefinitionDifference *difference =
        node->difference >= 0 ? &m_differences[static_cast<size_t>(node->difference)] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return display(*node, index.column());
    case Qt::ToolTipRole:
        if (node->type == NodeType::Property && index.column() != ItemColumn)
            return display(*node, index.column()); // long lists are cut off in the cell
        return toolTip(*node);
    case Qt::FontRole:
        if (node->type == NodeType::Part) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (difference && (node->type == NodeType::Rule || index.column() != ItemColumn))
            return QBrush(foreground(difference->kind));
        return {};
    case Qt::BackgroundRole:
        if (difference && node->type == NodeType::Rule)
            return QBrush(background(difference->kind));
        if (difference && node->type == NodeType::Property &&
            (index.column() == OldColumn || index.column() == NewColumn))
            return QBrush(background(Kind::Changed));
        return {};
    case KindRole:
        return difference ? QVariant(static_cast<int>(difference->kind)) : QVariant();
    case PartRole:
        return node->part;
    case KeyRole:
        return difference ? difference->key : QString();
    default:
        return {};
    }
}

QVariant DefinitionDiffModel::display(const Node &node, int column) const
{
    if (node.type == NodeType::Part) {
        if (column != ItemColumn)
            return {};
        return tr("%1 (%2)").arg(AgreementText::partLabel(node.part)).arg(node.children.size());
    }
    const DefinitionDifference &difference = m_differences[static_cast<size_t>(node.difference)];
    if (node.type == NodeType::Rule) {
        switch (column) {
        case ItemColumn:
            return ruleText(difference);
        case ChangeColumn:
            return kindText(difference.kind);
        case OldColumn:
            return difference.kind == Kind::Added ? tr("not there") : QVariant();
        case NewColumn:
            return difference.kind == Kind::Removed ? tr("not there") : QVariant();
        default:
            return {};
        }
    }
    const PropertyChange &change = difference.changes[static_cast<size_t>(node.change)];
    switch (column) {
    case ItemColumn:
        return AgreementText::propertyLabel(change.property);
    case OldColumn:
        return AgreementText::propertyValue(change.property, change.oldValue);
    case NewColumn:
        return AgreementText::propertyValue(change.property, change.newValue);
    default:
        return {};
    }
}

QVariant DefinitionDiffModel::toolTip(const Node &node) const
{
    if (node.type != NodeType::Rule)
        return {};
    const DefinitionDifference &difference = m_differences[static_cast<size_t>(node.difference)];
    switch (difference.kind) {
    case Kind::Added:
        return tr("Only in %1").arg(m_newTitle);
    case Kind::Removed:
        return tr("Only in %1").arg(m_oldTitle);
    case Kind::Changed:
        return difference.changes.size() == 1
                   ? tr("In both; one property differs")
                   : tr("In both; %1 properties differ").arg(difference.changes.size());
    }
    return {};
}

QVariant DefinitionDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Part · rule · property");
    case ChangeColumn:
        return tr("Change");
    case OldColumn:
        return m_oldTitle.isEmpty() ? tr("Before") : capitalized(m_oldTitle);
    case NewColumn:
        return m_newTitle.isEmpty() ? tr("After") : capitalized(m_newTitle);
    default:
        return {};
    }
}

} // namespace baton
