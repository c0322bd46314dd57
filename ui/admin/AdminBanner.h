#pragma once

// The pane-wide message strip above the admin pages: the last error (status + server message) or the
// last server answer to an action, as plain text. After a 401 it offers "Try again", which lifts the
// client's no-retry block (an explicit user decision). Owned by AdminPane; GUI thread.
// A message given as a function is rendered again on a language switch.

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;

class AdminBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AdminBanner(QWidget *parent = nullptr);

    using Text = std::function<QString()>; // renders the message in the current language
    void showError(const QString &text, bool offerRetry = false);
    void showError(Text text, bool offerRetry = false);
    void showInfo(const QString &text);
    void showInfo(Text text);
    void clear();
    QString text() const;
    bool isError() const { return m_error; }

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_close;
    bool m_error = false;
    Text m_render; // empty for fixed text
};
