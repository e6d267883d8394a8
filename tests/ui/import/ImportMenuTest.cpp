#include "FakePrompter.h"
#include "LeadSpecBuilder.h"
#include "UiFixture.h"
#include "import/ImportActions.h"
#include "mainwindow/MainWindow.h"
#include "queue/QueueModel.h"
#include "queue/QueueView.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QStringList fileMenuTexts(MainWindow &window)
{
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&File"))
            continue;
        for (QAction *action : menu->menu()->actions())
            texts << action->text();
    }
    return texts;
}

TEST(ImportMenu, FileMenu_OffersImportLeadsAndImportEvents)
{
    UiFixture fixture;
    MainWindow window(fixture.session(), std::make_unique<FakePrompter>());

    const QStringList texts = fileMenuTexts(window);

    EXPECT_TRUE(texts.contains(QStringLiteral("Import &leads\u2026"))) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Import &events\u2026"))) << texts.join(u'|').toStdString();
}

TEST(ImportMenu, AfterAnImport_TheQueueReadsTheFileAgain)
{
    UiFixture fixture;
    fixture.addLead(aLead(QStringLiteral("Jane Doe")).handoffAt(referenceTime().addSecs(-3600)));
    MainWindow window(fixture.session(), std::make_unique<FakePrompter>());
    window.show();
    const qint64 before = window.queueView()->model()->totalCount();
    fixture.addLead(aLead(QStringLiteral("Ada Lovelace")).handoffAt(referenceTime().addSecs(-1800)));

    Q_EMIT window.importActions()->imported();

    EXPECT_EQ(window.queueView()->model()->totalCount(), before + 1);
}

} // namespace
} // namespace baton::test
