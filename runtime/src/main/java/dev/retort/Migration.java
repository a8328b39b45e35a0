package dev.retort;

/**
 * The body of a revision: what {@link #upgrade} changes, and how {@link #downgrade} undoes it. Implementations are
 * annotated with {@link dev.retort.annotations.Revision} and have a public no-argument constructor.
 *
 * <p>Both methods only describe changes through {@link Operations}; Retort renders them to SQL for the database at
 * hand and runs them in one transaction per revision.
 */
public interface Migration {

    void upgrade(Operations op);

    void downgrade(Operations op);
}
