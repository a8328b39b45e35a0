package dev.retort;

import static dev.retort.Revisions.ids;
import static dev.retort.Revisions.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Targets on a history r0 → r1 → r2, r0 → s1, merged by m; {@link RetortTest} runs them on live databases. */
class TargetsTest {

    private static final Set<String> NOTHING = Set.of();
    private static final Set<String> EVERYTHING = Set.of("r0", "r1", "r2", "s1", "m");

    private final RevisionGraph graph = RevisionGraph.of(List.of(
            revision("r0", "app.V1"),
            revision("r1", "app.V2", "r0"),
            revision("r2", "app.V3", "r1"),
            revision("s1", "app.V4", "r0"),
            revision("m", "app.V5", "r2", "s1")));

    @Test
    void upgradesToTheHeadOrEveryHead() {
        assertEquals(List.of("r0", "r1", "r2", "s1", "m"), ids(Targets.toApply("head", graph, NOTHING)));
        assertEquals(List.of("s1", "m"), ids(Targets.toApply("heads", graph, Set.of("r0", "r1", "r2"))));
        assertEquals(List.of(), ids(Targets.toApply("head", graph, EVERYTHING)));
    }

    @Test
    void refusesHeadWhenTheHistoryHasSeveral() {
        RevisionGraph branched = RevisionGraph.of(graph.inOrder().subList(0, 4));
        assertFails("cannot upgrade to head: the history has 2 heads, r2 (app.V3), s1 (app.V4); upgrade to heads,"
                + " or to one of them by id", () -> Targets.toApply("head", branched, NOTHING));
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
    void refusesTargetsOfTheOtherDirectionAndMalformedCounts() {
        assertFails("base is a downgrade target; upgrade to head, heads, +N or a revision",
                () -> Targets.toApply("base", graph, NOTHING));
        assertFails("-1 is a downgrade target; upgrade to head, heads, +N or a revision",
                () -> Targets.toApply("-1", graph, NOTHING));
        assertFails("heads is an upgrade target; downgrade to -N, base or a revision",
                () -> Targets.toUndo("heads", graph, EVERYTHING));
        assertFails("+1 is an upgrade target; downgrade to -N, base or a revision",
                () -> Targets.toUndo("+1", graph, EVERYTHING));
        assertFails("'+0' is not a target: +N needs a whole number N of at least 1",
                () -> Targets.toApply("+0", graph, NOTHING));
        assertFails("'-x' is not a target: -N needs a whole number N of at least 1",
                () -> Targets.toUndo("-x", graph, EVERYTHING));
    }

    private static void assertFails(String message, Executable executable) {
        assertEquals(message, assertThrows(RetortException.class, executable).getMessage());
    }
}
