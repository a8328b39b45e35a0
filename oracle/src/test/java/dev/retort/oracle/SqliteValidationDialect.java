package dev.retort.oracle;

import java.sql.Types;
import org.hibernate.community.dialect.SQLiteDialect;

/**
 * The community SQLite dialect with one allowed difference for schema validation (docs/hibernate-oracle.md): a column
 * Hibernate maps as {@code bigint} may be declared {@code integer}. On SQLite the two are the same type (INTEGER
 * affinity, up to 64 bits), and an auto-incrementing key must be declared exactly {@code INTEGER PRIMARY KEY} to be
 * the rowid, which is what Retort declares for an identity id. Hibernate's own SQLite DDL declares such ids
 * {@code integer} as well (or with no type at all), and the stock dialect's validator then rejects its own schema.
 * The DDL Hibernate writes is not affected: only the validator's type comparison is.
 */
public final class SqliteValidationDialect extends SQLiteDialect {

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2)
                || typeCode1 == Types.BIGINT && typeCode2 == Types.INTEGER
                || typeCode1 == Types.INTEGER && typeCode2 == Types.BIGINT;
    }
}
