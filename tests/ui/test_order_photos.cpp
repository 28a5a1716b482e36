#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/people/Accounts.h"
#include "core/usecases/FieldWork.h"
#include "core/usecases/VisitBooking.h"
#include "ui/orders/OrderEditor.h"

#include "support/Team.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QTabWidget>

using namespace ordo;
using namespace ordo::test;

namespace {

qint64 madrid(int h, int min = 0)
{
    return QDateTime(QDate(2026, 11, 24), QTime(h, min), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
}

// A real picture, as a phone's camera or signature pad sends it.
QByteArray png(const QColor &colour)
{
    QImage image(160, 120, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestOrderPhotos final : public QObject
{
    Q_OBJECT

private slots:
    void thePhonesPhotosAndSignatureAreInTheOrder()
    {
        UiDatabase db;
        auto team = makeTeam(*db);
        QVERIFY(team.ok());
        const Actor owner = *Accounts(*db).actorFor(team->pilar);
        Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(8, 30)));
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));

        // Without pictures there is no Photos tab.
        {
            OrderEditor editor(Session{*db, owner}, order.id);
            auto *tabs = editor.findChild<QTabWidget *>();
            QVERIFY(!tabs->isTabVisible(tabs->indexOf(editor.findChild<QWidget *>(QStringLiteral("orderPhotos")))));
        }

        auto visit = VisitBooking(*db).book({order.id, team->ruben, madrid(9), madrid(13), AppointmentKind::Installation, {}}, owner);
        QVERIFY2(visit.ok(), qPrintable(visit ? QString() : visit.error().message));
        // The phone sends what it did once back online, in the afternoon.
        Clock::Override afternoon(QDateTime::fromSecsSinceEpoch(madrid(13)));
        FieldWork field(*db);
        const auto act = [&](const QString &key, const QString &type, qint64 at, QVariantMap payload = {}) {
            auto done = field.apply(team->ruben, FieldAction{key, visit->appointment.id, type, at, payload});
            QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
        };
        act(QStringLiteral("k1"), QStringLiteral("arrived"), madrid(9, 5));
        act(QStringLiteral("k2"), QStringLiteral("photo"), madrid(9, 40),
            {{QStringLiteral("mime"), QStringLiteral("image/png")}, {QStringLiteral("data"), QString::fromLatin1(png(Qt::darkCyan).toBase64())}});
        act(QStringLiteral("k3"), QStringLiteral("signature"), madrid(12, 50),
            {{QStringLiteral("name"), QStringLiteral("Carmen López")}, {QStringLiteral("png"), QString::fromLatin1(png(Qt::white).toBase64())}});

        OrderEditor editor(Session{*db, owner}, order.id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *tabs = editor.findChild<QTabWidget *>();
        QWidget *photos = child<QWidget>(editor, "orderPhotos");
        QVERIFY(tabs->isTabVisible(tabs->indexOf(photos)));
        tabs->setCurrentWidget(photos);
        auto *photo = child<QLabel>(editor, "orderPhoto");
        QVERIFY(!photo->pixmap().isNull());
        QCOMPARE(photo->pixmap().toImage().pixelColor(photo->pixmap().width() / 2, photo->pixmap().height() / 2),
                 QColor(Qt::darkCyan));
        QVERIFY(!child<QLabel>(editor, "orderSignature")->pixmap().isNull());
        QStringList captions;
        for (auto *caption : editor.findChildren<QLabel *>(QStringLiteral("pictureCaption")))
            captions << caption->text();
        QVERIFY2(captions.contains(QStringLiteral("Signed by Carmen López at 12:50")), qPrintable(captions.join(u'|')));
        QVERIFY2(captions.contains(QStringLiteral("Photo taken at 09:40")), qPrintable(captions.join(u'|')));

        // A click opens the photo at its full size, beside the order.
        QVERIFY(!editor.findChild<QDialog *>(QStringLiteral("pictureViewer")));
        QTest::mouseClick(photo, Qt::LeftButton);
        auto *viewer = editor.findChild<QDialog *>(QStringLiteral("pictureViewer"));
        QVERIFY(viewer);
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        auto *full = child<QLabel>(*viewer, "pictureFull");
        const QImage original = QImage::fromData(png(Qt::darkCyan));
        QCOMPARE(full->pixmap().size(), original.size());
        QCOMPARE(viewer->windowTitle(), QStringLiteral("Photo taken at 09:40"));
        viewer->close();
    }
};

int main(int argc, char **argv)
{
    pinEnvironment();
    QApplication app(argc, argv);
    installTranslations(app, QLocale(QLocale::English));
    TestOrderPhotos test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_order_photos.moc"
