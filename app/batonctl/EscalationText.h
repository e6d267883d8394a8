#pragma once

#include "sla/EscalationStep.h"

#include <QString>

namespace baton::cli {

class UserDirectory;

/// How batonctl writes escalation steps for people.
class EscalationText {
public:
    /// One line: "2026-03-10T13:10:00Z  lead 42  warn  owner Sam Rivera (sam.sdr): detail".
    static QString line(const EscalationStep &step, const UserDirectory &users);
    /// Who the step concerns: "owner …", "owner …, manager …", "owner …, new owner …".
    static QString people(const EscalationStep &step, const UserDirectory &users);
};

} // namespace baton::cli
