package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The server default of an entity field's column, the same on every database Retort supports. The value is read by the
 * column's type: {@code @Default("0")}, {@code @Default("12.50")}, {@code @Default("true")}, {@code @Default("OPEN")}
 * (an enum stored as STRING, or any string), {@code @Default("2026-01-31")}, {@code @Default("2026-01-31 08:00:00")}.
 * {@code @Default(now = true)} is the date or time of the insert ({@code CURRENT_DATE} for a date column,
 * {@code CURRENT_TIMESTAMP} for a timestamp).
 *
 * <p>A NOT NULL column with a default can be added to a table that holds rows: they get the default.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Default {

    /** The value, as text; leave it out with {@code now = true}. {@code @Default("")} is the empty string. */
    String value() default "";

    /** The date or time of the insert instead of a value. */
    boolean now() default false;
}
