#include "card/CardHtml.h"

#include "format/StagePalette.h"

namespace baton {
namespace {

const QString mutedColour = QStringLiteral("#6b7280");

} // namespace

QString CardHtml::escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString CardHtml::muted(const QString &text)
{
    return mutedHtml(escaped(text));
}

QString CardHtml::mutedHtml(const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(mutedColour, html);
}

QString CardHtml::badge(Stage stage)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:600;\">"
                          "&nbsp;%3&nbsp;</span>")
        .arg(StagePalette::background(stage).name(), StagePalette::foreground(stage).name(),
             escaped(stageLabel(stage)));
}

QString CardHtml::stageText(Stage stage)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:600;\">%2</span>")
        .arg(StagePalette::foreground(stage).name(), escaped(stageLabel(stage)));
}

QString CardHtml::heading(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(escaped(title));
}

QString CardHtml::fields(const std::vector<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : rows) {
        if (value.isEmpty())
            continue;
        html += QStringLiteral("<tr><td style=\"color:%1; padding-right:12px;\">%2</td><td>%3</td></tr>")
                    .arg(mutedColour, escaped(label), value);
    }
    return html + QStringLiteral("</table>");
}

QString CardHtml::placeholder(const QString &title, const QString &text)
{
    return QStringLiteral("<table width=\"100%\" height=\"100%\"><tr><td align=\"center\" "
                          "style=\"padding-top:120px;\"><p style=\"font-size:large; color:%1;\">%2</p>"
                          "<p style=\"color:%1;\">%3</p></td></tr></table>")
        .arg(mutedColour, escaped(title), escaped(text));
}

QString CardHtml::warning(const QString &text)
{
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-top:2px;\">"
               "<tr><td bgcolor=\"#fef3c7\" style=\"color:#92400e;\"><b>&#9888;</b>&nbsp; %1</td></tr>"
               "</table>")
        .arg(escaped(text));
}

QString CardHtml::quote(const QString &text, const QString &caption)
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:4px; "
                          "margin-bottom:6px;\"><tr><td width=\"3\" bgcolor=\"#a5b4fc\"></td>"
                          "<td style=\"padding-left:10px;\"><i>&ldquo;%1&rdquo;</i><br/>%2</td></tr>"
                          "</table>")
        .arg(escaped(text), muted(caption));
}

QString CardHtml::styleSheet()
{
    return QStringLiteral("h2 { font-size: x-large; font-weight: 600; margin-bottom: 2px; }"
                          "h3 { font-size: medium; font-weight: 600; margin-top: 18px; margin-bottom: 4px; }"
                          "h4 { font-size: small; font-weight: 600; margin-top: 8px; margin-bottom: 2px; "
                          "     color: #4b5563; }"
                          "td { vertical-align: top; }"
                          "a { color: #2563eb; text-decoration: none; }"
                          "table.list { margin-bottom: 6px; }"
                          "table.list td { padding-top: 3px; padding-bottom: 3px; padding-right: 14px; }"
                          "td.nowrap { white-space: nowrap; }");
}

} // namespace baton
