#include "import/TitleSeniority.h"

#include <QLatin1StringView>
#include <QStringView>

#include <algorithm>
#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace baton {

QString TitleSeniority::fromTitle(const QString &title)
{
    // The most senior word wins, except that a student or intern is one whatever else it says.
    enum Rank { None, Individual, Manager, Director, CLevel, Vp, Student };
    Rank rank = None;
    auto consider = [&rank](QStringView word) {
        // Sized at compile time, so that a word is compared only with the words of its length.
        static const auto is = [](QStringView w, std::initializer_list<QLatin1StringView> words) {
            return std::any_of(words.begin(), words.end(),
                               [w](QLatin1StringView candidate) { return w == candidate; });
        };
        Rank r = Individual;
        if (is(word, {"student"_L1, "intern"_L1, "trainee"_L1}))
            r = Student;
        else if (is(word, {"vp"_L1, "svp"_L1, "evp"_L1, "avp"_L1}))
            r = Vp;
        else if (is(word, {"chief"_L1, "ceo"_L1, "cfo"_L1, "cto"_L1, "cmo"_L1, "coo"_L1, "cio"_L1, "cro"_L1,
                           "ciso"_L1, "founder"_L1, "cofounder"_L1, "owner"_L1, "president"_L1}))
            r = CLevel;
        else if (is(word, {"director"_L1, "head"_L1}))
            r = Director;
        else if (is(word, {"manager"_L1, "lead"_L1, "supervisor"_L1}))
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
