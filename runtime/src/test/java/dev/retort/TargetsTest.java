package dev.retort;

import static dev.retort.Revisions.ids;
import static dev.retort.Revisions.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every target form on a history r0 → r1 → r2, r0 → s1, merged by m, and on a labelled history with a dependency;
 * {@link RetortTest} and {@link CommandsTest} run them on live databases.
 */
class TargetsTest {

    private static final Set<String> NOTHING = Set.of();
    private static final Set<String> EVERYTHING = Set.of("r0", "r1", "r2", "s1", "m");

    private final RevisionGraph graph = RevisionGraph.of(List.of(
            revision("r0", "app.V1"),
            revision("r1", "app.V2", "r0"),
            revision("r2", "app.V3", "r1"),
            revision("s1", "app.V4", "r0"),
            revision("m", "app.V5", "r2", "s1")));

    /**
     * Two labelled branches: shop (a1 → a2 → a3) and net (n1 → n2 → n3), where n2 depends on a2 (Alembic's
     * networking example), on one base.
     */
    private final RevisionGraph labelled = RevisionGraph.of(List.of(
            revision("base0", "app.V0"),
            revision("a1", "app.V1", List.of("base0"), List.of(), List.of("shop")),
            revision("a2", "app.V2", "a1"),
            revision("a3", "app.V3", "a2"),
            revision("n1", "app.V4", List.of("base0"), List.of(), List.of("net")),
            revision("n2", "app.V5", List.of("n1"), List.of("a2"), List.of()),
            revision("n3", "app.V6", "n2")));

    @Test
    void upgradesToTheHeadOrEveryHead() {
        assertEquals(List.of("r0", "r1", "r2", "s1", "m"), ids(Targets.toApply("head", graph, NOTHING)));
        assertEquals(List.of("s1", "m"), ids(Targets.toApply("heads", graph, Set.of("r0", "r1", "r2"))));
        assertEquals(List.of(), ids(Targets.toApply("head", graph, EVERYTHING)));
    }

    @Test
    void refusesHeadWhenTheHistoryHasSeveral() {
        RevisionGraph branched = RevisionGraph.of(graph.inOrder().subList(0, 4));
        assertFails("cannot use head: the history has 2 heads, r2 (app.V3), s1 (app.V4); use heads, a branch label"
                + " or one of them by id", () -> Targets.toApply("head", branched, NOTHING));
        assertEquals(List.of("r0", "r1", "r2", "s1"), ids(Targets.toApply("heads", branched, NOTHING)));
    }

    @Test
    void upgradesByCount() {
        assertEquals(List.of("r1", "r2"), ids(Targets.toApply("+2", graph, Set.of("r0"))));
        assertFails("cannot upgrade +5: only 4 revision(s) are not applied yet",
                () -> Targets.toApply("+5", graph, Set.of("r0")));
    }

    @Test
    void upgradesToARevisionAndWhatItNeeds() {
        assertEquals(List.of("r0", "s1"), ids(Targets.toApply("s1", graph, NOTHING)));
        assertEquals(List.of("r0", "s1"), ids(Targets.toApply("s", graph, NOTHING)));
        assertEquals(List.of("r1", "r2", "m"), ids(Targets.toApply("m", graph, Set.of("r0", "s1"))));
        assertEquals(List.of(), ids(Targets.toApply("s1", graph, Set.of("r0", "s1"))));
        assertFails("the id prefix 'r' is ambiguous: it matches r0 (app.V1), r1 (app.V2), r2 (app.V3)",
                () -> Targets.toApply("r", graph, NOTHING));
    }

    @Test
    void movesAlongABranchFromARevision() {
        assertEquals(List.of("r0", "r1", "r2"), ids(Targets.toApply("r1+1", graph, NOTHING)));
        assertEquals(List.of("r0", "r1"), ids(Targets.toApply("r2-1", graph, NOTHING)));
        assertEquals(List.of("m", "r2"), ids(Targets.toUndo("r2-1", graph, EVERYTHING)));
        assertFails("cannot go 1 revision(s) after r0 (app.V1): r0 (app.V1) is a branch point, followed by r1, s1;"
                + " name one of them", () -> Targets.toApply("r0+1", graph, NOTHING));
        assertFails("cannot go 1 revision(s) before m (app.V5): m (app.V5) merges r2, s1; name one of them",
                () -> Targets.toUndo("head-1", graph, EVERYTHING));
        assertFails("cannot go 1 revision(s) before r0 (app.V1): r0 (app.V1) is a first revision; use base",
                () -> Targets.toUndo("r0-1", graph, EVERYTHING));
        assertFails("cannot go 3 revision(s) after r1 (app.V2): m (app.V5) is a head",
                () -> Targets.toApply("r1+3", graph, NOTHING));
    }

    @Test
    void refusesToUpgradeBackwards() {
        assertFails("cannot upgrade to r1 (app.V2): the database is past it, at r2, s1; downgrade to go back",
                () -> Targets.toApply("r1", graph, Set.of("r0", "r1", "r2", "s1")));
    }

    @Test
    void downgradesByCountToBaseAndToARevision() {
        assertEquals(List.of("m", "s1"), ids(Targets.toUndo("-2", graph, EVERYTHING)));
        assertEquals(List.of("m", "s1", "r2", "r1", "r0"), ids(Targets.toUndo("base", graph, EVERYTHING)));
        assertEquals(List.of("m", "r2"), ids(Targets.toUndo("r1", graph, EVERYTHING)));
        assertEquals(List.of(), ids(Targets.toUndo("r2", graph, Set.of("r0", "r1", "r2"))));
        assertFails("cannot downgrade -6: only 5 revision(s) are applied",
                () -> Targets.toUndo("-6", graph, EVERYTHING));
    }

    @Test
    void refusesToDowngradeForwards() {
        assertFails("cannot downgrade to s1 (app.V4): it is not applied; upgrade to go forward",
                () -> Targets.toUndo("s1", graph, Set.of("r0", "r1")));
    }

    @Test
    void upgradesALabelledBranchWithWhatItDependsOn() {
        assertEquals(List.of("base0", "a1", "a2", "n1", "n2", "n3"),
                ids(Targets.toApply("net@head", labelled, NOTHING)));
        assertEquals(List.of("base0", "a1", "a2", "a3"), ids(Targets.toApply("shop@head", labelled, NOTHING)));
        assertEquals(List.of("base0", "a1"), ids(Targets.toApply("shop", labelled, NOTHING)));
        assertEquals(List.of("base0", "n1"), ids(Targets.toApply("net@+1", labelled, NOTHING)));
        assertEquals(List.of("a1", "a2", "n2"), ids(Targets.toApply("net@+1", labelled, Set.of("base0", "n1"))));
        assertEquals(List.of("base0", "a1", "a2"), ids(Targets.toApply("shop@a2", labelled, NOTHING)));
        assertFails("no revision of branch shop has the id, id prefix or branch label 'n2'",
                () -> Targets.toApply("shop@n2", labelled, NOTHING));
        assertFails("cannot upgrade net@+4: only 3 revision(s) of branch net are not applied yet",
                () -> Targets.toApply("net@+4", labelled, NOTHING));
    }

    @Test
    void downgradesALabelledBranchAndWhatNeedsIt() {
        Set<String> all = Set.of("base0", "a1", "a2", "a3", "n1", "n2", "n3");
        assertEquals(List.of("n3", "n2", "n1"), ids(Targets.toUndo("net@base", labelled, all)));
        // Undoing a2 undoes n2, which depends on it, and n3 after n2.
        assertEquals(List.of("n3", "n2", "a3", "a2", "a1"), ids(Targets.toUndo("shop@base", labelled, all)));
        assertEquals(List.of("a3"), ids(Targets.toUndo("shop@-1", labelled, all)));
        assertEquals(List.of("n3", "n2", "a3", "a2"), ids(Targets.toUndo("shop@-2", labelled, all)));
        // Down to a2: a3 goes; n2, which only depends on a2, stays.
        assertEquals(List.of("a3"), ids(Targets.toUndo("a2", labelled, all)));
        assertFails("cannot downgrade net@-4: only 3 revision(s) of branch net are applied",
                () -> Targets.toUndo("net@-4", labelled, all));
        assertFails("no revision declares the branch label 'ship'; the labels are net, shop",
                () -> Targets.toUndo("ship@base", labelled, all));
    }

    @Test
    void stampsWithoutRunning() {
        assertEquals(EVERYTHING, Targets.stamped("heads", graph, NOTHING));
        assertEquals(EVERYTHING, Targets.stamped("head", graph, NOTHING));
        assertEquals(Set.of(), Targets.stamped("base", graph, EVERYTHING));
        assertEquals(Set.of("r0", "s1"), Targets.stamped("s1", graph, EVERYTHING));
        assertEquals(Set.of("r0", "r1"), Targets.stamped("+1", graph, Set.of("r0")));
        assertEquals(Set.of("r0", "r1", "r2", "s1"), Targets.stamped("-1", graph, EVERYTHING));
        assertEquals(Set.of("base0", "a1", "a2", "a3"),
                Targets.stamped("net@base", labelled, Set.of("base0", "a1", "a2", "a3", "n1")));
    }

    @Test
    void refusesTargetsOfTheOtherDirectionAndMalformedOnes() {
        assertFails("base is a downgrade target; upgrade to head, heads, +N, label@+N or a revision",
                () -> Targets.toApply("base", graph, NOTHING));
        assertFails("-1 is a downgrade target; upgrade to head, heads, +N, label@+N or a revision",
                () -> Targets.toApply("-1", graph, NOTHING));
        assertFails("shop@base is a downgrade target; upgrade to head, heads, +N, label@+N or a revision",
                () -> Targets.toApply("shop@base", labelled, NOTHING));
        assertFails("heads is an upgrade target; downgrade to base, label@base, -N, label@-N or a revision",
                () -> Targets.toUndo("heads", graph, EVERYTHING));
        assertFails("+1 is an upgrade target; downgrade to base, label@base, -N, label@-N or a revision",
                () -> Targets.toUndo("+1", graph, EVERYTHING));
        assertFails("'+0' is not a target: +N needs a whole number N of at least 1",
                () -> Targets.toApply("+0", graph, NOTHING));
        assertFails("'-x' is not a target: -N needs a whole number N of at least 1",
                () -> Targets.toUndo("-x", graph, EVERYTHING));
        assertFails("'r1+x' is not a target: +N needs a whole number N of at least 1",
                () -> Targets.toApply("r1+x", graph, NOTHING));
        assertFails("the target is empty; use head, heads, base, +N, -N or a revision",
                () -> Targets.toApply(" ", graph, NOTHING));
    }

    private static void assertFails(String message, Executable executable) {
        assertEquals(message, assertThrows(RetortException.class, executable).getMessage());
    }
}
