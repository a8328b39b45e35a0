package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that an entity's table, or a field's column, was called {@code value} before: the next revision renames it,
 * keeping its rows, instead of dropping it and creating a new one. Retort never guesses a rename; when a change looks
 * like one, it warns and suggests this annotation.
 *
 * <p>Write the old name as you would write it in {@code @Table(name)} or {@code @Column(name)}: the naming strategy
 * ({@code -Aretort.naming}) applies to it. Once the revision is generated the annotation has done its work; it may
 * stay (it is ignored while the old name is gone) or be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface RenamedFrom {

    /** The table's or column's previous name. */
    String value();
}
