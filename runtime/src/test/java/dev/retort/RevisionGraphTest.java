package dev.retort;

import static dev.retort.Revisions.ids;
import static dev.retort.Revisions.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    @Test
    void ordersALinearHistory() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                revision("c3", "app.V3", "b2"), revision("a1", "app.V1"), revision("b2", "app.V2", "a1")));
        assertEquals(List.of("a1", "b2", "c3"), ids(graph.inOrder()));
        assertEquals(List.of("c3"), ids(graph.heads()));
        assertEquals(Set.of("a1", "b2"), graph.withAncestors(List.of("b2")));
        assertEquals(Set.of("b2", "c3"), graph.descendants("a1"));
        assertEquals(Set.of(), graph.descendants("c3"));
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
        assertEquals(Set.of("m"), graph.descendants("c"));
    }

    @Test
    void refusesDuplicateIds() {
        RetortException e = assertThrows(RetortException.class, () -> RevisionGraph.of(List.of(
                revision("a", "app.V1"), revision("a", "app.V2"))));
        assertEquals("revision id a is declared by both app.V1 and app.V2", e.getMessage());
    }

    @Test
    void refusesUnknownParents() {
        RetortException e = assertThrows(RetortException.class, () -> RevisionGraph.of(List.of(
                revision("a", "app.V1"), revision("b", "app.V2", "zz"))));
        assertEquals("revision b (app.V2) has parent zz, which no revision declares", e.getMessage());
    }

    @Test
    void refusesCycles() {
        RetortException e = assertThrows(RetortException.class, () -> RevisionGraph.of(List.of(
                revision("root", "app.V0"),
                revision("a", "app.V1", "c"),
                revision("b", "app.V2", "a"),
                revision("c", "app.V3", "b", "root"))));
        assertEquals("the revisions form a cycle: a (app.V1) has parent c, c (app.V3) has parent b,"
                + " b (app.V2) has parent a", e.getMessage());
        RetortException self = assertThrows(RetortException.class, () -> RevisionGraph.of(List.of(
                revision("a", "app.V1", "a"))));
        assertEquals("the revisions form a cycle: a (app.V1) has parent a", self.getMessage());
    }

    @Test
    void resolvesIdsAndUniquePrefixes() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                revision("ab", "app.V1"), revision("abc", "app.V2", "ab"), revision("d4e", "app.V3", "abc")));
        assertEquals("ab", graph.resolve("ab").id());
        assertEquals("abc", graph.resolve("abc").id());
        assertEquals("d4e", graph.resolve("d").id());
        RetortException ambiguous = assertThrows(RetortException.class, () -> graph.resolve("a"));
        assertEquals("the id prefix 'a' is ambiguous: it matches ab (app.V1), abc (app.V2)", ambiguous.getMessage());
        RetortException unknown = assertThrows(RetortException.class, () -> graph.resolve("ff"));
        assertEquals("no revision has the id or id prefix 'ff'", unknown.getMessage());
    }

    @Test
    void refusesIdsThatCannotBeRecordedOrTargeted() {
        for (String id : List.of("head", "base", "a b", "+1", "", "0123456789abcdef0123456789abcdef0")) {
            RetortException e = assertThrows(RetortException.class, () -> revision(id, "app.V1"));
            assertEquals("revision class app.V1 declares its id '" + id + "'; an id is 1 to 32 letters, digits or"
                    + " underscores, and not head, heads or base", e.getMessage());
        }
        RetortException twice = assertThrows(RetortException.class, () -> revision("b", "app.V2", "a", "a"));
        assertEquals("revision b (app.V2) names parent a twice", twice.getMessage());
    }
}
