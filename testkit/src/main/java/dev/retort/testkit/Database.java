package dev.retort.testkit;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.RevisionInfo;
import dev.retort.dialect.Dialect;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The database under test: the runtime's commands on it, and its live schema. */
final class Database {

    private final Retort retort;
    private final Connections connections;

    Database(Retort retort, Connections connections) {
        this.retort = retort;
        this.connections = connections;
    }

    Retort retort() {
        return retort;
    }

    /**
     * Undoes every applied revision, so that an assertion starts from an empty history whatever ran before it.
     *
     * @param assertion what is about to be checked, for the message when this fails
     */
    void toBase(String assertion) {
        try {
            if (!retort.current().isEmpty()) {
                retort.downgrade("base");
            }
        } catch (RetortException e) {
            throw new AssertionError(assertion + " needs the database at base, before any revision, and downgrading it "
                    + "there failed: " + e.getMessage() + ". Point the test kit at a database for tests: empty, or "
                    + "one whose revisions can all be undone", e);
        }
    }

    /** The tables of the live database, as the dialect reads them (without Retort's own tables). */
    Schema liveSchema() {
        try (Connection connection = connections.open()) {
            return Dialect.of(connection).readSchema(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema of the database under test: " + e.getMessage(), e);
        }
    }

    /** {@code model} as this database would keep it: names folded, types as it stores them. */
    Schema normalize(Schema model) {
        try (Connection connection = connections.open()) {
            return Dialect.of(connection).normalize(model);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database under test: " + e.getMessage(), e);
        }
    }

    /** {@code a1 (com.example.V1) 'create fees'} */
    static String describe(RevisionInfo revision) {
        return revision.id() + " (" + revision.className() + ") '" + revision.message() + "'";
    }

    static String describe(List<RevisionInfo> revisions) {
        return String.join(", ", revisions.stream().map(Database::describe).toList());
    }
}
