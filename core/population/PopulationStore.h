#pragma once

#include "core/Result.h"
#include "core/population/PopulationCsv.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace careatlas {

class Store;

// Population per area of one level (schema version 5, table ca_population): what rates per
// 1,000 older residents are computed from. One table per level, replaced as a whole by an import.
struct PopulationTable {
    QString levelCode;
    QDate asOf;                                 // 時点 of the figures; invalid when not known
    QString source;                             // the file's name
    QHash<QString, PopulationFigures> byArea;   // area code → figures
    bool isEmpty() const { return byArea.isEmpty(); }
};

struct PopulationImportReport {
    QString file;
    QString level;
    QString layout;                             // PopulationCsv::layout
    QString encoding;
    QDate asOf;
    QStringList ageColumns;                     // the columns 65+ and 75+ were summed from
    int rowsRead = 0;
    int areasMatched = 0;                       // areas of the level that got figures
    int areasOfLevel = 0;
    QStringList unmatched;                      // rows (code or name) that name no area of the level
    QStringList areasWithout;                   // areas of the level without figures ("code name")
    QStringList merged;                         // areas given by several rows, added together
    bool has65 = false;
    bool has75 = false;
};

// Reads a population table (PopulationCsv.h) and stores it for the areas of `levelCode`,
// matching rows to areas by code, then by name (width, kana and case folded; 小学校区, 校下,
// 圏域 … suffixes ignored). Replaces the level's earlier table; all or nothing. `asOf` overrides
// the date the file gives. Errors: FileNotFound, FileUnreadable, NotFound (no such level, or no
// row names an area of it: detail lists a few), the parser's, store errors.
Result<PopulationImportReport> importPopulation(Store &store, const QString &path, const QString &levelCode,
                                                std::optional<QDate> asOf = std::nullopt);

// The stored table of each level that has one (level code → table); empty on a store before version 5.
Result<QHash<QString, PopulationTable>> loadPopulation(const Store &store);

namespace schema {
// Version 5: ca_population. Idempotent.
Error applyVersion5(sqlite3 *db);
}

} // namespace careatlas
