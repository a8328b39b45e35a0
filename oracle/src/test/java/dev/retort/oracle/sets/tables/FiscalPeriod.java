package dev.retort.oracle.sets.tables;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A month of the books, keyed by year and month; closed periods take no more invoices. */
@Entity
@Table(name = "fiscal_periods", schema = "billing",
        check = @CheckConstraint(name = "ck_fiscal_periods_month", constraint = "fiscal_month BETWEEN 1 AND 12"))
public class FiscalPeriod {

    @EmbeddedId
    private FiscalPeriodId id;

    private boolean closed;

    protected FiscalPeriod() {}

    public FiscalPeriod(int year, int month) {
        this.id = new FiscalPeriodId(year, month);
    }
}
