#pragma once

#include <QApplication>
#include <QDialog>
#include <QStringList>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <utility>

namespace baton::test {

/// Answers the modal dialogs that code under test runs with exec(), so a test never waits for
/// a person: while it lives, each dialog that comes up is recorded and handed to the answer
/// (by default it is rejected, as if the person pressed Cancel).
class ModalDialogResponder {
public:
    using Answer = std::function<void(QDialog &)>;

    explicit ModalDialogResponder(Answer answer = [](QDialog &dialog) { dialog.reject(); })
        : m_answer(std::move(answer))
    {
        // Fires only while an event loop runs, such as the one inside QDialog::exec().
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this] { answerOpenDialog(); });
        m_poll.start(0);
    }

    /// Class names of the dialogs answered, in order, separated by spaces ("" for none).
    std::string answered() const { return m_answered.join(u' ').toStdString(); }

private:
    void answerOpenDialog()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        m_answered << name;
        m_answer(*dialog);
        if (dialog->isVisible()) { // never leave the test waiting for a person
            ADD_FAILURE() << "the answer left " << name.toStdString() << " open; rejecting it";
            dialog->reject();
        }
    }

    Answer m_answer;
    QTimer m_poll;
    QStringList m_answered;
};

} // namespace baton::test
