// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioneditor.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "commands/setfieldcommand.h"
#include "document/eventdocument.h"
#include "model/eventday.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/sessionlinks.h"
#include "model/sessiontag.h"
#include "model/space.h"
#include "model/vocabulary.h"
#include "model/workingline.h"
#include "participantseditor.h"
#include "workshopdetailseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace standlab {
namespace {

const QString sessionsTable = QStringLiteral("sessions");
constexpr int defaultMinutes = 60;

QIcon swatch(const QString& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor(colour));
    return QIcon(pixmap);
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

void setTextIfDifferent(QLineEdit* edit, const QString& text)
{
    // Re-setting identical text would move the cursor while someone is typing.
    if (edit->text() != text)
        edit->setText(text);
}

void setTextIfDifferent(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void setValueIfDifferent(QSpinBox* spin, int value)
{
    if (spin->value() != value)
        spin->setValue(value);
}

} // namespace

SessionEditor::SessionEditor(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("sessionEditor"));
    buildUi();
    refreshChoices();
    connect(&m_document.store(), &Store::rowChanged, this, &SessionEditor::onRowChanged);
    connect(&m_document.store(), &Store::reset, this, [this] {
        refreshChoices();
        setSessionId(m_sessionId);
    });
    setSessionId({});
}

void SessionEditor::buildUi()
{
    m_stack = new QStackedWidget(this);
    auto* empty = new QLabel(tr("Select a session to edit it, or press New session."), m_stack);
    empty->setObjectName(QStringLiteral("sessionEditorEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());
    m_stack->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget* SessionEditor::buildForm()
{
    auto* form = new QWidget;
    auto* column = new QVBoxLayout(form);
    const auto group = [column](const QString& title) {
        auto* box = new QGroupBox(title);
        auto* layout = new QFormLayout(box);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        column->addWidget(box);
        return layout;
    };
    const auto named = [](auto* widget, const char* name, const QString& tip) {
        widget->setObjectName(QString::fromLatin1(name));
        widget->setToolTip(tip);
        return widget;
    };

    QFormLayout* about = group(tr("Session"));
    m_title = named(new QLineEdit, "titleEdit", tr("The title as printed in the programme"));
    m_kind = named(new QComboBox, "kindCombo", tr("What kind of session this is"));
    for (const Term& term : Vocabulary::sessionKinds())
        m_kind->addItem(term.label, term.key);
    m_status = named(new QComboBox, "statusCombo", tr("Idea and proposed sessions are not yet in the programme"));
    for (const Term& term : Vocabulary::sessionStatuses())
        m_status->addItem(term.label, term.key);
    m_workingLine = named(new QComboBox, "workingLineCombo", tr("The working line this session belongs to"));
    m_tags = named(new QListWidget, "tagsList", tr("Cross-cutting working lines this session also contributes to"));
    m_tags->setMaximumHeight(80);
    m_language = named(new QComboBox, "languageCombo", tr("The language the session is held in"));
    for (const Term& term : Vocabulary::languages())
        m_language->addItem(term.label, term.key);
    m_subtitle = named(new QLineEdit, "subtitleEdit", tr("A second line under the title"));
    about->addRow(tr("&Title:"), m_title);
    about->addRow(tr("Su&btitle:"), m_subtitle);
    about->addRow(tr("&Kind:"), m_kind);
    about->addRow(tr("St&atus:"), m_status);
    about->addRow(tr("&Working line:"), m_workingLine);
    about->addRow(tr("Cross-cutting:"), m_tags);
    about->addRow(tr("&Language:"), m_language);

    QFormLayout* when = group(tr("When and where"));
    m_day = named(new QComboBox, "dayCombo", tr("Choose “Unscheduled” to take the session out of the timetable"));
    m_start = named(new QTimeEdit, "startEdit", tr("Changing the start keeps the length of the session"));
    m_end = named(new QTimeEdit, "endEdit", tr("When the session ends"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeWarning = named(new QLabel, "timeWarningLabel", {});
    m_timeWarning->setText(tr("The session ends before it starts."));
    m_timeWarning->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_space = named(new QComboBox, "spaceCombo", tr("Where at the stand the session takes place"));
    when->addRow(tr("&Day:"), m_day);
    when->addRow(tr("&Start:"), m_start);
    when->addRow(tr("&End:"), m_end);
    when->addRow(QString(), m_timeWarning);
    when->addRow(tr("S&pace:"), m_space);

    QFormLayout* content = group(tr("Description"));
    m_abstract = named(new QPlainTextEdit, "abstractEdit", tr("The abstract printed in the programme"));
    m_abstract->setMinimumHeight(90);
    m_description = named(new QPlainTextEdit, "descriptionEdit",
                          tr("The longer text conference apps show beside the abstract"));
    m_description->setMinimumHeight(70);
    content->addRow(m_abstract);
    content->addRow(tr("Lon&ger description:"), m_description);

    QFormLayout* people = group(tr("People"));
    m_participants = new ParticipantsEditor(m_document);
    people->addRow(m_participants);

    QFormLayout* workshop = group(tr("Workshop"));
    m_workshopGroup = workshop->parentWidget();
    m_workshopGroup->setObjectName(QStringLiteral("workshopGroup"));
    m_workshop = new WorkshopDetailsEditor(m_document);
    workshop->addRow(m_workshop);

    QFormLayout* numbers = group(tr("Numbers"));
    const auto spin = [&named](const char* name, const QString& tip) {
        auto* box = named(new QSpinBox, name, tip);
        box->setRange(0, 100000);
        box->setSpecialValueText(tr("—"));
        return box;
    };
    m_capacity = spin("capacitySpin", tr("How many people the session can take"));
    m_expectedHeadcount = spin("expectedHeadcountSpin", tr("How many people are expected"));
    m_headcount = spin("headcountSpin", tr("How many people actually came"));
    numbers->addRow(tr("&Capacity:"), m_capacity);
    numbers->addRow(tr("E&xpected:"), m_expectedHeadcount);
    numbers->addRow(tr("&Headcount:"), m_headcount);

    QFormLayout* links = group(tr("Links"));
    m_recordingUrl = named(new QLineEdit, "recordingUrlEdit", tr("Where the recording is published"));
    m_notesUrl = named(new QLineEdit, "notesUrlEdit", tr("Shared notes taken during the session"));
    m_slidesUrl = named(new QLineEdit, "slidesUrlEdit", tr("The speakers' slides"));
    for (QLineEdit* edit : {m_recordingUrl, m_notesUrl, m_slidesUrl})
        edit->setPlaceholderText(QStringLiteral("https://"));
    links->addRow(tr("Recording:"), m_recordingUrl);
    links->addRow(tr("Notes:"), m_notesUrl);
    links->addRow(tr("Slides:"), m_slidesUrl);
    // More links and the attachments, one a line: a small text rather than a table, so the panel stays
    // as it is; the line that is not a link is named and nothing is saved until it is one.
    const auto list = [&named](const char* name, const QString& tip) {
        auto* edit = named(new QPlainTextEdit, name, tip);
        edit->setMinimumHeight(50);
        edit->setPlaceholderText(tr("Title | https://… | kind"));
        return edit;
    };
    const auto warning = [&named](const char* name) {
        auto* label = named(new QLabel, name, {});
        label->setStyleSheet(QStringLiteral("color: #b71c1c"));
        label->setWordWrap(true);
        label->hide();
        return label;
    };
    m_links = list("linksEdit", tr("One link a line: title | address | kind (recording, slides, notes, feedback or other)"));
    m_linksWarning = warning("linksWarningLabel");
    m_attachments = list("attachmentsEdit", tr("Files that belong to the session, one a line: title | address"));
    m_attachmentsWarning = warning("attachmentsWarningLabel");
    links->addRow(tr("More l&inks:"), m_links);
    links->addRow(QString(), m_linksWarning);
    links->addRow(tr("Attach&ments:"), m_attachments);
    links->addRow(QString(), m_attachmentsWarning);
    m_recordingLicence = named(new QLineEdit, "recordingLicenceEdit", tr("The licence the recording is published under"));
    m_recordingLicence->setPlaceholderText(tr("e.g. CC BY 4.0"));
    m_recordingOptOut = named(new QCheckBox(tr("The speakers do &not want it recorded")), "recordingOptOutCheck",
                              tr("Carried in the conference-app schedule, so no one records it by mistake"));
    links->addRow(tr("Recording licence:"), m_recordingLicence);
    links->addRow(QString(), m_recordingOptOut);

    QFormLayout* internal = group(tr("Internal notes"));
    m_internalNotes = named(new QPlainTextEdit, "internalNotesEdit", tr("Only for the organisers; never exported"));
    m_internalNotes->setMinimumHeight(70);
    internal->addRow(m_internalNotes);
    column->addStretch();

    connectText(m_title, QStringLiteral("title"), tr("Edit title"));
    connectCombo(m_kind, QStringLiteral("kind"), tr("Change kind"));
    connectCombo(m_status, QStringLiteral("status"), tr("Change status"));
    connectCombo(m_workingLine, QStringLiteral("working_line_id"), tr("Change working line"));
    connectCombo(m_language, QStringLiteral("language"), tr("Change language"));
    connectCombo(m_space, QStringLiteral("space_id"), tr("Change space"));
    connectText(m_abstract, QStringLiteral("abstract"), tr("Edit abstract"));
    connectText(m_subtitle, QStringLiteral("subtitle"), tr("Edit subtitle"));
    connectText(m_description, QStringLiteral("description"), tr("Edit description"));
    connectText(m_recordingLicence, QStringLiteral("recording_licence"), tr("Edit recording licence"));
    connectLinks(m_links, m_linksWarning, QStringLiteral("links"), tr("Edit links"));
    connectLinks(m_attachments, m_attachmentsWarning, QStringLiteral("attachments"), tr("Edit attachments"));
    connect(m_recordingOptOut, &QCheckBox::toggled, this, [this](bool on) {
        setField(QStringLiteral("recording_opt_out"), on ? 1 : 0, tr("Change recording opt-out"));
    });
    connectSpin(m_capacity, QStringLiteral("capacity"), tr("Change capacity"));
    connectSpin(m_expectedHeadcount, QStringLiteral("expected_headcount"), tr("Change expected headcount"));
    connectSpin(m_headcount, QStringLiteral("headcount"), tr("Change headcount"));
    connectText(m_recordingUrl, QStringLiteral("recording_url"), tr("Edit recording link"));
    connectText(m_notesUrl, QStringLiteral("notes_url"), tr("Edit notes link"));
    connectText(m_slidesUrl, QStringLiteral("slides_url"), tr("Edit slides link"));
    connectText(m_internalNotes, QStringLiteral("internal_notes"), tr("Edit internal notes"));
    connect(m_day, &QComboBox::currentIndexChanged, this, &SessionEditor::onDayChosen);
    connect(m_start, &QTimeEdit::timeChanged, this, &SessionEditor::onStartChanged);
    connect(m_end, &QTimeEdit::timeChanged, this, &SessionEditor::onEndChanged);
    connect(m_tags, &QListWidget::itemChanged, this, &SessionEditor::onTagToggled);
    return form;
}

void SessionEditor::connectText(QLineEdit* edit, const QString& column, const QString& text)
{
    // textEdited, not textChanged: only what a person types becomes a command.
    connect(edit, &QLineEdit::textEdited, this, [this, column, text](const QString& value) {
        setField(column, value, text);
    });
}

void SessionEditor::connectText(QPlainTextEdit* edit, const QString& column, const QString& text)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, column, text] {
        setField(column, edit->toPlainText(), text);
    });
}

void SessionEditor::connectCombo(QComboBox* combo, const QString& column, const QString& text)
{
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column, text] {
        const QString key = combo->currentData().toString();
        // An empty key is "none": a NULL reference, so the foreign key accepts it.
        setField(column, key.isEmpty() && column.endsWith(QLatin1String("_id")) ? QVariant() : QVariant(key), text);
    });
}

void SessionEditor::connectLinks(QPlainTextEdit* edit, QLabel* warning, const QString& column, const QString& text)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, warning, column, text] {
        if (m_loading)
            return;
        int badLine = 0;
        const QVector<SessionLink> links = SessionLinks::fromText(edit->toPlainText(), &badLine);
        warning->setText(tr("Line %1 is not “title | address | kind”; it is not saved yet.").arg(badLine));
        warning->setVisible(badLine > 0);
        if (badLine == 0)
            setField(column, SessionLinks::toJson(links), text);
    });
}

void SessionEditor::loadLinks(QPlainTextEdit* edit, QLabel* warning, const QString& json)
{
    // What is typed stays as typed while it says the same as the store.
    int badLine = 0;
    const QVector<SessionLink> stored = SessionLinks::fromJson(json);
    const QVector<SessionLink> typed = SessionLinks::fromText(edit->toPlainText(), &badLine);
    if (badLine == 0 && typed.size() == stored.size()) {
        bool same = true;
        for (int i = 0; i < typed.size() && same; ++i)
            same = typed.at(i).url == stored.at(i).url && typed.at(i).title == stored.at(i).title
                && typed.at(i).kind == stored.at(i).kind;
        if (same)
            return;
    }
    edit->setPlainText(SessionLinks::toText(stored));
    warning->hide();
}

void SessionEditor::connectSpin(QSpinBox* spin, const QString& column, const QString& text)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, column, text](int value) { setField(column, value, text); });
}

void SessionEditor::setField(const QString& column, const QVariant& value, const QString& text)
{
    setFields({{column, value}}, text);
}

void SessionEditor::setFields(const QVariantMap& values, const QString& text)
{
    if (m_loading || m_sessionId.isEmpty())
        return;
    auto* command = new SetFieldCommand(m_document, sessionsTable, m_sessionId, values, text);
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_document.push(command);
}

void SessionEditor::setSessionId(const QString& id)
{
    const bool exists = !id.isEmpty() && m_document.store().row(sessionsTable, id).has_value();
    m_sessionId = exists ? id : QString();
    m_stack->setCurrentIndex(exists ? 1 : 0);
    load();
}

void SessionEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void SessionEditor::onRowChanged(const QString& table, const QString& id, ChangeKind kind)
{
    if (table == sessionsTable) {
        if (id != m_sessionId)
            return;
        if (kind == ChangeKind::Deleted)
            setSessionId({});
        else
            load();
    } else if (m_sessionId.isEmpty()) {
        if (table == QLatin1String("working_lines") || table == QLatin1String("spaces")
            || table == QLatin1String("event_days"))
            refreshChoices();
    } else if (table == QLatin1String("session_tags")) {
        loadTags();
    } else if (table == QLatin1String("working_lines") || table == QLatin1String("spaces")
               || table == QLatin1String("event_days")) {
        refreshChoices();
        load();
    }
}

void SessionEditor::refreshChoices()
{
    const bool wasLoading = std::exchange(m_loading, true);
    Store& store = m_document.store();
    m_workingLine->clear();
    m_workingLine->addItem(tr("(none)"), QString());
    m_tags->clear();
    for (const WorkingLine& line : Repository<WorkingLine>(store).all(QStringLiteral("position, name"))) {
        m_workingLine->addItem(swatch(line.colour), line.name, line.id);
        if (line.crossCutting) {
            auto* item = new QListWidgetItem(swatch(line.colour), line.name, m_tags);
            item->setData(Qt::UserRole, line.id);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_space->clear();
    m_space->addItem(tr("(no space)"), QString());
    for (const Space& space : Repository<Space>(store).all(QStringLiteral("position, name")))
        m_space->addItem(swatch(space.colour), space.name, space.id);
    m_day->clear();
    m_day->addItem(tr("Unscheduled"), QDate());
    for (const EventDay& day : Repository<EventDay>(store).all(QStringLiteral("day")))
        m_day->addItem(day.label.isEmpty() ? QLocale().toString(day.day, QLocale::LongFormat)
                                           : tr("%1 (%2)").arg(QLocale().toString(day.day, QLocale::ShortFormat), day.label),
                       day.day);
    m_loading = wasLoading;
}

void SessionEditor::load()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const Session s = m_sessionId.isEmpty() ? Session() : Repository<Session>(m_document.store()).find(m_sessionId).value_or(Session());
    setTextIfDifferent(m_title, s.title);
    setTextIfDifferent(m_subtitle, s.subtitle);
    // A kind of the event's own vocabulary (an imported "lecture") is offered as it is named.
    if (m_kind->findData(s.kind) < 0 && !s.kind.isEmpty())
        m_kind->addItem(s.kind, s.kind);
    selectData(m_kind, s.kind);
    selectData(m_status, s.status);
    selectData(m_workingLine, s.workingLineId);
    if (m_language->findData(s.language) < 0 && !s.language.isEmpty())
        m_language->addItem(s.language, s.language);
    selectData(m_language, s.language);
    selectData(m_space, s.spaceId);
    const QDate day = s.startsAt.isValid() ? s.startsAt.date() : QDate();
    if (day.isValid() && m_day->findData(day) < 0)
        m_day->addItem(tr("%1 (not an event day)").arg(QLocale().toString(day, QLocale::ShortFormat)), day);
    selectData(m_day, day);
    m_start->setEnabled(day.isValid());
    m_end->setEnabled(day.isValid());
    const QTime start = day.isValid() ? s.startsAt.time() : QTime(0, 0);
    const QTime end = s.endsAt.isValid() ? s.endsAt.time() : start;
    if (m_start->time() != start)
        m_start->setTime(start);
    if (m_end->time() != end)
        m_end->setTime(end);
    m_timeWarning->setVisible(s.startsAt.isValid() && s.endsAt.isValid() && s.endsAt < s.startsAt);
    setTextIfDifferent(m_abstract, s.abstract);
    setTextIfDifferent(m_description, s.description);
    setTextIfDifferent(m_recordingLicence, s.recordingLicence);
    if (m_recordingOptOut->isChecked() != s.recordingOptOut)
        m_recordingOptOut->setChecked(s.recordingOptOut);
    loadLinks(m_links, m_linksWarning, s.links);
    loadLinks(m_attachments, m_attachmentsWarning, s.attachments);
    setValueIfDifferent(m_capacity, s.capacity);
    setValueIfDifferent(m_expectedHeadcount, s.expectedHeadcount);
    setValueIfDifferent(m_headcount, s.headcount);
    setTextIfDifferent(m_recordingUrl, s.recordingUrl);
    setTextIfDifferent(m_notesUrl, s.notesUrl);
    setTextIfDifferent(m_slidesUrl, s.slidesUrl);
    setTextIfDifferent(m_internalNotes, s.internalNotes);
    m_loading = wasLoading;
    // The people and workshop panels follow the store themselves; they only need to know the session.
    if (m_participants->sessionId() != m_sessionId)
        m_participants->setSessionId(m_sessionId);
    if (m_workshop->sessionId() != m_sessionId)
        m_workshop->setSessionId(m_sessionId);
    m_workshopGroup->setVisible(s.kind == QLatin1String("workshop"));
    loadTags();
}

void SessionEditor::loadTags()
{
    const bool wasLoading = std::exchange(m_loading, true);
    QStringList tagged;
    if (!m_sessionId.isEmpty())
        for (const SessionTag& tag : Repository<SessionTag>(m_document.store()).where(QStringLiteral("session_id = ?"), {m_sessionId}))
            tagged << tag.workingLineId;
    for (int i = 0; i < m_tags->count(); ++i) {
        QListWidgetItem* item = m_tags->item(i);
        const Qt::CheckState state = tagged.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    m_loading = wasLoading;
}

void SessionEditor::onDayChosen()
{
    if (m_loading || m_sessionId.isEmpty())
        return;
    const QDate day = m_day->currentData().toDate();
    if (!day.isValid()) {
        setFields({{QStringLiteral("starts_at"), QVariant()}, {QStringLiteral("ends_at"), QVariant()}},
                  tr("Unschedule session"));
        return;
    }
    const Session s = Repository<Session>(m_document.store()).find(m_sessionId).value_or(Session());
    QDateTime start;
    qint64 length = defaultMinutes * 60;
    if (s.startsAt.isValid()) {
        start = QDateTime(day, s.startsAt.time(), Qt::UTC);
        if (s.endsAt.isValid())
            length = s.startsAt.secsTo(s.endsAt);
    } else {
        const auto days = Repository<EventDay>(m_document.store()).where(QStringLiteral("day = ?"), {dbvalue::to(day)});
        start = QDateTime(day, days.isEmpty() ? QTime(9, 0) : days.first().opens, Qt::UTC);
    }
    setFields({{QStringLiteral("starts_at"), dbvalue::to(start)}, {QStringLiteral("ends_at"), dbvalue::to(start.addSecs(length))}},
              tr("Change day"));
}

void SessionEditor::onStartChanged()
{
    if (m_loading || m_sessionId.isEmpty())
        return;
    const Session s = Repository<Session>(m_document.store()).find(m_sessionId).value_or(Session());
    if (!s.startsAt.isValid())
        return;
    const qint64 length = s.endsAt.isValid() ? s.startsAt.secsTo(s.endsAt) : defaultMinutes * 60;
    const QDateTime start(s.startsAt.date(), m_start->time(), Qt::UTC);
    setFields({{QStringLiteral("starts_at"), dbvalue::to(start)}, {QStringLiteral("ends_at"), dbvalue::to(start.addSecs(length))}},
              tr("Change start time"));
}

void SessionEditor::onEndChanged()
{
    if (m_loading || m_sessionId.isEmpty())
        return;
    const Session s = Repository<Session>(m_document.store()).find(m_sessionId).value_or(Session());
    if (!s.startsAt.isValid())
        return;
    setField(QStringLiteral("ends_at"), dbvalue::to(QDateTime(s.startsAt.date(), m_end->time(), Qt::UTC)),
             tr("Change end time"));
}

void SessionEditor::onTagToggled(QListWidgetItem* item)
{
    if (m_loading || m_sessionId.isEmpty())
        return;
    const QString lineId = item->data(Qt::UserRole).toString();
    const auto existing = Repository<SessionTag>(m_document.store()).where(
        QStringLiteral("session_id = ? AND working_line_id = ?"), {m_sessionId, lineId});
    if (item->checkState() == Qt::Checked && existing.isEmpty()) {
        m_document.push(new InsertRowCommand(m_document, QStringLiteral("session_tags"),
                                             {{QStringLiteral("session_id"), m_sessionId},
                                              {QStringLiteral("working_line_id"), lineId}},
                                             tr("Tag with %1").arg(item->text())));
    } else if (item->checkState() == Qt::Unchecked && !existing.isEmpty()) {
        m_document.push(new RemoveRowCommand(m_document, QStringLiteral("session_tags"), existing.first().id,
                                             tr("Remove tag %1").arg(item->text())));
    }
}

} // namespace standlab
