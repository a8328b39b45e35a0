package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a revision: one step in the history of a database schema.
 *
 * <p>The annotated class implements {@code dev.retort.Migration}. Revisions form a graph through their
 * {@link #parents()}: none for the first revision, one for an ordinary step, several for a merge of branches.
 * {@link #dependsOn()} adds an ordering to another branch without merging it, and {@link #branchLabels()} names a
 * branch, as Alembic's {@code depends_on} and {@code branch_labels} do.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** A short hexadecimal identifier, unique in the project; recorded in the version table once applied. */
    String id();

    /** The ids of the revisions this one follows; empty for the first revision (the base). */
    String[] parents() default {};

    /** What this revision does, in a few words. */
    String message() default "";

    /**
     * Names for the branch this revision starts or belongs to, usable in targets such as {@code billing@head}. A label
     * applies to this revision, to every revision after it, and to the revisions before it up to the previous branch
     * point. Labels are unique in the project; 1 to 64 letters, digits or underscores.
     */
    String[] branchLabels() default {};

    /**
     * Ids of revisions, usually on another branch, that must be applied before this one and may only be undone after
     * it, without merging that branch into this one: the version table keeps a row for each branch.
     */
    String[] dependsOn() default {};

    /**
     * Whether the revision runs in one transaction with the update of the version table (the default). Set it to
     * {@code false} for statements a transaction cannot hold, such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}:
     * the statements then run one by one with auto-commit and must be safe to run again after an interruption.
     */
    boolean transactional() default true;
}
