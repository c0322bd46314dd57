#include "WindowFit.h"

#include <QScreen>
#include <QWidget>

QRect WindowFit::fitted(const QRect &wanted, const QRect &available, int margin)
{
    if (available.isEmpty())
        return wanted;
    const QRect area = available.adjusted(margin, margin, -margin, -margin).isEmpty()
        ? available
        : available.adjusted(margin, margin, -margin, -margin);
    QRect r(wanted.topLeft(), wanted.size().boundedTo(area.size()));
    if (r.right() > area.right())
        r.moveRight(area.right());
    if (r.bottom() > area.bottom())
        r.moveBottom(area.bottom());
    if (r.left() < area.left())
        r.moveLeft(area.left());
    if (r.top() < area.top())
        r.moveTop(area.top());
    return r;
}

void WindowFit::fitToScreen(QWidget *window)
{
    QScreen *screen = window->screen();
    if (!screen)
        return;
    // The frame (title bar, borders) is known only once the window manager has framed the window; until then
    // leave room for a usual one.
    const QSize decoration = window->frameGeometry().size() - window->size();
    const QSize frameExtra = decoration.isEmpty() ? QSize(16, 40) : decoration;
    const QRect frame(window->frameGeometry().topLeft(), window->size() + frameExtra);
    const QRect fit = fitted(frame, screen->availableGeometry());
    const QSize client = (fit.size() - frameExtra).expandedTo(window->minimumSize()).boundedTo(window->maximumSize());
    if (client != window->size())
        window->resize(client);
    if (fit.topLeft() != frame.topLeft())
        window->move(fit.topLeft());
}
