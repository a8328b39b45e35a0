package com.example.school.migrations;

import static dev.retort.schema.ColumnType.BOOLEAN;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.VARCHAR;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.annotations.Revision;

@Revision(id = "3930638992cd", parents = "657b2e384bc9", message = "alter column fees.amount and 2 more changes")
public final class V20261126_1000_AlterColumnFeesAmountAnd2MoreChanges implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumn("fees", "amount", c -> c.type(NUMERIC(12, 2)));
        op.alterColumn("fees", "description", c -> c.type(VARCHAR(500)).notNull());
        op.dropColumn("fees", "waived");
    }

    @Override
    public void downgrade(Operations op) {
        // fees.waived is NOT NULL without a default: the rows that exist get false, its type's zero value.
        // If another value is right for them, put it here (or set it with op.execute(...)).
        op.addColumn("fees", "waived", BOOLEAN);
        op.fillNulls("fees", "waived", "false");
        op.alterColumn("fees", "waived", c -> c.notNull());
        op.alterColumn("fees", "description", c -> c.type(VARCHAR(255)).nullable());
        op.alterColumn("fees", "amount", c -> c.type(NUMERIC(10, 2)));
    }
}
