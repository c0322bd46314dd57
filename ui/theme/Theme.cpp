#include "Theme.h"

#include "settings/Settings.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <memory>

namespace Theme {

Choice parse(const QString &name)
{
    if (name == QLatin1String("light"))
        return Choice::Light;
    if (name == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

QString name(Choice choice)
{
    switch (choice) {
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    case Choice::System: break;
    }
    return QStringLiteral("system");
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    // Fusion's disabled grey (#bebebe on white, 1.8:1) is too faint for the greyed offline rows: 4.4:1 here.
    const QColor disabled(118, 118, 118);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette darkPalette()
{
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(128, 128, 128);
    const QColor highlight(53, 132, 228), link(110, 170, 255);
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool off = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, off ? disabled : text);
        p.setColor(group, QPalette::Base, off ? window : base);
        p.setColor(group, QPalette::AlternateBase, QColor(38, 38, 41));
        p.setColor(group, QPalette::ToolTipBase, QColor(20, 20, 22));
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(150, 150, 150));
        p.setColor(group, QPalette::Text, off ? disabled : text);
        p.setColor(group, QPalette::Button, QColor(55, 55, 58));
        p.setColor(group, QPalette::ButtonText, off ? disabled : text);
        p.setColor(group, QPalette::BrightText, QColor(255, 90, 90));
        p.setColor(group, QPalette::Light, QColor(75, 75, 78));
        p.setColor(group, QPalette::Midlight, QColor(62, 62, 65));
        p.setColor(group, QPalette::Mid, QColor(40, 40, 42));
        p.setColor(group, QPalette::Dark, QColor(25, 25, 27));
        p.setColor(group, QPalette::Shadow, QColor(10, 10, 10));
        p.setColor(group, QPalette::Highlight, off ? QColor(70, 70, 72) : highlight);
        p.setColor(group, QPalette::HighlightedText, off ? disabled : QColor(255, 255, 255));
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, QColor(180, 140, 255));
    }
    return p;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Theme

ThemeController::ThemeController(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
{
    apply(Theme::parse(settings.theme()));
    connect(&settings, &Settings::valueChanged, this, [this](Settings::Key key) {
        if (key == Settings::Key::Theme)
            apply(Theme::parse(m_settings.theme()));
    });
}

void ThemeController::apply(Theme::Choice choice)
{
    if (m_applied && choice == m_current)
        return;
    const bool wasSystem = !m_applied || m_current == Theme::Choice::System;
    m_current = choice;
    m_applied = true;
    if (choice == Theme::Choice::System) {
        if (wasSystem)
            return; // nothing was changed yet: the desktop's own look is in place
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(choice == Theme::Choice::Dark ? Theme::darkPalette() : Theme::lightPalette());
}
