#include "import/ImportSourcePage.h"

#include "import/ColumnMappingEditor.h"
#include "import/HeaderRecognition.h"
#include "import/ImportPreset.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace baton {
namespace {

QString presetLabel(const QString &name)
{
    if (name == QLatin1String("hubspot"))
        return QStringLiteral("HubSpot");
    if (name == QLatin1String("salesforce"))
        return QStringLiteral("Salesforce");
    if (name == QLatin1String("marketo"))
        return QStringLiteral("Marketo");
    return name;
}

} // namespace

ImportSourcePage::ImportSourcePage(ImportDraft &draft, const QString &folder, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_folder(folder)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose\u2026"), this))
    , m_preset(new QComboBox(this))
    , m_editor(new ColumnMappingEditor(draft.kind, this))
    , m_message(new QLabel(this))
    , m_chooser([this](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getOpenFileName(this, caption, suggested, filter);
    })
{
    const bool leads = draft.kind == ImportKind::Leads;
    setTitle(leads ? tr("Import leads: the file") : tr("Import events: the file"));
    setSubTitle(leads ? tr("A CSV export of HubSpot contacts, a Salesforce leads report, a Marketo lead "
                           "list, or any CSV with an e-mail column.")
                      : tr("A CSV file of engagement events: e-mail, type and time, and optionally detail "
                           "and campaign."));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    if (leads) {
        for (const QString &name : ImportPreset::names())
            m_preset->addItem(presetLabel(name), name);
    } else {
        m_preset->addItem(tr("Events columns (email, type, time, detail, campaign)"), eventColumns);
    }
    m_preset->addItem(tr("Saved mapping\u2026"), savedMapping);
    m_preset->addItem(tr("Map columns\u2026"), mapColumns);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("&Read as"), m_preset);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("mappingScroll"));
    scroll->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addStretch(0); // keeps the message under the form while the columns are hidden

    connect(m_browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_preset, &QComboBox::activated, this, [this] {
        if (m_preset->currentData().toString() == savedMapping) {
            const QString path =
                m_chooser(tr("Open a saved mapping"), m_folder, tr("Mapping files (*.json)"));
            if (path.isEmpty() || !loadMapping(path)) {
                if (!m_saved)
                    m_preset->setCurrentIndex(0);
            }
        }
        choiceChanged();
    });
    connect(m_editor, &ColumnMappingEditor::changed, this, &QWizardPage::completeChanged);
}

void ImportSourcePage::browse()
{
    const QString path =
        m_chooser(m_draft.kind == ImportKind::Leads ? tr("Import leads from") : tr("Import events from"),
                  m_folder, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportSourcePage::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_draft.path = path;
    m_folder = QFileInfo(path).absolutePath();
    auto header = HeaderRecognition::read(path);
    m_headerRead = header.ok();
    if (!header) {
        m_draft.header.clear();
        showMessage(header.error().message, true);
        Q_EMIT completeChanged();
        return;
    }
    m_draft.header = *header;
    if (m_draft.kind == ImportKind::Events) {
        m_editor->setHeader(*header, ImportPreset::events());
        choose(eventColumns);
        return;
    }
    const QString preset = HeaderRecognition::presetFor(*header);
    m_editor->setHeader(*header, preset.isEmpty() ? ColumnMapping{} : *ImportPreset::named(preset));
    choose(preset.isEmpty() ? mapColumns : preset);
}

bool ImportSourcePage::choose(const QString &choice)
{
    const int index = m_preset->findData(choice);
    if (index < 0)
        return false;
    m_preset->setCurrentIndex(index);
    choiceChanged();
    return true;
}

bool ImportSourcePage::loadMapping(const QString &path)
{
    auto loaded = ColumnMapping::load(path);
    if (!loaded) {
        showMessage(loaded.error().message, true);
        return false;
    }
    m_saved = std::move(loaded).value();
    m_savedPath = path;
    m_preset->setCurrentIndex(m_preset->findData(savedMapping));
    choiceChanged();
    return true;
}

ColumnMapping ImportSourcePage::chosenMapping() const
{
    const QString choice = m_preset->currentData().toString();
    if (choice == mapColumns)
        return m_editor->mapping();
    if (choice == savedMapping && m_saved)
        return *m_saved;
    if (choice == eventColumns)
        return ImportPreset::events();
    if (auto preset = ImportPreset::named(choice))
        return *preset;
    return m_draft.kind == ImportKind::Leads ? ImportPreset::hubspot() : ImportPreset::events();
}

void ImportSourcePage::choiceChanged()
{
    const QString choice = m_preset->currentData().toString();
    findChild<QScrollArea *>(QStringLiteral("mappingScroll"))->setVisible(choice == mapColumns);
    if (!m_headerRead) {
        Q_EMIT completeChanged();
        return;
    }
    auto resolved = chosenMapping().resolve(m_draft.header, HeaderRecognition::fields(m_draft.kind),
                                            HeaderRecognition::required(m_draft.kind));
    if (!resolved) {
        showMessage(resolved.error().message, true);
    } else if (choice == savedMapping) {
        showMessage(tr("Read with the mapping in %1.").arg(QFileInfo(m_savedPath).fileName()), false);
    } else if (choice == mapColumns) {
        showMessage(tr("Choose the column of each field; fields left out are not imported."), false);
    } else {
        showMessage(tr("%1 columns: %2 read with the %3 mapping.")
                        .arg(m_draft.header.size())
                        .arg(QFileInfo(m_draft.path).fileName(), m_preset->currentText()),
                    false);
    }
    Q_EMIT completeChanged();
}

void ImportSourcePage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_message->setText(text);
}

QString ImportSourcePage::message() const
{
    return m_message->text();
}

bool ImportSourcePage::isComplete() const
{
    if (!m_headerRead)
        return false;
    return chosenMapping()
        .resolve(m_draft.header, HeaderRecognition::fields(m_draft.kind),
                 HeaderRecognition::required(m_draft.kind))
        .ok();
}

bool ImportSourcePage::validatePage()
{
    m_draft.mapping = chosenMapping();
    return isComplete();
}

} // namespace baton
