// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlprogramme.h"

#include "csv/csvwriter.h"

namespace standlab {

namespace {

// Narrow screens stack the time above the text; wide ones (the stand's screen) get larger type.
const char kStyle[] = R"(
*{box-sizing:border-box}
body{margin:0;font-family:"DejaVu Sans",system-ui,sans-serif;color:#1f2328;background:#f4f5f7;
 font-size:clamp(15px,1.1vw + 9px,26px);line-height:1.4}
header,nav,main{max-width:72em;margin:0 auto;padding:0 1em}
header{padding-top:1em}
h1{font-size:1.8em;margin:.3em 0 .1em;overflow-wrap:anywhere}
header p{margin:0;color:#5b646e}
nav{position:sticky;top:0;background:#f4f5f7;padding-top:.6em;padding-bottom:.6em;display:flex;flex-wrap:wrap;gap:.6em;
 border-bottom:1px solid #d5dadf;z-index:1}
nav label{display:flex;flex-direction:column;font-size:.75em;color:#5b646e;flex:1 1 12em}
select{font:inherit;font-size:1.3em;padding:.3em;border:1px solid #b0b8c0;border-radius:.3em;background:#fff;color:#1f2328}
h2{font-size:1.3em;margin:1.2em 0 .5em}
article{display:grid;grid-template-columns:6.5em 1fr;gap:.2em 1em;background:#fff;margin:.5em 0;padding:.7em .9em;
 border-left:.4em solid var(--c);border-radius:.2em;overflow-wrap:anywhere}
.time{font-weight:bold}
.time small{display:block;font-weight:normal;color:#5b646e}
.meta{margin:0;font-size:.7em;font-weight:bold;text-transform:uppercase;letter-spacing:.03em;color:var(--t)}
h3{margin:.1em 0 .3em;font-size:1.1em}
.people,.tags{margin:.15em 0;font-size:.9em}
.org,.tags{color:#5b646e}
.moderators{font-style:italic}
.tags span{display:inline-block;width:.7em;height:.7em;margin-right:.3em;background:var(--s)}
.empty{color:#5b646e;font-style:italic}
.changes{max-width:72em;margin:.8em auto;padding:.2em 1em .6em;background:#fff6dc;border-left:.4em solid #c98a00}
.changes h2{margin:.4em 0}.changes h3{font-size:1em;margin:.6em 0 .2em}.changes ul{margin:0;padding-left:1.2em}
[hidden]{display:none!important}
@media (max-width:36em){article{grid-template-columns:1fr}}
@media print{nav{display:none}article{break-inside:avoid}}
)";

// Shows the sessions of the chosen day and line; a day with nothing left hides with its heading.
const char kScript[] = R"(
(function(){
var day=document.getElementById('day'),line=document.getElementById('line'),empty=document.getElementById('empty');
function apply(){
 var shown=0;
 document.querySelectorAll('section').forEach(function(s){
  var any=false;
  s.querySelectorAll('article').forEach(function(a){
   var on=(!line.value||a.dataset.line===line.value);
   a.hidden=!on; if(on)any=true;});
  s.hidden=!any||(day.value&&s.dataset.day!==day.value);
  if(!s.hidden)shown++;});
 empty.hidden=shown>0;
}
day.addEventListener('change',apply);line.addEventListener('change',apply);apply();
})();
)";

QString timeOf(const QDateTime& moment)
{
    return moment.toString(QStringLiteral("HH:mm"));
}

} // namespace

QString HtmlProgramme::escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString HtmlProgramme::filters() const
{
    QString html = QStringLiteral("<nav><label>%1<select id=\"day\"><option value=\"\">%2</option>")
                       .arg(escaped(m_labels.text(PrintLabels::Day)), escaped(m_labels.text(PrintLabels::AllDays)));
    for (const ProgrammeData::Day& day : m_data.days)
        if (!day.sessions.isEmpty())
            html += QStringLiteral("<option value=\"%1\">%2</option>")
                        .arg(day.date.toString(Qt::ISODate), escaped(m_labels.shortDate(day.date)));
    html += QStringLiteral("</select></label><label>%1<select id=\"line\"><option value=\"\">%2</option>")
                .arg(escaped(m_labels.text(PrintLabels::WorkingLine)),
                     escaped(m_labels.text(PrintLabels::AllWorkingLines)));
    for (int i = 0; i < m_data.lines.size(); ++i)
        html += QStringLiteral("<option value=\"%1\">%2</option>").arg(i).arg(escaped(m_data.lines.at(i).name));
    html += QStringLiteral("</select></label></nav>\n");
    return html;
}

QString HtmlProgramme::session(const ProgrammeData::Session& s, int lineIndex) const
{
    const QColor tone = s.lineColour.toHsl().lightnessF() > 0.38
        ? QColor::fromHslF(s.lineColour.toHsl().hslHueF(), s.lineColour.toHsl().hslSaturationF(), 0.38)
        : s.lineColour;
    QString html = QStringLiteral("<article data-line=\"%1\" style=\"--c:%2;--t:%3\">")
                       .arg(lineIndex >= 0 ? QString::number(lineIndex) : QString(), s.lineColour.name(),
                            tone.toRgb().name());
    QString time = timeOf(s.startsAt);
    if (s.endsAt.isValid())
        time += QStringLiteral("\u2013") + timeOf(s.endsAt);
    html += QStringLiteral("<div class=\"time\">%1 <small>%2</small></div><div>")
                .arg(escaped(time), escaped(s.spaceName));
    QStringList meta;
    if (!s.lineName.isEmpty())
        meta << s.lineName;
    meta << m_labels.kind(s.kind);
    html += QStringLiteral("<p class=\"meta\">%1</p><h3>%2</h3>")
                .arg(escaped(meta.join(QStringLiteral(" \u00b7 "))), escaped(s.title));
    auto people = [](const QVector<ProgrammeData::Person>& list) {
        QStringList parts;
        for (const ProgrammeData::Person& p : list)
            parts << escaped(p.name)
                    + (p.organisation.isEmpty() ? QString()
                                                : QStringLiteral(" <span class=\"org\">(%1)</span>").arg(escaped(p.organisation)));
        return parts.join(QStringLiteral(", "));
    };
    if (!s.speakers.isEmpty())
        html += QStringLiteral("<p class=\"people\">%1</p>").arg(people(s.speakers));
    if (!s.moderators.isEmpty())
        html += QStringLiteral("<p class=\"people moderators\">%1: %2</p>")
                    .arg(escaped(m_labels.text(s.moderators.size() > 1 ? PrintLabels::Moderators : PrintLabels::Moderator)),
                         people(s.moderators));
    for (const ProgrammeData::Line& tag : s.tags)
        html += QStringLiteral("<p class=\"tags\" style=\"--s:%1\"><span></span>%2: %3</p>")
                    .arg(tag.colour.name(), escaped(m_labels.text(PrintLabels::CrossCutting)), escaped(tag.name));
    html += QStringLiteral("</div></article>\n");
    return html;
}

QByteArray HtmlProgramme::render() const
{
    const QString title = m_data.eventName.isEmpty() ? m_labels.text(PrintLabels::Programme) : m_data.eventName;
    QString place = m_data.venue;
    if (!m_data.city.isEmpty() && !place.contains(m_data.city))
        place = place.isEmpty() ? m_data.city : place + QStringLiteral(", ") + m_data.city;
    const QString dates = m_labels.dateRange(m_data.firstDate(), m_data.lastDate());
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  // The page may load nothing at all: no fonts, images or scripts from anywhere.
                                  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                  "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
                                  "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                       .arg(m_labels.language(),
                            escaped(title + QStringLiteral(" \u2014 ") + m_labels.text(PrintLabels::Programme)),
                            QString::fromUtf8(kStyle));
    QStringList subtitle;
    if (!place.isEmpty())
        subtitle << escaped(place);
    if (!dates.isEmpty())
        subtitle << escaped(dates);
    html += QStringLiteral("<header><h1>%1</h1><p>%2</p></header>\n")
                .arg(escaped(title), subtitle.join(QStringLiteral(" \u00b7 ")));
    html += filters();
    html += m_changes;
    html += QStringLiteral("<main>\n");
    for (const ProgrammeData::Day& day : m_data.days) {
        if (day.sessions.isEmpty())
            continue;
        html += QStringLiteral("<section data-day=\"%1\"><h2>%2</h2>\n")
                    .arg(day.date.toString(Qt::ISODate), escaped(m_labels.longDate(day.date)));
        for (const ProgrammeData::Session& s : day.sessions) {
            int lineIndex = -1;
            for (int i = 0; i < m_data.lines.size() && lineIndex < 0; ++i)
                if (!s.lineId.isEmpty() && m_data.lines.at(i).id == s.lineId)
                    lineIndex = i;
            html += session(s, lineIndex);
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("<p id=\"empty\" class=\"empty\" hidden>%1</p>\n</main>\n<script>%2</script>\n</body>\n</html>\n")
                .arg(escaped(m_labels.text(PrintLabels::NoSessions)), QString::fromUtf8(kScript));
    return html.toUtf8();
}

bool HtmlProgramme::write(const QString& path, QString* error) const
{
    return CsvWriter::writeFileAtomically(path, render(), error);
}

} // namespace standlab
