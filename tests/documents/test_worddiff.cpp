// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/richtext.h"
#include "documents/worddiff.h"

#include <QtTest>

using namespace standlab;
using Kind = WordDiff::Kind;

namespace {

// "=same -old +new" notation: one part per token, for readable expectations.
QString render(const QVector<WordDiff::Part>& parts)
{
    QStringList out;
    for (const WordDiff::Part& p : parts)
        out << (p.kind == Kind::Same ? QStringLiteral("=") : p.kind == Kind::Removed ? QStringLiteral("-") : QStringLiteral("+"))
                   + p.text;
    return out.join(QLatin1Char('|'));
}

} // namespace

// The word-level diff behind the revision comparison, and the rich-text dialect it reads.
class TestWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical") << QStringLiteral("Cities act together.") << QStringLiteral("Cities act together.") << QStringLiteral("=Cities act together.");
        QTest::newRow("both empty") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("from empty") << QStringLiteral("") << QStringLiteral("New text") << QStringLiteral("+New text");
        QTest::newRow("to empty") << QStringLiteral("Old text") << QStringLiteral("") << QStringLiteral("-Old text");
        QTest::newRow("insertion") << QStringLiteral("Cities act.") << QStringLiteral("Cities act together.") << QStringLiteral("=Cities act|+ together|=.");
        QTest::newRow("deletion") << QStringLiteral("Cities really act.") << QStringLiteral("Cities act.") << QStringLiteral("=Cities |-really |=act.");
        QTest::newRow("replacement") << QStringLiteral("a fair deal") << QStringLiteral("a good deal") << QStringLiteral("=a |-fair|+good|= deal");
        QTest::newRow("two words replaced") << QStringLiteral("we will study data access today")
                                            << QStringLiteral("we will negotiate platform access today")
                                            << QStringLiteral("=we will |-study data|+negotiate platform|= access today");
        QTest::newRow("accents are letters") << QStringLiteral("política de dades") << QStringLiteral("polítiques de dades")
                                             << QStringLiteral("-política|+polítiques|= de dades");
        QTest::newRow("accent only") << QStringLiteral("Sao Paulo") << QStringLiteral("São Paulo") << QStringLiteral("-Sao|+São|= Paulo");
        QTest::newRow("punctuation") << QStringLiteral("Done.") << QStringLiteral("Done!") << QStringLiteral("=Done|-.|+!");
    }

    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const QVector<WordDiff::Part> parts = WordDiff::diff(before, after);
        QCOMPARE(render(parts), expected);
        // Whatever the script, the old text is Same+Removed and the new one Same+Added.
        QString oldText, newText;
        for (const auto& p : parts) {
            if (p.kind != Kind::Added)
                oldText += p.text;
            if (p.kind != Kind::Removed)
                newText += p.text;
        }
        QCOMPARE(oldText, before);
        QCOMPARE(newText, after);
        QCOMPARE(WordDiff::changed(parts), before != after);
    }

    void movedItems()
    {
        const QStringList before = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        const QStringList after = {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("b")};
        QCOMPARE(WordDiff::notInCommonOrder(before, after), QVector<int>{3});
        QVERIFY(WordDiff::notInCommonOrder(before, before).isEmpty());
    }

    void sanitise_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paragraph") << QStringLiteral("<p>Hello</p>") << QStringLiteral("<p>Hello</p>");
        QTest::newRow("bold italic") << QStringLiteral("<p><b>Bold</b> and <i>it</i></p>") << QStringLiteral("<p><b>Bold</b> and <i>it</i></p>");
        QTest::newRow("word styles") << QStringLiteral("<p style=\"font-family:Calibri;color:red\"><span style=\"font-weight:700\">B</span>"
                                                      "<span style=\"font-size:30pt\">ig</span></p>")
                                     << QStringLiteral("<p><b>B</b>ig</p>");
        QTest::newRow("heading") << QStringLiteral("<h2>Title</h2><p>x</p>") << QStringLiteral("<h2>Title</h2><p>x</p>");
        QTest::newRow("h1 becomes h2") << QStringLiteral("<h1>Top</h1>") << QStringLiteral("<h2>Top</h2>");
        QTest::newRow("list") << QStringLiteral("<ul><li>one</li><li>two</li></ul><p>after</p>") << QStringLiteral("<ul><li>one</li><li>two</li></ul><p>after</p>");
        QTest::newRow("numbered") << QStringLiteral("<ol><li>one</li></ol>") << QStringLiteral("<ol><li>one</li></ol>");
        QTest::newRow("link kept") << QStringLiteral("<p><a href=\"https://example.org\">site</a></p>")
                                   << QStringLiteral("<p><a href=\"https://example.org\">site</a></p>");
        QTest::newRow("script link dropped") << QStringLiteral("<p><a href=\"javascript:alert(1)\">x</a></p>") << QStringLiteral("<p>x</p>");
        QTest::newRow("image and table dropped") << QStringLiteral("<p>a<img src=\"x.png\">b</p><table><tr><td>cell</td></tr></table>")
                                                 << QStringLiteral("<p>ab</p><p>cell</p>");
        QTest::newRow("escaped") << QStringLiteral("<p>1 &lt; 2 &amp; 3</p>") << QStringLiteral("<p>1 &lt; 2 &amp; 3</p>");
    }

    void sanitise()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(RichText::sanitise(html), expected);
        QCOMPARE(RichText::sanitise(expected), expected); // stable
    }

    void markdown()
    {
        const QString html = QStringLiteral("<h2>Aims</h2><p>We <b>will</b> act, see <a href=\"https://x.org\">this</a>.</p>"
                                            "<ul><li>one</li><li>two</li></ul>");
        QCOMPARE(RichText::toMarkdown(html, 3),
                 QStringLiteral("### Aims\n\nWe **will** act, see [this](https://x.org).\n\n- one\n- two"));
        QCOMPARE(RichText::toPlainText(html), QStringLiteral("Aims\nWe will act, see this.\n• one\n• two"));
    }

    // HTML from a file nested far deeper than anyone writes (Qt's parser takes minutes on 30,000 nested
    // tables) keeps its words, read as text; ordinary nesting keeps its structure.
    void deeplyNestedHtmlIsReadAsText()
    {
        QString deep;
        for (int i = 0; i < 30000; ++i)
            deep += QStringLiteral("<table><tr><td>");
        deep += QStringLiteral("Bike counts");
        for (int i = 0; i < 30000; ++i)
            deep += QStringLiteral("</td></tr></table>");
        QCOMPARE(RichText::toPlainText(deep), QStringLiteral("Bike counts"));
        QCOMPARE(RichText::sanitise(deep), QStringLiteral("<p>Bike counts</p>"));
        QCOMPARE(RichText::toMarkdown(deep), QStringLiteral("Bike counts"));
        QCOMPARE(RichText::toPlainText(QStringLiteral("<div><div><p>Kept <b>bold</b></p></div></div>")),
                 QStringLiteral("Kept bold"));
        QCOMPARE(RichText::sanitise(QStringLiteral("<div><div><p>Kept <b>bold</b></p></div></div>")),
                 QStringLiteral("<p>Kept <b>bold</b></p>"));
    }
};

QTEST_MAIN(TestWordDiff)
#include "test_worddiff.moc"
