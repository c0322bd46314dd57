#pragma once

// The one place where untrusted text (server names, tags, server error messages, Grafana keys and logins) is
// made safe for Qt's rich-text guessers. Qt renders a tooltip (and an AutoText label or message box) as HTML
// when the text merely looks like markup, so "<b>x</b>" as a server name would turn bold, and an <img> could
// be fetched. Use plainToolTip() for every tooltip that carries such text; set Qt::PlainText on labels; build
// sentences with one multi-argument arg(a, b) (a chained .arg().arg() re-reads a "%1" inside the first value).
// Qt Core only; any thread.

#include <QString>

// `text` escaped and wrapped in <qt> so the tooltip shows it literally and still word-wraps long lines;
// newlines become line breaks. An empty text stays empty (no tooltip).
QString plainToolTip(const QString &text);
