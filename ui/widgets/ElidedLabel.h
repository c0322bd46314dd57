#pragma once

// A one-line plain-text label that never asks for the width of its text: it paints the text elided on the
// right to whatever width the layout gives it, and shows the whole text in a word-wrapped tooltip while it is
// cut. text() stays the full text. Used where a state or error sentence of any length must not widen a
// window or a pane (status bar, detail header). GUI thread.

#include <QLabel>

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text); // sets text and tooltip (plain text, escaped)
    bool isElided() const;                 // the text does not fit the current width
    QSize sizeHint() const override;        // at most maxHintWidth() wide
    QSize minimumSizeHint() const override; // a few characters wide

    static int maxHintWidth() { return 480; }

protected:
    void paintEvent(QPaintEvent *event) override;
};
