#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace careatlas::geo {

// Registers GDAL's drivers once (thread-safe); main() calls GDALAllRegister() too.
void ensureGdalRegistered();

// Collects the CPLError messages raised on this thread while it lives (RAII over
// CPLPushErrorHandlerEx), so a failed GDAL call can report GDAL's own words.
class GdalErrorCollector
{
public:
    GdalErrorCollector();
    ~GdalErrorCollector();
    GdalErrorCollector(const GdalErrorCollector &) = delete;
    GdalErrorCollector &operator=(const GdalErrorCollector &) = delete;

    QStringList errors() const;     // CE_Failure and CE_Fatal
    QStringList warnings() const;   // CE_Warning
    QString lastError() const;

    struct State;

private:
    std::unique_ptr<State> m_state;
};

} // namespace careatlas::geo
