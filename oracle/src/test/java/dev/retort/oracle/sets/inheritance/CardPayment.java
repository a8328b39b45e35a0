package dev.retort.oracle.sets.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

    /** NOT NULL in the entity; a column of a subclass in a single table still has to accept NULL. */
    @Column(nullable = false, length = 4)
    private String cardLast4;

    @Column(length = 20)
    private String cardBrand;

    private String authorizationCode;

    protected CardPayment() {}

    public CardPayment(BigDecimal amount, Instant receivedAt, String cardLast4) {
        super(amount, receivedAt);
        this.cardLast4 = cardLast4;
    }
}
