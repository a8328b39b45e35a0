package com.example.school.migrations;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.TIMESTAMP_TZ;
import static dev.retort.schema.ColumnType.VARCHAR;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.annotations.Revision;

@Revision(id = "8e2f2e66022e", message = "create students and fees")
public final class V20261125_1033_CreateStudentsAndFees implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("students", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("name", VARCHAR(100), c -> c.notNull())
                .column("email", VARCHAR(255), c -> c.notNull().unique())
                .column("enrolled_on", DATE));
        op.createTable("fees", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("student_id", BIGINT, c -> c.notNull().references("students", "id"))
                .column("amount", NUMERIC(10, 2), c -> c.notNull())
                .column("status", VARCHAR(20), c -> c.notNull())
                .column("due_date", DATE, c -> c.notNull())
                .column("created_at", TIMESTAMP_TZ, c -> c.notNull()));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("fees");
        op.dropTable("students");
    }
}
