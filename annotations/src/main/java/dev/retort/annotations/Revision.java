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
}
