#include "agreement/VersionHistoryModel.h"

#include "agreement/AgreementText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace baton {
namespace {

QColor statusColour(VersionStatus status)
{
    switch (status) {
    case VersionStatus::Draft:
        return QColor(0x47, 0x55, 0x69);
    case VersionStatus::Proposed:
        return QColor(0x1d, 0x4e, 0xd8);
    case VersionStatus::Effective:
        return QColor(0x15, 0x80, 0x3d);
    case VersionStatus::Superseded:
        return QColor(0x71, 0x71, 0x7a);
    }
    return {};
}

} // namespace

VersionHistoryModel::VersionHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VersionHistoryModel::setVersions(std::vector<DefinitionVersion> versions, UserDirectory users)
{
    beginResetModel();
    m_versions = std::move(versions);
    std::reverse(m_versions.begin(), m_versions.end());
    m_users = std::move(users);
    endResetModel();
}

const DefinitionVersion *VersionHistoryModel::versionAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_versions.size()))
        return nullptr;
    return &m_versions[static_cast<size_t>(row)];
}

int VersionHistoryModel::rowOf(int number) const
{
    for (size_t row = 0; row < m_versions.size(); ++row) {
        if (m_versions[row].number == number)
            return static_cast<int>(row);
    }
    return -1;
}

int VersionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int VersionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DefinitionVersion &version = m_versions[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(version, index.column());
    case Qt::ToolTipRole:
        return AgreementText::versionTitle(version);
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(statusColour(version.status));
        return {};
    case Qt::FontRole:
        if (version.status == VersionStatus::Effective) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NumberRole:
        return version.number;
    case StatusRole:
        return static_cast<int>(version.status);
    case KindRole:
        return static_cast<int>(version.kind);
    default:
        return {};
    }
}

QVariant VersionHistoryModel::display(const DefinitionVersion &version, int column) const
{
    const QString none = QStringLiteral("—");
    switch (column) {
    case NumberColumn:
        return version.number;
    case KindColumn:
        return AgreementText::kindLabel(version.kind);
    case TeamColumn:
        return version.team ? AgreementText::teamLabel(*version.team) : tr("Joint");
    case StatusColumn:
        return AgreementText::statusLabel(version.status);
    case CreatedColumn:
        return AgreementText::time(version.createdAt);
    case CreatedByColumn:
        return m_users.nameOf(version.createdBy);
    case EffectiveFromColumn:
        return version.effectiveFrom ? AgreementText::time(*version.effectiveFrom) : none;
    case TimeToAgreementColumn: {
        const auto seconds = version.timeToAgreementSeconds();
        return seconds ? AgreementText::duration(*seconds) : none;
    }
    case SignaturesColumn: {
        if (version.kind == VersionKind::Draft)
            return none;
        QStringList signatures;
        for (const DefinitionSignature &signature : version.signatures) {
            signatures << tr("%1 (%2)").arg(m_users.nameOf(signature.userId),
                                            roleLabel(signature.role).toLower());
        }
        return signatures.isEmpty() ? tr("not signed yet") : signatures.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant VersionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Version");
    case KindColumn:
        return tr("Kind");
    case TeamColumn:
        return tr("Team");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case CreatedByColumn:
        return tr("Created by");
    case EffectiveFromColumn:
        return tr("Effective from");
    case TimeToAgreementColumn:
        return tr("Time to agreement");
    case SignaturesColumn:
        return tr("Signatures");
    default:
        return {};
    }
}

} // namespace baton
