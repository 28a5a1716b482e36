// ordo-draw-icon: draws Ordo's application icon, once as SVG and once as PNG at each hicolor size,
// from the same shapes, so that the two never drift apart. Not installed; its output is committed
// under installer/linux/icons/ (run it again after changing a shape):
//
//   QT_QPA_PLATFORM=offscreen build/app/ordo-draw-icon installer/linux/icons installer/windows/ordo.ico
//
// The picture: a board of three columns of cards (the orders in their steps) on a blue tile, with
// an orange tick for the paid invoice. Drawn on a 256-unit square.

#include <QColor>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>
#include <QTextStream>

#include <cstdio>

namespace {

const QColor tile(0x1d, 0x4f, 0x91);
const QColor card(0xff, 0xff, 0xff);
const QColor badge(0xf2, 0x8c, 0x28);

struct Box
{
    qreal x, y, w, h, r;
};

// The tile, then the cards column by column: three, two, one.
constexpr Box tileBox{16, 16, 224, 224, 48};
constexpr Box cards[] = {
    {46, 52, 48, 36, 8}, {46, 98, 48, 36, 8}, {46, 144, 48, 36, 8},
    {104, 52, 48, 36, 8}, {104, 98, 48, 36, 8},
    {162, 52, 48, 36, 8},
};
constexpr qreal badgeX = 182, badgeY = 174, badgeR = 42;
constexpr QPointF tick[] = {{162, 175}, {177, 190}, {203, 161}};
constexpr qreal tickWidth = 13;

QString svg()
{
    QString out;
    QTextStream s(&out);
    s << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<!-- Ordo's icon, written by app/tools/draw-icon.cpp: change it there. -->\n"
      << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">\n";
    auto rect = [&](const Box &b, const QColor &c) {
        s << "  <rect x=\"" << b.x << "\" y=\"" << b.y << "\" width=\"" << b.w << "\" height=\"" << b.h << "\" rx=\"" << b.r
          << "\" fill=\"" << c.name() << "\"/>\n";
    };
    rect(tileBox, tile);
    for (const Box &b : cards)
        rect(b, card);
    s << "  <circle cx=\"" << badgeX << "\" cy=\"" << badgeY << "\" r=\"" << badgeR << "\" fill=\"" << badge.name()
      << "\" stroke=\"" << tile.name() << "\" stroke-width=\"6\"/>\n";
    s << "  <polyline points=\"";
    for (const QPointF &p : tick)
        s << p.x() << ',' << p.y() << ' ';
    s << "\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"" << tickWidth
      << "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n";
    s << "</svg>\n";
    return out;
}

QImage png(int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);
    p.setPen(Qt::NoPen);
    auto rect = [&](const Box &b, const QColor &c) {
        p.setBrush(c);
        p.drawRoundedRect(QRectF(b.x, b.y, b.w, b.h), b.r, b.r);
    };
    rect(tileBox, tile);
    for (const Box &b : cards)
        rect(b, card);
    p.setBrush(badge);
    p.setPen(QPen(tile, 6));
    p.drawEllipse(QPointF(badgeX, badgeY), badgeR, badgeR);
    p.setPen(QPen(Qt::white, tickWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(tick, 3);
    p.end();
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: ordo-draw-icon ICONS_FOLDER [WINDOWS_ICO]\n");
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    const QString name = QStringLiteral("app.ordo.Ordo");
    root.mkpath(QStringLiteral("scalable/apps"));
    QFile file(root.filePath(QStringLiteral("scalable/apps/%1.svg").arg(name)));
    if (!file.open(QIODevice::WriteOnly) || file.write(svg().toUtf8()) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        root.mkpath(folder);
        if (!png(size).save(root.filePath(folder + QStringLiteral("/%1.png").arg(name)))) {
            std::fprintf(stderr, "cannot write the %d px icon\n", size);
            return 1;
        }
    }
    // Windows' .exe and installer icon (Qt's ICO writer: one image).
    if (argc == 3 && !png(128).save(QString::fromLocal8Bit(argv[2]), "ICO")) {
        std::fprintf(stderr, "cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
