package dev.retort.oracle.sets.naming;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** An explicit table name in camel case: snake case applies to it too. */
@Entity
@Table(name = "CustomerAccount",
        indexes = @Index(name = "ix_customer_account_name", columnList = "lastName, firstName"))
public class CustomerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long accountId;

    @Column(nullable = false, length = 60)
    private String firstName;

    @Column(nullable = false, length = 60)
    private String lastName;

    @Column(name = "emailAddress", nullable = false, unique = true)
    private String email;

    private LocalDate dateOfBirth;

    /** An acronym: Spring's rule inserts no underscore inside it ({@code externalurl}). */
    private String externalURL;

    /** A digit before a capital: {@code loyalty2_tier}. */
    @Column(length = 10)
    private String loyalty2Tier;

    /** A join table nobody named: Spring's implicit naming calls it after the attribute, customer_account_watched_orders. */
    @ManyToMany
    private Set<PurchaseOrder> watchedOrders = new HashSet<>();

    /** A collection table nobody named: customer_account_email_aliases, with customer_account_account_id. */
    @ElementCollection
    @Column(length = 320)
    private Set<String> emailAliases = new HashSet<>();

    protected CustomerAccount() {}

    public CustomerAccount(String firstName, String lastName, String email) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
    }
}
