package dev.retort.oracle.sets.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class FiscalPeriodId implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "fiscal_year")
    private int year;

    @Column(name = "fiscal_month")
    private int month;

    protected FiscalPeriodId() {}

    public FiscalPeriodId(int year, int month) {
        this.year = year;
        this.month = month;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalPeriodId id && year == id.year && month == id.month;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month);
    }
}
