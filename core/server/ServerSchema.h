#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace careatlas {

class PgConnection;

// The schema of a server store (PostgreSQL 15 + PostGIS 3, docs/team.md), in the schema
// `careatlas` of one database:
//   area_levels, areas (MultiPolygon, EPSG:6668), category_groups, categories, flags,
//   resources (Point, EPSG:6668; the GeoPackage's columns), resource_areas, meta,
//   centre_areas (which areas each centre's role writes), tombstones, audit.
// Every shared row (areas, resources) has a UUID identity, a `version` (1 on insert, one more on
// every change) and a `change_seq` (from one sequence: what changed since a number) set by a
// trigger, whoever writes; a deletion leaves a tombstone; an audit trigger keeps who changed
// what, when, old and new row (jsonb); every change sends pg_notify on ServerChangeChannel.
//
// Roles, named after the database (ServerRoles): an owner that owns everything and that the
// application never uses (NOLOGIN), a read role (everyone reads everything), a write role and
// one role per centre (member of the write role). Row-level security on resources: a centre
// inserts, changes and deletes only resources whose point lies in one of its areas
// (careatlas.may_write(geom)); moving a resource into another centre's area is refused too.
inline constexpr int ServerSchemaVersion = 2;   // 2: sync_batches, vacancy_history (offline copies)
inline constexpr char ServerChangeChannel[] = "careatlas_changes";

struct ServerRoles {
    QString owner;
    QString read;
    QString write;
    // "<prefix>_owner", … where prefix is the database name in [a-z0-9_].
    static ServerRoles forDatabase(const QString &databaseName);
    // The role of one centre ("<prefix>_centre_<code>"); code in [a-z0-9_], else empty.
    QString centre(const QString &centreCode) const;
    QString prefix;
};

// The schema version the server holds; 0 when it has no CareAtlas schema.
Result<int> serverSchemaVersion(PgConnection &connection);

// Creates the schema, roles, triggers and policies, or brings an older schema forward; safe to
// run again. The connection must be allowed to create roles and the PostGIS extension (the
// database's superuser, e.g. `postgres`). StoreTooNew for a schema from a newer CareAtlas.
Status migrateServerSchema(PgConnection &admin);

// Defines a centre: its role (created when new, member of the write role) and the areas it
// writes (level code, area code); the areas listed replace the centre's earlier ones.
// Staff sign in with their own login roles, made members of the centre's role (docs/team.md).
Result<QString> defineCentre(PgConnection &admin, const QString &centreCode, const QList<QPair<QString, QString>> &areas);

// Makes an existing login (a person's own sign-in, e.g. made with `createuser`) a member of a
// role of this database: a centre's role or the read role. NotFound for an unknown login,
// InvalidArgument for a role that cannot sign in or is the owner (nobody works as the owner).
Status grantRole(PgConnection &admin, const QString &role, const QString &login);
// Whether `login` may be granted a role (grantRole's checks of the login alone).
Status checkLogin(PgConnection &admin, const QString &login);

} // namespace careatlas
