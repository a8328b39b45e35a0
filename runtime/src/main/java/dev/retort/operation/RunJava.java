package dev.retort.operation;

import dev.retort.schema.Schema;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link JavaStep} of a revision. It leaves the schema model as it was. Its reverse is the step given as
 * {@code reverse}; without one it is {@link Irreversible}.
 *
 * @param description what it does, for messages and logs, e.g. {@code split full names}
 */
public record RunJava(String description, JavaStep step, Optional<JavaStep> reverseStep) implements Operation {

    public RunJava {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a Java step needs a description");
        }
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reverseStep, "reverseStep");
    }

    @Override
    public Operation reverse() {
        return reverseStep.<Operation>map(reverse -> new RunJava("undo " + description, reverse, Optional.of(step)))
                .orElseGet(() -> new Irreversible(describe(), "it was written without a reverse step;"
                        + " write the downgrade by hand"));
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public String describe() {
        return "run Java step " + description;
    }
}
