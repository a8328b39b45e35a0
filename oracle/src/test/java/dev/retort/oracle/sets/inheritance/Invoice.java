package dev.retort.oracle.sets.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "invoices")
public class Invoice extends BillingDocument {

    private LocalDate dueOn;

    private boolean paid;

    protected Invoice() {}

    public Invoice(String number, LocalDate issuedOn, BigDecimal total, LocalDate dueOn) {
        super(number, issuedOn, total);
        this.dueOn = dueOn;
    }
}
