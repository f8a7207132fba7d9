#include "geo/GdalSupport.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace careatlas::geo {

struct GdalErrorCollector::State {
    QStringList errors;
    QStringList warnings;
};

namespace {
void CPL_STDCALL collectError(CPLErr level, CPLErrorNum, const char *message)
{
    auto *state = static_cast<GdalErrorCollector::State *>(CPLGetErrorHandlerUserData());
    if (!state)
        return;
    const QString text = QString::fromUtf8(message ? message : "");
    if (level >= CE_Failure)
        state->errors << text;
    else if (level == CE_Warning)
        state->warnings << text;
}
} // namespace

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

GdalErrorCollector::GdalErrorCollector()
    : m_state(std::make_unique<State>())
{
    CPLPushErrorHandlerEx(collectError, m_state.get());
}

GdalErrorCollector::~GdalErrorCollector() { CPLPopErrorHandler(); }

QStringList GdalErrorCollector::errors() const { return m_state->errors; }
QStringList GdalErrorCollector::warnings() const { return m_state->warnings; }
QString GdalErrorCollector::lastError() const
{
    return m_state->errors.isEmpty() ? QString() : m_state->errors.last();
}

} // namespace careatlas::geo
