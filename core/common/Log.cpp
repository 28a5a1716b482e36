#include "common/Log.h"

Q_LOGGING_CATEGORY(logStorage, "ordo.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(logSync, "ordo.sync", QtInfoMsg)
