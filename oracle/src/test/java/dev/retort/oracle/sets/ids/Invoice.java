package dev.retort.oracle.sets.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** SEQUENCE with a generator on the field: its own sequence name, start and allocation size. */
@Entity
@Table(name = "invoices")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_numbers")
    @SequenceGenerator(name = "invoice_numbers", sequenceName = "invoice_number_seq", initialValue = 1000,
            allocationSize = 20)
    private Long id;

    @ManyToOne(optional = false)
    private Customer customer;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    protected Invoice() {}

    public Invoice(Customer customer, BigDecimal total) {
        this.customer = customer;
        this.total = total;
    }
}
