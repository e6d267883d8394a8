#pragma once

#include <Qt>

namespace baton {

/// What the definition tables tell DefinitionItemDelegate about a cell, so it can pick a fitting
/// editor. The cell's Qt::EditRole holds the value itself.
enum EditorRole {
    ChoicesRole = Qt::UserRole, ///< QStringList: the stored names the cell may take (a combo box)
    ChoiceLabelsRole,           ///< QStringList: the words shown for ChoicesRole, in the same order
    MultipleChoiceRole,         ///< bool: the cell holds several of ChoicesRole (EditRole: QStringList)
    OptionalNumberRole,         ///< bool: a number that may be left empty (EditRole: QString)
    MinimumRole,                ///< number: the lowest value a spin box offers
    MaximumRole,                ///< number: the highest value a spin box offers
    DecimalsRole,               ///< int: digits after the point for a fractional number
    SpecialValueTextRole,       ///< QString: shown instead of the minimum, e.g. "never"
};

} // namespace baton
