package dev.retort.dialect;

import dev.retort.operation.RunJava;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The Java steps of the revisions a dialect rendered. Each is rendered as a SQL comment naming it,
 * {@code /* Java step 1: split full names *}{@code /}, which the migrator hands back to the dialect to run (a comment is
 * also what the step amounts to in SQL written out elsewhere).
 */
final class JavaSteps {

    private final Map<String, RunJava> steps = new HashMap<>();

    /** The comment that stands for {@code step}. */
    String register(RunJava step) {
        String comment = "/* Java step " + (steps.size() + 1) + ": " + step.description().replace("*/", "* /") + " */";
        steps.put(comment, step);
        return comment;
    }

    /** Runs the step {@code statement} stands for, if it stands for one; a failure is reported as an SQLException. */
    boolean runIfStep(Connection connection, String statement) throws SQLException {
        RunJava step = steps.get(statement);
        if (step == null) {
            return false;
        }
        try {
            step.step().run(connection);
        } catch (RuntimeException e) {
            throw new SQLException("the Java step '" + step.description() + "' failed: " + e, e);
        }
        return true;
    }
}
