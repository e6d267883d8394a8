#pragma once

#include "agreement/editor/DefinitionTableModel.h"

#include <algorithm>
#include <vector>

namespace baton {

/// A DefinitionTableModel over a list of values of one type (fit rules, tiers, …): the list itself,
/// and adding, removing and moving its items. Subclasses say what a new row holds and what each
/// cell shows and accepts.
template<typename T>
class ItemTableModel : public DefinitionTableModel {
public:
    const std::vector<T> &items() const { return m_items; }

    /// Replaces every row; not an edit (edited() is not sent).
    void setItems(std::vector<T> items)
    {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }

protected:
    using DefinitionTableModel::DefinitionTableModel;

    /// The item a new row at `row` starts with; the items before the insertion are still there.
    virtual T newItem(int row) const = 0;

    const T &item(int row) const { return m_items.at(static_cast<size_t>(row)); }
    T &item(int row) { return m_items.at(static_cast<size_t>(row)); }

    int itemCount() const override { return static_cast<int>(m_items.size()); }

    void insertItems(int row, int count) override
    {
        for (int i = 0; i < count; ++i) {
            T fresh = newItem(row + i);
            m_items.insert(m_items.begin() + row + i, std::move(fresh));
        }
    }

    void removeItems(int row, int count) override
    {
        m_items.erase(m_items.begin() + row, m_items.begin() + row + count);
    }

    void moveItems(int source, int count, int destination) override
    {
        const auto first = m_items.begin();
        if (destination > source)
            std::rotate(first + source, first + source + count, first + destination);
        else
            std::rotate(first + destination, first + source, first + source + count);
    }

private:
    std::vector<T> m_items;
};

} // namespace baton
