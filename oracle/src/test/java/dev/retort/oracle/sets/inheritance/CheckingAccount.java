package dev.retort.oracle.sets.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** JOINED with the default key column: {@code checking_accounts.id}, also a foreign key to {@code accounts}. */
@Entity
@Table(name = "checking_accounts")
public class CheckingAccount extends Account {

    @Column(precision = 15, scale = 2)
    private BigDecimal overdraftLimit;

    private boolean chequeBook;

    protected CheckingAccount() {}

    public CheckingAccount(String iban, String holderName) {
        super(iban, holderName);
    }
}
