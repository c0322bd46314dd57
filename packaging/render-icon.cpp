// farsight-render-icon SVG PNG SIZE: renders the application icon at one size for the hicolor theme at build time
// (packaging/CMakeLists.txt), so the PNGs always match resources/icons/farsight.svg. A build tool; not installed.

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

int main(int argc, char **argv)
{
    // No QGuiApplication: raster painting into a QImage needs none (and no platform, runtime dir or display).
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    bool ok = false;
    const int size = args.value(3).toInt(&ok);
    if (args.size() != 4 || !ok || size < 8 || size > 1024)
        return 2;
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid())
        return 1;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    return image.save(args.at(2), "PNG") ? 0 : 1;
}
