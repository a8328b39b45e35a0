package com.example.school.migrations;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.annotations.Revision;

@Revision(id = "0735157293b1", parents = "b5d4111c37f0", message = "index fees by status")
public final class V20261125_1035_IndexFeesByStatus implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_fees_status", "fees", "status");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_fees_status", "fees");
    }
}
