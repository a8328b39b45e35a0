package dev.retort.testkit;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.RevisionInfo;
import dev.retort.schema.Schema;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The schema the revisions describe: their {@code upgrade}s recorded through {@link Operations}, in the order the
 * runtime applies them, as the runtime itself rebuilds the schema of a database. This is what a database at head
 * should have; the runtime's own drift check will be able to replace it.
 */
final class ExpectedSchema {

    private final RevisionClasses classes;

    ExpectedSchema(RevisionClasses classes) {
        this.classes = classes;
    }

    /** @param history every revision, newest first, as {@code Retort.history()} lists them */
    Schema afterAll(List<RevisionInfo> history) {
        List<RevisionInfo> oldestFirst = new ArrayList<>(history);
        Collections.reverse(oldestFirst);
        Schema schema = Schema.EMPTY;
        for (RevisionInfo revision : oldestFirst) {
            Operations operations = new Operations(schema);
            instantiate(revision).upgrade(operations);
            schema = operations.schema();
        }
        return schema;
    }

    private Migration instantiate(RevisionInfo revision) {
        Class<?> type = classes.load(revision.className());
        try {
            return (Migration) type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot create revision " + revision.className() + ": "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create revision " + revision.className() + ": " + e, e);
        }
    }
}
