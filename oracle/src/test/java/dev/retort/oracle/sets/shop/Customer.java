package dev.retort.oracle.sets.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "customers")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(nullable = false, length = 120)
    private String fullName;

    @Embedded
    private Address billingAddress;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 120)),
        @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 80)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 10)),
        @AttributeOverride(name = "country", column = @Column(name = "shipping_country", length = 2))
    })
    private Address shippingAddress;

    @ElementCollection
    @CollectionTable(name = "customer_phones", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "phone", length = 30, nullable = false)
    private Set<String> phoneNumbers = new HashSet<>();

    @Column(nullable = false)
    private Instant registeredAt;

    protected Customer() {}

    public Customer(String email, String fullName, Instant registeredAt) {
        this.email = email;
        this.fullName = fullName;
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public void shipTo(Address address) {
        this.shippingAddress = address;
    }
}
