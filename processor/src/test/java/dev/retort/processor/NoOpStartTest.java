package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ChangedRevisionsException;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import dev.retort.processor.ThrowawayProject.Build;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The index the processor writes lets the runtime start without loading a revision when there is nothing to do; an
 * edit of a revision's source makes it load and replay them again, and an edit of what an applied revision does is
 * still refused.
 */
class NoOpStartTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aBuiltProjectStartsWithoutLoadingItsRevisionsUntilOneIsEdited(TestDatabase.Kind kind) throws Exception {
        ThrowawayProject project = new ThrowawayProject(directory.resolve("shop"));
        Shop.writeFirstVersion(project);
        succeeded(project.compile("2026-03-02T09:15:00Z"));
        Shop.writeSecondVersion(project);
        Build built = succeeded(project.compile("2026-03-09T14:40:00Z"));
        Path second = newestRevision(project);

        try (TestDatabase database = TestDatabase.create(kind)) {
            assertEquals(2, upgrade(database, built).applied().size());
            assertEquals(List.of(), upgrade(database, built).loaded(), "nothing to do, nothing loaded");

            // A comment changes the source, not what it does: one replay, then starts load nothing again.
            Files.writeString(second, Files.readString(second).replace("public final class",
                    "// reviewed\npublic final class"));
            Build commented = succeeded(project.compile("2026-03-10T08:00:00Z"));
            Start replayed = upgrade(database, commented);
            assertEquals(List.of(), replayed.applied());
            assertEquals(2, replayed.loaded().size(), "both revisions replayed: " + replayed.loaded());
            assertEquals(List.of(), upgrade(database, commented).loaded());

            // What the applied revision does changes: refused, as always.
            String source = Files.readString(second);
            String edited = source.replaceFirst("op\\.addColumn\\(",
                    "op.execute(\"SELECT 1\");\n        op.addColumn(");
            assertTrue(!edited.equals(source), source);
            Files.writeString(second, edited);
            Build changed = succeeded(project.compile("2026-03-10T09:00:00Z"));
            try (URLClassLoader classes = new URLClassLoader(new URL[] {changed.classes().toUri().toURL()},
                    NoOpStartTest.class.getClassLoader())) {
                ChangedRevisionsException refused = assertThrows(ChangedRevisionsException.class,
                        () -> Retort.at(database.url()).withClassLoader(classes).upgrade("head"));
                assertEquals(1, refused.mismatches().size());
            }
        }
    }

    /** What an upgrade to head applied, and which revision classes it loaded. */
    private record Start(List<RevisionInfo> applied, List<String> loaded) {}

    private static Start upgrade(TestDatabase database, Build build) throws IOException, SQLException {
        List<String> loaded = new ArrayList<>();
        try (URLClassLoader classes = new URLClassLoader(new URL[] {build.classes().toUri().toURL()},
                NoOpStartTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith(Shop.MIGRATIONS + ".")) {
                    loaded.add(name);
                }
                return super.loadClass(name, resolve);
            }
        }) {
            List<RevisionInfo> applied = Retort.at(database.url()).withClassLoader(classes).upgrade("head");
            assertEquals(List.of(), unfingerprinted(database), "every upgrade row has its fingerprint");
            return new Start(applied, loaded);
        }
    }

    private static List<String> unfingerprinted(TestDatabase database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT revision FROM retort_history"
                        + " WHERE direction = 'upgrade' AND success AND fingerprint IS NULL")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static Path newestRevision(ThrowawayProject project) throws IOException {
        try (Stream<Path> files = Files.list(project.sourceRoot().resolve(Shop.MIGRATIONS.replace('.', '/')))) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    private static Build succeeded(Build build) {
        assertTrue(build.succeeded(), ThrowawayProject.describe(build.diagnostics()));
        return build;
    }
}
