#include "agreement/FitMatcher.h"

#include "agreement/CaseFold.h"

#include <QLocale>

#include <limits>

namespace baton {

FitMatcher::FitMatcher(const FitRule &rule)
    : m_rule(rule)
    , m_min(rule.min.value_or(std::numeric_limits<qint64>::min()))
    , m_max(rule.max.value_or(std::numeric_limits<qint64>::max()))
{
    for (QString &value : m_rule.values)
        value = value.trimmed();
    for (const QString &value : m_rule.values)
        m_folded.append(value.toCaseFolded());
}

QStringView FitMatcher::text(const Lead &lead) const
{
    switch (m_rule.field) {
    case FitField::Industry:
        return lead.company.industry;
    case FitField::Country:
        return lead.company.country;
    case FitField::Region:
        return lead.company.region;
    case FitField::Title:
        return lead.person.title;
    case FitField::Seniority:
        return lead.person.seniority;
    case FitField::Employees:
    case FitField::AnnualRevenue:
        break;
    }
    return {};
}

qint64 FitMatcher::number(const Lead &lead) const
{
    return m_rule.field == FitField::Employees ? lead.company.employees : lead.company.annualRevenue;
}

bool FitMatcher::inList(QStringView value) const
{
    for (const QString &candidate : m_folded) {
        if (casefold::equals(value, candidate))
            return true;
    }
    return false;
}

const QString *FitMatcher::firstKeywordIn(QStringView value) const
{
    for (qsizetype i = 0; i < m_folded.size(); ++i) {
        if (casefold::contains(value, m_folded[i]))
            return &m_rule.values[i];
    }
    return nullptr;
}

bool FitMatcher::matches(const Lead &lead) const
{
    switch (m_rule.op) {
    case FitOperator::InRange: {
        const qint64 value = number(lead);
        return value > 0 && value >= m_min && value <= m_max;
    }
    case FitOperator::InList:
        return inList(text(lead).trimmed());
    case FitOperator::ContainsAny:
        return firstKeywordIn(text(lead)) != nullptr;
    }
    return false;
}

namespace {

/// 67600000 -> "67,600,000": explanations are read by people.
QString grouped(qint64 value)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(value);
}

/// "annual_revenue" -> "annual revenue".
QString fieldLabel(FitField field)
{
    return fitFieldName(field).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QString FitMatcher::rangeText() const
{
    if (m_rule.min && m_rule.max)
        return QStringLiteral("%1–%2").arg(grouped(*m_rule.min), grouped(*m_rule.max));
    if (m_rule.min)
        return QStringLiteral("%1 or more").arg(grouped(*m_rule.min));
    return QStringLiteral("at most %1").arg(grouped(m_rule.max.value_or(0)));
}

QString FitMatcher::why(const Lead &lead) const
{
    const QString field = fieldLabel(m_rule.field);
    const QString list = m_rule.values.join(QStringLiteral(", "));
    if (m_rule.op == FitOperator::InRange) {
        const qint64 value = number(lead);
        if (value <= 0)
            return QStringLiteral("%1 is not known").arg(field);
        const QString verb = matches(lead) ? QStringLiteral("is in") : QStringLiteral("is not in");
        return QStringLiteral("%1 %2 %3 %4").arg(field, grouped(value), verb, rangeText());
    }
    const QString value = text(lead).trimmed().toString();
    if (value.isEmpty())
        return QStringLiteral("%1 is not known").arg(field);
    if (m_rule.op == FitOperator::InList) {
        const QString verb = matches(lead) ? QStringLiteral("is in") : QStringLiteral("is not in");
        return QStringLiteral("%1 %2 %3 %4").arg(field, value, verb, list);
    }
    if (const QString *keyword = firstKeywordIn(value))
        return QStringLiteral("%1 \"%2\" contains \"%3\"").arg(field, value, *keyword);
    return QStringLiteral("%1 \"%2\" contains none of %3").arg(field, value, list);
}

} // namespace baton
