package com.example.school.migrations;

import static dev.retort.schema.ColumnType.VARCHAR;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.annotations.Revision;

@Revision(id = "b5d4111c37f0", parents = "8e2f2e66022e", message = "add fee description")
public final class V20261125_1034_AddFeeDescription implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("fees", "description", VARCHAR(500));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("fees", "description");
    }
}
