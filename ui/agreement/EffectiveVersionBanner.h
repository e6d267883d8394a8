#pragma once

#include <QFrame>

class QLabel;

namespace baton {

class UserDirectory;
struct DefinitionVersion;

/// The line on top of the Agreement workspace: which version of the lead definition applies,
/// since when, who signed it as which role, and how long the agreement took.
class EffectiveVersionBanner : public QFrame {
    Q_OBJECT

public:
    explicit EffectiveVersionBanner(QWidget *parent = nullptr);

    void showVersion(const DefinitionVersion &version, const UserDirectory &users);
    void showError(const QString &message);

    /// The headline and the details, one per line (for tests and accessibility).
    QString text() const;

private:
    QLabel *m_headline;
    QLabel *m_details;
};

} // namespace baton
