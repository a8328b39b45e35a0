package dev.retort.processor.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.processor.revision.KnownRevisions.Known;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay applies revisions in the runtime's order: parents and dependencies first, then by class name. */
class HistoryReplayOrderTest {

    @Test
    void aDependencyComesFirstWhateverTheClassNames() {
        Known audit = known("app.V3_Audit", "c3", List.of(), List.of());
        Known billing = known("app.V1_Billing", "a1", List.of(), List.of("c3"));
        Known invoices = known("app.V2_Invoices", "b2", List.of("a1"), List.of());

        List<String> order = HistoryReplay.inOrder(List.of(invoices, billing, audit)).stream().map(Known::id).toList();

        assertEquals(List.of("c3", "a1", "b2"), order);
    }

    @Test
    void withoutLinksTheClassNameDecides() {
        Known later = known("app.V2", "b2", List.of(), List.of());
        Known earlier = known("app.V1", "z9", List.of(), List.of());

        assertEquals(List.of("z9", "b2"), HistoryReplay.inOrder(List.of(later, earlier)).stream().map(Known::id)
                .toList());
    }

    private static Known known(String className, String id, List<String> parents, List<String> dependsOn) {
        return new Known(className, id, parents, dependsOn, List.of(), true);
    }
}
