#include "core/common/Log.h"

Q_LOGGING_CATEGORY(logStorage, "ordo.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(logSync, "ordo.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(logUi, "ordo.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(logBilling, "ordo.billing", QtInfoMsg)
Q_LOGGING_CATEGORY(logWorkflow, "ordo.workflow", QtInfoMsg)
Q_LOGGING_CATEGORY(logAccess, "ordo.access", QtInfoMsg)
