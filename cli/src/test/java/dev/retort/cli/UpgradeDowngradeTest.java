package dev.retort.cli;

import static dev.retort.cli.CliRunner.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import dev.retort.cli.CliRunner.Result;
import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** upgrade and downgrade, for people and for programs, with progress on standard error. */
class UpgradeDowngradeTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeAppliesTheRevisionsAndSaysWhichWithProgressOnStandardError(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Result result = cli().run("upgrade", "head", "--url", database.url()).assertExit(Exit.OK);

            assertEquals("""
                    Applied 4 revisions (upgrade head):
                      a1  create customers
                      b2  create orders
                      c3  add customer phone
                      d4  merge b2 and c3
                    """, result.out());
            List<String> progress = result.err().lines().toList();
            assertEquals(8, progress.size(), result.err());
            assertEquals("[1/4] upgrade a1, create customers ...", progress.get(0));
            assertTrue(progress.get(1).matches("\\[1/4] done in \\d+ ms \\(\\d+ ms elapsed\\)"), progress.get(1));
            assertEquals("[4/4] upgrade d4, merge b2 and c3 ...", progress.get(6));
            assertTrue(progress.get(7).startsWith("[4/4] done in "), progress.get(7));
            assertEquals(List.of("d4"), ids(Retort.at(database.url()).current()));

            Result again = cli().run("upgrade", "head", "--url", database.url()).assertExit(Exit.OK);
            assertEquals("Nothing to upgrade: the database is already at head.\n", again.out());
            assertEquals("", again.err());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeAndDowngradeInJson(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            JsonNode upgrade = cli().run("upgrade", "+2", "--url", database.url(), "--json", "--quiet")
                    .assertExit(Exit.OK).json();
            assertEquals("upgrade", upgrade.get("command").asText());
            assertEquals(0, upgrade.get("exitCode").asInt());
            assertEquals("+2", upgrade.get("target").asText());
            assertEquals(List.of("a1", "b2"), ids(upgrade.get("applied")));
            JsonNode b2 = upgrade.get("applied").get(1);
            assertEquals("create orders", b2.get("message").asText());
            assertEquals("dev.retort.cli.CliRevisions$B2Orders", b2.get("class").asText());
            assertEquals(List.of("a1"), texts(b2.get("parents")));
            assertTrue(b2.get("applied").asBoolean());
            assertTrue(b2.get("transactional").asBoolean());
            assertEquals(0, b2.get("dependsOn").size());
            assertEquals(0, b2.get("branchLabels").size());

            Result quiet = cli().run("upgrade", "heads", "--url", database.url(), "--json", "--quiet");
            assertEquals(List.of("c3", "d4"), ids(quiet.assertExit(Exit.OK).json().get("applied")));
            assertEquals("", quiet.err(), "--quiet writes no progress");

            Result downgrade = cli().run("downgrade", "-1", "--url", database.url()).assertExit(Exit.OK);
            assertEquals("Undid 1 revision (downgrade -1):\n  d4  merge b2 and c3\n", downgrade.out());
            assertTrue(downgrade.err().startsWith("[1/1] downgrade d4, merge b2 and c3 ...\n"), downgrade.err());

            JsonNode toBase = cli().run("downgrade", "base", "--url", database.url(), "--json").assertExit(Exit.OK)
                    .json();
            assertEquals("downgrade", toBase.get("command").asText());
            assertEquals(List.of("c3", "b2", "a1"), ids(toBase.get("undone")));
            assertEquals(List.of(), ids(Retort.at(database.url()).current()));

            Result nothing = cli().run("downgrade", "base", "--url", database.url()).assertExit(Exit.OK);
            assertEquals("Nothing to downgrade: the database is already at base.\n", nothing.out());
        }
    }

    static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }

    static List<String> ids(JsonNode revisions) {
        List<String> ids = new ArrayList<>();
        revisions.forEach(revision -> ids.add(revision.get("id").asText()));
        return ids;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asText()));
        return texts;
    }
}
