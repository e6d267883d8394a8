#include "import/TitleSeniority.h"

#include <QStringView>

#include <algorithm>
#include <initializer_list>

namespace baton {

QString TitleSeniority::fromTitle(const QString &title)
{
    // The most senior word wins, except that a student or intern is one whatever else it says.
    enum Rank { None, Individual, Manager, Director, CLevel, Vp, Student };
    Rank rank = None;
    auto consider = [&rank](QStringView word) {
        static const auto is = [](QStringView w, std::initializer_list<const char *> words) {
            for (const char *candidate : words) {
                if (w == QLatin1String(candidate))
                    return true;
            }
            return false;
        };
        Rank r = Individual;
        if (is(word, {"student", "intern", "trainee"}))
            r = Student;
        else if (is(word, {"vp", "svp", "evp", "avp"}))
            r = Vp;
        else if (is(word, {"chief", "ceo", "cfo", "cto", "cmo", "coo", "cio", "cro", "ciso", "founder",
                           "cofounder", "owner", "president"}))
            r = CLevel;
        else if (is(word, {"director", "head"}))
            r = Director;
        else if (is(word, {"manager", "lead", "supervisor"}))
            r = Manager;
        if (r > rank)
            rank = r;
    };
    const QString t = title.toLower();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        const bool letter = i < t.size() && t.at(i).isLetter();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            consider(QStringView(t).mid(start, i - start));
            start = -1;
        }
    }
    if (t.contains(QLatin1String("vice president")))
        rank = std::max(rank, Vp);
    switch (rank) {
    case None:
        return {};
    case Individual:
        return QStringLiteral("individual");
    case Manager:
        return QStringLiteral("manager");
    case Director:
        return QStringLiteral("director");
    case CLevel:
        return QStringLiteral("c_level");
    case Vp:
        return QStringLiteral("vp");
    case Student:
        return QStringLiteral("student");
    }
    return {};
}

QString TitleSeniority::normalized(const QString &value)
{
    QString v = value.trimmed().toLower();
    v.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    if (v == QLatin1String("c_level") || v == QLatin1String("c_suite") || v == QLatin1String("executive") ||
        v == QLatin1String("cxo") || v == QLatin1String("owner"))
        return QStringLiteral("c_level");
    if (v == QLatin1String("vp") || v == QLatin1String("vice_president"))
        return QStringLiteral("vp");
    if (v == QLatin1String("director"))
        return QStringLiteral("director");
    if (v == QLatin1String("manager"))
        return QStringLiteral("manager");
    if (v == QLatin1String("individual") || v == QLatin1String("individual_contributor") ||
        v == QLatin1String("entry") || v == QLatin1String("senior"))
        return QStringLiteral("individual");
    if (v == QLatin1String("student") || v == QLatin1String("intern"))
        return QStringLiteral("student");
    return {};
}

} // namespace baton
