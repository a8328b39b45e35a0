package dev.retort.oracle.sets.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    @Column(length = 120)
    private String street;

    @Column(length = 80)
    private String city;

    @Column(length = 10)
    private String postalCode;

    /** ISO 3166-1 alpha-2. */
    @Column(length = 2)
    private String country;

    protected Address() {}

    public Address(String street, String city, String postalCode, String country) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
        this.country = country;
    }

    public String getCity() {
        return city;
    }
}
