#pragma once

#include "core/Catalogue.h"

#include <QList>
#include <QString>

#include <optional>

namespace careatlas {

// Publishers' types of service and facility → our category codes (Catalogue.h, docs/importing.md).
// Each function returns nullopt when it does not know the value; the caller reports it. A
// category comes only from what a row says it is — its service type, the MHLW service code,
// 医療機関の種類, a bed count — never from its 診療科目 (a hospital of 500 beds lists 歯科 too).

// A category code ("clinic") or a label in either language ("診療所", "Clinic") of `categories`.
std::optional<QString> categoryFromCodeOrLabel(const QString &text, const QList<Category> &categories);

// The 介護保険 service types of the MHLW 介護サービス情報公表システム open data, one file per
// code (jigyosho_<code>.csv): 110 訪問介護 … 780 地域密着型通所介護. Codes of the 2025-12 release.
struct MhlwService {
    const char *code;       // "550"
    const char *name;       // "介護医療院"
    const char *category;   // "care_medical_facility"
};
const QList<MhlwService> &mhlwServices();
std::optional<QString> categoryFromMhlwServiceCode(const QString &code);
// The service code in an MHLW file name ("jigyosho_550.csv" → "550"), empty when none.
QString mhlwServiceCodeOfFile(const QString &fileName);

// A care, housing, consultation or community service as named in 実施サービス, サービスの種類,
// サービス種別 or a free subtype: "地域密着型通所介護" → community_day_service, "介護医療院" →
// care_medical_facility, "ショートステイ（療養介護）" → short_stay_medical. Several services
// separated by 、 , ; or /: the first that maps wins, a 介護保険 service before a 総合事業 one.
// Children's and disability services (乳児院, 障害者, 放課後等デイ, …) give nullopt: they are
// never taken for the elderly services of the same name.
std::optional<QString> categoryFromServiceName(const QString &text);
bool isChildOrDisabilityService(const QString &text);

// 医療機関の種類 (病院, 有床診療所, 無床診療所, 診療所, 歯科, 歯科診療所, 薬局, 訪問看護…).
std::optional<QString> categoryFromMedicalKind(const QString &kind);

// A bed count as published ("19", "19（休床中）", "０"): the number, or nullopt.
std::optional<int> bedCount(const QString &text);
// The category a bed count means under 医療法 第1条の5: 20 or more → hospital, 1–19 →
// clinic_with_beds, 0 → clinic.
QString categoryFromBeds(int beds);

// ナビイ 機関区分: a code (1 病院, 2 診療所, 3 歯科診療所, 5 薬局) or its label.
std::optional<QString> categoryFromInstitutionKind(const QString &kind);

// 国土数値情報 P04_001 医療機関分類 (1 病院, 2 一般診療所, 3 歯科診療所).
std::optional<QString> categoryFromKsjMedicalCode(const QString &code);

// 国土数値情報 P14 福祉施設 (第2.1版) by its 小分類 code (6 digits) or, failing that, its 中分類
// code (4 digits): see docs/importing.md. Classes we have no category for give nullopt. A code
// that lost its leading zero in a numeric field (204) is read as the code (0204).
std::optional<QString> categoryFromKsjWelfareCode(const QString &middleCode, const QString &minorCode);

// The caremap layout's Type and SubType (e.g. 福祉施設 / 訪問介護). For Type 医療機関 (SubType:
// departments, which never decide) `name` decides between hospital and clinic: under 医療法
// 第3条 only a hospital may call itself 病院.
std::optional<QString> categoryFromCaremapType(const QString &type, const QString &subType, const QString &name);

// Flags a service name implies (認知症… → dementia).
QStringList flagsFromServiceName(const QString &text);

} // namespace careatlas
