package com.example.school.migrations;

import static dev.retort.schema.ColumnType.VARCHAR;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.annotations.Revision;

@Revision(id = "657b2e384bc9", parents = "5578421a9d2b", message = "add column fees.description and 1 more change")
public final class V20261125_0900_AddColumnFeesDescriptionAnd1MoreChange implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("fees", "description", VARCHAR(255));
        op.createIndex("ix_fees_dueAt", "fees", "dueAt");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_fees_dueAt", "fees");
        op.dropColumn("fees", "description");
    }
}
