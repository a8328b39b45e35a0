package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {

    @Override
    public DropSequence reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.sequence(sequence.name()).isPresent()) {
            throw new InvalidOperationException(this, "it already exists");
        }
        return schema.with(sequence);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.name();
    }
}
