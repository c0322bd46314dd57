#pragma once

// Country flags for the country codes servers report (table, cards, detail), drawn from a maintained flag set
// installed on the system rather than from images of our own: Debian's iso-flags-svg
// (/usr/share/iso-flags-svg/country-4x3/<cc>.svg, public domain; the .deb recommends it), or the PNG set
// iso-flags-png-320x240. FARSIGHT_FLAGS_DIR overrides the folder (tests, other distributions).
// A code is used only when it is two ASCII letters (it comes from the server: never a path); a missing flag
// gives a null pixmap and the caller shows the code alone. The code always stays beside the flag as text, for
// screen readers and copying. Rendered pixmaps are cached per code and size (at most MaxCached). GUI thread.

#include <QHash>
#include <QPixmap>
#include <QString>
#include <QStringList>

class CountryFlags
{
public:
    static constexpr int MaxCached = 512;

    static CountryFlags &instance();
    explicit CountryFlags(const QStringList &folders);

    static QStringList defaultFolders();
    static bool isCountryCode(const QString &code); // two ASCII letters

    // The flag of `code` at the given logical height (4:3), for a device pixel ratio; null when none.
    QPixmap flag(const QString &code, int height, qreal devicePixelRatio = 1.0);
    bool has(const QString &code) const;
    QString fileFor(const QString &code) const; // empty when missing

private:
    QStringList m_folders;
    QHash<QString, QPixmap> m_cache;
};
