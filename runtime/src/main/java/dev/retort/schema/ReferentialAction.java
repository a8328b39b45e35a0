package dev.retort.schema;

/** What a foreign key does to the rows that reference a row being deleted. */
public enum ReferentialAction {
    /** Refuse the delete (checked at the end of the statement); the default. */
    NO_ACTION("NO ACTION"),
    /** Refuse the delete at once. */
    RESTRICT("RESTRICT"),
    /** Delete the referencing rows too. */
    CASCADE("CASCADE"),
    /** Set the referencing columns to NULL. */
    SET_NULL("SET NULL"),
    /** Set the referencing columns to their default. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** {@code NO ACTION}, {@code SET NULL}, ... */
    public String sql() {
        return sql;
    }

    /** The action SQL names this way, e.g. {@code SET NULL}, in any case. */
    public static ReferentialAction fromSql(String sql) {
        for (ReferentialAction action : values()) {
            if (action.sql.equalsIgnoreCase(sql.strip())) {
                return action;
            }
        }
        throw new IllegalArgumentException("not a referential action: '" + sql + "'");
    }
}
