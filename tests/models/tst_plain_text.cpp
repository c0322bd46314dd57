// plainToolTip(): untrusted text shown literally in a (rich-text guessing) tooltip, wrapped, with line breaks.

#include "PlainText.h"

#include <QTest>

class TestPlainText : public QObject
{
    Q_OBJECT
private slots:
    void plainToolTip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tip");
        QTest::newRow("markup in a server name") << QStringLiteral("<b>x</b>")
                                                 << QStringLiteral("<qt>&lt;b&gt;x&lt;/b&gt;</qt>");
        QTest::newRow("an image tag") << QStringLiteral("<img src=http://evil/>")
                                      << QStringLiteral("<qt>&lt;img src=http://evil/&gt;</qt>");
        // Escaping alone would show "A &amp; B" (no tag, so Qt takes it as plain text): the <qt> wrapper makes
        // the tooltip rich text, so the entity renders as "&".
        QTest::newRow("ampersand") << QStringLiteral("A & B") << QStringLiteral("<qt>A &amp; B</qt>");
        QTest::newRow("placeholder stays literal") << QStringLiteral("a %1 b") << QStringLiteral("<qt>a %1 b</qt>");
        QTest::newRow("two lines") << QStringLiteral("a\nb") << QStringLiteral("<qt>a<br>b</qt>");
        QTest::newRow("empty: no tooltip") << QString() << QString();
    }
    void plainToolTip()
    {
        QFETCH(QString, text);
        QFETCH(QString, tip);
        QCOMPARE(::plainToolTip(text), tip);
    }
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plain_text.moc"
