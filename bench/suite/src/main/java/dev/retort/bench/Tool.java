package dev.retort.bench;

/** What the boot scenarios compare: Retort, its two peers, and the floor. */
enum Tool {
    JDBC("raw JDBC", "jdbc"),
    RETORT("Retort", "retort"),
    FLYWAY("Flyway", "flyway"),
    LIQUIBASE("Liquibase", "liquibase");

    private final String displayName;
    private final String key;

    Tool(String displayName, String key) {
        this.displayName = displayName;
        this.key = key;
    }

    String displayName() {
        return displayName;
    }

    /** Lower case, for database and file names. */
    String key() {
        return key;
    }
}
