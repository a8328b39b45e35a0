package com.example.school.migrations;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.annotations.Revision;

@Revision(id = "757866f67ee9", parents = "0735157293b1", message = "keep fee statuses to their values")
public final class V20261125_1129_KeepFeeStatusesToTheirValues implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addCheckConstraint("ck_fees_status", "fees", "\"status\" IN ('DUE', 'PAID', 'WAIVED')");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropCheckConstraint("ck_fees_status", "fees");
    }
}
