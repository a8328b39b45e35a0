package dev.retort.oracle;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate ORM 7 on an entity set, booted as an application boots it: a service registry with the settings, metadata
 * from the annotated classes, a session factory (which is where Bean Validation's constraints are applied to the
 * mapping, so {@code @NotNull} and {@code @Size} count as they do in a Spring Boot application), and the schema action
 * run while it starts.
 */
final class HibernateSchema {

    /** The database kinds the oracle runs Hibernate against. */
    enum Database {
        POSTGRESQL("org.hibernate.dialect.PostgreSQLDialect", "postgresql"),
        SQLITE("org.hibernate.community.dialect.SQLiteDialect", "sqlite");

        final String dialect;
        final String fileSuffix;

        Database(String dialect, String fileSuffix) {
            this.dialect = dialect;
            this.fileSuffix = fileSuffix;
        }
    }

    static {
        // Hibernate logs through JBoss Logging, which falls back to java.util.logging here: keep warnings only.
        Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
    }

    private final EntitySet set;
    private final List<Class<?>> entities;

    HibernateSchema(EntitySet set) {
        this.set = set;
        this.entities = set.managedClasses();
    }

    /** {@code hibernate.hbm2ddl.auto=validate} on the database at {@code url}: throws if the schema does not fit. */
    void validate(Database database, String url) {
        Map<String, Object> settings = connected(database, url);
        if (database == Database.SQLITE) {
            settings.put("hibernate.dialect", SqliteValidationDialect.class.getName());
        }
        settings.put("hibernate.hbm2ddl.auto", "validate");
        boot(settings);
    }

    /** Lets Hibernate create the schema in the (empty) database at {@code url}. */
    void create(Database database, String url) {
        Map<String, Object> settings = connected(database, url);
        settings.put("jakarta.persistence.schema-generation.database.action", "create");
        boot(settings);
    }

    /**
     * Writes the DDL Hibernate would run to create the schema on {@code database} into {@code script}, without
     * connecting to any database.
     */
    void writeCreateScript(Database database, Path script) {
        Map<String, Object> settings = common(database);
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        if (database == Database.POSTGRESQL) {
            settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
            settings.put("jakarta.persistence.database-major-version", "15");
            settings.put("jakarta.persistence.database-minor-version", "0");
        }
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", script.toString());
        settings.put("hibernate.hbm2ddl.delimiter", ";");
        settings.put("hibernate.format_sql", "true");
        boot(settings);
    }

    /** Builds the metadata and the session factory without touching any database: the mapping is valid JPA. */
    Metadata buildOffline(Database database) {
        Map<String, Object> settings = common(database);
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        return boot(settings);
    }

    private Map<String, Object> connected(Database database, String url) {
        Map<String, Object> settings = common(database);
        settings.put("jakarta.persistence.jdbc.url", url);
        settings.put("hibernate.connection.pool_size", "1");
        return settings;
    }

    private Map<String, Object> common(Database database) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.dialect", database.dialect);
        // @Table(schema = ...): Hibernate creates the schema, as Retort's revisions must.
        settings.put("jakarta.persistence.create-database-schemas", "true");
        if (set.snakeCaseNaming()) {
            settings.put("hibernate.physical_naming_strategy", SnakeCasePhysicalNamingStrategy.class.getName());
            settings.put("hibernate.implicit_naming_strategy", SpringImplicitNamingStrategy.class.getName());
        }
        return settings;
    }

    private Metadata boot(Map<String, Object> settings) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            try (SessionFactory ignored = metadata.buildSessionFactory()) {
                return metadata;
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
