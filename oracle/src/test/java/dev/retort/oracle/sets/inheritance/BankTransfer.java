package dev.retort.oracle.sets.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@DiscriminatorValue("BANK")
public class BankTransfer extends Payment {

    @Column(length = 34)
    private String iban;

    @Column(length = 140)
    private String remittanceInformation;

    private LocalDate valueDate;

    protected BankTransfer() {}

    public BankTransfer(BigDecimal amount, Instant receivedAt, String iban) {
        super(amount, receivedAt);
        this.iban = iban;
    }
}
