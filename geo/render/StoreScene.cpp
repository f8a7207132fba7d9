#include "geo/render/StoreScene.h"

#include "core/import/ResourceRelease.h"
#include "core/store/Store.h"

namespace careatlas::geo {

Error readSceneCatalogue(const Store &store, MapSceneInput &input)
{
    auto categories = store.categories();
    if (!categories)
        return categories.error();
    input.categories = *categories;
    auto groups = store.categoryGroups();
    if (!groups)
        return groups.error();
    input.groups = *groups;
    if (auto label = store.metaValue(QStringLiteral("dataset_label_ja")))
        input.datasetLabelJa = *label;
    if (auto label = store.metaValue(QStringLiteral("dataset_label_en")))
        input.datasetLabelEn = *label;
    return Error(ErrorCode::None);
}

Result<MapScenePointer> buildSceneFromStore(const QString &storePath, const std::atomic_bool *cancel)
{
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    if (!store)
        return store.error();
    MapSceneInput input;
    input.sourcePath = storePath;
    auto levels = (*store)->areaLevels();
    if (!levels)
        return levels.error();
    input.levels = *levels;
    for (const AreaLevel &level : input.levels) {
        auto areas = (*store)->areas(level.code);
        if (!areas)
            return areas.error();
        input.areas.insert(level.code, *areas);
        auto outlines = readAreaOutlines(**store, level.code);
        if (!outlines)
            return outlines.error();
        input.outlines.insert(level.code, *outlines);
    }
    auto resources = (*store)->resources();
    if (!resources)
        return resources.error();
    input.resources = std::move(*resources);
    if (Error error = readSceneCatalogue(**store, input); error.code != ErrorCode::None)
        return error;
    if (cancel && cancel->load())
        return Error(ErrorCode::Cancelled);
    return buildScene(input, cancel);
}

Result<std::shared_ptr<const std::vector<bool>>> currentResourcesMask(const MapScene &scene, const QString &storePath)
{
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    if (!store)
        return store.error();
    auto retired = retiredDates((*store)->handle());
    if (!retired)
        return retired.error();
    if (retired->isEmpty())
        return std::shared_ptr<const std::vector<bool>>();
    auto mask = std::make_shared<std::vector<bool>>(scene.resources.size(), true);
    for (auto it = retired->constBegin(); it != retired->constEnd(); ++it)
        if (const int i = scene.resourceIndex.value(it.key(), -1); i >= 0 && i < int(mask->size()))
            (*mask)[i] = false;
    return std::shared_ptr<const std::vector<bool>>(std::move(mask));
}

} // namespace careatlas::geo
