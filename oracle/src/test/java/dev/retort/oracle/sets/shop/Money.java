package dev.retort.oracle.sets.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An amount in a currency; a record, which Hibernate 6.2+ instantiates through its canonical constructor. */
@Embeddable
public record Money(
        @Column(precision = 12, scale = 2) BigDecimal amount,
        @Column(length = 3) String currency) {

    public Money add(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(currency + " and " + other.currency);
        }
        return new Money(amount.add(other.amount), currency);
    }
}
