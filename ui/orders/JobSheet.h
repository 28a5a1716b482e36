#pragma once

#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ordo {

class Database;

// The technician's job sheet of a saved order: customer, site, phone, job, lines, boxes for notes
// and signatures, as HTML to print or to write to a PDF.
class JobSheet final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::JobSheet)

public:
    static QString html(Database &db, Id orderId);
    // Asks whether to print (with a preview) or to save a PDF, and does it.
    static void printOrSave(QWidget *parent, Database &db, Id orderId);
    // Writes the PDF; says so in a message when it cannot.
    static bool writePdf(QWidget *parent, Database &db, Id orderId, const QString &pdfPath);
};

} // namespace ordo
