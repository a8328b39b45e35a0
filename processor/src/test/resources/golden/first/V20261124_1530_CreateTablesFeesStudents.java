package com.example.school.migrations;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BOOLEAN;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.TIMESTAMP_TZ;
import static dev.retort.schema.ColumnType.UUID;
import static dev.retort.schema.ColumnType.VARCHAR;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.annotations.Revision;

@Revision(id = "5578421a9d2b", message = "create tables fees, students")
public final class V20261124_1530_CreateTablesFeesStudents implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("students", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("name", VARCHAR(100), c -> c.notNull())
                .column("email", VARCHAR(255), c -> c.unique())
                .column("enrolledOn", DATE)
                .column("externalId", UUID));
        op.createTable("fees", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("student_id", BIGINT, c -> c.notNull().references("students", "id"))
                .column("status", VARCHAR(20), c -> c.notNull())
                .column("dueAt", TIMESTAMP_TZ)
                .column("amount", NUMERIC(10, 2), c -> c.notNull())
                .column("waived", BOOLEAN, c -> c.notNull())
                .check("ck_fees_status", "\"status\" IN ('OPEN', 'PAID')"));
        op.createIndex("ix_fees_status", "fees", "status");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_fees_status", "fees");
        op.dropTable("fees");
        op.dropTable("students");
    }
}
