package dev.retort.schema;

/** A named, ascending sequence of numbers: the first it gives, and the step to the next. */
public record Sequence(String name, long start, long increment) {

    public Sequence {
        Names.requireTableName(name, "sequence");
        if (start < 1 || increment < 1) {
            throw new IllegalArgumentException("sequence " + name + " needs a start and an increment of 1 or more, not "
                    + start + " and " + increment);
        }
    }

    public Sequence withIncrement(long newIncrement) {
        return new Sequence(name, start, newIncrement);
    }
}
