#include "import/LeadRowMapper.h"

#include "import/CountryTable.h"
#include "import/CsvRecord.h"
#include "import/ImportValues.h"
#include "import/TitleSeniority.h"
#include "storage/Time.h"

namespace baton {
namespace {

using F = ImportField;

QString cellText(std::string_view cell)
{
    return QString::fromUtf8(cell.data(), static_cast<qsizetype>(cell.size()));
}

} // namespace

bool LeadRowMapper::isFooter(const CsvRecord &record) const
{
    if (m_columns.footer.isEmpty() || record.count == 0)
        return false;
    for (size_t i = 1; i < record.count; ++i) {
        if (!ImportValues::trimmed(record.fields[i]).empty())
            return false;
    }
    const QString first = ImportValues::text(record.fields[0]);
    for (const QString &marker : m_columns.footer) {
        if (first.startsWith(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::optional<MappedLead> LeadRowMapper::map(const CsvRecord &record,
                                             std::vector<ImportRefusal> &refusals) const
{
    const size_t before = refusals.size();
    auto refuse = [&](F field, std::string_view value, QString why) {
        refusals.push_back(
            ImportRefusal{record.line, m_columns.header(field), cellText(value), std::move(why)});
    };
    if (record.count > static_cast<size_t>(m_columns.headers.size())) {
        refusals.push_back(ImportRefusal{
            record.line, QString(), QString(),
            QStringLiteral("The row has %1 values but the header names %2 columns: a value holds an "
                           "unquoted comma, or the row is shifted.")
                .arg(record.count)
                .arg(m_columns.headers.size())});
        return std::nullopt;
    }
    auto cell = [&](F field) -> std::string_view {
        const int index = m_columns.of(field);
        return index < 0 ? std::string_view()
                         : ImportValues::trimmed(record.field(static_cast<size_t>(index)));
    };

    MappedLead row;
    Lead &lead = row.lead;
    auto give = [&](F field) {
        row.given.set(static_cast<size_t>(field));
    };
    auto textOf = [&](F field, QString &target) {
        const std::string_view value = cell(field);
        if (!value.empty()) {
            target = cellText(value);
            give(field);
        }
    };

    const std::string_view emailCell = cell(F::Email);
    if (emailCell.empty()) {
        refuse(F::Email, emailCell, QStringLiteral("A lead needs an e-mail address."));
    } else if (auto email = ImportValues::email(emailCell)) {
        lead.person.email = QString::fromStdString(*email);
        give(F::Email);
    } else {
        refuse(F::Email, emailCell, QStringLiteral("This is not an e-mail address."));
    }

    textOf(F::FullName, lead.person.name);
    QString first;
    QString last;
    textOf(F::FirstName, first);
    textOf(F::LastName, last);
    if (!first.isEmpty() || !last.isEmpty()) {
        lead.person.name = (first + QLatin1Char(' ') + last).trimmed();
        give(F::FullName);
    }
    if (lead.person.name.isEmpty())
        lead.person.name = lead.person.email.section(QLatin1Char('@'), 0, 0);
    textOf(F::Phone, lead.person.phone);
    textOf(F::Title, lead.person.title);
    if (const std::string_view seniority = cell(F::Seniority); !seniority.empty()) {
        lead.person.seniority = TitleSeniority::normalized(cellText(seniority));
        if (!lead.person.seniority.isEmpty())
            give(F::Seniority);
    }
    if (lead.person.seniority.isEmpty() && row.has(F::Title)) {
        lead.person.seniority = TitleSeniority::fromTitle(lead.person.title);
        give(F::Seniority);
    }
    textOf(F::Company, lead.company.name);
    textOf(F::Industry, lead.company.industry);
    if (const std::string_view website = cell(F::Website); !website.empty()) {
        lead.company.domain = ImportValues::domain(website);
        give(F::Website);
    } else if (row.has(F::Email)) {
        lead.company.domain = lead.person.email.section(QLatin1Char('@'), 1);
        give(F::Website);
    }
    if (const std::string_view employees = cell(F::Employees); !employees.empty()) {
        if (auto count = ImportValues::number(employees)) {
            lead.company.employees = *count;
            give(F::Employees);
        } else {
            refuse(F::Employees, employees, QStringLiteral("The number of employees is not a number."));
        }
    }
    if (const std::string_view revenue = cell(F::AnnualRevenue); !revenue.empty()) {
        if (auto amount = ImportValues::number(revenue)) {
            lead.company.annualRevenue = *amount;
            give(F::AnnualRevenue);
        } else {
            refuse(F::AnnualRevenue, revenue, QStringLiteral("The annual revenue is not an amount."));
        }
    }
    if (const std::string_view country = cell(F::Country); !country.empty()) {
        const CountryTable::Country found = CountryTable::lookup(cellText(country));
        lead.company.country = found.code;
        lead.company.region = found.region;
        give(F::Country);
        if (!found.region.isEmpty())
            give(F::Region);
    }
    if (const std::string_view region = cell(F::Region); !region.empty()) {
        lead.company.region = cellText(region).toUpper();
        give(F::Region);
    }
    textOf(F::Campaign, row.campaign);

    lead.createdAt = fromStored(m_now);
    if (const std::string_view created = cell(F::CreatedAt); !created.empty()) {
        const auto at = DateFormat::readAny(m_columns.dateFormats, created, m_columns.zone);
        if (!at) {
            QStringList formats;
            for (const DateFormat &format : m_columns.dateFormats)
                formats << format.pattern();
            refuse(F::CreatedAt, created,
                   QStringLiteral("This is not a date written as %1.")
                       .arg(formats.join(QStringLiteral(" or "))));
        } else if (*at > m_now) {
            refuse(
                F::CreatedAt, created,
                QStringLiteral("The lead is created after now: check the date or the mapping's time zone."));
        } else {
            lead.createdAt = fromStored(*at);
            give(F::CreatedAt);
        }
    }
    if (refusals.size() != before)
        return std::nullopt;
    return row;
}

void LeadRowMapper::applyTo(const MappedLead &row, Lead &lead)
{
    const Lead &from = row.lead;
    if (row.has(F::FullName))
        lead.person.name = from.person.name;
    if (row.has(F::Phone))
        lead.person.phone = from.person.phone;
    if (row.has(F::Title))
        lead.person.title = from.person.title;
    if (row.has(F::Seniority))
        lead.person.seniority = from.person.seniority;
    if (row.has(F::Company))
        lead.company.name = from.company.name;
    if (row.has(F::Website))
        lead.company.domain = from.company.domain;
    if (row.has(F::Industry))
        lead.company.industry = from.company.industry;
    if (row.has(F::Employees))
        lead.company.employees = from.company.employees;
    if (row.has(F::AnnualRevenue))
        lead.company.annualRevenue = from.company.annualRevenue;
    if (row.has(F::Country))
        lead.company.country = from.company.country;
    if (row.has(F::Region))
        lead.company.region = from.company.region;
    if (from.campaignId)
        lead.campaignId = from.campaignId;
}

} // namespace baton
