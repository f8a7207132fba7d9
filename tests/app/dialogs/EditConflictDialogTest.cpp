#include "app/dialogs/EditConflictDialog.h"

#include <catch2/catch.hpp>

#include <QRadioButton>

using namespace careatlas;

namespace {

ResourceConflict phoneAndNameConflict()
{
    ResourceConflict conflict;
    conflict.base.id = 7;
    conflict.base.version = 3;
    conflict.base.categoryCode = QStringLiteral("home_visit_nursing");
    conflict.base.name = QString::fromUtf8("あおぞら");
    conflict.base.phone = QStringLiteral("1");
    conflict.mine = conflict.base;
    conflict.mine.name = QString::fromUtf8("あおぞら駅前");
    conflict.mine.phone = QStringLiteral("2");
    conflict.mine.notes = QString::fromUtf8("土曜休み");
    conflict.theirs = conflict.base;
    conflict.theirs.version = 4;
    conflict.theirs.name = QString::fromUtf8("あおぞら本町");
    conflict.theirs.phone = QStringLiteral("3");
    conflict.theirs.fax = QStringLiteral("9");
    conflict.fields = {ResourceField::Name, ResourceField::Phone};
    return conflict;
}

} // namespace

TEST_CASE("The conflict dialog shows theirs and mine for each clashing field and saves the user's choice", "[app][dialogs][versions]")
{
    EditConflictDialog dialog(phoneAndNameConflict(), {});
    const auto buttons = dialog.findChildren<QRadioButton *>();
    REQUIRE(buttons.size() == 4);
    CHECK(dialog.findChild<QRadioButton *>(QStringLiteral("theirs_name"))->text() == QString::fromUtf8("あおぞら本町"));
    CHECK(dialog.findChild<QRadioButton *>(QStringLiteral("mine_name"))->text() == QString::fromUtf8("あおぞら駅前"));

    // Mine by default; theirs chosen for the phone.
    dialog.findChild<QRadioButton *>(QStringLiteral("theirs_phone"))->setChecked(true);
    const Resource resolved = dialog.resolved();
    CHECK(resolved.name == QString::fromUtf8("あおぞら駅前"));
    CHECK(resolved.phone == QStringLiteral("3"));
    CHECK(resolved.notes == QString::fromUtf8("土曜休み"));   // my change that did not clash
    CHECK(resolved.fax == QStringLiteral("9"));                // their change that did not clash
    CHECK(resolved.version == 4);                               // saved on their version
}
