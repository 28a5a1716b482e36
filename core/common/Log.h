#pragma once

#include <QLoggingCategory>

// One logging category per area, for errors that are not shown to the user:
// QT_LOGGING_RULES="ordo.*.debug=true" shows everything.
Q_DECLARE_LOGGING_CATEGORY(logStorage)
Q_DECLARE_LOGGING_CATEGORY(logSync)
Q_DECLARE_LOGGING_CATEGORY(logUi)
Q_DECLARE_LOGGING_CATEGORY(logBilling)
Q_DECLARE_LOGGING_CATEGORY(logWorkflow)
Q_DECLARE_LOGGING_CATEGORY(logAccess)
