package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;

/** Drops a sequence. It carries the whole sequence, so that its reverse can create it again (starting over). */
public record DropSequence(Sequence sequence) implements Operation {

    @Override
    public CreateSequence reverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.sequence(sequence.name()).isEmpty()) {
            throw new InvalidOperationException(this, "there is no such sequence");
        }
        return schema.withoutSequence(sequence.name());
    }

    @Override
    public String describe() {
        return "drop sequence " + sequence.name();
    }
}
