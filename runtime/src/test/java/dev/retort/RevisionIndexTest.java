package dev.retort;

import static dev.retort.LiveDatabase.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.SampleRevisions.R1CreateUser;
import dev.retort.SampleRevisions.R2CreateOrder;
import dev.retort.SampleRevisions.R3AddNote;
import dev.retort.annotations.Revision;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding revisions through {@value RevisionIndex#RESOURCE} resources, as the annotation processor writes them. */
class RevisionIndexTest {

    public static final class NotAnnotated implements Migration {
        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    }

    @Revision(id = "x1")
    public static final class NotAMigration {}

    @Revision(id = "x2")
    public static final class NeedsAnArgument implements Migration {
        public NeedsAnArgument(String argument) {}

        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    }

    @Revision(id = "x3")
    public static final class FailsToStart implements Migration {
        public FailsToStart() {
            throw new IllegalStateException("no configuration");
        }

        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    }

    @TempDir
    Path temp;

    @Test
    void loadsTheClassesOfEveryIndexResourceSkippingCommentsAndBlankLines() throws IOException {
        Path first = index("first", "# written by the Retort annotation processor", R1CreateUser.class.getName(), "",
                "  " + R2CreateOrder.class.getName() + "  # the orders");
        Path second = index("second", R3AddNote.class.getName(), R1CreateUser.class.getName());
        try (URLClassLoader loader = loader(first, second)) {
            List<LoadedRevision> revisions = RevisionIndex.load(loader);

            assertEquals(List.of("a1", "b2", "c3"), Revisions.ids(revisions));
            assertEquals(R2CreateOrder.class.getName(), revisions.get(1).className());
        }
    }

    @Test
    void upgradesWithTheRevisionsTheClassLoaderFinds() throws IOException, SQLException {
        Path index = index("app", R1CreateUser.class.getName(), R2CreateOrder.class.getName(),
                R3AddNote.class.getName());
        try (URLClassLoader loader = loader(index); TestDatabase database = TestDatabase.sqlite()) {
            Retort retort = Retort.at(database.url()).withClassLoader(loader);

            assertEquals(List.of("a1", "b2", "c3"), SampleRevisions.ids(retort.upgrade("head")));
            assertEquals(Set.of("c3"), versionRows(database));
        }
    }

    @Test
    void readsTheDescriptionsOfFormatTwoWithoutLoadingAClass() throws IOException {
        String fingerprint = "0123456789abcdef".repeat(4);
        Path index = index("described", "# Format 2",
                "#= id=zz transactional=true",
                "com.example.V1",
                "#= id=v1 parents= dependsOn= branchLabels=billing transactional=false fingerprint=" + fingerprint,
                "com.example.V2",
                "#= id=v2 parents=v1,x dependsOn=y branchLabels= transactional=true fingerprint=NOT-HEX later=field",
                "com.example.V3",
                "com.example.V4",
                "#= id=v4 parents=v3 transactional=maybe");
        try (URLClassLoader loader = loader(index)) {
            List<RevisionIndex.Entry> entries = RevisionIndex.read(loader);

            assertEquals(List.of("com.example.V1", "com.example.V2", "com.example.V3", "com.example.V4"),
                    entries.stream().map(RevisionIndex.Entry::className).toList());
            assertEquals(new LoadedRevision("v1", List.of(), List.of(), List.of("billing"), false, "",
                    "com.example.V1", null, fingerprint), entries.get(0).described());
            assertEquals(new LoadedRevision("v2", List.of("v1", "x"), List.of("y"), List.of(), true, "",
                    "com.example.V2", null, null), entries.get(1).described(), "a fingerprint must be 64 hex digits");
            assertEquals(null, entries.get(2).described(), "a class without description");
            assertEquals(null, entries.get(3).described(), "a description it cannot read");
            assertEquals(null, RevisionIndex.described(entries), "the index does not describe every revision");
            assertEquals(2, RevisionIndex.described(entries.subList(0, 2)).size());
        }
    }

    @Test
    void findsNoRevisionsWithoutAnIndex() throws IOException {
        try (URLClassLoader loader = loader(Files.createDirectories(temp.resolve("empty")))) {
            assertEquals(List.of(), RevisionIndex.load(loader));
        }
    }

    @Test
    void namesTheClassAndTheResourceOfARevisionItCannotLoad() throws IOException {
        assertRefused("dev.retort.Missing",
                "revision class dev.retort.Missing (listed in %s) is not on the class path");
        assertRefused(NotAnnotated.class.getName(), "revision class " + NotAnnotated.class.getName()
                + " (listed in %s) is not annotated @dev.retort.annotations.Revision");
        assertRefused(NotAMigration.class.getName(), "revision class " + NotAMigration.class.getName()
                + " (listed in %s) does not implement dev.retort.Migration");
        assertRefused(NeedsAnArgument.class.getName(), "revision class " + NeedsAnArgument.class.getName()
                + " (listed in %s) has no public constructor without arguments");
        assertRefused(FailsToStart.class.getName(), "revision class " + FailsToStart.class.getName()
                + " (listed in %s) could not be created: its constructor threw java.lang.IllegalStateException:"
                + " no configuration");
    }

    @Test
    void namesTheClassOfAnExplicitRevisionItCannotUse() {
        Retort retort = Retort.at("jdbc:sqlite::memory:").withRevisions(List.of(NotAnnotated.class));

        RetortException e = assertThrows(RetortException.class, retort::history);

        assertEquals("revision class " + NotAnnotated.class.getName() + " (given to withRevisions) is not annotated"
                + " @dev.retort.annotations.Revision", e.getMessage());
    }

    private void assertRefused(String className, String messageFormat) throws IOException {
        Path index = index(className.replace('$', '_'), className);
        URL resource = index.resolve(RevisionIndex.RESOURCE).toUri().toURL();
        try (URLClassLoader loader = loader(index)) {
            RetortException e = assertThrows(RetortException.class, () -> RevisionIndex.load(loader));
            assertEquals(String.format(messageFormat, resource), e.getMessage());
        }
    }

    /** A class path entry holding an index resource with these lines. */
    private Path index(String name, String... lines) throws IOException {
        Path root = temp.resolve(name);
        Path resource = root.resolve(RevisionIndex.RESOURCE);
        Files.createDirectories(resource.getParent());
        Files.write(resource, List.of(lines), StandardCharsets.UTF_8);
        return root;
    }

    private static URLClassLoader loader(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        return new URLClassLoader(urls, RevisionIndexTest.class.getClassLoader());
    }
}
