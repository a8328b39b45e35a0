package dev.retort;

import static dev.retort.Revisions.ids;
import static dev.retort.Revisions.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RevisionGraphTest {

    @Test
    void ordersALinearHistory() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                revision("c3", "app.V3", "b2"), revision("a1", "app.V1"), revision("b2", "app.V2", "a1")));
        assertEquals(List.of("a1", "b2", "c3"), ids(graph.inOrder()));
        assertEquals(List.of("c3"), ids(graph.heads()));
        assertEquals(Set.of("a1", "b2"), graph.withAncestors(List.of("b2")));
        assertEquals(Set.of("b2", "c3"), graph.branchDescendants("a1"));
        assertEquals(Set.of(), graph.branchDescendants("c3"));
        assertEquals(List.of(), graph.branchPoints());
    }

    @Test
    void breaksTiesByClassNameOnBranches() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                revision("root", "app.V1"),
                revision("x", "app.V3_x", "root"),
                revision("y", "app.V2_y", "root"),
                revision("x2", "app.V4_x2", "x")));
        assertEquals(List.of("root", "y", "x", "x2"), ids(graph.inOrder()));
        assertEquals(List.of("y", "x2"), ids(graph.heads()));
        assertEquals(Set.of("y", "x"), graph.headsOf(Set.of("root", "x", "y")));
        assertEquals(List.of("root"), ids(graph.branchPoints()));
        assertEquals(List.of("y", "x"), graph.children("root"));
    }

    @Test
    void mergesBranches() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                revision("a", "app.V1"),
                revision("b", "app.V2", "a"),
                revision("c", "app.V3", "a"),
                revision("m", "app.V4", "b", "c")));
        assertEquals(List.of("a", "b", "c", "m"), ids(graph.inOrder()));
        assertEquals(List.of("m"), ids(graph.heads()));
        assertEquals(Set.of("b", "c"), graph.headsOf(Set.of("a", "b", "c")));
        assertEquals(Set.of("m"), graph.headsOf(Set.of("a", "b", "c", "m")));
        assertEquals(Set.of("a", "b", "c", "m"), graph.withAncestors(List.of("m")));
        assertEquals(Set.of("m"), graph.branchDescendants("c"));
    }

    /** Alembic's example: networking's 2a95 depends on account's 55af without merging the branches. */
    @Test
    void ordersByDependenciesWithoutMergingTheirBranches() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                revision("acc1", "app.V1"),
                revision("acc2", "app.V2", "acc1"),
                revision("net1", "app.V0_net1"),
                revision("net2", "app.V0_net2", List.of("net1"), List.of("acc2"), List.of())));
        assertEquals(List.of("net1", "acc1", "acc2", "net2"), ids(graph.inOrder()));
        // acc2 is only an "effective head": nothing follows it, but net2 needs it.
        assertEquals(List.of("net2"), ids(graph.heads()));
        assertEquals(Set.of("acc1", "acc2", "net1", "net2"), graph.withAncestors(List.of("net2")));
        assertEquals(Set.of("acc2", "net2"), graph.withDescendants(List.of("acc2")));
        assertEquals(Set.of(), graph.branchDescendants("acc2"));
        assertEquals(List.of("net2"), graph.dependents("acc2"));
        // The version table keeps a row per branch until the dependent is applied, then only the dependent's.
        assertEquals(Set.of("acc2", "net1"), graph.headsOf(Set.of("acc1", "acc2", "net1")));
        assertEquals(Set.of("net2"), graph.headsOf(Set.of("acc1", "acc2", "net1", "net2")));
    }

    @Test
    void appliesBranchLabelsToTheBranchAroundTheirRevision() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                revision("a", "app.V1"),
                revision("b", "app.V2", "a"),
                revision("c1", "app.V3", "b"),
                revision("c2", "app.V4", List.of("c1"), List.of(), List.of("cart")),
                revision("c3", "app.V5", "c2"),
                revision("d1", "app.V6", "b"),
                revision("n1", "app.V7", List.of(), List.of(), List.of("net", "infra"))));
        BranchLabels labels = graph.labels();
        // Up to, not including, the branch point b; down to the end of the branch.
        assertEquals(List.of("c1", "c2", "c3"), ids(labels.members("cart")));
        assertEquals(List.of("cart"), labels.of("c1"));
        assertEquals(List.of(), labels.of("b"));
        assertEquals(List.of("infra", "net"), labels.of("n1"));
        assertEquals("c3", labels.head("cart").id());
        assertEquals("c2", graph.resolve("cart").id());
        assertEquals(List.of("cart"), graph.info(graph.get("c3"), false).branchLabels());
        assertFails("no revision declares the branch label 'shop'; the labels are cart, infra, net",
                () -> labels.members("shop"));
    }

    @Test
    void refusesDuplicateIdsAndLabels() {
        assertFails("revision id a is declared by both app.V1 and app.V2", () -> RevisionGraph.of(List.of(
                revision("a", "app.V1"), revision("a", "app.V2"))));
        assertFails("branch label x is declared by both a (app.V1) and b (app.V2)", () -> RevisionGraph.of(List.of(
                revision("a", "app.V1", List.of(), List.of(), List.of("x")),
                revision("b", "app.V2", List.of("a"), List.of(), List.of("x")))));
        assertFails("branch label a of revision b (app.V2) is also the id of revision a (app.V1)",
                () -> RevisionGraph.of(List.of(revision("a", "app.V1"),
                        revision("b", "app.V2", List.of("a"), List.of(), List.of("a")))));
    }

    @Test
    void refusesUnknownParentsAndDependencies() {
        assertFails("revision b (app.V2) has parent zz, which no revision declares", () -> RevisionGraph.of(List.of(
                revision("a", "app.V1"), revision("b", "app.V2", "zz"))));
        assertFails("revision b (app.V2) depends on zz, which no revision declares", () -> RevisionGraph.of(List.of(
                revision("a", "app.V1"), revision("b", "app.V2", List.of("a"), List.of("zz"), List.of()))));
    }

    @Test
    void refusesCycles() {
        assertFails("the revisions form a cycle: a (app.V1) has parent c, c (app.V3) has parent b,"
                + " b (app.V2) has parent a", () -> RevisionGraph.of(List.of(
                        revision("root", "app.V0"),
                        revision("a", "app.V1", "c"),
                        revision("b", "app.V2", "a"),
                        revision("c", "app.V3", "b", "root"))));
        assertFails("the revisions form a cycle: a (app.V1) has parent a", () -> RevisionGraph.of(List.of(
                revision("a", "app.V1", "a"))));
        assertFails("the revisions form a cycle: a (app.V1) has parent b, b (app.V2) depends on a",
                () -> RevisionGraph.of(List.of(
                        revision("a", "app.V1", "b"),
                        revision("b", "app.V2", List.of(), List.of("a"), List.of()))));
    }

    @Test
    void resolvesIdsLabelsAndUniquePrefixes() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                revision("ab", "app.V1"), revision("abc", "app.V2", "ab"),
                revision("d4e", "app.V3", List.of("abc"), List.of(), List.of("ship"))));
        assertEquals("ab", graph.resolve("ab").id());
        assertEquals("abc", graph.resolve("abc").id());
        assertEquals("d4e", graph.resolve("d").id());
        assertEquals("d4e", graph.resolve("ship").id());
        assertFails("the id prefix 'a' is ambiguous: it matches ab (app.V1), abc (app.V2)", () -> graph.resolve("a"));
        assertFails("no revision has the id, id prefix or branch label 'ff'", () -> graph.resolve("ff"));
    }

    @Test
    void refusesIdsAndLabelsThatCannotBeRecordedOrTargeted() {
        for (String id : List.of("head", "base", "current", "a b", "+1", "", "0123456789abcdef0123456789abcdef0")) {
            assertFails("revision class app.V1 declares its id '" + id + "'; an id is 1 to 32 letters, digits or"
                    + " underscores, and not head, heads, base or current", () -> revision(id, "app.V1"));
        }
        assertFails("revision b (app.V2) names parent a twice", () -> revision("b", "app.V2", "a", "a"));
        assertFails("revision b (app.V2) names a both as a parent and as a dependency",
                () -> revision("b", "app.V2", List.of("a"), List.of("a"), List.of()));
        for (String label : List.of("heads", "a@b", "x-1", "")) {
            assertFails("revision class app.V2 declares the branch label '" + label + "'; a label is 1 to 64"
                    + " letters, digits or underscores, and not head, heads, base or current",
                    () -> revision("b", "app.V2", List.of(), List.of(), List.of(label)));
        }
    }

    private static void assertFails(String message, Executable executable) {
        assertEquals(message, assertThrows(RetortException.class, executable).getMessage());
    }
}
