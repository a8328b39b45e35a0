package dev.retort.processor.revision;

import dev.retort.operation.Operation;
import java.util.List;

/**
 * The message of a merge revision whose author gave none: {@code merge 3fa9c1d2e4b5 and 8e2f2e66022e}, followed by
 * what it changes when the entities changed too ({@code ...; add column fees.note}).
 */
public final class MergeMessage {

    private MergeMessage() {}

    public static String of(List<String> heads, List<Operation> upgrade) {
        String joined = heads.size() == 1 ? heads.get(0)
                : String.join(", ", heads.subList(0, heads.size() - 1)) + " and " + heads.get(heads.size() - 1);
        return "merge " + joined + (upgrade.isEmpty() ? "" : "; " + RevisionMessage.of(upgrade));
    }
}
