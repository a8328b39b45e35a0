package dev.retort.oracle.sets.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "credit_notes")
public class CreditNote extends BillingDocument {

    @ManyToOne
    @JoinColumn(name = "invoice_id")
    private Invoice correctedInvoice;

    @Column(length = 500)
    private String reason;

    protected CreditNote() {}

    public CreditNote(String number, LocalDate issuedOn, BigDecimal total, Invoice correctedInvoice) {
        super(number, issuedOn, total);
        this.correctedInvoice = correctedInvoice;
    }
}
