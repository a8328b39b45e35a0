package dev.retort.oracle.sets.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** SEQUENCE without a generator: Hibernate's default sequence for the entity. No {@code @Table}. */
@Entity
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne
    private Invoice invoice;

    private BigDecimal amount;

    protected Payment() {}

    public Payment(Invoice invoice, BigDecimal amount) {
        this.invoice = invoice;
        this.amount = amount;
    }
}
