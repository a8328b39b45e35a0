package com.example.school;

import dev.retort.testkit.RetortTestKit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The school's revisions, tested as pytest-alembic tests Alembic's: one head, base to head works, the database then
 * has the schema the revisions describe, and every revision's downgrade undoes its upgrade. The revisions are those
 * the annotation processor listed for the application, found as the application finds them at boot.
 */
class MigrationsTest {

    @TempDir
    Path directory;

    @Test
    void theHistoryHasASingleHead() {
        try (ThrowawayDatabase database = ThrowawayDatabase.create(ThrowawayDatabase.Kind.SQLITE, directory)) {
            RetortTestKit.forUrl(database.url()).assertSingleHead();
        }
    }

    @ParameterizedTest
    @EnumSource(ThrowawayDatabase.Kind.class)
    void upgradeFromBaseToHead(ThrowawayDatabase.Kind kind) {
        try (ThrowawayDatabase database = ThrowawayDatabase.create(kind, directory)) {
            RetortTestKit.forUrl(database.url()).assertUpgradeToHead();
        }
    }

    @ParameterizedTest
    @EnumSource(ThrowawayDatabase.Kind.class)
    void theDatabaseHasTheSchemaTheRevisionsDescribe(ThrowawayDatabase.Kind kind) {
        try (ThrowawayDatabase database = ThrowawayDatabase.create(kind, directory)) {
            RetortTestKit.forUrl(database.url()).assertNoDrift();
        }
    }

    @ParameterizedTest
    @EnumSource(ThrowawayDatabase.Kind.class)
    void everyDowngradeUndoesItsUpgrade(ThrowawayDatabase.Kind kind) {
        try (ThrowawayDatabase database = ThrowawayDatabase.create(kind, directory)) {
            RetortTestKit.forUrl(database.url()).assertStairway();
        }
    }
}
