#include "CountryFlags.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace {

QImage render(const QString &path, const QSize &size)
{
    if (path.endsWith(QLatin1String(".svg"))) {
        QSvgRenderer renderer(path);
        if (!renderer.isValid())
            return {};
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(0, 0), size));
        return image;
    }
    QImageReader reader(path);
    reader.setScaledSize(size);
    return reader.read();
}

} // namespace

CountryFlags &CountryFlags::instance()
{
    static CountryFlags flags(defaultFolders());
    return flags;
}

CountryFlags::CountryFlags(const QStringList &folders)
    : m_folders(folders)
{
}

QStringList CountryFlags::defaultFolders()
{
    const QString custom = qEnvironmentVariable("FARSIGHT_FLAGS_DIR");
    if (!custom.isEmpty())
        return {custom};
    return {QStringLiteral("/usr/share/iso-flags-svg/country-4x3"),
            QStringLiteral("/usr/share/iso-flags-png-320x240/country-4x3"),
            QStringLiteral("/usr/local/share/iso-flags-svg/country-4x3")};
}

bool CountryFlags::isCountryCode(const QString &code)
{
    if (code.size() != 2)
        return false;
    for (const QChar c : code) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

QString CountryFlags::fileFor(const QString &code) const
{
    if (!isCountryCode(code))
        return {};
    QString lower = code.toLower();
    if (lower == QLatin1String("uk")) // GeoIP's old code for the United Kingdom
        lower = QStringLiteral("gb");
    for (const QString &folder : m_folders) {
        for (const char *suffix : {".svg", ".png"}) {
            const QString path = folder + u'/' + lower + QLatin1String(suffix);
            if (QFileInfo::exists(path))
                return path;
        }
    }
    return {};
}

bool CountryFlags::has(const QString &code) const
{
    return !fileFor(code).isEmpty();
}

QPixmap CountryFlags::flag(const QString &code, int height, qreal devicePixelRatio)
{
    if (!isCountryCode(code) || height <= 0)
        return {};
    const QString key = code.toLower() + u'@' + QString::number(height) + u'x' + QString::number(devicePixelRatio);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend())
        return *cached;
    QPixmap pixmap;
    const QString path = fileFor(code);
    if (!path.isEmpty()) {
        const QSize device(qRound(height * 4 / 3.0 * devicePixelRatio), qRound(height * devicePixelRatio));
        QImage image = render(path, device);
        if (!image.isNull()) {
            // A faint frame: white flags (JP, the white of many) must not melt into a white row.
            image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QPainter frame(&image);
            frame.setPen(QColor(128, 128, 128, 140));
            frame.drawRect(image.rect().adjusted(0, 0, -1, -1));
            frame.end();
            pixmap = QPixmap::fromImage(image);
            pixmap.setDevicePixelRatio(devicePixelRatio);
        }
    }
    if (m_cache.size() >= MaxCached)
        m_cache.clear();
    m_cache.insert(key, pixmap); // a missing flag is cached too: no disk lookups per paint
    return pixmap;
}
