package dev.retort.diff;

import dev.retort.schema.Schema;

/** Opens the runtime's seeded random schemas (package-private there) to the processor's tests. */
public final class RandomSchemaPairs {

    private RandomSchemaPairs() {}

    /** A random schema and a random evolution of it, the same for the same seed. */
    public static Schema[] pair(long seed) {
        RandomSchemas random = new RandomSchemas(seed);
        Schema from = random.schema();
        return new Schema[] {from, random.evolve(from)};
    }
}
