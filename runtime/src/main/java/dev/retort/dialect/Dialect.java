package dev.retort.dialect;

import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Renders operations as SQL for one database, and reads a live schema back into the model.
 *
 * <p>Identifiers: a name written {@code "Name"} (quoted in the model) keeps its case; any other name is folded the way
 * the database folds unquoted names (PostgreSQL: lower case) and then quoted, so that a table called {@code user} or
 * {@code order} works and the unquoted SQL an ORM sends still finds every object.
 */
public interface Dialect {

    /**
     * The dialect of the database behind {@code connection}, told by its product name.
     *
     * @throws IllegalArgumentException when the database is neither SQLite nor PostgreSQL
     */
    static Dialect of(Connection connection) throws SQLException {
        return SqlDialect.forProduct(connection.getMetaData().getDatabaseProductName());
    }

    /** {@code sqlite} or {@code postgresql}. */
    String name();

    /** The identifier as it appears in SQL: folded as the database folds unquoted names, then quoted. */
    String quote(String identifier);

    /**
     * The statements that perform {@code operation} on a database whose schema is {@code before}, in order.
     *
     * @throws UnsupportedOperationOnDialectException when this database cannot do it (yet); never wrong SQL
     */
    List<String> render(Operation operation, Schema before);

    /**
     * The schema that {@link #readSchema} would return for a database built from {@code schema}: names folded as this
     * database folds them, types as this database keeps them.
     */
    Schema normalize(Schema schema);

    /**
     * The tables of the live database (without Retort's own tables), read from its catalog. Names come back so that
     * they render to the same SQL again: user-quoted where folding would change them (PostgreSQL: {@code "MyTable"}).
     */
    Schema readSchema(Connection connection) throws SQLException;

    /**
     * The statements for {@code operation} on the live database behind {@code connection}, whose schema is
     * {@code before}. Dialects that need more than the model knows (SQLite's rebuild must recreate the table's triggers
     * and views, which the model does not hold) read it here; the others render as {@link #render(Operation, Schema)}.
     */
    default List<String> render(Operation operation, Schema before, Connection connection) throws SQLException {
        return render(operation, before);
    }

    /**
     * Runs one statement this dialect rendered. A Java step ({@link dev.retort.operation.RunJava}) is rendered as a
     * comment that stands for it, and runs here, with {@code connection}, when that comment comes up.
     */
    default void execute(Connection connection, String statement) throws SQLException {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement);
        }
    }

    /** What the transaction of a revision made of {@code operations} needs around it; usually nothing. */
    default StepFrame frame(List<Operation> operations, Schema before, Connection connection) throws SQLException {
        return StepFrame.NONE;
    }
}
