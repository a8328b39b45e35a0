package dev.retort.dialect;

import java.util.List;

/**
 * What a database needs around the transaction of one revision, beyond its statements: statements to run before the
 * transaction begins and after it ends (committed or rolled back), and checks to run just before the commit.
 *
 * <p>SQLite's table rebuild is the reason: its foreign keys must be switched off outside the transaction, checked with
 * {@code PRAGMA foreign_key_check} before the commit, and switched back on afterwards.
 *
 * @param beforeBegin statements run with auto-commit on, before the transaction
 * @param checksBeforeCommit queries run inside the transaction after its statements; any row they return means the
 *     revision broke the database (e.g. a foreign key no longer holds), and the transaction is rolled back
 * @param afterEnd statements run with auto-commit on, after the transaction, whether it committed or not
 */
public record StepFrame(List<String> beforeBegin, List<String> checksBeforeCommit, List<String> afterEnd) {

    public static final StepFrame NONE = new StepFrame(List.of(), List.of(), List.of());

    public StepFrame {
        beforeBegin = List.copyOf(beforeBegin);
        checksBeforeCommit = List.copyOf(checksBeforeCommit);
        afterEnd = List.copyOf(afterEnd);
    }

    public boolean isEmpty() {
        return beforeBegin.isEmpty() && checksBeforeCommit.isEmpty() && afterEnd.isEmpty();
    }
}
