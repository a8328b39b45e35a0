package dev.retort.oracle.sets.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "savings_accounts")
@PrimaryKeyJoinColumn(name = "account_id")
public class SavingsAccount extends Account {

    @Column(nullable = false, precision = 5, scale = 3)
    private BigDecimal interestRate;

    private int withdrawalsPerMonth;

    protected SavingsAccount() {}

    public SavingsAccount(String iban, String holderName, BigDecimal interestRate) {
        super(iban, holderName);
        this.interestRate = interestRate;
    }
}
