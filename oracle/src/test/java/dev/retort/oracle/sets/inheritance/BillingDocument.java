package dev.retort.oracle.sets.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TABLE_PER_CLASS: every concrete subclass has a table with all the columns; the ids come from one sequence. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class BillingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_documents")
    @SequenceGenerator(name = "billing_documents", sequenceName = "billing_document_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(nullable = false)
    private LocalDate issuedOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    protected BillingDocument() {}

    protected BillingDocument(String number, LocalDate issuedOn, BigDecimal total) {
        this.number = number;
        this.issuedOn = issuedOn;
        this.total = total;
    }
}
