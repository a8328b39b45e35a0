package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;

/** Changes a sequence's start or increment; the numbers it gave so far stay given. */
public record AlterSequence(Sequence from, Sequence to) implements Operation {

    public AlterSequence {
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("an alter keeps the sequence's name: " + from.name() + " vs " + to.name());
        }
    }

    @Override
    public AlterSequence reverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Sequence current = schema.sequence(from.name())
                .orElseThrow(() -> new InvalidOperationException(this, "there is no such sequence"));
        if (!current.equals(from)) {
            throw new InvalidOperationException(this, "the sequence is " + current + ", not " + from);
        }
        return schema.with(to);
    }

    @Override
    public String describe() {
        return "alter sequence " + from.name();
    }
}
